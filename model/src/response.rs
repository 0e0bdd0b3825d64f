//! A student's response to an assignment: what they answered, with their
//! reasons and their name, handed in as a link to the class page
//! (`<origin><base>teach/class/#r=2&…`) or its QR code. Opened on the
//! teacher's device, it adds itself to the class page.
//!
//! The fragment (see [`Response::to_fragment`]) is kept short, since it goes
//! into a QR code: values are written compactly (a space as `+`, letters of
//! any script as themselves, only what must be escaped percent-escaped), a
//! step's reason goes with its judgement (`trade=c3:Trade+ties+held`), and
//! it ends in a checksum of all that comes before it (`&ck=…`). The reader
//! decodes leniently ([`link::decode`]): lower-case escapes, `%20` for a
//! space or a name in plain Unicode read as what they stand for. It then writes the response again and checks the sum over
//! what it wrote, so that a link cut short or edited is refused with a
//! [`ResponseError`], never half read.

use std::fmt;

use super::answers::{
    AFTER_FIELD, Answers, BEFORE_FIELD, LATE_FIELD, LATE_VALUE, WHY_FIELD, clean_reason,
};
use super::argument::Argument;
use super::assignment::AssignmentId;
use super::base32;
use super::judgement::Judgement;
use super::link::{self, Kind};
use super::name::{self, NameError};
use super::point::Point;
use super::student::StartId;
use super::text::excerpt;

/// The version of the response format.
pub const RESPONSE_VERSION: u32 = 2;

pub use super::answers::{MAX_REASON_CHARS, MAX_VIEW_REASON_CHARS};

/// The longest response fragment read, in bytes: room for every reason and
/// the name at their limits in characters of four bytes, each escaped, and
/// far less than a hostile link could carry.
pub const MAX_RESPONSE_LEN: usize = 8_000;

/// How many characters the checksum has.
const CHECKSUM_CHARS: usize = 4;

/// The field of the checksum, always last.
const CHECKSUM_FIELD: &str = "ck";

/// The field of the name.
const NAME_FIELD: &str = "name";

/// A student's response to an assignment, as its link carries it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    /// The assignment it answers.
    pub assignment: AssignmentId,
    /// The student's start on it: the same start is the same student.
    pub start: StartId,
    /// When it was handed in, in minutes since the Unix epoch: of two
    /// responses of one start, the later counts.
    pub handed_in: u32,
    /// The student's name, as [`name::check_name`] returns it.
    pub name: Option<String>,
    /// What they answered: judgements and reasons of judged steps only, the
    /// reasons trimmed.
    pub answers: Answers,
}

/// What is wrong with a response link that is its own to say, in words for
/// a teacher.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResponseProblem {
    /// The link has no checksum at its end: it was cut short.
    Cut,
    /// The checksum does not match what the link says: it was changed.
    Checksum,
    /// The link does not say which assignment it answers, whose start it
    /// is, or when it was handed in.
    Incomplete,
    /// A reason is longer than its limit.
    ReasonTooLong,
    /// The name in the link cannot be shown as it is.
    Name(NameError),
}

impl fmt::Display for ResponseProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ResponseProblem::Cut => write!(
                f,
                "the link is cut short: its end is missing (ask the student for the whole link)"
            ),
            ResponseProblem::Checksum => write!(
                f,
                "the link was changed or damaged on its way: its check does not match (ask the student for the link again)"
            ),
            ResponseProblem::Incomplete => write!(
                f,
                "the link does not say which assignment it answers, whose it is or when it was handed in"
            ),
            ResponseProblem::ReasonTooLong => write!(
                f,
                "a reason is longer than this explainer lets a student write"
            ),
            ResponseProblem::Name(problem) => problem.fmt(f),
        }
    }
}

/// The response link, as a [`Kind`] of link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResponseLink {}

impl Kind for ResponseLink {
    type Own = ResponseProblem;
    const VERSION_FIELD: &'static str = "r";
    const VERSION: u32 = RESPONSE_VERSION;
    const MAX_LEN: usize = MAX_RESPONSE_LEN;
    const CARRIES: &'static str = "response";
    const NAME: &'static str = "response";
    const PART: &'static str = "part of a response";
    const UNKNOWN_STEP: &'static str = "the link names something this explainer does not ask about";
}

