//! The assignment a student follows on this device, and the start this
//! device holds of each assignment it holds answers to ([`Following`]),
//! changed only by [`FollowAction`]s.
//!
//! Answers are scoped to one student and one assignment: while an assignment
//! is followed, the answers in use are its start's own
//! ([`Following::answers_scope`]), never the reader's own nor another
//! assignment's. A student continues the start this device holds of an
//! assignment, or starts fresh; a start replaced or done with is forgotten,
//! and its answers with it ([`Following::forgotten`]).
//!
//! The saved form (`v=1&assignment=<its link's fragment>&start-<id>=<a
//! start's saved form>…`, each value percent-encoded) keeps all of it but
//! the assignment just left, which is offered back only until the student
//! moves on.

use std::collections::BTreeMap;

use super::argument::{Argument, StepIndex};
use super::assignment::{Assignment, AssignmentId};
use super::link;
use super::saved::Saved;
use super::student::Start;
use super::student::StartId;

/// The field of the assignment followed in the saved form.
const ASSIGNMENT_FIELD: &str = "assignment";

/// The start of the field of each start in the saved form:
/// `start-<assignment id>`.
const START_FIELD: &str = "start-";

/// An assignment followed, and the student's start of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Followed {
    /// The assignment.
    pub assignment: Assignment,
    /// Who is answering it on this device.
    pub start: Start,
}

/// The assignment followed on this device, if any, and the start this
/// device holds of each assignment it holds answers to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Following {
    /// The assignment followed, which counts only while this device holds a
    /// start of it.
    assignment: Option<Assignment>,
    /// The start of each assignment this device holds answers to.
    starts: BTreeMap<AssignmentId, Start>,
    /// The assignment just left, offered back until the student moves on.
    left: Option<Assignment>,
}

/// What changes what is followed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FollowAction {
    /// Puts what storage held beneath the state: its assignment if none is
    /// followed, and each start of an assignment the state holds none of.
    Restore(Following),
    /// Forgets everything: no assignment followed and no start held.
    Reset,
    /// Follows an assignment in place of any followed before, continuing the
    /// start this device holds of it, or with a new one of this id.
    Follow(Assignment, StartId),
    /// Follows an assignment with a new start of this id: the start held of
    /// it before is forgotten, and its answers, so the next student sees
    /// none of them.
    StartFresh(Assignment, StartId),
    /// Stops following, offering nothing back: until a student says whose
    /// the answers held are, none are followed.
    Stop,
    /// Leaves the assignment, which is offered back until the student moves
    /// on; its start stays on this device for when it is followed again.
    Leave,
    /// Follows again the assignment just left.
    Undo,
    /// The student moved to another page: the assignment left is no longer
    /// offered back.
    Moved,
    /// Done with the assignment: it is left, and its start and the start's
    /// answers forgotten, for the next student on this device.
    Done,
    /// The student opened a step: once it is an assigned one, they have
    /// read, and an estimate before reading given after is given late.
    Opened(StepIndex),
    /// The name the student gives (as `name::check_name` returns it), or
    /// none.
    Name(Option<String>),
}

impl Following {
    /// The state after an action; an action that changes nothing gives the
    /// state back as it was.
    pub fn apply(&self, action: FollowAction) -> Following {
        let mut next = self.clone();
        match action {
            FollowAction::Restore(saved) => {
                for (id, start) in saved.starts {
                    next.starts.entry(id).or_insert(start);
                }
                if next.assignment.is_none() {
                    next.assignment = saved.assignment;
                }
            }
            FollowAction::Reset => next = Following::default(),
            FollowAction::Follow(assignment, start) => {
                next.starts
                    .entry(assignment.id)
                    .or_insert_with(|| Start::new(start));
                next.assignment = Some(assignment);
                next.left = None;
            }
            FollowAction::StartFresh(assignment, start) => {
                next.starts.insert(assignment.id, Start::new(start));
                next.assignment = Some(assignment);
                next.left = None;
            }
            FollowAction::Stop => {
                next.assignment = None;
                next.left = None;
            }
            FollowAction::Leave => {
                next.left = next
                    .assignment
                    .take()
                    .filter(|assignment| self.starts.contains_key(&assignment.id))
            }
            FollowAction::Undo => {
                if let Some(left) = next.left.take()
                    && next.starts.contains_key(&left.id)
                {
                    next.assignment = Some(left);
                }
            }
            FollowAction::Moved => next.left = None,
            FollowAction::Done => {
                if let Some(assignment) = next.assignment.take() {
                    next.starts.remove(&assignment.id);
                }
                next.left = None;
            }
            FollowAction::Opened(step) => {
                if let Some(start) = next.followed_start_mut()
                    && start.0.covers(step)
                {
                    start.1.read = true;
                }
            }
            FollowAction::Name(name) => {
                if let Some((_, start)) = next.followed_start_mut() {
                    start.name = name;
                }
            }
        }
        next
    }

