//! Saved state is never trusted: whatever text storage holds under the
//! reader's keys (another version's, another program's, cut short, edited by
//! hand), reading it never panics, and what is read is the state's own: saved
//! again and read back, it is the same. The browser test seeds one corrupted
//! storage and opens the pages on it (`tests/browser/hardening.spec.mjs`);
//! these properties fuzz the saved forms natively.

use model::{Answers, Argument, Content, Following, Progress, Saved};
use proptest::prelude::*;

thread_local! {
    /// The shipped argument, loaded once for every case.
    static ARGUMENT: Argument = Content::load()
        .unwrap_or_else(|error| panic!("{error}"))
        .argument;
}

/// Values in saved text: the forms' own codes, the argument's step ids, and
/// what is none of these.
fn value() -> impl Strategy<Value = String> {
    let steps: Vec<String> = ARGUMENT.with(|argument| {
        argument
            .steps()
            .iter()
            .map(|step| step.id.to_string())
            .collect()
    });
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
    ARGUMENT.with(|argument| {
        let state = T::from_saved(text, argument);
        prop_assert_eq!(
            T::from_saved(&state.to_saved(argument), argument),
            state,
            "{:?}",
            text
        );
        Ok(())
    })
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
}