/// A response link that cannot be read, and why, in words for a teacher.
pub type ResponseError = link::Error<ResponseLink>;

/// The problem of a response link, as its error.
fn problem(problem: ResponseProblem) -> ResponseError {
    ResponseError::Own(problem)
}

/// The checksum of a text: a CRC of 20 bits (generator x²⁰ + x³ + 1, a
/// primitive polynomial, so every change within 20 bits in a row is found,
/// and any other but one in a million), as four base32 characters.
pub fn checksum(text: &str) -> String {
    const MASK: u32 = (1 << 20) - 1;
    let mut crc = MASK;
    for byte in text.bytes() {
        crc ^= u32::from(byte) << 12;
        for _ in 0..8 {
            let carry = crc & (1 << 19) != 0;
            crc = (crc << 1) & MASK;
            if carry {
                crc ^= 0b1001;
            }
        }
    }
    base32::encode(crc, CHECKSUM_CHARS)
}

/// A number in base 36, as the hand-in time is written.
fn base36(mut number: u32) -> String {
    let mut digits = Vec::new();
    loop {
        digits.push(char::from_digit(number % 36, 36).unwrap_or('0'));
        number /= 36;
        if number == 0 {
            break;
        }
    }
    digits.iter().rev().collect()
}

/// The number a value in base 36 is, if it is exactly as [`base36`]
/// writes it.
fn from_base36(value: &str) -> Option<u32> {
    let number = u32::from_str_radix(value, 36).ok()?;
    (base36(number) == value).then_some(number)
}

/// A reason read from a link, as the link must carry it: trimmed, within
/// `limit`, and as [`clean_reason`] keeps it.
fn read_reason(value: &str, limit: usize, part: &str) -> Result<String, ResponseError> {
    let malformed = || ResponseError::Malformed(excerpt(part));
    let text = link::decode(value).ok_or_else(malformed)?;
    if text.chars().nth(limit).is_some() {
        return Err(problem(ResponseProblem::ReasonTooLong));
    }
    if clean_reason(&text, limit).as_deref() != Some(&*text) || text.trim() != text {
        return Err(malformed());
    }
    Ok(text)
}

impl Response {
    /// The response as a URL fragment (without `#`), the same text for the
    /// same response:
    /// `r=2&as=<assignment>&st=<start>&t=<minutes, base 36>`, then the
    /// estimates (`&before=2&late=1&after=3`), each judged step answered or
    /// given a reason, in the argument's order, as its id with its
    /// [`Judgement::code`] and its reason after a colon
    /// (`&trade=c3:Trade+ties+held`), then `&why=<reason for the view>`,
    /// `&name=<name>` and `&ck=<checksum of all before it>`. Reasons are
    /// written trimmed; judgements and reasons of steps that are not judged
    /// are left out, and a name [`name::check_name`] refuses too.
    pub fn to_fragment(&self, argument: &Argument) -> String {
        let mut fields = vec![
            ("as".to_owned(), self.assignment.to_string()),
            ("st".to_owned(), self.start.to_string()),
            ("t".to_owned(), base36(self.handed_in)),
        ];
        fields.extend(self.answers.estimate_fields());
        for step in argument.steps() {
            if !step.kind.is_judged() {
                continue;
            }
            let code = self.answers.judgement(&step.id).code();
            let reason = self
                .answers
                .reason(&step.id)
                .map(str::trim)
                .filter(|reason| !reason.is_empty());
            if code.is_none() && reason.is_none() {
                continue;
            }
            let mut value = code.unwrap_or_default();
            if let Some(reason) = reason {
                value.push(':');
                value.push_str(&link::encode_compact(reason));
            }
            fields.push((step.id.to_string(), value));
        }
        let view_reason = self.answers.view_reason().map(str::trim);
        if let Some(reason) = view_reason.filter(|reason| !reason.is_empty()) {
            fields.push((WHY_FIELD.to_owned(), link::encode_compact(reason)));
        }
        if let Some(name) = self.name.as_deref().and_then(|n| name::check_name(n).ok()) {
            fields.push((NAME_FIELD.to_owned(), link::encode_compact(&name)));
        }
        let mut text = link::write::<ResponseLink>(fields);
        let sum = checksum(&text);
        text.push_str(&format!("&{CHECKSUM_FIELD}={sum}"));
        text
    }

