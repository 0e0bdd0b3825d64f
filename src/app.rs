//! The root component: loads the content, provides it with the reader's
//! progress and answers (restored from storage) to every page, and shows the
//! page for the current address.

use std::rc::Rc;

use yew::prelude::*;

use crate::hooks::use_persisted;
use crate::model::{Answers, Content, Reader};
use crate::pages::Pages;
use crate::pages::shell::Shell;
use crate::router::{Prerender, Router};
use crate::start::BeforeStart;

/// The element the app renders into.
pub const ROOT_ID: &str = "app";

/// The attribute of the root that names the path a page was prerendered for.
pub const PRERENDERED_FOR: &str = "data-route";

/// Props for [`App`].
#[derive(Properties, PartialEq)]
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
    /// The pages this WebAssembly binary has (see [`Pages`]). Each binary
    /// names its own: a default would link every page into both.
    pub pages: Pages,
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
                    pages={props.pages}
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
    pages: Pages,
}

/// The explainer once its content has loaded: provides the content, the
/// reader's progress and the reader's answers to every page.
#[component]
fn Explainer(props: &ExplainerProps) -> Html {
    let before_start = &props.before_start;
    let reader = use_persisted(props.content.clone(), || before_start.reader.clone());
    let answers = use_persisted(props.content.clone(), || before_start.answers.clone());
    // Says the app has taken over the page (styles and tests read it), then,
    // after the render that follows, that it shows what only the browser
    // knows: saved state, the address's query and fragment, the origin.
    let started = use_state(|| false);
    use_effect_with(*started, move |&rendered_again| {
        let root = gloo::utils::document_element();
        if rendered_again {
            let _ = root.set_attribute("data-app", "settled");
        } else {
            let _ = root.set_attribute("data-app", "ready");
            started.set(true);
        }
    });
    html! {
        <ContextProvider<Rc<Content>> context={props.content.clone()}>
            <ContextProvider<UseReducerHandle<Reader>> context={reader}>
                <ContextProvider<UseReducerHandle<Answers>> context={answers}>
                    <ContextProvider<Pages> context={props.pages}>
                        <Router prerender={props.prerender.clone()} pages={props.pages}>
                            <Shell />
                        </Router>
                    </ContextProvider<Pages>>
                </ContextProvider<UseReducerHandle<Answers>>>
            </ContextProvider<UseReducerHandle<Reader>>>
        </ContextProvider<Rc<Content>>>
    }
}
