//! A step's claim in one or two plain sentences, labelled as our summary.

use yew::prelude::*;

use crate::components::marked_text::MarkedText;

/// Props for [`Claim`].
#[derive(Properties, PartialEq)]
pub struct ClaimProps {
    /// The claim's text (ours).
    pub text: AttrValue,
    /// Where the claim stands on the page (see `Step::claim_place`).
    pub place: AttrValue,
}

/// A step's claim.
#[component]
pub fn Claim(props: &ClaimProps) -> Html {
    html! {
        <p class="claim">
            <span class="label">{ "In short (our summary): " }</span>
            <MarkedText text={props.text.clone()} place={props.place.clone()} />
        </p>
    }
}
