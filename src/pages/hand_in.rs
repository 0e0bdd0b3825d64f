//! Where a student makes the response link that hands in their answers:
//! what they have answered of the assignment kept in this browser, with
//! links to what is still open, their name if the teacher asks for it, and
//! the link with its QR code. Nothing is sent anywhere: the student hands
//! the link in themselves.
//!
//! The page is prerendered with no assignment, as a fresh browser has none;
//! the one kept is read just after the first render.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::likelihood_choice::LATE_NOTE;
use crate::components::link_field::LinkField;
use crate::components::qr_code::QrCode;
use crate::components::route_link::RouteLink;
use crate::hooks::{use_answers, use_content, use_kept_assignment, use_origin, use_page_heading};
use crate::model::{Assignment, Likelihood, MAX_NAME_CHARS, share};
use crate::route::Route;
use crate::router::use_navigator;

/// One line of what the student has answered: what it is, and the answer,
/// or what is still open with a link to where to answer it.
fn answer_row(what: String, answer: Html) -> Html {
    html! {
        <div class="hand-in__row">
            <dt>{ what }</dt>
            <dd>{ answer }</dd>
        </div>
    }
}

/// An estimate as given, or, where it is not, what is said instead.
fn estimate(given: Option<Likelihood>, not_given: Html) -> Html {
    match given {
        Some(likelihood) => html! { likelihood.label() },
        None => not_given,
    }
}

/// Props for [`Response`].
#[derive(Properties, PartialEq)]
struct ResponseProps {
    /// The assignment kept in this browser.
    assignment: Rc<Assignment>,
    /// The page's origin, once the app has taken over; empty before.
    origin: AttrValue,
}

