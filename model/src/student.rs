//! A student's start of an assignment on one device: the start id minted
//! when they begin it there ([`StartId`]: the same start is the same
//! student), the name they give if the teacher asks for one, and whether
//! they have opened an assigned step yet. The browser keeps it beside that
//! start's own answers, in a small text form of its own
//! (`v=1&st=ab2c&read=1&name=Anna%20K`).
//!
//! Saved data is never trusted: text that is not exactly what
//! [`Start::to_saved`] writes is no start at all.

use std::fmt;

use super::answers::Answers;
use super::{base32, link, name};

/// The version of a start's saved form.
pub const START_VERSION: u32 = 1;

/// How many characters a [`StartId`] has.
const START_CHARS: usize = 4;

/// What tells one student's start on an assignment from another's: four
/// characters of lowercase base32, minted from random bits when a student
/// starts an assignment on a device. Two responses with the same start are
/// the same student's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct StartId(u32);

impl StartId {
    /// The start the low 20 bits of `bits` make.
    pub fn from_bits(bits: u32) -> StartId {
        StartId(bits & ((1 << (5 * START_CHARS)) - 1))
    }

    /// The start a text is, if it is exactly one as
    /// [`Display`](fmt::Display) writes it.
    pub fn parse(text: &str) -> Option<StartId> {
        base32::decode(text, START_CHARS).map(StartId)
    }
}

impl fmt::Display for StartId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&base32::encode(self.0, START_CHARS))
    }
}

/// One student's start of an assignment on this device.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Start {
    /// Who is answering, as far as the response link tells students apart.
    pub id: StartId,
    /// Their name or initials, checked as a response carries it
    /// ([`name::check_name`]); `None` until given.
    pub name: Option<String>,
    /// Whether they have opened an assigned step: an estimate before
    /// reading given after that is given late.
    pub read: bool,
}

impl Start {
    /// A new start, with no name and nothing read.
    pub fn new(id: StartId) -> Start {
        Start {
            id,
            name: None,
            read: false,
        }
    }

    /// The start in its saved form: `v=1&st=<start id>`, then `&read=1` once
    /// a step has been opened and `&name=<the name, percent-encoded>` once
    /// given.
    pub fn to_saved(&self) -> String {
        let mut text = format!("v={START_VERSION}&st={}", self.id);
        if self.read {
            text.push_str("&read=1");
        }
        if let Some(name) = &self.name {
            text.push_str("&name=");
            text.push_str(&link::encode(name));
        }
        text
    }

    /// A start read back from its saved form; `None` for anything else.
    pub fn from_saved(text: &str) -> Option<Start> {
        let mut parts = text.split('&');
        if parts.next()? != format!("v={START_VERSION}") {
            return None;
        }
        let mut start = Start::new(StartId::parse(parts.next()?.strip_prefix("st=")?)?);
        for part in parts {
            match part.split_once('=')? {
                ("read", "1") if !start.read && start.name.is_none() => start.read = true,
                ("name", value) if start.name.is_none() => {
                    let name = link::decode_exact(value)?;
                    start.name = Some(name::check_name(&name).ok().filter(|n| *n == name)?);
                }
                _ => return None,
            }
        }
        Some(start)
    }
}

/// How many questions the answers hold an answer to: each estimate, each
/// step judged and each written reason. A device that holds answers to an
/// assignment says so in this number before a student continues them.
pub fn answered(answers: &Answers) -> usize {
    let (estimates, judged, reasons) = counts(answers);
    estimates + judged + reasons
}

/// How many estimates the answers hold, how many steps they judge, and how
/// many reasons they give.
fn counts(answers: &Answers) -> (usize, usize, usize) {
    let estimates = usize::from(answers.before.is_some()) + usize::from(answers.after.is_some());
    let judged = answers
        .judgements
        .values()
        .filter(|judgement| judgement.conviction.is_some())
        .count();
    let reasons = answers.reasons.len() + usize::from(answers.view_reason.is_some());
    (estimates, judged, reasons)
}

