//! The start page: the essay's question, the reader's guess, and the way
//! into the steps. As in the NYT's "You Draw It", the reader is asked for
//! their guess before anything shows the essay's answer, and before the way
//! in: the guess comes first in reading order, the button to step 1 after it
//! (skipping stays one click away), and the list of steps, whose titles give
//! the answer away, stays folded until they have guessed or have been through
//! the steps before. Once a step has been read, a guess given is shown as
//! given and left alone, and one given only then is marked late. A line at
//! the page's foot leads teachers to the classroom kit.

use yew::prelude::*;

use crate::components::estimate_choice::{before_given, guess_section, use_guess};
use crate::components::route_link::RouteLink;
use crate::components::step_list::step_list;
use crate::hooks::{use_answers, use_content, use_page_heading, use_progress};
use crate::route::Route;
use model::ProgressAction;
use model::argument::in_sentence;
use model::site::Site;

/// The start page.
#[component]
pub fn StartPage() -> Html {
    let content = use_content();
    let site = Site::embedded();
    let progress = use_progress();
    // The tab keeps the site's name; the heading asks the essay's question.
    let heading = use_page_heading(Route::Start.title(content));

    let steps = content.argument.steps();
    let first = &content.argument[content.argument.first()];
    let resume = progress.last().and_then(|last| {
        let index = content.argument.index_of(last)?;
        Some((index, &content.argument[index]))
    });
    // A step visited is a step read, as far as the guess is concerned.
    let has_read = progress.last().is_some();
    let answers = use_answers();
    let (on_before, answered_here) = use_guess(has_read);
    let reset = {
        let progress = progress.clone();
        Callback::from(move |_: MouseEvent| progress.dispatch(ProgressAction::Reset))
    };
    let given = before_given(&answers);
    let asking = given.is_none() || !has_read || answered_here;
    let intro = match (&given, has_read) {
        (None, false) => {
            "What do you think now, before reading? Optional, and kept in this browser only: your verdict at the end sets it beside the essay's."
        }
        (None, true) => {
            "You have started reading without a guess. You can still give one: it will be marked as given after starting to read."
        }
        (Some(_), false) => {
            "You can change it until you start reading; your verdict at the end sets it beside the essay's."
        }
        (Some(_), true) if answered_here => {
            "Given after starting to read, it is marked so; your verdict at the end sets it beside the essay's."
        }
        (Some(_), true) => {
            "It stays as you gave it: your verdict at the end sets it beside the essay's."
        }
    };

    html! {
        <div class="start">
            <h1 class="start__title" tabindex="-1" ref={heading}>{ site.question }</h1>
            <p class="start__essay">
                { "A step-by-step reading of the essay " }
                <q class="essay-title">{ content.essay.title.text }</q>
                if let Some(note) = site.title_note {
                    { format!(" ({note}).") }
                } else {
                    { "." }
                }
            </p>
            { guess_section(given.as_deref(), intro, asking.then_some((answers.before, on_before))) }
            if let Some((index, step)) = resume {
                <section class="resume" aria-labelledby="resume-title">
                    <h2 id="resume-title">{ "Welcome back" }</h2>
                    <p>{ format!("You were on {}.", in_sentence(&content.argument.position_and_title(index))) }</p>
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
            <p>
                { format!("The essay's argument is laid out in {} steps, in the order the essay takes them up: {}. \
                    Each step opens into sections. ", steps.len(), site.outline) }
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
                { step_list(None, &progress) }
            </details>
            <p class="start__teach">
                { "Teaching with this essay? " }
                <RouteLink to={Route::Teach}>{ "Set your class an assignment" }</RouteLink>
                { ": a link, a QR code and a handout, with no accounts." }
            </p>
        </div>
    }
}
