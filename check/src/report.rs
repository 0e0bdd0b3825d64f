//! Diagnostics and their report, drawn as rustc draws its own (with
//! annotate-snippets, rustc's renderer): the code and the message, the file,
//! line and column, the text as written with the fault underlined and
//! labelled, then notes and a help line.

use std::fmt;

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

use crate::code::{Code, Severity};
use crate::source::{FileId, Loc, SourceFile};

/// A text underlined in a file, with what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// Where.
    pub loc: Loc,
    /// What the underline says.
    pub text: String,
}

/// One fault found in the content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Its kind, which says whether it is an error or a warning.
    pub code: Code,
    /// What is wrong, in a sentence.
    pub message: String,
    /// The fault, underlined.
    pub primary: Label,
    /// More of the fault, underlined as it is (each changed word of a
    /// misquote).
    pub more: Vec<Label>,
    /// Other places that explain it (the other of two overlapping quotes).
    pub secondary: Vec<Label>,
    /// Facts that explain it.
    pub notes: Vec<String>,
    /// What to do about it.
    pub help: Option<String>,
    /// For a misquote: the essay's closest words, marked where they differ.
    pub closest: Option<Closest>,
}

/// The essay's closest words to a misquote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Closest {
    /// What the note says of them ("the closest words in passage `p2`").
    pub title: String,
    /// The words in the essay, each difference underlined and labelled.
    pub labels: Vec<Label>,
    /// The essay's words against the quote's, word by word: `[-dropped-]`,
    /// `{+added+}`.
    pub diff: String,
}

impl Diagnostic {
    /// A diagnostic with its fault underlined and nothing else.
    pub fn new(code: Code, message: impl Into<String>, loc: Loc, label: impl Into<String>) -> Self {
        Diagnostic {
            code,
            message: message.into(),
            primary: Label {
                loc,
                text: label.into(),
            },
            more: Vec::new(),
            secondary: Vec::new(),
            notes: Vec::new(),
            help: None,
            closest: None,
        }
    }

    /// With a help line.
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// With a note.
    pub fn note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    /// With another place underlined.
    pub fn also(mut self, loc: Loc, text: impl Into<String>) -> Self {
        self.secondary.push(Label {
            loc,
            text: text.into(),
        });
        self
    }

    /// Whether it is an error or a warning.
    pub fn severity(&self) -> Severity {
        self.code.severity()
    }
}

/// Everything the checker found in a folder, with the files it read, so
/// that it can show the text as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// The files, as read.
    pub files: Vec<SourceFile>,
    /// The diagnostics, in the order of the files and places they point at.
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    /// How many diagnostics are errors.
    pub fn errors(&self) -> usize {
        self.count(Severity::Error)
    }

    /// How many diagnostics are warnings.
    pub fn warnings(&self) -> usize {
        self.count(Severity::Warning)
    }

    fn count(&self, severity: Severity) -> usize {
        let all = self.diagnostics.iter();
        all.filter(|diagnostic| diagnostic.severity() == severity)
            .count()
    }

    /// Whether anything is wrong.
    pub fn has_errors(&self) -> bool {
        self.errors() > 0
    }

    /// The file read for an id.
    fn file(&self, id: FileId) -> Option<&SourceFile> {
        self.files.iter().find(|file| file.id == id)
    }

    /// The summary line: "2 errors, 1 warning", or "no errors".
    pub fn summary(&self) -> String {
        let count = |n: usize, what: &str| match n {
            1 => format!("1 {what}"),
            n => format!("{n} {what}s"),
        };
        match (self.errors(), self.warnings()) {
            (0, 0) => "no errors".to_owned(),
            (errors, 0) => count(errors, "error"),
            (0, warnings) => count(warnings, "warning"),
            (errors, warnings) => {
                format!("{}, {}", count(errors, "error"), count(warnings, "warning"))
            }
        }
    }

    /// Every diagnostic drawn, one after another, in colour or not.
    pub fn render(&self, colour: bool) -> String {
        let renderer = if colour {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        let mut out = String::new();
        // What is left to write is listed a line each: a draft has dozens.
        let (short, full): (Vec<&Diagnostic>, Vec<&Diagnostic>) = self
            .diagnostics
            .iter()
            .partition(|diagnostic| diagnostic.code == Code::LeftToWrite);
        for diagnostic in full {
            out.push_str(&renderer.render(&self.groups(diagnostic)));
            out.push_str("\n\n");
        }
        if !short.is_empty() {
            let renderer = renderer.short_message(true);
            for diagnostic in short {
                out.push_str(&renderer.render(&self.groups(diagnostic)));
                out.push('\n');
            }
            out.push('\n');
        }
        out
    }

    /// One diagnostic as annotate-snippets' groups: the fault, then the
    /// essay's closest words for a misquote.
    fn groups<'a>(&'a self, diagnostic: &'a Diagnostic) -> Vec<Group<'a>> {
        let level = match diagnostic.severity() {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        let mut labels = vec![(&diagnostic.primary, AnnotationKind::Primary)];
        labels.extend(
            diagnostic
                .more
                .iter()
                .map(|label| (label, AnnotationKind::Primary)),
        );
        labels.extend(
            diagnostic
                .secondary
                .iter()
                .map(|label| (label, AnnotationKind::Context)),
        );
        let title = level
            .primary_title(diagnostic.message.as_str())
            .id(diagnostic.code.as_str());
        let mut group = Group::with_title(title).elements(self.snippets(&labels));
        for note in &diagnostic.notes {
            group = group.element(Level::NOTE.message(note.as_str()));
        }
        if let Some(help) = &diagnostic.help {
            group = group.element(Level::HELP.message(help.as_str()));
        }
        let mut groups = vec![group];
        if let Some(closest) = &diagnostic.closest {
            let labels: Vec<(&Label, AnnotationKind)> = closest
                .labels
                .iter()
                .map(|label| (label, AnnotationKind::Primary))
                .collect();
            let title = Level::NOTE.secondary_title(closest.title.as_str());
            let group = Group::with_title(title)
                .elements(self.snippets(&labels))
                .element(Level::NOTE.message(closest.diff.as_str()));
            groups.push(group);
        }
        groups
    }

    /// The snippets that show labels: one per file, in the order the labels
    /// first name them; a label on a whole file, or one that could not be
    /// read, names the file alone.
    fn snippets<'a>(
        &'a self,
        labels: &[(&'a Label, AnnotationKind)],
    ) -> Vec<annotate_snippets::Element<'a>> {
        let mut files: Vec<FileId> = Vec::new();
        for (label, _) in labels {
            if !files.contains(&label.loc.file) {
                files.push(label.loc.file);
            }
        }
        let mut elements = Vec::new();
        for id in files {
            let Some(file) = self.file(id) else { continue };
            let here = labels.iter().filter(|(label, _)| label.loc.file == id);
            match &file.text {
                Some(text) if here.clone().any(|(label, _)| label.loc.range != (0..0)) => {
                    let snippet = Snippet::source(text.as_str()).path(file.path.as_str());
                    let annotations = here.map(|(label, kind)| {
                        (*kind)
                            .span(label.loc.range.clone())
                            .label(label.text.as_str())
                    });
                    elements.push(snippet.annotations(annotations).into());
                }
                _ => elements.push(Origin::path(file.path.as_str()).into()),
            }
        }
        elements
    }
}

impl fmt::Display for Report {
    /// The report without colour, as a build prints it when it stops.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.render(false), self.summary())
    }
}

impl std::error::Error for Report {}
