//! Finding links in pasted text: a list of links, or a whole chat with
//! other words around them, read line by line ([`read`]). A student's
//! response link is read as the class page reads one opened on its own
//! ([`Response::from_fragment`]); this explainer's other links (an
//! assignment, a shared verdict, a response of another version) are
//! refused with their line and a reason a teacher can act on; and links
//! that are not this explainer's at all (a video, a news story) are passed
//! over and only counted ([`Pasted::foreign`]). A response link a chat or
//! an email wrapped over lines is made whole again where its checksum
//! then holds, and refused otherwise: never half read.

use std::fmt;

use super::argument::Argument;
use super::response::{MAX_RESPONSE_LEN, Response, ResponseError, ResponseProblem};
use super::text::excerpt;

/// The most links read from one paste; any beyond are counted, not read.
pub const MAX_LINKS: usize = 1_000;

/// The longest link read, in bytes: the longest response fragment, and room
/// for the address before it.
pub const MAX_LINK_LEN: usize = MAX_RESPONSE_LEN + 1_000;

/// The most lines after its first that a wrapped link is looked for on: a
/// response link at its longest, wrapped at 76 characters as an email may
/// wrap it, and some to spare.
pub const MOST_WRAPPED_LINES: usize = 12;

/// A link in the paste that cannot be read, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// The line it stands on (where it starts), counted from 1.
    pub line: usize,
    /// The start of that line, at most [`EXCERPT_CHARS`](crate::text::EXCERPT_CHARS) characters, with
    /// any character that would not show as itself left out.
    pub excerpt: String,
    /// Why it cannot be read.
    pub why: LinkError,
}

/// Why a link of this explainer's in a paste is not read as a response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// A response link that cannot be read.
    Response(ResponseError),
    /// A teacher's assignment link (`a=…`).
    Assignment,
    /// A share link from the verdict page (`v=…`), as students handed in
    /// with versions of the explainer before responses.
    Shared,
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::Response(why) => why.fmt(f),
            LinkError::Assignment => {
                write!(f, "this is an assignment link, not a student's response")
            }
            LinkError::Shared => write!(
                f,
                "the link was made by another version of this explainer (a shared verdict, not a response to an assignment): ask the student to hand in again"
            ),
        }
    }
}

/// What a paste holds: the responses read, the links of this explainer's
/// refused, and how many others were passed over.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pasted {
    /// Each response read, in the order pasted; one pasted twice is here
    /// twice.
    pub responses: Vec<Response>,
    /// The links of this explainer's that could not be read, in the order
    /// pasted.
    pub refused: Vec<Refusal>,
    /// How many links were not this explainer's (a video, a news story),
    /// and were passed over.
    pub foreign: usize,
    /// How many links of this explainer's came after the first
    /// [`MAX_LINKS`], and were not read.
    pub left_out: usize,
}

/// Whose a link is, as far as its address and the start of its fragment
/// say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Found {
    /// A student's response: its fragment starts `r=`, or it is the class
    /// page's address with a fragment.
    Response,
    /// A teacher's assignment: its fragment starts `a=` and a version.
    Assignment,
    /// A share link: its fragment (or, made before, its query) starts `v=`
    /// and a version.
    Shared,
    /// Not this explainer's.
    Foreign,
}

/// Whether a text is a version number: digits, at least one.
fn is_version(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|byte| byte.is_ascii_digit())
}

/// Whose a link is.
fn found(link: &str) -> Found {
    let first_part = |text: &'_ str| -> Option<(String, String)> {
        let part = text.split('&').next()?;
        let (name, value) = part.split_once('=')?;
        Some((name.to_owned(), value.to_owned()))
    };
    match link.split_once('#') {
        Some((address, _)) if address.ends_with("teach/class/") => Found::Response,
        Some((_, fragment)) => match first_part(fragment) {
            Some((name, _)) if name == "r" => Found::Response,
            Some((name, value)) if name == "a" && is_version(&value) => Found::Assignment,
            Some((name, value)) if name == "v" && is_version(&value) => Found::Shared,
            _ => Found::Foreign,
        },
        // A share link made before kept its answers in the query.
        None => match link
            .split_once('?')
            .and_then(|(_, query)| first_part(query))
        {
            Some((name, value)) if name == "v" && is_version(&value) => Found::Shared,
            _ => Found::Foreign,
        },
    }
}

