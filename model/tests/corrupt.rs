//! Saved state is never trusted: whatever text storage holds under the
//! reader's keys (another version's, another program's, cut short, edited by
//! hand), reading it never panics, and what is read is the state's own: saved
//! again and read back, it is the same. The browser test seeds one corrupted
//! storage and opens the pages on it (`tests/browser/hardening.spec.mjs`);
//! these properties fuzz the saved forms natively: from made-up fields, and
//! from real saved forms (an assignment followed and its starts, a reader's
//! reasons) cut, edited and rearranged, down into the forms nested in them.
#![cfg(not(target_arch = "wasm32"))]

use model::{
    AnswerAction, Answers, Assignment, AssignmentId, Content, Conviction, FollowAction, Following,
    Point, Progress, Saved, StartId,
};
use proptest::prelude::*;

/// Values in saved text: the forms' own codes, the argument's step ids, and
/// what is none of these.
fn value() -> impl Strategy<Value = String> {
    let steps: Vec<String> = {
        let argument = &Content::get().argument;
        argument
            .steps()
            .iter()
            .map(|step| step.id.to_string())
            .collect()
    };
    prop_oneof![
        3 => proptest::sample::select(vec![
            "why", "essay", "plain", "questions", "evidence", "c", "u", "n", "c3", "n1", "u2",
            "-3", "0", "1", "4", "5", "9", "99", "-", ".", "", "=", "null", "{", "[]", "\u{0}",
            "nonsense",
        ])
        .prop_map(str::to_owned),
        3 => proptest::sample::select(steps),
        1 => any::<String>(),
    ]
}

/// A field of saved text: mostly a name the forms use, and one value or a
/// list of them, gaps and all.
fn field() -> impl Strategy<Value = String> {
    let name = prop_oneof![
        4 => proptest::sample::select(vec!["v", "last", "visited", "open", "before", "after", "late"])
            .prop_map(str::to_owned),
        2 => value(),
    ];
    (name, proptest::collection::vec(value(), 0..4))
        .prop_map(|(name, values)| format!("{name}={}", values.join(".")))
}

/// Saved text: fields after a version that is readable or not, or any text
/// at all.
fn saved_text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => (0u32..6, proptest::collection::vec(field(), 0..8))
            .prop_map(|(version, fields)| {
                let mut text = format!("v={version}");
                for field in fields {
                    text.push('&');
                    text.push_str(&field);
                }
                text
            }),
        1 => any::<String>(),
    ]
}

/// Reading `text` gives a state that saving keeps as it is.
fn reads_back<T: Saved + PartialEq + std::fmt::Debug>(text: &str) -> Result<(), TestCaseError> {
    {
        let argument = &Content::get().argument;
        let state = T::from_saved(text, argument);
        prop_assert_eq!(
            T::from_saved(&state.to_saved(argument), argument),
            state,
            "{:?}",
            text
        );
        Ok(())
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2048))]

    #[test]
    fn any_saved_progress_reads_as_progress_that_saves_as_it_is(text in saved_text()) {
        reads_back::<Progress>(&text)?;
    }

    #[test]
    fn any_saved_answers_read_as_answers_that_save_as_they_are(text in saved_text()) {
        reads_back::<Answers>(&text)?;
    }

    #[test]
    fn any_saved_following_reads_as_following_that_saves_as_it_is(text in saved_text()) {
        reads_back::<Following>(&text)?;
    }

    #[test]
    fn a_real_saved_following_edited_reads_as_following_that_saves_as_it_is(
        text in edited(following_text()),
    ) {
        reads_back::<Following>(&text)?;
    }

    #[test]
    fn real_saved_answers_edited_read_as_answers_that_save_as_they_are(
        text in edited(answers_text()),
    ) {
        reads_back::<Answers>(&text)?;
    }
}

/// The indexes of the argument's steps, and the ids of the steps it asks the
/// reader to judge.
fn steps() -> (Vec<model::StepIndex>, Vec<String>) {
    {
        let argument = &Content::get().argument;
        let indexes = argument
            .steps()
            .iter()
            .filter_map(|step| argument.index_of(&step.id))
            .collect();
        let judged = argument
            .steps()
            .iter()
            .map(|step| step.id.to_string())
            .filter(|id| argument.is_judged(id))
            .collect();
        (indexes, judged)
    }
}

/// Text a student or a reader might type: a name, a prompt, a reason.
fn typed() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::sample::select(vec!["Anna", "", "  ", "a&b=c", "50%", "“x”", "é\u{301}"])
            .prop_map(str::to_owned),
        any::<String>(),
    ]
}

/// The saved form of a real `Following`: assignments of the argument's steps
/// followed, each with its start, named or not, read or not.
fn following_text() -> impl Strategy<Value = String> {
    let (indexes, _) = steps();
    let followed = (
        any::<u32>(),
        proptest::sample::select(indexes.clone()),
        proptest::sample::select(indexes),
        typed(),
        any::<bool>(),
        any::<u32>(),
        proptest::option::of(typed()),
        any::<bool>(),
    );
    proptest::collection::vec(followed, 0..4).prop_map(|assignments| {
        let argument = &Content::get().argument;
        let mut following = Following::default();
        for (id, first, last, prompt, asks_name, start, name, opened) in assignments {
            let (first, last) = (first.min(last), first.max(last));
            let Ok(assignment) =
                Assignment::new(AssignmentId::from_bits(id), first, last, &prompt, asks_name)
            else {
                continue;
            };
            following = following
                .apply(FollowAction::Follow(assignment, StartId::from_bits(start)))
                .apply(FollowAction::Name(name));
            if opened {
                following = following.apply(FollowAction::Opened(first));
            }
        }
        following.to_saved(argument)
    })
}

