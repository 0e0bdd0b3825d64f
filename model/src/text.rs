//! Text a reader types and the explainer shows again (a name, a prompt, a
//! reason): which characters would not show as themselves.

/// Whether a character would not show as itself in a name or a note: a
/// control character, a mark that reorders the text around it (U+202E
/// shows what follows backwards), one that breaks a line or paragraph
/// unseen, or one with no width at all.
pub fn is_unshowable(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061C}'
                | '\u{200B}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FEFF}'
        )
}

/// Text as the explainer may show it again: without any character that
/// would not show as itself ([`is_unshowable`]).
pub fn strip_unshowable(text: &str) -> String {
    text.chars().filter(|&c| !is_unshowable(c)).collect()
}
