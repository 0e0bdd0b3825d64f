//! The essay's words closest to a misquote, and where they differ from it,
//! word by word: a dropped "not" or a changed number is the misquote that
//! matters most, and the hardest to see in a long sentence.

use std::ops::Range;

use similar::{Algorithm, DiffOp, capture_diff_slices};

/// The run of a passage's words most like a quote's.
#[derive(Debug, Clone, PartialEq)]
pub struct Window {
    /// The words' bytes in the passage.
    pub range: Range<usize>,
    /// How alike they are, from 0 (nothing shared) to 1 (the same words).
    pub likeness: f64,
    /// Each difference between the essay's words and the quote's.
    pub changes: Vec<Change>,
    /// The essay's words against the quote's: `[-essay-]{+quote+}`, long
    /// runs of words both share cut short.
    pub diff: String,
}

/// One difference between the essay's words and a quote's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The bytes of the essay's words the quote leaves out or changes
    /// (empty where it adds words: then the place they would go).
    pub essay: Range<usize>,
    /// The essay's words, as text.
    pub essay_words: String,
    /// The bytes of the quote's words in its text (empty where it leaves
    /// the essay's out: then the place they would go).
    pub quote: Range<usize>,
    /// What the quote has in their place (empty where it leaves them out).
    pub quote_words: String,
}

/// The most tokens both share that the diff shows on each side of a change.
const CONTEXT: usize = 6;

/// A text's tokens, each with its bytes in the text: a word (letters and
/// digits, with the apostrophes, hyphens and points inside it) or a mark of
/// punctuation on its own, so that "prospect," is the word and the comma.
fn tokens(text: &str) -> Vec<(&str, Range<usize>)> {
    let mut found = Vec::new();
    let mut word: Option<usize> = None;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, &(at, c)) in chars.iter().enumerate() {
        let inside = |c: char| matches!(c, '\'' | '’' | '-' | '.' | ',');
        let joins = c.is_alphanumeric()
            || (word.is_some()
                && inside(c)
                && chars
                    .get(i + 1)
                    .is_some_and(|&(_, next)| next.is_alphanumeric()));
        if joins {
            word.get_or_insert(at);
            continue;
        }
        if let Some(start) = word.take() {
            found.push((&text[start..at], start..at));
        }
        if !c.is_whitespace() {
            found.push((&text[at..at + c.len_utf8()], at..at + c.len_utf8()));
        }
    }
    if let Some(start) = word {
        found.push((&text[start..], start..text.len()));
    }
    found
}

/// The run of a passage's words most like `quote`'s, if they share any.
pub fn closest(passage: &str, quote: &str) -> Option<Window> {
    let essay = tokens(passage);
    let quoted = tokens(quote);
    if essay.is_empty() || quoted.is_empty() {
        return None;
    }
    let (start, length, shared) = best_run(&essay, &quoted)?;
    let run = &essay[start..start + length];
    let old: Vec<&str> = run.iter().map(|(word, _)| *word).collect();
    let new: Vec<&str> = quoted.iter().map(|(word, _)| *word).collect();
    let ops = capture_diff_slices(Algorithm::Myers, &old, &new);
    // The bytes of tokens from..to of the essay's run, or of the quote.
    let essay_span = |from: usize, to: usize| -> Range<usize> {
        if from < to {
            run[from].1.start..run[to - 1].1.end
        } else if from < run.len() {
            run[from].1.start..run[from].1.start
        } else {
            run[from - 1].1.end..run[from - 1].1.end
        }
    };
    let quote_span = |from: usize, to: usize| -> Range<usize> {
        if from < to {
            quoted[from].1.start..quoted[to - 1].1.end
        } else if from < quoted.len() {
            quoted[from].1.start..quoted[from].1.start
        } else {
            quoted[from - 1].1.end..quoted[from - 1].1.end
        }
    };
    let mut changes = Vec::new();
    let mut diff = String::new();
    // The end of the essay's text the diff has shown so far.
    let mut shown = run[0].1.start;
    let last = ops.len().saturating_sub(1);
    for (index, op) in ops.iter().enumerate() {
        let (old_index, old_len, new_index, new_len) = match *op {
            DiffOp::Equal {
                old_index,
                new_index,
                len,
            } => (old_index, len, new_index, len),
            DiffOp::Delete {
                old_index,
                old_len,
                new_index,
            } => (old_index, old_len, new_index, 0),
            DiffOp::Insert {
                old_index,
                new_index,
                new_len,
            } => (old_index, 0, new_index, new_len),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => (old_index, old_len, new_index, new_len),
        };
        let essay_range = essay_span(old_index, old_index + old_len);
        if let DiffOp::Equal { .. } = op {
            let (head, tail) = match (index == 0, index == last) {
                (true, true) => (old_len, 0),
                (true, false) => (0, CONTEXT),
                (false, true) => (CONTEXT, 0),
                (false, false) => (CONTEXT, CONTEXT),
            };
            if head + tail + 2 >= old_len {
                diff.push_str(&passage[shown..essay_range.end]);
            } else {
                if head > 0 {
                    diff.push_str(&passage[shown..run[old_index + head - 1].1.end]);
                    diff.push(' ');
                } else if index > 0 {
                    diff.push(' ');
                }
                diff.push('…');
                if tail > 0 {
                    diff.push(' ');
                    diff.push_str(
                        &passage[run[old_index + old_len - tail].1.start..essay_range.end],
                    );
                }
            }
            shown = essay_range.end;
            continue;
        }
        let quote_range = quote_span(new_index, new_index + new_len);
        // The white space before the change, as the essay (or, for words
        // only the quote has, the quote) has it.
        let space = if old_len > 0 {
            &passage[shown..essay_range.start]
        } else if quote[..quote_range.start].ends_with(char::is_whitespace) {
            " "
        } else {
            ""
        };
        diff.push_str(space);
        if old_len > 0 {
            diff.push_str(&format!("[-{}-]", &passage[essay_range.clone()]));
        }
        if new_len > 0 {
            diff.push_str(&format!("{{+{}+}}", &quote[quote_range.clone()]));
        }
        if old_len > 0 {
            shown = essay_range.end;
        }
        changes.push(Change {
            essay_words: passage[essay_range.clone()].to_owned(),
            quote_words: quote[quote_range.clone()].to_owned(),
            essay: essay_range,
            quote: quote_range,
        });
    }
    let likeness = 2.0 * shared as f64 / (length + quoted.len()) as f64;
    Some(Window {
        range: run[0].1.start..run[length - 1].1.end,
        likeness,
        changes,
        diff,
    })
}

