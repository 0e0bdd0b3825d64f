//! A class's answers, read from the response links its students handed in
//! and a teacher pasted: a list of links, or a whole chat with other words
//! around them ([`paste`] finds them). Each response link is read whole
//! ([`Response::from_fragment`]) or refused with the line it stood on and
//! the reason; links that are not this explainer's are counted apart.
//! Which responses count is in [`count`] (a student's latest hand-in, the
//! roster), what they add up to in [`statistics`] (the estimates, how they
//! changed, each step's answers and reasons, where answers and estimates
//! pull apart), what we say of them in [`english`] (discussion starters),
//! and a table for a spreadsheet in [`csv`].

use super::answers::Answers;
use super::argument::{Argument, StepIndex};
use super::assignment::{Assignment, AssignmentId};
use super::paste::{self, Refusal};
use super::point::Point;
use super::response::Response;

pub mod count;
pub mod csv;
pub mod english;
pub mod statistics;

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
    pub fn of(self, answers: &Answers) -> Option<Point> {
        match self {
            EstimateTime::BeforeReading => answers.before.filter(|_| !answers.before_late),
            EstimateTime::LateBefore => answers.before.filter(|_| answers.before_late),
            EstimateTime::AfterReading => answers.after,
        }
    }

    /// The estimate asked for at this time, if any, whenever it was given:
    /// a late estimate before reading counts as the estimate before
    /// reading.
    fn asked(self, answers: &Answers) -> Option<Point> {
        match self {
            EstimateTime::BeforeReading | EstimateTime::LateBefore => answers.before,
            EstimateTime::AfterReading => answers.after,
        }
    }
}

/// A class's answers, read from pasted response links.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClassTally {
    /// The assignment the responses are counted for: the one the page
    /// knows, or else the one most responses answer.
    pub assignment: Option<AssignmentId>,
    /// The steps assigned, where the page knows the assignment: only they
    /// are shown ([`ClassTally::shows`]).
    pub assigned: Option<Vec<StepIndex>>,
    /// Each response counted (a student's whole handed-in set of answers,
    /// their latest), in the order handed in.
    pub responses: Vec<Response>,
    /// Earlier hand-ins of a student who handed in again, in the order
    /// handed in: not counted.
    pub replaced: Vec<Response>,
    /// Responses to another assignment, in the order pasted: not counted.
    pub elsewhere: Vec<Response>,
    /// The links that could not be read, in the order pasted.
    pub refused: Vec<Refusal>,
    /// How many links gave a response identical to one read before them,
    /// and were counted once.
    pub repeated: usize,
    /// How many links were not this explainer's (a video, a news story),
    /// and were passed over.
    pub foreign: usize,
    /// How many links came after the first [`paste::MAX_LINKS`], and were
    /// not read.
    pub left_out: usize,
}

