//! The reader's own judgement: how likely they think a full break is, before
//! and after reading, and whether each reason convinces them; how that is
//! saved, and shared in a link. The summary is in `summary`.
//!
//! Answers are changed only through [`Answers::apply`] with a named
//! [`AnswerAction`]. Saved and shared answers are never trusted: saved data
//! that does not fit is dropped, and a shared link that does not fit is
//! refused with a reason, never half-read.

use std::collections::BTreeMap;
use std::fmt;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::argument::Argument;
use super::likelihood::Likelihood;

/// The version of the saved and shared formats.
pub const ANSWERS_VERSION: u32 = 1;

/// The longest share query accepted, in bytes: far more than every answer
/// needs, far less than a hostile link could carry.
pub const MAX_SHARE_LEN: usize = 2_000;

/// Whether a reason convinces the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// The reason convinces them.
    Convincing,
    /// They are not sure.
    NotSure,
    /// The reason does not convince them.
    NotConvincing,
}

impl Verdict {
    /// Every verdict, in the order offered.
    pub const ALL: [Verdict; 3] = [
        Verdict::Convincing,
        Verdict::NotSure,
        Verdict::NotConvincing,
    ];

    /// The verdict's label.
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Convincing => "Convincing",
            Verdict::NotSure => "Not sure",
            Verdict::NotConvincing => "Not convincing",
        }
    }

    fn code(self) -> char {
        match self {
            Verdict::Convincing => 'c',
            Verdict::NotSure => 'u',
            Verdict::NotConvincing => 'n',
        }
    }

    fn from_code(code: char) -> Option<Verdict> {
        Verdict::ALL.into_iter().find(|v| v.code() == code)
    }
}

/// How much a reason matters to the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Weight {
    /// It matters little.
    Little,
    /// It matters somewhat.
    Some,
    /// It matters a lot.
    Much,
}

impl Weight {
    /// Every weight, least first.
    pub const ALL: [Weight; 3] = [Weight::Little, Weight::Some, Weight::Much];

    /// The weight's label.
    pub fn label(self) -> &'static str {
        match self {
            Weight::Little => "A little",
            Weight::Some => "Somewhat",
            Weight::Much => "A lot",
        }
    }

    fn code(self) -> char {
        match self {
            Weight::Little => '1',
            Weight::Some => '2',
            Weight::Much => '3',
        }
    }

    fn from_code(code: char) -> Option<Weight> {
        Weight::ALL.into_iter().find(|w| w.code() == code)
    }
}

/// The reader's answer on one reason.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "kebab-case")]
pub struct Judgement {
    /// Whether the reason convinces them, once they have said.
    pub verdict: Option<Verdict>,
    /// How much it matters to them, if they have said.
    pub weight: Option<Weight>,
}

impl Judgement {
    /// The answer in a few words (whether the step convinces, and how much
    /// it bears on the answer), once the reader has said whether it convinces.
    pub fn in_words(self) -> Option<String> {
        let verdict = self.verdict?.label();
        Some(match self.weight {
            Some(weight) => format!("{verdict}; bears {}", weight.label().to_lowercase()),
            None => verdict.to_owned(),
        })
    }
}

/// What a reader can do to their answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerAction {
    /// Their estimate before reading, or `None` to take it back.
    Before(Option<Likelihood>),
    /// Their estimate after reading, or `None` to take it back.
    After(Option<Likelihood>),
    /// Whether a reason step convinces them.
    Judge(Rc<str>, Verdict),
    /// How much a reason step matters to them.
    Weigh(Rc<str>, Weight),
    /// Forget every answer.
    Clear,
    /// Answers saved earlier were read back once the page had started. What
    /// the reader answered since stays on top of them.
    Restore(Answers),
}

/// Everything the reader has answered.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "kebab-case")]
pub struct Answers {
    /// How likely they thought a full break before reading.
    pub before: Option<Likelihood>,
    /// How likely they think it after reading.
    pub after: Option<Likelihood>,
    /// Their judgement of each reason step, by step id.
    pub reasons: BTreeMap<Rc<str>, Judgement>,
}

/// The saved form of the answers, with its format version.
#[derive(Debug, Serialize, Deserialize)]
pub struct SavedAnswers {
    version: u32,
    #[serde(flatten)]
    answers: Answers,
}

