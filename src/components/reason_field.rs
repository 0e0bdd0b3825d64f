//! A student's own written reason, in a short field with its limit in
//! view: a live count of the characters left, which the field names as its
//! description, so that a screen reader says it too. The limit is kept:
//! the field takes no more, and the answers cut what is pasted beyond it.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use model::page_id;

/// Props for [`ReasonField`].
#[derive(Properties, PartialEq)]
pub struct ReasonFieldProps {
    /// The field's id, unique on the page (its count's is
    /// [`page_id::characters_left`]).
    pub id: AttrValue,
    /// What the field asks for, saying the reason is the student's own.
    pub label: AttrValue,
    /// The reason as given so far.
    pub value: AttrValue,
    /// The most characters the reason may have.
    pub max: usize,
    /// Called with the text as typed.
    pub on_change: Callback<String>,
}

/// A short reason, with a live count of the characters left.
#[component]
pub fn ReasonField(props: &ReasonFieldProps) -> Html {
    let count_id = page_id::characters_left(&props.id);
    let left = props.max.saturating_sub(props.value.chars().count());
    let oninput = {
        let max = props.max;
        props.on_change.reform(move |event: InputEvent| {
            let field = event.target_unchecked_into::<HtmlTextAreaElement>();
            let text = field.value();
            // `maxlength` counts UTF-16 units and the limit characters, so
            // it keeps to the limit or under it; anything a browser lets
            // past is cut here, where the field shows it.
            if text.chars().nth(max).is_some() {
                let cut: String = text.chars().take(max).collect();
                field.set_value(&cut);
                cut
            } else {
                text
            }
        })
    };
    html! {
        <div class="field reason">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <textarea id={props.id.clone()} rows="3" maxlength={props.max.to_string()} value={props.value.clone()} {oninput} aria-describedby={count_id.clone()} />
            <p id={count_id} class="field__hint reason__count">
                { format!("{left} of {} left", props.max) }
                if left == 0 {
                    { ": as long as a reason can be, so that all your answers fit one QR code." }
                }
            </p>
        </div>
    }
}