    /// Reads a response from a fragment (with or without its `#`): its
    /// values read leniently ([`link::decode`]), its parts in any order, and its
    /// checksum checked against the fragment written again. A link cut
    /// short, edited, or not of the form [`Response::to_fragment`] writes is
    /// refused.
    pub fn from_fragment(text: &str, argument: &Argument) -> Result<Response, ResponseError> {
        let fragment = link::read::<ResponseLink>(text)?;
        // Whether the link is whole, before anything else: a link cut short
        // is refused as such whatever else is wrong with it.
        let Some(sum) = link::field(fragment, CHECKSUM_FIELD) else {
            return Err(problem(ResponseProblem::Cut));
        };
        let mut assignment = None;
        let mut start = None;
        let mut handed_in = None;
        let mut name = None;
        let mut answers = Answers::default();
        for part in link::parts::<ResponseLink>(fragment) {
            let part = part?;
            let malformed = || part.malformed();
            let value = part.value;
            match part.name {
                CHECKSUM_FIELD => {}
                "as" => assignment = Some(AssignmentId::parse(value).ok_or_else(malformed)?),
                "st" => start = Some(StartId::parse(value).ok_or_else(malformed)?),
                "t" => handed_in = Some(from_base36(value).ok_or_else(malformed)?),
                BEFORE_FIELD | AFTER_FIELD => {
                    let point = Point::from_rank(value).ok_or_else(malformed)?;
                    if part.name == BEFORE_FIELD {
                        answers.before = Some(point);
                    } else {
                        answers.after = Some(point);
                    }
                }
                LATE_FIELD if value == LATE_VALUE => answers.before_late = true,
                WHY_FIELD => {
                    answers.view_reason =
                        Some(read_reason(value, MAX_VIEW_REASON_CHARS, part.text)?);
                }
                NAME_FIELD => {
                    let name_error = |error| problem(ResponseProblem::Name(error));
                    let text = link::decode(value).ok_or(name_error(NameError::Encoding))?;
                    let checked = name::check_name(&text).map_err(name_error)?;
                    if checked != text {
                        return Err(name_error(NameError::Spaces));
                    }
                    name = Some(checked);
                }
                step if argument.is_judged(step) => {
                    let (code, reason) = match value.split_once(':') {
                        Some((code, reason)) => (code, Some(reason)),
                        None => (value, None),
                    };
                    if !code.is_empty() {
                        let judgement = Judgement::from_code(code).ok_or_else(malformed)?;
                        answers.judgements.insert(step.into(), judgement);
                    }
                    if let Some(reason) = reason {
                        let reason = read_reason(reason, MAX_REASON_CHARS, part.text)?;
                        answers.reasons.insert(step.into(), reason);
                    }
                    if code.is_empty() && reason.is_none() {
                        return Err(malformed());
                    }
                }
                LATE_FIELD => return Err(malformed()),
                other => return Err(ResponseError::UnknownStep(excerpt(other))),
            }
        }
        if answers.before_late && answers.before.is_none() {
            return Err(ResponseError::Malformed(format!(
                "{LATE_FIELD}={LATE_VALUE}"
            )));
        }
        let (Some(assignment), Some(start), Some(handed_in)) = (assignment, start, handed_in)
        else {
            return Err(problem(ResponseProblem::Incomplete));
        };
        let response = Response {
            assignment,
            start,
            handed_in,
            name,
            answers,
        };
        let written = response.to_fragment(argument);
        let expected = written
            .rsplit_once(&format!("&{CHECKSUM_FIELD}="))
            .map_or("", |(_, sum)| sum);
        if sum != expected {
            return Err(problem(ResponseProblem::Checksum));
        }
        Ok(response)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{AnswerAction, fixture};

    fn argument() -> Argument {
        fixture::content().argument
    }

    /// A response with a reason for one step and for the view after
    /// reading, and a name.
    fn sample() -> Response {
        let answers = fixture::answers()
            .apply(AnswerAction::LateBefore(Point::High))
            .apply(AnswerAction::Reason(
                "trade".into(),
                "Trade & ties, 100%".into(),
            ))
            .apply(AnswerAction::ViewReason("Zoë's view: no".into()));
        Response {
            assignment: AssignmentId::parse("k3f7qz").expect("an id"),
            start: StartId::parse("ab2c").expect("a start"),
            handed_in: 29_000_000,
            name: Some("Anna K".to_owned()),
            answers,
        }
    }

    /// The sample's fragment, as written.
    const SAMPLE: &str = "r=2&as=k3f7qz&st=ab2c&t=h9kjk&before=4&late=1&after=2&granted=n\
                          &rivals=-1&trade=c3:Trade+%26+ties,+100%25\
                          &why=Zoë's+view:+no&name=Anna+K&ck=";

    fn written() -> String {
        sample().to_fragment(&argument())
    }

    #[test]
    fn a_response_round_trips_through_its_compact_fragment() {
        let argument = argument();
        let text = written();
        let (body, sum) = text.rsplit_once("&ck=").expect("a checksum");
        assert_eq!(format!("{body}&ck="), SAMPLE);
        assert_eq!(sum, checksum(body));
        assert_eq!(Response::from_fragment(&text, &argument), Ok(sample()));
        assert_eq!(
            Response::from_fragment(&format!("#{text}"), &argument),
            Ok(sample())
        );
        let bare = Response {
            name: None,
            answers: Answers::default().apply(AnswerAction::After(Some(Point::Low))),
            ..sample()
        };
        let text = bare.to_fragment(&argument);
        assert!(text.starts_with("r=2&as=k3f7qz&st=ab2c&t=h9kjk&after=2&ck="));
        assert_eq!(Response::from_fragment(&text, &argument), Ok(bare));
    }

    #[test]
    fn a_reason_without_a_judgement_travels_alone_and_others_are_left_out() {
        let argument = argument();
        let mut response = sample();
        response.answers = Answers::default()
            .apply(AnswerAction::Reason(
                "rivals".into(),
                "  Only words ".into(),
            ))
            .apply(AnswerAction::Reason("question".into(), "Not judged".into()));
        response.name = Some("  ".to_owned());
        let text = response.to_fragment(&argument);
        assert!(text.starts_with("r=2&as=k3f7qz&st=ab2c&t=h9kjk&rivals=:Only+words&ck="));
        let read = Response::from_fragment(&text, &argument).expect("read");
        assert_eq!(read.answers.reason("rivals"), Some("Only words"));
        assert_eq!(read.answers.reasons.len(), 1);
        assert_eq!(read.name, None);
    }

    /// The sample's fragment with one part's text replaced, its checksum
    /// left as it was.
    fn edited(from: &str, to: &str) -> String {
        let text = written();
        assert!(text.contains(from), "{from}");
        text.replacen(from, to, 1)
    }

    #[test]
    fn harmless_re_encodings_read_the_same() {
        let argument = argument();
        for text in [
            edited("Trade+%26", "Trade%20%26"),
            edited("Zoë's", "Zo%C3%AB's"),
            edited("Zoë", "Zo%c3%ab"),
            edited("Anna+K", "Anna%20K"),
            edited("Anna+K", "%41nna K"),
            edited("view:+no", "view%3A+no"),
            edited("&before=4&late=1", "&late=1&before=4"),
        ] {
            assert_eq!(
                Response::from_fragment(&text, &argument),
                Ok(sample()),
                "{text}"
            );
        }
    }

    fn refused(text: &str) -> ResponseError {
        Response::from_fragment(text, &argument()).expect_err(text)
    }

    #[test]
    fn a_cut_or_edited_link_is_refused_never_half_read() {
        use crate::link::Error::*;
        use ResponseProblem::*;
        let text = written();
        let cut = text.split("&why=").next().expect("a part");
        assert_eq!(refused(cut), Own(Cut));
        assert_eq!(refused(&text[..text.len() - 1]), Own(Checksum));
        assert_eq!(refused(&edited("before=4", "before=3")), Own(Checksum));
        assert_eq!(refused(&edited("Anna+K", "Anne+K")), Own(Checksum));
        assert_eq!(refused(&edited("&rivals=-1", "")), Own(Checksum));
        assert_eq!(refused(&edited("&late=1", "")), Own(Checksum));
        assert_eq!(refused(&edited("t=h9kjk", "t=h9kjl")), Own(Checksum));
    }

    #[test]
    fn a_link_not_of_the_form_written_is_refused_with_a_reason() {
        use crate::link::Error::*;
        use ResponseProblem::*;
        let malformed = |s: &str| Malformed(s.to_owned());
        assert_eq!(refused(""), Empty);
        assert_eq!(refused("#"), Empty);
        assert_eq!(refused(&"x".repeat(MAX_RESPONSE_LEN + 1)), TooLong);
        assert_eq!(refused("v=1&before=2"), Unversioned);
        assert_eq!(refused("r=1&as=k3f7qz&before=2"), Version);
        assert_eq!(refused(&edited("r=2", "r=3")), Version);
        assert_eq!(refused(&edited("&ck=", "&ch=")), Own(Cut));
        assert_eq!(
            refused(&edited("as=k3f7qz", "as=k3f9qz")),
            malformed("as=k3f9qz")
        );
        assert_eq!(refused(&edited("st=ab2c", "st=ab2")), malformed("st=ab2"));
        assert_eq!(
            refused(&edited("t=h9kjk", "t=0h9kjk")),
            malformed("t=0h9kjk")
        );
        assert_eq!(
            refused(&edited("before=4", "before=6")),
            malformed("before=6")
        );
        assert_eq!(refused(&edited("late=1", "late=2")), malformed("late=2"));
        assert_eq!(
            refused(&edited("granted=n", "granted=x")),
            malformed("granted=x")
        );
        assert_eq!(
            refused(&edited("granted=n", "granted=")),
            malformed("granted=")
        );
        assert_eq!(
            refused(&edited("granted=n", "question=n")),
            UnknownStep("question".into())
        );
        assert_eq!(
            refused(&edited("granted=n", "extra=n")),
            UnknownStep("extra".into())
        );
        assert_eq!(refused(&edited("&st=ab2c", "")), Own(Incomplete));
        assert_eq!(
            refused(&edited("&granted=n", "&granted=n&granted=n")),
            Repeated("granted=n".into())
        );
        assert_eq!(refused(&edited("&granted=n", "&&granted=n")), malformed(""));
        assert_eq!(
            refused(&edited("view:+no", "view:+no%")),
            malformed("why=Zoë's+view:+no%")
        );
        assert_eq!(
            refused(&edited("view:+no", "view:+no+")),
            malformed("why=Zoë's+view:+no+")
        );
        assert_eq!(
            refused(&edited("view:+no", "view:+%E2%80%AEno")),
            malformed("why=Zoë's+view:+%E2%80%AEno")
        );
        assert_eq!(
            refused(&edited(
                "Trade+%26+ties,+100%25",
                &"x".repeat(MAX_REASON_CHARS + 1)
            )),
            Own(ReasonTooLong)
        );
        assert_eq!(
            refused(&edited("Anna+K", "+Anna")),
            Own(Name(NameError::Spaces))
        );
        assert_eq!(
            refused(&edited("Anna+K", "%FF")),
            Own(Name(NameError::Encoding))
        );
        assert_eq!(refused(&edited("Anna+K", "")), Own(Name(NameError::Empty)));
    }

    #[test]
    fn every_refusal_says_why_in_words_for_a_teacher() {
        for (error, words) in [
            (
                ResponseError::Own(ResponseProblem::Cut),
                "the link is cut short",
            ),
            (
                ResponseError::Own(ResponseProblem::Checksum),
                "changed or damaged",
            ),
            (ResponseError::Version, "another version of this explainer"),
            (
                ResponseError::Malformed("x=1".into()),
                "not part of a response (x=1)",
            ),
        ] {
            assert!(error.to_string().contains(words), "{error}");
        }
    }
}

/// Properties of the reader over responses of every kind on the fixture:
/// it reads what was written, harmless re-encodings of it too, and refuses
/// every link cut short and every edit that changes what it says.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use proptest::prelude::*;
    use proptest::test_runner::RngSeed;