impl SavedAnswers {
    /// The saved answers, keeping only what fits this argument: another
    /// version gives none, and answers on steps that are no longer reasons
    /// are dropped.
    pub fn into_answers(self, argument: &Argument) -> Answers {
        if self.version != ANSWERS_VERSION {
            return Answers::default();
        }
        let Answers {
            before,
            after,
            reasons,
        } = self.answers;
        Answers {
            before,
            after,
            reasons: reasons
                .into_iter()
                .filter(|(step, _)| is_reason(argument, step))
                .collect(),
        }
    }
}

/// Whether the step with this id is one the reader judges: a reason against
/// a break, or what the essay concedes (see [`crate::model::StepKind::direction`]).
pub fn is_reason(argument: &Argument, id: &str) -> bool {
    argument
        .step(id)
        .is_some_and(|step| step.kind.direction().is_some())
}

/// A shared link that cannot be read, and why, in words for the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// The link carries no answers at all.
    Empty,
    /// The link is longer than any real share link.
    TooLong,
    /// The link was made by another version of the explainer.
    Version,
    /// A part of the link is not of the form it should be.
    Malformed(String),
    /// The link names a step that does not exist, or is not a reason.
    UnknownStep(String),
    /// The link answers the same thing twice.
    Repeated(String),
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::Empty => write!(f, "the link carries no answers"),
            ShareError::TooLong => write!(f, "the link is far longer than a real share link"),
            ShareError::Version => {
                write!(f, "the link was made by another version of this explainer")
            }
            ShareError::Malformed(part) => {
                write!(f, "a part of the link, “{part}”, is not an answer")
            }
            ShareError::UnknownStep(step) => {
                write!(
                    f,
                    "the link names a reason, “{step}”, that this explainer does not have"
                )
            }
            ShareError::Repeated(part) => write!(f, "the link answers “{part}” twice"),
        }
    }
}

impl Answers {
    /// The answers after an action.
    pub fn apply(&self, action: AnswerAction) -> Answers {
        let mut next = self.clone();
        match action {
            AnswerAction::Before(likelihood) => next.before = likelihood,
            AnswerAction::After(likelihood) => next.after = likelihood,
            AnswerAction::Judge(step, verdict) => {
                next.reasons.entry(step).or_default().verdict = Some(verdict);
            }
            AnswerAction::Weigh(step, weight) => {
                next.reasons.entry(step).or_default().weight = Some(weight);
            }
            AnswerAction::Clear => next = Answers::default(),
            AnswerAction::Restore(saved) => {
                next.before = self.before.or(saved.before);
                next.after = self.after.or(saved.after);
                for (step, judgement) in saved.reasons {
                    next.reasons.entry(step).or_insert(judgement);
                }
            }
        }
        next
    }

    /// The reader's judgement of a step, if any.
    pub fn judgement(&self, step: &str) -> Judgement {
        self.reasons.get(step).copied().unwrap_or_default()
    }

    /// Whether nothing has been answered.
    pub fn is_empty(&self) -> bool {
        *self == Answers::default()
    }

    /// The answers in their saved form.
    pub fn to_saved(&self) -> SavedAnswers {
        SavedAnswers {
            version: ANSWERS_VERSION,
            answers: self.clone(),
        }
    }

    /// The answers as a URL query (without `?`), in the argument's order:
    /// `v=1&before=2&after=3&cold-war=c3&low-point=n`. Each judged reason is
    /// its step id, with `c`, `u` or `n` for convincing, not sure or not
    /// convincing, and a weight from 1 to 3 if given.
    pub fn to_query(&self, argument: &Argument) -> String {
        let mut parts = vec![format!("v={ANSWERS_VERSION}")];
        for (name, likelihood) in [("before", self.before), ("after", self.after)] {
            if let Some(likelihood) = likelihood {
                parts.push(format!("{name}={}", likelihood.rank()));
            }
        }
        for step in argument.steps() {
            let judgement = self.judgement(&step.id);
            // A weight means nothing without a verdict, so it is not shared alone.
            if let Some(verdict) = judgement.verdict {
                let weight = judgement
                    .weight
                    .map(|w| w.code().to_string())
                    .unwrap_or_default();
                parts.push(format!("{}={}{weight}", step.id, verdict.code()));
            }
        }
        parts.join("&")
    }

