//! A step's claim in one or two plain sentences, labelled as our summary.

use yew::prelude::*;

use crate::components::marked_text::marked_text;
use model::FirstUses;

/// A step's claim: its text (ours), standing at `place` on the page (see
/// `Step::claim_place`), with the page's first uses of terms marked.
pub fn claim(text: &str, place: &str, first_uses: &FirstUses) -> Html {
    html! {
        <p class="claim">
            <span class="label">{ "In short (our summary): " }</span>
            { marked_text(text, place, first_uses) }
        </p>
    }
}
