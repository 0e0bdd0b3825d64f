//! The assignment a student follows and the starts this device holds, as
//! the app provides them ([`FollowingHandle`], [`use_following`]): the
//! model's [`Following`], changed only by
//! [`FollowAction`]s and kept in localStorage as every saved state is
//! (`use_persisted`), and the key the answers in use are saved under.
//!
//! Answers are scoped to one student and one assignment: while an
//! assignment is followed, the app's answers are that start's own, saved
//! under a key of their own (the assignment's id and the start's), never
//! the reader's own answers (left untouched under their usual key, and
//! back when the assignment is left) nor another assignment's. The answers
//! of a start the state no longer holds (started fresh, or done with) are
//! removed from this device.

use std::rc::Rc;

use yew::prelude::*;

use crate::hooks::held::Held;
use crate::hooks::persisted::{load_from, storage, use_persisted};
use model::assignment::AssignmentId;
use model::student::StartId;
use model::{Answers, Assignment, Content, FollowAction, Followed, Following, Saved, Start};

/// The id of a new start, for [`FollowAction::Follow`] and
/// [`FollowAction::StartFresh`]: the browser's `Math.random()`, as the
/// teacher's page mints an assignment's id, since a start id needs no more
/// than to differ from the other starts of one assignment.
pub fn new_start() -> StartId {
    // `Math.random()` is below 1, so the product fits in 32 bits.
    StartId::from_bits((js_sys::Math::random() * 4_294_967_296.0) as u32)
}

/// The key the answers of one start of an assignment are saved under.
fn answers_key(assignment: &AssignmentId, start: &StartId) -> String {
    format!("{}.{assignment}.{start}", Answers::key())
}

/// What storage holds of what is followed, read at once.
fn load_now(content: &Content) -> Following {
    storage()
        .and_then(|storage| storage.get_item(&Following::key()).ok().flatten())
        .map(|saved| Following::from_saved(&saved, &content.argument))
        .unwrap_or_default()
}

/// The assignment followed in this browser, to read and to change by
/// [`FollowingHandle::dispatch`].
#[derive(Clone)]
pub struct FollowingHandle {
    /// What is followed: read from storage on the first render in the
    /// browser (only the answers' key depends on it then), and the empty
    /// state on the server.
    state: UseReducerHandle<Held<Following>>,
    /// Whether the app has rendered once: what is followed is shown only
    /// then, as the page was prerendered without it.
    mounted: bool,
}

impl PartialEq for FollowingHandle {
    fn eq(&self, other: &FollowingHandle) -> bool {
        self.state == other.state && self.mounted == other.mounted
    }
}

impl FollowingHandle {
    /// The state, once it may be shown: the empty state on the first
    /// render, which must match the page prerendered without it.
    fn shown(&self) -> Option<&Following> {
        self.mounted.then_some(&self.state.0)
    }

    /// The assignment followed; always `None` on the first render.
    pub fn get(&self) -> Option<Assignment> {
        self.shown()?.assignment().cloned()
    }

    /// The assignment followed and who is answering it; `None` on the first
    /// render, as [`FollowingHandle::get`].
    pub fn followed(&self) -> Option<Rc<Followed>> {
        self.shown()?.followed().map(Rc::new)
    }

    /// The assignment just left, offered back; `None` on the first render.
    pub fn left(&self) -> Option<Assignment> {
        self.shown()?.left().cloned()
    }

    /// The key the answers in use are saved under: the start's own while an
    /// assignment is followed, the reader's own otherwise. Known from the
    /// first render in the browser, which it does not change.
    pub fn answers_key(&self) -> AttrValue {
        match self.state.answers_scope() {
            Some((assignment, start)) => answers_key(&assignment, &start).into(),
            None => Answers::key().into(),
        }
    }

    /// The start this device holds of an assignment, with its answers, if
    /// it holds one.
    pub fn start_held(&self, assignment: &Assignment) -> Option<(Start, Answers)> {
        let start = self.state.start_of(assignment.id)?.clone();
        let answers = load_from(
            &answers_key(&assignment.id, &start.id),
            &Content::get().argument,
        );
        Some((start, answers))
    }

    /// Changes what is followed.
    pub fn dispatch(&self, action: FollowAction) {
        self.state.dispatch(action);
    }
}

/// The assignment followed in this browser, for the app to provide: read
/// from storage on the first render in the browser (never on the server,
/// `prerendering`), shown once `mounted`, and saved on every change. The
/// answers of a start it no longer holds are removed.
#[hook]
pub fn use_following_state(prerendering: bool, mounted: bool) -> FollowingHandle {
    let first = use_memo((), move |()| {
        if prerendering {
            Following::default()
        } else {
            load_now(Content::get())
        }
    });
    let state = use_persisted(
        (*first).clone(),
        Following::default(),
        Following::key().into(),
    );
    let before = use_mut_ref(|| None::<Following>);
    use_effect_with(state.clone(), move |state| {
        let Some(before) = before.replace(Some(state.0.clone())) else {
            return;
        };
        for (assignment, start) in before.forgotten(&state.0) {
            let key = answers_key(&assignment, &start);
            if storage().is_none_or(|storage| storage.remove_item(&key).is_err()) {
                gloo::console::warn!(format!("could not remove {key}"));
            }
        }
    });
    FollowingHandle { state, mounted }
}
