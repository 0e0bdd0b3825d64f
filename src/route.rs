//! The app's addresses. Each has a real path, so a link to any of them works
//! from a plain static file server: the build writes a page for each (see
//! `prerender/`). Plain Rust; `crate::router` ties it to the address bar.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, percent_decode_str, utf8_percent_encode};

use model::site::{Site, fill};
use model::slug::is_slug;
use model::{Argument, Content, Destination, Point, StepId};

/// The title of the not-found page.
pub const NOT_FOUND_TITLE: &str = "Page not found";

/// What a link to an address the explainer does not have previews as.
const NOT_FOUND_DESCRIPTION: &str =
    "There is nothing at this address, but every step of the essay's argument is a link away.";

/// The explainer's one name, as the content gives it: in the header, on the
/// start page and in every browser tab.
pub fn site_name() -> &'static str {
    Site::embedded().name
}

/// The text of the browser tab for a page with this title.
pub fn document_title(title: &str) -> String {
    let name = site_name();
    if title == name {
        title.to_owned()
    } else {
        format!("{title} · {name}")
    }
}

/// Every page of the explainer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// The start page, which offers to continue where the reader left off.
    Start,
    /// One step of the argument.
    Step {
        /// The step's id: a slug, as every step's id is. Read from an
        /// address, it has a step id's form but may name no step; the
        /// argument says.
        id: StepId,
    },
    /// An address under `/step/` that names no step, because no step's id
    /// could be what it holds: anything but a slug (`../etc`, `<img>`).
    UnknownStep {
        /// What the address holds, as the reader typed it (percent-decoded),
        /// for the not-found page to show.
        typed: String,
    },
    /// Every step on one page, every section open; also the print view.
    All,
    /// The whole argument as a map.
    Map,
    /// The essay itself, with each quoted passage tied to its step.
    Essay,
    /// Every term we explain, with our definitions.
    Glossary,
    /// The reader's verdict, or one shared with them (`#v=1&…`).
    Verdict,
    /// A verdict shared with its two estimates in the address, as its sharer
    /// chose, so that a link's preview can say them
    /// (`/verdict/<before>-to-<after>/#v=1&…`, the points by their ids); the rest stays in the fragment.
    SharedVerdict {
        /// The sharer's estimate before reading.
        before: Point,
        /// Their estimate after reading.
        after: Point,
    },
    /// The teacher's page: choose the steps a class reads, get a link, a
    /// QR code and a handout to print.
    Teach,
    /// The class's answers, read from the response links a teacher pastes.
    Class,
    /// Where a student makes the response link that hands in their answers.
    HandIn,
    /// An assignment's first screen, opened with its link (`#a=2&…`) or a
    /// short code typed from a handout (`#k3f7qz-2-6-n`): the teacher's
    /// words, the student's name if asked, and their estimate before
    /// reading, before anything shows a step's title or the essay's answer.
    Assignment,
    /// Any address the explainer does not have.
    NotFound,
}

/// The three families of pages, each served by its own WebAssembly binary,
/// so that a page of the steps loads only what a reader walking the steps
/// needs: a move between families is a load of the other's prerendered
/// page, a move within one is made in the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Family {
    /// The steps and what a reader walking them needs: the start page,
    /// each step, an assignment's first screen and the not-found page.
    Steps,
    /// The explainer's other views: the whole argument, the map, the
    /// essay, the glossary and the verdict, the reader's or a shared one.
    Views,
    /// The classroom kit: the teacher's page, the class's answers and the
    /// student's hand-in page.
    Classroom,
}

impl Family {
    /// Every family, in the order above.
    pub const ALL: [Family; 3] = [Family::Steps, Family::Views, Family::Classroom];

    /// The family's name, as the site's inventory gives it (`steps`).
    pub fn name(self) -> &'static str {
        match self {
            Family::Steps => "steps",
            Family::Views => "views",
            Family::Classroom => "classroom",
        }
    }
}

