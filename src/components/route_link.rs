//! A link to one of the app's routes that the router follows without a page
//! load, while staying a real link: it has a real `href` (including any
//! sub-path the site is served under), and Ctrl/⌘/Shift-click or a middle
//! click still open it in a new tab or window. A link to the page shown says
//! so itself (`aria-current="page"`); one to a part of it does not.

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
    /// A fragment (without `#`): an element of the page linked to, or what
    /// that page reads from it (an assignment).
    #[prop_or_default]
    pub fragment: Option<AttrValue>,
    /// The link's name for a screen reader, where its visible text is only
    /// a part of it (it then starts with that text).
    #[prop_or_default]
    pub label: Option<AttrValue>,
    /// How the page linked to stands to this one (`prev`, `next`).
    #[prop_or_default]
    pub rel: Option<AttrValue>,
    /// The link's text and any other content.
    pub children: Html,
}

/// A link to a route of the app.
#[component]
pub fn RouteLink(props: &RouteLinkProps) -> Html {
    let navigator = use_navigator();
    // A link to a part of the page shown (a fragment) is not a link to the
    // page itself.
    let current = (use_location().route == props.to && props.fragment.is_none()).then_some("page");
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
        <a {href} class={props.classes.clone()} rel={props.rel.clone()} aria-current={current} aria-label={props.label.clone()} {onclick}>
            { props.children.clone() }
        </a>
    }
}
