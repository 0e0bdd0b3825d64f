//! A class's answers, read from the share links its students sent back and
//! a teacher pasted in: a list of links, or a whole chat with other words
//! around them. Each link is read as the verdict page reads it
//! ([`share::from_fragment`]); one that cannot be read is set aside with the
//! line it stood on and the reason. What they add up to is in
//! [`statistics`] (the estimates, how they changed, each step's answers,
//! where answers and estimates pull apart), what we say of them in
//! [`english`] (discussion starters), and a table for a spreadsheet in
//! [`csv`].

use std::collections::HashSet;

use super::answers::Answers;
use super::argument::Argument;
use super::likelihood::Likelihood;
use super::paste::{self, MAX_LINKS, Refusal};
use super::share::{self, ShareError, Shared};

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

impl ClassTally {
    /// Reads every link in a paste, line by line. A word is a link if it
    /// has `#v=` or `?v=` in it or starts with `http://` or `https://`;
    /// other words are passed over. A link that sets an assignment (its
    /// fragment starts `a=`) is not a student's answers, and is passed over
    /// too. A link longer than [`paste::MAX_LINK_LEN`] is refused unread.
    pub fn read(text: &str, argument: &Argument) -> ClassTally {
        let mut tally = ClassTally::default();
        let mut seen = HashSet::new();
        let mut links = 0;
        for link in paste::links(text) {
            let fragment = link.fragment();
            if fragment.is_some_and(|fragment| fragment.starts_with("a=")) {
                continue;
            }
            if links == MAX_LINKS {
                tally.left_out += 1;
                continue;
            }
            links += 1;
            let read = match fragment {
                None => Err(ShareError::TooLong),
                Some(fragment) => share::from_fragment(fragment, argument),
            };
            match read {
                Ok(shared) => {
                    if seen.insert(shared.to_fragment(argument)) {
                        tally.responses.push(shared);
                    } else {
                        tally.repeated += 1;
                    }
                }
                Err(why) => tally.refused.push(link.refusal(why)),
            }
        }
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
    use crate::model::fixture;
    use crate::model::paste::{EXCERPT_CHARS, MAX_LINK_LEN};
    use crate::model::share::NameError;

    pub(super) fn argument() -> Argument {
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
    pub(super) fn generated(i: usize) -> String {
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

    pub(super) fn class() -> ClassTally {
        ClassTally::read(CLASS, &argument())
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
}
