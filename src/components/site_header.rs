//! The bar at the top of every page: the explainer's name and its views.

use yew::prelude::*;

use crate::components::route_link::RouteLink;
use crate::components::skip_link::SkipLink;
use crate::route::{Route, SITE_NAME};

/// Props for [`SiteHeader`].
#[derive(Properties, PartialEq)]
pub struct SiteHeaderProps {
    /// The route being shown, so its link can say it is the current page.
    pub route: Route,
}

/// The site header: first a link past it to the page's content, then links
/// to the start and to each view.
#[component]
pub fn SiteHeader(props: &SiteHeaderProps) -> Html {
    let current = |route: Route| (props.route == route).then(|| AttrValue::from("page"));
    html! {
        <header class="site-header">
            <SkipLink />
            <RouteLink to={Route::Start} classes={classes!("site-header__name")} current={current(Route::Start)}>
                { SITE_NAME }
            </RouteLink>
            <nav class="site-header__nav" aria-label="Views">
                <RouteLink to={Route::Map} current={current(Route::Map)}>{ "Map" }</RouteLink>
                <RouteLink to={Route::Essay} current={current(Route::Essay)}>{ "Essay" }</RouteLink>
                <RouteLink to={Route::Glossary} current={current(Route::Glossary)}>{ "Glossary" }</RouteLink>
                <RouteLink to={Route::All} current={current(Route::All)}>{ "Whole argument" }</RouteLink>
                <RouteLink to={Route::Verdict} current={current(Route::Verdict)}>{ "Your verdict" }</RouteLink>
            </nav>
        </header>
    }
}
