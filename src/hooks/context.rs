//! The state the app provides to every component: the content, the
//! reader's progress and their answers, each changed only by its model's
//! actions.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::{AnswerAction, Answers, Content, Reader, ReaderAction};

/// Makes a model state a yew reducer: its actions go through its `apply`,
/// and an action that changes nothing keeps the state, so nothing re-renders.
macro_rules! reducible {
    ($state:ty, $action:ty) => {
        impl Reducible for $state {
            type Action = $action;

            fn reduce(self: Rc<Self>, action: $action) -> Rc<Self> {
                let next = self.apply(action);
                if next == *self { self } else { Rc::new(next) }
            }
        }
    };
}

reducible!(Reader, ReaderAction);
reducible!(Answers, AnswerAction);

/// The explainer's content, provided by the app.
#[hook]
pub fn use_content() -> Rc<Content> {
    use_context::<Rc<Content>>().expect("the app provides the content")
}

/// The reader's progress, provided by the app; dispatch [`ReaderAction`]s to change it.
#[hook]
pub fn use_reader() -> UseReducerHandle<Reader> {
    use_context::<UseReducerHandle<Reader>>().expect("the app provides the reader state")
}

/// The reader's answers, provided by the app; dispatch [`AnswerAction`]s to
/// change them.
#[hook]
pub fn use_answers() -> UseReducerHandle<Answers> {
    use_context::<UseReducerHandle<Answers>>().expect("the app provides the reader's answers")
}
