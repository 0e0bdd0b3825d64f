//! A small argument of the model's unit tests' own, so that they test the
//! model's rules, not the shipped content: editing the essay's steps never
//! breaks them. (`tests/content.rs` checks the shipped content.) With it, the
//! content's TOML form and the TOML of a step, which every test that writes
//! content uses. Tests alone use it: the unit tests, and, behind the
//! `test-support` feature, the integration tests.

use serde::de::DeserializeOwned;

use super::{AnswerAction, Answers, Content, Conviction, Format, Point, Weight};

/// TOML text, as authors write the content files.
pub struct Toml;

impl Format for Toml {
    type Source = str;

    fn decode<T: DeserializeOwned>(source: &str) -> Result<T, String> {
        toml::from_str(source).map_err(|error| error.to_string())
    }
}

const ESSAY: &str = "Will they part?\n\n\
    They might part, some say. It is unlikely.\n\n\
    Old rivals kept talking. Trade still binds them.\n\n\
    Only a war would part them.";

/// One `[[step]]` of the argument in TOML: every field a step needs, its
/// words made from its id, and a quote of each `(passage, text)`.
pub fn step(id: &str, kind: &str, quotes: &[(&str, &str)]) -> String {
    let mut toml = format!(
        "[[step]]\nid = \"{id}\"\nkind = \"{kind}\"\ntitle = \"Title of {id}\"\n\
         claim = \"The claim of {id}. More of it.\"\nplain = \"Plain words on {id}.\"\n\
         why = \"Why {id} matters.\"\nquestions = [\"What of {id}?\"]\n"
    );
    for (passage, text) in quotes {
        toml.push_str(&format!(
            "[[step.quote]]\npassage = \"{passage}\"\ntext = \"{text}\"\n"
        ));
    }
    toml
}

/// A [`step`] that replies to the step `to` with `words` of its own quotes.
pub fn replying(step: &str, to: &str, words: &str) -> String {
    step.replacen(
        "questions =",
        &format!("replies-to = {{ step = \"{to}\", words = \"{words}\" }}\nquestions ="),
        1,
    )
}

/// The fixture's steps, in order: `question`, `granted` (a concession),
/// `rivals` and `trade` (reasons against a break), `answer` (the
/// conclusion) and `unless` (the condition).
pub const STEPS: [&str; 6] = ["question", "granted", "rivals", "trade", "answer", "unless"];

/// The fixture: six steps over a four-passage essay, and one glossary term.
pub fn content() -> Content {
    let argument = [
        step("question", "question", &[("title", "Will they part?")]),
        step(
            "granted",
            "concession",
            &[("p1", "They might part, some say.")],
        ),
        replying(
            &step(
                "rivals",
                "reason-against",
                &[("p2", "Old rivals kept talking.")],
            ),
            "granted",
            "Old rivals",
        ),
        step(
            "trade",
            "reason-against",
            &[("p2", "Trade still binds them.")],
        ),
        step("answer", "conclusion", &[("p1", "It is unlikely.")]),
        step(
            "unless",
            "condition",
            &[("p3", "Only a war would part them.")],
        ),
    ]
    .concat()
        + "[answer]\npoint = \"unlikely\"\n\
           [[answer.words]]\npassage = \"p1\"\ntext = \"unlikely\"\n\
           [provenance]\npublished-on = \"a blog\"\n";
    let glossary = "[[term]]\nid = \"rival\"\nheadword = \"rival\"\nmatches = [\"rivals\"]\n\
                    definition = \"One who competes.\"\n";
    Content::read::<Toml>(ESSAY, &argument, glossary).unwrap_or_else(|error| panic!("{error}"))
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
