//! Whose words a section holds, said beside its heading.

use yew::prelude::*;

use model::SectionKind;

/// Props for [`SourceLabel`].
#[derive(Properties, PartialEq)]
pub struct SourceLabelProps {
    /// The section labelled.
    pub kind: SectionKind,
    /// The label's id, where it describes the control it sits in; it is then
    /// left out of that control's name, which its text would otherwise join.
    #[prop_or_default]
    pub id: Option<AttrValue>,
}

/// Whose words a section holds, the essay's or ours, said beside its heading.
#[component]
pub fn SourceLabel(props: &SourceLabelProps) -> Html {
    let whose = if props.kind.quotes_the_essay() {
        "source--essay"
    } else {
        "source--ours"
    };
    let aria_hidden = props.id.as_ref().map(|_| "true");
    html! {
        <span id={props.id.clone()} class={classes!("source", whose)} aria-hidden={aria_hidden}>
            { props.kind.source() }
        </span>
    }
}
