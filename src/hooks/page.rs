//! What happens when a page is shown: whether its components have mounted
//! yet, its title, where focus goes after a move, and the elements of the
//! page a selector finds.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, NodeList, ScrollBehavior, ScrollToOptions};
use yew::prelude::*;

use crate::route::document_title;
use crate::router::{use_location, use_moves};

/// Whether the component has mounted in the browser: `false` on its first
/// render, and `true` straight after it, whether that render hydrated a
/// prerendered page or rendered afresh. The first render must match the page
/// prerendered at build time, so what only the browser knows (the query
/// string, the page's own address) waits for it.
#[hook]
pub fn use_mounted() -> bool {
    let mounted = use_state(|| false);
    {
        let mounted = mounted.clone();
        use_effect_with((), move |()| mounted.set(true));
    }
    *mounted
}

/// The page's origin (`https://example.org`), for links a reader takes
/// elsewhere: empty on the first render, which must match the page
/// prerendered without it, and known once mounted.
#[hook]
pub fn use_origin() -> AttrValue {
    if use_mounted() {
        gloo::utils::window()
            .location()
            .origin()
            .unwrap_or_default()
            .into()
    } else {
        AttrValue::default()
    }
}

/// The element the address's fragment names, if any: scrolled into view and
/// focused whenever the fragment changes, as the browser does on a page
/// load, and also after a move within the app. Call it after
/// [`use_page_heading`], whose move to the top it then overrides. The
/// element needs `tabindex="-1"` unless it takes focus itself.
#[hook]
pub fn use_fragment_target() -> Option<AttrValue> {
    let fragment = &use_location().fragment;
    let target = (!fragment.is_empty()).then(|| AttrValue::from(fragment.clone()));
    use_effect_with(target.clone(), |target| {
        let element = target
            .as_deref()
            .and_then(|id| gloo::utils::document().get_element_by_id(id))
            .and_then(|element| wasm_bindgen::JsCast::dyn_into::<HtmlElement>(element).ok());
        if let Some(element) = element {
            element.scroll_into_view();
            let _ = element.focus();
        }
    });
    target
}

/// Names the page in the tab's title and, after any move within the app
/// (Back and Forward too), puts the reader at the top of the page with focus
/// on its main heading, so a screen reader reads where the reader now is. The page first loaded keeps the browser's own focus and
/// scroll, even if its title changes as it settles (a shared verdict's does).
///
/// Returns the reference to give the page's `<h1 tabindex="-1">`.
#[hook]
pub fn use_page_heading(title: String) -> NodeRef {
    let heading = use_node_ref();
    let moves = use_moves();
    use_effect_with(title, move |title| {
        gloo::utils::document().set_title(&document_title(title));
    });
    let focused = heading.clone();
    use_effect_with(moves, move |&moves| {
        if moves > 0 {
            // At once, not smoothly: the reader is on a new page, and the
            // heading focused next must be in view from the start.
            let top = ScrollToOptions::new();
            top.set_left(0.0);
            top.set_top(0.0);
            top.set_behavior(ScrollBehavior::Instant);
            gloo::utils::window().scroll_to_with_scroll_to_options(&top);
            if let Some(heading) = focused.cast::<HtmlElement>() {
                // A heading with tabindex="-1" takes focus but stays out of the tab order.
                let _ = heading.focus();
            }
        }
    });
    heading
}

/// The elements under `root` that `selector` finds, in document order; none
/// where the selector is not valid.
pub fn elements_under(root: &Element, selector: &str) -> Vec<Element> {
    let list = root.query_selector_all(selector).ok();
    let length = list.as_ref().map_or(0, NodeList::length);
    (0..length)
        .filter_map(|index| list.as_ref()?.item(index)?.dyn_into::<Element>().ok())
        .collect()
}
