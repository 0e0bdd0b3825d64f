//! A teacher's assignment: which steps a class reads, whether each student
//! gives their name with their answers, and a prompt of the teacher's own,
//! carried whole in a link's fragment
//! (`a=2&id=k3f7qz&from=rivals&to=trade&name=1&prompt=Read%20these`), which
//! browsers never send to the host. Its id tells one assignment's responses
//! from another's. A handout also prints a short code a person can type
//! (`k3f7qz-2-6-n`, see [`Assignment::short_code`]): everything but the
//! prompt.
//!
//! Like a share link, an assignment link is never trusted and never
//! half-read: anything that is not exactly what [`Assignment::to_fragment`]
//! writes is refused with an [`AssignmentError`] that says why.

use std::fmt;

use super::argument::{Argument, StepIndex};
use super::base32;
use super::link::{self, Kind};
use super::text::excerpt;
use super::text::is_unshowable;

/// The version of the assignment format. Version 1 had no id.
pub const ASSIGNMENT_VERSION: u32 = 2;

/// How many characters an [`AssignmentId`] has.
const ID_CHARS: usize = 6;

/// What tells one assignment from another: six characters of lowercase
/// base32 (`k3f7qz`), minted from random bits when a teacher makes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AssignmentId(u32);

impl AssignmentId {
    /// The id the low 30 bits of `bits` make; the teacher's page gives random
    /// ones.
    pub fn from_bits(bits: u32) -> AssignmentId {
        AssignmentId(bits & ((1 << (5 * ID_CHARS)) - 1))
    }

    /// The id a text is, if it is exactly one as [`Display`](fmt::Display)
    /// writes it.
    pub fn parse(text: &str) -> Option<AssignmentId> {
        base32::decode(text, ID_CHARS).map(AssignmentId)
    }
}

impl fmt::Display for AssignmentId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&base32::encode(self.0, ID_CHARS))
    }
}

/// The most characters a prompt may have, once trimmed.
pub const MAX_PROMPT_CHARS: usize = 300;

/// The longest assignment fragment accepted, in bytes: room for the longest
/// prompt with every character encoded at its longest, and far less than a
/// hostile link could carry.
pub const MAX_ASSIGNMENT_LEN: usize = 4_000;

/// The longest short code read, in bytes once spaces are left out: far
/// more than any real one.
const MAX_SHORT_CODE_LEN: usize = 40;

/// What a teacher assigns: a run of steps, read in order from `first` to
/// `last`, whether the class is asked for their names, and what the teacher
/// says to them. [`Assignment::new`] checks one made by hand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assignment {
    /// What tells this assignment from any other.
    pub id: AssignmentId,
    /// The first step assigned.
    pub first: StepIndex,
    /// The last step assigned; never before `first`.
    pub last: StepIndex,
    /// The teacher's words to the class, trimmed; never empty.
    pub prompt: Option<String>,
    /// Whether each student is asked to put their name to their answers.
    pub asks_name: bool,
}

/// What is wrong with an assignment that is its own to say, made or read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssignmentProblem {
    /// The link does not say where the assignment starts, or where it ends.
    Incomplete,
    /// The last step assigned comes before the first.
    Backwards,
    /// The prompt is longer than [`MAX_PROMPT_CHARS`].
    PromptTooLong,
    /// The prompt holds a character that would not show as itself.
    PromptUnshowable,
}

impl fmt::Display for AssignmentProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AssignmentProblem::Incomplete => {
                write!(f, "the link does not say which steps are assigned")
            }
            AssignmentProblem::Backwards => write!(f, "the assignment ends before it starts"),
            AssignmentProblem::PromptTooLong => {
                write!(f, "the prompt is longer than {MAX_PROMPT_CHARS} characters")
            }
            AssignmentProblem::PromptUnshowable => {
                write!(f, "the prompt holds a character that cannot be shown")
            }
        }
    }
}

/// The assignment link, as a [`Kind`] of link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AssignmentLink {}

impl Kind for AssignmentLink {
    type Own = AssignmentProblem;
    const VERSION_FIELD: &'static str = "a";
    const VERSION: u32 = ASSIGNMENT_VERSION;
    const MAX_LEN: usize = MAX_ASSIGNMENT_LEN;
    const CARRIES: &'static str = "assignment";
    const NAME: &'static str = "assignment";
    const PART: &'static str = "part of an assignment";
    const UNKNOWN_STEP: &'static str = "the assignment names a step this explainer does not have";
}

