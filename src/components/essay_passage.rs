//! One passage of the essay, verbatim, its quoted words linked to their
//! steps. Where the words of a new step begin, a marker links to that step:
//! a note in the margin on a wide screen (as Distill's), a small number on a
//! phone (as Wikipedia's). It stands before the words, between sentences, so
//! a listener hears the step's number and title ("Step 3: The precedent of
//! history, as the essay gives it") and then the passage, never a link in the
//! middle of a sentence.

use yew::prelude::*;

use crate::components::marked_text::{Marks, marked_text};
use crate::components::route_link::RouteLink;
use crate::route::Route;
use model::{Content, Passage, page_id};

/// One passage of the essay, its quoted words linked to their steps:
/// `index` is 0 for the title, then the paragraphs; `target` is the id of
/// the quote the address points at, if any; terms are marked as `marks`
/// says.
pub fn essay_passage(index: usize, target: Option<&str>, marks: &Marks<'_>) -> Html {
    let content = Content::get();
    let passage: &Passage = content
        .essay
        .passages()
        .nth(index)
        .expect("the page asks for passages that exist");
    // The step whose words come last in the passage before: its words that
    // go on into this one need no marker of their own.
    let mut previous = index
        .checked_sub(1)
        .and_then(|before| content.essay.passages().nth(before))
        .and_then(|before| {
            content
                .essay_runs(before)
                .into_iter()
                .rev()
                .find_map(|run| run.quote.map(|(step, _)| step))
        });
    let runs = content.essay_runs(passage).into_iter().enumerate().map(|(run_index, run)| {
        let place = page_id::run_place(passage.id, run_index);
        let Some((step_index, quote_index)) = run.quote else {
            return marked_text(run.text, &place, marks);
        };
        let step = &content.argument[step_index];
        let anchor = page_id::quote(&step.id, quote_index);
        let is_target = target == Some(anchor.as_str());
        // One marker where a step's words begin, not one after each quote.
        let starts_step = previous.replace(step_index) != Some(step_index);
        html! {
            <>
                if starts_step {
                    <RouteLink to={Route::step(&step.id)} classes={classes!("essay__step-link")} label={AttrValue::from(content.argument.label(step_index))}>
                        // The number's space keeps the visible words apart
                        // where the title shows, so that they begin the
                        // link's name as they read (WCAG 2.5.3, label in name).
                        <span class="essay__step-word">{ "Step " }</span>{ format!("{} ", step_index.number()) }
                        <span class="essay__step-title">{ step.title }</span>
                    </RouteLink>
                }
                <span id={anchor} tabindex="-1" class={classes!("essay__quote", is_target.then_some("is-target"))}>
                    { marked_text(run.text, &place, marks) }
                </span>
            </>
        }
    });
    if index == 0 {
        html! { <p class="essay__title" id={page_id::passage(passage.id)}><span class="label">{ "Title: " }</span>{ for runs }</p> }
    } else {
        html! { <p class="essay__paragraph" id={page_id::passage(passage.id)}>{ for runs }</p> }
    }
}
