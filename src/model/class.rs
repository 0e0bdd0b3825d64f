//! A class's answers, read from the share links its students sent back and
//! a teacher pasted in: a list of links, or a whole chat with other words
//! around them. Each link is read as the verdict page reads it
//! ([`share::from_fragment`]); one that cannot be read is set aside with the
//! line it stood on and the reason, and the rest are summed up: the
//! estimates, how they changed, each step's answers (what the essay
//! concedes apart from its reasons against a break), where answers and
//! estimates pull apart, discussion starters, and a table for a
//! spreadsheet.

use std::cmp::Ordering;
use std::collections::HashSet;

use super::answers::Answers;
use super::argument::{Argument, StepIndex};
use super::judgement::{Conviction, Weight};
use super::likelihood::Likelihood;
use super::share::{self, ShareError, Shared};
use super::step::Direction;
use super::summary::{Summary, Tension};

/// The most links read from one paste; any beyond are counted, not read.
pub const MAX_LINKS: usize = 1_000;

/// The longest link read, in bytes: the longest share fragment, and room
/// for the address before it.
pub const MAX_LINK_LEN: usize = share::MAX_SHARE_LEN + 1_000;

/// The most characters of a line shown beside a link that cannot be read.
pub const EXCERPT_CHARS: usize = 60;

/// The most discussion starters offered.
pub const MOST_STARTERS: usize = 3;

/// A step is said to split the class only where each side, convincing and
/// not convincing, has at least one in this many of those who judged it (a
/// quarter); a smaller side is said to divide some of the class.
pub const SPLIT_SHARE: u32 = 4;

/// The spreadsheet's column that says an estimate before reading was given
/// late.
const LATE_COLUMN: &str = "before-given-late";

/// When an estimate was given: before reading the essay's argument, or
/// after. An estimate before reading given only once the reader had read a
/// step is late ([`Answers::before_late`]) and counted apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EstimateTime {
    /// Before reading.
    BeforeReading,
    /// Meant as before reading, but given after starting to read.
    LateBefore,
    /// After reading.
    AfterReading,
}

impl EstimateTime {
    /// Every time, in the order they are given.
    pub const ALL: [EstimateTime; 3] = [
        EstimateTime::BeforeReading,
        EstimateTime::LateBefore,
        EstimateTime::AfterReading,
    ];

    /// The estimate given at this time, if any.
    pub fn of(self, answers: &Answers) -> Option<Likelihood> {
        match self {
            EstimateTime::BeforeReading => answers.before.filter(|_| !answers.before_late),
            EstimateTime::LateBefore => answers.before.filter(|_| answers.before_late),
            EstimateTime::AfterReading => answers.after,
        }
    }

    /// The estimate asked for at this time, if any, whenever it was given:
    /// a late estimate before reading is an answer to the question before
    /// reading.
    fn asked(self, answers: &Answers) -> Option<Likelihood> {
        match self {
            EstimateTime::BeforeReading | EstimateTime::LateBefore => answers.before,
            EstimateTime::AfterReading => answers.after,
        }
    }
}

/// A link in the paste that cannot be read, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// The line it stands on, counted from 1.
    pub line: usize,
    /// The start of that line, at most [`EXCERPT_CHARS`] characters, with
    /// any character that would not show as itself left out.
    pub excerpt: String,
    /// Why it cannot be read.
    pub why: ShareError,
}

/// How the estimates changed between before and after reading.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Shifts {
    /// Thought a full break more likely after reading than before.
    pub more_likely: u32,
    /// Thought it less likely after reading.
    pub less_likely: u32,
    /// Gave the same estimate both times.
    pub unchanged: u32,
    /// Did not give both estimates.
    pub incomplete: u32,
}

/// The class's answers on one judged step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepTally {
    /// Where the step stands.
    pub step: StepIndex,
    /// Which way it points: what the essay concedes and its reasons against
    /// a break are never added together.
    pub direction: Direction,
    /// How many found it convincing.
    pub convinced: u32,
    /// How many were not sure.
    pub unsure: u32,
    /// How many found it not convincing.
    pub unconvinced: u32,
    /// How many did not judge it.
    pub unanswered: u32,
    /// How many said it bears on the answer by each weight, least first.
    pub weights: Vec<(Weight, u32)>,
}

impl StepTally {
    /// How many found it convincing and how many not convincing, the fewer
    /// first, if at least one said each: the step divided them.
    fn split(&self) -> Option<(u32, u32)> {
        let fewer = self.convinced.min(self.unconvinced);
        (fewer > 0).then_some((fewer, self.convinced + self.unconvinced))
    }

    /// How many judged it: convincing, not sure or not convincing.
    fn answered(&self) -> u32 {
        self.convinced + self.unsure + self.unconvinced
    }

    /// Whether the step split the class: each side, convincing and not
    /// convincing, has at least [`SPLIT_SHARE`] of those who judged it.
    fn splits_the_class(&self) -> bool {
        let fewer = self.convinced.min(self.unconvinced);
        fewer > 0 && u64::from(fewer) * u64::from(SPLIT_SHARE) >= u64::from(self.answered())
    }
}

