//! The reader's answers in a share link's fragment (after its `#`), and
//! reading them back. Browsers never send a fragment to the host, so the
//! answers in it reach no server's logs (the two estimates a sharer chooses
//! to show in a preview go in the path, and a link made before kept the same
//! text in its query, `?v=1&…`, which reads the same way; both reach the
//! host). The one who answered may put their name last
//! (`v=1&before=2&after=3&name=Anna%20K`), so that a class's links can be
//! told apart. An estimate before reading given only once the reader had
//! read a step is marked late, just after it (`v=1&before=2&late=1&after=3`);
//! links without the mark read as they always did.
//!
//! A shared link is never trusted and never half-read: anything that is not
//! exactly what [`to_fragment`] writes is refused with a [`ShareError`] that
//! says why, in words for the reader.

use super::answers::{AFTER_FIELD, Answers, BEFORE_FIELD, LATE_FIELD, LATE_VALUE};
use super::argument::Argument;
use super::judgement::Judgement;
use super::link::{self, Kind};
use super::name::{NameError, check_name};
use super::point::Point;
use super::text::excerpt;

/// The version of the share format.
pub const SHARE_VERSION: u32 = 1;

/// The longest share fragment accepted, in bytes: far more than every answer
/// needs, far less than a hostile link could carry.
pub const MAX_SHARE_LEN: usize = 2_000;

/// The share link, as a [`Kind`] of link: its own refusals are the name's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareLink {}

impl Kind for ShareLink {
    type Own = NameError;
    const VERSION_FIELD: &'static str = "v";
    const VERSION: u32 = SHARE_VERSION;
    const MAX_LEN: usize = MAX_SHARE_LEN;
    const CARRIES: &'static str = "answers";
    const NAME: &'static str = "share";
    const PART: &'static str = "an answer";
    const UNKNOWN_STEP: &'static str = "the link names something this explainer does not ask about";
}

/// A shared link that cannot be read, and why.
pub type ShareError = link::Error<ShareLink>;

/// Answers read from a share link, and the name of the one who gave them,
/// if they gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shared {
    /// The answers.
    pub answers: Answers,
    /// The name of the one who answered, trimmed.
    pub name: Option<String>,
}

impl Shared {
    /// The fragment these answers and this name are shared in: the same text
    /// for the same answers and name, however the link they came in was
    /// written.
    pub fn to_fragment(&self, argument: &Argument) -> String {
        to_fragment(&self.answers, argument, self.name.as_deref())
    }
}

/// The answers as a URL fragment (without `#`), in the argument's order,
/// then the name if given:
/// `v=1&before=2&after=3&precedent=c3&low-point=n&name=Anna%20K`. Each judged
/// step is its id with its [`Judgement::code`]; a weight without a
/// conviction means nothing to another reader, so it is not shared. The
/// name is written only if [`check_name`] accepts it, and as it returns it
/// (trimmed), percent-encoded by [`link::encode`].
pub fn to_fragment(answers: &Answers, argument: &Argument, name: Option<&str>) -> String {
    let judgements = argument.steps().iter().filter_map(|step| {
        let judgement = answers.judgement(&step.id);
        judgement.conviction?;
        Some((step.id.to_string(), judgement.code()?))
    });
    let name = name
        .and_then(|name| check_name(name).ok())
        .map(|name| ("name".to_owned(), link::encode(&name)));
    link::write::<ShareLink>(answers.estimate_fields().chain(judgements).chain(name))
}

/// The name a link's value gives, or what is wrong with it.
fn read_name(value: &str) -> Result<String, NameError> {
    let name = link::decode_exact(value).ok_or(NameError::Encoding)?;
    let checked = check_name(&name)?;
    if checked == name {
        Ok(checked)
    } else {
        Err(NameError::Spaces)
    }
}

