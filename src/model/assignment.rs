//! A teacher's assignment: which steps a class reads, whether each student
//! gives their name with their answers, and a prompt of the teacher's own,
//! carried whole in a link's fragment
//! (`a=1&from=rivals&to=trade&name=1&prompt=Read%20these`), which browsers
//! never send to the host.
//!
//! Like a share link, an assignment link is never trusted and never
//! half-read: anything that is not exactly what [`Assignment::to_fragment`]
//! writes is refused with an [`AssignmentError`] that says why.

use std::fmt;

use super::argument::{Argument, StepIndex};
use super::{saved, share};

/// The version of the assignment format.
pub const ASSIGNMENT_VERSION: u32 = 1;

/// The most characters a prompt may have, once trimmed.
pub const MAX_PROMPT_CHARS: usize = 300;

/// The longest assignment fragment accepted, in bytes: room for the longest
/// prompt with every character encoded at its longest, and far less than a
/// hostile link could carry.
pub const MAX_ASSIGNMENT_LEN: usize = 4_000;

/// What a teacher assigns: a run of steps, read in order from `first` to
/// `last`, whether the class is asked for their names, and what the teacher
/// says to them. [`Assignment::new`] checks one made by hand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assignment {
    /// The first step assigned.
    pub first: StepIndex,
    /// The last step assigned; never before `first`.
    pub last: StepIndex,
    /// The teacher's words to the class, trimmed; never empty.
    pub prompt: Option<String>,
    /// Whether each student is asked to put their name to their answers.
    pub asks_name: bool,
}

/// An assignment that cannot be made or read, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AssignmentError {
    /// The link carries no assignment at all.
    Empty,
    /// The link is longer than any real assignment link.
    TooLong,
    /// The link was made by another version of the explainer.
    Version,
    /// The link does not say which version made it.
    Unversioned,
    /// A part of the link is not of the form it should be.
    Malformed(String),
    /// The link names a step that does not exist.
    UnknownStep(String),
    /// The link has the same part twice.
    Repeated(String),
    /// The link does not say where the assignment starts, or where it ends.
    Incomplete,
    /// The last step assigned comes before the first.
    Backwards,
    /// The prompt is longer than [`MAX_PROMPT_CHARS`].
    PromptTooLong,
    /// The prompt holds a character that would not show as itself.
    PromptUnshowable,
}

impl From<saved::PartRefusal> for AssignmentError {
    fn from(refusal: saved::PartRefusal) -> AssignmentError {
        match refusal {
            saved::PartRefusal::Malformed(part) => AssignmentError::Malformed(part),
            saved::PartRefusal::Repeated(part) => AssignmentError::Repeated(part),
        }
    }
}

impl fmt::Display for AssignmentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AssignmentError::Empty => write!(f, "the link carries no assignment"),
            AssignmentError::TooLong => {
                write!(f, "the link is far longer than a real assignment link")
            }
            AssignmentError::Version => {
                write!(
                    f,
                    "the assignment was made by another version of this explainer"
                )
            }
            AssignmentError::Unversioned => write!(
                f,
                "the link does not say which version of this explainer made the assignment"
            ),
            AssignmentError::Malformed(part) if part.is_empty() => {
                write!(f, "the link has an empty part")
            }
            AssignmentError::Malformed(part) => {
                write!(
                    f,
                    "a part of the link is not part of an assignment ({part})"
                )
            }
            AssignmentError::UnknownStep(step) => {
                write!(
                    f,
                    "the assignment names a step this explainer does not have ({step})"
                )
            }
            AssignmentError::Repeated(part) => {
                write!(f, "the link has the same part twice ({part})")
            }
            AssignmentError::Incomplete => {
                write!(f, "the link does not say which steps are assigned")
            }
            AssignmentError::Backwards => write!(f, "the assignment ends before it starts"),
            AssignmentError::PromptTooLong => {
                write!(f, "the prompt is longer than {MAX_PROMPT_CHARS} characters")
            }
            AssignmentError::PromptUnshowable => {
                write!(f, "the prompt holds a character that cannot be shown")
            }
        }
    }
}

/// A prompt as an assignment carries it: trimmed, `None` if nothing is
/// left, at most [`MAX_PROMPT_CHARS`] characters, none unshowable but line
/// breaks (see [`share::is_unshowable`]).
fn check_prompt(prompt: &str) -> Result<Option<String>, AssignmentError> {
    let prompt = prompt.trim();
    if prompt.is_empty() {
        Ok(None)
    } else if prompt.chars().nth(MAX_PROMPT_CHARS).is_some() {
        Err(AssignmentError::PromptTooLong)
    } else if prompt.chars().any(|c| c != '\n' && share::is_unshowable(c)) {
        Err(AssignmentError::PromptUnshowable)
    } else {
        Ok(Some(prompt.to_owned()))
    }
}

