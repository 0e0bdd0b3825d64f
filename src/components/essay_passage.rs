//! One passage of the essay, verbatim, its quoted words linked to their
//! steps.

use yew::prelude::*;

use crate::components::marked_text::MarkedText;
use crate::components::route_link::RouteLink;
use crate::hooks::use_content;
use crate::model::{Passage, page_id};
use crate::route::Route;

/// Props for [`EssayPassage`].
#[derive(Properties, PartialEq)]
pub struct EssayPassageProps {
    /// The passage's position: 0 for the title, then the paragraphs.
    pub position: usize,
    /// The id of the quote the address points at, if any.
    pub target: Option<AttrValue>,
}

/// One passage of the essay, its quoted words linked to their steps.
#[component]
pub fn EssayPassage(props: &EssayPassageProps) -> Html {
    let content = use_content();
    let passage: &Passage = content
        .essay
        .passages()
        .nth(props.position)
        .expect("the page asks for passages that exist");
    let runs = content.essay_runs(passage).into_iter().enumerate().map(|(index, run)| {
        let place = page_id::run_place(&passage.id, index);
        let Some((step_index, quote_index)) = run.quote else {
            return html! { <MarkedText text={run.text.to_owned()} {place} /> };
        };
        let step = &content.argument[step_index];
        let anchor = page_id::quote(&step.id, quote_index);
        let is_target = props.target.as_deref() == Some(anchor.as_str());
        html! {
            <>
                <span id={anchor} tabindex="-1" class={classes!("essay__quote", is_target.then_some("is-target"))}>
                    <MarkedText text={run.text.to_owned()} {place} />
                </span>
                <RouteLink to={Route::step(&step.id)} classes={classes!("essay__step-link")}>
                    { format!("Step {}", step_index.number()) }
                    <span class="visually-hidden">{ format!(": {}", step.title) }</span>
                </RouteLink>
            </>
        }
    });
    if props.position == 0 {
        html! { <p class="essay__title" id={passage.id.to_string()}><span class="label">{ "Title: " }</span>{ for runs }</p> }
    } else {
        html! { <p class="essay__paragraph" id={passage.id.to_string()}>{ for runs }</p> }
    }
}
