//! The assignment a student follows, at the top of each step page and of
//! the verdict: which
//! steps are assigned, the teacher's words, who is answering (with "Not
//! you? Start fresh"), where this step stands if it is not one of them,
//! and, on the last, the way to hand in. On a phone it stays short, so that
//! the step's own heading is on the first screen: a long prompt folds away,
//! but on the first step assigned, where the student meets it.
//! A step opened with an assignment link (`#a=…`) passes it on to the
//! assignment's first screen, which reads it.

use web_sys::HtmlElement;
use yew::prelude::*;

use crate::components::answering::answering;
use crate::components::route_link::RouteLink;
use crate::hooks::{use_answers, use_content, use_following};
use crate::route::Route;
use crate::router::{use_location, use_navigator};
use model::argument::in_sentence;
use model::{Argument, Assignment, FollowAction, StepIndex};

/// Props for [`AssignmentBanner`].
#[derive(Properties, PartialEq)]
pub struct AssignmentBannerProps {
    /// The step shown; none on the verdict, which is no step's.
    pub step: Option<StepIndex>,
}

/// A prompt longer than this, in characters, or of more lines than
/// [`LONG_PROMPT_LINES`], folds away on a phone.
const LONG_PROMPT_CHARS: usize = 100;

/// See [`LONG_PROMPT_CHARS`].
const LONG_PROMPT_LINES: usize = 2;

/// Whether a prompt is long enough to fold away on a phone.
fn is_long(prompt: &str) -> bool {
    prompt.chars().count() > LONG_PROMPT_CHARS || prompt.lines().count() > LONG_PROMPT_LINES
}

/// The teacher's words: in full, or, where they are long, in a disclosure
/// that is open unless `folded`.
fn prompt_words(prompt: &str, folded: bool) -> Html {
    let words = html! { <span class="prompt-words">{ prompt.to_owned() }</span> };
    if is_long(prompt) {
        html! {
            <details class="assignment__prompt" open={!folded}>
                <summary><span class="label">{ "Your teacher's words" }</span></summary>
                <p>{ words }</p>
            </details>
        }
    } else {
        html! {
            <p class="assignment__prompt">
                <span class="label">{ "Your teacher's words: " }</span>
                { words }
            </p>
        }
    }
}

/// Where the step shown stands in the assignment, in words, with a link
/// onward where it is the last or outside it; nothing on the others, whose
/// place the page's own position line ("Step n of m") gives. The verdict,
/// no step, leads back to the hand-in.
fn where_it_stands(assignment: &Assignment, step: Option<StepIndex>, argument: &Argument) -> Html {
    let Some(step) = step else {
        return html! {
            <p>
                { "Your verdict stays with you: what your teacher gets is what you hand in. " }
                <RouteLink to={Route::HandIn}>{ "Hand in your answers" }</RouteLink>
                { "." }
            </p>
        };
    };
    if assignment.is_last(step) {
        html! {
            <>
                <p>{ "This is the last step of the assignment. When you have answered all you want to answer, hand in your answers." }</p>
                <p class="assignment__hand-in">
                    <RouteLink to={Route::HandIn} classes={classes!("button", "button--primary")}>{ "Hand in your answers" }</RouteLink>
                </p>
            </>
        }
    } else if assignment.covers(step) {
        Html::default()
    } else if step < assignment.first {
        html! {
            <p>
                { "This step is not part of the assignment. " }
                <RouteLink to={Route::step(&argument[assignment.first].id)}>
                    { format!("Go to {}", in_sentence(&argument.label(assignment.first))) }
                </RouteLink>
                { ", where it begins." }
            </p>
        }
    } else {
        html! {
            <p>
                { format!("This step is not part of the assignment, which ends at step {}. ", assignment.last.number()) }
                <RouteLink to={Route::HandIn}>{ "Hand in your answers" }</RouteLink>
                { "." }
            </p>
        }
    }
}