    use super::*;
    use crate::judgement::{Conviction, Weight};
    use crate::{AnswerAction, fixture};

    thread_local! {
        /// The fixture's argument, read once.
        static ARGUMENT: Argument = fixture::content().argument;
    }

    /// The characters a name or reason is made of here: letters, what a
    /// link must escape, what it may carry as it is, letters of two and
    /// four bytes, a space of another kind and a character never shown.
    const CHARS: &[char] = &[
        'a', 'Z', '0', ' ', ' ', '&', '=', '%', '+', '#', ':', '.', '\'', '"', '?', 'é', '😀', '~',
        '<', '\u{3000}', '\u{202E}',
    ];

    fn text(most: usize) -> impl Strategy<Value = String> {
        proptest::collection::vec(proptest::sample::select(CHARS), 0..=most)
            .prop_map(|chars| chars.into_iter().collect())
    }

    fn point() -> impl Strategy<Value = Option<Point>> {
        proptest::option::of(proptest::sample::select(Point::ALL.to_vec()))
    }

    fn judgement() -> impl Strategy<Value = (Option<Conviction>, Option<Weight>)> {
        (
            proptest::option::of(proptest::sample::select(Conviction::ALL.to_vec())),
            proptest::option::of(proptest::sample::select(Weight::ALL.to_vec())),
        )
    }

