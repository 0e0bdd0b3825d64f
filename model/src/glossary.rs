//! The glossary: terms a reader may not know, with our definitions, and the
//! marking of those terms wherever they appear in a piece of text.

use std::collections::HashMap;
use std::ops::Index;
use std::rc::Rc;

/// One term of the glossary (its entry): its headword, the forms of it to
/// mark, and our definition of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    /// A slug, for anchors on the glossary page.
    pub id: &'static str,
    /// The term as the glossary lists it.
    pub headword: &'static str,
    /// The exact forms of the term to mark in text (case-sensitive, whole words).
    pub matches: &'static [&'static str],
    /// Our definition.
    pub definition: &'static str,
}

/// Where a term stands in the glossary. Only the [`Glossary`] makes one, and
/// the content never changes once loaded, so an index always names a term.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TermIndex(usize);

/// Every term, in the order the glossary lists them. The build writes it
/// (`check::bake`), having checked it: the ids are unique slugs, each term
/// has forms to mark and a definition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Glossary {
    pub(crate) terms: &'static [Term],
}

/// A piece of text after marking: plain, or a glossary term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment<'a> {
    /// Text with no term in it.
    Plain(&'a str),
    /// A term, as it stands in the text, and which term it is.
    Term(&'a str, TermIndex),
}

impl Glossary {
    /// The terms, in order.
    pub fn terms(&self) -> &'static [Term] {
        self.terms
    }

    /// The terms, in order, each with its index.
    pub fn indexed(&self) -> impl Iterator<Item = (TermIndex, &Term)> {
        self.terms
            .iter()
            .enumerate()
            .map(|(index, term)| (TermIndex(index), term))
    }

    /// Splits text into plain runs and terms. Each term is marked at its first
    /// appearance only, so a paragraph is not strewn with marks; where forms
    /// overlap, the earliest, then the longest, wins.
    pub fn mark<'a>(&self, text: &'a str) -> Vec<Segment<'a>> {
        let mut found: Vec<(usize, usize, TermIndex)> = Vec::new();
        for (index, term) in self.indexed() {
            let first = term
                .matches
                .iter()
                .filter_map(|form| find_word(text, form).map(|start| (start, start + form.len())))
                .min_by_key(|&(start, end)| (start, std::cmp::Reverse(end)));
            if let Some((start, end)) = first {
                found.push((start, end, index));
            }
        }
        found.sort_by_key(|&(start, end, _)| (start, std::cmp::Reverse(end)));

        let mut segments = Vec::new();
        let mut at = 0;
        for (start, end, index) in found {
            if start < at {
                continue;
            }
            if start > at {
                segments.push(Segment::Plain(&text[at..start]));
            }
            segments.push(Segment::Term(&text[start..end], index));
            at = end;
        }
        if at < text.len() || segments.is_empty() {
            segments.push(Segment::Plain(&text[at..]));
        }
        segments
    }
}

/// Where each term is marked on one page: at the first of the page's texts
/// that uses it, and nowhere else, so a page is not strewn with marks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FirstUses(HashMap<TermIndex, Rc<str>>);

impl FirstUses {
    /// Whether the term is marked in the text standing at `place`.
    pub fn is_marked_at(&self, term: TermIndex, place: &str) -> bool {
        self.0.get(&term).is_some_and(|first| &**first == place)
    }
}

impl Glossary {
    /// Where each term is first used among a page's texts, given in the
    /// page's order, each with the name of its place on the page.
    pub fn first_uses<'a>(&self, texts: impl IntoIterator<Item = (String, &'a str)>) -> FirstUses {
        let mut first = HashMap::new();
        for (place, text) in texts {
            let place: Rc<str> = place.into();
            for segment in self.mark(text) {
                if let Segment::Term(_, term) = segment {
                    first.entry(term).or_insert_with(|| place.clone());
                }
            }
        }
        FirstUses(first)
    }

    /// The terms in alphabetical order of their headwords, as the glossary
    /// page lists them: by their words, whatever their case, and not by an
    /// opening quotation mark.
    pub fn alphabetical(&self) -> Vec<TermIndex> {
        let key = |index: &TermIndex| {
            let headword = &self[*index].headword;
            headword
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        };
        let mut order: Vec<TermIndex> = self.indexed().map(|(index, _)| index).collect();
        order.sort_by_key(key);
        order
    }

    /// Whether the term is used in the text.
    pub fn is_used_in(&self, term: TermIndex, text: &str) -> bool {
        self[term]
            .matches
            .iter()
            .any(|form| find_word(text, form).is_some())
    }
}