impl Assignment {
    /// An assignment of the steps from `first` to `last`, with the prompt
    /// trimmed (none if nothing is left of it).
    pub fn new(
        first: StepIndex,
        last: StepIndex,
        prompt: &str,
        asks_name: bool,
    ) -> Result<Assignment, AssignmentError> {
        if last < first {
            return Err(AssignmentError::Backwards);
        }
        Ok(Assignment {
            first,
            last,
            prompt: check_prompt(prompt)?,
            asks_name,
        })
    }

    /// The assignment as a URL fragment (without `#`):
    /// `a=1&from=<step id>&to=<step id>`, then `&name=1` if it asks for
    /// names and `&prompt=<the prompt, percent-encoded>` if it has one.
    pub fn to_fragment(&self, argument: &Argument) -> String {
        let mut text = format!(
            "a={ASSIGNMENT_VERSION}&from={}&to={}",
            argument[self.first].id, argument[self.last].id
        );
        if self.asks_name {
            text.push_str("&name=1");
        }
        if let Some(prompt) = &self.prompt {
            text.push_str("&prompt=");
            text.push_str(&share::encode(prompt));
        }
        text
    }

    /// Reads an assignment from a fragment (with or without its `#`).
    /// Anything that is not exactly what [`Assignment::to_fragment`] writes
    /// is refused; its parts may come in any order.
    pub fn from_fragment(text: &str, argument: &Argument) -> Result<Assignment, AssignmentError> {
        let query = text.strip_prefix('#').unwrap_or(text);
        if query.len() > MAX_ASSIGNMENT_LEN {
            return Err(AssignmentError::TooLong);
        }
        if query.is_empty() {
            return Err(AssignmentError::Empty);
        }
        let mut version = None;
        let (mut first, mut last) = (None, None);
        let mut prompt = None;
        let mut asks_name = false;
        for part in saved::strict_parts(query) {
            let part = part?;
            let malformed = || AssignmentError::Malformed(part.shown());
            let (key, value) = (part.name, part.value);
            match key {
                "a" => version = Some(value),
                "from" | "to" => {
                    let step = argument
                        .index_of(value)
                        .ok_or_else(|| AssignmentError::UnknownStep(saved::excerpt(value)))?;
                    if key == "from" {
                        first = Some(step);
                    } else {
                        last = Some(step);
                    }
                }
                "name" if value == "1" => asks_name = true,
                "prompt" => {
                    let text = share::decode(value).ok_or_else(malformed)?;
                    let checked = check_prompt(&text)?;
                    if checked.as_deref() != Some(&*text) {
                        return Err(malformed());
                    }
                    prompt = checked;
                }
                _ => return Err(malformed()),
            }
        }
        match (version, first, last) {
            (None, _, _) => Err(AssignmentError::Unversioned),
            (Some(version), _, _) if version != ASSIGNMENT_VERSION.to_string() => {
                Err(AssignmentError::Version)
            }
            (Some(_), Some(first), Some(last)) if last < first => Err(AssignmentError::Backwards),
            (Some(_), Some(first), Some(last)) => Ok(Assignment {
                first,
                last,
                prompt,
                asks_name,
            }),
            _ => Err(AssignmentError::Incomplete),
        }
    }

    /// The steps assigned, in reading order.
    pub fn steps(&self) -> impl Iterator<Item = StepIndex> {
        self.first.through(self.last)
    }

    /// Whether the step is one of those assigned.
    pub fn covers(&self, index: StepIndex) -> bool {
        (self.first..=self.last).contains(&index)
    }

    /// Whether the step is the last one assigned.
    pub fn is_last(&self, index: StepIndex) -> bool {
        index == self.last
    }

