//! How a content file reaches the model: the one seam between the model and
//! the form its content arrives in. It imports nothing of the model, so the
//! modules that read each file (`argument`, `glossary`) and the forms (`tree`'s
//! embedded statics, the tests' TOML) can all name it without importing
//! `content`, which imports them.

use serde::de::DeserializeOwned;

/// How a content file reaches the model: as the build embedded it
/// ([`super::tree::Embedded`]), or, in tests, as TOML text.
pub trait Format {
    /// What one content file is handed over as.
    type Source: ?Sized;
    /// Reads one content file into its shape.
    fn decode<T: DeserializeOwned>(source: &Self::Source) -> Result<T, String>;
}