/// Where answers and estimates pull apart across the class, counted as the
/// verdict page finds it for each one ([`Summary::tension_kind`]): a
/// student's answers lean one way, step for step, and their estimate after
/// reading falls on the other side of as likely as not. Each count is the
/// other's mirror.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tensions {
    /// Answers that lean toward a full break, yet a full break thought less
    /// likely than not ([`Tension::TowardYetUnlikely`]).
    pub toward_yet_unlikely: u32,
    /// Answers that lean against a full break, yet a full break thought
    /// more likely than not ([`Tension::AgainstYetLikely`]).
    pub against_yet_likely: u32,
}

/// A class's answers, read from pasted share links.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClassTally {
    /// Each response read (a student's whole handed-in set of answers), in
    /// the order pasted, once.
    pub responses: Vec<Shared>,
    /// The links that could not be read, in the order pasted.
    pub refused: Vec<Refusal>,
    /// How many links gave the same answers and name as one read before
    /// them, and were counted once.
    pub repeated: usize,
    /// How many links came after the first [`MAX_LINKS`], and were not read.
    pub left_out: usize,
}

/// The link a word of a paste holds, if it holds one: a word with `#v=` or
/// `?v=` in it, or that starts with `http://` or `https://`, once any
/// brackets or quotation marks before it are set aside.
fn candidate(word: &str) -> Option<&str> {
    let word = word.trim_start_matches(['<', '(', '[', '{', '"', '\'']);
    let is_link = word.contains("#v=")
        || word.contains("?v=")
        || word.starts_with("http://")
        || word.starts_with("https://");
    is_link.then_some(word)
}

/// A link's share fragment: what follows its `#`, or the `?` of a link made
/// before, without the punctuation a chat may put after it. A fragment
/// [`share::to_fragment`] writes always ends in a letter or digit.
fn fragment(link: &str) -> &str {
    let fragment = match link.split_once('#') {
        Some((_, fragment)) => fragment,
        None => link.split_once('?').map_or("", |(_, query)| query),
    };
    fragment.trim_end_matches(|c: char| !c.is_ascii_alphanumeric())
}

/// The start of a line, to show beside a link that cannot be read.
fn excerpt(line: &str) -> String {
    let shown: Vec<char> = line
        .trim()
        .chars()
        .filter(|&c| !share::is_unshowable(c))
        .take(EXCERPT_CHARS + 1)
        .collect();
    if shown.len() > EXCERPT_CHARS {
        shown[..EXCERPT_CHARS - 1]
            .iter()
            .chain(['…'].iter())
            .collect()
    } else {
        shown.into_iter().collect()
    }
}

/// A count, at the start of a sentence addressed to the class.
fn of_you(count: u32) -> String {
    match count {
        1 => "One of you".to_owned(),
        n => format!("{n} of you"),
    }
}

/// A step named as ours: its number and title.
fn step_name(argument: &Argument, step: StepIndex) -> String {
    format!("Step {} ({})", step.number(), argument[step].title)
}

/// A cell of a CSV table (RFC 4180): quoted if it holds a comma, a quotation
/// mark or a line break, and with an apostrophe before anything a
/// spreadsheet would take for a formula.
fn csv_cell(text: &str) -> String {
    let guarded = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if guarded.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// The answers on one judged step, from these responses.
fn tally_step<'a>(
    step: StepIndex,
    direction: Direction,
    id: &str,
    responses: impl Iterator<Item = &'a Shared>,
) -> StepTally {
    let mut tally = StepTally {
        step,
        direction,
        convinced: 0,
        unsure: 0,
        unconvinced: 0,
        unanswered: 0,
        weights: Weight::ALL.map(|weight| (weight, 0)).to_vec(),
    };
    for response in responses {
        let judgement = response.answers.judgement(id);
        let count = match judgement.conviction {
            Some(Conviction::Convincing) => &mut tally.convinced,
            Some(Conviction::NotSure) => &mut tally.unsure,
            Some(Conviction::NotConvincing) => &mut tally.unconvinced,
            None => &mut tally.unanswered,
        };
        *count += 1;
        if let Some(weight) = judgement.weight {
            for (each, count) in &mut tally.weights {
                if *each == weight {
                    *count += 1;
                }
            }
        }
    }
    tally
}

/// The answers on the judged steps, from these responses, in
/// the argument's order.
fn tally_steps<'a>(
    argument: &Argument,
    responses: impl Iterator<Item = &'a Shared> + Clone,
) -> Vec<StepTally> {
    argument
        .indexed()
        .filter_map(|(index, step)| {
            let direction = step.kind.direction()?;
            Some(tally_step(index, direction, &step.id, responses.clone()))
        })
        .collect()
}

/// The step that divided the class most evenly between convincing and
/// not convincing (at least one each way): the largest share on the
/// smaller side, then the most answers, then the earliest step.
fn most_split(steps: &[StepTally]) -> Option<&StepTally> {
    let mut best: Option<(&StepTally, (u32, u32))> = None;
    for step in steps {
        let Some((fewer, both)) = step.split() else {
            continue;
        };
        let better = best.is_none_or(|(_, (best_fewer, best_both))| {
            let evenness = (u64::from(fewer) * u64::from(best_both))
                .cmp(&(u64::from(best_fewer) * u64::from(both)));
            evenness.then(both.cmp(&best_both)) == Ordering::Greater
        });
        if better {
            best = Some((step, (fewer, both)));
        }
    }
    best.map(|(step, _)| step)
}

