//! The essay: its title and paragraphs, parsed from the plain-text source.
//!
//! The source is the essay as published: a title line, then paragraphs
//! separated by blank lines. Everything from a line reading exactly
//! `Comments` onward is the blog's furniture and is dropped here, so that no
//! later stage can show it by mistake.

use std::rc::Rc;

/// The line at which the blog's furniture starts.
const FURNITURE_MARKER: &str = "Comments";

/// The id of the passage that holds the essay's title.
pub const TITLE_PASSAGE: &str = "title";

/// One passage of the essay: its title or one of its paragraphs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage {
    /// A stable id: `title`, or `p1`, `p2`, … for the paragraphs in order.
    pub id: Rc<str>,
    /// The passage's text, verbatim, with surrounding white space trimmed.
    pub text: Rc<str>,
}

/// The essay, as a title and its paragraphs in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Essay {
    /// The title, which is the essay's question.
    pub title: Passage,
    /// The body paragraphs, in reading order.
    pub paragraphs: Vec<Passage>,
}

impl Essay {
    /// Every passage, the title first, then the paragraphs in order.
    pub fn passages(&self) -> impl Iterator<Item = &Passage> {
        std::iter::once(&self.title).chain(&self.paragraphs)
    }

    /// The passage with this id, if there is one.
    pub fn passage(&self, id: &str) -> Option<&Passage> {
        self.passages().find(|passage| &*passage.id == id)
    }

    /// The gaps around `text` where it first stands in the passage with the
    /// id `passage`: whether its sentence goes on before it, after it, or
    /// both. Words that stand nowhere there have none.
    pub fn gaps(&self, passage: &str, text: &str) -> Gaps {
        let Some(passage) = self.passage(passage) else {
            return Gaps::default();
        };
        let Some(start) = passage.text.find(text) else {
            return Gaps::default();
        };
        let before = &passage.text[..start];
        let after = &passage.text[start + text.len()..];
        Gaps {
            before: !before.trim().is_empty() && !ends_sentence(before),
            after: !after.trim().is_empty() && !ends_sentence(text),
        }
    }
}

/// Whether a quotation of the essay leaves out part of a sentence, before
/// its words or after them: it begins or ends inside one of the essay's
/// sentences. A page marks each gap with an ellipsis outside the quotation
/// (outside its quotation marks, or beside its `<blockquote>`), so that what
/// stands inside is the essay's words alone.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Gaps {
    /// The sentence begins before the words.
    pub before: bool,
    /// The sentence goes on after the words.
    pub after: bool,
}

/// Whether text ends a sentence: its last mark, past any closing quotation
/// mark or bracket, is a full stop, a question mark or an exclamation mark.
fn ends_sentence(text: &str) -> bool {
    text.trim_end()
        .trim_end_matches(['"', '\'', '\u{201d}', '\u{2019}', ')'])
        .ends_with(['.', '?', '!'])
}

/// Parses the essay's plain text.
///
/// The first non-blank line is the title; each run of non-blank lines after it
/// is one paragraph. Parsing stops at the `Comments` line.
pub fn parse_essay(source: &str) -> Result<Essay, String> {
    let mut blocks: Vec<String> = Vec::new();
    let mut current = String::new();
    for line in source.lines() {
        if line.trim() == FURNITURE_MARKER {
            break;
        }
        if line.trim().is_empty() {
            if !current.is_empty() {
                blocks.push(std::mem::take(&mut current));
            }
        } else {
            if !current.is_empty() {
                current.push('\n');
            }
            current.push_str(line.trim());
        }
    }
    if !current.is_empty() {
        blocks.push(current);
    }

    let mut blocks = blocks.into_iter();
    let title = blocks.next().ok_or("the essay is empty")?;
    let paragraphs: Vec<Passage> = blocks
        .enumerate()
        .map(|(index, text)| Passage {
            id: format!("p{}", index + 1).into(),
            text: text.into(),
        })
        .collect();
    if paragraphs.is_empty() {
        return Err("the essay has a title but no paragraphs".into());
    }
    Ok(Essay {
        title: Passage {
            id: TITLE_PASSAGE.into(),
            text: title.into(),
        },
        paragraphs,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(source: &str, expected: &[&str]) {
        let essay = parse_essay(source).expect("essay parses");
        let texts: Vec<&str> = essay.passages().map(|p| &*p.text).collect();
        assert_eq!(texts, expected);
    }

    #[test]
    fn title_then_paragraphs() {
        check("Title\n\nOne.\n\nTwo.\n", &["Title", "One.", "Two."]);
    }

    #[test]
    fn blank_runs_and_edges_are_trimmed() {
        check(
            "\n\nTitle\n\n\n\u{a0}One.  \n\n\nTwo.",
            &["Title", "One.", "Two."],
        );
    }

    #[test]
    fn furniture_after_comments_is_dropped() {
        check(
            "Title\n\nOne.\n\nComments\n\nPopular posts\n\nAd.",
            &["Title", "One."],
        );
    }

    #[test]
    fn ids_are_title_then_numbered() {
        let essay = parse_essay("T\n\nA\n\nB").unwrap();
        let ids: Vec<&str> = essay.passages().map(|p| &*p.id).collect();
        assert_eq!(ids, ["title", "p1", "p2"]);
        assert_eq!(essay.passage("p2").map(|p| &*p.text), Some("B"));
        assert!(essay.passage("p3").is_none());
    }

    #[test]
    fn words_inside_a_sentence_have_gaps_where_it_goes_on() {
        let essay =
            parse_essay("Will they part?\n\nOld rivals kept talking. They said \"no.\" Then more")
                .unwrap();
        let check = |passage: &str, text: &str, before: bool, after: bool| {
            let expected = Gaps { before, after };
            assert_eq!(essay.gaps(passage, text), expected, "{passage}: {text}");
        };
        check("title", "Will they part?", false, false);
        check("title", "Will they", false, true);
        check("title", "they part?", true, false);
        check("p1", "Old rivals kept talking.", false, false);
        check("p1", "kept talking.", true, false);
        check("p1", "Old rivals", false, true);
        check("p1", "rivals kept", true, true);
        // A sentence ends past its closing quotation mark.
        check("p1", "They said \"no.\"", false, false);
        // The passage's last words end it, even without a full stop.
        check("p1", "Then more", false, false);
        // Words that stand nowhere there have none.
        check("p1", "not there", false, false);
        check("p9", "Then more", false, false);
    }

    #[test]
    fn empty_or_title_only_is_an_error() {
        assert!(parse_essay("").is_err());
        assert!(parse_essay("Only a title\n").is_err());
    }
}