    /// Reads answers from a share query (with or without its `?`). Anything
    /// that is not exactly what [`Answers::to_query`] writes is refused.
    pub fn from_query(query: &str, argument: &Argument) -> Result<Answers, ShareError> {
        let query = query.strip_prefix('?').unwrap_or(query);
        if query.len() > MAX_SHARE_LEN {
            return Err(ShareError::TooLong);
        }
        if query.is_empty() {
            return Err(ShareError::Empty);
        }
        let mut answers = Answers::default();
        let mut version = None;
        let mut seen: Vec<&str> = Vec::new();
        for part in query.split('&') {
            let shown = || part.chars().take(60).collect::<String>();
            let (name, value) = part
                .split_once('=')
                .ok_or_else(|| ShareError::Malformed(shown()))?;
            if seen.contains(&name) {
                return Err(ShareError::Repeated(shown()));
            }
            seen.push(name);
            match name {
                "v" => version = Some(value),
                "before" | "after" => {
                    let likelihood = Likelihood::from_rank(value)
                        .ok_or_else(|| ShareError::Malformed(shown()))?;
                    if name == "before" {
                        answers.before = Some(likelihood);
                    } else {
                        answers.after = Some(likelihood);
                    }
                }
                step => {
                    if !is_reason(argument, step) {
                        return Err(ShareError::UnknownStep(step.chars().take(60).collect()));
                    }
                    let judgement =
                        parse_judgement(value).ok_or_else(|| ShareError::Malformed(shown()))?;
                    answers.reasons.insert(step.into(), judgement);
                }
            }
        }
        match version {
            None => Err(ShareError::Malformed("no version".to_owned())),
            Some(version) if version != ANSWERS_VERSION.to_string() => Err(ShareError::Version),
            Some(_) if answers.is_empty() => Err(ShareError::Empty),
            Some(_) => Ok(answers),
        }
    }
}

