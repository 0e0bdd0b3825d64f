//! The root component: loads the content, restores the reader's progress,
//! and shows the page for the current address.

use std::rc::Rc;

use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::essay_page::EssayPage;
use crate::components::glossary_page::GlossaryPage;
use crate::components::map_page::MapPage;
use crate::components::not_found::NotFound;
use crate::components::site_header::SiteHeader;
use crate::components::start_page::StartPage;
use crate::components::step_page::StepPage;
use crate::components::verdict_page::VerdictPage;
use crate::components::whole_argument::WholeArgument;
use crate::hooks::{use_content, use_persisted};
use crate::model::{Answers, Content, Reader};
use crate::route::Route;

/// The explainer.
#[component]
pub fn App() -> Html {
    let content = use_memo((), |()| Content::load().map(Rc::new));
    match &*content {
        Ok(content) => html! { <Explainer content={content.clone()} /> },
        // Tests keep the shipped content valid; this says what broke if an edit slips through.
        Err(error) => html! {
            <main class="content-error">
                <h1>{ "The explainer could not load its content" }</h1>
                <pre>{ error.to_string() }</pre>
            </main>
        },
    }
}

/// Props for [`Explainer`].
#[derive(Properties, PartialEq)]
struct ExplainerProps {
    content: Rc<Content>,
}

/// The explainer once its content has loaded: provides the content, the
/// reader's progress and the reader's answers to every page.
#[component]
fn Explainer(props: &ExplainerProps) -> Html {
    let reader = use_persisted::<Reader>(&props.content.argument);
    let answers = use_persisted::<Answers>(&props.content.argument);
    html! {
        <ContextProvider<Rc<Content>> context={props.content.clone()}>
            <ContextProvider<UseReducerHandle<Reader>> context={reader}>
                <ContextProvider<UseReducerHandle<Answers>> context={answers}>
                    <BrowserRouter>
                        <Shell />
                    </BrowserRouter>
                </ContextProvider<UseReducerHandle<Answers>>>
            </ContextProvider<UseReducerHandle<Reader>>>
        </ContextProvider<Rc<Content>>>
    }
}

/// The frame of every page, around the page for the current route.
#[component]
fn Shell() -> Html {
    let content = use_content();
    let route = use_route::<Route>().unwrap_or(Route::NotFound);
    let page = match &route {
        Route::Start => html! { <StartPage /> },
        Route::Step { id } => match content.argument.index_of(id) {
            Some(index) => html! { <StepPage {index} /> },
            None => html! { <NotFound step={AttrValue::from(id.clone())} /> },
        },
        Route::All => html! { <WholeArgument /> },
        Route::Map => html! { <MapPage /> },
        Route::Essay => html! { <EssayPage /> },
        Route::Glossary => html! { <GlossaryPage /> },
        Route::Verdict => html! { <VerdictPage /> },
        Route::NotFound => html! { <NotFound /> },
    };
    html! {
        <>
            <SiteHeader route={route.clone()} />
            <main id="main" class="page">{ page }</main>
            <footer class="site-footer">
                <p>
                    { "Quotations are from the essay " }
                    <q>{ content.essay.title.text.to_string() }</q>
                    { ", verbatim. Summaries, explanations and questions are this explainer's, not the essay's." }
                </p>
            </footer>
        </>
    }
}
