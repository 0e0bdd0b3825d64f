//! One expandable section, after the WAI-ARIA disclosure pattern: a button
//! inside a heading says whether its panel is open and which panel it
//! controls; the panel stays in the document, hidden while closed.
//!
//! A closed panel is `hidden="until-found"`, so the browser's find-in-page
//! still finds its words and, where it supports that, fires `beforematch`,
//! on which the section opens.

use gloo::events::EventListener;
use web_sys::Element;
use yew::prelude::*;

use crate::components::section_body::SourceLabel;
use crate::model::SectionKind;

/// Props for [`Disclosure`].
#[derive(Properties, PartialEq)]
pub struct DisclosureProps {
    /// A document-unique id stem for the button and panel.
    pub id: AttrValue,
    /// Which section it is: its heading, and whose words it holds.
    pub kind: SectionKind,
    /// Whether the panel is open.
    pub open: bool,
    /// Called when the reader opens or closes the panel.
    pub on_toggle: Callback<()>,
    /// The panel's content.
    pub children: Html,
}

/// An expandable section of a step.
#[component]
pub fn Disclosure(props: &DisclosureProps) -> Html {
    let button_id = format!("{}-button", props.id);
    let panel_id = format!("{}-panel", props.id);
    let onclick = props.on_toggle.reform(|_: MouseEvent| ());
    let panel = use_node_ref();
    {
        // yew's `hidden` takes a bool only, so "until-found" is set here.
        let panel = panel.clone();
        use_effect_with(props.open, move |&open| {
            if let Some(panel) = panel.cast::<Element>() {
                let _ = if open {
                    panel.remove_attribute("hidden")
                } else {
                    panel.set_attribute("hidden", "until-found")
                };
            }
        });
    }
    {
        // A new callback is made on every render, but it only means something
        // new when the section does: the listener follows the section's id.
        let panel = panel.clone();
        let on_toggle = props.on_toggle.clone();
        use_effect_with(props.id.clone(), move |_| {
            let listener = panel.cast::<Element>().map(|panel| {
                EventListener::new(&panel, "beforematch", move |_| on_toggle.emit(()))
            });
            move || drop(listener)
        });
    }
    html! {
        <section class={classes!("disclosure", props.open.then_some("is-open"))}>
            <h2 class="disclosure__heading">
                <button
                    type="button"
                    id={button_id}
                    class="disclosure__button"
                    aria-expanded={props.open.to_string()}
                    aria-controls={panel_id.clone()}
                    {onclick}
                >
                    <span class="disclosure__label">
                        <span class="disclosure__title">{ props.kind.heading() }</span>
                        <SourceLabel kind={props.kind} />
                    </span>
                </button>
            </h2>
            <div id={panel_id} class="disclosure__panel" hidden={!props.open} ref={panel}>
                { props.children.clone() }
            </div>
        </section>
    }
}
