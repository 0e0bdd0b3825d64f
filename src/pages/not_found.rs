//! What a reader sees at an address the explainer does not have: a plain
//! message and a way on, never an empty page.

use yew::prelude::*;

use crate::components::route_link::RouteLink;
use crate::components::step_list::step_list;
use crate::hooks::{use_page_heading, use_progress};
use crate::route::{NOT_FOUND_TITLE, Route};

/// Props for [`NotFound`].
#[derive(Properties, PartialEq)]
pub struct NotFoundProps {
    /// The step asked for, as the address holds it, where the address named
    /// a step that does not exist; `None` for any other unknown address.
    #[prop_or_default]
    pub step: Option<AttrValue>,
}

/// The not-found page.
#[component]
pub fn NotFound(props: &NotFoundProps) -> Html {
    let heading = use_page_heading(NOT_FOUND_TITLE.to_owned());
    let progress = use_progress();
    // The address is shown as code, not in quotation marks: those are kept
    // for the essay's words (content/README.md, rule 4).
    let message = match &props.step {
        Some(step) => html! {
            <>
                { "There is no step called " }<code>{ step.clone() }</code>
                { ". It may have been renamed, or the link may be mistyped." }
            </>
        },
        None => {
            html! { "There is nothing at this address. The link may be mistyped, or the page may have moved." }
        }
    };
    html! {
        <div class="not-found">
            <h1 tabindex="-1" ref={heading}>{ NOT_FOUND_TITLE }</h1>
            <p>{ message }</p>
            <p><RouteLink to={Route::Start} classes={classes!("button", "button--primary")}>{ "Go to the start" }</RouteLink></p>
            <h2>{ "Or choose a step" }</h2>
            { step_list(None, &progress) }
        </div>
    }
}
