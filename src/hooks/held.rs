//! A model state held by yew as a reducer: the progress, the answers and
//! the assignment followed, each changed only by its model's actions. Its
//! own module, below the context, the saved state and the assignment
//! followed, which all build on it.

use std::ops::Deref;
use std::rc::Rc;

use yew::prelude::*;

use model::{AnswerAction, Answers, FollowAction, Following, Progress, ProgressAction};

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
