//! Finding links in pasted text: a list of links, or a whole chat with
//! other words around them, read line by line. What a link says is read
//! elsewhere; here is what is a link, its fragment, and the line a refused
//! one is shown with.

use super::response::ResponseError;
use super::share;
use super::text::is_unshowable;

/// The most links read from one paste; any beyond are counted, not read.
pub const MAX_LINKS: usize = 1_000;

/// The longest link read, in bytes: the longest share fragment, and room
/// for the address before it.
pub const MAX_LINK_LEN: usize = share::MAX_SHARE_LEN + 1_000;

/// The most characters of a line shown beside a link that cannot be read.
pub const EXCERPT_CHARS: usize = 60;

/// A link in the paste that cannot be read, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    /// The line it stands on, counted from 1.
    pub line: usize,
    /// The start of that line, at most [`EXCERPT_CHARS`] characters, with
    /// any character that would not show as itself left out.
    pub excerpt: String,
    /// Why it cannot be read.
    pub why: ResponseError,
}

/// A link found in a paste, with the line it stands on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link<'a> {
    /// The line it stands on, counted from 1.
    pub line: usize,
    /// That line's text.
    pub line_text: &'a str,
    /// The link, as the paste has it.
    pub text: &'a str,
}

impl<'a> Link<'a> {
    /// The link's fragment: what follows its `#` (or the `?` of a link made
    /// before), without the punctuation a chat may put after it; `None` if
    /// the link is longer than [`MAX_LINK_LEN`] and is not read.
    pub fn fragment(&self) -> Option<&'a str> {
        (self.text.len() <= MAX_LINK_LEN).then(|| fragment(self.text))
    }

    /// The link refused for this reason, with its line.
    pub fn refusal(&self, why: ResponseError) -> Refusal {
        Refusal {
            line: self.line,
            excerpt: excerpt(self.line_text),
            why,
        }
    }
}

/// Every link in a paste, in order, line by line: each word with `#v=` or
/// `?v=` in it, or that starts with `http://` or `https://`, once any
/// brackets or quotation marks before it are set aside.
pub fn links(text: &str) -> impl Iterator<Item = Link<'_>> {
    text.lines().enumerate().flat_map(|(number, line)| {
        line.split_whitespace().filter_map(move |word| {
            Some(Link {
                line: number + 1,
                line_text: line,
                text: candidate(word)?,
            })
        })
    })
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
        .filter(|&c| !is_unshowable(c))
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