/// The response a link holds, or why it holds none.
fn read_response(link: &str, argument: &Argument) -> Result<Response, ResponseError> {
    if link.len() > MAX_LINK_LEN {
        return Err(ResponseError::TooLong);
    }
    Response::from_fragment(fragment(link), argument)
}

/// Reads every link in a paste, line by line: a word is a link if it has
/// `#r=`, `#a=`, `#v=` or `?v=` in it, or starts with `http://` or
/// `https://` (brackets and quotation marks before it set aside); other
/// words are passed over. A response link that cannot be read as it stands
/// and ends its line is looked for on the lines after it, as a chat or an
/// email may wrap it: the first word of each following line (while that
/// word is not a link of its own, and each line before it held nothing
/// else) is joined to it, and if the whole reads, with its checksum, it is
/// read; otherwise it is refused as it stood.
pub fn read(text: &str, argument: &Argument) -> Pasted {
    let lines: Vec<&str> = text.lines().collect();
    let mut pasted = Pasted::default();
    // Lines whose first word a wrapped link took.
    let mut taken = vec![false; lines.len()];
    let mut links = 0;
    for (index, line) in lines.iter().enumerate() {
        let words: Vec<&str> = line.split_whitespace().collect();
        let skip = usize::from(taken[index]);
        for (at, word) in words.iter().enumerate().skip(skip) {
            let Some(link) = candidate(word) else {
                continue;
            };
            let read = match found(link) {
                Found::Foreign => {
                    pasted.foreign += 1;
                    continue;
                }
                _ if links == MAX_LINKS => {
                    pasted.left_out += 1;
                    continue;
                }
                Found::Assignment => Err(LinkError::Assignment),
                Found::Shared => Err(LinkError::Shared),
                Found::Response => read_response(link, argument).or_else(|why| {
                    let ends_line = at + 1 == words.len();
                    let unwrapped = ends_line
                        .then(|| unwrap(link, &lines[index + 1..], argument))
                        .flatten();
                    match unwrapped {
                        Some((response, wrapped)) => {
                            for taken in &mut taken[index + 1..=index + wrapped] {
                                *taken = true;
                            }
                            Ok(response)
                        }
                        None => Err(LinkError::Response(why)),
                    }
                }),
            };
            links += 1;
            match read {
                Ok(response) => pasted.responses.push(response),
                Err(why) => pasted.refused.push(Refusal {
                    line: index + 1,
                    excerpt: excerpt(line),
                    why,
                }),
            }
        }
    }
    pasted
}

/// A response link wrapped over the lines after its own made whole: the
/// response read, and how many lines after the link's own it took the
/// first word of. `None` if no join of at most [`MOST_WRAPPED_LINES`]
/// reads.
fn unwrap(link: &str, after: &[&str], argument: &Argument) -> Option<(Response, usize)> {
    let mut joined = link.to_owned();
    for (count, line) in after.iter().take(MOST_WRAPPED_LINES).enumerate() {
        let mut words = line.split_whitespace();
        let word = words.next()?;
        if candidate(word).is_some() {
            return None;
        }
        joined.push_str(word);
        match read_response(&joined, argument) {
            Ok(response) => return Some((response, count + 1)),
            // Only a link still without its end may go on to the next line,
            // and only from a line that held nothing else.
            Err(ResponseError::Own(ResponseProblem::Cut)) if words.next().is_none() => {}
            Err(_) => return None,
        }
    }
    None
}

/// The link a word of a paste holds, if it holds one: a word with `#r=`,
/// `#a=`, `#v=` or `?v=` in it, or that starts with `http://` or
/// `https://`, once any brackets or quotation marks before it are set
/// aside.
fn candidate(word: &str) -> Option<&str> {
    let word = word.trim_start_matches(['<', '(', '[', '{', '"', '\'']);
    let is_link = ["#r=", "#a=", "#v=", "?v="]
        .iter()
        .any(|marker| word.contains(marker))
        || word.starts_with("http://")
        || word.starts_with("https://");
    is_link.then_some(word)
}