/// The assignment followed in this browser; nothing where there is none.
#[component]
pub fn AssignmentBanner(props: &AssignmentBannerProps) -> Html {
    let content = use_content();
    let following = use_following();
    let answers = use_answers();
    let location = use_location();
    let navigator = use_navigator();
    // Leave and Undo take each other's place; the one shown takes focus
    // from the one pressed, which is gone.
    let swapped = use_node_ref();
    let pressed = use_mut_ref(|| false);
    // Whether the screen is a phone's; known only in the browser, where
    // alone an assignment is ever shown.
    let on_phone = use_state_eq(|| false);
    {
        let on_phone = on_phone.clone();
        use_effect_with((), move |()| {
            // The stylesheets say which layout applies (variables.css).
            let layout = gloo::utils::window()
                .get_computed_style(&gloo::utils::document_element())
                .ok()
                .flatten()
                .and_then(|style| style.get_property_value("--layout").ok());
            on_phone.set(layout.is_some_and(|layout| layout.trim() == "phone"));
        });
    }
    {
        // The router reveals the fragment only after the first render, which
        // must match the page prerendered without it. An assignment link
        // to a step is read where every assignment link is: on the
        // assignment's first screen, which asks whose answers to follow.
        use_effect_with(location.fragment.clone(), move |fragment| {
            if fragment.starts_with("a=") {
                navigator.replace(&Route::Assignment, Some(fragment));
            }
        });
    }
    {
        // Opening a step may be reading it, which the model says.
        let following = following.clone();
        let followed = following.get().map(|assignment| assignment.id);
        use_effect_with((props.step, followed), move |(step, _)| {
            if let Some(step) = step {
                following.dispatch(FollowAction::Opened(*step));
            }
        });
    }
    {
        // The assignment just left is offered back until the student goes
        // to another step.
        let following = following.clone();
        use_effect_with(props.step, move |_| following.dispatch(FollowAction::Moved));
    }
    let left = following.left();
    {
        let swapped = swapped.clone();
        let pressed = pressed.clone();
        use_effect_with(left.is_some(), move |_| {
            if pressed.replace(false)
                && let Some(button) = swapped.cast::<HtmlElement>()
            {
                let _ = button.focus();
            }
        });
    }
    let leave = {
        let following = following.clone();
        let pressed = pressed.clone();
        Callback::from(move |_: MouseEvent| {
            *pressed.borrow_mut() = true;
            following.dispatch(FollowAction::Leave);
        })
    };
    let undo = {
        let following = following.clone();
        Callback::from(move |_: MouseEvent| {
            *pressed.borrow_mut() = true;
            following.dispatch(FollowAction::Undo);
        })
    };

    let assignment = following.get();
    if assignment.is_none() && left.is_none() {
        return Html::default();
    }
    html! {
        <div class="assignment" role="region" aria-label="Assignment">
            if let Some(assignment) = &assignment {
                <p class="assignment__label">{ assignment.label() }</p>
                if let Some(prompt) = &assignment.prompt {
                    // Where the assignment begins the student reads the
                    // prompt in full, on a phone too; on its later steps a
                    // long one folds away there.
                    { prompt_words(prompt, *on_phone && props.step != Some(assignment.first)) }
                }
                { answering(&following, &answers) }
                { where_it_stands(assignment, props.step, &content.argument) }
                <p class="assignment__note">{ "Nothing you answer is sent anywhere: your answers stay in this browser until you hand in a link yourself. Anyone who sees that link can read the answers in it." }</p>
                <p class="assignment__leave">
                    <button type="button" class="button button--small" ref={swapped.clone()} onclick={leave} aria-describedby="assignment-leave-hint">{ "Leave the assignment" }</button>
                </p>
                <p id="assignment-leave-hint" class="assignment__hint">{ "If you leave, your answers to it stay in this browser, kept apart from any others." }</p>
            }
            <p class="assignment__status" role="status">
                if left.is_some() {
                    { "You have left the assignment; the steps work as usual. " }
                    <button type="button" class="button button--small" ref={swapped} onclick={undo}>{ "Undo" }</button>
                }
            </p>
        </div>
    }
}
