//! A step's claim in one or two plain sentences, labelled as our summary.

use yew::prelude::*;

use crate::components::marked_text::Marks;
use crate::components::marked_text::marked_text;

/// A step's claim: its text (ours), standing at `place` on the page (see
/// `Step::claim_place`), with the page's terms marked as `marks` says.
pub fn claim(text: &str, place: &str, marks: &Marks<'_>) -> Html {
    html! {
        <p class="claim">
            <span class="label">{ "In short (our summary): " }</span>
            { marked_text(text, place, marks) }
        </p>
    }
}
