//! A content folder drafted from a plain text file (`make new`): the essay
//! normalised as [`crate::load`] reads it, an `argument.toml` with the
//! question step and one step per paragraph, an empty glossary and a
//! `site.toml`, every text of ours in them a placeholder.
//!
//! The draft is valid content: it builds and serves as it is. Its quotes are
//! the essay's own sentences, verbatim and in order, so every word of the
//! essay is quoted once; every text the author still has to write begins
//! with [`UNWRITTEN`], which the checker lists, one line per field, until
//! none is left.

use std::fmt::Write as _;
use std::fs;
use std::ops::Range;
use std::path::Path;

/// How every placeholder of a draft begins. A text that begins so is still
/// to be written: the checker lists it, and the site shows it as it is.
pub const UNWRITTEN: &str = "To write:";

/// Whether a text of ours is still a draft's placeholder.
pub fn is_unwritten(text: &str) -> bool {
    text.trim_start().starts_with(UNWRITTEN)
}

/// An essay as a content folder holds it: its title and its paragraphs, each
/// one line, verbatim but for the white space at the ends of its lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Essay {
    /// The title: the first line of text, or the first lines up to a blank
    /// one, joined.
    pub title: String,
    /// The paragraphs in order, each a run of lines up to a blank one,
    /// joined with single spaces.
    pub paragraphs: Vec<String>,
}

/// What [`create`] wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Created {
    /// The essay's title.
    pub title: String,
    /// How many paragraphs the essay has.
    pub paragraphs: usize,
    /// How many steps the argument's draft has.
    pub steps: usize,
}

/// The essay's file read as text: UTF-8, with or without a byte order mark,
/// or UTF-16 with one (as Windows' Notepad saves "Unicode").
pub fn decode(bytes: &[u8]) -> Result<String, String> {
    let utf16 = |big_endian: bool, rest: &[u8]| {
        if rest.len() % 2 == 1 {
            return Err(
                "it is UTF-16 text with an odd number of bytes: the file is cut short".to_owned(),
            );
        }
        let units = rest.chunks_exact(2).map(|pair| {
            let pair = [pair[0], pair[1]];
            if big_endian {
                u16::from_be_bytes(pair)
            } else {
                u16::from_le_bytes(pair)
            }
        });
        char::decode_utf16(units)
            .collect::<Result<String, _>>()
            .map_err(|_| "it is UTF-16 text with a broken character".to_owned())
    };
    match bytes {
        [0xef, 0xbb, 0xbf, rest @ ..] => utf8(rest),
        [0xff, 0xfe, rest @ ..] => utf16(false, rest),
        [0xfe, 0xff, rest @ ..] => utf16(true, rest),
        _ => utf8(bytes),
    }
}

/// Bytes read as UTF-8, or a message naming the line of the first byte that
/// is not, since an essay saved in an older encoding (Windows-1252, Latin-1)
/// breaks only at its first accented letter or curly quote.
fn utf8(bytes: &[u8]) -> Result<String, String> {
    String::from_utf8(bytes.to_vec()).map_err(|error| {
        let at = error.utf8_error().valid_up_to();
        let line = bytes[..at].iter().filter(|&&byte| byte == b'\n').count() + 1;
        format!(
            "it is not UTF-8 text: line {line} holds the byte 0x{:02X}, which UTF-8 does not \
             allow there (the file is in another encoding, such as Windows-1252); save it as \
             UTF-8 and run this again",
            bytes[at]
        )
    })
}

