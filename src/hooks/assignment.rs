//! The assignment a student follows and their start of it on this device,
//! kept in localStorage while they walk its steps, and the key their answers
//! are saved under.
//!
//! Answers are scoped to one student and one assignment: while an
//! assignment is followed, the app's answers are that start's own, saved
//! under a key of their own (the assignment's id and the start's), never
//! the reader's own answers (left untouched under their usual key, and
//! back when the assignment is left) nor another assignment's. Each
//! assignment this device holds answers to has one start, saved under a
//! key of the assignment's id (`diplomacy-explainer.start.k3f7qz`), which a
//! student continues or starts fresh.

use std::rc::Rc;

use wasm_bindgen::prelude::wasm_bindgen;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::hooks::persisted::{Persisted, load_from, storage};
use model::assignment::AssignmentId;
use model::response::StartId;
use model::{Answers, Assignment, Content, Start, share};

/// The localStorage key the assignment followed is kept under, as its
/// link's fragment (`a=2&id=…&from=…&to=…`, see [`Assignment::to_fragment`]).
pub const ASSIGNMENT_KEY: &str = "diplomacy-explainer.assignment";

/// The start of each key a start is kept under: `<START_KEY>.<assignment id>`.
pub const START_KEY: &str = "diplomacy-explainer.start";

#[wasm_bindgen]
extern "C" {
    /// The browser's `Math.random()`: a start id needs no more than to
    /// differ from the other starts of one assignment.
    #[wasm_bindgen(js_namespace = Math, js_name = random)]
    fn math_random() -> f64;
}

/// The key the start of this assignment on this device is kept under.
fn start_key(assignment: &AssignmentId) -> String {
    format!("{START_KEY}.{assignment}")
}

/// The key the answers of one start of an assignment are saved under.
fn answers_key(assignment: &AssignmentId, start: &StartId) -> String {
    format!("{}.{assignment}.{start}", Answers::KEY)
}

/// Writes to localStorage, or says in the console that it could not: a
/// full or refused storage loses this change only, and the page goes on.
fn write(key: &str, value: Option<&str>) {
    let written = storage().map(|storage| match value {
        Some(value) => storage.set_item(key, value),
        None => storage.remove_item(key),
    });
    if !matches!(written, Some(Ok(()))) {
        gloo::console::warn!(format!("could not save {key}"));
    }
}

/// The start of an assignment this device holds, if any.
fn held_start(assignment: &AssignmentId) -> Option<Start> {
    let saved = storage()?.get_item(&start_key(assignment)).ok()??;
    Start::from_saved(&saved)
}

/// An assignment followed, and the student's start of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Followed {
    /// The assignment.
    pub assignment: Rc<Assignment>,
    /// Who is answering it on this device.
    pub start: Start,
}

impl Followed {
    /// The key this start's answers are saved under.
    fn answers_key(&self) -> String {
        answers_key(&self.assignment.id, &self.start.id)
    }
}

/// The assignment followed in this browser with its start, read and checked
/// as a link is: what does not read as an assignment of this argument, or
/// has no start, is none. It is not removed either: another version of the
/// explainer, open in another tab, may have kept it.
fn load(content: &Content) -> Option<Followed> {
    let kept = storage()?.get_item(ASSIGNMENT_KEY).ok()??;
    let assignment = Assignment::from_fragment(&kept, &content.argument).ok()?;
    let start = held_start(&assignment.id)?;
    Some(Followed {
        assignment: Rc::new(assignment),
        start,
    })
}

/// The assignment followed in this browser, and the ways to change it.
#[derive(Clone)]
pub struct KeptAssignment {
    /// What storage holds, read on the first render in the browser (only the
    /// answers' key depends on it then) and `None` on the server.
    followed: UseStateHandle<Option<Rc<Followed>>>,
    /// Whether the app has rendered once: what is followed is shown only
    /// then, as the page was prerendered without it.
    mounted: bool,
    content: Rc<Content>,
}

impl PartialEq for KeptAssignment {
    fn eq(&self, other: &KeptAssignment) -> bool {
        self.followed == other.followed
            && self.mounted == other.mounted
            && Rc::ptr_eq(&self.content, &other.content)
    }
}

impl KeptAssignment {
    /// The assignment followed; always `None` on the first render, which
    /// must match the page prerendered without it.
    pub fn get(&self) -> Option<Rc<Assignment>> {
        self.followed().map(|followed| followed.assignment.clone())
    }

    /// The assignment followed and who is answering it; `None` on the first
    /// render, as [`KeptAssignment::get`].
    pub fn followed(&self) -> Option<Rc<Followed>> {
        self.mounted.then(|| (*self.followed).clone()).flatten()
    }

    /// The key the answers in use are saved under: the start's own while an
    /// assignment is followed, the reader's own otherwise. Known from the
    /// first render in the browser, which it does not change.
    pub fn answers_key(&self) -> AttrValue {
        match &*self.followed {
            Some(followed) => followed.answers_key().into(),
            None => Answers::KEY.into(),
        }
    }

