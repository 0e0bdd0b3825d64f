//! A term from the glossary, marked in running text. Activating it (a click,
//! a tap, Enter or Space) shows our definition, which ends with a link to the
//! term's glossary entry; Escape, moving focus out of the term and its
//! definition, a tap or click elsewhere, or scrolling on hides it. Focus
//! passing by and hovering do nothing, so a definition never covers the lines
//! a reader is tabbing through or pointing at (as Wikipedia's page previews).
//!
//! A term is markup ([`crate::components::marked_text`]), not a component:
//! the browser shows and hides its definition (a native popover), and one
//! listener on the document ([`use_term_definitions`]) adds leaving and
//! scrolling on for every term of the page at once.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, Node};
use yew::prelude::*;

/// How far, in CSS pixels, the page must scroll from where a definition was
/// shown before it is put away.
const SCROLLED_ON: f64 = 48.0;

/// The class of a term's whole (its button and its definition).
const TERM: &str = "term";
/// The class of a term's definition, the popover.
const DEFINITION: &str = "term__definition";

/// Hides a term's definition. Hiding a hidden popover throws in some
/// engines; there is nothing to do then.
fn hide(definition: &HtmlElement) {
    let _ = definition.hide_popover();
}

/// The definition shown, and how far the page was scrolled when it was.
type Shown = Rc<RefCell<Option<(HtmlElement, f64)>>>;

/// Follows a definition shown or hidden: the popover's state is the
/// browser's, including a definition shown before the app started.
fn follow(shown: &Shown, definition: HtmlElement) {
    let open = definition.matches(":popover-open").unwrap_or(false);
    let mut shown = shown.borrow_mut();
    if open {
        *shown = Some((
            definition,
            gloo::utils::window().scroll_y().unwrap_or_default(),
        ));
    } else if shown
        .as_ref()
        .is_some_and(|(element, _)| *element == definition)
    {
        *shown = None;
    }
}

/// What the app adds to the page's terms: focus leaving a term and its
/// definition hides the definition, and so does scrolling on from where it
/// was shown. Scrolling that brought the term into view, on focus or click,
/// is not scrolling on: only a scroll of more than a few lines counts.
#[hook]
pub fn use_term_definitions() {
    use_effect_with((), |()| {
        let document = gloo::utils::document();
        let window = gloo::utils::window();
        let shown: Shown = Rc::default();
        if let Ok(Some(open)) = document.query_selector(&format!(".{DEFINITION}:popover-open"))
            && let Ok(open) = open.dyn_into::<HtmlElement>()
        {
            follow(&shown, open);
        }
        // `toggle` does not bubble: it is heard on its way down.
        let capture = EventListenerOptions::run_in_capture_phase();
        let toggled = {
            let shown = shown.clone();
            EventListener::new_with_options(&document, "toggle", capture, move |event| {
                let definition = event
                    .target()
                    .and_then(|target| target.dyn_into::<HtmlElement>().ok())
                    .filter(|element| element.matches(&format!(".{DEFINITION}")).unwrap_or(false));
                if let Some(definition) = definition {
                    follow(&shown, definition);
                }
            })
        };
        // Focus moving between a term and the link in its definition keeps
        // it shown; focus going anywhere else puts it away.
        let left = EventListener::new(&document, "focusout", |event| {
            let Some(whole) = event
                .target()
                .and_then(|target| target.dyn_into::<Element>().ok())
                .and_then(|element| element.closest(&format!(".{TERM}")).ok().flatten())
            else {
                return;
            };
            let inside = event
                .dyn_ref::<FocusEvent>()
                .and_then(FocusEvent::related_target)
                .and_then(|target| target.dyn_into::<Node>().ok())
                .is_some_and(|target| whole.contains(Some(&target)));
            let definition = whole
                .query_selector(&format!(".{DEFINITION}"))
                .ok()
                .flatten()
                .and_then(|element| element.dyn_into::<HtmlElement>().ok());
            if let (false, Some(definition)) = (inside, definition) {
                hide(&definition);
            }
        });
        let scrolled = EventListener::new(&window.clone(), "scroll", move |_| {
            let now = window.scroll_y().unwrap_or_default();
            let definition = shown
                .borrow()
                .as_ref()
                .filter(|(_, at)| (now - at).abs() > SCROLLED_ON)
                .map(|(definition, _)| definition.clone());
            if let Some(definition) = definition {
                hide(&definition);
            }
        });
        move || drop((toggled, left, scrolled))
    });
}
