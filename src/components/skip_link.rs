//! The first Tab stop of every page: a link past the header (and, on a step,
//! the list of steps) to the page's own heading.

use web_sys::HtmlElement;
use yew::prelude::*;

/// The id of the element the link leads to: the page's `<main>`.
pub const CONTENT_ID: &str = "main";

/// Skips to the page's content. Its address `href` is the page's own with
/// `#main` (a bare `#main` would resolve against `<base href>`, to another
/// page), which is where it leads with scripts off; in the app, following it
/// moves focus to the page's heading, without adding a history entry.
pub fn skip_link(href: String) -> Html {
    let onclick = Callback::from(|event: MouseEvent| {
        let content = gloo::utils::document()
            .query_selector(&format!("#{CONTENT_ID} h1"))
            .ok()
            .flatten()
            .and_then(|element| wasm_bindgen::JsCast::dyn_into::<HtmlElement>(element).ok());
        if let Some(content) = content {
            event.prevent_default();
            let _ = content.focus();
        }
    });
    html! { <a class="skip-link" {href} {onclick}>{ "Skip to the content" }</a> }
}
