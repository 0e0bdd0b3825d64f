//! Where a student makes the response link that hands in their answers:
//! what they have answered of the assignment followed in this browser, with
//! links to what is still open, their estimate after reading with a reason
//! for their view, their name if the teacher asks for it, and the link with
//! its QR code, which opens on the teacher's class page. Nothing is sent
//! anywhere: the student hands the link in themselves, then may clear the
//! device for the next student.
//!
//! The page is prerendered with no assignment, as a fresh browser has none;
//! the one kept is read just after the first render.

use std::rc::Rc;

use wasm_bindgen::prelude::wasm_bindgen;
use yew::prelude::*;

use crate::components::answering::answering;
use crate::components::estimate_choice::{EstimateChoice, LATE_NOTE, after_legend};
use crate::components::link_field::LinkField;
use crate::components::name_field::{name_field, use_name_field};
use crate::components::qr_code::QrCode;
use crate::components::reason_field::ReasonField;
use crate::components::route_link::RouteLink;
use crate::hooks::{use_answers, use_content, use_following, use_origin, use_page_heading};
use crate::route::Route;
use crate::router::use_navigator;
use model::response::{MAX_VIEW_REASON_CHARS, Response};
use model::{AnswerAction, Choice, FollowAction, Followed, MAX_NAME_CHARS, Point};

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
fn estimate(given: Option<Point>, not_given: Html) -> Html {
    match given {
        Some(point) => html! { point.label() },
        None => not_given,
    }
}

#[wasm_bindgen]
extern "C" {
    /// The browser's `Date.now()`: the milliseconds since the Unix epoch.
    #[wasm_bindgen(js_namespace = Date, js_name = now)]
    fn date_now() -> f64;
}

/// The minutes since the Unix epoch now: the hand-in counter a response
/// carries, so that the latest of one student's counts.
fn minutes_now() -> u32 {
    (date_now() / 60_000.0) as u32
}

/// What a student who is done is asked before this device forgets their
/// answers.
const CLEAR_CONFIRMATION: &str = "Clear this device for the next student? Your answers to this assignment are forgotten here: hand in your link first.";

/// Props for [`ResponseForm`].
#[derive(Properties, PartialEq)]
struct ResponseFormProps {
    /// The assignment followed in this browser, and who is answering it.
    followed: Rc<Followed>,
    /// The page's origin, once the app has taken over; empty before.
    origin: AttrValue,
}

