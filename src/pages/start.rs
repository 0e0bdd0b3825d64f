//! The start page: what this is, how to use it, and a way back in for a
//! reader who has been here before. As in the NYT's "You Draw It", the reader
//! is asked for their guess before anything shows the essay's answer: the
//! list of steps, whose titles give it away, stays folded until they have
//! guessed or have been through the steps before. A line at its foot leads
//! teachers to the classroom kit.

use yew::prelude::*;

use crate::components::likelihood_choice::{BEFORE_LEGEND, LikelihoodChoice};
use crate::components::route_link::RouteLink;
use crate::components::step_list::StepList;
use crate::hooks::{use_answers, use_content, use_page_heading, use_reader};
use crate::model::{AnswerAction, Choice, ReaderAction};
use crate::route::Route;

/// The start page.
#[component]
pub fn StartPage() -> Html {
    let content = use_content();
    let reader = use_reader();
    let title = Route::Start.title(&content);
    let heading = use_page_heading(title.clone());

    let steps = content.argument.steps();
    let first = &content.argument[content.argument.first()];
    let resume = reader.last().and_then(|last| {
        let index = content.argument.index_of(last)?;
        Some((index, &content.argument[index]))
    });
    let answers = use_answers();
    let on_before = {
        let answers = answers.clone();
        Callback::from(move |value| answers.dispatch(AnswerAction::Before(value)))
    };
    let reset = {
        let reader = reader.clone();
        Callback::from(move |_: MouseEvent| reader.dispatch(ReaderAction::Reset))
    };

    html! {
        <div class="start">
            <h1 class="start__title" tabindex="-1" ref={heading}>{ title }</h1>
            <p class="start__essay">
                <strong class="start__question">{ "Could Russia and the West close all diplomatic relations?" }</strong>
                { " A step-by-step reading of the essay " }
                <q class="essay-title">{ content.essay.title.text.clone() }</q>
                { " (quoted as written)." }
            </p>
            if let Some((index, step)) = resume {
                <section class="resume" aria-labelledby="resume-title">
                    <h2 id="resume-title">{ "Welcome back" }</h2>
                    <p>{ format!("You were on step {} of {}: {}.", index.number(), steps.len(), step.title) }</p>
                    <div class="resume__actions">
                        <RouteLink to={Route::step(&step.id)} classes={classes!("button", "button--primary")}>
                            { format!("Continue at step {}", index.number()) }
                        </RouteLink>
                        <button type="button" class="button" onclick={reset}>{ "Start over" }</button>
                    </div>
                </section>
            } else {
                <p class="start__actions">
                    <RouteLink to={Route::step(&first.id)} classes={classes!("button", "button--primary")}>
                        { "Start with step 1" }
                    </RouteLink>
                    <RouteLink to={Route::All} classes={classes!("button")}>{ "See the whole argument" }</RouteLink>
                </p>
            }
            <section class="before" aria-labelledby="before-title">
                <h2 id="before-title">{ "Before you start" }</h2>
                <p>{ "What do you think now, before reading? Optional, and kept in this browser only: your verdict at the end sets it beside the essay's." }</p>
                <LikelihoodChoice name={Choice::Before.name()} legend={BEFORE_LEGEND} value={answers.before} on_change={on_before} />
            </section>
            <p>
                { format!("The essay's argument is laid out in {} steps, in the order the essay takes them up: its \
                    question, what the essay means by closing diplomatic relations, the reasons it weighs (in \
                    steps of our division), its conclusion, and the condition it names. Each step opens into sections. ", steps.len()) }
                <strong>{ "Quotations are the essay's own words, verbatim;" }</strong>
                { " summaries, explanations and questions are ours, and are labelled as ours." }
            </p>
            <details class="start__steps" open={answers.before.is_some() || resume.is_some()}>
                <summary class="start__steps-summary">
                    <h2 class="start__steps-title">{ format!("All {} steps", steps.len()) }</h2>
                    if answers.before.is_none() {
                        <span class="start__steps-note">{ "Their titles give away the essay's answer: make your guess first." }</span>
                    }
                </summary>
                <StepList />
            </details>
            <p class="start__teach">
                { "Teaching with this essay? " }
                <RouteLink to={Route::Teach}>{ "Set your class an assignment" }</RouteLink>
                { ": a link, a QR code and a handout, with no accounts." }
            </p>
        </div>
    }
}
