//! The explainer's pages, one per route (`crate::route::Route`), each in
//! its own file, and the shell around them, which shows the one for the
//! address. [`Pages`] says which of them a WebAssembly binary has.

pub mod assignment;
pub mod class;
pub mod essay;
pub mod glossary;
pub mod hand_in;
pub mod map;
pub mod not_found;
pub mod shell;
pub mod start;
pub mod step;
pub mod teach;
pub mod verdict;
pub mod whole_argument;

use yew::prelude::*;

use crate::route::{Family, Route};
use assignment::AssignmentPage;
use class::ClassPage;
use essay::EssayPage;
use glossary::GlossaryPage;
use hand_in::HandInPage;
use map::MapPage;
use model::Content;
use not_found::NotFound;
use start::StartPage;
use step::StepPage;
use teach::TeachPage;
use verdict::VerdictPage;
use whole_argument::WholeArgument;

/// The pages one WebAssembly binary has: one [`Family`]'s, or every page.
/// Each binary's `main` names its family's, and the linker leaves the other
/// families' pages out of it; the prerenderer and the build `trunk serve`
/// makes have every page.
#[derive(Debug, Clone, Copy)]
pub struct Pages {
    /// The family, or `None` for every page.
    family: Option<Family>,
    /// The page for a route of the family.
    render: fn(&Route, &Content) -> Html,
}

/// Two values are the same pages when they are of the same family: each
/// family has one way to render.
impl PartialEq for Pages {
    fn eq(&self, other: &Pages) -> bool {
        self.family == other.family
    }
}

impl Pages {
    /// The steps' pages: the release build of `src/main.rs`.
    pub const STEPS: Pages = Pages {
        family: Some(Family::Steps),
        render: steps,
    };
    /// The explainer's other views: the views' binary.
    pub const VIEWS: Pages = Pages {
        family: Some(Family::Views),
        render: views,
    };
    /// The classroom kit's pages.
    pub const CLASSROOM: Pages = Pages {
        family: Some(Family::Classroom),
        render: classroom,
    };
    /// Every page.
    pub const EVERY: Pages = Pages {
        family: None,
        render: every,
    };

    /// The family of these pages, or `None` for every page.
    pub fn family(&self) -> Option<Family> {
        self.family
    }

    /// The page for a route: the not-found page for one of another family,
    /// which only a misconfigured host can serve this binary for.
    pub fn render(&self, route: &Route, content: &Content) -> Html {
        if route.is_in(self.family) {
            (self.render)(route, content)
        } else {
            html! { <NotFound /> }
        }
    }
}

/// The steps' page for a route of their family.
fn steps(route: &Route, content: &Content) -> Html {
    match route {
        Route::Start => html! { <StartPage /> },
        Route::Step { id } => match content.argument.index_of(id) {
            Some(index) => html! { <StepPage {index} /> },
            None => html! { <NotFound step={AttrValue::from(id.to_string())} /> },
        },
        Route::UnknownStep { typed } => {
            html! { <NotFound step={AttrValue::from(typed.clone())} /> }
        }
        Route::Assignment => html! { <AssignmentPage /> },
        Route::NotFound
        | Route::All
        | Route::Map
        | Route::Essay
        | Route::Glossary
        | Route::Verdict
        | Route::SharedVerdict { .. }
        | Route::Teach
        | Route::Class
        | Route::HandIn => html! { <NotFound /> },
    }
}

/// The views' page for a route of their family.
fn views(route: &Route, _content: &Content) -> Html {
    match route {
        Route::All => html! { <WholeArgument /> },
        Route::Map => html! { <MapPage /> },
        Route::Essay => html! { <EssayPage /> },
        Route::Glossary => html! { <GlossaryPage /> },
        Route::Verdict | Route::SharedVerdict { .. } => html! { <VerdictPage /> },
        Route::Start
        | Route::Step { .. }
        | Route::UnknownStep { .. }
        | Route::Assignment
        | Route::NotFound
        | Route::Teach
        | Route::Class
        | Route::HandIn => html! { <NotFound /> },
    }
}

/// The classroom kit's page for a route of its family.
fn classroom(route: &Route, _content: &Content) -> Html {
    match route {
        Route::Teach => html! { <TeachPage /> },
        Route::Class => html! { <ClassPage /> },
        Route::HandIn => html! { <HandInPage /> },
        Route::Start
        | Route::Step { .. }
        | Route::UnknownStep { .. }
        | Route::All
        | Route::Map
        | Route::Essay
        | Route::Glossary
        | Route::Verdict
        | Route::SharedVerdict { .. }
        | Route::Assignment
        | Route::NotFound => html! { <NotFound /> },
    }
}

/// Every page: the family's for each route.
fn every(route: &Route, content: &Content) -> Html {
    match route.family() {
        Family::Steps => steps(route, content),
        Family::Views => views(route, content),
        Family::Classroom => classroom(route, content),
    }
}
