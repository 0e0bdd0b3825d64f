//! Whose words a section holds, said beside its heading.

use yew::prelude::*;

use model::SectionKind;

/// Whose words the section `kind` holds, the essay's or ours, said beside
/// its heading. `id` is the label's id, where it describes the control it
/// sits in; it is then left out of that control's name, which its text
/// would otherwise join.
pub fn source_label(kind: SectionKind, id: Option<String>) -> Html {
    let whose = if kind.quotes_the_essay() {
        "source--essay"
    } else {
        "source--ours"
    };
    let aria_hidden = id.as_ref().map(|_| "true");
    html! {
        <span {id} class={classes!("source", whose)} aria-hidden={aria_hidden}>
            { kind.source() }
        </span>
    }
}