impl ClassTally {
    /// Reads every link in a paste ([`paste::read`]) and counts the
    /// class's responses among them ([`ClassTally::count`]) for the
    /// assignment the page knows, if it knows one. Links that are not this
    /// explainer's are counted apart as foreign; a link of this explainer's
    /// that cannot be read as a response is refused, with its line and why,
    /// and nothing of it is counted.
    pub fn read(text: &str, argument: &Argument, known: Option<&Assignment>) -> ClassTally {
        let pasted = paste::read(text, argument);
        let mut tally = ClassTally::count(pasted.responses, known);
        tally.refused = pasted.refused;
        tally.foreign = pasted.foreign;
        tally.left_out = pasted.left_out;
        tally
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;
    use crate::judgement::Judgement;
    use crate::link;
    use crate::paste::{LinkError, MAX_LINKS};
    use crate::response::{ResponseError, ResponseProblem};
    use crate::student::StartId;

    pub(super) fn argument() -> Argument {
        fixture::content().argument
    }

    /// Answers from their fields as a response link writes them
    /// (`before=2&late=1&after=4&rivals=c3:Because&trade=:So&why=So+there`):
    /// a step's judgement and reason after a colon, either left out.
    pub(super) fn answers_of(fields: &str) -> Answers {
        let mut answers = Answers::default();
        for (field, value) in fields
            .split('&')
            .filter(|part| !part.is_empty())
            .map(|part| part.split_once('=').expect("a field and its value"))
        {
            let estimate = || Point::from_rank(value).expect("an estimate");
            let text = |value| link::decode(value).expect("a value");
            match field {
                "before" => answers.before = Some(estimate()),
                "late" => answers.before_late = true,
                "after" => answers.after = Some(estimate()),
                "why" => answers.view_reason = Some(text(value)),
                step => {
                    let (code, reason) = value.split_once(':').unwrap_or((value, ""));
                    if !code.is_empty() {
                        let judgement = Judgement::from_code(code).expect("a judgement");
                        answers.judgements.insert(step.into(), judgement);
                    }
                    if !reason.is_empty() {
                        answers.reasons.insert(step.into(), text(reason));
                    }
                }
            }
        }
        answers
    }

    /// A response to the assignment with these bits, from the start with
    /// these bits, handed in at this minute, with these answers' fields.
    pub(super) fn response(
        assignment: u32,
        start: u32,
        handed_in: u32,
        name: Option<&str>,
        fields: &str,
    ) -> Response {
        Response {
            assignment: AssignmentId::from_bits(assignment),
            start: StartId::from_bits(start),
            handed_in,
            name: name.map(str::to_owned),
            answers: answers_of(fields),
        }
    }

    /// A class of one assignment, a response a line, each line its
    /// answers' fields and perhaps `&name=` a name, percent-encoded: every
    /// line another student's, handed in a minute after the line before.
    pub(super) fn class_of(lines: &str) -> ClassTally {
        let pasted = lines
            .lines()
            .filter(|line| !line.trim().is_empty())
            .enumerate()
            .map(|(at, line)| {
                let (fields, name) = match line.trim().split_once("&name=") {
                    Some((fields, name)) => (fields, link::decode(name)),
                    None => (line.trim(), None),
                };
                let at = u32::try_from(at).expect("a small class");
                response(1, at, at, name.as_deref(), fields)
            })
            .collect();
        ClassTally::count(pasted, None)
    }

    /// A student's fields with distinct answers for each `i`, named.
    pub(super) fn generated(i: usize) -> String {
        let codes = ["c", "u", "n", "c1", "n3"];
        format!(
            "before={}&after={}&trade={}&name=Student%20{i}",
            i % 5 + 1,
            (i * 3) % 5 + 1,
            codes[i % codes.len()]
        )
    }

    /// A small class: five students' responses, between them every kind of
    /// answer the figures count.
    const CLASS: &str = "\
before=2&after=2&granted=c&rivals=n3&trade=n&name=A
before=2&after=4&rivals=c2&trade=c3&name=B
before=4&after=1&granted=n1&rivals=c&trade=u&name=C
before=1&after=3&rivals=n&name=D
before=5&granted=c3";

    pub(super) fn class() -> ClassTally {
        class_of(CLASS)
    }

    #[test]
    fn the_names_given_are_listed_in_the_order_handed_in() {
        let tally = class_of(
            "before=2&name=Zo%C3%AB\nbefore=3\nbefore=4&name=%3Cb%3EAl%3C%2Fb%3E\n\
             before=5&name=Zo%C3%AB\nafter=1",
        );
        assert_eq!(tally.names(), ["Zoë", "<b>Al</b>", "Zoë"]);
        assert_eq!(tally.unnamed(), 2);
        assert!(ClassTally::default().names().is_empty());
        assert_eq!(ClassTally::default().unnamed(), 0);
    }

    #[test]
    fn a_whole_year_of_responses_is_counted() {
        let argument = argument();
        let year: Vec<String> = (0..250).map(generated).collect();
        let tally = class_of(&year.join("\n"));
        assert_eq!(tally.responses.len(), 250);
        assert_eq!(tally.responses[249].name.as_deref(), Some("Student 249"));
        assert_eq!(tally.estimates(EstimateTime::BeforeReading), [50; 5]);
        assert_eq!(tally.estimates(EstimateTime::AfterReading), [50; 5]);
        // Only the step anyone answered is shown.
        let steps = tally.steps(&argument);
        assert_eq!(steps.len(), 1);
        assert_eq!(
            (steps[0].convinced, steps[0].unsure, steps[0].unconvinced),
            (100, 50, 100)
        );
    }

    /// A response's link as a student sends it: the class page's address
    /// and the response's fragment.
    fn link(response: &Response) -> String {
        format!(
            "https://host/teach/class/#{}",
            response.to_fragment(&argument())
        )
    }

    #[test]
    fn response_links_are_found_among_the_words_of_a_chat() {
        let argument = argument();
        let anna = response(1, 1, 10, Some("Anna"), "before=2&rivals=c3:Trade+ties");
        let ben = response(1, 2, 11, Some("Ben"), "before=4&after=2");
        let cleo = response(1, 3, 12, None, "after=1");
        let anna_link = link(&anna);
        let cut = &anna_link[..anna_link.len() / 2];
        let chat = format!(
            "Class chat, exported 12 May\n\
             Teacher, 10:00: read this first https://host/step/rivals/#a=2&id=aaaaab&from=rivals&to=trade\n\
             Anna, 10:02: {anna_link} thanks!\n\
             Ben, 10:03: here ({}).\n\
             Cleo: <{}>...\n\
             Dan, 10:05: the essay is at https://example.com/essay, ok? and https://www.youtube.com/watch?v=x\n\
             Finn: {cut}\n\
             Anna again: {anna_link}",
            link(&ben),
            link(&cleo),
        );
        let tally = ClassTally::read(&chat, &argument, None);
        assert_eq!(tally.responses, [anna, ben, cleo]);
        assert_eq!(tally.repeated, 1);
        assert_eq!(tally.foreign, 2, "a news story and a video, not refused");
        let refused: Vec<(usize, LinkError)> = tally
            .refused
            .iter()
            .map(|refusal| (refusal.line, refusal.why.clone()))
            .collect();
        assert_eq!(
            refused,
            [
                (2, LinkError::Assignment),
                (
                    7,
                    LinkError::Response(ResponseError::Own(ResponseProblem::Cut))
                )
            ],
            "nothing of the cut link counted"
        );
        assert!(
            tally.refused[1]
                .excerpt
                .starts_with("Finn: https://host/teach/class/#r=2")
        );
    }

    #[test]
    fn a_changed_response_link_is_refused_whole() {
        let argument = argument();
        let anna = link(&response(1, 1, 10, Some("Anna"), "before=2&rivals=c3"));
        let changed = anna.replace("rivals=c3", "rivals=n3");
        let tally = ClassTally::read(&format!("{changed}\n"), &argument, None);
        assert!(tally.responses.is_empty());
        assert_eq!(tally.refused.len(), 1);
        assert_eq!(
            tally.refused[0].why,
            LinkError::Response(ResponseError::Own(ResponseProblem::Checksum))
        );
    }

    #[test]
    fn links_past_the_most_read_are_counted_not_read() {
        let argument = argument();
        let paste: Vec<String> = (0..MAX_LINKS + 3)
            .map(|at| {
                let at = u32::try_from(at).expect("a small number");
                link(&response(1, at, at, None, "before=2"))
            })
            .collect();
        let tally = ClassTally::read(&paste.join("\n"), &argument, None);
        assert_eq!((tally.responses.len(), tally.left_out), (MAX_LINKS, 3));
    }
}
