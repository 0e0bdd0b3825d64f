//! The files of a content folder as read, and places in them: a byte range
//! of one file, which a diagnostic turns into `file:line:column`.

use std::ops::Range;

/// Which file of the folder a place is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FileId {
    /// `essay.txt`.
    Essay,
    /// `argument.toml`.
    Argument,
    /// `glossary.toml`.
    Glossary,
    /// `site.toml`.
    Site,
    /// `hedges.toml`.
    Hedges,
}

impl FileId {
    /// The file's name in the folder.
    pub fn name(self) -> &'static str {
        match self {
            FileId::Essay => "essay.txt",
            FileId::Argument => "argument.toml",
            FileId::Glossary => "glossary.toml",
            FileId::Site => "site.toml",
            FileId::Hedges => "hedges.toml",
        }
    }
}

/// A place in a file: a byte range of its text. An empty range at 0 stands
/// for the file as a whole (one that is missing, say).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Loc {
    /// The file.
    pub file: FileId,
    /// The bytes, as read.
    pub range: Range<usize>,
}

impl Loc {
    /// A place in a file.
    pub fn new(file: FileId, range: Range<usize>) -> Loc {
        Loc { file, range }
    }

    /// The order a report gives its diagnostics in: by file, then by place.
    pub fn order(&self) -> (FileId, usize, usize) {
        (self.file, self.range.start, self.range.end)
    }

    /// The file as a whole.
    pub fn file(file: FileId) -> Loc {
        Loc { file, range: 0..0 }
    }
}

/// A file of the folder, as read: its path as the report shows it, and its
/// text (`None` if it could not be read).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// Which file it is.
    pub id: FileId,
    /// Its path, as the report names it (`content/argument.toml`).
    pub path: String,
    /// Its text, if it was read.
    pub text: Option<String>,
}