/// An assignment that cannot be made or read, and why.
pub type AssignmentError = link::Error<AssignmentLink>;

/// A prompt as an assignment carries it: trimmed, `None` if nothing is
/// left, at most [`MAX_PROMPT_CHARS`] characters, none unshowable but line
/// breaks (see [`is_unshowable`]).
fn check_prompt(prompt: &str) -> Result<Option<String>, AssignmentProblem> {
    let prompt = prompt.trim();
    if prompt.is_empty() {
        Ok(None)
    } else if prompt.chars().nth(MAX_PROMPT_CHARS).is_some() {
        Err(AssignmentProblem::PromptTooLong)
    } else if prompt.chars().any(|c| c != '\n' && is_unshowable(c)) {
        Err(AssignmentProblem::PromptUnshowable)
    } else {
        Ok(Some(prompt.to_owned()))
    }
}

impl Assignment {
    /// An assignment of the steps from `first` to `last`, with the prompt
    /// trimmed (none if nothing is left of it).
    pub fn new(
        id: AssignmentId,
        first: StepIndex,
        last: StepIndex,
        prompt: &str,
        asks_name: bool,
    ) -> Result<Assignment, AssignmentProblem> {
        if last < first {
            return Err(AssignmentProblem::Backwards);
        }
        Ok(Assignment {
            id,
            first,
            last,
            prompt: check_prompt(prompt)?,
            asks_name,
        })
    }

    /// The assignment as a URL fragment (without `#`):
    /// `a=2&id=<id>&from=<step id>&to=<step id>`, then `&name=1` if it asks for
    /// names and `&prompt=<the prompt, percent-encoded>` if it has one.
    pub fn to_fragment(&self, argument: &Argument) -> String {
        let field = |name: &str, value: String| (name.to_owned(), value);
        let fields = [
            field("id", self.id.to_string()),
            field("from", argument[self.first].id.to_string()),
            field("to", argument[self.last].id.to_string()),
        ];
        let asks_name = self.asks_name.then(|| field("name", "1".to_owned()));
        let prompt = self
            .prompt
            .as_deref()
            .map(|prompt| field("prompt", link::encode(prompt)));
        link::write::<AssignmentLink>(fields.into_iter().chain(asks_name).chain(prompt))
    }

    /// Reads an assignment from a fragment (with or without its `#`).
    /// Anything that is not exactly what [`Assignment::to_fragment`] writes
    /// is refused; its parts may come in any order.
    pub fn from_fragment(text: &str, argument: &Argument) -> Result<Assignment, AssignmentError> {
        let fragment = link::read::<AssignmentLink>(text)?;
        let mut id = None;
        let (mut first, mut last) = (None, None);
        let mut prompt = None;
        let mut asks_name = false;
        for part in link::parts::<AssignmentLink>(fragment) {
            let part = part?;
            let malformed = || part.malformed();
            let (key, value) = (part.name, part.value);
            match key {
                "id" => id = Some(AssignmentId::parse(value).ok_or_else(malformed)?),
                "from" | "to" => {
                    let step = argument
                        .index_of(value)
                        .ok_or_else(|| AssignmentError::UnknownStep(excerpt(value)))?;
                    if key == "from" {
                        first = Some(step);
                    } else {
                        last = Some(step);
                    }
                }
                "name" if value == "1" => asks_name = true,
                "prompt" => {
                    let text = link::decode_exact(value).ok_or_else(malformed)?;
                    let checked = check_prompt(&text).map_err(AssignmentError::Own)?;
                    if checked.as_deref() != Some(&*text) {
                        return Err(malformed());
                    }
                    prompt = checked;
                }
                _ => return Err(malformed()),
            }
        }
        match (id, first, last) {
            (Some(_), Some(first), Some(last)) if last < first => {
                Err(AssignmentError::Own(AssignmentProblem::Backwards))
            }
            (Some(id), Some(first), Some(last)) => Ok(Assignment {
                id,
                first,
                last,
                prompt,
                asks_name,
            }),
            _ => Err(AssignmentError::Own(AssignmentProblem::Incomplete)),
        }
    }