/// A link's fragment: what follows its `#`, or the `?` of a share link made
/// before, without the punctuation a chat may put after it. A fragment this
/// explainer writes always ends in an ASCII letter or digit.
fn fragment(link: &str) -> &str {
    let fragment = match link.split_once('#') {
        Some((_, fragment)) => fragment,
        None => link.split_once('?').map_or("", |(_, query)| query),
    };
    fragment.trim_end_matches(|c: char| !c.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assignment::AssignmentId;
    use crate::student::StartId;
    use crate::text::EXCERPT_CHARS;
    use crate::{AnswerAction, fixture};

    fn argument() -> Argument {
        fixture::content().argument
    }

    /// Student `i`'s response, with a judgement and reason of `trade`.
    fn response(i: u32) -> Response {
        Response {
            assignment: AssignmentId::from_bits(7),
            start: StartId::from_bits(i),
            handed_in: 29_000_000 + i,
            name: Some(format!("Student {i}")),
            answers: fixture::answers().apply(AnswerAction::Reason(
                "trade".into(),
                "Trade ties held".into(),
            )),
        }
    }

    /// Student `i`'s response link.
    fn link(i: u32) -> String {
        format!(
            "https://host/teach/class/#{}",
            response(i).to_fragment(&argument())
        )
    }

    /// Reads a paste and checks what came of it: the students whose
    /// responses were read, in order; the lines refused, with why; and how
    /// many links were passed over as not this explainer's.
    fn check(paste: &str, read: &[u32], refused: &[(usize, LinkError)], foreign: usize) {
        let pasted = super::read(paste, &argument());
        let expected: Vec<Response> = read.iter().map(|&i| response(i)).collect();
        assert_eq!(pasted.responses, expected, "{paste}");
        let reasons: Vec<(usize, LinkError)> = pasted
            .refused
            .iter()
            .map(|refusal| (refusal.line, refusal.why.clone()))
            .collect();
        assert_eq!(reasons, refused, "{paste}");
        assert_eq!(pasted.foreign, foreign, "{paste}");
        assert_eq!(pasted.left_out, 0, "{paste}");
    }

    #[test]
    fn responses_are_found_among_the_words_of_a_chat() {
        check("", &[], &[], 0);
        check(" \n\r\n\t", &[], &[], 0);
        let chat = format!(
            "Class chat, exported 12 May\n\
             Anna, 10:02: {} thanks!\n\
             Ben, 10:03: here ({}).\n\
             Cleo: <{}>... and {}, twice\n\
             Dan: {}",
            link(1),
            link(2),
            link(3),
            link(4),
            link(1),
        );
        check(&chat, &[1, 2, 3, 4, 1], &[], 0);
        let fragment = response(5).to_fragment(&argument());
        check(&format!("just #{fragment}"), &[5], &[], 0);
    }

    #[test]
    fn links_that_are_not_this_explainers_are_passed_over_and_counted() {
        let chat = format!(
            "Teacher: watch https://www.youtube.com/watch?v=dQw4w9WgXcQ first\n\
             Anna: or https://youtu.be/dQw4w9WgXcQ?t=30 and www.youtube.com/watch?v=x9\n\
             Ben: news https://news.example.com/world/2026/12/talks#comments\n\
             Cleo: https://example.com/essay, ok? {}\n\
             Dan: the class page https://host/teach/class/",
            link(1)
        );
        check(&chat, &[1], &[], 6);
    }

    #[test]
    fn this_explainers_other_links_are_refused_with_a_reason() {
        let paste = format!(
            "Teacher: https://host/step/rivals/#a=2&id=aaaaaa&from=rivals&to=trade\n\
             Anna: https://host/verdict/#v=1&before=2&name=Anna\n\
             Ben: https://host/verdict/?v=1&after=1, an old one\n\
             Cleo: https://host/teach/class/#r=1&before=2\n\
             Dan: {}",
            link(4)
        );
        check(
            &paste,
            &[4],
            &[
                (1, LinkError::Assignment),
                (2, LinkError::Shared),
                (3, LinkError::Shared),
                (4, LinkError::Response(ResponseError::Version)),
            ],
            0,
        );
        let pasted = super::read(&paste, &argument());
        assert_eq!(
            pasted.refused[0].why.to_string(),
            "this is an assignment link, not a student's response"
        );
        assert!(
            pasted.refused[1]
                .why
                .to_string()
                .starts_with("the link was made by another version of this explainer")
        );
        assert_eq!(
            pasted.refused[0].excerpt,
            "Teacher: https://host/step/rivals/#a=2&id=aaaaaa&from=rival…"
        );
    }

    #[test]
    fn a_link_cut_short_is_refused_never_half_read() {
        let whole = link(1);
        let cut = &whole[..whole.find("&trade=").expect("a judgement of trade") + 7];
        assert!(cut.ends_with("&trade="));
        let cut_refused = (
            1,
            LinkError::Response(ResponseError::Own(ResponseProblem::Cut)),
        );
        check(cut, &[], std::slice::from_ref(&cut_refused), 0);
        check(
            &format!("{cut}\nthanks, see you tomorrow"),
            &[],
            std::slice::from_ref(&cut_refused),
            0,
        );
        check(
            &format!("{cut} was my link\nc3"),
            &[],
            std::slice::from_ref(&cut_refused),
            0,
        );
        let without_sum = &whole[..whole.find("&ck=").expect("a checksum")];
        check(without_sum, &[], std::slice::from_ref(&cut_refused), 0);
        check(
            &whole[..whole.len() - 1],
            &[],
            &[(
                1,
                LinkError::Response(ResponseError::Own(ResponseProblem::Checksum)),
            )],
            0,
        );
    }

    #[test]
    fn a_link_wrapped_over_lines_is_made_whole() {
        let whole = link(1);
        for at in ["&trade=", "ties", "&ck=", "#r=2"] {
            let split = whole.find(at).expect("a part of the link") + 1;
            let (first, rest) = whole.split_at(split);
            check(&format!("Anna: {first}\n{rest}"), &[1], &[], 0);
            check(
                &format!("Anna: {first}\n{rest} thanks!\n{}", link(2)),
                &[1, 2],
                &[],
                0,
            );
        }
        let split = whole.len() - 2;
        check(
            &format!("{}\n{} {}", &whole[..split], &whole[split..], link(2)),
            &[1, 2],
            &[],
            0,
        );
        // Wrapped at 40 characters a line, as a narrow window might.
        let lines: Vec<String> = whole
            .as_bytes()
            .chunks(40)
            .map(|chunk| String::from_utf8(chunk.to_vec()).expect("ASCII"))
            .collect();
        assert!(lines.len() > 3);
        check(&lines.join("\n"), &[1], &[], 0);
    }

    #[test]
    fn a_wrap_that_does_not_make_the_link_whole_is_refused() {
        let whole = link(1);
        let split = whole.find("&trade=").expect("a judgement of trade") + 7;
        let (first, rest) = whole.split_at(split);
        let cut = LinkError::Response(ResponseError::Own(ResponseProblem::Cut));
        let edited = rest.replacen("Trade", "Trad", 1);
        check(&format!("{first}\n{edited}"), &[], &[(1, cut.clone())], 0);
        // The rest of another student's link does not complete it.
        let other = link(2);
        let other_rest = &other[other.find("&trade=").expect("a judgement") + 7..];
        check(
            &format!("{first}\n{other_rest}"),
            &[],
            &[(1, cut.clone())],
            0,
        );
        // A link that starts the next line is a link of its own.
        check(
            &format!("{first}\n{}", link(2)),
            &[2],
            &[(1, cut.clone())],
            0,
        );
        // A link in the middle of its line was not wrapped.
        check(&format!("{first} ok\n{rest}"), &[], &[(1, cut)], 0);
    }

    #[test]
    fn a_link_longer_than_any_real_one_is_refused_unread() {
        let too_long = format!("{}{}", link(1), "x".repeat(MAX_LINK_LEN));
        check(
            &too_long,
            &[],
            &[(1, LinkError::Response(ResponseError::TooLong))],
            0,
        );
        let pasted = super::read(&format!("  Zed\u{202E}: {too_long}"), &argument());
        let excerpt = &pasted.refused[0].excerpt;
        assert_eq!(excerpt.chars().count(), EXCERPT_CHARS);
        assert!(excerpt.starts_with("Zed: https://host/teach/class/#r=2"));
        assert!(excerpt.ends_with('…'));
    }

    #[test]
    fn links_past_the_most_read_are_counted_not_read() {
        let mut paste: Vec<String> = (0..MAX_LINKS - 1)
            .map(|i| format!("#{}", response(i as u32).to_fragment(&argument())))
            .collect();
        paste.push("https://host/#a=2&id=aaaaaa&from=rivals&to=trade".to_owned());
        paste.push("https://www.youtube.com/watch?v=dQw4w9WgXcQ".to_owned());
        paste.extend((0..4).map(link));
        let pasted = super::read(&paste.join("\n"), &argument());
        assert_eq!(
            (
                pasted.responses.len(),
                pasted.refused.len(),
                pasted.foreign,
                pasted.left_out
            ),
            (MAX_LINKS - 1, 1, 1, 4)
        );
    }
}