    /// A response as the reader gives it back: its reasons trimmed, as a
    /// link carries them.
    fn response() -> impl Strategy<Value = Response> {
        let step = (judgement(), text(MAX_REASON_CHARS + 2));
        (
            (any::<u32>(), any::<u32>(), any::<u32>()),
            (point(), any::<bool>(), point()),
            proptest::collection::vec(step, 3),
            text(MAX_VIEW_REASON_CHARS + 2),
            text(name::MAX_NAME_CHARS + 2),
        )
            .prop_map(|(ids, estimates, steps, view_reason, name)| {
                let mut answers = Answers::default()
                    .apply(AnswerAction::After(estimates.2))
                    .apply(AnswerAction::ViewReason(view_reason));
                if let Some(before) = estimates.0 {
                    answers = answers.apply(AnswerAction::guess(Some(before), estimates.1));
                }
                for (id, ((conviction, weight), reason)) in
                    ["granted", "rivals", "trade"].into_iter().zip(steps)
                {
                    if let Some(conviction) = conviction {
                        answers = answers.apply(AnswerAction::Conviction(id.into(), conviction));
                    }
                    if let Some(weight) = weight {
                        answers = answers.apply(AnswerAction::Weight(id.into(), weight));
                    }
                    answers = answers.apply(AnswerAction::Reason(id.into(), reason));
                }
                for reason in answers.reasons.values_mut() {
                    *reason = reason.trim().to_owned();
                }
                answers.reasons.retain(|_, reason| !reason.is_empty());
                answers.view_reason = answers
                    .view_reason
                    .map(|reason| reason.trim().to_owned())
                    .filter(|reason| !reason.is_empty());
                Response {
                    assignment: AssignmentId::from_bits(ids.0),
                    start: StartId::from_bits(ids.1),
                    handed_in: ids.2,
                    name: name::check_name(&name).ok(),
                    answers,
                }
            })
    }

