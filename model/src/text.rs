//! Text a reader types and the explainer shows again (a name, a prompt, a
//! reason, a link it refuses): which characters would not show as
//! themselves, and how much of a refused text is shown.

use icu_properties::props::{BinaryProperty, DefaultIgnorableCodePoint, VariationSelector};

/// Whether a character would not show as itself in a name or a note: a
/// control character, one that breaks a line or paragraph unseen (U+2028,
/// U+2029), or one that Unicode says is drawn as nothing
/// (Default_Ignorable_Code_Point: marks that reorder the text around them,
/// as U+202E shows what follows backwards, zero-width spaces, the soft
/// hyphen, invisible operators, tag characters, the Hangul fillers). The
/// joiners and the variation selectors are kept: they change how the
/// characters beside them are drawn (a Persian word's letters, an emoji's
/// parts) and hide nothing. Tag characters are not, though they spell a
/// region's flag after U+1F3F4: on their own they carry text no one sees.
pub fn is_unshowable(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{2028}' | '\u{2029}')
        || (DefaultIgnorableCodePoint::for_char(c)
            && !matches!(c, '\u{200C}' | '\u{200D}')
            && !VariationSelector::for_char(c))
}

/// Text as the explainer may show it again: without any character that
/// would not show as itself ([`is_unshowable`]).
pub fn strip_unshowable(text: &str) -> String {
    text.chars().filter(|&c| !is_unshowable(c)).collect()
}

/// The most characters of a refused text (a line of a paste, a part of a
/// link) shown beside the refusal.
pub const EXCERPT_CHARS: usize = 60;

/// The start of a refused text, as the refusal shows it: trimmed, without
/// any character that would not show as itself, and at most
/// [`EXCERPT_CHARS`] characters, the last of them `…` where it is cut.
pub fn excerpt(text: &str) -> String {
    let shown: Vec<char> = text
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

#[cfg(test)]
mod tests {
    use super::{EXCERPT_CHARS, excerpt, is_unshowable};

    #[test]
    fn an_excerpt_is_trimmed_showable_and_cut_with_an_ellipsis() {
        assert_eq!(excerpt("  a=b\n"), "a=b");
        assert_eq!(excerpt("a\u{202E}b\u{7}c"), "abc");
        let fits = "x".repeat(EXCERPT_CHARS);
        assert_eq!(excerpt(&fits), fits);
        let long = excerpt(&"y".repeat(EXCERPT_CHARS + 1));
        assert_eq!(long.chars().count(), EXCERPT_CHARS);
        assert!(long.ends_with("y…"), "{long}");
    }

    #[test]
    fn characters_drawn_as_nothing_are_unshowable() {
        for c in [
            '\u{0}',
            '\u{7}',
            '\u{85}',
            '\u{AD}',
            '\u{34F}',
            '\u{61C}',
            '\u{115F}',
            '\u{1160}',
            '\u{200B}',
            '\u{200E}',
            '\u{2028}',
            '\u{2029}',
            '\u{202E}',
            '\u{2060}',
            '\u{2061}',
            '\u{2062}',
            '\u{2063}',
            '\u{2064}',
            '\u{2067}',
            '\u{3164}',
            '\u{FEFF}',
            '\u{FFA0}',
            '\u{E0000}',
            '\u{E0001}',
            '\u{E0041}',
            '\u{E007F}',
        ] {
            assert!(is_unshowable(c), "U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn what_shows_or_shapes_its_neighbours_is_showable() {
        for text in [
            "Anna K.",
            "Zoë Ørsted-Łukasiewicz",
            "Анна",
            "محمد",
            "می\u{200C}خواهم",
            "\u{1F469}\u{200D}\u{1F4BB}",
            "\u{2764}\u{FE0F}",
            "\u{845B}\u{E0100}",
            "a b\u{A0}c\u{3000}d",
        ] {
            let unshowable: Vec<_> = text.chars().filter(|&c| is_unshowable(c)).collect();
            assert!(unshowable.is_empty(), "{text:?}: {unshowable:?}");
        }
    }
}
