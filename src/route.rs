//! The app's addresses. Each has a real path, so a link to any of them works
//! from a plain static file server (see `src/bin/static_routes.rs`).

use yew_router::prelude::*;

use crate::model::Content;

/// The title of the not-found page.
pub const NOT_FOUND_TITLE: &str = "Page not found";

/// The text of the browser tab for a page with this title.
pub fn document_title(title: &str) -> String {
    format!("{title} · Russia and the West: an explainer")
}

/// Every page of the explainer.
#[derive(Debug, Clone, PartialEq, Eq, Routable)]
pub enum Route {
    /// The start page, which offers to continue where the reader left off.
    #[at("/")]
    Start,
    /// One step of the argument.
    #[at("/step/:id")]
    Step {
        /// The step's id.
        id: String,
    },
    /// Every step on one page, every section open; also the print view.
    #[at("/all")]
    All,
    /// The whole argument as a map.
    #[at("/map")]
    Map,
    /// The essay itself, with each quoted passage tied to its step.
    #[at("/essay")]
    Essay,
    /// Every term we explain, with our definitions.
    #[at("/glossary")]
    Glossary,
    /// The reader's verdict, or one shared with them (`?v=1&…`).
    #[at("/verdict")]
    Verdict,
    /// Any address the explainer does not have.
    #[not_found]
    #[at("/404")]
    NotFound,
}

impl Route {
    /// The route of the step with this id.
    pub fn step(id: &str) -> Route {
        Route::Step { id: id.to_owned() }
    }

    /// The page's title, as its heading and the tab show it.
    pub fn title(&self, content: &Content) -> String {
        let steps = content.argument.steps();
        match self {
            Route::Start => "Start".to_owned(),
            Route::Step { id } => match content.argument.index_of(id) {
                Some(index) => format!(
                    "Step {} of {}: {}",
                    index + 1,
                    steps.len(),
                    steps[index].title
                ),
                None => NOT_FOUND_TITLE.to_owned(),
            },
            Route::All => "The whole argument".to_owned(),
            Route::Map => "Argument map".to_owned(),
            Route::Essay => "The essay".to_owned(),
            Route::Glossary => "Glossary".to_owned(),
            Route::Verdict => "Your verdict".to_owned(),
            Route::NotFound => NOT_FOUND_TITLE.to_owned(),
        }
    }

    /// The route the browser's address bar shows now, as the router sees it
    /// (under the site's `<base href>`). Read at the moment it is needed, it
    /// is right even before the app has redrawn for a new address.
    pub fn in_address_bar() -> Option<Route> {
        let path = gloo::utils::window().location().pathname().ok()?;
        let base = yew_router::utils::base_url().unwrap_or_default();
        Route::recognize(path.strip_prefix(&base).unwrap_or(&path))
    }

    /// Every page the explainer has, the not-found page aside.
    pub fn pages(content: &Content) -> Vec<Route> {
        let steps = content
            .argument
            .steps()
            .iter()
            .map(|step| Route::step(&step.id));
        std::iter::once(Route::Start)
            .chain(steps)
            .chain([
                Route::All,
                Route::Map,
                Route::Essay,
                Route::Glossary,
                Route::Verdict,
            ])
            .collect()
    }
}
