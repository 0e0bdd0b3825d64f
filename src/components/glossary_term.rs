//! A term from the glossary, marked in running text. Focusing, clicking or
//! tapping it shows our definition in a tooltip; Escape or moving away hides
//! it.

use yew::prelude::*;

use crate::hooks::use_content;

/// Props for [`GlossaryTerm`].
#[derive(Properties, PartialEq)]
pub struct GlossaryTermProps {
    /// The term's position in the glossary.
    pub term: usize,
    /// The term as it stands in the text.
    pub text: AttrValue,
    /// The document-unique id of the term's tooltip.
    pub tip_id: AttrValue,
}

/// A marked term and its definition.
#[component]
pub fn GlossaryTerm(props: &GlossaryTermProps) -> Html {
    let content = use_content();
    let term = &content.glossary.terms()[props.term];
    let shown = use_state(|| false);
    let show = {
        let shown = shown.clone();
        move || shown.set(true)
    };
    let hide = {
        let shown = shown.clone();
        move || shown.set(false)
    };
    let onkeydown = {
        let hide = hide.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Escape" {
                event.stop_propagation();
                hide();
            }
        })
    };
    html! {
        <span class="term">
            <button
                type="button"
                class="term__button"
                aria-describedby={props.tip_id.clone()}
                onfocus={let show = show.clone(); Callback::from(move |_: FocusEvent| show())}
                onblur={let hide = hide.clone(); Callback::from(move |_: FocusEvent| hide())}
                onclick={let show = show.clone(); Callback::from(move |_: MouseEvent| show())}
                onmouseenter={Callback::from(move |_: MouseEvent| show())}
                onmouseleave={Callback::from(move |_: MouseEvent| hide())}
                {onkeydown}
            >
                { props.text.clone() }
            </button>
            <span id={props.tip_id.clone()} role="tooltip" class="term__tip" hidden={!*shown}>
                <span class="term__label">{ "Our definition: " }</span>
                <strong>{ term.term.to_string() }</strong>{ ". " }{ term.definition.to_string() }
            </span>
        </span>
    }
}
