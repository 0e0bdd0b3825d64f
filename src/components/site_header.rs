//! The bar at the top of every page: the explainer's name and its views.

use yew::prelude::*;

use crate::components::route_link::RouteLink;
use crate::components::skip_link::SkipLink;
use crate::route::{Route, SITE_NAME};

/// The site header: first a link past it to the page's content, then links
/// to the start and to each view.
#[component]
pub fn SiteHeader() -> Html {
    html! {
        <header class="site-header">
            <SkipLink />
            <RouteLink to={Route::Start} classes={classes!("site-header__name")}>
                { SITE_NAME }
            </RouteLink>
            <nav class="site-header__nav" aria-label="Views">
                <RouteLink to={Route::Map}>{ "Map" }</RouteLink>
                <RouteLink to={Route::Essay}>{ "Essay" }</RouteLink>
                <RouteLink to={Route::Glossary}>{ "Glossary" }</RouteLink>
                <RouteLink to={Route::All}>{ "Whole argument" }</RouteLink>
                <RouteLink to={Route::Verdict}>{ "Your verdict" }</RouteLink>
            </nav>
        </header>
    }
}
