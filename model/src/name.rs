//! A name a student or a reader gives, to tell their answers apart from
//! others' (in a share link, a response link, a start): how it is checked,
//! and what is wrong with one given or read.

use std::fmt;

use super::text::is_unshowable;

/// The most characters a name may have, once trimmed.
pub const MAX_NAME_CHARS: usize = 40;

/// What is wrong with a name, given or read from a link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameError {
    /// Nothing is left of the name once spaces are trimmed.
    Empty,
    /// The name is longer than [`MAX_NAME_CHARS`].
    TooLong,
    /// The name holds a character that would not show as itself.
    Unshowable,
    /// The name in a link begins or ends with spaces.
    Spaces,
    /// The name in a link is not percent-encoded as
    /// [`link::encode`](crate::link::encode) writes it.
    Encoding,
    /// The name in a link comes before another part.
    NotLast,
}

impl fmt::Display for NameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NameError::Empty => write!(f, "the name is empty"),
            NameError::TooLong => {
                write!(f, "the name is longer than {MAX_NAME_CHARS} characters")
            }
            NameError::Unshowable => {
                write!(f, "the name holds a character that cannot be shown")
            }
            NameError::Spaces => write!(f, "the name begins or ends with spaces"),
            NameError::Encoding => {
                write!(
                    f,
                    "the name is not encoded as this explainer writes it (the link may have been edited)"
                )
            }
            NameError::NotLast => write!(f, "the name is not the last part of the link"),
        }
    }
}

/// A name as a link carries it: trimmed, at least one character and at
/// most [`MAX_NAME_CHARS`], none of them unshowable (see
/// [`is_unshowable`]).
pub fn check_name(name: &str) -> Result<String, NameError> {
    let name = name.trim();
    if name.is_empty() {
        Err(NameError::Empty)
    } else if name.chars().nth(MAX_NAME_CHARS).is_some() {
        Err(NameError::TooLong)
    } else if name.chars().any(is_unshowable) {
        Err(NameError::Unshowable)
    } else {
        Ok(name.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_checked_before_it_goes_in_a_link() {
        for (name, expected) in [
            ("Anna", Ok("Anna")),
            (" Anna K ", Ok("Anna K")),
            ("", Err(NameError::Empty)),
            ("\u{3000}", Err(NameError::Empty)),
            ("\u{200B}", Err(NameError::Unshowable)),
            ("A\u{0}", Err(NameError::Unshowable)),
            ("A\u{85}B", Err(NameError::Unshowable)),
            ("A\u{2028}B", Err(NameError::Unshowable)),
            ("A\u{2067}B", Err(NameError::Unshowable)),
            ("A\u{FEFF}", Err(NameError::Unshowable)),
        ] {
            assert_eq!(check_name(name), expected.map(str::to_owned), "{name}");
        }
        assert!(check_name(&"x".repeat(MAX_NAME_CHARS)).is_ok());
        assert_eq!(
            check_name(&"x".repeat(MAX_NAME_CHARS + 1)),
            Err(NameError::TooLong)
        );
    }
}