impl ClassTally {
    /// Reads every link in a paste, line by line. A word is a link if it
    /// has `#v=` or `?v=` in it or starts with `http://` or `https://`;
    /// other words are passed over. A link that sets an assignment (its
    /// fragment starts `a=`) is not a student's answers, and is passed over
    /// too. A link longer than [`MAX_LINK_LEN`] is refused unread.
    pub fn read(text: &str, argument: &Argument) -> ClassTally {
        let mut tally = ClassTally::default();
        let mut seen = HashSet::new();
        let mut links = 0;
        for (number, line) in text.lines().enumerate() {
            for link in line.split_whitespace().filter_map(candidate) {
                let oversized = link.len() > MAX_LINK_LEN;
                let fragment = if oversized { "" } else { fragment(link) };
                if fragment.starts_with("a=") {
                    continue;
                }
                if links == MAX_LINKS {
                    tally.left_out += 1;
                    continue;
                }
                links += 1;
                let read = if oversized {
                    Err(ShareError::TooLong)
                } else {
                    share::from_fragment(fragment, argument)
                };
                match read {
                    Ok(shared) => {
                        if seen.insert(shared.to_fragment(argument)) {
                            tally.responses.push(shared);
                        } else {
                            tally.repeated += 1;
                        }
                    }
                    Err(why) => tally.refused.push(Refusal {
                        line: number + 1,
                        excerpt: excerpt(line),
                        why,
                    }),
                }
            }
        }
        tally
    }

    /// How many gave each point of the scale at this time, least likely
    /// first (the count for a [`Likelihood`] at its rank less one).
    pub fn estimates(&self, when: EstimateTime) -> [u32; 5] {
        let mut counts = [0; 5];
        for estimate in self.responses.iter().filter_map(|r| when.of(&r.answers)) {
            counts[usize::from(estimate.rank()) - 1] += 1;
        }
        counts
    }

    /// How many did not answer the question asked at this time: a late
    /// estimate before reading is an answer to the question before reading.
    pub fn without_estimate(&self, when: EstimateTime) -> u32 {
        let mut count = 0;
        for response in &self.responses {
            if when.asked(&response.answers).is_none() {
                count += 1;
            }
        }
        count
    }

    /// How the estimates changed between before and after reading; a late
    /// estimate before reading says nothing of how reading changed a view,
    /// so it counts as not both given.
    pub fn shifts(&self) -> Shifts {
        let mut shifts = Shifts::default();
        for response in &self.responses {
            let before = EstimateTime::BeforeReading.of(&response.answers);
            let count = match (before, response.answers.after) {
                (Some(before), Some(after)) => match after.cmp(&before) {
                    Ordering::Greater => &mut shifts.more_likely,
                    Ordering::Less => &mut shifts.less_likely,
                    Ordering::Equal => &mut shifts.unchanged,
                },
                _ => &mut shifts.incomplete,
            };
            *count += 1;
        }
        shifts
    }

    /// The class's answers on every judged step (see
    /// [`Argument::is_judged`]), in the argument's order, each with the way it
    /// points.
    pub fn steps(&self, argument: &Argument) -> Vec<StepTally> {
        tally_steps(argument, self.responses.iter())
    }

    /// Where answers and estimates pull apart: each response summed up as
    /// the verdict page sums it ([`Summary::of`]), and counted by the
    /// tension it finds there ([`Summary::tension_kind`]).
    pub fn tensions(&self, argument: &Argument) -> Tensions {
        let mut tensions = Tensions::default();
        for response in &self.responses {
            match Summary::of(&response.answers, argument).tension_kind() {
                Some(Tension::TowardYetUnlikely) => tensions.toward_yet_unlikely += 1,
                Some(Tension::AgainstYetLikely) => tensions.against_yet_likely += 1,
                None => {}
            }
        }
        tensions
    }

    /// The names given, one for each response that gave one, in the order
    /// pasted. A name given in more than one response is there each time.
    pub fn names(&self) -> Vec<&str> {
        self.responses
            .iter()
            .filter_map(|response| response.name.as_deref())
            .collect()
    }

    /// How many responses gave no name.
    pub fn unnamed(&self) -> usize {
        self.responses
            .iter()
            .filter(|response| response.name.is_none())
            .count()
    }