/// What a route's path and title are made of: a row of the table
/// (`fixed_pages!`), or what the path holds.
enum Row<'a> {
    /// A page of its own, with its path between slashes (`all` is
    /// `/all/`), its title, and its name in the site header's list of
    /// views, if the header links to it there.
    Fixed {
        segment: &'static str,
        title: &'static str,
        view: Option<&'static str>,
    },
    /// A step's page: `/step/<id>/`.
    Step(&'a StepId),
    /// An address under `/step/` that names no step, as typed.
    UnknownStep(&'a str),
    /// A verdict shared with its estimates: `/verdict/<before>-to-<after>/`.
    SharedVerdict(Point, Point),
}

/// Writes the table of the pages of their own, one row a route: [`FIXED`],
/// the routes in the table's order (the header lists its views in it), and
/// [`Route::row`], whose `match` names every route, so that a route added to
/// the enum is a compile error until it has its row here or a path of its
/// own. Recognising a path, writing one, naming the page and the site header
/// all read this table, so they cannot disagree.
macro_rules! fixed_pages {
    ($($route:ident => $segment:expr, $title:expr, $view:expr;)*) => {
        /// Every page of its own, in the table's order.
        const FIXED: &[Route] = &[$(Route::$route),*];

        impl Route {
            /// What this route's path and title are made of.
            fn row(&self) -> Row<'_> {
                match self {
                    $(Route::$route => Row::Fixed {
                        segment: $segment,
                        title: $title,
                        view: $view,
                    },)*
                    Route::Step { id } => Row::Step(id),
                    Route::UnknownStep { typed } => Row::UnknownStep(typed),
                    Route::SharedVerdict { before, after } => Row::SharedVerdict(*before, *after),
                }
            }
        }
    };
}

fixed_pages! {
    // route => path, title, name among the header's views
    Start => "", site_name(), None;
    Map => "map", "Argument map", Some("Map");
    Essay => "essay", "The essay", Some("Essay");
    Glossary => "glossary", "Glossary", Some("Glossary");
    All => "all", "The whole argument", Some("Whole argument");
    Verdict => "verdict", "Your verdict", Some("Your verdict");
    Teach => "teach", "For teachers", None;
    Class => "teach/class", "The class's answers", None;
    HandIn => "teach/hand-in", "Hand in your answers", None;
    Assignment => "assignment", "Your assignment", None;
    NotFound => "404", NOT_FOUND_TITLE, None;
}

/// What an unknown step's address keeps as it is in its path: letters,
/// digits and `-`. Anything else (such as the `../` of `../etc`) is escaped,
/// so a link made from it stays one segment under `/step/`.
const STEP_ID_KEPT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-');

/// The segment a step's path starts with: `/step/<id>/`.
const STEP: &str = "step";

/// The segment a shared verdict's path with its estimates starts with, and
/// the words between them: `/verdict/<before>-to-<after>/`.
const VERDICT: &str = "verdict";
const TO: &str = "-to-";

/// The title of a verdict someone shared.
pub const SHARED_VERDICT_TITLE: &str = "A shared verdict";

impl Route {
    /// The route of the step with this id.
    pub fn step(id: &StepId) -> Route {
        Route::Step { id: id.clone() }
    }

    /// Whether a binary with the pages of `family` (`None`: every page) has
    /// this route's page; a link to any other is a load of its prerendered
    /// page.
    pub fn is_in(&self, family: Option<Family>) -> bool {
        family.is_none_or(|family| family == self.family())
    }

    /// The family of pages this page is one of.
    pub fn family(&self) -> Family {
        match self {
            Route::Start
            | Route::Step { .. }
            | Route::UnknownStep { .. }
            | Route::Assignment
            | Route::NotFound => Family::Steps,
            Route::All
            | Route::Map
            | Route::Essay
            | Route::Glossary
            | Route::Verdict
            | Route::SharedVerdict { .. } => Family::Views,
            Route::Teach | Route::Class | Route::HandIn => Family::Classroom,
        }
    }