/// A reason's answer from its share code: a verdict letter, then an optional
/// weight digit.
fn parse_judgement(code: &str) -> Option<Judgement> {
    let mut chars = code.chars();
    let verdict = Verdict::from_code(chars.next()?)?;
    let weight = match chars.next() {
        None => None,
        Some(digit) => Some(Weight::from_code(digit)?),
    };
    chars.next().is_none().then_some(Judgement {
        verdict: Some(verdict),
        weight,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Content;

    fn argument() -> Argument {
        Content::load().unwrap().argument
    }

    fn sample() -> Answers {
        Answers::default()
            .apply(AnswerAction::Before(Some(Likelihood::Likely)))
            .apply(AnswerAction::After(Some(Likelihood::Unlikely)))
            .apply(AnswerAction::Judge("cold-war".into(), Verdict::Convincing))
            .apply(AnswerAction::Weigh("cold-war".into(), Weight::Much))
            .apply(AnswerAction::Judge(
                "low-point".into(),
                Verdict::NotConvincing,
            ))
            .apply(AnswerAction::Weigh("consequences".into(), Weight::Little))
    }

    #[test]
    fn reason_steps_are_those_for_and_against_the_answer() {
        let argument = argument();
        let reasons: Vec<&str> = argument
            .steps()
            .iter()
            .filter(|s| s.kind.direction().is_some())
            .map(|s| &*s.id)
            .collect();
        assert_eq!(
            reasons,
            [
                "cold-war",
                "low-point",
                "still-open",
                "consequences",
                "shared-interests",
                "what-each-side-gains"
            ]
        );
        assert!(!is_reason(&argument, "question"));
        assert!(!is_reason(&argument, "conclusion"));
        assert!(!is_reason(&argument, "nonsense"));
    }

    #[test]
    fn actions_change_the_answers() {
        let answers = sample();
        assert_eq!(answers.before, Some(Likelihood::Likely));
        assert_eq!(
            answers.judgement("cold-war"),
            Judgement {
                verdict: Some(Verdict::Convincing),
                weight: Some(Weight::Much)
            }
        );
        assert_eq!(
            answers.judgement("consequences"),
            Judgement {
                verdict: None,
                weight: Some(Weight::Little)
            }
        );
        assert_eq!(answers.judgement("still-open"), Judgement::default());
        let answers = answers.apply(AnswerAction::Before(None));
        assert_eq!(answers.before, None);
        assert!(answers.apply(AnswerAction::Clear).is_empty());
        assert_eq!(
            Answers::default().apply(AnswerAction::Restore(sample())),
            sample()
        );
    }

    #[test]
    fn a_judgement_is_said_in_words_once_given() {
        let answers = sample();
        assert_eq!(
            answers.judgement("cold-war").in_words().as_deref(),
            Some("Convincing; bears a lot")
        );
        assert_eq!(
            answers.judgement("low-point").in_words().as_deref(),
            Some("Not convincing")
        );
        assert_eq!(answers.judgement("consequences").in_words(), None);
    }

    #[test]
    fn answers_round_trip_through_a_share_query() {
        let argument = argument();
        let query = sample().to_query(&argument);
        assert_eq!(query, "v=1&before=4&after=2&cold-war=c3&low-point=n");
        let mut shared = sample();
        shared.reasons.remove("consequences");
        assert_eq!(
            Answers::from_query(&format!("?{query}"), &argument),
            Ok(shared.clone())
        );
        assert_eq!(Answers::from_query(&query, &argument), Ok(shared));
    }

    fn check_refused(query: &str, expected: ShareError) {
        assert_eq!(
            Answers::from_query(query, &argument()),
            Err(expected),
            "{query}"
        );
    }

    #[test]
    fn malformed_share_queries_are_refused_with_a_reason() {
        use ShareError::*;
        let malformed = |s: &str| Malformed(s.to_owned());
        check_refused("", Empty);
        check_refused("?", Empty);
        check_refused("v=1", Empty);
        check_refused(&"x".repeat(MAX_SHARE_LEN + 1), TooLong);
        check_refused(
            &format!("v=1&cold-war=c{}", "&".repeat(MAX_SHARE_LEN)),
            TooLong,
        );
        check_refused("v=2&before=1", Version);
        check_refused("v=one&before=1", Version);
        check_refused("before=1", malformed("no version"));
        check_refused("v=1&before=6", malformed("before=6"));
        check_refused("v=1&before=", malformed("before="));
        check_refused("v=1&before", malformed("before"));
        check_refused("v=1&after=2&", malformed(""));
        check_refused("v=1&&after=2", malformed(""));
        check_refused("v=1&cold-war=x", malformed("cold-war=x"));
        check_refused("v=1&cold-war=c4", malformed("cold-war=c4"));
        check_refused("v=1&cold-war=c33", malformed("cold-war=c33"));
        check_refused("v=1&cold-war=3", malformed("cold-war=3"));
        check_refused("v=1&cold-war=%63", malformed("cold-war=%63"));
        check_refused("v=1&no-such-step=c", UnknownStep("no-such-step".into()));
        check_refused("v=1&question=c", UnknownStep("question".into()));
        check_refused("v=1&conclusion=n", UnknownStep("conclusion".into()));
        check_refused("v=1&%3Cscript%3E=c", UnknownStep("%3Cscript%3E".into()));
        check_refused("v=1&cold-war=c&cold-war=n", Repeated("cold-war=n".into()));
        check_refused("v=1&v=1&before=1", Repeated("v=1".into()));
        check_refused("v=1&before=1&before=2", Repeated("before=2".into()));
    }

    fn restore(json: &str) -> Answers {
        serde_json::from_str::<SavedAnswers>(json)
            .map(|saved| saved.into_answers(&argument()))
            .unwrap_or_default()
    }

    #[test]
    fn saved_answers_round_trip_and_bad_ones_are_dropped() {
        let json = serde_json::to_string(&sample().to_saved()).unwrap();
        assert_eq!(restore(&json), sample());
        for bad in [
            "",
            "{",
            "[]",
            "null",
            "{\"version\":2,\"before\":\"likely\"}",
            "{\"version\":1,\"before\":\"certain\"}",
            "{\"version\":1,\"reasons\":{\"cold-war\":{\"verdict\":\"yes\"}}}",
        ] {
            assert_eq!(restore(bad), Answers::default(), "{bad}");
        }
        let stale = "{\"version\":1,\"before\":\"likely\",\"reasons\":{\"gone\":{\"verdict\":\"convincing\"},\"question\":{\"verdict\":\"convincing\"},\"cold-war\":{\"verdict\":\"not-sure\"}}}";
        let expected = Answers::default()
            .apply(AnswerAction::Before(Some(Likelihood::Likely)))
            .apply(AnswerAction::Judge("cold-war".into(), Verdict::NotSure));
        assert_eq!(restore(stale), expected);
    }
}