    /// The assignment followed and its start, to change the start.
    fn followed_start_mut(&mut self) -> Option<(&Assignment, &mut Start)> {
        let assignment = self.assignment.as_ref()?;
        Some((assignment, self.starts.get_mut(&assignment.id)?))
    }

    /// The assignment followed, if any: one this device holds a start of
    /// (one read back without its start is not followed).
    pub fn assignment(&self) -> Option<&Assignment> {
        self.assignment
            .as_ref()
            .filter(|assignment| self.starts.contains_key(&assignment.id))
    }

    /// The assignment followed and who is answering it.
    pub fn followed(&self) -> Option<Followed> {
        let assignment = self.assignment.clone()?;
        let start = self.starts.get(&assignment.id)?.clone();
        Some(Followed { assignment, start })
    }

    /// The assignment just left, offered back.
    pub fn left(&self) -> Option<&Assignment> {
        self.left.as_ref()
    }

    /// The start this device holds of an assignment, if any.
    pub fn start_of(&self, assignment: AssignmentId) -> Option<&Start> {
        self.starts.get(&assignment)
    }

    /// Whose answers are in use: the assignment followed and its start's,
    /// or none (the reader's own).
    pub fn answers_scope(&self) -> Option<(AssignmentId, StartId)> {
        let assignment = self.assignment.as_ref()?.id;
        Some((assignment, self.starts.get(&assignment)?.id))
    }

    /// The starts this state holds that `next` does not (replaced by a
    /// fresh one, or done with): their answers are to be forgotten.
    pub fn forgotten<'a>(
        &'a self,
        next: &'a Following,
    ) -> impl Iterator<Item = (AssignmentId, StartId)> + 'a {
        self.starts
            .iter()
            .filter(|(id, start)| next.starts.get(id).is_none_or(|kept| kept.id != start.id))
            .map(|(id, start)| (*id, start.id))
    }
}

/// Saved as the assignment followed, as its link's fragment (`assignment`),
/// and each start as `start-<assignment id>` in its own saved form, each
/// percent-encoded. An assignment that no longer reads, or a start that
/// does not, is dropped; the assignment just left is not saved.
impl Saved for Following {
    const NAME: &'static str = "following";
    const VERSION: u32 = 1;

    fn fields(&self, argument: &Argument) -> Vec<(String, String)> {
        let assignment = self.assignment.iter().map(|assignment| {
            (
                ASSIGNMENT_FIELD.to_owned(),
                link::encode(&assignment.to_fragment(argument)),
            )
        });
        let starts = self.starts.iter().map(|(id, start)| {
            (
                format!("{START_FIELD}{id}"),
                link::encode(&start.to_saved()),
            )
        });
        assignment.chain(starts).collect()
    }

