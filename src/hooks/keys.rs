//! The keyboard: ← and → move between steps, and past either end to where
//! Previous and Next lead.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, KeyboardEvent};
use yew::prelude::*;

use crate::hooks::use_content;
use crate::route::Route;
use crate::router::use_navigator;
use model::Turn;

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
                // The address bar, not the last render, says where the reader is:
                // keys pressed faster than the page redraws still count from there.
                let current = match navigator.location().route {
                    Route::Step { id } => content.argument.index_of(&id),
                    _ => None,
                };
                let Some(target) = current.and_then(|current| {
                    Some(Turn::from_key(&event.key())?.target(current, &content.argument))
                }) else {
                    return;
                };
                event.prevent_default();
                navigator.push(&Route::of_destination(target, &content.argument), None);
            });
        move || drop(listener)
    });
}