/// The saved form of real `Answers`: estimates, judgements and a reason for
/// some of the judged steps (`why-<step>`) and for the view after reading.
fn answers_text() -> impl Strategy<Value = String> {
    let (_, judged) = steps();
    let reason = (proptest::sample::select(judged.clone()), typed());
    let conviction = proptest::sample::select(judged);
    (
        proptest::collection::vec(reason, 0..4),
        proptest::collection::vec(conviction, 0..3),
        proptest::option::of(typed()),
        0usize..Point::ALL.len(),
    )
        .prop_map(|(reasons, convinced, view, before)| {
            let argument = &Content::get().argument;
            let mut answers =
                Answers::default().apply(AnswerAction::Before(Some(Point::ALL[before])));
            for (step, reason) in reasons {
                answers = answers.apply(AnswerAction::Reason(step.as_str().into(), reason));
            }
            for step in convinced {
                answers = answers.apply(AnswerAction::Conviction(
                    step.as_str().into(),
                    Conviction::Convincing,
                ));
            }
            if let Some(view) = view {
                answers = answers.apply(AnswerAction::ViewReason(view));
            }
            answers.to_saved(argument)
        })
}

/// One change to saved text, at a position taken modulo its length.
#[derive(Debug, Clone)]
enum Edit {
    /// Cuts the text short.
    Cut(usize),
    /// Takes one character out.
    Delete(usize),
    /// Puts one character in.
    Insert(usize, char),
    /// Drops one field.
    DropField(usize),
    /// Writes one field twice.
    DoubleField(usize),
    /// Gives one field another name: another start's, the assignment's, or
    /// a reason's.
    Rename(usize, String),
    /// Edits the text nested in one field's value, percent-decoded, and
    /// encodes it again: the assignment's link fragment, a start's saved
    /// form, a reason.
    Nested(usize, usize, char, bool),
}

fn edit() -> impl Strategy<Value = Edit> {
    let character = prop_oneof![
        4 => proptest::sample::select(vec![
            '&', '=', '%', '.', '-', '0', '1', '9', 'a', 'z', 'F', '2', ' ', '\u{0}', '“', '\u{301}',
        ]),
        1 => any::<char>(),
    ];
    let name = prop_oneof![
        proptest::sample::select(vec![
            "assignment",
            "start-",
            "start-0",
            "start-AAAAAA",
            "start-zzzzzzz",
            "why",
            "why-",
            "why-nonsense",
            "v",
            "before",
        ])
        .prop_map(str::to_owned),
        value().prop_map(|value| format!("why-{value}")),
        value().prop_map(|value| format!("start-{value}")),
    ];
    prop_oneof![
        1 => any::<usize>().prop_map(Edit::Cut),
        2 => any::<usize>().prop_map(Edit::Delete),
        2 => (any::<usize>(), character.clone()).prop_map(|(at, c)| Edit::Insert(at, c)),
        1 => any::<usize>().prop_map(Edit::DropField),
        1 => any::<usize>().prop_map(Edit::DoubleField),
        2 => (any::<usize>(), name).prop_map(|(at, name)| Edit::Rename(at, name)),
        4 => (any::<usize>(), any::<usize>(), character, any::<bool>())
            .prop_map(|(field, at, c, insert)| Edit::Nested(field, at, c, insert)),
    ]
}

/// Saved text from `saved`, edited by up to four edits.
fn edited(saved: impl Strategy<Value = String>) -> impl Strategy<Value = String> {
    (saved, proptest::collection::vec(edit(), 0..5))
        .prop_map(|(text, edits)| edits.into_iter().fold(text, apply_edit))
}

fn apply_edit(text: String, edit: Edit) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    let mut fields: Vec<String> = text.split('&').map(str::to_owned).collect();
    let count = fields.len();
    match edit {
        Edit::Cut(at) => chars.truncate(at % (chars.len() + 1)),
        Edit::Delete(at) if !chars.is_empty() => {
            chars.remove(at % chars.len());
        }
        Edit::Insert(at, c) => chars.insert(at % (chars.len() + 1), c),
        Edit::DropField(at) => {
            fields.remove(at % count);
            return fields.join("&");
        }
        Edit::DoubleField(at) => {
            fields.push(fields[at % count].clone());
            return fields.join("&");
        }
        Edit::Rename(at, name) => {
            let field = &mut fields[at % count];
            let value = field.split_once('=').map_or("", |(_, value)| value);
            *field = format!("{name}={value}");
            return fields.join("&");
        }
        Edit::Nested(at, position, c, insert) => {
            let field = &mut fields[at % count];
            if let Some((name, value)) = field.split_once('=')
                && let Some(nested) = model::link::decode(value)
            {
                let mut nested: Vec<char> = nested.chars().collect();
                if insert {
                    nested.insert(position % (nested.len() + 1), c);
                } else if !nested.is_empty() {
                    let at = position % nested.len();
                    nested[at] = c;
                }
                let nested: String = nested.into_iter().collect();
                *field = format!("{name}={}", model::link::encode(&nested));
            }
            return fields.join("&");
        }
        Edit::Delete(_) => {}
    }
    chars.into_iter().collect()
}
