//! The saved form of the reader's state, written once for every kind of it:
//! one line of `name=value` fields joined by `&`, the first `v=<version>`
//! (`v=3&last=cold-war&visited=question.cold-war&open=essay.why`).
//!
//! Saved data is never trusted. Text of another version, or that is not
//! fields at all, gives the empty state; a field that does not parse, or
//! names a step the argument no longer has, is dropped and the rest kept.

use super::argument::Argument;

/// Separates the values of a list in a field: step ids and the other codes
/// never hold it.
pub const LIST: char = '.';

/// The values of a list field.
pub fn list(value: &str) -> impl Iterator<Item = &str> {
    value.split(LIST).filter(|item| !item.is_empty())
}

/// Values joined into a list field.
pub fn join<'a>(items: impl Iterator<Item = &'a str>) -> String {
    items.collect::<Vec<_>>().join(&LIST.to_string())
}

/// Fields written as `v=<version>&name=value&…`: the saved form, and a
/// link's fragment too.
pub fn write(version: u32, fields: impl IntoIterator<Item = (String, String)>) -> String {
    let mut text = format!("v={version}");
    for (name, value) in fields {
        text.push('&');
        text.push_str(&name);
        text.push('=');
        text.push_str(&value);
    }
    text
}

/// One `name=value` part of a link's fragment, read strictly (see
/// [`strict_parts`]), with its own text for a refusal to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part<'a> {
    /// The part's name, before its `=`.
    pub name: &'a str,
    /// Its value, after the `=`.
    pub value: &'a str,
    /// The whole part.
    pub text: &'a str,
}

impl Part<'_> {
    /// The part as a refusal shows it: its first 60 characters.
    pub fn shown(&self) -> String {
        excerpt(self.text)
    }
}

/// Why a part of a link's fragment cannot be read, whatever the link is for;
/// each holds the part as [`Part::shown`] shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PartRefusal {
    /// The part is not `name=value`.
    Malformed(String),
    /// The part's name was given before.
    Repeated(String),
}

/// The first 60 characters of a part, or of anything a link holds, as a
/// refusal shows it.
pub fn excerpt(text: &str) -> String {
    text.chars().take(60).collect()
}

/// The `&`-joined parts of a link's fragment, read strictly and in order:
/// each part, or why it is refused. A link is never half-read: reading stops
/// at the first refusal, its own or one of these, so the one a person sees
/// is the first in the link.
pub fn strict_parts(fragment: &str) -> impl Iterator<Item = Result<Part<'_>, PartRefusal>> {
    let mut seen: Vec<&str> = Vec::new();
    fragment.split('&').map(move |text| {
        let (name, value) = text
            .split_once('=')
            .ok_or_else(|| PartRefusal::Malformed(excerpt(text)))?;
        if seen.contains(&name) {
            return Err(PartRefusal::Repeated(excerpt(text)));
        }
        seen.push(name);
        Ok(Part { name, value, text })
    })
}

/// State kept between visits in the saved form.
pub trait Saved: Default {
    /// The version of the saved form it writes.
    const VERSION: u32;

    /// Older versions whose fields it can still read, in part: fields whose
    /// meaning changed have new names, and an old one is passed over. Data
    /// of any other version is discarded.
    const OLDER: &'static [u32] = &[];

    /// The state's fields, names and values, without the version.
    fn fields(&self) -> Vec<(String, String)>;

    /// Takes in one field read back, if it still fits the argument, and
    /// passes over anything else.
    fn read_field(&mut self, name: &str, value: &str, argument: &Argument);

    /// The state in its saved form.
    fn to_saved(&self) -> String {
        write(Self::VERSION, self.fields())
    }

    /// The state read back from its saved form, keeping what still fits the
    /// argument.
    fn from_saved(text: &str, argument: &Argument) -> Self {
        let mut state = Self::default();
        let mut fields = text.split('&').map(|field| field.split_once('='));
        let readable = match fields.next() {
            Some(Some(("v", version))) => version.parse().is_ok_and(|version: u32| {
                version == Self::VERSION || Self::OLDER.contains(&version)
            }),
            _ => false,
        };
        if !readable {
            return state;
        }
        for (name, value) in fields.flatten() {
            state.read_field(name, value, argument);
        }
        state
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(fragment: &str, expected: &[Result<(&str, &str), PartRefusal>]) {
        let read: Vec<_> = strict_parts(fragment)
            .map(|part| part.map(|part| (part.name, part.value)))
            .collect();
        assert_eq!(read, expected, "{fragment}");
    }

    #[test]
    fn parts_are_read_in_order_and_each_refusal_names_its_part() {
        use PartRefusal::*;
        check("v=1&a=b", &[Ok(("v", "1")), Ok(("a", "b"))]);
        check("v=1&a=", &[Ok(("v", "1")), Ok(("a", ""))]);
        check("v=1&a", &[Ok(("v", "1")), Err(Malformed("a".into()))]);
        check("&v=1", &[Err(Malformed(String::new())), Ok(("v", "1"))]);
        check("a=1&a=2", &[Ok(("a", "1")), Err(Repeated("a=2".into()))]);
        check("a==1", &[Ok(("a", "=1"))]);
        let long = format!("x{}", "y".repeat(100));
        check(&long, &[Err(Malformed(long[..60].into()))]);
    }
}
