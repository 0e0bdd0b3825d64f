//! The frame of every page: the header, the page for the route shown, and
//! the footer that says whose words are whose.

use yew::prelude::*;

use crate::components::site_header::SiteHeader;
use crate::components::skip_link::CONTENT_ID;
use crate::hooks::use_content;
use crate::pages::essay::EssayPage;
use crate::pages::glossary::GlossaryPage;
use crate::pages::map::MapPage;
use crate::pages::not_found::NotFound;
use crate::pages::start::StartPage;
use crate::pages::step::StepPage;
use crate::pages::verdict::VerdictPage;
use crate::pages::whole_argument::WholeArgument;
use crate::route::Route;
use crate::router::use_location;

/// The frame of every page, around the page for the current route.
#[component]
pub fn Shell() -> Html {
    let content = use_content();
    let route = use_location().route.clone();
    let page = match &route {
        Route::Start => html! { <StartPage /> },
        Route::Step { id } => match content.argument.index_of(id) {
            Some(index) => html! { <StepPage {index} /> },
            None => html! { <NotFound step={id.clone()} /> },
        },
        Route::All => html! { <WholeArgument /> },
        Route::Map => html! { <MapPage /> },
        Route::Essay => html! { <EssayPage /> },
        Route::Glossary => html! { <GlossaryPage /> },
        Route::Verdict | Route::SharedVerdict { .. } => html! { <VerdictPage /> },
        Route::NotFound => html! { <NotFound /> },
    };
    html! {
        <>
            <SiteHeader />
            <main id={CONTENT_ID} class="page" tabindex="-1">{ page }</main>
            <footer class="site-footer">
                <p>
                    { "Quotations are from the essay " }
                    <q>{ content.essay.title.text.clone() }</q>
                    { ", verbatim. Summaries, explanations and questions are this explainer's, not the essay's." }
                </p>
            </footer>
        </>
    }
}