    /// The assignment as a person can type it from a handout, prompt left
    /// out: its id, the numbers of its first and last steps, and `y` or `n`
    /// for whether it asks for names (`k3f7qz-2-6-n`). The numbers are
    /// those of the argument the assignment was made for, which
    /// [`Assignment::from_short_code`] reads them against.
    pub fn short_code(&self) -> String {
        format!(
            "{}-{}-{}-{}",
            self.id,
            self.first.number(),
            self.last.number(),
            if self.asks_name { 'y' } else { 'n' }
        )
    }

    /// Reads an assignment from its [`Assignment::short_code`], as a person
    /// types it: in capitals or not, spaces anywhere, any dash for a hyphen
    /// (a word processor turns one into another), and percent-escaped as an
    /// address bar sends a space typed into it (`%20`). It has no prompt.
    pub fn from_short_code(text: &str, argument: &Argument) -> Result<Assignment, AssignmentError> {
        let code: String = link::decode(text)
            .unwrap_or_else(|| text.to_owned())
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| match c {
                '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
                c => c,
            })
            .flat_map(char::to_lowercase)
            .collect();
        if code.is_empty() {
            return Err(AssignmentError::Empty);
        }
        if code.len() > MAX_SHORT_CODE_LEN {
            return Err(AssignmentError::TooLong);
        }
        let malformed = || AssignmentError::Malformed(excerpt(&code));
        let parts: Vec<&str> = code.split('-').collect();
        let [id, first, last, asks_name] = parts[..] else {
            return Err(malformed());
        };
        let id = AssignmentId::parse(id).ok_or_else(malformed)?;
        let step = |number: &str| {
            let unknown = || AssignmentError::UnknownStep(number.to_owned());
            let number: usize = number.parse().map_err(|_| malformed())?;
            let by = number.checked_sub(1).ok_or_else(unknown)?;
            argument
                .offset(
                    argument.first(),
                    isize::try_from(by).map_err(|_| unknown())?,
                )
                .ok_or_else(unknown)
        };
        let (first, last) = (step(first)?, step(last)?);
        let asks_name = match asks_name {
            "y" => true,
            "n" => false,
            _ => return Err(malformed()),
        };
        Assignment::new(id, first, last, "", asks_name).map_err(AssignmentError::Own)
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
    use crate::fixture;

    fn argument() -> Argument {
        fixture::content().argument
    }

    /// The fixture's step with this id.
    fn at(id: &str) -> StepIndex {
        argument().index_of(id).expect("a step of the fixture")
    }

    /// The id the tests' assignments have.
    fn id() -> AssignmentId {
        AssignmentId::parse("k3f7qz").expect("an id")
    }

