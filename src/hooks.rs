//! Hooks that join the model to the browser: the shared content, the
//! reader's progress and answers and their saving, keyboard moves, and what
//! happens when a page is shown.

use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

use crate::model::{Action, AnswerAction, Answers, Argument, Content, Move, Reader, Saved};
use crate::route::{Route, document_title};
use crate::router::{use_moves, use_navigator};

impl Reducible for Reader {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.apply(action);
        if next == *self { self } else { Rc::new(next) }
    }
}

impl Reducible for Answers {
    type Action = AnswerAction;

    fn reduce(self: Rc<Self>, action: AnswerAction) -> Rc<Self> {
        let next = self.apply(action);
        if next == *self { self } else { Rc::new(next) }
    }
}

/// The explainer's content, provided by the app.
#[hook]
pub fn use_content() -> Rc<Content> {
    use_context::<Rc<Content>>().expect("the app provides the content")
}

/// The reader's progress, provided by the app; dispatch [`Action`]s to change it.
#[hook]
pub fn use_reader() -> UseReducerHandle<Reader> {
    use_context::<UseReducerHandle<Reader>>().expect("the app provides the reader state")
}

/// The reader's answers, provided by the app; dispatch [`AnswerAction`]s to
/// change them.
#[hook]
pub fn use_answers() -> UseReducerHandle<Answers> {
    use_context::<UseReducerHandle<Answers>>().expect("the app provides the reader's answers")
}

/// State kept in localStorage, in its saved form ([`Saved`]), which is
/// checked against the argument when it is read back.
pub trait Persisted: Reducible + Saved + Clone + PartialEq + 'static {
    /// The localStorage key.
    const KEY: &'static str;
    /// The action that puts state read back from storage beneath the state.
    fn restore_action(state: Self) -> Self::Action;
}

impl Persisted for Reader {
    const KEY: &'static str = "diplomacy-explainer.reader";

    fn restore_action(state: Reader) -> Action {
        Action::Restore(state)
    }
}

impl Persisted for Answers {
    const KEY: &'static str = "diplomacy-explainer.answers";

    fn restore_action(state: Answers) -> AnswerAction {
        AnswerAction::Restore(state)
    }
}

/// localStorage, where the browser lets the page have it: browsers can
/// refuse it (privacy settings, sandboxed frames).
fn storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// The saved state, or the empty state where none is saved or what is saved
/// cannot be used.
fn load<T: Persisted>(argument: &Argument) -> T {
    storage()
        .and_then(|storage| storage.get_item(T::KEY).ok().flatten())
        .map(|saved| T::from_saved(&saved, argument))
        .unwrap_or_default()
}

/// Saves the state; the empty state leaves nothing behind.
fn save<T: Persisted>(state: &T) {
    let Some(storage) = storage() else {
        return;
    };
    let saved = if *state == T::default() {
        storage.remove_item(T::KEY)
    } else {
        storage.set_item(T::KEY, &state.to_saved())
    };
    if saved.is_err() {
        // A full or read-only storage loses this change only; the page goes on.
        gloo::console::warn!(format!("could not save {}", T::KEY));
    }
}

/// State loaded from localStorage and saved on every change.
///
/// The first render uses `initial`: the empty state, as the page prerendered
/// at build time did, so hydration finds what it expects, with what the
/// reader changed on that page before the app started. The saved state is
/// read just after, beneath what the reader did since. What was read is not
/// written back: another tab may have saved newer state since, and a page
/// that only looks must not overwrite it.
#[hook]
pub fn use_persisted<T: Persisted>(
    content: Rc<Content>,
    initial: impl FnOnce() -> T,
) -> UseReducerHandle<T> {
    let state = use_reducer(initial);
    // The state as storage holds it; `None` until it has been read.
    let stored = use_mut_ref(|| None::<T>);
    // Whether storage has been read: the state may differ from it already
    // then (what the reader did before the app started), with no change of
    // state to say so.
    let read = use_state(|| false);
    {
        let stored = stored.clone();
        use_effect_with((state.clone(), *read), move |(state, _)| {
            let mut stored = stored.borrow_mut();
            if stored.as_ref().is_some_and(|stored| stored != &**state) {
                save(&**state);
                *stored = Some((**state).clone());
            }
        });
    }
    {
        let state = state.clone();
        use_effect_with((), move |()| {
            let loaded = load::<T>(&content.argument);
            *stored.borrow_mut() = Some(loaded.clone());
            state.dispatch(T::restore_action(loaded));
            read.set(true);
        });
    }
    state
}

/// Whether the app has taken over the page in the browser. It is `false` on
/// the first render, which must match the page prerendered at build time,
/// and becomes `true` straight after it; what only the browser knows (the
/// query string, the page's own address) waits for it.
#[hook]
pub fn use_hydrated() -> bool {
    let hydrated = use_state(|| false);
    {
        let hydrated = hydrated.clone();
        use_effect_with((), move |()| hydrated.set(true));
    }
    *hydrated
}

/// Whether the keyboard event's target is a place where the reader types,
/// where the arrow keys must keep their usual meaning.
fn is_typing(event: &KeyboardEvent) -> bool {
    let Some(element) = event
        .target()
        .and_then(|target| target.dyn_into::<HtmlElement>().ok())
    else {
        return false;
    };
    matches!(element.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
        || element.is_content_editable()
}

/// Moves between steps with ← and → while a step is shown.
#[hook]
pub fn use_step_keys() {
    let content = use_content();
    let navigator = use_navigator();
    use_effect_with((), move |()| {
        let document = gloo::utils::document();
        // Not passive, so the handled keys can stop the page from scrolling.
        let options = EventListenerOptions::enable_prevent_default();
        let listener =
            EventListener::new_with_options(&document, "keydown", options, move |event| {
                let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                let modified =
                    event.alt_key() || event.ctrl_key() || event.meta_key() || event.shift_key();
                if modified || event.default_prevented() || is_typing(event) {
                    return;
                }
                let steps = content.argument.steps();
                // The address bar, not the last render, says where the reader is:
                // keys pressed faster than the page redraws still count from there.
                let current = match navigator.location().route {
                    Route::Step { id } => content.argument.index_of(&id),
                    _ => None,
                };
                let Some(target) = current
                    .and_then(|current| Move::from_key(&event.key())?.target(current, steps.len()))
                else {
                    return;
                };
                event.prevent_default();
                navigator.push(&Route::step(&steps[target].id), None);
            });
        move || drop(listener)
    });
}

/// Names the page in the tab's title and, after any move within the app,
/// puts focus on the page's main heading, so a screen reader reads where the
/// reader now is. The page first loaded keeps the browser's own focus and
/// scroll, even if its title changes as it settles (a shared verdict's does).
///
/// Returns the reference to give the page's `<h1 tabindex="-1">`.
#[hook]
pub fn use_page_heading(title: String) -> NodeRef {
    let heading = use_node_ref();
    let moves = use_moves();
    use_effect_with(title, move |title| {
        gloo::utils::document().set_title(&document_title(title));
    });
    let focused = heading.clone();
    use_effect_with(moves, move |&moves| {
        if moves > 0 {
            if let Some(heading) = focused.cast::<HtmlElement>() {
                // A heading with tabindex="-1" takes focus but stays out of the tab order.
                let _ = heading.focus();
            }
            gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
        }
    });
    heading
}
