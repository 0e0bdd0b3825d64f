//! A link to one of the app's routes that the router follows without a page
//! load, while staying a real link: it has a real `href` (including any
//! sub-path the site is served under), and Ctrl/⌘/Shift-click or a middle
//! click still open it in a new tab or window.

use yew::prelude::*;
use yew_router::history::{BrowserHistory, History};
use yew_router::prelude::*;

use crate::route::Route;

/// Props for [`RouteLink`].
#[derive(Properties, PartialEq)]
pub struct RouteLinkProps {
    /// Where the link goes.
    pub to: Route,
    /// Classes for the `<a>` element.
    #[prop_or_default]
    pub classes: Classes,
    /// `aria-current` for the link, for the page or step the reader is on.
    #[prop_or_default]
    pub current: Option<AttrValue>,
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
    let href = {
        let base = navigator.as_ref().and_then(|n| n.basename()).unwrap_or("");
        let fragment = props
            .fragment
            .as_ref()
            .map(|f| format!("#{f}"))
            .unwrap_or_default();
        format!("{base}{}{fragment}", props.to.to_path())
    };
    let onclick = {
        let to = props.to.clone();
        let href = href.clone();
        let has_fragment = props.fragment.is_some();
        Callback::from(move |event: MouseEvent| {
            let modified =
                event.meta_key() || event.ctrl_key() || event.shift_key() || event.alt_key();
            if modified || event.button() != 0 {
                return;
            }
            let Some(navigator) = &navigator else {
                return;
            };
            event.prevent_default();
            if has_fragment {
                // The navigator drops fragments; the shared browser history it
                // listens to keeps them, and tells the router all the same.
                BrowserHistory::new().push(href.as_str());
            } else {
                navigator.push(&to);
            }
        })
    };
    html! {
        <a {href} class={props.classes.clone()} aria-current={props.current.clone()} {onclick}>
            { props.children.clone() }
        </a>
    }
}