    /// A value written again as a chat, a browser or a person might: each
    /// character of its text, by the next of `choices`, as the writer
    /// writes it, escaped in lower case, or as itself; a space as `+` or
    /// `%20`.
    fn re_encoded(value: &str, choices: &mut impl Iterator<Item = u8>) -> String {
        let text = link::decode(value).expect("a value as written");
        let mut written = String::new();
        for c in text.chars() {
            let choice = choices.next().unwrap_or(0) % 3;
            let escaped = || {
                let mut bytes = [0; 4];
                c.encode_utf8(&mut bytes)
                    .bytes()
                    .map(|byte| format!("%{byte:02x}"))
                    .collect::<String>()
            };
            let own = link::encode_compact(&c.to_string());
            written.push_str(&match (c, choice) {
                (' ', 1) => "%20".to_owned(),
                (_, 1) => escaped(),
                (c, 2) if !matches!(c, '&' | '%' | '+' | '#') && !c.is_whitespace() => {
                    c.to_string()
                }
                _ => own,
            });
        }
        written
    }

    /// The fragment with each value of free text (a reason, the name)
    /// written again by [`re_encoded`], and its parts in another order.
    fn re_encode(fragment: &str, choices: &[u8], turn: usize) -> String {
        let mut choices = choices.iter().copied().cycle();
        let mut parts: Vec<String> = fragment
            .split('&')
            .map(|part| {
                let (name, value) = part.split_once('=').expect("a part as written");
                let value = match (name, value.split_once(':')) {
                    (WHY_FIELD | NAME_FIELD, _) => re_encoded(value, &mut choices),
                    ("r" | CHECKSUM_FIELD | "as" | "st" | "t", _) => value.to_owned(),
                    (_, Some((code, reason))) => {
                        format!("{code}:{}", re_encoded(reason, &mut choices))
                    }
                    (_, None) => value.to_owned(),
                };
                format!("{name}={value}")
            })
            .collect();
        let len = parts.len();
        parts.rotate_left(turn % len);
        parts.join("&")
    }

