//! The state the app provides to every component: the content, the
//! reader's progress, their answers and the assignment followed, each
//! changed only by its model's actions.

use yew::prelude::*;

use crate::hooks::assignment::FollowingHandle;
use crate::hooks::held::Held;
use model::{Answers, Content, Progress};

/// The explainer's content, as the build checked and embedded it: a static,
/// the same for every component, so no context provides it. (A hook, as
/// the components call it among their hooks.)
#[hook]
pub fn use_content() -> &'static Content {
    Content::get()
}

/// What the app provides to every page, in one context (one provider,
/// where one for each would each be code of its own): the reader's
/// progress, the assignment followed and the answers in use.
#[derive(Clone, PartialEq)]
pub struct Provided {
    /// The reader's progress.
    pub progress: UseReducerHandle<Held<Progress>>,
    /// The assignment followed.
    pub following: FollowingHandle,
    /// The answers in use: the reader's own, or the student's while an
    /// assignment is followed.
    pub answers: UseReducerHandle<Held<Answers>>,
}

/// What the app provides.
#[hook]
fn use_provided() -> Provided {
    use_context::<Provided>().expect("the app provides the reader's state")
}

/// The reader's progress, provided by the app; dispatch [`ProgressAction`]s to change it.
#[hook]
pub fn use_progress() -> UseReducerHandle<Held<Progress>> {
    use_provided().progress
}

/// The reader's answers, provided by the app; dispatch [`AnswerAction`]s to
/// change them.
#[hook]
pub fn use_answers() -> UseReducerHandle<Held<Answers>> {
    use_provided().answers
}

/// The assignment followed, as the app provides it (see
/// [`crate::hooks::assignment::use_following_state`]).
#[hook]
pub fn use_following() -> FollowingHandle {
    use_provided().following
}
