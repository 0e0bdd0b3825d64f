//! A link to hand on: shown in a read-only field, where it can be selected
//! by hand, with a button that copies it and a status line that says
//! whether it did.

use yew::prelude::*;

/// Props for [`LinkField`].
#[derive(Properties, PartialEq)]
pub struct LinkFieldProps {
    /// The field's id, unique on the page.
    pub id: AttrValue,
    /// The field's label ("Assignment link").
    pub label: AttrValue,
    /// The link.
    pub url: AttrValue,
}

/// A read-only field holding a link, with a Copy link button.
#[component]
pub fn LinkField(props: &LinkFieldProps) -> Html {
    let copied = use_state_eq(|| None::<&'static str>);
    {
        // A confirmation speaks of the link copied: once the link changes, it
        // no longer holds.
        let copied = copied.clone();
        use_effect_with(props.url.clone(), move |_| copied.set(None));
    }
    let copy = {
        let copied = copied.clone();
        let url = props.url.clone();
        Callback::from(move |_: MouseEvent| {
            let promise = gloo::utils::window()
                .navigator()
                .clipboard()
                .write_text(&url);
            let copied = copied.clone();
            yew::platform::spawn_local(async move {
                let done = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
                copied.set(Some(if done {
                    "Copied."
                } else {
                    "Could not copy: select the link and copy it."
                }));
            });
        })
    };
    html! {
        <div class="link-field">
            <label for={props.id.clone()} class="share__label">{ props.label.clone() }</label>
            <div class="share__row">
                <input id={props.id.clone()} class="share__link" type="text" readonly=true value={props.url.clone()} />
                <button type="button" class="button" onclick={copy}>{ "Copy link" }</button>
            </div>
            <p class="share__status" role="status">{ copied.unwrap_or("") }</p>
        </div>
    }
}
