//! The reader's answers in a share link's fragment (after its `#`), and
//! reading them back. Browsers never send a fragment to the host, so the
//! answers in it reach no server's logs (the two estimates a sharer chooses
//! to show in a preview go in the path, and a link made before kept the same
//! text in its query, `?v=1&…`, which reads the same way; both reach the
//! host).
//!
//! A shared link is never trusted and never half-read: anything that is not
//! exactly what [`to_fragment`] writes is refused with a [`ShareError`] that
//! says why, in words for the reader.

use std::fmt;

use super::answers::Answers;
use super::argument::Argument;
use super::conviction::Judgement;
use super::likelihood::Likelihood;
use super::saved;

/// The version of the share format.
pub const SHARE_VERSION: u32 = 1;

/// The longest share fragment accepted, in bytes: far more than every answer
/// needs, far less than a hostile link could carry.
pub const MAX_SHARE_LEN: usize = 2_000;

/// A shared link that cannot be read, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareError {
    /// The link carries no answers at all.
    Empty,
    /// The link is longer than any real share link.
    TooLong,
    /// The link was made by another version of the explainer.
    Version,
    /// The link does not say which version made it.
    Unversioned,
    /// A part of the link is not of the form it should be.
    Malformed(String),
    /// The link names a step that does not exist, or is not one the essay weighs.
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
            ShareError::Unversioned => {
                write!(
                    f,
                    "the link does not say which version of this explainer made it"
                )
            }
            ShareError::Malformed(part) if part.is_empty() => {
                write!(f, "the link has an empty part")
            }
            ShareError::Malformed(part) => {
                write!(f, "a part of the link is not an answer ({part})")
            }
            ShareError::UnknownStep(step) => {
                write!(
                    f,
                    "the link names something this explainer does not ask about ({step})"
                )
            }
            ShareError::Repeated(part) => write!(f, "the link has the same part twice ({part})"),
        }
    }
}

/// The answers as a URL fragment (without `#`), in the argument's order:
/// `v=1&before=2&after=3&cold-war=c3&low-point=n`. Each judged step is its
/// id with its [`Judgement::code`]; a weight without a conviction means
/// nothing to another reader, so it is not shared.
pub fn to_fragment(answers: &Answers, argument: &Argument) -> String {
    let judgements = argument.steps().iter().filter_map(|step| {
        let judgement = answers.judgement(&step.id);
        judgement.conviction?;
        Some((step.id.to_string(), judgement.code()?))
    });
    saved::write(SHARE_VERSION, answers.estimate_fields().chain(judgements))
}

/// Reads answers from a share fragment (with or without its `#`), or from
/// the query of a link made before (with or without its `?`). Anything that
/// is not exactly what [`to_fragment`] writes is refused.
pub fn from_fragment(text: &str, argument: &Argument) -> Result<Answers, ShareError> {
    let query = text
        .strip_prefix('#')
        .or_else(|| text.strip_prefix('?'))
        .unwrap_or(text);
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
                let likelihood =
                    Likelihood::from_rank(value).ok_or_else(|| ShareError::Malformed(shown()))?;
                if name == "before" {
                    answers.before = Some(likelihood);
                } else {
                    answers.after = Some(likelihood);
                }
            }
            step => {
                if !argument.weighs(step) {
                    return Err(ShareError::UnknownStep(step.chars().take(60).collect()));
                }
                let judgement = Judgement::from_code(value)
                    .filter(|judgement| judgement.conviction.is_some())
                    .ok_or_else(|| ShareError::Malformed(shown()))?;
                answers.judgements.insert(step.into(), judgement);
            }
        }
    }
    match version {
        None => Err(ShareError::Unversioned),
        Some(version) if version != SHARE_VERSION.to_string() => Err(ShareError::Version),
        Some(_) if answers.is_empty() => Err(ShareError::Empty),
        Some(_) => Ok(answers),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fixture;

    fn argument() -> Argument {
        fixture::content().argument
    }

    fn sample() -> Answers {
        fixture::answers()
    }

    #[test]
    fn answers_round_trip_through_a_share_fragment_in_the_arguments_order() {
        let argument = argument();
        let query = to_fragment(&sample(), &argument);
        assert_eq!(query, "v=1&before=4&after=2&granted=n&trade=c3");
        let mut shared = sample();
        shared.judgements.remove("rivals");
        assert_eq!(
            from_fragment(&format!("#{query}"), &argument),
            Ok(shared.clone())
        );
        assert_eq!(
            from_fragment(&format!("?{query}"), &argument),
            Ok(shared.clone()),
            "a link made before, with the answers in its query"
        );
        assert_eq!(from_fragment(&query, &argument), Ok(shared));
    }

    fn check_refused(query: &str, expected: ShareError) {
        assert_eq!(from_fragment(query, &argument()), Err(expected), "{query}");
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
}
