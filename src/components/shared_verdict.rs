//! A verdict someone shared in a link: shown read-only, never stored, or
//! refused with the reason.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::beside::Beside;
use crate::components::route_link::RouteLink;
use crate::components::summary_view::SummaryView;
use crate::hooks::{use_answers, use_content};
use crate::model::{Summary, share};
use crate::route::Route;

/// Props for [`SharedVerdict`].
#[derive(Properties, PartialEq)]
pub struct SharedVerdictProps {
    /// The share link's answers: its fragment (or, in a link made before,
    /// its query).
    pub answers: AttrValue,
}

/// Answers someone shared, read-only, or why the link cannot be read. A
/// reader who has not answered yet is invited to read the argument; one who
/// has sees their own answers beside the shared ones.
#[component]
pub fn SharedVerdict(props: &SharedVerdictProps) -> Html {
    let content = use_content();
    let answers = use_answers();
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
    match share::from_fragment(&props.answers, &content.argument) {
        Ok(shared) => {
            let theirs = Rc::new(Summary::of(&shared.answers, &content.argument));
            html! {
                <>
                    <p class="notice" role="note">
                        { "You are looking at answers someone shared with you. They are shown here only: your own answers are unchanged." }
                    </p>
                    { own }
                    if !answers.is_empty() {
                        <Beside theirs={theirs.clone()} yours={Rc::new(Summary::of(&answers, &content.argument))} />
                    }
                    <SummaryView summary={theirs} shared={true} />
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
