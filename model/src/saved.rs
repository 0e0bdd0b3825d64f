//! The saved form of the reader's state, written once for every kind of it:
//! one line of `name=value` fields joined by `&`, the first `v=<version>`
//! (`v=3&last=precedent&visited=question.precedent&open=essay.why`).
//!
//! Saved data is never trusted. Text of another version, or that is not
//! fields at all, gives the empty state; a field that does not parse, or
//! names a step the argument no longer has, is dropped and the rest kept.

use super::Content;
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

/// Fields written as `v=<version>&name=value&…`: the saved form.
pub fn write(version: u32, fields: impl IntoIterator<Item = (String, String)>) -> String {
    write_versioned("v", version, fields)
}

/// Fields written as `<version field>=<version>&name=value&…`: the saved
/// form, and each kind of link's fragment (`a=2&…`, `r=2&…`).
pub fn write_versioned(
    version_field: &str,
    version: u32,
    fields: impl IntoIterator<Item = (String, String)>,
) -> String {
    let mut text = format!("{version_field}={version}");
    for (name, value) in fields {
        text.push('&');
        text.push_str(&name);
        text.push('=');
        text.push_str(&value);
    }
    text
}

/// State kept between visits in the saved form.
pub trait Saved: Default {
    /// The name of the reader's own state: it is stored under the
    /// content's key of that name ([`Saved::key`]).
    const NAME: &'static str;

    /// The version of the saved form it writes.
    const VERSION: u32;

    /// Older versions whose fields it can still read, in part: fields whose
    /// meaning changed have new names, and an old one is passed over. Data
    /// of any other version is discarded.
    const OLDER: &'static [u32] = &[];

    /// The state's fields, names and values, without the version, written
    /// for the argument (whose step ids a field may name).
    fn fields(&self, argument: &Argument) -> Vec<(String, String)>;

    /// Takes in one field read back, if it still fits the argument, and
    /// passes over anything else.
    fn read_field(&mut self, name: &str, value: &str, argument: &Argument);

    /// The key the reader's own state is stored under (localStorage's, in
    /// the browser), which the scripts of the page template read too: the
    /// embedded content's key of [`Saved::NAME`] ([`Content::storage_key`]).
    fn key() -> String {
        Content::get().storage_key(Self::NAME)
    }

    /// The state in its saved form.
    fn to_saved(&self, argument: &Argument) -> String {
        write(Self::VERSION, self.fields(argument))
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
