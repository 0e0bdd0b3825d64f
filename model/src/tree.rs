//! The content files as the build embeds them: TOML's strings, lists and
//! tables as Rust statics (written by `build.rs`), which serde reads without
//! any parser in the WebAssembly.

use serde::de::value::{Error, MapDeserializer, SeqDeserializer};
use serde::de::{Deserializer, IntoDeserializer, Visitor};
use serde::forward_to_deserialize_any;

use super::Format;

/// A content file's value: text, a list, or a table of named values.
#[derive(Debug)]
pub enum Tree {
    /// A string.
    Text(&'static str),
    /// An array.
    List(&'static [Tree]),
    /// A table, its keys in order.
    Table(&'static [(&'static str, Tree)]),
}

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// The content files as the build embedded them.
pub struct Embedded;

impl Format for Embedded {
    type Source = Tree;

    fn decode<T: serde::de::DeserializeOwned>(source: &Tree) -> Result<T, String> {
        T::deserialize(source).map_err(|error| error.to_string())
    }
}

impl<'de> Deserializer<'de> for &Tree {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            Tree::Text(text) => visitor.visit_borrowed_str(text),
            Tree::List(items) => visitor.visit_seq(SeqDeserializer::new(items.iter())),
            Tree::Table(entries) => visitor.visit_map(MapDeserializer::new(
                entries.iter().map(|(key, value)| (*key, value)),
            )),
        }
    }

    /// TOML has no null: a value that is there is `Some`.
    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_some(self)
    }

    /// A unit variant is written as its name.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self {
            Tree::Text(text) => visitor.visit_enum(text.into_deserializer()),
            _ => self.deserialize_any(visitor),
        }
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit unit_struct newtype_struct seq tuple tuple_struct
        map struct identifier ignored_any
    }
}

impl<'de> IntoDeserializer<'de, Error> for &Tree {
    type Deserializer = Self;

    fn into_deserializer(self) -> Self {
        self
    }
}
