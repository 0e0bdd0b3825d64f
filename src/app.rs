//! The root component: loads the content, restores the reader's progress,
//! and shows the page for the current address.

use std::rc::Rc;

use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::components::essay_page::EssayPage;
use crate::components::glossary_page::GlossaryPage;
use crate::components::map_page::MapPage;
use crate::components::not_found::NotFound;
use crate::components::site_header::SiteHeader;
use crate::components::skip_link::CONTENT_ID;
use crate::components::start_page::StartPage;
use crate::components::step_page::StepPage;
use crate::components::verdict_page::VerdictPage;
use crate::components::whole_argument::WholeArgument;
use crate::hooks::{use_content, use_persisted};
use crate::model::{Answers, Content, Reader};
use crate::route::Route;
use crate::router::{Location, Prerender, Router, base_path, use_location};

/// The element the app renders into.
pub const ROOT_ID: &str = "app";

/// The attribute of the root that names the path a page was prerendered for.
pub const PRERENDERED_FOR: &str = "data-route";

/// Starts the app in the browser. It takes over a page prerendered at build
/// time for the route in the address bar; anything else (no prerendered page,
/// as under `trunk serve`, or a page served for another address, as a host's
/// `404.html` is) is rendered afresh.
pub fn start() {
    drop_index_html();
    let Some(root) = gloo::utils::document().get_element_by_id(ROOT_ID) else {
        yew::Renderer::<App>::new().render();
        return;
    };
    let prerendered = root.get_attribute(PRERENDERED_FOR).is_some_and(|path| {
        Route::recognize(&path) == Location::in_address_bar(&base_path()).route
    });
    if !prerendered {
        root.set_inner_html("");
    }
    let renderer = yew::Renderer::<App>::with_root(root);
    if prerendered {
        renderer.hydrate();
    } else {
        renderer.render();
    }
}

/// A static host serves `…/index.html` as the folder it is in; the address
/// bar is set to the folder, so the app sees the page's real route.
fn drop_index_html() {
    let location = gloo::utils::window().location();
    let Ok(path) = location.pathname() else {
        return;
    };
    if let Some(folder) = path.strip_suffix("index.html") {
        let query = location.search().unwrap_or_default();
        let fragment = location.hash().unwrap_or_default();
        let address = format!("{folder}{query}{fragment}");
        let _ = gloo::utils::history().replace_state_with_url(&JsValue::NULL, "", Some(&address));
    }
}

/// Props for [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Where the app is rendered when it is prerendered at build time: the
    /// route's path and the site's base path. In the browser it is `None`,
    /// and the address bar and `<base href>` say.
    #[prop_or_default]
    pub prerender: Option<Prerender>,
}

/// The explainer.
#[component]
pub fn App(props: &AppProps) -> Html {
    let content = use_memo((), |()| Content::load().map(Rc::new));
    match &*content {
        Ok(content) => {
            html! { <Explainer content={content.clone()} prerender={props.prerender.clone()} /> }
        }
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
    prerender: Option<Prerender>,
}

/// The explainer once its content has loaded: provides the content, the
/// reader's progress and the reader's answers to every page.
#[component]
fn Explainer(props: &ExplainerProps) -> Html {
    let reader = use_persisted::<Reader>(props.content.clone());
    let answers = use_persisted::<Answers>(props.content.clone());
    use_effect_with((), |()| {
        // Says the app has taken over the page (styles and tests read it).
        let _ = gloo::utils::document_element().set_attribute("data-app", "ready");
    });
    html! {
        <ContextProvider<Rc<Content>> context={props.content.clone()}>
            <ContextProvider<UseReducerHandle<Reader>> context={reader}>
                <ContextProvider<UseReducerHandle<Answers>> context={answers}>
                    <Router prerender={props.prerender.clone()}>
                        <Shell />
                    </Router>
                </ContextProvider<UseReducerHandle<Answers>>>
            </ContextProvider<UseReducerHandle<Reader>>>
        </ContextProvider<Rc<Content>>>
    }
}

/// The frame of every page, around the page for the current route.
#[component]
fn Shell() -> Html {
    let content = use_content();
    let route = use_location().route.clone();
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
            <main id={CONTENT_ID} class="page" tabindex="-1">{ page }</main>
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
