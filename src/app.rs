//! The root component: loads the content, restores the reader's progress,
//! and shows the page for the current address.

use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, NodeList};
use yew::prelude::*;

use crate::components::shell::Shell;
use crate::hooks::use_persisted;
use crate::model::{Action, AnswerAction, Answers, Content, Reader};
use crate::route::Route;
use crate::router::{Location, Prerender, Router, base_path};

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
    if prerendered {
        let props = AppProps {
            prerender: None,
            before_start: Rc::new(before_start(&root)),
        };
        yew::Renderer::<App>::with_root_and_props(root, props).hydrate();
    } else {
        yew::Renderer::<App>::with_root(root).render();
    }
}

/// What the reader did on the prerendered page before the app started, read
/// off its controls, which the browser works itself: the sections they
/// opened or closed (`<details>`) and the options they chose (radio buttons).
/// Hydration sets the attributes and properties the first render has, so this
/// is read before it, and that render already has it.
fn before_start(root: &Element) -> BeforeStart {
    let found = |selector: &str| {
        let list = root.query_selector_all(selector).ok();
        let length = list.as_ref().map_or(0, NodeList::length);
        (0..length)
            .filter_map(|index| list.as_ref()?.item(index)?.dyn_into::<Element>().ok())
            .collect::<Vec<_>>()
    };
    let sections = found("details.disclosure")
        .into_iter()
        .map(|details| (details.id(), details.has_attribute("open")))
        .collect::<Vec<_>>();
    // `:checked` is the radio buttons' state, not their attribute.
    let chosen = found("input[type=radio]:checked")
        .into_iter()
        .map(|input| {
            let attribute = |name| input.get_attribute(name).unwrap_or_default();
            (attribute("name"), attribute("value"))
        })
        .collect::<Vec<_>>();
    BeforeStart {
        reader: Reader::default()
            .changes_on_page(sections.iter().map(|(id, open)| (id.as_str(), *open))),
        answers: Answers::default().changes_on_page(
            chosen
                .iter()
                .map(|(name, value)| (name.as_str(), value.as_str())),
        ),
    }
}

/// What the reader changed on the prerendered page before the app started.
#[derive(Debug, Default, PartialEq)]
pub struct BeforeStart {
    /// Sections opened or closed.
    reader: Vec<Action>,
    /// Options chosen.
    answers: Vec<AnswerAction>,
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
    /// What the reader did on the prerendered page before the app started;
    /// it is part of their progress and answers from the first render on.
    #[prop_or_default]
    pub before_start: Rc<BeforeStart>,
}

/// The explainer.
#[component]
pub fn App(props: &AppProps) -> Html {
    let content = use_memo((), |()| Content::load().map(Rc::new));
    match &*content {
        Ok(content) => {
            html! {
                <Explainer
                    content={content.clone()}
                    prerender={props.prerender.clone()}
                    before_start={props.before_start.clone()}
                />
            }
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
    before_start: Rc<BeforeStart>,
}

/// The explainer once its content has loaded: provides the content, the
/// reader's progress and the reader's answers to every page.
#[component]
fn Explainer(props: &ExplainerProps) -> Html {
    let before_start = &props.before_start;
    let reader = use_persisted(props.content.clone(), || {
        (before_start.reader.iter().cloned())
            .fold(Reader::default(), |state, action| state.apply(action))
    });
    let answers = use_persisted(props.content.clone(), || {
        (before_start.answers.iter().cloned())
            .fold(Answers::default(), |state, action| state.apply(action))
    });
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