    /// Up to [`MOST_STARTERS`] discussion starters, in our own
    /// voice, each drawn from the class's answers and naming our steps by
    /// number and title: the step that divided the class most evenly, the
    /// step most found convincing by those whose estimate changed (at
    /// least two of them), and where answers and estimates pull apart.
    /// What the essay concedes is never called convincing: what we ask of
    /// it is whether its facts make a full break more likely. Fewer
    /// starters, or none, where the answers cannot support them.
    pub fn starters(&self, argument: &Argument) -> Vec<String> {
        let steps = self.steps(argument);
        let split = most_split(&steps).map(|step| {
            let divided = if step.splits_the_class() {
                "split the class"
            } else {
                "divided some of you"
            };
            let sides = match step.direction {
                Direction::TowardBreak => format!(
                    "{} of you thought these facts make a full break more likely, and {} \
                     thought they do not",
                    step.convinced, step.unconvinced
                ),
                Direction::AgainstBreak => format!(
                    "{} of you found it convincing and {} found it not convincing",
                    step.convinced, step.unconvinced
                ),
            };
            format!(
                "{} {divided}: {sides}. What would each side want the other to see?",
                step_name(argument, step.step)
            )
        });
        let changed: Vec<&Shared> = self
            .responses
            .iter()
            .filter(|r| matches!((r.answers.before, r.answers.after), (Some(b), Some(a)) if a != b))
            .collect();
        let most_convincing = tally_steps(argument, changed.iter().copied())
            .into_iter()
            .filter(|step| step.convinced >= 2)
            .reduce(|best, step| {
                if step.convinced > best.convinced {
                    step
                } else {
                    best
                }
            })
            .map(|step| {
                let of_those = format!(
                    "Of the {} of you whose estimate changed between before and after reading,",
                    changed.len()
                );
                let name = step_name(argument, step.step);
                match step.direction {
                    Direction::TowardBreak => format!(
                        "{of_those} {} thought the facts of {name} make a full break more \
                         likely. What part, if any, did they play in the change?",
                        step.convinced
                    ),
                    Direction::AgainstBreak => format!(
                        "{of_those} {} found {name} convincing. What part, if any, did it play \
                         in the change?",
                        step.convinced
                    ),
                }
            });
        let tensions = self.tensions(argument);
        // The two are each other's mirror.
        let pulled = |count: u32, way: &str, view: &str| {
            (count > 0).then(|| {
                format!(
                    "{} gave answers that lean {way} a full break, step for step, yet after \
                     reading thought a full break {view} likely than not. What, for you, makes \
                     it {view} likely?",
                    of_you(count)
                )
            })
        };
        let toward = pulled(tensions.toward_yet_unlikely, "toward", "less");
        let against = pulled(tensions.against_yet_likely, "against", "more");
        [split, most_convincing, toward, against]
            .into_iter()
            .flatten()
            .take(MOST_STARTERS)
            .collect()
    }