/// What the student has answered of the assignment, their estimate after
/// reading and its reason, and their response link.
#[component]
fn ResponseForm(props: &ResponseFormProps) -> Html {
    let content = use_content();
    let answers = use_answers();
    let following = use_following();
    let navigator = use_navigator();
    let argument = &content.argument;
    let assignment = &props.followed.assignment;
    let start = &props.followed.start;

    let judgeable: Vec<_> = assignment
        .steps()
        .filter(|&index| argument[index].kind.is_judged())
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
            Some(words) => html! {
                <>
                    { words }
                    if let Some(reason) = answers.reason(&step.id) {
                        <span class="hand-in__reason">{ format!("Your reason: {reason}") }</span>
                    }
                </>
            },
            None if step.kind.is_judged() => html! {
                <>
                    { "Not judged yet. " }
                    <RouteLink to={Route::step(&step.id)}>{ format!("Go to step {}", index.number()) }</RouteLink>
                </>
            },
            None => html! { "This step asks for no judgement." },
        };
        answer_row(argument.label(index), answer)
    });

    // The estimate before reading is asked on the assignment's first
    // screen, before any step: after reading, it is never asked again.
    let before = estimate(answers.before, html! { "Not given before reading." });
    // The response link carries the mark too, and the class page counts it apart.
    let before = if answers.is_before_late() {
        html! { <>{ before }{ format!(" ({LATE_NOTE})") }</> }
    } else {
        before
    };

    let on_after = {
        let answers = answers.clone();
        Callback::from(move |point| answers.dispatch(AnswerAction::After(point)))
    };
    let on_view_reason = {
        let answers = answers.clone();
        Callback::from(move |reason| answers.dispatch(AnswerAction::ViewReason(reason)))
    };

    let name = use_name_field(start);
    let missing = if answers.is_empty() {
        Some(
            "You have not answered anything yet. Your link carries your answers: give an estimate or judge a step, and it appears here.",
        )
    } else if assignment.asks_name && start.name.is_none() {
        Some("Give your name or initials above, and your link appears here.")
    } else {
        None
    };
    let response = Response {
        assignment: assignment.id,
        start: start.id,
        handed_in: minutes_now(),
        name: start.name.clone().filter(|_| assignment.asks_name),
        answers: answers.0.clone(),
    };
    let url = AttrValue::from(format!(
        "{}{}",
        props.origin,
        navigator.href(&Route::Class, Some(&response.to_fragment(argument)))
    ));
    let done = {
        let navigator = navigator.clone();
        let following = following.clone();
        let fragment = assignment.to_fragment(argument);
        Callback::from(move |_: MouseEvent| {
            let agreed = gloo::utils::window()
                .confirm_with_message(CLEAR_CONFIRMATION)
                .unwrap_or(false);
            if agreed {
                following.dispatch(FollowAction::Done);
                // The next student starts on the assignment's first screen.
                navigator.push(&Route::Assignment, Some(&fragment));
            }
        })
    };

    html! {
        <>
            <p class="hand-in__assigned">{ assignment.label() }</p>
            if let Some(prompt) = &assignment.prompt {
                <p>
                    <span class="label">{ "Your teacher's words: " }</span>
                    <span class="prompt-words">{ prompt.clone() }</span>
                </p>
            }
            { answering(&following, &answers) }
            <section aria-labelledby="answered-title">
                <h2 id="answered-title">{ "What you have answered" }</h2>
                <p>{ tally }</p>
                <dl class="hand-in__answers">
                    { answer_row("Your estimate before reading".to_owned(), before) }
                    { for steps }
                </dl>
            </section>
            <section class="hand-in__after" aria-labelledby="after-title">
                <h2 id="after-title">{ "After reading" }</h2>
                <EstimateChoice name={Choice::After.name()} legend={after_legend()} value={answers.after} on_change={on_after} />
                <ReasonField
                    id="view-reason"
                    label="Your own reason for your view, in a sentence (optional)"
                    value={AttrValue::from(answers.view_reason().unwrap_or_default().to_owned())}
                    max={MAX_VIEW_REASON_CHARS}
                    on_change={on_view_reason}
                />
            </section>
            <section aria-labelledby="response-title">
                <h2 id="response-title">{ "Your response link" }</h2>
                <p>
                    { "Nothing is sent by this page: copy the link, or show its QR code, and hand it in wherever your class works. " }
                    if assignment.asks_name {
                        { "Anyone who sees the link can read your answers and reasons, and your name." }
                    } else {
                        { "Anyone who sees the link can read your answers and reasons." }
                    }
                </p>
                if assignment.asks_name {
                    { name_field("response-name", format!("Your teacher asks for it, so that your link can be told apart from the others. It goes in the link: at most {MAX_NAME_CHARS} characters."), name) }
                }
                if let Some(missing) = missing {
                    <p class="hand-in__missing">{ missing }</p>
                } else {
                    <LinkField id="response-link" label="Response link" url={url.clone()} />
                    // A QR code of an address without its origin would lead nowhere.
                    if !props.origin.is_empty() {
                        <QrCode text={url} label="QR code of your response link" screen_only=true />
                    }
                    <section class="hand-in__done" aria-labelledby="done-title">
                        <h2 id="done-title">{ "Handed in?" }</h2>
                        <p>{ "On a shared device, clear it once your link is handed in: the next student then starts with no answers." }</p>
                        <p>
                            <button type="button" class="button" onclick={done}>{ "Done — clear this device for the next student" }</button>
                        </p>
                    </section>
                }
            </section>
        </>
    }
}

/// Where a student makes the response link that hands in their answers.
#[component]
pub fn HandInPage() -> Html {
    let content = use_content();
    let title = Route::HandIn.title(content);
    let heading = use_page_heading(title.clone());
    let following = use_following();
    let origin = use_origin();
    html! {
        <div class="hand-in">
            <h1 tabindex="-1" ref={heading}>{ title }</h1>
            if let Some(followed) = following.followed() {
                // A new start is a new student: nothing typed carries over.
                <ResponseForm key={followed.start.id.to_string()} followed={followed.clone()} {origin} />
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