impl Index<TermIndex> for Glossary {
    type Output = Term;

    fn index(&self, index: TermIndex) -> &Term {
        &self.terms[index.0]
    }
}

/// Where `word` first stands in `text` as a whole word (not inside a longer
/// word), if anywhere.
fn find_word(text: &str, word: &str) -> Option<usize> {
    let is_word_char = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(word)
        .map(|(start, _)| start)
        .find(|&start| {
            let before = text[..start].chars().next_back();
            let after = text[start + word.len()..].chars().next();
            !is_word_char(before) && !is_word_char(after)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    const GLOSSARY: Glossary = Glossary {
        terms: &[
            Term {
                id: "cold-war",
                headword: "Cold War",
                matches: &["Cold War"],
                definition: "D1",
            },
            Term {
                id: "war",
                headword: "war",
                matches: &["war", "wars"],
                definition: "D2",
            },
            Term {
                id: "sanctions",
                headword: "“sanctions”",
                matches: &["sanctions"],
                definition: "D3",
            },
        ],
    };

    fn check(text: &str, expected: &[(&str, Option<TermIndex>)]) {
        let glossary = GLOSSARY;
        let segments: Vec<(&str, Option<TermIndex>)> = glossary
            .mark(text)
            .into_iter()
            .map(|segment| match segment {
                Segment::Plain(text) => (text, None),
                Segment::Term(text, index) => (text, Some(index)),
            })
            .collect();
        assert_eq!(segments, expected, "{text}");
    }

    #[test]
    fn terms_are_marked_once_at_their_first_appearance() {
        check(
            "sanctions, then more sanctions",
            &[
                ("sanctions", Some(TermIndex(2))),
                (", then more sanctions", None),
            ],
        );
        check("No terms here.", &[("No terms here.", None)]);
        check("", &[("", None)]);
    }

    #[test]
    fn a_page_marks_each_term_at_its_first_use_only() {
        let glossary = GLOSSARY;
        let texts = [
            ("claim", "No term."),
            ("plain", "sanctions and the Cold War"),
            ("why", "more sanctions, and a war"),
        ];
        let first = glossary.first_uses(texts.map(|(place, text)| (place.to_owned(), text)));
        assert!(first.is_marked_at(TermIndex(2), "plain"));
        assert!(!first.is_marked_at(TermIndex(2), "why"));
        assert!(first.is_marked_at(TermIndex(0), "plain"));
        assert!(first.is_marked_at(TermIndex(1), "why"));
        assert!(!first.is_marked_at(TermIndex(1), "claim"));
    }

    #[test]
    fn the_glossary_page_lists_terms_alphabetically_and_finds_their_uses() {
        let glossary = GLOSSARY;
        let order: Vec<&str> = glossary
            .alphabetical()
            .into_iter()
            .map(|index| &*glossary[index].id)
            .collect();
        assert_eq!(order, ["cold-war", "sanctions", "war"]);
        assert!(glossary.is_used_in(TermIndex(1), "two wars"));
        assert!(!glossary.is_used_in(TermIndex(1), "warfare"));
    }

    #[test]
    fn the_longer_overlapping_term_wins() {
        check(
            "the Cold War ended; a war",
            &[
                ("the ", None),
                ("Cold War", Some(TermIndex(0))),
                (" ended; a ", None),
                ("war", Some(TermIndex(1))),
            ],
        );
    }

    #[test]
    fn only_whole_words_are_marked() {
        check(
            "warm warfare, wars.",
            &[
                ("warm warfare, ", None),
                ("wars", Some(TermIndex(1))),
                (".", None),
            ],
        );
        check("Sanctions", &[("Sanctions", None)]);
    }
}