/// The start and length of the run of the essay's words that shares the
/// most words with the quote's, in order, for its length (by likeness, then
/// the length nearest the quote's), and how many words they share.
fn best_run(
    essay: &[(&str, Range<usize>)],
    quoted: &[(&str, Range<usize>)],
) -> Option<(usize, usize, usize)> {
    let n = quoted.len();
    let slack = (n / 4).max(2);
    let mut best: Option<(f64, usize, usize, usize, usize)> = None;
    for start in 0..essay.len() {
        let longest = (n + slack).min(essay.len() - start);
        // shared[j] for the essay's words start..start+i against the
        // quote's first j words: the longest common subsequence, row by row.
        let mut row = vec![0usize; n + 1];
        for length in 1..=longest {
            let word = essay[start + length - 1].0;
            let mut diagonal = 0;
            for j in 1..=n {
                let above = row[j];
                row[j] = if quoted[j - 1].0 == word {
                    diagonal + 1
                } else {
                    row[j].max(row[j - 1])
                };
                diagonal = above;
            }
            let shared = row[n];
            if shared == 0 || length + slack < n {
                continue;
            }
            let likeness = 2.0 * shared as f64 / (length + n) as f64;
            let distance = length.abs_diff(n);
            let better = best.is_none_or(|(best_likeness, best_distance, ..)| {
                likeness > best_likeness || (likeness == best_likeness && distance < best_distance)
            });
            if better {
                best = Some((likeness, distance, start, length, shared));
            }
        }
    }
    best.map(|(_, _, start, length, shared)| (start, length, shared))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PASSAGE: &str = "Old rivals kept talking. They did not break off relations in 1962, though the crisis was grave.";

    #[test]
    fn a_dropped_not_is_the_difference() {
        let window = closest(PASSAGE, "They did break off relations in 1962,").unwrap();
        assert_eq!(
            &PASSAGE[window.range.clone()],
            "They did not break off relations in 1962,"
        );
        assert_eq!(window.changes.len(), 1);
        assert_eq!(&PASSAGE[window.changes[0].essay.clone()], "not");
        assert_eq!(window.diff, "They did [-not-] break off relations in 1962,");
    }

    #[test]
    fn a_changed_number_is_the_difference() {
        let window = closest(
            PASSAGE,
            "They did not break off relations in 1963, though the crisis was grave.",
        )
        .unwrap();
        assert_eq!(window.changes.len(), 1);
        assert_eq!(window.changes[0].essay_words, "1962");
        assert_eq!(window.changes[0].quote_words, "1963");
        assert_eq!(
            window.diff,
            "They did not break off relations in [-1962-]{+1963+}, though the crisis was grave."
        );
    }

    #[test]
    fn added_words_are_placed_where_they_would_go() {
        let window = closest(PASSAGE, "Old rivals always kept talking.").unwrap();
        assert_eq!(window.diff, "Old rivals {+always+} kept talking.");
        let at = window.changes[0].essay.clone();
        assert!(at.is_empty());
        assert_eq!(
            &PASSAGE[at.start..],
            "kept talking. They did not break off relations in 1962, though the crisis was grave."
        );
    }

    #[test]
    fn words_the_essay_lacks_have_no_closest() {
        assert!(closest(PASSAGE, "Nothing alike here").is_none());
        assert!(closest("", "words").is_none());
    }
}