    /// The page a move between steps leads to.
    pub fn of_destination(destination: Destination, argument: &Argument) -> Route {
        match destination {
            Destination::Step(index) => Route::step(&argument[index].id),
            Destination::Start => Route::Start,
            Destination::Verdict => Route::Verdict,
        }
    }

    /// The page's title, as its heading and the tab show it.
    pub fn title(&self, content: &Content) -> String {
        let argument = &content.argument;
        match self.row() {
            Row::Fixed { title, .. } => title.to_owned(),
            Row::Step(id) => argument.index_of(id).map_or_else(
                || NOT_FOUND_TITLE.to_owned(),
                |index| argument.position_and_title(index),
            ),
            Row::UnknownStep(_) => NOT_FOUND_TITLE.to_owned(),
            Row::SharedVerdict(..) => SHARED_VERDICT_TITLE.to_owned(),
        }
    }

    /// The route at this path (relative to the site's base path, with or
    /// without a trailing slash); [`Route::NotFound`] for any path the
    /// explainer does not have. A step's id is read percent-decoded; one
    /// that is not a slug is [`Route::UnknownStep`], so that no [`StepId`]
    /// holds what a step's id could not be.
    pub fn recognize(path: &str) -> Route {
        let path = path.strip_suffix('/').unwrap_or(path);
        if path.is_empty() {
            return Route::Start;
        }
        let Some(path) = path.strip_prefix('/') else {
            return Route::NotFound;
        };
        let found = FIXED.iter().find(
            |route| matches!(route.row(), Row::Fixed { segment, .. } if !segment.is_empty() && segment == path),
        );
        if let Some(route) = found {
            return route.clone();
        }
        if let Some((before, after)) = path
            .strip_prefix(VERDICT)
            .and_then(|rest| rest.strip_prefix('/'))
            .and_then(|rest| rest.split_once(TO))
        {
            let (Some(before), Some(after)) = (Point::from_id(before), Point::from_id(after))
            else {
                return Route::NotFound;
            };
            return Route::SharedVerdict { before, after };
        }
        let Some(id) = path
            .strip_prefix(STEP)
            .and_then(|rest| rest.strip_prefix('/'))
            .filter(|id| !id.is_empty() && !id.contains('/'))
        else {
            return Route::NotFound;
        };
        let typed = percent_decode_str(id).decode_utf8_lossy();
        if is_slug(&typed) {
            Route::Step {
                id: (*typed).into(),
            }
        } else {
            Route::UnknownStep {
                typed: typed.into_owned(),
            }
        }
    }

    /// The route's path, relative to the site's base path. Each ends in a
    /// slash: it is the folder the build writes the page's `index.html` in,
    /// which every static host serves as it is, where the same path without
    /// the slash costs a redirect first. A step's id is a slug, which
    /// loading the content and [`Route::recognize`] check, and is written as
    /// it is; what an unknown step's address held is escaped, so the page's
    /// own link (its skip link) stays one segment under `/step/`.
    pub fn to_path(&self) -> String {
        match self.row() {
            Row::Fixed { segment: "", .. } => "/".to_owned(),
            Row::Fixed { segment, .. } => format!("/{segment}/"),
            Row::Step(id) => format!("/{STEP}/{id}/"),
            Row::UnknownStep(typed) => {
                format!("/{STEP}/{}/", utf8_percent_encode(typed, STEP_ID_KEPT))
            }
            Row::SharedVerdict(before, after) => {
                format!("/{VERDICT}/{}{TO}{}/", before.id(), after.id())
            }
        }
    }

