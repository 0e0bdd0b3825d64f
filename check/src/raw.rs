//! Where the characters of a TOML string's value stand in its source: a
//! quote's misspelt word, or a phrase in curly quotation marks, is
//! underlined where the author wrote it, past any escapes (`\"`, `\u00e9`).

/// For each byte offset of a string's value (and its end), the offset in
/// `raw`, the string as written with its quotation marks.
pub fn offsets(raw: &str) -> Vec<usize> {
    let (delimiter, literal) = if raw.starts_with("\"\"\"") {
        (3, false)
    } else if raw.starts_with("'''") {
        (3, true)
    } else {
        (1, raw.starts_with('\''))
    };
    let mut at = delimiter.min(raw.len());
    // A newline right after a multi-line string's opening is not its value's.
    if delimiter == 3 {
        if raw[at..].starts_with("\r\n") {
            at += 2;
        } else if raw[at..].starts_with('\n') {
            at += 1;
        }
    }
    let end = raw.len().saturating_sub(delimiter).max(at);
    let mut offsets = Vec::new();
    let body = &raw[at..end];
    let mut chars = body.char_indices().peekable();
    while let Some((index, c)) = chars.next() {
        let from = at + index;
        if literal || c != '\\' {
            offsets.extend(std::iter::repeat_n(from, c.len_utf8()));
            continue;
        }
        match chars.next() {
            Some((_, 'u')) => {
                let hex: String = (0..4)
                    .filter_map(|_| chars.next())
                    .map(|(_, c)| c)
                    .collect();
                push_escaped(&mut offsets, from, &hex);
            }
            Some((_, 'U')) => {
                let hex: String = (0..8)
                    .filter_map(|_| chars.next())
                    .map(|(_, c)| c)
                    .collect();
                push_escaped(&mut offsets, from, &hex);
            }
            Some((_, 'x')) => {
                let hex: String = (0..2)
                    .filter_map(|_| chars.next())
                    .map(|(_, c)| c)
                    .collect();
                push_escaped(&mut offsets, from, &hex);
            }
            // A line-ending backslash trims the white space after it.
            Some((_, c)) if c.is_whitespace() => {
                while chars.next_if(|(_, c)| c.is_whitespace()).is_some() {}
            }
            Some(_) => offsets.push(from),
            None => {}
        }
    }
    offsets.push(end);
    offsets
}

/// The offsets of one escaped character, all at its backslash.
fn push_escaped(offsets: &mut Vec<usize>, from: usize, hex: &str) {
    let width = u32::from_str_radix(hex, 16)
        .ok()
        .and_then(char::from_u32)
        .map_or(1, char::len_utf8);
    offsets.extend(std::iter::repeat_n(from, width));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The raw text that a range of the value stands at.
    fn raw_of<'r>(raw: &'r str, value: &str, word: &str) -> &'r str {
        let offsets = offsets(raw);
        assert_eq!(offsets.len(), value.len() + 1, "{raw}");
        let start = value.find(word).unwrap();
        &raw[offsets[start]..offsets[start + word.len()]]
    }

    #[test]
    fn escapes_are_passed_over() {
        let raw = r#""say \"no\" \u00e9t\u00e9 now""#;
        let value = "say \"no\" été now";
        assert_eq!(raw_of(raw, value, "\"no\""), r#"\"no\""#);
        assert_eq!(raw_of(raw, value, "now"), "now");
        assert_eq!(raw_of(raw, value, "été"), r"\u00e9t\u00e9");
    }

    #[test]
    fn literal_and_multi_line_strings() {
        assert_eq!(raw_of(r"'a \b c'", r"a \b c", "c"), "c");
        let raw = "\"\"\"\nfirst \\\n   second\"\"\"";
        assert_eq!(raw_of(raw, "first second", "second"), "second");
    }
}
