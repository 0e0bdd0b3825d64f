//! The assignment a student follows, kept in localStorage while they walk
//! its steps: read once mounted, as the reader's state is, and
//! kept or forgotten only when the student opens an assignment link or
//! leaves the assignment.

use std::rc::Rc;

use yew::prelude::*;

use crate::hooks::context::use_content;
use crate::hooks::persisted::storage;
use crate::model::{Assignment, Content};

/// The localStorage key the assignment is kept under, as its link's
/// fragment (`a=2&id=…&from=…&to=…`, see [`Assignment::to_fragment`]).
pub const ASSIGNMENT_KEY: &str = "diplomacy-explainer.assignment";

/// The assignment kept in this browser, if any, read and checked as a link
/// is: what does not read as an assignment of this argument is no
/// assignment. It is not removed either: another version of the explainer,
/// open in another tab, may have kept it.
fn load(content: &Content) -> Option<Assignment> {
    let kept = storage()?.get_item(ASSIGNMENT_KEY).ok()??;
    Assignment::from_fragment(&kept, &content.argument).ok()
}

/// The assignment kept in this browser, and the ways to change it.
#[derive(Clone)]
pub struct KeptAssignment {
    assignment: UseStateHandle<Option<Rc<Assignment>>>,
    content: Rc<Content>,
}

impl KeptAssignment {
    /// The assignment kept; always `None` on the first render, which must
    /// match the page prerendered without it.
    pub fn get(&self) -> Option<Rc<Assignment>> {
        (*self.assignment).clone()
    }

    /// Keeps an assignment in place of any kept before.
    pub fn keep(&self, assignment: Assignment) {
        let saved = storage().map(|storage| {
            storage.set_item(
                ASSIGNMENT_KEY,
                &assignment.to_fragment(&self.content.argument),
            )
        });
        if !matches!(saved, Some(Ok(()))) {
            // The banner still shows it on this page; it is only not kept
            // for the next.
            gloo::console::warn!(format!("could not save {ASSIGNMENT_KEY}"));
        }
        self.assignment.set(Some(Rc::new(assignment)));
    }

    /// Forgets the assignment kept.
    pub fn forget(&self) {
        if let Some(storage) = storage() {
            let _ = storage.remove_item(ASSIGNMENT_KEY);
        }
        self.assignment.set(None);
    }
}

/// The assignment kept in this browser, read from storage just after the
/// first render (see [`crate::hooks::use_persisted`]).
#[hook]
pub fn use_kept_assignment() -> KeptAssignment {
    let content = use_content();
    let assignment = use_state_eq(|| None::<Rc<Assignment>>);
    {
        let assignment = assignment.clone();
        let content = content.clone();
        use_effect_with((), move |()| assignment.set(load(&content).map(Rc::new)));
    }
    KeptAssignment {
        assignment,
        content,
    }
}
