//! One expandable section, after the WAI-ARIA disclosure pattern: a button
//! inside a heading says whether its panel is open and which panel it
//! controls; the panel stays in the document, hidden while closed.
//!
//! A closed panel is `hidden="until-found"`, in the prerendered page too, so
//! the browser's find-in-page still finds its words and, where it supports
//! that, fires `beforematch`, on which the section opens.

use gloo::events::EventListener;
use web_sys::Element;
use yew::prelude::*;
use yew::virtual_dom::VTag;

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

/// The panel, hidden until found while closed. `html!` takes `hidden` as a
/// bool only, so the element is built here: the prerendered page then has
/// the same attribute as the browser's, and its closed sections are findable
/// before the app has started.
fn panel_element(id: String, open: bool, node_ref: NodeRef, children: Html) -> Html {
    let mut panel = VTag::new("div");
    panel.add_attribute("id", id);
    panel.add_attribute("class", "disclosure__panel");
    if !open {
        panel.add_attribute("hidden", "until-found");
    }
    panel.node_ref = node_ref;
    panel.add_child(children);
    panel.into()
}

/// An expandable section of a step.
#[component]
pub fn Disclosure(props: &DisclosureProps) -> Html {
    let button_id = format!("{}-button", props.id);
    let panel_id = format!("{}-panel", props.id);
    // The section is named by its title alone; whose words it holds describes it.
    let title_id = format!("{}-title", props.id);
    let source_id = format!("{}-source", props.id);
    let onclick = props.on_toggle.reform(|_: MouseEvent| ());
    let panel = use_node_ref();
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
                    aria-labelledby={title_id.clone()}
                    aria-describedby={source_id.clone()}
                    {onclick}
                >
                    <span class="disclosure__label">
                        <span class="disclosure__title" id={title_id}>{ props.kind.heading() }</span>
                        <SourceLabel kind={props.kind} id={source_id} />
                    </span>
                </button>
            </h2>
            { panel_element(panel_id, props.open, panel, props.children.clone()) }
        </section>
    }
}
