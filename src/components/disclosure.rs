//! One expandable section: a `<details>` element whose `<summary>` holds the
//! section's heading. The browser opens and closes it itself, before the app
//! has started and with JavaScript off too, and opens a closed one when
//! find-in-page finds a match in it; the app follows each `toggle` into the
//! reader's progress.

use web_sys::Element;
use yew::prelude::*;

use crate::components::source_label::source_label;
use model::SectionKind;

/// An expandable section of a step: its document id ([`model::page_id::section`]),
/// which section it is (its heading, and whose words it holds), whether it
/// is open, what to call with whether it is open after the reader (or the
/// browser) opened or closed it, and its content. Its key is the section's.
pub fn disclosure(
    id: String,
    kind: SectionKind,
    open: bool,
    on_toggle: Callback<bool>,
    children: Html,
) -> Html {
    // The section is named by its title alone; whose words it holds describes it.
    let source_id = model::page_id::source(&id);
    // The element's own state, not the event's: toggle events are queued, and
    // by the time one runs the section may have changed again.
    let ontoggle = on_toggle.reform(|event: Event| {
        event
            .target_dyn_into::<Element>()
            .is_some_and(|details| details.has_attribute("open"))
    });
    html! {
        <details key={kind.slug()} class="disclosure" {id} {open} {ontoggle}>
            <summary class="disclosure__summary" aria-describedby={source_id.clone()}>
                <h2 class="disclosure__heading">{ kind.heading() }</h2>
                { source_label(kind, Some(source_id)) }
            </summary>
            <div class="disclosure__panel">{ children }</div>
        </details>
    }
}