    fn config() -> ProptestConfig {
        ProptestConfig {
            cases: 1_024,
            // A 20-bit checksum lets one change in a million through where
            // a change is not a byte for a byte; a fixed seed makes every
            // run try the same links.
            rng_seed: RngSeed::Fixed(32),
            failure_persistence: None,
            ..ProptestConfig::default()
        }
    }

    proptest! {
        #![proptest_config(config())]

        #[test]
        fn a_response_reads_back_as_written(response in response()) {
            ARGUMENT.with(|argument| {
                let text = response.to_fragment(argument);
                prop_assert!(text.len() <= MAX_RESPONSE_LEN);
                prop_assert_eq!(Response::from_fragment(&text, argument), Ok(response));
                Ok(())
            })?;
        }

        #[test]
        fn every_strict_prefix_is_refused(response in response(), cut in any::<prop::sample::Index>()) {
            ARGUMENT.with(|argument| {
                let text = response.to_fragment(argument);
                let at = cut.index(text.len());
                if let Some(prefix) = text.get(..at) {
                    prop_assert!(Response::from_fragment(prefix, argument).is_err(), "{}", prefix);
                }
                Ok(())
            })?;
        }

        #[test]
        fn a_character_changed_is_refused_or_reads_the_same(
            response in response(),
            at in any::<prop::sample::Index>(),
            by in proptest::sample::select(
                [CHARS, &['3', 'c', 'n', 'x', '-', '_', '%', 'C', 'A']].concat()
            ),
        ) {
            ARGUMENT.with(|argument| {
                let text = response.to_fragment(argument);
                let chars: Vec<char> = text.chars().collect();
                let at = at.index(chars.len());
                let mut changed = chars.clone();
                changed[at] = by;
                let changed: String = changed.into_iter().collect();
                if let Ok(read) = Response::from_fragment(&changed, argument) {
                    prop_assert_eq!(read, response, "{}", changed);
                }
                Ok(())
            })?;
        }

        #[test]
        fn a_re_encoded_response_reads_the_same(
            response in response(),
            choices in proptest::collection::vec(any::<u8>(), 1..64),
            turn in any::<usize>(),
        ) {
            ARGUMENT.with(|argument| {
                let text = re_encode(&response.to_fragment(argument), &choices, turn);
                prop_assert_eq!(Response::from_fragment(&text, argument), Ok(response), "{}", text);
                Ok(())
            })?;
        }
    }
}