    /// The start this device holds of an assignment, with its answers, if
    /// it holds one.
    pub fn held(&self, assignment: &Assignment) -> Option<(Start, Answers)> {
        let start = held_start(&assignment.id)?;
        let answers = load_from(
            &answers_key(&assignment.id, &start.id),
            &self.content.argument,
        );
        Some((start, answers))
    }

    /// Follows an assignment in place of any followed before, continuing
    /// the start this device holds of it, or with a new one.
    pub fn keep(&self, assignment: Assignment) {
        let start = held_start(&assignment.id).unwrap_or_else(|| self.mint(&assignment.id));
        self.follow(assignment, start);
    }

    /// Follows an assignment with a new start and no answers: the answers of
    /// the start this device held of it are forgotten, so the next student
    /// sees none of them.
    pub fn start_fresh(&self, assignment: Assignment) {
        if let Some(held) = held_start(&assignment.id) {
            write(&answers_key(&assignment.id, &held.id), None);
        }
        let start = self.mint(&assignment.id);
        self.follow(assignment, start);
    }

    /// Changes the start followed (its name, whether a step was read) and
    /// keeps the change.
    pub fn update_start(&self, change: impl FnOnce(&mut Start)) {
        let Some(followed) = &*self.followed else {
            return;
        };
        let mut start = followed.start.clone();
        change(&mut start);
        if start != followed.start {
            write(&start_key(&followed.assignment.id), Some(&start.to_saved()));
            self.followed.set(Some(Rc::new(Followed {
                assignment: followed.assignment.clone(),
                start,
            })));
        }
    }

    /// Leaves the assignment: the reader's own answers come back, and the
    /// start and its answers stay on this device for when it is followed
    /// again.
    pub fn forget(&self) {
        write(ASSIGNMENT_KEY, None);
        self.followed.set(None);
    }

    /// Leaves the assignment and forgets its start and the start's answers,
    /// for the next student on this device.
    pub fn clear(&self) {
        if let Some(followed) = &*self.followed {
            write(&followed.answers_key(), None);
            write(&start_key(&followed.assignment.id), None);
        }
        self.forget();
    }

    /// A new start of an assignment, kept on this device as its start.
    fn mint(&self, assignment: &AssignmentId) -> Start {
        // `Math.random()` is below 1, so the product fits in 32 bits.
        let start = Start::new(StartId::from_bits((math_random() * 4_294_967_296.0) as u32));
        write(&start_key(assignment), Some(&start.to_saved()));
        start
    }

    /// Follows an assignment with a start this device keeps.
    fn follow(&self, assignment: Assignment, start: Start) {
        write(
            ASSIGNMENT_KEY,
            Some(&assignment.to_fragment(&self.content.argument)),
        );
        self.followed.set(Some(Rc::new(Followed {
            assignment: Rc::new(assignment),
            start,
        })));
    }
}

/// The assignment followed, as the app provides it (see [`use_kept_state`]).
#[hook]
pub fn use_kept_assignment() -> KeptAssignment {
    use_context::<KeptAssignment>().expect("the app provides the assignment followed")
}

/// The assignment followed in this browser, for the app to provide: read
/// from storage on the first render in the browser (never on the server,
/// `prerendering`), shown once `mounted`.
#[hook]
pub fn use_kept_state(content: Rc<Content>, prerendering: bool, mounted: bool) -> KeptAssignment {
    let followed = {
        let content = content.clone();
        use_state_eq(move || {
            if prerendering {
                None
            } else {
                load(&content).map(Rc::new)
            }
        })
    };
    KeptAssignment {
        followed,
        mounted,
        content,
    }
}

/// A student's name as its field edits it, on the assignment's first screen
/// and on the hand-in page.
pub struct NameField {
    /// What the field shows: what the student typed here, or else the name
    /// kept with their start.
    pub text: String,
    /// What is wrong with the name, once the student has typed: a name not
    /// yet typed is not yet wrong.
    pub error: Option<String>,
    /// Takes what is typed, and keeps it with the start once it reads as a
    /// name ([`share::check_name`]).
    pub on_input: Callback<InputEvent>,
}

/// The name field of a student's start.
#[hook]
pub fn use_name_field(start: &Start) -> NameField {
    let kept = use_kept_assignment();
    let typed = use_state_eq(|| None::<String>);
    let on_input = {
        let typed = typed.clone();
        Callback::from(move |event: InputEvent| {
            let text = event.target_unchecked_into::<HtmlInputElement>().value();
            let name = share::check_name(&text).ok();
            kept.update_start(|start| start.name = name);
            typed.set(Some(text));
        })
    };
    let text = (*typed)
        .clone()
        .or_else(|| start.name.clone())
        .unwrap_or_default();
    let error = match (&*typed, share::check_name(&text)) {
        (Some(_), Err(share::NameError::Empty)) => Some("Give your name or initials.".to_owned()),
        (Some(_), Err(error)) => Some(format!("Check your name: {error}.")),
        _ => None,
    };
    NameField {
        text,
        error,
        on_input,
    }
}
