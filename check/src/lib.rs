//! The content checker: the one reader of a content folder (`essay.txt`,
//! `argument.toml`, `glossary.toml`, `site.toml`, and `hedges.toml` if it
//! has one), which keeps the place of every word it
//! reads, and reports every broken rule of `content/README.md` as a
//! diagnostic in the style of rustc: a code, `file:line:column`, the text as
//! written with the fault underlined and labelled, and a help line.
//!
//! [`load`] gives the [`Document`] a build embeds, or the [`Report`] that
//! stops it; [`check`] gives every diagnostic, warnings too, as the `check`
//! binary prints them. The codes are listed in `check/CODES.md`. [`bake`]
//! writes a document out as Rust for the model's build to embed.

mod bake;
mod closest;
pub mod code;
pub mod document;
mod essay;
pub mod new;
mod raw;
mod read;
pub mod report;
pub mod rules;
pub mod source;

use std::path::Path;

pub use bake::bake;
pub use code::{Code, Severity};
pub use document::Document;
pub use document::{
    Answer, Argument, Essay, Evidence, Passage, Provenance, Quote, Reply, Step, StepKind, Term,
};
pub use report::{Diagnostic, Report};

use read::{Places, Reader};
use source::{FileId, Loc, SourceFile};

/// The files a content folder must have, in the order they are read.
const REQUIRED: [FileId; 4] = [
    FileId::Essay,
    FileId::Argument,
    FileId::Glossary,
    FileId::Site,
];

/// Reads and checks the content folder `dir`: its document, if no rule is
/// broken, or the report of every diagnostic (warnings included).
pub fn load(dir: &Path) -> Result<Document, Report> {
    let (document, report) = check(dir);
    match document {
        Some(document) if !report.has_errors() => Ok(document),
        _ => Err(report),
    }
}

/// What the `check` binary prints for the folder `dir`: every diagnostic
/// (in colour or not), then a summary line ("2 errors, 1 warning"), or a
/// short line saying every rule holds.
pub fn output(dir: &Path, report: &Report, colour: bool) -> String {
    let dir = dir.display();
    let summary = if report.has_errors() {
        format!("{dir}: {}", report.summary())
    } else if report.warnings() > 0 {
        format!("{dir}: {}, the site builds", report.summary())
    } else {
        format!("{dir}: every rule holds")
    };
    format!("{}{summary}\n", report.render(colour))
}

/// Reads and checks the content folder `dir`: the document as read (`None`
/// if a file is missing or is not TOML), and every diagnostic.
pub fn check(dir: &Path) -> (Option<Document>, Report) {
    let mut files: Vec<SourceFile> = REQUIRED
        .into_iter()
        .map(|id| {
            let path = dir.join(id.name());
            SourceFile {
                id,
                path: path.display().to_string(),
                text: std::fs::read_to_string(&path).ok(),
            }
        })
        .collect();
    // The hedges are the folder's to give or not.
    let hedges = dir.join(FileId::Hedges.name());
    if hedges.exists() {
        files.push(SourceFile {
            id: FileId::Hedges,
            path: hedges.display().to_string(),
            text: std::fs::read_to_string(&hedges).ok(),
        });
    }
    let mut diagnostics = Vec::new();
    let document = read(&files, &mut diagnostics);
    if let Some((document, places, essay_places)) = &document {
        diagnostics.extend(rules::check(&files, document, places, essay_places));
    }
    diagnostics.sort_by_key(|diagnostic| diagnostic.primary.loc.order());
    (
        document.map(|(document, ..)| document),
        Report { files, diagnostics },
    )
}

/// Reads every file into a document, reporting what cannot be read.
fn read(
    files: &[SourceFile],
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<(Document, Places, essay::EssayPlaces)> {
    let text = |id: FileId| {
        let file = files.iter().find(|file| file.id == id)?;
        file.text.as_deref()
    };
    // A folder with none of the files (a mistyped path, say) is one fault.
    let required = files.iter().filter(|file| REQUIRED.contains(&file.id));
    if required.clone().all(|file| !Path::new(&file.path).exists()) {
        let folder = Path::new(&files[0].path).parent().unwrap_or(Path::new(""));
        diagnostics.push(
            Diagnostic::new(
                Code::MissingFile,
                format!("{} holds no content: no essay.txt, argument.toml, glossary.toml or site.toml", folder.display()),
                Loc::file(FileId::Essay),
                "",
            )
            .help("name a content folder (make check CONTENT=folder), or draft one from an essay with make new"),
        );
        return None;
    }
    for file in files {
        if file.text.is_some() {
            continue;
        }
        let path = Path::new(&file.path);
        let message = if path.exists() {
            format!("{} is not UTF-8 text", file.path)
        } else {
            format!("{} is missing", file.path)
        };
        let help = if path.exists() {
            "save it as UTF-8 (the encoding of nearly every editor's \"plain text\")"
        } else {
            "a content folder holds essay.txt, argument.toml, glossary.toml and site.toml; `make new` drafts one from an essay"
        };
        diagnostics
            .push(Diagnostic::new(Code::MissingFile, message, Loc::file(file.id), "").help(help));
    }
    let mut places = Places::default();
    let essay = text(FileId::Essay).and_then(|source| match essay::parse(source) {
        essay::Parsed::Essay(essay, essay_places) => Some((essay, essay_places)),
        essay::Parsed::Empty => {
            diagnostics.push(
                Diagnostic::new(
                    Code::EmptyEssay,
                    "the essay is empty",
                    Loc::file(FileId::Essay),
                    "",
                )
                .help("essay.txt holds the essay's title on its first line, then its paragraphs, a blank line between each"),
            );
            None
        }
        essay::Parsed::TitleOnly(range) => {
            diagnostics.push(
                Diagnostic::new(
                    Code::EmptyEssay,
                    "the essay has a title but no paragraphs",
                    Loc::new(FileId::Essay, range),
                    "the title",
                )
                .help("put a blank line between the title and the first paragraph, and between paragraphs"),
            );
            None
        }
    });
    let argument_root = text(FileId::Argument)
        .and_then(|source| Reader::new(FileId::Argument, diagnostics, &mut places).parse(source));
    let argument = argument_root
        .as_ref()
        .map(|root| Reader::new(FileId::Argument, diagnostics, &mut places).argument(root));
    let glossary_root = text(FileId::Glossary)
        .and_then(|source| Reader::new(FileId::Glossary, diagnostics, &mut places).parse(source));
    let glossary = glossary_root
        .as_ref()
        .map(|root| Reader::new(FileId::Glossary, diagnostics, &mut places).glossary(root));
    let site_root = text(FileId::Site)
        .and_then(|source| Reader::new(FileId::Site, diagnostics, &mut places).parse(source));
    let site = site_root
        .as_ref()
        .map(|root| Reader::new(FileId::Site, diagnostics, &mut places).site(root));
    let hedges_root = text(FileId::Hedges)
        .and_then(|source| Reader::new(FileId::Hedges, diagnostics, &mut places).parse(source));
    let hedges = hedges_root
        .as_ref()
        .map(|root| Reader::new(FileId::Hedges, diagnostics, &mut places).hedges(root));
    if hedges.is_none() && files.iter().any(|file| file.id == FileId::Hedges) {
        return None;
    }
    let ((essay, essay_places), argument, glossary, site) = (essay?, argument?, glossary?, site?);
    Some((
        Document {
            essay,
            argument,
            glossary,
            site,
            hedges: hedges.unwrap_or_default(),
        },
        places,
        essay_places,
    ))
}