    fn read_field(&mut self, name: &str, value: &str, argument: &Argument) {
        let Some(text) = link::decode(value) else {
            return;
        };
        if name == ASSIGNMENT_FIELD {
            self.assignment = Assignment::from_fragment(&text, argument).ok();
        } else if let Some(id) = name.strip_prefix(START_FIELD).and_then(AssignmentId::parse)
            && let Some(start) = Start::from_saved(&text)
        {
            self.starts.insert(id, start);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;

    fn argument() -> Argument {
        fixture::content().argument
    }

    /// An assignment of the fixture's steps from `from` to `to`.
    fn assignment(bits: u32, from: &str, to: &str) -> Assignment {
        let argument = argument();
        let at = |id| argument.index_of(id).expect("a step of the fixture");
        Assignment::new(AssignmentId::from_bits(bits), at(from), at(to), "", true)
            .expect("an assignment")
    }

    fn start(bits: u32) -> StartId {
        StartId::from_bits(bits)
    }

    fn apply(state: &Following, actions: impl IntoIterator<Item = FollowAction>) -> Following {
        actions
            .into_iter()
            .fold(state.clone(), |state, action| state.apply(action))
    }

    #[test]
    fn following_scopes_the_answers_to_its_start_and_continues_it() {
        let first = assignment(1, "granted", "trade");
        let second = assignment(2, "rivals", "rivals");
        let state = Following::default();
        assert_eq!(state.answers_scope(), None, "the reader's own answers");
        let following = state.apply(FollowAction::Follow(first.clone(), start(10)));
        assert_eq!(following.answers_scope(), Some((first.id, start(10))));
        assert_eq!(
            following.followed(),
            Some(Followed {
                assignment: first.clone(),
                start: Start::new(start(10)),
            })
        );
        // Another assignment has a start of its own; the first's is kept,
        // and continued when it is followed again.
        let other = following.apply(FollowAction::Follow(second.clone(), start(20)));
        assert_eq!(other.answers_scope(), Some((second.id, start(20))));
        let back = other.apply(FollowAction::Follow(first.clone(), start(30)));
        assert_eq!(back.answers_scope(), Some((first.id, start(10))));
        assert_eq!(following.forgotten(&back).count(), 0);
    }

    #[test]
    fn starting_fresh_forgets_the_start_held_and_its_answers() {
        let first = assignment(1, "granted", "trade");
        let named = apply(
            &Following::default(),
            [
                FollowAction::Follow(first.clone(), start(10)),
                FollowAction::Name(Some("Anna".to_owned())),
            ],
        );
        assert_eq!(
            named.start_of(first.id).and_then(|s| s.name.as_deref()),
            Some("Anna")
        );
        let fresh = named.apply(FollowAction::StartFresh(first.clone(), start(11)));
        assert_eq!(fresh.answers_scope(), Some((first.id, start(11))));
        assert_eq!(fresh.start_of(first.id), Some(&Start::new(start(11))));
        assert_eq!(
            named.forgotten(&fresh).collect::<Vec<_>>(),
            [(first.id, start(10))]
        );
        // A start held of an assignment not followed is forgotten too.
        let stopped = named.apply(FollowAction::Stop);
        assert_eq!(stopped.assignment(), None);
        let fresh = stopped.apply(FollowAction::StartFresh(first.clone(), start(12)));
        assert_eq!(
            stopped.forgotten(&fresh).collect::<Vec<_>>(),
            [(first.id, start(10))]
        );
    }

    #[test]
    fn leaving_keeps_the_start_and_offers_the_assignment_back_until_the_student_moves() {
        let first = assignment(1, "granted", "trade");
        let following = Following::default().apply(FollowAction::Follow(first.clone(), start(10)));
        let left = following.apply(FollowAction::Leave);
        assert_eq!(left.assignment(), None);
        assert_eq!(left.answers_scope(), None);
        assert_eq!(left.left(), Some(&first));
        assert_eq!(left.start_of(first.id), Some(&Start::new(start(10))));
        assert_eq!(following.forgotten(&left).count(), 0);
        assert_eq!(left.apply(FollowAction::Undo), following);
        let moved = left.apply(FollowAction::Moved);
        assert_eq!(moved.left(), None);
        assert_eq!(moved.apply(FollowAction::Undo), moved, "nothing to undo");
        assert_eq!(
            following.apply(FollowAction::Stop).left(),
            None,
            "stopping offers nothing back"
        );
    }

    #[test]
    fn done_forgets_the_start_and_its_answers() {
        let first = assignment(1, "granted", "trade");
        let second = assignment(2, "rivals", "rivals");
        let both = apply(
            &Following::default(),
            [
                FollowAction::Follow(second.clone(), start(20)),
                FollowAction::Follow(first.clone(), start(10)),
            ],
        );
        let done = both.apply(FollowAction::Done);
        assert_eq!(done.assignment(), None);
        assert_eq!(done.left(), None);
        assert_eq!(done.start_of(first.id), None);
        assert_eq!(done.start_of(second.id), Some(&Start::new(start(20))));
        assert_eq!(
            both.forgotten(&done).collect::<Vec<_>>(),
            [(first.id, start(10))]
        );
        assert_eq!(done.apply(FollowAction::Done), done);
    }

    #[test]
    fn opening_an_assigned_step_is_reading_and_a_name_is_the_starts() {
        let argument = argument();
        let first = assignment(1, "granted", "trade");
        let following = Following::default().apply(FollowAction::Follow(first.clone(), start(10)));
        let read = |state: &Following| state.followed().is_some_and(|f| f.start.read);
        let question = argument.index_of("question").expect("a step");
        let trade = argument.index_of("trade").expect("a step");
        assert!(!read(&following.apply(FollowAction::Opened(question))));
        let opened = following.apply(FollowAction::Opened(trade));
        assert!(read(&opened));
        let named = opened.apply(FollowAction::Name(Some("Anna".to_owned())));
        assert_eq!(
            named.followed().and_then(|f| f.start.name),
            Some("Anna".to_owned())
        );
        // With nothing followed, neither changes anything.
        let none = Following::default();
        assert_eq!(none.apply(FollowAction::Opened(trade)), none);
        assert_eq!(
            none.apply(FollowAction::Name(Some("Anna".to_owned()))),
            none
        );
    }

    #[test]
    fn it_round_trips_through_its_saved_form_but_what_was_left() {
        let argument = argument();
        let first = assignment(1, "granted", "trade");
        let second = assignment(2, "rivals", "rivals");
        let state = apply(
            &Following::default(),
            [
                FollowAction::Follow(second.clone(), start(20)),
                FollowAction::Follow(first.clone(), start(10)),
                FollowAction::Opened(argument.index_of("trade").expect("a step")),
                FollowAction::Name(Some("Zoë & co".to_owned())),
            ],
        );
        let saved = state.to_saved(&argument);
        assert_eq!(
            saved,
            "v=1&assignment=a%3D2%26id%3Daaaaab%26from%3Dgranted%26to%3Dtrade%26name%3D1\
             &start-aaaaab=v%3D1%26st%3Daaak%26read%3D1%26name%3DZo%25C3%25AB%2520%2526%2520co\
             &start-aaaaac=v%3D1%26st%3Daaau"
        );
        assert_eq!(Following::from_saved(&saved, &argument), state);
        let left = state.apply(FollowAction::Leave);
        assert_eq!(
            Following::from_saved(&left.to_saved(&argument), &argument),
            state.apply(FollowAction::Stop)
        );
        // What no longer reads is dropped; an assignment without its start
        // is not followed.
        let partial = Following::from_saved(
            "v=1&assignment=a%3D2%26id%3Daaaaab%26from%3Dgranted%26to%3Dtrade&start-x=1&start-aaaaac=nonsense",
            &argument,
        );
        assert_eq!(partial.assignment(), None);
        assert_eq!(partial.answers_scope(), None);
        assert_eq!(partial.start_of(second.id), None);
        assert_eq!(
            Following::from_saved("v=2&assignment=x", &argument),
            Following::default()
        );
    }

    #[test]
    fn restoring_puts_what_was_saved_beneath() {
        let first = assignment(1, "granted", "trade");
        let second = assignment(2, "rivals", "rivals");
        let saved = Following::default().apply(FollowAction::Follow(first.clone(), start(10)));
        let now = Following::default().apply(FollowAction::Follow(second.clone(), start(20)));
        let restored = now.apply(FollowAction::Restore(saved.clone()));
        assert_eq!(restored.answers_scope(), Some((second.id, start(20))));
        assert_eq!(restored.start_of(first.id), Some(&Start::new(start(10))));
        assert_eq!(
            Following::default().apply(FollowAction::Restore(saved.clone())),
            saved
        );
        assert_eq!(
            saved.apply(FollowAction::Restore(Following::default())),
            saved
        );
        assert_eq!(saved.apply(FollowAction::Reset), Following::default());
    }
}