/// Reads answers, and the name if any, from a share fragment (with or
/// without its `#`), or from the query of a link made before (with or
/// without its `?`). Anything that is not exactly what [`to_fragment`]
/// writes is refused, but for the order of its parts before the name.
pub fn from_fragment(text: &str, argument: &Argument) -> Result<Shared, ShareError> {
    let fragment = link::read::<ShareLink>(text.strip_prefix('?').unwrap_or(text))?;
    let mut answers = Answers::default();
    let mut name = None;
    for part in link::parts::<ShareLink>(fragment) {
        let part = part?;
        if name.is_some() {
            return Err(ShareError::Own(NameError::NotLast));
        }
        let value = part.value;
        match part.name {
            "name" => name = Some(read_name(value).map_err(ShareError::Own)?),
            // Only as written: `1`, and just after the estimate it marks.
            LATE_FIELD => {
                if value != LATE_VALUE || answers.before.is_none() || answers.after.is_some() {
                    return Err(part.malformed());
                }
                answers.before_late = true;
            }
            key @ (BEFORE_FIELD | AFTER_FIELD) => {
                let point = Point::from_rank(value).ok_or_else(|| part.malformed())?;
                if key == BEFORE_FIELD {
                    answers.before = Some(point);
                } else {
                    answers.after = Some(point);
                }
            }
            step => {
                if !argument.is_judged(step) {
                    return Err(ShareError::UnknownStep(excerpt(step)));
                }
                let judgement = Judgement::from_code(value)
                    .filter(|judgement| judgement.conviction.is_some())
                    .ok_or_else(|| part.malformed())?;
                answers.judgements.insert(step.into(), judgement);
            }
        }
    }
    if answers.is_empty() {
        Err(ShareError::Empty)
    } else {
        Ok(Shared { answers, name })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::name::MAX_NAME_CHARS;
    use crate::{AnswerAction, fixture};

    fn argument() -> Argument {
        fixture::content().argument
    }

    fn sample() -> Answers {
        fixture::answers()
    }

    /// The sample's answers as a share link carries them: a weight without
    /// a conviction is not shared.
    fn shared(name: Option<&str>) -> Shared {
        let mut answers = sample();
        answers.judgements.remove("rivals");
        Shared {
            answers,
            name: name.map(str::to_owned),
        }
    }

    #[test]
    fn answers_round_trip_through_a_share_fragment_in_the_arguments_order() {
        let argument = argument();
        let fragment = to_fragment(&sample(), &argument, None);
        assert_eq!(fragment, "v=1&before=4&after=2&granted=n&trade=c3");
        assert_eq!(
            from_fragment(&format!("#{fragment}"), &argument),
            Ok(shared(None))
        );
        assert_eq!(
            from_fragment(&format!("?{fragment}"), &argument),
            Ok(shared(None)),
            "a link made before, with the answers in its query"
        );
        assert_eq!(from_fragment(&fragment, &argument), Ok(shared(None)));
    }

    /// Shares the sample's answers under `given` and checks the fragment's
    /// name part (`None` for no part) and the name read back.
    fn check_name_shared(given: &str, part: Option<&str>, read: Option<&str>) {
        let argument = argument();
        let fragment = to_fragment(&sample(), &argument, Some(given));
        let base = "v=1&before=4&after=2&granted=n&trade=c3";
        let expected = match part {
            Some(part) => format!("{base}&name={part}"),
            None => base.to_owned(),
        };
        assert_eq!(fragment, expected, "{given}");
        assert_eq!(
            from_fragment(&fragment, &argument),
            Ok(shared(read)),
            "{given}"
        );
        assert_eq!(
            shared(read).to_fragment(&argument),
            fragment,
            "the same text however it was given: {given}"
        );
    }

    #[test]
    fn a_name_goes_last_trimmed_and_encoded_and_reads_back() {
        check_name_shared("Anna K", Some("Anna%20K"), Some("Anna K"));
        check_name_shared("  Anna K\n", Some("Anna%20K"), Some("Anna K"));
        check_name_shared("Zoë", Some("Zo%C3%AB"), Some("Zoë"));
        check_name_shared(
            "a&b=c#d%e+f",
            Some("a%26b%3Dc%23d%25e%2Bf"),
            Some("a&b=c#d%e+f"),
        );
        check_name_shared("K.", Some("K%2E"), Some("K."));
        let longest = "é".repeat(MAX_NAME_CHARS);
        check_name_shared(
            &longest,
            Some(&"%C3%A9".repeat(MAX_NAME_CHARS)),
            Some(&longest),
        );
        check_name_shared("", None, None);
        check_name_shared(" \t ", None, None);
        check_name_shared(&"x".repeat(MAX_NAME_CHARS + 1), None, None);
        check_name_shared("Anna\u{202E}K", None, None);
        check_name_shared("Anna\u{7}", None, None);
    }

    #[test]
    fn a_late_estimate_before_reading_keeps_its_mark_in_a_share_link() {
        let argument = argument();
        let late = shared(Some("Anna"))
            .answers
            .apply(AnswerAction::LateBefore(Point::Low));
        let fragment = to_fragment(&late, &argument, Some("Anna"));
        assert_eq!(
            fragment,
            "v=1&before=2&late=1&after=2&granted=n&trade=c3&name=Anna"
        );
        let read = from_fragment(&fragment, &argument).map(|shared| shared.answers);
        assert_eq!(read, Ok(late));
        check_refused(
            "v=1&late=1&before=2",
            ShareError::Malformed("late=1".into()),
        );
        check_refused(
            "v=1&before=2&late=0",
            ShareError::Malformed("late=0".into()),
        );
        check_refused(
            "v=1&before=2&after=3&late=1",
            ShareError::Malformed("late=1".into()),
        );
        check_refused(
            "v=1&before=2&late=1&late=1",
            ShareError::Repeated("late=1".into()),
        );
    }

    fn check_refused(fragment: &str, expected: ShareError) {
        assert_eq!(
            from_fragment(fragment, &argument()),
            Err(expected),
            "{fragment}"
        );
    }

    #[test]
    fn malformed_share_fragments_are_refused_with_a_reason() {
        use crate::link::Error::*;
        let malformed = |s: &str| Malformed(s.to_owned());
        check_refused("", Empty);
        check_refused("?", Empty);
        check_refused("v=1", Empty);
        check_refused(&"x".repeat(MAX_SHARE_LEN + 1), TooLong);
        check_refused(
            &format!("v=1&trade=c{}", "&".repeat(MAX_SHARE_LEN)),
            TooLong,
        );
        check_refused("v=2&before=1", Version);
        check_refused("v=one&before=1", Version);
        check_refused("before=1", Unversioned);
        check_refused("v=1&before=6", malformed("before=6"));
        check_refused("v=1&before=", malformed("before="));
        check_refused("v=1&before", malformed("before"));
        check_refused("v=1&after=2&", malformed(""));
        check_refused("v=1&&after=2", malformed(""));
        check_refused("v=1&trade=x", malformed("trade=x"));
        check_refused("v=1&trade=c4", malformed("trade=c4"));
        check_refused("v=1&trade=c33", malformed("trade=c33"));
        check_refused("v=1&trade=3", malformed("trade=3"));
        check_refused("v=1&trade=-3", malformed("trade=-3"));
        check_refused("v=1&trade=%63", malformed("trade=%63"));
        check_refused("v=1&no-such-step=c", UnknownStep("no-such-step".into()));
        check_refused("v=1&question=c", UnknownStep("question".into()));
        check_refused("v=1&answer=n", UnknownStep("answer".into()));
        check_refused("v=1&%3Cscript%3E=c", UnknownStep("%3Cscript%3E".into()));
        check_refused("v=1&trade=c&trade=n", Repeated("trade=n".into()));
        check_refused("v=1&v=1&before=1", Repeated("v=1".into()));
        check_refused("v=1&before=1&before=2", Repeated("before=2".into()));
    }

    #[test]
    fn a_name_not_exactly_as_written_is_refused_with_a_reason() {
        use NameError::*;
        let name = |problem| ShareError::Own(problem);
        check_refused("v=1&before=1&name=", name(Empty));
        check_refused("v=1&before=1&name=%20", name(Empty));
        check_refused("v=1&before=1&name=%20Anna", name(Spaces));
        check_refused("v=1&before=1&name=Anna%0A", name(Spaces));
        check_refused(
            &format!("v=1&before=1&name={}", "x".repeat(MAX_NAME_CHARS + 1)),
            name(TooLong),
        );
        check_refused("v=1&before=1&name=A%0AB", name(Unshowable));
        check_refused("v=1&before=1&name=A%E2%80%AEB", name(Unshowable));
        check_refused("v=1&before=1&name=A%FFB", name(Encoding));
        check_refused("v=1&before=1&name=Anna K", name(Encoding));
        check_refused("v=1&before=1&name=Anna+K", name(Encoding));
        check_refused("v=1&before=1&name=Anna%2e", name(Encoding));
        check_refused("v=1&before=1&name=Zoë", name(Encoding));
        check_refused("v=1&before=1&name=%4Fla", name(Encoding));
        check_refused("v=1&before=1&name=50%", name(Encoding));
        check_refused("v=1&before=1&name=A=B", name(Encoding));
        check_refused("v=1&name=Anna&before=1", name(NotLast));
        check_refused(
            "v=1&before=1&name=Anna&",
            ShareError::Malformed(String::new()),
        );
        check_refused("v=1&before=1&name=Anna&after=2", name(NotLast));
        check_refused(
            "v=1&before=1&name=A&name=B",
            ShareError::Repeated("name=B".into()),
        );
        check_refused("v=1&name=Anna", ShareError::Empty);
        check_refused("name=Anna&v=1&before=1", name(NotLast));
        check_refused("before=1&name=Anna", ShareError::Unversioned);
    }

    #[test]
    fn every_refusal_says_why_in_plain_words() {
        use NameError::*;
        for (error, words) in [
            (ShareError::Empty, "the link carries no answers"),
            (
                ShareError::Malformed("trade=x".into()),
                "a part of the link is not an answer (trade=x)",
            ),
            (ShareError::Own(Empty), "the name is empty"),
            (
                ShareError::Own(TooLong),
                "the name is longer than 40 characters",
            ),
            (
                ShareError::Own(Unshowable),
                "the name holds a character that cannot be shown",
            ),
            (
                ShareError::Own(Spaces),
                "the name begins or ends with spaces",
            ),
            (
                ShareError::Own(Encoding),
                "the name is not encoded as this explainer writes it (the link may have been edited)",
            ),
            (
                ShareError::Own(NotLast),
                "the name is not the last part of the link",
            ),
        ] {
            assert_eq!(error.to_string(), words);
        }
    }
}
