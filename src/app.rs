//! The root component: provides the reader's progress and answers
//! (restored from storage) and the assignment a student follows to every
//! page, and shows the page for the current address.

use std::rc::Rc;

use yew::prelude::*;

use crate::hooks::assignment::use_following_state;
use crate::hooks::context::Provided;
use crate::hooks::{use_mounted, use_persisted};
use crate::pages::Pages;
use crate::pages::shell::Shell;
use crate::router::{Prerender, Router};
use model::{Answers, Progress, Saved};

/// The element the app renders into.
pub const ROOT_ID: &str = "app";

/// The attribute of the root that names the path a page was prerendered for.
pub const PRERENDERED_FOR: &str = "data-route";

/// What the reader changed on the prerendered page before the app booted.
#[derive(Debug, Default, PartialEq)]
pub struct PageChanges {
    /// Their progress: the sections opened or closed.
    pub progress: Progress,
    /// Their answers: the options chosen.
    pub answers: Answers,
}

/// Props for [`App`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Where the app is rendered when it is prerendered at build time: the
    /// route's path and the site's base path. In the browser it is `None`,
    /// and the address bar and `<base href>` say.
    #[prop_or_default]
    pub prerender: Option<Prerender>,
    /// What the reader changed on the prerendered page before the app
    /// booted. The sections opened or closed are in the first render (they
    /// change attributes only); the answers come in once mounted, since they
    /// may change the page's structure, which hydration cannot take (a
    /// panic).
    #[prop_or_default]
    pub page_changes: Rc<PageChanges>,
    /// The pages this WebAssembly binary has (see [`Pages`]). Each binary
    /// names its own: a default would link every page into both.
    pub pages: Pages,
}

/// The explainer: provides the reader's progress, the assignment followed
/// and the answers to every page: the reader's own, or, while an assignment
/// is followed, that student's answers to it alone. The content is the
/// build's static ([`model::Content::get`]), which every page reads as it is.
#[component]
pub fn App(props: &AppProps) -> Html {
    // The sections the reader opened or closed on the page change only the
    // `open` attribute of a `<details>`, and are in the first render, so
    // that hydration does not toggle them back (the app follows the
    // browser's toggle events). The options they chose come in once mounted:
    // answers change what a page shows (a guess confirmed, a button to clear
    // it), and hydration cannot take a page whose structure differs from its
    // first render.
    let page_changes = &props.page_changes;
    let mounted = use_mounted();
    let progress = use_persisted(
        page_changes.progress.clone(),
        Progress::default(),
        Progress::key().into(),
    );
    // The answers' key follows the assignment followed; the first render
    // shows neither.
    let following = use_following_state(props.prerender.is_some(), mounted);
    let answers = use_persisted(
        Answers::default(),
        page_changes.answers.clone(),
        following.answers_key(),
    );
    // Says the app has taken over the page (styles and tests read it), then,
    // once mounted, after the render that follows, that it shows what only
    // the browser knows: saved state, the address's query and fragment, the
    // origin.
    use_effect_with(mounted, |&mounted| {
        let state = if mounted { "settled" } else { "ready" };
        let _ = gloo::utils::document_element().set_attribute("data-app", state);
    });
    html! {
        <ContextProvider<Provided> context={Provided { progress, following, answers }}>
            <Router prerender={props.prerender.clone()} family={props.pages.family()}>
                <Shell pages={props.pages} />
            </Router>
        </ContextProvider<Provided>>
    }
}
