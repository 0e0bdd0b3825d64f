//! A set of answers summed up: where the estimates land beside the essay's
//! answer, each judged step by which way it points, and the steps that did
//! not convince.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::estimate_choice::LATE_NOTE;
use crate::components::route_link::RouteLink;
use crate::components::verdict_charts::{balance_chart, scale_chart};
use crate::hooks::use_content;
use crate::route::Route;
use model::side::Side;
use model::{EssayAnswer, Point, Summary};

/// The essay's own words for its answer, each quoted, in a list of prose
/// (`“a”, “b” and “c”`).
pub fn essay_words(answer: &EssayAnswer) -> Html {
    html! {
        { for answer.words.iter().enumerate().map(|(index, words)| html! {
            <>
                if index > 0 {
                    { if index + 1 == answer.words.len() { " and " } else { ", " } }
                }
                <q>{ words.text }</q>
            </>
        }) }
    }
}
/// Props for [`SummaryView`].
#[derive(Properties, PartialEq)]
pub struct SummaryViewProps {
    /// The summary to show.
    pub summary: Rc<Summary>,
    /// Whether the answers are someone else's, shown read-only.
    pub shared: bool,
    /// Whether the estimate before reading was given only after starting to
    /// read ([`model::Answers::before_late`]).
    #[prop_or_default]
    pub before_late: bool,
}

/// The summary of a set of answers.
#[component]
pub fn SummaryView(props: &SummaryViewProps) -> Html {
    let content = use_content();
    let summary = &props.summary;
    let answer = content.argument.answer();
    let (whose, view) = if props.shared {
        ("Their", "Their view")
    } else {
        ("Your", "Your view")
    };
    let unconvinced = summary.unconvinced();
    html! {
        <>
            <section aria-labelledby="where-title">
                <h2 id="where-title">{ "Where the answers land" }</h2>
                <ul class="estimates">
                    <li>
                        <strong>{ "Before reading: " }</strong>{ summary.before.map_or("not answered", Point::label) }
                        if props.before_late && summary.before.is_some() {
                            { format!(" ({LATE_NOTE})") }
                        }
                    </li>
                    <li><strong>{ "After reading: " }</strong>{ summary.after.map_or("not answered", Point::label) }</li>
                    <li>
                        <strong>{ "The essay: " }</strong>{ answer.point.label() }{ ", in its words " }
                        { essay_words(answer) }
                        { "." }
                    </li>
                </ul>
                if !props.shared {
                    // Said again to screen readers whenever an answer changes it.
                    <div class="result" aria-live="polite">
                        <p class="result__line">{ summary.comparison() }</p>
                        <p class="result__line">{ summary.balance() }</p>
                        if let Some(tension) = summary.tension() {
                            <p class="result__tension">{ tension }</p>
                        }
                    </div>
                }
                { scale_chart(summary, view) }
            </section>
            <section aria-labelledby="judged-title">
                <h2 id="judged-title">{ "Each step judged, by which way it points" }</h2>
                <p class="judged__how">
                    { format!("Each step judged gets points by how much it bears on the answer (a little 1, somewhat 2, a lot 3; somewhat when not said): that many for the step if it convinces, as many against it (−) if it does not, and none if not sure, which leans neither way. Each side's figure is the average of its own steps found convincing or not convincing, so a side with more steps does not weigh more for having them; the two sides are never added together. {}", Side::lean_rule(&content.argument)) }
                </p>
                <table class="answer-table">
                    <thead><tr><th scope="col">{ "Step" }</th><th scope="col">{ "Answer" }</th><th scope="col">{ "Points" }</th></tr></thead>
                    { for summary.sides.into_iter().map(|side| (side, side.direction)).map(|(side, direction)| html! {
                        <tbody class={classes!("judged__side", format!("judged__side--{}", direction.slug()))}>
                            <tr><th scope="rowgroup" colspan="3" class="judged__side-heading">{ side.heading(summary.tally(direction).steps) }</th></tr>
                            { for summary.pointing(direction).map(|judged| {
                                let step = &content.argument[judged.step];
                                html! {
                                    <tr>
                                        <th scope="row">
                                            <RouteLink to={Route::step(&step.id)}>{ content.argument.label(judged.step) }</RouteLink>
                                        </th>
                                        <td>{ judged.judgement.in_words().unwrap_or_else(|| "Not answered".to_owned()) }</td>
                                        <td>{ judged.judgement.points_in_words().unwrap_or_else(|| "—".to_owned()) }</td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    }) }
                </table>
                { balance_chart(summary, props.shared) }
            </section>
            <section aria-labelledby="unconvinced-title">
                <h2 id="unconvinced-title">{ "Steps that did not convince" }</h2>
                if unconvinced.is_empty() {
                    <p>{ format!("{whose} answers mark none as not convincing.") }</p>
                } else {
                    <ul class="unconvinced">
                        { for unconvinced.iter().map(|&index| html! {
                            <li><RouteLink to={Route::step(&content.argument[index].id)}>{ content.argument[index].title }</RouteLink></li>
                        }) }
                    </ul>
                }
            </section>
        </>
    }
}
