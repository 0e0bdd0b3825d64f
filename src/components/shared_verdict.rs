//! A verdict someone shared in a link: shown read-only, never stored, or
//! refused with the reason. As on the start page, the one who opens it is
//! asked for their own guess first: until they give it, or skip it with one
//! click, nothing of the sharer's answers, the essay's answer or the steps'
//! titles is on the page at all (not merely hidden). The answers travel in
//! the link's fragment, which only the app reads: the prerendered page, and
//! a browser without JavaScript, show none of them, so there is nothing to
//! hold back there.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::beside::beside;
use crate::components::estimate_choice::{
    EstimateChoice, before_given, before_legend, guess_heading, use_guess,
};
use crate::components::route_link::RouteLink;
use crate::components::summary_view::SummaryView;
use crate::hooks::{use_answers, use_content, use_progress};
use crate::route::Route;
use model::{Choice, Summary, share};

/// Props for [`SharedVerdict`].
#[derive(Properties, PartialEq)]
pub struct SharedVerdictProps {
    /// The share link's fields, as text: its fragment (or, in a link made
    /// before, its query).
    pub fields: AttrValue,
}

/// Answers someone shared, read-only, once the reader has given their own
/// guess or skipped it, or why the link cannot be read. Only a reader with a
/// guess still to protect is asked: one who has guessed sees their guess as
/// given, and one who has read a step without guessing has seen the steps'
/// titles already. A reader who has not answered yet is invited to read the
/// argument; one who has sees their own answers beside the shared ones.
#[component]
pub fn SharedVerdict(props: &SharedVerdictProps) -> Html {
    let content = use_content();
    let answers = use_answers();
    let progress = use_progress();
    let skipped = use_state(|| false);
    // A guess given here by a reader who has read a step is marked late,
    // as on the start page.
    let (on_before, answered_here) = use_guess(progress.last().is_some());
    let skip = {
        let skipped = skipped.clone();
        Callback::from(move |_: MouseEvent| skipped.set(true))
    };
    let given = before_given(&answers);
    let asking = given.is_none() && progress.last().is_none() && !*skipped;
    let own = if answers.is_empty() {
        html! {
            <p class="invitation">
                { "You have not answered yet. Read the essay's argument yourself, step by step, and your answers will stand beside theirs here. " }
                <RouteLink to={Route::Start} classes={classes!("button")}>{ "Read the argument yourself" }</RouteLink>
            </p>
        }
    } else {
        html! {
            <p><RouteLink to={Route::Verdict} classes={classes!("button")}>{ "See your own verdict" }</RouteLink></p>
        }
    };
    let guess = html! {
        <section class="before" aria-labelledby="shared-guess-title">
            { guess_heading("shared-guess-title", given.as_deref()) }
            if asking {
                <p class="before__intro">{ "Someone shared their answers with you. Before you see them, or the essay's answer: what do you think? Your guess is kept in this browser only, as your own estimate before reading." }</p>
            }
            if given.is_none() || answered_here {
                <EstimateChoice name={Choice::Before.name()} legend={before_legend()} value={answers.before} on_change={on_before} />
            }
            if asking {
                <p><button type="button" class="button" onclick={skip}>{ "Skip, just show their answers" }</button></p>
            }
        </section>
    };
    match share::from_fragment(&props.fields, &content.argument) {
        Ok(_) if asking => guess,
        Ok(shared) => {
            let theirs = Rc::new(Summary::of(&shared.answers, &content.argument));
            html! {
                <>
                    if given.is_some() {
                        { guess }
                    }
                    <p class="notice" role="note">
                        { "You are looking at answers someone shared with you. They are shown here only: your own answers are unchanged." }
                    </p>
                    { own }
                    if !answers.is_empty() {
                        { beside(&theirs, &Summary::of(&answers, &content.argument)) }
                    }
                    <SummaryView summary={theirs} shared={true} before_late={shared.answers.is_before_late()} />
                </>
            }
        }
        Err(error) => html! {
            <>
                <p class="notice notice--error" role="alert">
                    { format!("This shared link cannot be read: {error}. Your own answers are unchanged.") }
                </p>
                { own }
            </>
        },
    }
}