/// The essay in a text: the first run of non-blank lines is its title, each
/// later run a paragraph. Line endings may be Windows' or old Macs' (`\r\n`,
/// `\r`), white space at either end of a line is dropped, and a paragraph
/// wrapped over several lines is joined with single spaces; every other
/// character stays as it is, quotation marks straight or curly alike.
pub fn normalise(text: &str) -> Result<Essay, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut blocks: Vec<String> = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.split('\n').map(str::trim) {
        if line.is_empty() {
            if !current.is_empty() {
                blocks.push(current.join(" "));
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        blocks.push(current.join(" "));
    }
    let mut blocks = blocks.into_iter();
    let title = blocks
        .next()
        .ok_or("it holds no text: an essay is a title line, then its paragraphs")?;
    let paragraphs: Vec<String> = blocks.collect();
    if paragraphs.is_empty() {
        return Err(
            "it holds a title but no paragraphs: put a blank line after the title and between \
             paragraphs"
                .to_owned(),
        );
    }
    Ok(Essay { title, paragraphs })
}

impl Essay {
    /// The essay as `essay.txt` holds it: the title, then each paragraph,
    /// each on its own line, a blank line between them.
    pub fn text(&self) -> String {
        let mut text = self.title.clone();
        for paragraph in &self.paragraphs {
            text.push_str("\n\n");
            text.push_str(paragraph);
        }
        text.push('\n');
        text
    }
}

/// A paragraph cut into the quotes a draft gives it: its sentences, each
/// verbatim and found where it stands (the first place its words stand in
/// the paragraph, which is where a quote is looked for). A sentence ends at
/// a full stop, question mark, exclamation mark or ellipsis, with any
/// closing quotation marks or brackets after it, before white space and a
/// word that does not begin in lower case ("e.g. the" goes on). A sentence
/// whose words stand earlier in the paragraph too ("No." twice) is joined
/// to the one before it, so that each quote is found where it is.
pub fn sentences(paragraph: &str) -> Vec<&str> {
    let mut spans: Vec<Range<usize>> = Vec::new();
    for piece in sentence_spans(paragraph) {
        let mut span = piece;
        while paragraph.find(&paragraph[span.clone()]) != Some(span.start) {
            // The first piece starts the paragraph, where it is found first,
            // so there is always one before a piece found earlier.
            let before = spans.pop().expect("a piece before this one");
            span = before.start..span.end;
        }
        spans.push(span);
    }
    spans.into_iter().map(|span| &paragraph[span]).collect()
}

/// The byte ranges of a paragraph's sentences, as [`sentences`] cuts it,
/// before repeated words are joined.
fn sentence_spans(paragraph: &str) -> Vec<Range<usize>> {
    let text = paragraph.trim();
    let offset = paragraph.len() - paragraph.trim_start().len();
    let mut spans = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        if !matches!(c, '.' | '?' | '!' | '\u{2026}') {
            continue;
        }
        while let Some(&(_, next)) = chars.peek() {
            let closes = matches!(
                next,
                '.' | '?' | '!' | '\u{2026}' | '"' | '\'' | '\u{201d}' | '\u{2019}' | ')' | ']'
            );
            if !closes {
                break;
            }
            chars.next();
        }
        let end = chars.peek().map_or(text.len(), |&(at, _)| at);
        let rest = &text[end..];
        let after_space = rest.trim_start();
        let ends = rest.is_empty()
            || (after_space.len() < rest.len() && !after_space.starts_with(char::is_lowercase));
        if ends {
            spans.push(offset + start..offset + end);
            start = end + (rest.len() - after_space.len());
        }
    }
    if start < text.len() {
        spans.push(offset + start..offset + text.len());
    }
    spans
}