    /// The responses as a CSV table (RFC 4180, lines ended by CRLF) for a
    /// spreadsheet: a header `name,before,after`, then the id of each step
    /// judged, then `before-given-late`; then a row for each response, with
    /// its estimates by their labels, each judgement in words, and `yes`
    /// where its estimate before reading was given only after starting to
    /// read and each judgement in words (empty where none was
    /// given).
    pub fn to_csv(&self, argument: &Argument) -> String {
        let judged: Vec<&str> = argument
            .steps()
            .iter()
            .filter(|step| step.kind.direction().is_some())
            .map(|step| &*step.id)
            .collect();
        let mut rows = vec![
            ["name", "before", "after"]
                .into_iter()
                .chain(judged.iter().copied())
                .chain([LATE_COLUMN])
                .map(csv_cell)
                .collect::<Vec<_>>(),
        ];
        for response in &self.responses {
            let answers = &response.answers;
            let estimates = [answers.before, answers.after]
                .map(|estimate| estimate.map_or("", Likelihood::label).to_owned());
            let late = if answers.is_before_late() { "yes" } else { "" };
            let judgements = judged
                .iter()
                .map(|id| answers.judgement(id).in_words().unwrap_or_default());
            rows.push(
                [response.name.clone().unwrap_or_default()]
                    .into_iter()
                    .chain(estimates)
                    .chain(judgements)
                    .chain([late.to_owned()])
                    .map(|cell| csv_cell(&cell))
                    .collect(),
            );
        }
        rows.into_iter().map(|row| row.join(",") + "\r\n").collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fixture;
    use crate::model::share::NameError;

    fn argument() -> Argument {
        fixture::content().argument
    }

    /// Reads a paste and checks what came of it: the fragments read, in
    /// order; the lines refused, with why; and how many were repeats.
    fn check(paste: &str, read: &[&str], refused: &[(usize, ShareError)], repeated: usize) {
        let argument = argument();
        let tally = ClassTally::read(paste, &argument);
        let fragments: Vec<String> = tally
            .responses
            .iter()
            .map(|response| response.to_fragment(&argument))
            .collect();
        assert_eq!(fragments, read, "{paste}");
        let reasons: Vec<(usize, ShareError)> = tally
            .refused
            .iter()
            .map(|refusal| (refusal.line, refusal.why.clone()))
            .collect();
        assert_eq!(reasons, refused, "{paste}");
        assert_eq!(tally.repeated, repeated, "{paste}");
        assert_eq!(tally.left_out, 0, "{paste}");
    }

    #[test]
    fn links_are_read_one_a_line() {
        check("", &[], &[], 0);
        check(" \n\r\n\t", &[], &[], 0);
        check(
            "https://host/verdict/#v=1&before=2\r\nhttps://host/verdict/#v=1&after=4&name=Ben\n",
            &["v=1&before=2", "v=1&after=4&name=Ben"],
            &[],
            0,
        );
        check(
            "#v=1&trade=c3\n?v=1&before=1&after=5",
            &["v=1&trade=c3", "v=1&before=1&after=5"],
            &[],
            0,
        );
        check(
            "https://host/verdict/2-to-4/#v=1&before=2&after=4",
            &["v=1&before=2&after=4"],
            &[],
            0,
        );
    }

    #[test]
    fn links_are_found_among_the_words_of_a_chat() {
        let chat = "\
Class chat, exported 12 May
Teacher, 10:00: read this first https://host/step/rivals/#a=1&from=rivals&to=trade&name=1
Anna, 10:02: https://host/verdict/#v=1&before=2&name=Anna thanks!
Ben, 10:03: here (https://host/verdict/#v=1&before=4&after=2&trade=c3).
Cleo, 10:04: https://host/verdict/?v=1&after=1, an old one
Dan, 10:05: the essay is at https://example.com/essay, ok?
Eve: http://host/verdict/#v=1&before=9 and <https://host/verdict/#v=1&before=3&name=Zo%C3%AB>...
Finn: https://host/verdict/#v=1&rivals=x
Gus: the essay (https://example.com/essay) again";
        check(
            chat,
            &[
                "v=1&before=2&name=Anna",
                "v=1&before=4&after=2&trade=c3",
                "v=1&after=1",
                "v=1&before=3&name=Zo%C3%AB",
            ],
            &[
                (6, ShareError::Empty),
                (7, ShareError::Malformed("before=9".into())),
                (8, ShareError::Malformed("rivals=x".into())),
                (9, ShareError::Empty),
            ],
            0,
        );
        let tally = ClassTally::read(chat, &argument());
        assert_eq!(tally.responses[3].name.as_deref(), Some("Zoë"));
        assert_eq!(
            tally.refused[0].excerpt,
            "Dan, 10:05: the essay is at https://example.com/essay, ok?"
        );
    }

    #[test]
    fn the_same_answers_pasted_twice_count_once() {
        let link = "https://host/verdict/#v=1&before=2&trade=n&name=Anna";
        check(
            &format!("{link}\n{link}.\nAnna: {link} {link}\n"),
            &["v=1&before=2&trade=n&name=Anna"],
            &[],
            3,
        );
        check(
            "#v=1&before=2\n#v=1&before=2&name=Anna\n#v=1&before=2&name=Ben\n#v=1&before=2",
            &[
                "v=1&before=2",
                "v=1&before=2&name=Anna",
                "v=1&before=2&name=Ben",
            ],
            &[],
            1,
        );
        check(
            "#v=1&before=2&trade=c\n?v=1&before=2&trade=c\nhttps://elsewhere/x/#v=1&before=2&trade=c",
            &["v=1&before=2&trade=c"],
            &[],
            2,
        );
    }

    #[test]
    fn a_link_that_cannot_be_read_is_refused_with_its_line() {
        let too_long = format!(
            "https://host/#v=1&before=2&name={}",
            "x".repeat(MAX_LINK_LEN)
        );
        let long_address = format!("https://host/{}/#v=1&before=2", "x".repeat(MAX_LINK_LEN));
        check(
            &format!(
                "ok #v=1&before=2\n\n{too_long}\nhttps://host/verdict/#v=1&before=2&name=%0AAnna\n\
                 {long_address}"
            ),
            &["v=1&before=2"],
            &[
                (3, ShareError::TooLong),
                (4, ShareError::Name(NameError::Spaces)),
                (5, ShareError::TooLong),
            ],
            0,
        );
        check(
            "#v=2&before=2\nhttps://host/#before=2\n#v=1&nowhere=c\n#before=2 is not a link",
            &[],
            &[
                (1, ShareError::Version),
                (2, ShareError::Unversioned),
                (3, ShareError::UnknownStep("nowhere".into())),
            ],
            0,
        );
        let tally = ClassTally::read(&format!("  Zed\u{202E}: {too_long}"), &argument());
        let excerpt = &tally.refused[0].excerpt;
        assert_eq!(excerpt.chars().count(), EXCERPT_CHARS);
        assert!(excerpt.starts_with("Zed: https://host/#v=1&before=2&name=xxx"));
        assert!(excerpt.ends_with("x…"));
    }

    /// A link of the fixture's with distinct answers for each `i`.
    fn generated(i: usize) -> String {
        let codes = ["c", "u", "n", "c1", "n3"];
        format!(
            "https://host/verdict/#v=1&before={}&after={}&trade={}&name=Student%20{i}",
            i % 5 + 1,
            (i * 3) % 5 + 1,
            codes[i % codes.len()]
        )
    }

    #[test]
    fn a_whole_year_of_links_is_read() {
        let argument = argument();
        let paste: Vec<String> = (0..250).map(generated).collect();
        let tally = ClassTally::read(&paste.join("\n"), &argument);
        assert_eq!(
            (tally.responses.len(), tally.refused.len(), tally.repeated),
            (250, 0, 0)
        );
        assert_eq!(tally.responses[249].name.as_deref(), Some("Student 249"));
        assert_eq!(tally.estimates(EstimateTime::BeforeReading), [50; 5]);
        assert_eq!(tally.estimates(EstimateTime::AfterReading), [50; 5]);
        let trade = &tally.steps(&argument)[2];
        assert_eq!(
            (trade.convinced, trade.unsure, trade.unconvinced),
            (100, 50, 100)
        );
        let twice = ClassTally::read(
            &format!("{}\n{}", paste.join("\n"), paste.join(" ")),
            &argument,
        );
        assert_eq!((twice.responses.len(), twice.repeated), (250, 250));
    }

    #[test]
    fn links_past_the_most_read_are_counted_not_read() {
        let mut paste: Vec<String> = (0..MAX_LINKS - 1).map(generated).collect();
        paste.push("https://host/verdict/#v=9".to_owned());
        paste.push("https://host/#a=1&from=rivals&to=trade".to_owned());
        paste.extend((MAX_LINKS..MAX_LINKS + 4).map(generated));
        paste.push("https://host/verdict/#v=9 not read either".to_owned());
        let tally = ClassTally::read(&paste.join("\n"), &argument());
        assert_eq!(
            (tally.responses.len(), tally.refused.len(), tally.left_out),
            (MAX_LINKS - 1, 1, 5)
        );
    }

    /// A small class: five students' links, between them every kind of
    /// answer the figures count.
    const CLASS: &str = "\
#v=1&before=2&after=2&granted=c&rivals=n3&trade=n&name=A
#v=1&before=2&after=4&rivals=c2&trade=c3&name=B
#v=1&before=4&after=1&granted=n1&rivals=c&trade=u&name=C
#v=1&before=1&after=3&rivals=n&name=D
#v=1&before=5&granted=c3";

    fn class() -> ClassTally {
        ClassTally::read(CLASS, &argument())
    }

    #[test]
    fn the_estimates_are_counted_by_point_and_time() {
        let class = class();
        assert_eq!(
            class.estimates(EstimateTime::BeforeReading),
            [1, 2, 0, 1, 1]
        );
        assert_eq!(class.estimates(EstimateTime::AfterReading), [1, 1, 1, 1, 0]);
        assert_eq!(class.without_estimate(EstimateTime::BeforeReading), 0);
        assert_eq!(class.without_estimate(EstimateTime::AfterReading), 1);
        assert_eq!(
            class.shifts(),
            Shifts {
                more_likely: 2,
                less_likely: 1,
                unchanged: 1,
                incomplete: 1
            }
        );
        assert_eq!(ClassTally::default().shifts(), Shifts::default());
    }

    #[test]
    fn estimates_before_reading_given_late_are_counted_apart() {
        let mut class = class();
        let late = "#v=1&before=2&late=1&after=4&name=L\n#v=1&before=5&late=1&name=M";
        class
            .responses
            .extend(ClassTally::read(late, &argument()).responses);
        assert_eq!(
            class.estimates(EstimateTime::BeforeReading),
            [1, 2, 0, 1, 1],
            "not mixed into the estimates before reading"
        );
        assert_eq!(class.estimates(EstimateTime::LateBefore), [0, 1, 0, 0, 1]);
        assert_eq!(class.estimates(EstimateTime::AfterReading), [1, 1, 1, 2, 0]);
        assert_eq!(class.without_estimate(EstimateTime::BeforeReading), 0);
        assert_eq!(class.without_estimate(EstimateTime::AfterReading), 2);
        assert_eq!(
            class.shifts(),
            Shifts {
                more_likely: 2,
                less_likely: 1,
                unchanged: 1,
                incomplete: 3
            },
            "a late estimate says nothing of how reading changed a view"
        );
    }

    #[test]
    fn each_judged_step_is_tallied_with_the_way_it_points() {
        let argument = argument();
        let tally = |id: &str, direction, counts: [u32; 4], weights: [u32; 3]| StepTally {
            step: argument.index_of(id).expect("a step of the fixture"),
            direction,
            convinced: counts[0],
            unsure: counts[1],
            unconvinced: counts[2],
            unanswered: counts[3],
            weights: Weight::ALL.into_iter().zip(weights).collect(),
        };
        assert_eq!(
            class().steps(&argument),
            [
                tally("granted", Direction::TowardBreak, [2, 0, 1, 2], [1, 0, 1]),
                tally("rivals", Direction::AgainstBreak, [2, 0, 2, 1], [0, 1, 1]),
                tally("trade", Direction::AgainstBreak, [1, 1, 1, 2], [0, 0, 1]),
            ]
        );
    }

    #[test]
    fn tensions_are_counted_as_the_verdict_page_finds_them() {
        let argument = argument();
        let class = class();
        assert_eq!(
            class.tensions(&argument),
            Tensions {
                toward_yet_unlikely: 1,
                against_yet_likely: 0
            }
        );
        let said = |name: &str| {
            let response = class
                .responses
                .iter()
                .find(|r| r.name.as_deref() == Some(name))
                .expect("a student of the class");
            Summary::of(&response.answers, &argument).tension()
        };
        assert!(said("A").is_some_and(|t| t.contains("lean toward a full break")));
        // B judged the reasons against a break alone: nothing to compare.
        assert_eq!(said("B"), None);
        // C leans against a full break, and thinks it very unlikely.
        assert_eq!(said("C"), None);
        // The mirror of A: leaning against, and thinking a full break likely.
        let mirrored = ClassTally::read("#v=1&after=4&granted=n&rivals=c3&trade=c2", &argument);
        assert_eq!(
            mirrored.tensions(&argument),
            Tensions {
                toward_yet_unlikely: 0,
                against_yet_likely: 1
            }
        );
        // Unsure of every step, whatever the weights and the estimate: no
        // lean, so no tension.
        let unsure = ClassTally::read(
            "#v=1&after=5&granted=u1&rivals=u3&trade=u&name=F\n\
             #v=1&after=1&granted=u3&rivals=u1&name=G",
            &argument,
        );
        assert_eq!(unsure.tensions(&argument), Tensions::default());
        assert!(unsure.starters(&argument).is_empty());
    }

    #[test]
    fn an_empty_class_starts_no_discussion() {
        let argument = argument();
        assert!(ClassTally::default().starters(&argument).is_empty());
        let agreed = ClassTally::read(
            "#v=1&before=2&after=2&trade=c&name=A\n#v=1&before=3&after=3&trade=c&name=B",
            &argument,
        );
        assert!(agreed.starters(&argument).is_empty());
        let one_changed = ClassTally::read(
            "#v=1&before=2&after=3&trade=c&name=A\n#v=1&before=3&after=3&trade=c&name=B",
            &argument,
        );
        assert!(one_changed.starters(&argument).is_empty());
    }

    /// Checks which step, if any, a class split on most evenly.
    fn check_split(paste: &str, expected: Option<&str>) {
        let argument = argument();
        let steps = ClassTally::read(paste, &argument).steps(&argument);
        let split = most_split(&steps).map(|step| argument[step.step].id.to_string());
        assert_eq!(split.as_deref(), expected, "{paste}");
    }

    #[test]
    fn the_most_even_split_is_the_one_asked_about() {
        check_split("", None);
        check_split("#v=1&granted=c&name=A\n#v=1&granted=u&name=B", None);
        check_split(
            "#v=1&granted=c&name=A\n#v=1&granted=n&name=B",
            Some("granted"),
        );
        check_split(
            "#v=1&granted=c&rivals=c&name=A\n#v=1&granted=n&rivals=c&name=B\n\
             #v=1&rivals=n&name=C\n#v=1&rivals=n&name=D",
            Some("rivals"),
        );
        check_split(
            "#v=1&granted=c&rivals=c&name=A\n#v=1&granted=n&rivals=c&name=B\n\
             #v=1&rivals=c&name=C\n#v=1&rivals=n&name=D",
            Some("granted"),
        );
    }

    #[test]
    fn a_split_class_is_asked_where_it_split() {
        assert_eq!(
            class().starters(&argument()),
            [
                "Step 3 (Title of rivals) split the class: 2 of you found it convincing and 2 \
                 found it not convincing. What would each side want the other to see?",
                "Of the 3 of you whose estimate changed between before and after reading, 2 \
                 found Step 3 (Title of rivals) convincing. What part, if any, did it play in \
                 the change?",
                "One of you gave answers that lean toward a full break, step for step, yet after \
                 reading thought a full break less likely than not. What, for you, makes it less \
                 likely?",
            ]
        );
        let split_once = ClassTally::read(
            "#v=1&after=4&granted=n&rivals=c&trade=c&name=A\n\
             #v=1&after=4&granted=n&rivals=n&trade=c&name=B\n\
             #v=1&after=4&granted=n&rivals=c&trade=c&name=C\n\
             #v=1&after=4&granted=c&trade=n&name=D",
            &argument(),
        );
        assert_eq!(
            split_once.starters(&argument()),
            [
                "Step 3 (Title of rivals) split the class: 2 of you found it convincing and 1 \
                 found it not convincing. What would each side want the other to see?",
                "3 of you gave answers that lean against a full break, step for step, yet after \
                 reading thought a full break more likely than not. What, for you, makes it more \
                 likely?",
            ]
        );
    }

    /// The first starter a class's answers give: where they split, if they do.
    fn first_starter(paste: &str) -> String {
        let argument = argument();
        ClassTally::read(paste, &argument)
            .starters(&argument)
            .into_iter()
            .next()
            .unwrap_or_default()
    }

    /// A class's links, one student for each code: their judgement of
    /// `rivals`, or none where the code is empty.
    fn judged_rivals(codes: &[&str]) -> String {
        codes
            .iter()
            .enumerate()
            .map(|(i, code)| match *code {
                "" => format!("#v=1&before=2&name=S{i}"),
                code => format!("#v=1&rivals={code}&name=S{i}"),
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn a_class_is_said_to_split_only_where_each_side_has_a_quarter() {
        // One each way of four who judged it: a quarter each, a split.
        assert_eq!(
            first_starter(&judged_rivals(&["c", "n", "u", "u"])),
            "Step 3 (Title of rivals) split the class: 1 of you found it convincing and 1 found \
             it not convincing. What would each side want the other to see?"
        );
        // One each way of five who judged it: less than a quarter each.
        assert_eq!(
            first_starter(&judged_rivals(&["c", "n", "u", "u", "u"])),
            "Step 3 (Title of rivals) divided some of you: 1 of you found it convincing and 1 \
             found it not convincing. What would each side want the other to see?"
        );
        // One against four: the smaller side is a fifth.
        assert!(
            first_starter(&judged_rivals(&["c", "n", "n", "n", "n"])).starts_with(
                "Step 3 (Title of rivals) divided some of you: 1 of you found it convincing and \
                 4 found it not convincing."
            )
        );
        // Those who did not judge the step are not counted on either side.
        assert!(first_starter(&judged_rivals(&["c", "n", "", "", ""])).contains("split the class"));
    }

    #[test]
    fn what_the_essay_concedes_is_never_called_convincing() {
        assert_eq!(
            first_starter("#v=1&granted=c&name=A\n#v=1&granted=n&name=B"),
            "Step 2 (Title of granted) split the class: 1 of you thought these facts make a \
             full break more likely, and 1 thought they do not. What would each side want the \
             other to see?"
        );
        let argument = argument();
        let changed = ClassTally::read(
            "#v=1&before=1&after=2&granted=c&name=A\n#v=1&before=2&after=1&granted=c&name=B",
            &argument,
        );
        assert_eq!(
            changed.starters(&argument),
            [
                "Of the 2 of you whose estimate changed between before and after reading, 2 \
              thought the facts of Step 2 (Title of granted) make a full break more likely. What \
              part, if any, did they play in the change?"
            ]
        );
    }

    #[test]
    fn no_starter_says_unconvincing_or_where_the_essay_ends() {
        let argument = argument();
        let paste: Vec<String> = (0..40).map(generated).collect();
        let starters = ClassTally::read(&paste.join("\n"), &argument).starters(&argument);
        assert!(!starters.is_empty());
        for starter in [class().starters(&argument), starters].concat() {
            assert!(!starter.contains("unconvincing"), "{starter}");
            assert!(!starter.contains("where the essay does"), "{starter}");
            assert!(!starter.contains(" did not."), "{starter}");
        }
    }

    #[test]
    fn the_names_given_are_listed_in_the_order_pasted() {
        let tally = ClassTally::read(
            "#v=1&before=2&name=Zo%C3%AB\n#v=1&before=3\n#v=1&before=4&name=%3Cb%3EAl%3C%2Fb%3E\n\
             #v=1&before=5&name=Zo%C3%AB\n#v=1&after=1",
            &argument(),
        );
        assert_eq!(tally.names(), ["Zoë", "<b>Al</b>", "Zoë"]);
        assert_eq!(tally.unnamed(), 2);
        assert!(ClassTally::default().names().is_empty());
        assert_eq!(ClassTally::default().unnamed(), 0);
    }

    #[test]
    fn csv_cells_are_quoted_and_never_taken_for_formulas() {
        for (text, cell) in [
            ("Anna", "Anna"),
            ("", ""),
            ("Smith, Anna", "\"Smith, Anna\""),
            ("Anna \"K\"", "\"Anna \"\"K\"\"\""),
            ("two\nlines", "\"two\nlines\""),
            ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
            ("+1", "'+1"),
            ("-1", "'-1"),
            ("@cmd", "'@cmd"),
            ("\tx", "'\tx"),
            ("\rx", "\"'\rx\""),
            ("=1,2", "\"'=1,2\""),
            ("a=b", "a=b"),
        ] {
            assert_eq!(csv_cell(text), cell, "{text}");
        }
    }

    #[test]
    fn the_class_goes_to_a_spreadsheet_a_row_each() {
        let argument = argument();
        let mut class = class();
        class.responses.extend(
            ClassTally::read(
                "#v=1&before=3&name=Smith%2C%20%22Jo%22\n#v=1&before=3&name=%3DHYPERLINK%28%29\n\
                 #v=1&before=4&late=1&name=E",
                &argument,
            )
            .responses,
        );
        assert_eq!(
            class.to_csv(&argument),
            "name,before,after,granted,rivals,trade,before-given-late\r\n\
             A,Unlikely,Unlikely,Convincing,Not convincing; bears a lot,Not convincing,\r\n\
             B,Unlikely,Likely,,Convincing; bears somewhat,Convincing; bears a lot,\r\n\
             C,Likely,Very unlikely,Not convincing; bears a little,Convincing,Not sure,\r\n\
             D,Very unlikely,As likely as not,,Not convincing,,\r\n\
             ,Very likely,,Convincing; bears a lot,,,\r\n\
             \"Smith, \"\"Jo\"\"\",As likely as not,,,,,\r\n\
             '=HYPERLINK(),As likely as not,,,,,\r\n\
             E,Likely,,,,,yes\r\n"
        );
        assert_eq!(
            ClassTally::default().to_csv(&argument),
            "name,before,after,granted,rivals,trade,before-given-late\r\n"
        );
    }
}
