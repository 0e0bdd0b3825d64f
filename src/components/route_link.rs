//! A link to one of the app's routes that the router follows without a page
//! load, while staying a real link: it has a real `href` (including any
//! sub-path the site is served under), and Ctrl/⌘/Shift-click or a middle
//! click still open it in a new tab or window. A link to the page shown says
//! so itself (`aria-current="page"`).

use yew::prelude::*;

use crate::route::Route;
use crate::router::{use_location, use_navigator};

/// Props for [`RouteLink`].
#[derive(Properties, PartialEq)]
pub struct RouteLinkProps {
    /// Where the link goes.
    pub to: Route,
    /// Classes for the `<a>` element.
    #[prop_or_default]
    pub classes: Classes,
    /// A fragment (without `#`) naming an element of the page linked to.
    #[prop_or_default]
    pub fragment: Option<AttrValue>,
    /// The link's text and any other content.
    pub children: Html,
}

/// A link to a route of the app.
#[component]
pub fn RouteLink(props: &RouteLinkProps) -> Html {
    let navigator = use_navigator();
    let current = (use_location().route == props.to).then_some("page");
    let href = navigator.href(&props.to, props.fragment.as_deref());
    let onclick = {
        let to = props.to.clone();
        let fragment = props.fragment.clone();
        Callback::from(move |event: MouseEvent| {
            let modified =
                event.meta_key() || event.ctrl_key() || event.shift_key() || event.alt_key();
            if modified || event.button() != 0 {
                return;
            }
            event.prevent_default();
            navigator.push(&to, fragment.as_deref());
        })
    };
    html! {
        <a {href} class={props.classes.clone()} aria-current={current} {onclick}>
            { props.children.clone() }
        </a>
    }
}