/// Writes a text as a TOML basic string, in double quotation marks, with
/// what TOML needs escaped.
fn toml_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {
                write!(out, "\\u{:04X}", u32::from(c)).expect("a String takes writes")
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The kinds a step may have, as the draft's comments list them.
const KINDS: &str =
    "question | definition | concession | reason-for | reason-against | conclusion | condition";

/// The draft of `argument.toml`: the question step, quoting the title, then
/// one step per paragraph quoting its sentences, every text of ours a
/// placeholder; then the essay's answer and its provenance.
pub fn argument(essay: &Essay, source: &str) -> String {
    let mut out = format!(
        "# The essay's argument, drafted by `make new` from {source}: the question step, then one\n\
         # step per paragraph. docs/authoring.md says how to write it, content/README.md's house\n\
         # rules what may be written, and content/argument.toml's header lists every field.\n\
         #\n\
         # Every text that begins with \"{UNWRITTEN}\" is still to write: `make check` lists them.\n\
         # Each step's kind is the draft's guess: choose one of\n\
         #   {KINDS}.\n\
         # Every sentence of the essay is quoted once, in the essay's order. To make two steps of\n\
         # one paragraph, or one step of two, move its [[step.quote]] blocks, keeping every\n\
         # sentence quoted; a quote may also be cut into shorter quotes. Give each step an id of\n\
         # its own before you publish: it is the step's address, /step/<id>/.\n"
    );
    out.push('\n');
    step(
        &mut out,
        "question",
        "question",
        "the essay's question",
        &[("title", &essay.title)],
    );
    let last = essay.paragraphs.len();
    for (index, paragraph) in essay.paragraphs.iter().enumerate() {
        let number = index + 1;
        let passage = format!("p{number}");
        let kind = if number == last {
            "conclusion"
        } else {
            "reason-for"
        };
        let quotes: Vec<(&str, &str)> = sentences(paragraph)
            .into_iter()
            .map(|sentence| (passage.as_str(), sentence))
            .collect();
        step(
            &mut out,
            &format!("paragraph-{number}"),
            kind,
            &format!("paragraph {number}"),
            &quotes,
        );
    }
    let answer_words = essay
        .paragraphs
        .last()
        .and_then(|paragraph| sentences(paragraph).first().copied())
        .unwrap_or_default();
    writeln!(
        out,
        "# The essay's own answer: the point of the scale (site.toml's [scale]) it comes down on, and\n\
         # its words for it. The draft's guess is the middle point and the last paragraph's first\n\
         # sentence: choose the essay's.\n\
         [answer]\n\
         point = \"neither\"\n\
         \n\
         [[answer.words]]\n\
         passage = \"p{last}\"\n\
         text = {}\n\
         \n\
         # What the essay's source tells of it: where it was published, and its author and date,\n\
         # each only where the source gives one (leave the line out where it gives none).\n\
         [provenance]\n\
         published-on = {}",
        toml_string(answer_words),
        toml_string(&format!("{UNWRITTEN} where the essay was published (a blog, a newspaper)")),
    )
    .expect("a String takes writes");
    out
}

/// Writes one `[[step]]` of the draft: its id and kind, a placeholder for
/// each text of ours (`what` names the part of the essay it explains), and
/// its quotes.
fn step(out: &mut String, id: &str, kind: &str, what: &str, quotes: &[(&str, &str)]) {
    let placeholder = |text: &str| toml_string(&format!("{UNWRITTEN} {text}"));
    writeln!(
        out,
        "[[step]]\n\
         id = \"{id}\"\n\
         kind = \"{kind}\"\n\
         title = {}\n\
         claim = {}\n\
         plain = {}\n\
         why = {}\n\
         questions = [{}]\n",
        placeholder(&format!("a short title of ours for {what}")),
        placeholder(&format!(
            "what {what} says, in one or two plain sentences, the first saying it is the essay's claim"
        )),
        placeholder("the claim in plain words, keeping the essay's hedges"),
        placeholder("what part this step plays in the essay's argument"),
        placeholder("a question a careful reader would ask"),
    )
    .expect("a String takes writes");
    for (passage, text) in quotes {
        writeln!(
            out,
            "[[step.quote]]\npassage = \"{passage}\"\ntext = {}\n",
            toml_string(text)
        )
        .expect("a String takes writes");
    }
}

/// The draft of `glossary.toml`: no terms yet, and how to write one.
pub fn glossary() -> String {
    "# Terms a reader may not know, explained in our words (never the essay's); the house rules\n\
     # for what may be written here are in content/README.md. None yet: add one [[term]] each.\n\
     #\n\
     # [[term]]\n\
     # id = \"cold-war\"            # a slug, for the glossary page's anchors\n\
     # headword = \"Cold War\"      # the term as the glossary lists it\n\
     # matches = [\"Cold War\"]     # the exact forms to mark in the essay's words and ours\n\
     # definition = \"Our short, neutral definition.\"\n\
     #\n\
     # Every term must be used somewhere: `make check` says which are not.\n"
        .to_owned()
}

/// Writes a draft content folder at `dir` from the essay in the file
/// `essay_file`. The folder must not exist yet: nothing is ever overwritten.
/// If writing fails half way, the folder is removed again.
pub fn create(essay_file: &Path, dir: &Path) -> Result<Created, String> {
    let shown = essay_file.display();
    let bytes = fs::read(essay_file).map_err(|error| format!("cannot read {shown}: {error}"))?;
    let essay = decode(&bytes)
        .and_then(|text| normalise(&text))
        .map_err(|message| format!("{shown}: {message}"))?;
    if fs::symlink_metadata(dir).is_ok() {
        return Err(format!(
            "{} already exists: `make new` writes a new folder and never overwrites one (choose \
             another DIR, or move that one away first)",
            dir.display()
        ));
    }
    if let Some(parent) = dir.parent().filter(|parent| !parent.as_os_str().is_empty()) {
        fs::create_dir_all(parent)
            .map_err(|error| format!("cannot make {}: {error}", parent.display()))?;
    }
    // Made here, not with its parents: this fails if another program made the
    // folder since the look above, so a folder of someone else's is never written in.
    fs::create_dir(dir).map_err(|error| format!("cannot make {}: {error}", dir.display()))?;
    let name = essay_file.file_name().map_or_else(
        || shown.to_string(),
        |name| name.to_string_lossy().into_owned(),
    );
    let files = [
        ("essay.txt", essay.text()),
        ("argument.toml", argument(&essay, &name)),
        ("glossary.toml", glossary()),
    ];
    for (file, text) in files {
        let path = dir.join(file);
        if let Err(error) = fs::write(&path, text) {
            // Only the folder made above, and only what was written in it.
            let _ = fs::remove_dir_all(dir);
            return Err(format!("cannot write {}: {error}", path.display()));
        }
    }
    Ok(Created {
        title: essay.title.clone(),
        paragraphs: essay.paragraphs.len(),
        steps: essay.paragraphs.len() + 1,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(source: &str, title: &str, paragraphs: &[&str]) {
        let essay = normalise(source).expect("the essay normalises");
        assert_eq!(essay.title, title);
        assert_eq!(essay.paragraphs, paragraphs);
    }

    #[test]
    fn lines_are_trimmed_and_joined_and_quotes_kept() {
        check("Title\n\nOne.\n\nTwo.\n", "Title", &["One.", "Two."]);
        check(
            "\u{feff}Title  \r\n\r\n  “Curly” and \"straight\",\r\nwrapped.  \r\n\r\n\r\nTwo.\r\n",
            "Title",
            &["“Curly” and \"straight\", wrapped.", "Two."],
        );
        check("Old\rMac\r\rOne.\r", "Old Mac", &["One."]);
        check(
            "\n \t\nTitle\n \nit's  two\tspaces\n",
            "Title",
            &["it's  two\tspaces"],
        );
    }

    #[test]
    fn an_essay_without_paragraphs_is_refused() {
        for (source, expected) in [
            ("", "holds no text"),
            (" \r\n\r\n", "holds no text"),
            ("Only a title\n", "no paragraphs"),
        ] {
            let error = normalise(source).expect_err(source);
            assert!(error.contains(expected), "{error}");
        }
    }

    #[test]
    fn utf8_and_utf16_are_read_and_other_encodings_named() {
        assert_eq!(decode("“a”".as_bytes()).unwrap(), "“a”");
        assert_eq!(decode(b"\xef\xbb\xbfa").unwrap(), "a");
        assert_eq!(decode(b"\xff\xfea\x00\x1c\x20").unwrap(), "a“");
        assert_eq!(decode(b"\xfe\xff\x00a\x20\x1d").unwrap(), "a”");
        let error = decode(b"Title\n\nCaf\xe9\n").unwrap_err();
        assert!(error.contains("line 3 holds the byte 0xE9"), "{error}");
        assert!(decode(b"\xff\xfea").unwrap_err().contains("cut short"));
    }

    #[test]
    fn a_paragraph_is_cut_into_its_sentences() {
        for (paragraph, expected) in [
            ("One. Two? Three!", &["One.", "Two?", "Three!"][..]),
            (
                "He said “Go.” Then “stop.” e.g. this (so.) It",
                &["He said “Go.”", "Then “stop.” e.g. this (so.)", "It"],
            ),
            ("Wait… No.  Yes", &["Wait…", "No.", "Yes"]),
            ("No rule.", &["No rule."]),
            ("3.5 per cent. Next", &["3.5 per cent.", "Next"]),
            // A sentence whose words stand earlier is joined to the one before.
            ("No. Yes. No. Fine.", &["No.", "Yes. No.", "Fine."]),
            ("No. No. Fine.", &["No. No.", "Fine."]),
        ] {
            assert_eq!(sentences(paragraph), expected, "{paragraph}");
        }
    }

    #[test]
    fn strings_are_written_as_toml_reads_them() {
        for text in [
            "plain",
            "a \"quote\" and \\ back",
            "tab\there",
            "bell\u{7}",
            "“curly”",
        ] {
            let table: toml::Table =
                toml::from_str(&format!("text = {}", toml_string(text))).expect("valid TOML");
            assert_eq!(table["text"].as_str(), Some(text));
        }
    }

    #[test]
    fn the_draft_quotes_every_sentence_once_in_order() {
        let essay = normalise(
            "Is it so?\n\nIt is, \"they\" say. It is.\n\nNo. Yes. No.\n\nIn the end, no.\n",
        )
        .unwrap();
        let draft: toml::Table = toml::from_str(&argument(&essay, "essay.txt")).expect("TOML");
        let steps = draft["step"].as_array().unwrap();
        assert_eq!(steps.len(), 4);
        let passages: Vec<(&str, &str)> = std::iter::once(("title", essay.title.as_str()))
            .chain(
                essay
                    .paragraphs
                    .iter()
                    .enumerate()
                    .map(|(index, text)| (["p1", "p2", "p3"][index], text.as_str())),
            )
            .collect();
        for (step, (passage, text)) in steps.iter().zip(passages) {
            let quotes = step["quote"].as_array().unwrap();
            let mut rest = text;
            for quote in quotes {
                assert_eq!(quote["passage"].as_str(), Some(passage));
                let quoted = quote["text"].as_str().unwrap();
                assert_eq!(text.find(quoted), Some(text.len() - rest.len()), "{quoted}");
                rest = rest[quoted.len()..].trim_start();
            }
            assert_eq!(rest, "", "{passage} is quoted to its end");
            for field in ["title", "claim", "plain", "why"] {
                assert!(is_unwritten(step[field].as_str().unwrap()), "{field}");
            }
        }
        assert_eq!(steps[0]["kind"].as_str(), Some("question"));
        assert_eq!(steps[3]["kind"].as_str(), Some("conclusion"));
    }

    #[test]
    fn a_folder_is_written_once_and_never_over_another() {
        let root = std::env::temp_dir().join(format!("check-new-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        fs::create_dir_all(&root).unwrap();
        let essay = root.join("essay.txt");
        fs::write(&essay, "Title\r\n\r\nOne. Two.\r\n").unwrap();
        let dir = root.join("deep/draft");
        let created = create(&essay, &dir).expect("the draft is written");
        assert_eq!(created.steps, 2);
        assert_eq!(
            fs::read_to_string(dir.join("essay.txt")).unwrap(),
            "Title\n\nOne. Two.\n"
        );
        fs::write(dir.join("argument.toml"), "mine").unwrap();
        let error = create(&essay, &dir).unwrap_err();
        assert!(error.contains("already exists"), "{error}");
        assert_eq!(
            fs::read_to_string(dir.join("argument.toml")).unwrap(),
            "mine"
        );
        let error = create(&root.join("missing.txt"), &root.join("other")).unwrap_err();
        assert!(error.starts_with("cannot read"), "{error}");
        assert!(!root.join("other").exists());
        fs::remove_dir_all(&root).unwrap();
    }
}
