//! Who is answering the assignment followed on this device, said on every
//! page of it, with "Not you? Start fresh": on a shared device the next
//! student starts with no answers, never the last one's.

use yew::prelude::*;

use crate::hooks::assignment::{FollowingHandle, new_start};
use model::student::{answered, answered_in_words};
use model::{Answers, FollowAction};

/// What a student who is not the one answering is asked before the answers
/// on this device are cleared.
fn confirmation(count: usize) -> String {
    let answers = if count == 1 {
        "1 answer".to_owned()
    } else {
        format!("{count} answers")
    };
    format!(
        "Start fresh? This device's {answers} to this assignment will be cleared. If they are yours, hand them in first."
    )
}

/// Who is answering the assignment `following` holds, with how many
/// `answers` they have given, and the way for someone else to start fresh;
/// nothing where no assignment is followed.
pub fn answering(following: &FollowingHandle, answers: &Answers) -> Html {
    let Some(followed) = following.followed() else {
        return Html::default();
    };
    let count = answered(answers);
    let so_far = match count {
        0 => answered_in_words(answers),
        _ => format!("{} so far", answered_in_words(answers)),
    };
    let who = match &followed.start.name {
        Some(name) => format!("Answering as {name}: {so_far}."),
        None => format!("Answering on this device, with no name given: {so_far}."),
    };
    let start_fresh = {
        let following = following.clone();
        Callback::from(move |_: MouseEvent| {
            // Nothing to lose asks nothing.
            let agreed = count == 0
                || gloo::utils::window()
                    .confirm_with_message(&confirmation(count))
                    .unwrap_or(false);
            if agreed {
                // The button stays where it is, and focus with it.
                following.dispatch(FollowAction::StartFresh(
                    followed.assignment.clone(),
                    new_start(),
                ));
            }
        })
    };
    html! {
        <p class="answering">
            <span class="answering__who" role="status">{ who }</span>
            { " " }
            <button type="button" class="button button--small" onclick={start_fresh}>{ "Not you? Start fresh" }</button>
        </p>
    }
}
