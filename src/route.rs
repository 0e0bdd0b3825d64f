//! The app's addresses. Each has a real path, so a link to any of them works
//! from a plain static file server (see `src/bin/static_routes.rs`).

use yew_router::prelude::*;

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
}
