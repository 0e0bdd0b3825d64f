//! The essay: its title and paragraphs, as the build read them from the
//! plain-text source (the blog's furniture, from its `Comments` line on,
//! left out there, so that no page can show it by mistake).

/// One passage of the essay: its title or one of its paragraphs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Passage {
    /// A stable id: `title`, or `p1`, `p2`, … for the paragraphs in order.
    pub id: &'static str,
    /// The passage's text, verbatim, with surrounding white space trimmed.
    pub text: &'static str,
}

/// The essay, as a title and its paragraphs in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Essay {
    /// The title, which is the essay's question.
    pub title: Passage,
    /// The body paragraphs, in reading order.
    pub paragraphs: &'static [Passage],
}

impl Essay {
    /// Every passage, the title first, then the paragraphs in order.
    pub fn passages(&self) -> impl Iterator<Item = &Passage> {
        std::iter::once(&self.title).chain(self.paragraphs)
    }

    /// The passage with this id, if there is one.
    pub fn passage(&self, id: &str) -> Option<&Passage> {
        self.passages().find(|passage| passage.id == id)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passages_are_the_title_then_the_paragraphs() {
        let essay = Essay {
            title: Passage {
                id: "title",
                text: "T",
            },
            paragraphs: &[
                Passage {
                    id: "p1",
                    text: "A",
                },
                Passage {
                    id: "p2",
                    text: "B",
                },
            ],
        };
        let ids: Vec<&str> = essay.passages().map(|p| p.id).collect();
        assert_eq!(ids, ["title", "p1", "p2"]);
        assert_eq!(essay.passage("p2").map(|p| p.text), Some("B"));
        assert!(essay.passage("p3").is_none());
    }

    #[test]
    fn words_inside_a_sentence_have_gaps_where_it_goes_on() {
        let essay = Essay {
            title: Passage {
                id: "title",
                text: "Will they part?",
            },
            paragraphs: &[Passage {
                id: "p1",
                text: "Old rivals kept talking. They said \"no.\" Then more",
            }],
        };
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
}
