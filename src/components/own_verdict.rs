//! The reader's own verdict: their estimate after reading, their
//! answers summed up, a link that shares them, and a way to reset them.
//! Inside an assignment it leads back to the hand-in instead of sharing,
//! and the essay's answer waits for the student's estimate after reading.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::estimate_choice::{EstimateChoice, after_legend};
use crate::components::link_field::LinkField;
use crate::components::route_link::RouteLink;
use crate::components::summary_view::SummaryView;
use crate::hooks::{use_answers, use_content, use_following, use_origin};
use crate::route::Route;
use crate::router::use_navigator;
use model::{AnswerAction, Answers, Choice, Summary, share};

/// The reader's own verdict, with their estimate after reading, a share
/// link (or, inside an assignment, the way back to the hand-in) and a way to
/// reset them.
#[component]
pub fn OwnVerdict() -> Html {
    let content = use_content();
    let answers = use_answers();
    // Read once mounted: the first render, as prerendered, has none.
    let assigned = use_following().get().is_some();
    // Inside an assignment the estimate after reading is the student's own,
    // given before the essay's answer shows (as the guess is before
    // reading); once given here, the summary stays.
    let estimated_here = use_state_eq(|| false);
    let summary_shown = !assigned || answers.after.is_some() || *estimated_here;
    let navigator = use_navigator();
    let summary = Rc::new(Summary::of(&answers, &content.argument));
    let origin = use_origin();
    // The answers go after the `#`, which browsers never send to the host;
    // the two estimates go in the path too if the reader chose to show them
    // in the link's preview.
    let in_preview = use_state(|| false);
    let estimates = answers.before.zip(answers.after);
    let page = match estimates {
        Some((before, after)) if *in_preview => Route::SharedVerdict { before, after },
        _ => Route::Verdict,
    };
    let share_url = format!(
        "{origin}{}",
        navigator.href(
            &page,
            Some(&share::to_fragment(&answers, &content.argument, None))
        )
    );
    let on_preview = {
        let in_preview = in_preview.clone();
        Callback::from(move |event: Event| {
            in_preview.set(
                event
                    .target_unchecked_into::<web_sys::HtmlInputElement>()
                    .checked(),
            );
        })
    };
    let host_sees = match page {
        Route::SharedVerdict { before, after } => format!(
            "The site's host will see your two estimates in the address (before reading: {}; after: {}), but none of your other answers.",
            before.label().to_lowercase(),
            after.label().to_lowercase()
        ),
        _ => "The site's host sees none of your answers.".to_owned(),
    };
    let on_after = {
        let answers = answers.clone();
        let estimated_here = estimated_here.clone();
        Callback::from(move |value| {
            estimated_here.set(true);
            answers.dispatch(AnswerAction::After(value));
        })
    };
    // What "Clear my answers" took away, kept until the reader leaves the
    // page, so that one click can bring it back.
    let forgotten = use_state(|| None::<Answers>);
    // Each of the two buttons is gone (Undo) or disabled (Clear my answers)
    // once clicked, which would leave focus on the page's body: focus goes
    // to the other, once the render that shows it is done.
    let clear_button = use_node_ref();
    let undo_button = use_node_ref();
    let refocus = use_mut_ref(|| None::<NodeRef>);
    let reset = {
        let answers = answers.clone();
        let forgotten = forgotten.clone();
        let refocus = refocus.clone();
        let undo_button = undo_button.clone();
        Callback::from(move |_: MouseEvent| {
            forgotten.set(Some(answers.0.clone()));
            answers.dispatch(AnswerAction::Reset);
            *refocus.borrow_mut() = Some(undo_button.clone());
        })
    };
    let undo = {
        let answers = answers.clone();
        let forgotten = forgotten.clone();
        let refocus = refocus.clone();
        let clear_button = clear_button.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(saved) = (*forgotten).clone() {
                answers.dispatch(AnswerAction::Restore(saved));
            }
            forgotten.set(None);
            *refocus.borrow_mut() = Some(clear_button.clone());
        })
    };
    use_effect(move || {
        let button = refocus.borrow_mut().take();
        if let Some(button) = button.and_then(|button| button.cast::<web_sys::HtmlElement>()) {
            let _ = button.focus();
        }
    });
    html! {
        <>
            <p>{ "Your answers stay in this browser; nothing is sent anywhere." }</p>
            <EstimateChoice name={Choice::After.name()} legend={after_legend()} value={answers.after} on_change={on_after} />
            if assigned {
                <div class="verdict__hand-in">
                    <p>{ "This page is part of your assignment. When you have given your estimate, hand in your answers." }</p>
                    <p><RouteLink to={Route::HandIn} classes={classes!("button", "button--primary")}>{ "Hand in your answers" }</RouteLink></p>
                </div>
            }
            if summary_shown {
                <SummaryView summary={summary} shared={false} before_late={answers.is_before_late()} />
            } else {
                <p class="verdict__held">{ "The essay's answer, and how your answers compare with it, show here once you have given your estimate after reading." }</p>
            }
            // Inside an assignment the hand-in is the one link to give: a
            // second, nameless one would be handed in in its place.
            if !assigned {
                <section aria-labelledby="share-title" class="share">
                    <h2 id="share-title">{ "Share your view" }</h2>
                    <p>{ "Anyone who has this link can see your answers, read-only, including the chat or mail service you send it through; unless you tick the box below, they all sit after the # sign, which browsers never send to this site's host. Their own answers are not touched." }</p>
                    <p class="share__preview">
                        <input id="share-preview" type="checkbox" checked={*in_preview} disabled={estimates.is_none()} onchange={on_preview} />
                        <label for="share-preview">{ "Show my two estimates in the link's preview (this puts them in the address, which the site's host sees)" }</label>
                    </p>
                    <p class="share__host">
                        if estimates.is_none() {
                            { "Give both estimates to show them in the preview. " }
                        }
                        { host_sees }
                    </p>
                    <LinkField id="share-link" label="Link to your answers" url={share_url} />
                </section>
            }
            <section aria-labelledby="clear-title" class="clear">
                <h2 id="clear-title">{ "Start again" }</h2>
                <p>
                    if assigned {
                        { "Clearing forgets your answers to this assignment kept in this browser: your estimates, your judgement of each step and your reasons. Your place in the argument is kept." }
                    } else {
                        { "Clearing forgets every answer kept in this browser: your estimates and your judgement of each step. Your place in the argument is kept." }
                    }
                </p>
                <p><button type="button" class="button" ref={clear_button} onclick={reset} disabled={answers.is_empty()}>{ "Clear my answers" }</button></p>
                <p class="clear__status" role="status">
                    if forgotten.is_some() {
                        { "Your answers have been cleared. " }
                        <button type="button" class="button" ref={undo_button} onclick={undo}>{ "Undo" }</button>
                    }
                </p>
            </section>
        </>
    }
}
