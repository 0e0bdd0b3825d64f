//! The one codec of this explainer's links: a share link, an assignment link
//! and a response link each carry `name=value` fields joined by `&` in their
//! fragment (after the `#`), the first the version of their kind
//! (`v=1&…`, `a=2&…`, `r=2&…`). This module writes and reads those fields,
//! percent-encodes and decodes their values, and says in English why a link
//! cannot be read; each kind ([`Kind`]) keeps only what is its own.
//!
//! A link is never trusted and never half-read: [`read`] refuses a link too
//! long, empty, of another version or with a part that is not `name=value`
//! or is given twice, and a kind refuses the rest of what it does not write.

use std::fmt;

use super::text::excerpt;

/// One kind of link: its version, its limit and its words.
pub trait Kind {
    /// What is wrong with a link that is this kind's own to say.
    type Own: fmt::Debug + fmt::Display + Clone + PartialEq + Eq;
    /// The name of the field that gives the version, always first as written.
    const VERSION_FIELD: &'static str;
    /// The version this kind writes, and the only one it reads.
    const VERSION: u32;
    /// The longest fragment read, in bytes: far less than a hostile link
    /// could carry.
    const MAX_LEN: usize;
    /// What the link carries, in "the link carries no …".
    const CARRIES: &'static str;
    /// What the link is called, in "a real … link".
    const NAME: &'static str;
    /// What a part of the link should be, in "a part of the link is not …".
    const PART: &'static str;
    /// What a link is said to name when it names a step it should not.
    const UNKNOWN_STEP: &'static str;
}

/// A link of kind `K` that cannot be read, and why, in words for the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error<K: Kind> {
    /// The link carries nothing.
    Empty,
    /// The link is longer than [`Kind::MAX_LEN`].
    TooLong,
    /// The link was made by another version of the explainer.
    Version,
    /// The link does not say which version made it.
    Unversioned,
    /// A part of the link is not of the form it should be.
    Malformed(String),
    /// The link names a step that does not exist, or one this kind does not
    /// name.
    UnknownStep(String),
    /// The link has the same part twice.
    Repeated(String),
    /// What is wrong is the kind's own to say.
    Own(K::Own),
}

impl<K: Kind> fmt::Display for Error<K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Empty => write!(f, "the link carries no {}", K::CARRIES),
            Error::TooLong => write!(f, "the link is far longer than a real {} link", K::NAME),
            Error::Version => {
                write!(f, "the link was made by another version of this explainer")
            }
            Error::Unversioned => write!(
                f,
                "the link does not say which version of this explainer made it"
            ),
            Error::Malformed(part) if part.is_empty() => write!(f, "the link has an empty part"),
            Error::Malformed(part) => {
                write!(f, "a part of the link is not {} ({part})", K::PART)
            }
            Error::UnknownStep(step) => write!(f, "{} ({step})", K::UNKNOWN_STEP),
            Error::Repeated(part) => write!(f, "the link has the same part twice ({part})"),
            Error::Own(own) => own.fmt(f),
        }
    }
}

/// One `name=value` part of a link's fragment, with its own text for a
/// refusal to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part<'a> {
    /// The part's name, before its `=`.
    pub name: &'a str,
    /// Its value, after the `=`.
    pub value: &'a str,
    /// The whole part.
    pub text: &'a str,
}

impl Part<'_> {
    /// The part as a refusal shows it (see [`excerpt`]).
    pub fn excerpt(&self) -> String {
        excerpt(self.text)
    }

    /// The refusal of this part as not of the form it should be.
    pub fn malformed<K: Kind>(&self) -> Error<K> {
        Error::Malformed(self.excerpt())
    }
}

/// The `&`-joined parts of a fragment of kind `K` but its version (which
/// [`read`] checks), read strictly and in order: each part, or why it is
/// refused (not `name=value`, or a name given before). A link is never
/// half-read: a reader stops at the first refusal, its own or one of these,
/// so the one a reader sees is the first in the link.
pub fn parts<K: Kind>(fragment: &str) -> impl Iterator<Item = Result<Part<'_>, Error<K>>> {
    let mut seen: Vec<&str> = Vec::new();
    fragment
        .split('&')
        .map(move |text| {
            let (name, value) = text
                .split_once('=')
                .ok_or_else(|| Error::Malformed(excerpt(text)))?;
            if seen.contains(&name) {
                return Err(Error::Repeated(excerpt(text)));
            }
            seen.push(name);
            Ok(Part { name, value, text })
        })
        .filter(|part| !matches!(part, Ok(Part { name, .. }) if *name == K::VERSION_FIELD))
}

