//! A term from the glossary, marked in running text. Activating it (a click,
//! a tap, Enter or Space) shows our definition, which ends with a link to the
//! term's glossary entry; Escape, moving focus out of the term and its
//! definition, a tap or click elsewhere, or scrolling on hides it. Focus
//! passing by and hovering do nothing, so a definition never covers the lines
//! a reader is tabbing through or pointing at (as Wikipedia's page previews).

use gloo::events::EventListener;
use web_sys::{HtmlElement, Node};
use yew::prelude::*;

use crate::components::route_link::RouteLink;
use crate::hooks::use_content;
use crate::route::Route;
use model::{TermIndex, page_id};

/// How far, in CSS pixels, the page must scroll from where a definition was
/// shown before it is put away.
const SCROLLED_ON: f64 = 48.0;

/// Props for [`GlossaryTerm`].
#[derive(Properties, PartialEq)]
pub struct GlossaryTermProps {
    /// Which term of the glossary it is.
    pub term: TermIndex,
    /// The term as it stands in the text.
    pub text: AttrValue,
    /// The document-unique id of the term's definition.
    pub definition_id: AttrValue,
}

/// The term's definition element, a popover.
fn definition_element(definition: &NodeRef) -> Option<HtmlElement> {
    definition.cast::<HtmlElement>()
}

/// A marked term and its definition.
///
/// The definition is a `popover` its button shows (`popovertarget`), so a
/// click or tap shows it, and Escape or a tap elsewhere puts it away, before
/// the app has started and with JavaScript off. The app adds leaving
/// (hiding it once focus is outside the term and its definition) and
/// scrolling on (hiding it).
#[component]
pub fn GlossaryTerm(props: &GlossaryTermProps) -> Html {
    let content = use_content();
    let term = &content.glossary[props.term];
    let open = use_state(|| false);
    let definition = use_node_ref();
    {
        // The popover's state is the browser's: follow it, including a
        // definition shown before the app started.
        let open = open.clone();
        let definition = definition.clone();
        use_effect_with((), move |()| {
            let listener = definition_element(&definition).map(|element| {
                open.set(element.matches(":popover-open").unwrap_or(false));
                let watched = element.clone();
                EventListener::new(&element, "toggle", move |_| {
                    open.set(watched.matches(":popover-open").unwrap_or(false));
                })
            });
            move || drop(listener)
        });
    }
    let hide = {
        let definition = definition.clone();
        move || {
            if let Some(element) = definition_element(&definition) {
                // Hiding a hidden popover throws in some engines; nothing to do then.
                let _ = element.hide_popover();
            }
        }
    };
    {
        // Scrolling that brought the term into view, on focus or click, is
        // not scrolling on: only a scroll of more than a few lines from where
        // the definition was shown counts.
        let hide = hide.clone();
        use_effect_with(*open, move |&open| {
            let listener = open.then(|| {
                let window = gloo::utils::window();
                let at = window.scroll_y().unwrap_or_default();
                EventListener::new(&window.clone(), "scroll", move |_| {
                    let now = window.scroll_y().unwrap_or_default();
                    if (now - at).abs() > SCROLLED_ON {
                        hide();
                    }
                })
            });
            move || drop(listener)
        });
    }
    // Focus moving between the term and the link in its definition keeps it
    // shown; focus going anywhere else puts it away.
    let whole = use_node_ref();
    let onfocusout = {
        let whole = whole.clone();
        Callback::from(move |event: FocusEvent| {
            let inside = event
                .related_target()
                .and_then(|target| wasm_bindgen::JsCast::dyn_into::<Node>(target).ok())
                .zip(whole.cast::<Node>())
                .is_some_and(|(target, whole)| whole.contains(Some(&target)));
            if !inside {
                hide();
            }
        })
    };
    html! {
        <span class="term" ref={whole} {onfocusout}>
            <button
                type="button"
                class="term__button"
                popovertarget={props.definition_id.clone()}
                popovertargetaction="show"
                aria-describedby={props.definition_id.clone()}
            >
                { props.text.clone() }
            </button>
            <span id={props.definition_id.clone()} popover="auto" class="term__definition" ref={definition}>
                <span class="term__label">{ "Our definition: " }</span>
                <strong>{ term.headword }</strong>{ ". " }{ term.definition }
                { " " }
                <RouteLink to={Route::Glossary} fragment={AttrValue::from(page_id::term(term.id))} classes={classes!("term__more")}>
                    { "More in the glossary" }
                </RouteLink>
            </span>
        </span>
    }
}