    /// What a link to the page shows in a preview (a chat, a post, a
    /// learning platform): what the reader will find there, in a sentence or
    /// two of ours. A step's is the first sentence of its claim, which names
    /// the essay and keeps its hedges.
    pub fn description(&self, content: &Content) -> String {
        let descriptions = &Site::embedded().descriptions;
        let fixed: &str = match self {
            Route::Step { id } => {
                if let Some(step) = content.argument.step(id) {
                    return step.gist().to_owned();
                }
                NOT_FOUND_DESCRIPTION
            }
            Route::Start => descriptions.start,
            Route::All => {
                "Every step of one essay's argument on a single page, the essay's words beside our \
                 explanations: the whole argument to read or print."
            }
            Route::Map => descriptions.map,
            Route::Essay => descriptions.essay,
            Route::Glossary => descriptions.glossary,
            Route::Verdict => descriptions.verdict,
            Route::SharedVerdict { before, after } => {
                // The estimates follow the question they answer, so neither
                // reads as the page's own claim.
                return fill(
                    descriptions.shared_verdict,
                    &[
                        ("before", &before.label().to_lowercase()),
                        ("after", &after.label().to_lowercase()),
                    ],
                );
            }
            Route::UnknownStep { .. } => NOT_FOUND_DESCRIPTION,
            Route::Teach => {
                "Assign steps of one essay's argument to a class: a link and a QR code to hand out, \
                 a printable handout, and the class's answers gathered from links, with no \
                 accounts, and no answers stored on a server."
            }
            Route::Class => {
                "The responses a class handed in as links, read in the browser: how estimates spread \
                 before and after reading, how each step was judged, and questions to discuss."
            }
            Route::HandIn => {
                "Hand in your answers on one essay's argument as a response link, to paste wherever \
                 your class works. Nothing is sent anywhere by this page."
            }
            Route::Assignment => {
                "An assignment from your teacher on one essay's argument: their words, your estimate \
                 before reading, then the steps to read. Nothing is sent anywhere by this page."
            }
            Route::NotFound => NOT_FOUND_DESCRIPTION,
        };
        fixed.to_owned()
    }

    /// Every verdict shared with its estimates in the address: one page a
    /// pair, each with its own preview.
    pub fn shared_verdicts() -> Vec<Route> {
        Point::ALL
            .into_iter()
            .flat_map(|before| {
                Point::ALL
                    .into_iter()
                    .map(move |after| Route::SharedVerdict { before, after })
            })
            .collect()
    }

    /// The views the site header links to, in order, each with its name
    /// there.
    pub fn views() -> impl Iterator<Item = (Route, &'static str)> {
        FIXED.iter().filter_map(|route| match route.row() {
            Row::Fixed { view, .. } => Some((route.clone(), view?)),
            Row::Step(_) | Row::UnknownStep(_) | Row::SharedVerdict(..) => None,
        })
    }

