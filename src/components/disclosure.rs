//! One expandable section: a `<details>` element whose `<summary>` holds the
//! section's heading. The browser opens and closes it itself, before the app
//! has started and with JavaScript off too, and opens a closed one when
//! find-in-page finds a match in it; the app follows each `toggle` into the
//! reader's progress.

use web_sys::Element;
use yew::prelude::*;

use crate::components::source_label::SourceLabel;
use model::{SectionKind, page_id};

/// Props for [`Disclosure`].
#[derive(Properties, PartialEq)]
pub struct DisclosureProps {
    /// The section's document id ([`page_id::section`]).
    pub id: AttrValue,
    /// Which section it is: its heading, and whose words it holds.
    pub kind: SectionKind,
    /// Whether the section is open.
    pub open: bool,
    /// Called with whether the section is open after the reader (or the
    /// browser) opened or closed it.
    pub on_toggle: Callback<bool>,
    /// The section's content.
    pub children: Html,
}

/// An expandable section of a step.
#[component]
pub fn Disclosure(props: &DisclosureProps) -> Html {
    // The section is named by its title alone; whose words it holds describes it.
    let source_id = page_id::source(&props.id);
    // The element's own state, not the event's: toggle events are queued, and
    // by the time one runs the section may have changed again.
    let ontoggle = props.on_toggle.reform(|event: Event| {
        event
            .target_dyn_into::<Element>()
            .is_some_and(|details| details.has_attribute("open"))
    });
    html! {
        <details class="disclosure" id={props.id.clone()} open={props.open} {ontoggle}>
            <summary class="disclosure__summary" aria-describedby={source_id.clone()}>
                <h2 class="disclosure__heading">{ props.kind.heading() }</h2>
                <SourceLabel kind={props.kind} id={source_id} />
            </summary>
            <div class="disclosure__panel">{ props.children.clone() }</div>
        </details>
    }
}