    fn assignment(from: &str, to: &str, prompt: Option<&str>, asks_name: bool) -> Assignment {
        Assignment {
            id: id(),
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
            "a=2&id=k3f7qz&from=question&to=unless",
        );
        check(
            assignment("trade", "trade", None, true),
            "a=2&id=k3f7qz&from=trade&to=trade&name=1",
        );
        check(
            assignment(
                "granted",
                "trade",
                Some("Read these, then say: 1 & 2?"),
                true,
            ),
            "a=2&id=k3f7qz&from=granted&to=trade&name=1&prompt=Read%20these%2C%20then%20say%3A%201%20%26%202%3F",
        );
        check(
            assignment("rivals", "answer", Some("Zoë's\nclass"), false),
            "a=2&id=k3f7qz&from=rivals&to=answer&prompt=Zo%C3%AB%27s%0Aclass",
        );
        let longest = "😀".repeat(MAX_PROMPT_CHARS);
        let fragment = format!(
            "a=2&id=k3f7qz&from=question&to=unless&prompt={}",
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
            Assignment::from_fragment(
                "prompt=Hi&to=trade&id=k3f7qz&name=1&from=rivals&a=2",
                &argument()
            ),
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
        use crate::link::Error::*;
        use AssignmentProblem::*;
        let malformed = |s: &str| Malformed(s.to_owned());
        check_refused("", Empty);
        check_refused("#", Empty);
        check_refused(&"x".repeat(MAX_ASSIGNMENT_LEN + 1), TooLong);
        check_refused("a=1&from=rivals&to=trade", Version);
        check_refused("a=3&id=k3f7qz&from=rivals&to=trade", Version);
        check_refused("a=02&id=k3f7qz&from=rivals&to=trade", Version);
        check_refused("from=rivals&to=trade", Unversioned);
        check_refused("v=1&from=rivals&to=trade", Unversioned);
        check_refused("a=2&id=k3f7qz&from=rivals", Own(Incomplete));
        check_refused("a=2&id=k3f7qz&to=rivals", Own(Incomplete));
        check_refused("a=2&id=k3f7qz", Own(Incomplete));
        check_refused("a=2&from=rivals&to=trade", Own(Incomplete));
        check_refused("a=2&id=k3f7qz&from=trade&to=rivals", Own(Backwards));
        check_refused(
            "a=2&id=k3f7qz&from=nowhere&to=trade",
            UnknownStep("nowhere".into()),
        );
        check_refused("a=2&id=k3f7qz&from=rivals&to=", UnknownStep(String::new()));
        check_refused(
            "a=2&id=k3f7qz&from=rivals&to=Trade",
            UnknownStep("Trade".into()),
        );
        check_refused(
            "a=2&id=k3f7qz&from=rivals&to=trade&from=rivals",
            Repeated("from=rivals".into()),
        );
        check_refused(
            "a=2&a=2&id=k3f7qz&from=rivals&to=trade",
            Repeated("a=2".into()),
        );
        check_refused(
            "a=2&id=k3f7qz&from=rivals&to=trade&name=1&name=1",
            Repeated("name=1".into()),
        );
        check_refused(
            "a=2&id=k3f7qz&from=rivals&to=trade&name=0",
            malformed("name=0"),
        );
        check_refused(
            "a=2&id=k3f7qz&from=rivals&to=trade&name=",
            malformed("name="),
        );
        check_refused("a=2&id=k3f7qz&from=rivals&to=trade&", malformed(""));
        check_refused("a=2&id=k3f7qz&from=rivals&&to=trade", malformed(""));
        check_refused("a=2&id=k3f7qz&from=rivals&to", malformed("to"));
        check_refused(
            "a=2&id=k3f7qz&from=rivals&to=trade&extra=1",
            malformed("extra=1"),
        );
        check_refused(
            "a=2&id=k3f7qz&from=rivals&to=trade&prompt=",
            malformed("prompt="),
        );
        check_refused(
            "a=2&id=k3f7qz&from=rivals&to=trade&prompt=%20",
            malformed("prompt=%20"),
        );
        check_refused(
            "a=2&id=k3f7qz&from=rivals&to=trade&prompt=%20Hi",
            malformed("prompt=%20Hi"),
        );
        check_refused(
            "a=2&id=k3f7qz&from=rivals&to=trade&prompt=Hi%0A",
            malformed("prompt=Hi%0A"),
        );
        check_refused(
            "a=2&id=k3f7qz&from=rivals&to=trade&prompt=Hi%21!",
            malformed("prompt=Hi%21!"),
        );
        check_refused(
            "a=2&id=k3f7qz&from=rivals&to=trade&prompt=Hi+there",
            malformed("prompt=Hi+there"),
        );
        check_refused(
            "a=2&id=k3f7qz&from=rivals&to=trade&prompt=%e2%80%94",
            malformed("prompt=%e2%80%94"),
        );
        check_refused(
            "a=2&id=k3f7qz&from=rivals&to=trade&prompt=%FF",
            malformed("prompt=%FF"),
        );
        check_refused(
            &format!(
                "a=2&id=k3f7qz&from=rivals&to=trade&prompt={}",
                "x".repeat(MAX_PROMPT_CHARS + 1)
            ),
            Own(PromptTooLong),
        );
        check_refused(
            "a=2&id=k3f7qz&from=rivals&to=trade&prompt=A%E2%80%AEB",
            Own(PromptUnshowable),
        );
        check_refused(
            "a=2&id=k3f7qz&from=rivals&to=trade&prompt=A%09B",
            Own(PromptUnshowable),
        );
        check_refused(
            "a=2&id=k3f7qz&from=rivals&to=trade&prompt=A%0D%0AB",
            Own(PromptUnshowable),
        );
    }

    #[test]
    fn an_id_is_six_base32_characters() {
        assert_eq!(AssignmentId::from_bits(0).to_string(), "aaaaaa");
        assert_eq!(AssignmentId::from_bits(u32::MAX).to_string(), "777777");
        assert_eq!(
            AssignmentId::from_bits(1 << 30),
            AssignmentId::from_bits(0),
            "only 30 bits are kept"
        );
        assert_eq!(id().to_string(), "k3f7qz");
        for text in ["", "k3f7q", "k3f7qzz", "K3F7QZ", "k3f9qz", "k3f7q!"] {
            assert_eq!(AssignmentId::parse(text), None, "{text}");
        }
        check_refused(
            "a=2&id=k3f9qz&from=rivals&to=trade",
            AssignmentError::Malformed("id=k3f9qz".into()),
        );
        check_refused(
            "a=2&id=k3f7qz&id=k3f7qz&from=rivals&to=trade",
            AssignmentError::Repeated("id=k3f7qz".into()),
        );
    }

    #[test]
    fn the_short_code_is_typed_back_without_the_prompt() {
        let argument = argument();
        let with_prompt = assignment("granted", "trade", Some("Read these."), true);
        assert_eq!(with_prompt.short_code(), "k3f7qz-2-4-y");
        let typed = assignment("granted", "trade", None, true);
        for text in [
            "k3f7qz-2-4-y",
            " K3F7QZ - 2 - 4 - Y\n",
            "k3f7 qz-2-4-y",
            "k3f7qz–2—4\u{2212}y",
            "K3F7QZ%20-%202-4-y",
        ] {
            assert_eq!(
                Assignment::from_short_code(text, &argument),
                Ok(typed.clone()),
                "{text}"
            );
        }
        let one = assignment("trade", "trade", None, false);
        assert_eq!(one.short_code(), "k3f7qz-4-4-n");
        assert_eq!(
            Assignment::from_short_code("k3f7qz-4-4-n", &argument),
            Ok(one)
        );
        use crate::link::Error::*;
        use AssignmentProblem::*;
        for (text, error) in [
            ("", Empty),
            ("  ", Empty),
            (&*"k".repeat(41), TooLong),
            ("k3f7qz-2-4", Malformed("k3f7qz-2-4".into())),
            ("k3f7qz-2-4-y-y", Malformed("k3f7qz-2-4-y-y".into())),
            ("k3f9qz-2-4-y", Malformed("k3f9qz-2-4-y".into())),
            ("k3f7qz-2-4-x", Malformed("k3f7qz-2-4-x".into())),
            ("k3f7qz-two-4-y", Malformed("k3f7qz-two-4-y".into())),
            ("k3f7qz-0-4-y", UnknownStep("0".into())),
            ("k3f7qz-2-7-y", UnknownStep("7".into())),
            ("k3f7qz-4-2-y", Own(Backwards)),
        ] {
            assert_eq!(
                Assignment::from_short_code(text, &argument),
                Err(error),
                "{text}"
            );
        }
    }

    #[test]
    fn a_new_assignment_is_checked() {
        fn new(from: &str, to: &str, prompt: &str) -> Result<Assignment, AssignmentProblem> {
            Assignment::new(id(), at(from), at(to), prompt, true)
        }
        assert_eq!(
            new("rivals", "trade", "  Read these.\n"),
            Ok(assignment("rivals", "trade", Some("Read these."), true))
        );
        assert_eq!(
            new("trade", "trade", " \n\t "),
            Ok(assignment("trade", "trade", None, true))
        );
        assert_eq!(
            new("trade", "rivals", ""),
            Err(AssignmentProblem::Backwards)
        );
        assert!(new("rivals", "trade", &"x".repeat(MAX_PROMPT_CHARS)).is_ok());
        assert_eq!(
            new("rivals", "trade", &"x".repeat(MAX_PROMPT_CHARS + 1)),
            Err(AssignmentProblem::PromptTooLong)
        );
        assert_eq!(
            new("rivals", "trade", "A\u{0}B"),
            Err(AssignmentProblem::PromptUnshowable)
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
        use crate::link::Error::*;
        use AssignmentProblem::*;
        for (error, words) in [
            (AssignmentError::Empty, "the link carries no assignment"),
            (
                UnknownStep("nowhere".into()),
                "the assignment names a step this explainer does not have (nowhere)",
            ),
            (Malformed(String::new()), "the link has an empty part"),
            (
                Malformed("x=1".into()),
                "a part of the link is not part of an assignment (x=1)",
            ),
            (
                Own(Incomplete),
                "the link does not say which steps are assigned",
            ),
            (Own(Backwards), "the assignment ends before it starts"),
            (
                Own(PromptTooLong),
                "the prompt is longer than 300 characters",
            ),
            (
                Own(PromptUnshowable),
                "the prompt holds a character that cannot be shown",
            ),
        ] {
            assert_eq!(error.to_string(), words);
        }
    }
}