/// What the student has answered of the assignment, and their response link.
#[component]
fn Response(props: &ResponseProps) -> Html {
    let content = use_content();
    let answers = use_answers();
    let navigator = use_navigator();
    let name = use_state_eq(String::new);
    // A name not yet typed is not yet wrong.
    let typed = use_state_eq(|| false);
    let argument = &content.argument;
    let assignment = &props.assignment;

    let judgeable: Vec<_> = assignment
        .steps()
        .filter(|&index| argument[index].kind.direction().is_some())
        .collect();
    let judged = judgeable
        .iter()
        .filter(|&&index| answers.judgement(&argument[index].id).conviction.is_some())
        .count();
    let tally = match judgeable.len() {
        0 => {
            "None of the assigned steps asks for a judgement: your estimates are what you hand in."
                .to_owned()
        }
        1 if judged == 1 => {
            "You have judged the one assigned step that asks for a judgement.".to_owned()
        }
        1 => "You have not yet judged the one assigned step that asks for a judgement.".to_owned(),
        count => format!(
            "You have judged {judged} of the {count} assigned steps that ask for a judgement."
        ),
    };
    let steps = assignment.steps().map(|index| {
        let step = &argument[index];
        let judgement = answers.judgement(&step.id);
        let answer = match judgement.in_words() {
            Some(words) => html! { words },
            None if step.kind.direction().is_some() => html! {
                <>
                    { "Not judged yet. " }
                    <RouteLink to={Route::step(&step.id)}>{ format!("Go to step {}", index.number()) }</RouteLink>
                </>
            },
            None => html! { "This step asks for no judgement." },
        };
        answer_row(format!("Step {}: {}", index.number(), step.title), answer)
    });

    // The estimate before reading is asked only on the first page, which the
    // assignment link skips.
    let before = estimate(
        answers.before,
        html! {
            <>
                { "Not given. It is asked on " }
                <RouteLink to={Route::Start}>{ "the first page" }</RouteLink>
                { ", before reading." }
            </>
        },
    );
    // The response link carries the mark too, and the class page counts it apart.
    let before = if answers.is_before_late() {
        html! { <>{ before }{ format!(" ({LATE_NOTE})") }</> }
    } else {
        before
    };
    let after = estimate(
        answers.after,
        html! {
            <>
                { "Not given yet. " }
                <RouteLink to={Route::Verdict}>{ "Give it on your verdict page" }</RouteLink>
            </>
        },
    );

    let checked_name = assignment.asks_name.then(|| share::check_name(&name));
    let name_error = match &checked_name {
        Some(Err(share::NameError::Empty)) if *typed => {
            Some("Give your name or initials.".to_owned())
        }
        Some(Err(error)) if *typed => Some(format!("Check your name: {error}.")),
        _ => None,
    };
    let on_name = {
        let name = name.clone();
        let typed = typed.clone();
        Callback::from(move |event: InputEvent| {
            name.set(event.target_unchecked_into::<HtmlInputElement>().value());
            typed.set(true);
        })
    };
    let given_name = checked_name.as_ref().and_then(|name| name.as_ref().ok());
    let fragment = share::to_fragment(&answers, argument, given_name.map(String::as_str));
    // A link the class page would refuse is no link to hand in: one with no
    // answer in it (a weight given without a conviction is not shared).
    let missing = if share::from_fragment(&fragment, argument).is_err() {
        Some(
            "You have not answered anything yet. Your link carries your answers: give an estimate or judge a step, and it appears here.",
        )
    } else if matches!(checked_name, Some(Err(_))) {
        Some("Give your name or initials above, and your link appears here.")
    } else {
        None
    };
    let url = AttrValue::from(format!(
        "{}{}",
        props.origin,
        navigator.href(&Route::Verdict, Some(&fragment))
    ));

    html! {
        <>
            <p class="hand-in__assigned">{ assignment.label() }</p>
            if let Some(prompt) = &assignment.prompt {
                <p>
                    <span class="label">{ "Your teacher's words: " }</span>
                    <span class="prompt-words">{ prompt.clone() }</span>
                </p>
            }
            <section aria-labelledby="answered-title">
                <h2 id="answered-title">{ "What you have answered" }</h2>
                <p>{ tally }</p>
                <dl class="hand-in__answers">
                    { answer_row("Your estimate before reading".to_owned(), before) }
                    { for steps }
                    { answer_row("Your estimate after reading".to_owned(), after) }
                </dl>
            </section>
            <section aria-labelledby="response-title">
                <h2 id="response-title">{ "Your response link" }</h2>
                <p>
                    { "Nothing is sent by this page: copy the link, or show its QR code, and hand it in wherever your class works. " }
                    if assignment.asks_name {
                        { "Anyone who sees the link can read your answers, and your name if you give it." }
                    } else {
                        { "Anyone who sees the link can read your answers." }
                    }
                </p>
                <p>{ "The link carries all your answers, those on steps outside the assignment too, and opens them read-only on the verdict page." }</p>
                if assignment.asks_name {
                    <div class="field">
                        <label for="response-name">{ "Your name or initials" }</label>
                        <p id="response-name-hint" class="field__hint">
                            { format!("Your teacher asks for it, so that your link can be told apart from the others. It goes in the link: at most {MAX_NAME_CHARS} characters.") }
                        </p>
                        <input id="response-name" type="text" autocomplete="name" value={(*name).clone()} oninput={on_name} aria-invalid={name_error.is_some().then_some("true")} aria-describedby="response-name-hint response-name-error" />
                        <p id="response-name-error" class="field__error" role="status">{ name_error.unwrap_or_default() }</p>
                    </div>
                }
                if let Some(missing) = missing {
                    <p class="hand-in__missing">{ missing }</p>
                } else {
                    <LinkField id="response-link" label="Response link" url={url.clone()} />
                    // A QR code of an address without its origin would lead nowhere.
                    if !props.origin.is_empty() {
                        <QrCode text={url} label="QR code of your response link" />
                    }
                }
            </section>
        </>
    }
}

/// Where a student makes the response link that hands in their answers.
#[component]
pub fn HandInPage() -> Html {
    let content = use_content();
    let title = Route::HandIn.title(&content);
    let heading = use_page_heading(title.clone());
    let kept = use_kept_assignment();
    let origin = use_origin();
    html! {
        <div class="hand-in">
            <h1 tabindex="-1" ref={heading}>{ title }</h1>
            if let Some(assignment) = kept.get() {
                <Response {assignment} {origin} />
            } else {
                <p>{ "This page makes a response link for an assignment a teacher gave you. Open the assignment link from your teacher: this browser then keeps the assignment while you read its steps, and the last of them leads here." }</p>
                <p>
                    { "No assignment is kept in this browser. To share your answers without one, use the link on " }
                    <RouteLink to={Route::Verdict}>{ "your verdict page" }</RouteLink>
                    { "." }
                </p>
            }
        </div>
    }
}