/// What the answers hold, in words a student checks against the hand-in
/// page's: `2 estimates, 4 steps judged and 4 written reasons`, or `no answers yet`.
pub fn answered_in_words(answers: &Answers) -> String {
    let count = |number: usize, one: &str, many: &str| match number {
        0 => None,
        1 => Some(format!("1 {one}")),
        number => Some(format!("{number} {many}")),
    };
    let (estimates, judged, reasons) = counts(answers);
    let parts: Vec<String> = [
        count(estimates, "estimate", "estimates"),
        count(judged, "step judged", "steps judged"),
        count(reasons, "written reason", "written reasons"),
    ]
    .into_iter()
    .flatten()
    .collect();
    match parts.as_slice() {
        [] => "no answers yet".to_owned(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::AnswerAction;
    use crate::judgement::{Conviction, Weight};
    use crate::point::Point;

    fn start(name: Option<&str>, read: bool) -> Start {
        Start {
            id: StartId::from_bits(0x1234_5678),
            name: name.map(str::to_owned),
            read,
        }
    }

    #[test]
    fn a_start_is_four_base32_characters() {
        assert_eq!(StartId::from_bits(0).to_string(), "aaaa");
        assert_eq!(StartId::from_bits(u32::MAX).to_string(), "7777");
        assert_eq!(StartId::from_bits(1 << 20), StartId::from_bits(0));
        for text in ["", "abc", "abcde", "ABCD", "ab1c"] {
            assert_eq!(StartId::parse(text), None, "{text}");
        }
    }

    #[test]
    fn a_start_round_trips_through_its_saved_form() {
        for start in [
            start(None, false),
            start(None, true),
            start(Some("Anna K"), false),
            start(Some("Zoë & \"Ben\""), true),
        ] {
            let saved = start.to_saved();
            assert_eq!(Start::from_saved(&saved), Some(start.clone()), "{saved}");
        }
        let id = StartId::from_bits(0x1234_5678);
        assert_eq!(
            start(Some("Anna K"), true).to_saved(),
            format!("v=1&st={id}&read=1&name=Anna%20K")
        );
    }

    #[test]
    fn anything_else_is_no_start() {
        let id = StartId::from_bits(7);
        for text in [
            String::new(),
            "v=1".to_owned(),
            format!("v=2&st={id}"),
            format!("st={id}"),
            "v=1&st=not a start".to_owned(),
            format!("v=1&st={id}&read=2"),
            format!("v=1&st={id}&read=1&read=1"),
            format!("v=1&st={id}&name=%20Anna"),
            format!("v=1&st={id}&name=Anna&name=Ben"),
            format!("v=1&st={id}&name=Anna&read=1"),
            format!("v=1&st={id}&name=a%0Ab"),
            format!("v=1&st={id}&who=Anna"),
        ] {
            assert_eq!(Start::from_saved(&text), None, "{text}");
        }
    }

    #[test]
    fn answered_counts_each_question_answered_once() {
        let step: crate::StepId = "cold-war".into();
        let answers = Answers::default();
        assert_eq!(answered(&answers), 0);
        let answers = answers
            .apply(AnswerAction::Before(Some(Point::High)))
            .apply(AnswerAction::Weight(step.clone(), Weight::Much));
        // A weight alone judges nothing.
        assert_eq!(answered(&answers), 1);
        let answers = answers
            .apply(AnswerAction::Conviction(
                step.clone(),
                Conviction::Convincing,
            ))
            .apply(AnswerAction::Reason(
                step,
                "Trade keeps them talking.".to_owned(),
            ))
            .apply(AnswerAction::After(Some(Point::Low)))
            .apply(AnswerAction::ViewReason("It holds.".to_owned()));
        assert_eq!(answered(&answers), 5);
        assert_eq!(
            answered_in_words(&answers),
            "2 estimates, 1 step judged and 2 written reasons"
        );
        assert_eq!(answered_in_words(&Answers::default()), "no answers yet");
        let judged_only = Answers::default().apply(AnswerAction::Conviction(
            "cold-war".into(),
            Conviction::NotSure,
        ));
        assert_eq!(answered_in_words(&judged_only), "1 step judged");
    }
}
