//! A term from the glossary, marked in running text. Focusing, clicking or
//! tapping it shows our definition in a tooltip; Escape, moving focus
//! away, a tap or click elsewhere, or scrolling on hides it. Hovering does nothing, so the
//! definition never covers the lines a reader is pointing at.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::Node;
use yew::prelude::*;

use crate::hooks::use_content;

/// How far, in CSS pixels, the page must scroll from where a definition was
/// shown before it is put away.
const SCROLLED_ON: f64 = 48.0;

/// Props for [`GlossaryTerm`].
#[derive(Properties, PartialEq)]
pub struct GlossaryTermProps {
    /// The term's position in the glossary.
    pub term: usize,
    /// The term as it stands in the text.
    pub text: AttrValue,
    /// The document-unique id of the term's tooltip.
    pub tip_id: AttrValue,
}

/// A marked term and its definition.
#[component]
pub fn GlossaryTerm(props: &GlossaryTermProps) -> Html {
    let content = use_content();
    let term = &content.glossary.terms()[props.term];
    let shown = use_state(|| false);
    let show = {
        let shown = shown.clone();
        move || shown.set(true)
    };
    let hide = {
        let shown = shown.clone();
        move || shown.set(false)
    };
    let term_node = use_node_ref();
    {
        // A shown definition sits over the text (at the foot of the screen on
        // a phone). It is put away once the reader taps or clicks anywhere
        // else (where tapping moves no focus, as in Safari, blur never comes),
        // or scrolls on. Scrolling that brought the term into view, on focus
        // or click, is not scrolling on: only a move of more than a few lines
        // from where it was shown counts.
        let hide = hide.clone();
        let term_node = term_node.clone();
        use_effect_with(*shown, move |&shown| {
            let listeners = shown.then(|| {
                let window = gloo::utils::window();
                let at = window.scroll_y().unwrap_or_default();
                let on_scroll = {
                    let hide = hide.clone();
                    EventListener::new(&window.clone(), "scroll", move |_| {
                        let now = window.scroll_y().unwrap_or_default();
                        if (now - at).abs() > SCROLLED_ON {
                            hide();
                        }
                    })
                };
                let on_click =
                    EventListener::new(&gloo::utils::document(), "click", move |event| {
                        let target = event.target().and_then(|t| t.dyn_into::<Node>().ok());
                        let inside = term_node
                            .cast::<Node>()
                            .is_some_and(|term| term.contains(target.as_ref()));
                        if !inside {
                            hide();
                        }
                    });
                (on_scroll, on_click)
            });
            move || drop(listeners)
        });
    }
    let onkeydown = {
        let hide = hide.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                event.stop_propagation();
                hide();
            }
        })
    };
    html! {
        <span class="term" ref={term_node}>
            <button
                type="button"
                class="term__button"
                aria-describedby={props.tip_id.clone()}
                onfocus={let show = show.clone(); Callback::from(move |_: FocusEvent| show())}
                onblur={let hide = hide.clone(); Callback::from(move |_: FocusEvent| hide())}
                onclick={let show = show.clone(); Callback::from(move |_: MouseEvent| show())}
                {onkeydown}
            >
                { props.text.clone() }
            </button>
            <span id={props.tip_id.clone()} role="tooltip" class="term__tip" hidden={!*shown}>
                <span class="term__label">{ "Our definition: " }</span>
                <strong>{ term.term.to_string() }</strong>{ ". " }{ term.definition.to_string() }
            </span>
        </span>
    }
}
