//! The explainer's model: the essay, the argument map and the reader's
//! progress. Plain Rust, tested natively; it knows nothing of yew or the DOM.

pub mod argument;
pub mod essay;
pub mod navigation;
pub mod reader;

use std::fmt;

pub use argument::{Argument, Evidence, Quote, Step, StepKind};
pub use essay::{Essay, Passage};
pub use navigation::Move;
pub use reader::{Action, Reader, SavedReader, SectionKind};

/// The essay's source file, relative to the crate root.
pub const ESSAY_FILE: &str = "content/essay.txt";
/// The argument map's source file, relative to the crate root.
pub const ARGUMENT_FILE: &str = "content/argument.toml";

/// A content file that could not be used, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentError {
    /// The file at fault.
    pub file: &'static str,
    /// What is wrong with it, one problem per line.
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file, self.message)
    }
}

impl std::error::Error for ContentError {}

/// Everything the explainer shows: the essay and the argument map over it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Content {
    /// The essay, verbatim.
    pub essay: Essay,
    /// The steps of its argument.
    pub argument: Argument,
}

impl Content {
    /// Parses and checks the content files embedded in the build.
    pub fn load() -> Result<Content, ContentError> {
        Content::parse(
            include_str!("../../content/essay.txt"),
            include_str!("../../content/argument.toml"),
        )
    }

    /// Parses and checks content given as text.
    pub fn parse(essay: &str, argument: &str) -> Result<Content, ContentError> {
        let essay = essay::parse_essay(essay).map_err(|message| ContentError {
            file: ESSAY_FILE,
            message,
        })?;
        let argument =
            argument::parse_argument(argument, &essay).map_err(|message| ContentError {
                file: ARGUMENT_FILE,
                message,
            })?;
        Ok(Content { essay, argument })
    }
}
