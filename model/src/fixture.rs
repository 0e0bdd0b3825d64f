//! A small argument of the model's unit tests' own, so that they test the
//! model's rules, not the shipped content: editing the essay's steps never
//! breaks them. (`check`'s tests check the rules for content, and
//! `tests/content.rs` the shipped content.) Its folder, `model/fixture/`, is
//! checked and baked by the build beside the content. Tests alone use it:
//! the unit tests, and, behind the `test-support` feature, the integration
//! tests.

use std::sync::LazyLock;

use super::content::Baked;
use super::{AnswerAction, Answers, Content, Conviction, Point, Weight};

/// The fixture's folder as the build wrote it out.
static BAKED: Baked = include!(concat!(env!("OUT_DIR"), "/fixture.rs"));

/// The fixture, with its map worked out on first use.
static CONTENT: LazyLock<Content> = LazyLock::new(|| Content::of(&BAKED));

/// The fixture's steps, in order: `question`, `granted` (a concession),
/// `rivals` and `trade` (reasons against a break), `answer` (the
/// conclusion) and `unless` (the condition).
pub const STEPS: [&str; 6] = ["question", "granted", "rivals", "trade", "answer", "unless"];

/// The fixture (`model/fixture/`): six steps over a four-passage essay, and
/// one glossary term.
pub fn content() -> &'static Content {
    &CONTENT
}

/// Answers of every kind on the fixture: both estimates, a judgement with a
/// weight, one without, and a weight without a conviction.
pub fn answers() -> Answers {
    Answers::default()
        .apply(AnswerAction::Before(Some(Point::High)))
        .apply(AnswerAction::After(Some(Point::Low)))
        .apply(AnswerAction::Conviction(
            "trade".into(),
            Conviction::Convincing,
        ))
        .apply(AnswerAction::Weight("trade".into(), Weight::Much))
        .apply(AnswerAction::Conviction(
            "granted".into(),
            Conviction::NotConvincing,
        ))
        .apply(AnswerAction::Weight("rivals".into(), Weight::Little))
}