    /// The steps assigned, in a few words: `Steps 1–6, assigned`, or
    /// `Step 4, assigned` for one step.
    pub fn label(&self) -> String {
        if self.first == self.last {
            format!("Step {}, assigned", self.first.number())
        } else {
            format!(
                "Steps {}–{}, assigned",
                self.first.number(),
                self.last.number()
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fixture;

    fn argument() -> Argument {
        fixture::content().argument
    }

    /// The fixture's step with this id.
    fn at(id: &str) -> StepIndex {
        argument().index_of(id).expect("a step of the fixture")
    }

    fn assignment(from: &str, to: &str, prompt: Option<&str>, asks_name: bool) -> Assignment {
        Assignment {
            first: at(from),
            last: at(to),
            prompt: prompt.map(str::to_owned),
            asks_name,
        }
    }

    /// Writes the assignment, checks its fragment, and reads it back.
    fn check(assignment: Assignment, fragment: &str) {
        let argument = argument();
        assert_eq!(assignment.to_fragment(&argument), fragment);
        for text in [fragment.to_owned(), format!("#{fragment}")] {
            assert_eq!(
                Assignment::from_fragment(&text, &argument),
                Ok(assignment.clone()),
                "{text}"
            );
        }
    }

    #[test]
    fn an_assignment_round_trips_through_its_fragment() {
        check(
            assignment("question", "unless", None, false),
            "a=1&from=question&to=unless",
        );
        check(
            assignment("trade", "trade", None, true),
            "a=1&from=trade&to=trade&name=1",
        );
        check(
            assignment(
                "granted",
                "trade",
                Some("Read these, then say: 1 & 2?"),
                true,
            ),
            "a=1&from=granted&to=trade&name=1&prompt=Read%20these%2C%20then%20say%3A%201%20%26%202%3F",
        );
        check(
            assignment("rivals", "answer", Some("Zoë's\nclass"), false),
            "a=1&from=rivals&to=answer&prompt=Zo%C3%AB%27s%0Aclass",
        );
        let longest = "😀".repeat(MAX_PROMPT_CHARS);
        let fragment = format!(
            "a=1&from=question&to=unless&prompt={}",
            "%F0%9F%98%80".repeat(MAX_PROMPT_CHARS)
        );
        assert!(fragment.len() <= MAX_ASSIGNMENT_LEN);
        check(
            assignment("question", "unless", Some(&longest), false),
            &fragment,
        );
    }

    #[test]
    fn parts_may_come_in_any_order() {
        assert_eq!(
            Assignment::from_fragment("prompt=Hi&to=trade&name=1&from=rivals&a=1", &argument()),
            Ok(assignment("rivals", "trade", Some("Hi"), true))
        );
    }

    fn check_refused(text: &str, expected: AssignmentError) {
        assert_eq!(
            Assignment::from_fragment(text, &argument()),
            Err(expected),
            "{text}"
        );
    }

    #[test]
    fn an_assignment_not_exactly_as_written_is_refused_with_a_reason() {
        use AssignmentError::*;
        let malformed = |s: &str| Malformed(s.to_owned());
        check_refused("", Empty);
        check_refused("#", Empty);
        check_refused(&"x".repeat(MAX_ASSIGNMENT_LEN + 1), TooLong);
        check_refused("a=2&from=rivals&to=trade", Version);
        check_refused("a=01&from=rivals&to=trade", Version);
        check_refused("from=rivals&to=trade", Unversioned);
        check_refused("v=1&from=rivals&to=trade", malformed("v=1"));
        check_refused("a=1&from=rivals", Incomplete);
        check_refused("a=1&to=rivals", Incomplete);
        check_refused("a=1", Incomplete);
        check_refused("a=1&from=trade&to=rivals", Backwards);
        check_refused("a=1&from=nowhere&to=trade", UnknownStep("nowhere".into()));
        check_refused("a=1&from=rivals&to=", UnknownStep(String::new()));
        check_refused("a=1&from=rivals&to=Trade", UnknownStep("Trade".into()));
        check_refused(
            "a=1&from=rivals&to=trade&from=rivals",
            Repeated("from=rivals".into()),
        );
        check_refused("a=1&a=1&from=rivals&to=trade", Repeated("a=1".into()));
        check_refused(
            "a=1&from=rivals&to=trade&name=1&name=1",
            Repeated("name=1".into()),
        );
        check_refused("a=1&from=rivals&to=trade&name=0", malformed("name=0"));
        check_refused("a=1&from=rivals&to=trade&name=", malformed("name="));
        check_refused("a=1&from=rivals&to=trade&", malformed(""));
        check_refused("a=1&from=rivals&&to=trade", malformed(""));
        check_refused("a=1&from=rivals&to", malformed("to"));
        check_refused("a=1&from=rivals&to=trade&extra=1", malformed("extra=1"));
        check_refused("a=1&from=rivals&to=trade&prompt=", malformed("prompt="));
        check_refused(
            "a=1&from=rivals&to=trade&prompt=%20",
            malformed("prompt=%20"),
        );
        check_refused(
            "a=1&from=rivals&to=trade&prompt=%20Hi",
            malformed("prompt=%20Hi"),
        );
        check_refused(
            "a=1&from=rivals&to=trade&prompt=Hi%0A",
            malformed("prompt=Hi%0A"),
        );
        check_refused(
            "a=1&from=rivals&to=trade&prompt=Hi%21!",
            malformed("prompt=Hi%21!"),
        );
        check_refused(
            "a=1&from=rivals&to=trade&prompt=Hi+there",
            malformed("prompt=Hi+there"),
        );
        check_refused(
            "a=1&from=rivals&to=trade&prompt=%e2%80%94",
            malformed("prompt=%e2%80%94"),
        );
        check_refused(
            "a=1&from=rivals&to=trade&prompt=%FF",
            malformed("prompt=%FF"),
        );
        check_refused(
            &format!(
                "a=1&from=rivals&to=trade&prompt={}",
                "x".repeat(MAX_PROMPT_CHARS + 1)
            ),
            PromptTooLong,
        );
        check_refused(
            "a=1&from=rivals&to=trade&prompt=A%E2%80%AEB",
            PromptUnshowable,
        );
        check_refused("a=1&from=rivals&to=trade&prompt=A%09B", PromptUnshowable);
        check_refused("a=1&from=rivals&to=trade&prompt=A%0D%0AB", PromptUnshowable);
    }

    #[test]
    fn a_new_assignment_is_checked() {
        fn new(from: &str, to: &str, prompt: &str) -> Result<Assignment, AssignmentError> {
            Assignment::new(at(from), at(to), prompt, true)
        }
        assert_eq!(
            new("rivals", "trade", "  Read these.\n"),
            Ok(assignment("rivals", "trade", Some("Read these."), true))
        );
        assert_eq!(
            new("trade", "trade", " \n\t "),
            Ok(assignment("trade", "trade", None, true))
        );
        assert_eq!(new("trade", "rivals", ""), Err(AssignmentError::Backwards));
        assert!(new("rivals", "trade", &"x".repeat(MAX_PROMPT_CHARS)).is_ok());
        assert_eq!(
            new("rivals", "trade", &"x".repeat(MAX_PROMPT_CHARS + 1)),
            Err(AssignmentError::PromptTooLong)
        );
        assert_eq!(
            new("rivals", "trade", "A\u{0}B"),
            Err(AssignmentError::PromptUnshowable)
        );
    }

    #[test]
    fn an_assignment_covers_its_steps_and_says_which() {
        let argument = argument();
        let several = assignment("granted", "trade", None, false);
        let ids = |assignment: &Assignment| -> Vec<String> {
            assignment
                .steps()
                .map(|step| argument[step].id.to_string())
                .collect()
        };
        assert_eq!(ids(&several), ["granted", "rivals", "trade"]);
        for (id, covered) in [
            ("question", false),
            ("granted", true),
            ("rivals", true),
            ("trade", true),
            ("answer", false),
        ] {
            assert_eq!(several.covers(at(id)), covered, "{id}");
            assert_eq!(several.is_last(at(id)), id == "trade", "{id}");
        }
        assert_eq!(several.label(), "Steps 2–4, assigned");
        let one = assignment("trade", "trade", None, false);
        assert_eq!(ids(&one), ["trade"]);
        assert_eq!(one.label(), "Step 4, assigned");
        let all = assignment("question", "unless", None, false);
        assert_eq!(ids(&all), fixture::STEPS);
        assert_eq!(all.label(), "Steps 1–6, assigned");
    }

    #[test]
    fn every_refusal_says_why_in_plain_words() {
        use AssignmentError::*;
        for (error, words) in [
            (Empty, "the link carries no assignment"),
            (
                UnknownStep("nowhere".into()),
                "the assignment names a step this explainer does not have (nowhere)",
            ),
            (Malformed(String::new()), "the link has an empty part"),
            (
                Malformed("x=1".into()),
                "a part of the link is not part of an assignment (x=1)",
            ),
            (Incomplete, "the link does not say which steps are assigned"),
            (Backwards, "the assignment ends before it starts"),
            (PromptTooLong, "the prompt is longer than 300 characters"),
            (
                PromptUnshowable,
                "the prompt holds a character that cannot be shown",
            ),
        ] {
            assert_eq!(error.to_string(), words);
        }
    }
}
