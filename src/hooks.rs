//! Hooks that join the model to the browser: the shared content and reader
//! state, saved progress, keyboard moves, and what happens when a page is
//! shown.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::model::{Action, Argument, Content, Move, Reader, SavedReader};
use crate::route::Route;

/// The localStorage key under which the reader's progress is saved.
const STORAGE_KEY: &str = "diplomacy-explainer.reader";

impl Reducible for Reader {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
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

/// localStorage, where the browser lets the page have it.
///
/// Browsers can refuse it (privacy settings, sandboxed frames), and gloo's
/// storage calls throw then, so every use checks here first.
fn storage_available() -> bool {
    gloo::utils::window()
        .local_storage()
        .ok()
        .flatten()
        .is_some()
}

/// The reader's saved progress, or a fresh start where none is saved or what
/// is saved cannot be used.
fn load_reader(argument: &Argument) -> Reader {
    if !storage_available() {
        return Reader::default();
    }
    LocalStorage::get::<SavedReader>(STORAGE_KEY)
        .map(|saved| saved.into_reader(argument))
        .unwrap_or_default()
}

/// Saves the reader's progress; a fresh start leaves nothing behind.
fn save_reader(reader: &Reader) {
    if !storage_available() {
        return;
    }
    if *reader == Reader::default() {
        LocalStorage::delete(STORAGE_KEY);
    } else if let Err(error) = LocalStorage::set(STORAGE_KEY, reader.to_saved()) {
        // A full or read-only storage loses this change only; the page goes on.
        gloo::console::warn!(format!("could not save progress: {error}"));
    }
}

/// The reader's progress, loaded from localStorage and saved on every change.
///
/// What was loaded is not written back: another tab may have saved newer
/// progress since, and a page that only looks must not overwrite it.
#[hook]
pub fn use_saved_reader(argument: &Argument) -> UseReducerHandle<Reader> {
    let reader = use_reducer(|| load_reader(argument));
    let changed = use_mut_ref(|| false);
    use_effect_with(reader.clone(), move |reader| {
        if changed.replace(true) {
            save_reader(reader);
        }
    });
    reader
}

/// Whether the keyboard event's target is a place where the reader types,
/// where arrow keys and Home/End must keep their usual meaning.
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

/// Moves between steps with ←/→ and Home/End while step `current` is shown.
#[hook]
pub fn use_step_keys(current: usize) {
    let content = use_content();
    let navigator = use_navigator();
    use_effect_with(current, move |&current| {
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
                let Some(target) =
                    Move::from_key(&event.key()).and_then(|m| m.target(current, steps.len()))
                else {
                    return;
                };
                event.prevent_default();
                if let Some(navigator) = &navigator {
                    navigator.push(&Route::step(&steps[target].id));
                }
            });
        move || drop(listener)
    });
}

thread_local! {
    /// How many pages this visit has shown, so the first is left alone.
    static PAGES_SHOWN: Cell<u32> = const { Cell::new(0) };
}

/// Names the page in the tab's title and, after any move within the app,
/// puts focus on the page's main heading, so a screen reader reads where the
/// reader now is. The page first loaded keeps the browser's own focus.
#[hook]
pub fn use_page_heading(title: String, heading: NodeRef) {
    use_effect_with(title, move |title| {
        gloo::utils::document().set_title(&format!("{title} · Russia and the West: an explainer"));
        let shown_before = PAGES_SHOWN.replace(PAGES_SHOWN.get() + 1) > 0;
        if shown_before {
            if let Some(heading) = heading.cast::<HtmlElement>() {
                // A heading with tabindex="-1" takes focus but stays out of the tab order.
                let _ = heading.focus();
            }
            gloo::utils::window().scroll_to_with_x_and_y(0.0, 0.0);
        }
    });
}
