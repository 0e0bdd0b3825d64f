//! The frame of every page: the header, the page for the route shown, and
//! the footer that says whose words are whose and leads teachers to their
//! page.

use yew::prelude::*;

use crate::components::glossary_term::use_term_definitions;
use crate::components::route_link::RouteLink;
use crate::components::site_header::site_header;
use crate::components::skip_link::CONTENT_ID;
use crate::hooks::use_content;
use crate::pages::Pages;
use crate::route::Route;
use crate::router::{use_location, use_navigator};

/// Props for [`Shell`].
#[derive(Properties, PartialEq)]
pub struct ShellProps {
    /// The pages this WebAssembly binary has.
    pub pages: Pages,
}

/// The frame of every page, around the page for the current route.
#[component]
pub fn Shell(props: &ShellProps) -> Html {
    let content = use_content();
    let route = use_location().route.clone();
    let content_href = use_navigator().href(&route, Some(CONTENT_ID));
    use_term_definitions();
    let page = props.pages.render(&route, content);
    html! {
        <>
            { site_header(content_href) }
            <main id={CONTENT_ID} class="page" tabindex="-1">{ page }</main>
            <footer class="site-footer">
                <p>
                    { "Quotations are from the essay " }
                    <q>{ content.essay.title.text }</q>
                    { ", verbatim. Summaries, explanations and questions are this explainer's, not the essay's." }
                </p>
                <p class="site-footer__teach">
                    <RouteLink to={Route::Teach}>{ "For teachers" }</RouteLink>
                    { ": set a class some steps to read, with a link, a QR code and a handout." }
                </p>
            </footer>
        </>
    }
}