/// The value of the first field of this name in a fragment, read before
/// its parts are: what made a link, and whether it is whole, are told
/// whatever else is wrong with it.
pub fn field<'a>(fragment: &'a str, name: &str) -> Option<&'a str> {
    fragment
        .split('&')
        .find_map(|part| part.split_once('=').filter(|(key, _)| *key == name))
        .map(|(_, value)| value)
}

/// The fragment of a link of kind `K` (with or without its `#`), once it is
/// known to be of this version, for its [`parts`] to be read: a link too
/// long or empty, of another version or none, is refused first, as such,
/// whatever else is wrong with it. Parts may come in any order.
pub fn read<K: Kind>(text: &str) -> Result<&str, Error<K>> {
    let fragment = text.strip_prefix('#').unwrap_or(text);
    if fragment.len() > K::MAX_LEN {
        return Err(Error::TooLong);
    }
    if fragment.is_empty() {
        return Err(Error::Empty);
    }
    match field(fragment, K::VERSION_FIELD) {
        None => Err(Error::Unversioned),
        Some(version) if version != K::VERSION.to_string() => Err(Error::Version),
        Some(_) => Ok(fragment),
    }
}

/// Fields as a link of kind `K` writes them: its version first, then each
/// `name=value` in the order given, joined by `&`.
pub fn write<K: Kind>(fields: impl IntoIterator<Item = (String, String)>) -> String {
    crate::saved::write_versioned(K::VERSION_FIELD, K::VERSION, fields)
}

/// Text as a value, `keep` saying which characters are written as
/// themselves, a space written as `+` if `plus`, and every other character
/// percent-encoded as UTF-8, in capitals.
fn encode_with(text: &str, keep: impl Fn(char) -> bool, plus: bool) -> String {
    let mut written = String::with_capacity(text.len());
    for c in text.chars() {
        if c == ' ' && plus {
            written.push('+');
        } else if keep(c) {
            written.push(c);
        } else {
            let mut bytes = [0; 4];
            for byte in c.encode_utf8(&mut bytes).bytes() {
                written.push_str(&format!("%{byte:02X}"));
            }
        }
    }
    written
}

/// Text as a value of a share or assignment link, or of the saved form:
/// every character but ASCII letters and digits percent-encoded as UTF-8.
/// A fragment that ends in such a value therefore ends in a letter or a
/// digit, so punctuation a chat puts just after a link is told apart from
/// it.
pub fn encode(text: &str) -> String {
    encode_with(text, |c| c.is_ascii_alphanumeric(), false)
}

/// Whether a character is written as itself in a compact value: letters and
/// digits of any script, and the ASCII punctuation a link's fragment
/// carries as it is and a chat leaves inside a link. A letter beyond ASCII
/// written as itself takes two or three bytes of a QR code, escaped six or
/// nine, and every browser, phone camera and chat reads it in a link.
fn is_kept_compact(c: char) -> bool {
    c.is_alphanumeric() || "-._~!*'(),;:@/?$".contains(c)
}

/// Text as a value of a response link, compactly, for a QR code: a space as
/// `+`, letters and digits (of any script) and the punctuation
/// `-._~!*'(),;:@/?$` as they are, and anything else percent-encoded as
/// UTF-8, in capitals.
pub fn encode_compact(text: &str) -> String {
    encode_with(text, is_kept_compact, true)
}

/// The text a value stands for, read leniently: `+` is a space, `%` and two
/// hexadecimal digits (in either case) a byte, and any other character
/// itself, so plain Unicode reads too. `None` if a `%` stands alone or the
/// bytes are not UTF-8.
pub fn decode(value: &str) -> Option<String> {
    let mut bytes = Vec::with_capacity(value.len());
    let mut rest = value.as_bytes();
    while let Some((&byte, after)) = rest.split_first() {
        match byte {
            b'+' => {
                bytes.push(b' ');
                rest = after;
            }
            b'%' => {
                let (high, low) = match after {
                    [high, low, ..] => (char::from(*high), char::from(*low)),
                    _ => return None,
                };
                let byte = high.to_digit(16)? * 16 + low.to_digit(16)?;
                bytes.push(u8::try_from(byte).ok()?);
                rest = &after[2..];
            }
            byte => {
                bytes.push(byte);
                rest = after;
            }
        }
    }
    String::from_utf8(bytes).ok()
}

