//! Reads `essay.txt`: a title line, then paragraphs separated by blank
//! lines, each word's place in the file kept, so that a diagnostic can
//! point into the essay as the author sees it. Everything from a line
//! reading exactly `Comments` on is a blog's furniture, and is left out.

use std::ops::Range;

use crate::document::{Essay, Passage, TITLE_PASSAGE};

/// The line at which a blog's furniture starts.
const FURNITURE_MARKER: &str = "Comments";

/// Where each passage's text stands in the file: for each of its lines, the
/// offset in the passage's text and the offset in the file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EssayPlaces {
    passages: Vec<Vec<(usize, usize)>>,
}

impl EssayPlaces {
    /// The bytes of the file that a range of a passage's text (the `index`th
    /// passage, the title first) stands at.
    pub fn range(&self, index: usize, range: Range<usize>) -> Range<usize> {
        let start = self.offset(index, range.start);
        let end = if range.is_empty() {
            start
        } else {
            // The last byte's place, plus one: a range ending at a line's end
            // ends there, not at the next line's start.
            self.offset(index, range.end - 1) + 1
        };
        start..end
    }

    /// The file's offset of one offset in a passage's text.
    fn offset(&self, index: usize, at: usize) -> usize {
        let lines = self.passages.get(index).map_or(&[][..], Vec::as_slice);
        lines
            .iter()
            .rev()
            .find(|(text, _)| *text <= at)
            .map_or(0, |(text, file)| file + (at - text))
    }
}

/// The essay, or what is wrong with it (its first passage's place, or the
/// file's end).
pub enum Parsed {
    /// The essay and its places.
    Essay(Essay, EssayPlaces),
    /// No title: the file is blank up to its furniture.
    Empty,
    /// A title but no paragraph; the title's bytes.
    TitleOnly(Range<usize>),
}

/// Parses the essay's text.
pub fn parse(source: &str) -> Parsed {
    let mut blocks: Vec<(String, Vec<(usize, usize)>)> = Vec::new();
    let mut current = (String::new(), Vec::new());
    // A byte order mark, as some editors save one, is no word of the essay.
    let mut at = if source.starts_with('\u{feff}') {
        '\u{feff}'.len_utf8()
    } else {
        0
    };
    for line in source[at..].split_inclusive('\n') {
        let start = at;
        at += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim() == FURNITURE_MARKER {
            break;
        }
        let trimmed = content.trim();
        if trimmed.is_empty() {
            if !current.0.is_empty() {
                blocks.push(std::mem::take(&mut current));
            }
            continue;
        }
        if !current.0.is_empty() {
            current.0.push('\n');
        }
        let lead = content.len() - content.trim_start().len();
        current.1.push((current.0.len(), start + lead));
        current.0.push_str(trimmed);
    }
    if !current.0.is_empty() {
        blocks.push(current);
    }
    let mut blocks = blocks.into_iter();
    let Some((title, title_places)) = blocks.next() else {
        return Parsed::Empty;
    };
    let mut places = EssayPlaces {
        passages: vec![title_places],
    };
    let mut paragraphs = Vec::new();
    for (index, (text, lines)) in blocks.enumerate() {
        paragraphs.push(Passage {
            id: format!("p{}", index + 1),
            text,
        });
        places.passages.push(lines);
    }
    if paragraphs.is_empty() {
        let range = places.range(0, 0..title.len());
        return Parsed::TitleOnly(range);
    }
    let essay = Essay {
        title: Passage {
            id: TITLE_PASSAGE.to_owned(),
            text: title,
        },
        paragraphs,
    };
    Parsed::Essay(essay, places)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn essay(source: &str) -> (Essay, EssayPlaces) {
        match parse(source) {
            Parsed::Essay(essay, places) => (essay, places),
            _ => panic!("the essay parses"),
        }
    }

    #[test]
    fn title_then_paragraphs_trimmed_up_to_the_furniture() {
        let (essay, _) = essay("\n\nTitle\n\n\n\u{a0}One.  \nTwo.\n\nThree.\n\nComments\n\nAd.");
        let texts: Vec<(&str, &str)> = essay
            .passages()
            .map(|p| (p.id.as_str(), p.text.as_str()))
            .collect();
        assert_eq!(
            texts,
            [("title", "Title"), ("p1", "One.\nTwo."), ("p2", "Three.")]
        );
    }

    #[test]
    fn a_passages_words_are_found_where_the_file_has_them() {
        let source = "Title\n\n  One.  \nTwo words.\n";
        let (essay, places) = essay(source);
        let text = &essay.paragraphs[0].text;
        let start = text.find("Two").unwrap();
        let range = places.range(1, start..start + "Two words".len());
        assert_eq!(&source[range], "Two words");
        let range = places.range(1, 0..text.len());
        assert_eq!(&source[range], "One.  \nTwo words.");
    }

    #[test]
    fn a_byte_order_mark_is_passed_over() {
        let source = "\u{feff}Title\r\n\r\nOne.\r\n";
        let (essay, places) = essay(source);
        assert_eq!(essay.title.text, "Title");
        assert_eq!(essay.paragraphs[0].text, "One.");
        assert_eq!(&source[places.range(0, 0..5)], "Title");
        assert_eq!(&source[places.range(1, 0..4)], "One.");
    }

    #[test]
    fn an_empty_essay_or_a_title_alone_is_no_essay() {
        assert!(matches!(parse(" \n\n"), Parsed::Empty));
        assert!(matches!(parse("Title\n"), Parsed::TitleOnly(range) if range == (0..5)));
    }
}