    /// Every page the explainer has, the not-found page aside.
    pub fn pages(content: &Content) -> Vec<Route> {
        let steps = content.argument.steps().iter();
        let others = FIXED.iter().cloned();
        let others = others.filter(|route| !matches!(route, Route::Start | Route::NotFound));
        std::iter::once(Route::Start)
            .chain(steps.map(|step| Route::step(&step.id)))
            .chain(others)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every route of every kind: each page of its own (the table's `match`
    /// names every route without a path of its own), the not-found page
    /// too, each step, an unknown step and each shared verdict.
    #[test]
    fn every_route_is_found_at_its_own_path() {
        let content = model::fixture::content();
        let unknown = Route::UnknownStep {
            typed: "../etc".to_owned(),
        };
        for route in FIXED
            .iter()
            .cloned()
            .chain(Route::pages(content))
            .chain([unknown])
            .chain(Route::shared_verdicts())
        {
            let path = route.to_path();
            assert!(path.ends_with('/'), "{path}");
            assert_eq!(Route::recognize(&path), route, "{path}");
            if path != "/" {
                let without_slash = path.trim_end_matches('/');
                assert_eq!(Route::recognize(without_slash), route, "{without_slash}");
            }
        }
        assert_eq!(Route::recognize(""), Route::Start);
    }

    #[test]
    fn the_header_names_the_explainers_views_in_order() {
        let views: Vec<(Route, &str)> = Route::views().collect();
        assert_eq!(
            views,
            [
                (Route::Map, "Map"),
                (Route::Essay, "Essay"),
                (Route::Glossary, "Glossary"),
                (Route::All, "Whole argument"),
                (Route::Verdict, "Your verdict"),
            ]
        );
        for (route, _) in views {
            assert_eq!(route.family(), Family::Views, "{route:?}");
        }
    }

    /// A reader walking the steps stays in the steps' family, the verdict
    /// at the end of them aside; the other views are one family, the
    /// teacher's pages another.
    #[test]
    fn each_page_is_of_its_family() {
        let content = model::fixture::content();
        let families = |family: Family| -> Vec<Route> {
            (Route::pages(content).into_iter())
                .chain([Route::NotFound])
                .chain(Route::shared_verdicts())
                .filter(|route| route.family() == family)
                .map(|route| match route {
                    Route::Step { .. } => Route::step(&content.argument.steps()[0].id),
                    Route::SharedVerdict { .. } => Route::Verdict,
                    route => route,
                })
                .fold(Vec::new(), |mut routes, route| {
                    if !routes.contains(&route) {
                        routes.push(route);
                    }
                    routes
                })
        };
        let first = Route::step(&content.argument.steps()[0].id);
        assert_eq!(
            families(Family::Steps),
            [Route::Start, first, Route::Assignment, Route::NotFound]
        );
        assert_eq!(
            families(Family::Views),
            [
                Route::Map,
                Route::Essay,
                Route::Glossary,
                Route::All,
                Route::Verdict
            ]
        );
        assert_eq!(
            families(Family::Classroom),
            [Route::Teach, Route::Class, Route::HandIn]
        );
        let unknown = Route::UnknownStep {
            typed: "../etc".to_owned(),
        };
        assert_eq!(unknown.family(), Family::Steps);
        let names: Vec<&str> = Family::ALL.into_iter().map(Family::name).collect();
        assert_eq!(names, ["steps", "views", "classroom"]);
    }

    #[test]
    fn a_shared_verdict_names_its_estimates_or_is_not_found() {
        assert_eq!(
            Route::recognize("/verdict/likely-to-very-unlikely/"),
            Route::SharedVerdict {
                before: Point::High,
                after: Point::Lowest
            }
        );
        for path in [
            "/verdict/likely-to-sure/",
            "/verdict/-to-/",
            "/verdict/likely/",
        ] {
            assert_eq!(Route::recognize(path), Route::NotFound, "{path}");
        }
        assert_eq!(Route::shared_verdicts().len(), 25);
    }

    #[test]
    fn anything_else_is_not_found() {
        for path in [
            "/404",
            "/nowhere",
            "/step",
            "/step/",
            "/step/question/extra",
            "/step//",
            "//",
            "/all/more",
            "/MAP",
            "map",
        ] {
            assert_eq!(Route::recognize(path), Route::NotFound, "{path}");
        }
    }

    #[test]
    fn an_unknown_step_is_read_as_typed() {
        let unknown = |typed: &str| Route::UnknownStep {
            typed: typed.to_owned(),
        };
        assert_eq!(
            Route::recognize("/step/no-such-step"),
            Route::Step {
                id: "no-such-step".into()
            }
        );
        assert_eq!(
            Route::recognize("/step/%3Cimg%20src%3Dx%3E"),
            unknown("<img src=x>")
        );
        assert_eq!(Route::recognize("/step/caf%C3%A9"), unknown("café"));
        assert_eq!(Route::recognize("/step/%E0%A4%A"), unknown("\u{fffd}%A"));
        assert_eq!(Route::recognize("/step/..%2Fetc"), unknown("../etc"));
        assert_eq!(Route::recognize("/step/Cold-War"), unknown("Cold-War"));
    }

    #[test]
    fn a_link_to_an_unknown_step_stays_one_segment_under_step() {
        for (typed, path) in [
            ("../etc", "/step/%2E%2E%2Fetc/"),
            ("a b?c#d", "/step/a%20b%3Fc%23d/"),
            ("café", "/step/caf%C3%A9/"),
        ] {
            let route = Route::UnknownStep {
                typed: typed.to_owned(),
            };
            assert_eq!(route.to_path(), path);
            assert_eq!(Route::recognize(path), route, "{path} reads back");
        }
    }
}