/// The text a value stands for, if the value is exactly what [`encode`]
/// writes for it: every character that must be encoded encoded, in
/// capitals, and nothing else.
pub fn decode_exact(value: &str) -> Option<String> {
    decode(value).filter(|text| encode(text) == value)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A kind of link for these tests alone.
    #[derive(Debug, Clone, PartialEq, Eq)]
    enum Test {}

    impl Kind for Test {
        type Own = String;
        const VERSION_FIELD: &'static str = "t";
        const VERSION: u32 = 7;
        const MAX_LEN: usize = 20;
        const CARRIES: &'static str = "tests";
        const NAME: &'static str = "test";
        const PART: &'static str = "a test";
        const UNKNOWN_STEP: &'static str = "the test names no step";
    }

    fn check(fragment: &str, expected: &[Result<(&str, &str), Error<Test>>]) {
        let read: Vec<_> = parts::<Test>(fragment)
            .map(|part| part.map(|part| (part.name, part.value)))
            .collect();
        assert_eq!(read, expected, "{fragment}");
    }

    #[test]
    fn parts_are_read_in_order_and_each_refusal_names_its_part() {
        use Error::*;
        check("v=1&a=b", &[Ok(("v", "1")), Ok(("a", "b"))]);
        check("t=7&a=b", &[Ok(("a", "b"))]);
        check("v=1&a=", &[Ok(("v", "1")), Ok(("a", ""))]);
        check("v=1&a", &[Ok(("v", "1")), Err(Malformed("a".into()))]);
        check("&v=1", &[Err(Malformed(String::new())), Ok(("v", "1"))]);
        check("a=1&a=2", &[Ok(("a", "1")), Err(Repeated("a=2".into()))]);
        check("a==1", &[Ok(("a", "=1"))]);
        let long = format!("x{}", "y".repeat(100));
        check(&long, &[Err(Malformed(format!("{}…", &long[..59])))]);
    }

    fn read_all(text: &str) -> Result<Vec<(&str, &str)>, Error<Test>> {
        parts::<Test>(read::<Test>(text)?)
            .map(|part| part.map(|part| (part.name, part.value)))
            .collect()
    }

    #[test]
    fn a_fragment_is_refused_first_for_its_length_and_version() {
        use Error::*;
        assert_eq!(read_all("#x=1&t=7"), Ok(vec![("x", "1")]));
        assert_eq!(read_all("t=7"), Ok(vec![]));
        assert_eq!(read_all(""), Err(Empty));
        assert_eq!(read_all("#"), Err(Empty));
        assert_eq!(read_all(&"t=7&".repeat(6)), Err(TooLong));
        assert_eq!(read_all("x&t=8"), Err(Version));
        assert_eq!(read_all("x&v=7"), Err(Unversioned));
        assert_eq!(read_all("x&t=7"), Err(Malformed("x".into())));
        assert_eq!(read_all("t=7&t=7"), Err(Repeated("t=7".into())));
        assert_eq!(write::<Test>([("x".into(), "1".into())]), "t=7&x=1");
    }

    #[test]
    fn every_refusal_says_why_in_the_words_of_its_kind() {
        use Error::*;
        for (error, words) in [
            (Error::<Test>::Empty, "the link carries no tests"),
            (TooLong, "the link is far longer than a real test link"),
            (
                Version,
                "the link was made by another version of this explainer",
            ),
            (
                Unversioned,
                "the link does not say which version of this explainer made it",
            ),
            (Malformed(String::new()), "the link has an empty part"),
            (
                Malformed("x".into()),
                "a part of the link is not a test (x)",
            ),
            (UnknownStep("y".into()), "the test names no step (y)"),
            (
                Repeated("z=1".into()),
                "the link has the same part twice (z=1)",
            ),
            (Own("its own words".into()), "its own words"),
        ] {
            assert_eq!(error.to_string(), words);
        }
    }

    #[test]
    fn values_are_encoded_strictly_or_compactly_and_decoded_leniently() {
        assert_eq!(
            encode("a b&c=d#e%f+gé."),
            "a%20b%26c%3Dd%23e%25f%2Bg%C3%A9%2E"
        );
        assert_eq!(encode_compact("a b&c=d#e%f+g"), "a+b%26c%3Dd%23e%25f%2Bg");
        assert_eq!(
            encode_compact("It's (1/2), ok? ~me!"),
            "It's+(1/2),+ok?+~me!"
        );
        assert_eq!(
            encode_compact("Zoë Ж \"<>`—😀"),
            "Zoë+Ж+%22%3C%3E%60%E2%80%94%F0%9F%98%80"
        );
        for (value, text) in [
            ("a+b", Some("a b")),
            ("a%20b", Some("a b")),
            ("%c3%ab%C3%AB", Some("ëë")),
            ("ë", Some("ë")),
            ("%", None),
            ("%2", None),
            ("%zz", None),
            ("%+1", None),
            ("%FF", None),
        ] {
            assert_eq!(decode(value).as_deref(), text, "{value}");
        }
        for (value, text) in [
            ("Anna%20K", Some("Anna K")),
            ("Anna+K", None),
            ("Anna K", None),
            ("Anna%2e", None),
            ("%4Fla", None),
            ("50%", None),
            ("Zoë", None),
        ] {
            assert_eq!(decode_exact(value).as_deref(), text, "{value}");
        }
    }
}

