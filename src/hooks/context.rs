//! The state the app provides to every component: the content, the
//! reader's progress, their answers and the assignment followed, each
//! changed only by its model's actions.

use std::ops::Deref;
use std::rc::Rc;

use yew::prelude::*;

use crate::hooks::assignment::FollowingHandle;
use model::{AnswerAction, Answers, Content, FollowAction, Following, Progress, ProgressAction};

/// A model state that changes only by its own actions: the progress, the
/// answers and the assignment followed. The model knows nothing of yew, so yew's [`Reducible`] is
/// implemented for [`Held`] around it.
pub trait Applies: Clone + PartialEq + 'static {
    /// What changes the state.
    type Action;
    /// The state after the action.
    fn apply(&self, action: Self::Action) -> Self;
}

impl Applies for Progress {
    type Action = ProgressAction;

    fn apply(&self, action: ProgressAction) -> Progress {
        Progress::apply(self, action)
    }
}

impl Applies for Answers {
    type Action = AnswerAction;

    fn apply(&self, action: AnswerAction) -> Answers {
        Answers::apply(self, action)
    }
}

impl Applies for Following {
    type Action = FollowAction;

    fn apply(&self, action: FollowAction) -> Following {
        Following::apply(self, action)
    }
}

/// A model state held by yew as a reducer: its actions go through its
/// `apply`, and an action that changes nothing keeps the state, so nothing
/// re-renders. It reads as the state it holds.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Held<T>(pub T);

impl<T> Deref for Held<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: Applies> Reducible for Held<T> {
    type Action = T::Action;

    fn reduce(self: Rc<Self>, action: T::Action) -> Rc<Self> {
        let next = self.0.apply(action);
        if next == self.0 {
            self
        } else {
            Rc::new(Held(next))
        }
    }
}

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
