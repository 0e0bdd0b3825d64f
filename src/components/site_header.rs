//! The bar at the top of every page: the explainer's name and its views.

use yew::prelude::*;

use crate::components::route_link::RouteLink;
use crate::components::skip_link::skip_link;
use crate::route::{Route, site_name};

/// The site header: first a link past it to the page's content (at
/// `content_href`, see [`skip_link`]), then links to the start and to each
/// view (`Route::views`, from the route table).
pub fn site_header(content_href: String) -> Html {
    html! {
        <header class="site-header">
            { skip_link(content_href) }
            <RouteLink to={Route::Start} classes={classes!("site-header__name")}>
                { site_name() }
            </RouteLink>
            <nav class="site-header__nav" aria-label="Views">
                { for Route::views().map(|(to, name)| html! { <RouteLink {to}>{ name }</RouteLink> }) }
            </nav>
        </header>
    }
}