/// Properties of the one codec: every value reads back as it was written,
/// and each kind of link reads back what it wrote, however its text runs.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use proptest::prelude::*;

    use super::*;
    use crate::assignment::{Assignment, AssignmentId, MAX_PROMPT_CHARS};
    use crate::judgement::{Conviction, Weight};
    use crate::name::{self, MAX_NAME_CHARS};
    use crate::response::Response;
    use crate::share::{self, Shared};
    use crate::student::StartId;
    use crate::{AnswerAction, Answers, Argument, Point, fixture};

    thread_local! {
        /// The fixture's argument, read once.
        static ARGUMENT: Argument = fixture::content().argument;
    }

    /// The characters a value is made of here: letters, what a link must
    /// escape, what it may carry as it is, letters of two and four bytes, a
    /// line break, a space of another kind and a character never shown.
    const CHARS: &[char] = &[
        'a', 'Z', '0', ' ', '&', '=', '%', '+', '#', ':', '.', '?', 'é', '😀', '\n', '\u{3000}',
        '\u{202E}',
    ];

    fn text(most: usize) -> impl Strategy<Value = String> {
        proptest::collection::vec(proptest::sample::select(CHARS), 0..=most)
            .prop_map(|chars| chars.into_iter().collect())
    }

    /// Answers with both estimates, the one before perhaps late, and a
    /// conviction and weight for each judged step of the fixture.
    fn answers() -> impl Strategy<Value = Answers> {
        let point = || proptest::sample::select(Point::ALL.to_vec());
        let judgement = (
            proptest::sample::select(Conviction::ALL.to_vec()),
            proptest::sample::select(Weight::ALL.to_vec()),
        );
        (
            point(),
            any::<bool>(),
            point(),
            proptest::collection::vec(judgement, 3),
        )
            .prop_map(|(before, late, after, judgements)| {
                let mut answers = Answers::default()
                    .apply(AnswerAction::guess(Some(before), late))
                    .apply(AnswerAction::After(Some(after)));
                for (id, (conviction, weight)) in
                    ["granted", "rivals", "trade"].into_iter().zip(judgements)
                {
                    answers = answers
                        .apply(AnswerAction::Conviction(id.into(), conviction))
                        .apply(AnswerAction::Weight(id.into(), weight));
                }
                answers
            })
    }

    proptest! {
        #[test]
        fn a_value_reads_back_as_written(value in text(40)) {
            prop_assert_eq!(decode_exact(&encode(&value)), Some(value.clone()));
            prop_assert_eq!(decode(&encode(&value)), Some(value.clone()));
            prop_assert_eq!(decode(&encode_compact(&value)), Some(value));
        }

        #[test]
        fn each_kind_of_link_reads_back_what_it_wrote(
            answers in answers(),
            name in text(MAX_NAME_CHARS + 2),
            steps in (0..6usize, 0..6usize),
            prompt in text(MAX_PROMPT_CHARS + 2),
            bits in (any::<u32>(), any::<u32>(), any::<u32>()),
            asks_name in any::<bool>(),
        ) {
            ARGUMENT.with(|argument| {
                let name = name::check_name(&name).ok();
                let shared = Shared { answers: answers.clone(), name: name.clone() };
                let text = shared.to_fragment(argument);
                prop_assert_eq!(share::from_fragment(&text, argument), Ok(shared));

                let step = |number: usize| argument.offset(argument.first(), number as isize);
                let (first, last) = (step(steps.0.min(steps.1)), step(steps.0.max(steps.1)));
                let (Some(first), Some(last)) = (first, last) else {
                    return Err(TestCaseError::fail("a step of the fixture"));
                };
                let id = AssignmentId::from_bits(bits.0);
                if let Ok(assignment) = Assignment::new(id, first, last, &prompt, asks_name) {
                    let text = assignment.to_fragment(argument);
                    prop_assert_eq!(Assignment::from_fragment(&text, argument), Ok(assignment));
                }

                let response = Response {
                    assignment: id,
                    start: StartId::from_bits(bits.1),
                    handed_in: bits.2,
                    name,
                    answers,
                };
                let text = response.to_fragment(argument);
                prop_assert_eq!(Response::from_fragment(&text, argument), Ok(response));
                Ok(())
            })?;
        }
    }
}
