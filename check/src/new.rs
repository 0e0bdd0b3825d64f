//! A content folder drafted from a plain text file (`make new`): the essay
//! normalised as [`crate::load`] reads it, an `argument.toml` with the
//! question step and one step per paragraph, a `site.toml`, and an empty
//! glossary and list of hedges, every text of ours in them a placeholder.
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
    /// What the author should know of how the text was read: where it was
    /// cut, or how its paragraphs were told apart where that was a guess.
    pub notes: Vec<String>,
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
    /// What the author should know of how the text was read ([`Essay::notes`]).
    pub notes: Vec<String>,
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

/// The line at which the checker stops reading an essay (`check::essay`).
const FURNITURE: &str = "Comments";

/// The essay in a text: the first run of non-blank lines is its title, each
/// later run a paragraph. Line endings may be Windows' or old Macs' (`\r\n`,
/// `\r`), white space at either end of a line is dropped, and a paragraph
/// wrapped over several lines is joined with single spaces; every other
/// character stays as it is, quotation marks straight or curly alike. A line
/// reading `Comments` ends the essay, as the checker reads it. A text with
/// no blank line at all, as a word processor saves one, has a paragraph on
/// each line after the title.
pub fn normalise(text: &str) -> Result<Essay, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut blocks: Vec<Vec<&str>> = vec![Vec::new()];
    let mut notes = Vec::new();
    for (index, line) in text.split('\n').map(str::trim).enumerate() {
        if line == FURNITURE {
            notes.push(format!(
                "The essay ends at line {}, which reads {FURNITURE}: the checker reads what follows \
                 as a blog's furniture, so the draft leaves it out.",
                index + 1
            ));
            break;
        }
        let current = blocks.last_mut().expect("there is always a block");
        if !line.is_empty() {
            current.push(line);
        } else if !current.is_empty() {
            blocks.push(Vec::new());
        }
    }
    blocks.retain(|block| !block.is_empty());
    if let [only] = blocks.as_slice()
        && only.len() > 1
    {
        notes.push(
            "The essay has no blank line, so each line after the title is taken as a paragraph."
                .to_owned(),
        );
        blocks = only.iter().map(|&line| vec![line]).collect();
    } else if blocks.first().is_some_and(|title| title.len() > 1) {
        notes.push(
            "The title is the first lines up to a blank line, joined. If the first paragraph \
             follows the title with no blank line between them, put one in and run this again."
                .to_owned(),
        );
    }
    let mut blocks = blocks.into_iter().map(|block| block.join(" "));
    let title = blocks
        .next()
        .ok_or("it holds no text: an essay is a title line, then its paragraphs")?;
    let paragraphs: Vec<String> = blocks.collect();
    if paragraphs.is_empty() {
        return Err(
            "it holds a title but no paragraphs: put the title on a line of its own, then the \
             paragraphs"
                .to_owned(),
        );
    }
    Ok(Essay {
        title,
        paragraphs,
        notes,
    })
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
         # step per paragraph. docs/authoring.md says how to write it, and content/README.md's\n\
         # house rules what may be written.\n\
         #\n\
         # Every text that begins with \"{UNWRITTEN}\" is still to write: `make check` lists them.\n\
         # Each step's kind is the draft's guess. Every sentence of the essay is quoted once, in\n\
         # the essay's order: to make two steps of one paragraph, or one step of two, move its\n\
         # [[step.quote]] blocks, keeping every sentence quoted (a quote may also be cut in two).\n\
         #\n\
         # A step's fields (every one is required unless marked optional):\n\
         #   id         the step's address, /step/<id>/: lowercase letters, digits, single hyphens;\n\
         #              give each step a name of its own before you publish\n\
         #   kind       {KINDS}:\n\
         #              a reason-for points toward the outcome the question asks about (site.toml's\n\
         #              outcome), a reason-against against it, a concession opposite to the essay's\n\
         #              answer; there is one question\n\
         #   title      a short title (ours)\n\
         #   claim      the step's claim in one or two plain sentences (ours), the first saying\n\
         #              that it reports the essay (\"The essay says ...\")\n\
         #   plain      the claim in plain words (ours)\n\
         #   why        what part the step plays in the essay's argument (ours); a reason's calls\n\
         #              it one of the essay's reasons\n\
         #   questions  questions a careful reader would ask (ours)\n\
         #   replies-to optional: an earlier step the essay answers here, and the words of this\n\
         #              step's quotes that answer it: {{ step = \"<id>\", words = \"<words>\" }}\n\
         #   [[step.quote]]     the essay's words: passage (\"title\", \"p1\", \"p2\", ...) and text,\n\
         #                      word for word as the essay has them\n\
         #   [[step.evidence]]  optional: passage and text (inside one of the step's quotes), and\n\
         #                      note, ours: what kind of evidence the essay offers there\n"
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
         point = \"{}\"\n\
         \n\
         [[answer.words]]\n\
         passage = \"p{last}\"\n\
         text = {}\n\
         \n\
         # What the essay's source tells of it: where it was published, and its author and date,\n\
         # each only where the source gives one, as it writes them: add a line such as\n\
         # author = \"A. Writer\" or date = \"12 March 2024\" (none means the page says the source\n\
         # gives none).\n\
         [provenance]\n\
         published-on = {}",
        POINTS[2].0,
        toml_string(answer_words),
        toml_string(&format!("{UNWRITTEN} where the essay was published, as words that follow published on (a blog)")),
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

/// The draft of `hedges.toml`: no hedges yet, and how to write one.
pub fn hedges() -> String {
    "# The essay's hedges (house rule 1): each [[hedge]] names words the essay qualifies, and the\n\
     # qualifier's forms. Wherever a sentence of ours restates those words, it keeps one of the\n\
     # forms: `make check` reports a sentence that drops it. None yet: add one [[hedge]] for each\n\
     # hedge of the essay's that a sentence of ours might drop.\n\
     #\n\
     # [[hedge]]\n\
     # words = \"declarations of war\"   # the words the essay hedges, as whole words, in any case\n\
     # keep = [\"usually\"]              # the hedge's forms, any one of which keeps it\n"
        .to_owned()
}

/// The draft of `site.toml`: every text of ours a placeholder that says
/// what to write, on a five-point scale of agreement, which fits most
/// questions an essay argues (a question of how likely, as
/// `content/site.toml`'s, needs a scale of likelihood instead).
pub fn site(essay: &Essay) -> String {
    let to_write = |what: &str| toml_string(&format!("{UNWRITTEN} {what}"));
    let mut out = format!(
        "# What the explainer says about the essay beyond its steps: its name, its question, the\n\
         # scale a reader answers on, and the previews of its pages. content/site.toml's header\n\
         # says what each key is and where the site shows it; the draft's placeholders say it\n\
         # short. The essay's title, for reference: {}\n\n",
        essay.title
    );
    let keys: [(&str, &str); 7] = [
        (
            "name",
            "the site's name, in the header, on the start page and in every tab's title",
        ),
        ("short-name", ""),
        (
            "question",
            "the essay's question in our words: the start page's heading",
        ),
        (
            "outcome",
            "what the question asks about, as a noun phrase that fits after lean toward",
        ),
        (
            "whether",
            "the question as a clause that follows bear on, beginning with whether",
        ),
        (
            "outline",
            "what the steps are, after laid out in N steps, in the order the essay takes them up: (no final full stop)",
        ),
        (
            "map-intro",
            "the map page's introduction, naming its groups in the order the map shows them",
        ),
    ];
    for (key, what) in keys {
        let value = if key == "short-name" {
            // A home screen shows about 12 characters under an icon.
            out.push_str(
                "# The name under an icon on a home screen: about 12 characters at most.\n",
            );
            toml_string(UNWRITTEN)
        } else {
            to_write(what)
        };
        writeln!(out, "{key} = {value}").expect("a String takes writes");
    }
    let tables: [(&str, &[(&str, &str)]); 4] = [
        (
            "directions",
            &[
                (
                    "toward",
                    "the way a reason for the outcome points, as words that follow reasons (for …)",
                ),
                (
                    "against",
                    "the way a reason against the outcome points, as words that follow reasons (against …)",
                ),
            ],
        ),
        (
            "scale",
            &[
                ("before", "the question a reader answers before reading"),
                (
                    "after",
                    "the same question after reading the essay's argument",
                ),
                (
                    "ask",
                    "the question short, the essay already named: Do you agree?",
                ),
                (
                    "ask-now",
                    "the question after reading the whole argument, one sentence",
                ),
                (
                    "verdict-ask",
                    "the question on the way to the verdict, short",
                ),
                (
                    "axis",
                    "the verdict chart's caption: what its axis measures",
                ),
                ("class-axis", "what the class page's charts show"),
                ("more", "what a higher point says of the outcome"),
                ("less", "what a lower point says of it"),
                ("above-middle", "a point above the middle one, in words"),
                ("below-middle", "a point below the middle one, in words"),
                (
                    "tension",
                    "the end of a sentence on a reader's view that pulls the other way; {point} is the view",
                ),
            ],
        ),
        (
            "descriptions",
            &[
                ("start", "the start page's preview, one or two sentences"),
                ("map", "the map page's preview"),
                ("essay", "the essay page's preview"),
                ("glossary", "the glossary page's preview"),
                ("verdict", "the verdict page's preview"),
                (
                    "shared-verdict",
                    "a shared verdict's preview; {before} and {after} are the reader's two answers",
                ),
                ("manifest", "the installed app's description"),
            ],
        ),
        (
            "cards",
            &[
                ("verdict", "the verdict page's card title"),
                (
                    "shared-verdict-kicker",
                    "the line above a shared verdict card's answers",
                ),
                ("shared-verdict", "the text under them"),
            ],
        ),
    ];
    for (table, keys) in tables {
        writeln!(out, "\n[{table}]").expect("a String takes writes");
        for (key, what) in keys {
            writeln!(out, "{key} = {}", to_write(what)).expect("a String takes writes");
        }
        if table == "scale" {
            out.push_str(
                "\n# Five points, from the most against the outcome to the most toward it; the third is\n\
                 # the middle. Each id is a slug, in addresses and in argument.toml's [answer] point.\n",
            );
            for (id, label) in POINTS {
                writeln!(out, "\n[[scale.point]]\nid = \"{id}\"\nlabel = \"{label}\"")
                    .expect("a String takes writes");
            }
        }
    }
    out
}

/// The draft's scale: agreement, from the most against to the most toward.
const POINTS: [(&str, &str); 5] = [
    ("strongly-disagree", "Strongly disagree"),
    ("disagree", "Disagree"),
    ("neither", "Neither agree nor disagree"),
    ("agree", "Agree"),
    ("strongly-agree", "Strongly agree"),
];

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
        ("site.toml", site(&essay)),
        ("hedges.toml", hedges()),
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
        notes: essay.notes.clone(),
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
    fn a_line_reading_comments_ends_the_essay_as_the_checker_reads_it() {
        let essay = normalise("Title\n\nOne.\n\n Comments \nA reader's comment.\n").unwrap();
        assert_eq!(essay.paragraphs, ["One."]);
        assert_eq!(essay.notes.len(), 1);
        assert!(essay.notes[0].contains("line 5"), "{:?}", essay.notes);
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
    fn the_checker_reads_the_normalised_essay_as_it_was_normalised() {
        for source in [
            "\u{feff}Title\r\n\r\nOne “a”,\r\nwrapped.  \r\n\r\nTwo.\r\n",
            "A title\nover two lines\n\n\tIndented.\n\nLast.\n\nComments\nNot the essay's.\n",
        ] {
            let essay = normalise(source).unwrap();
            let crate::essay::Parsed::Essay(read, _) = crate::essay::parse(&essay.text()) else {
                panic!("the checker reads no essay in {:?}", essay.text());
            };
            let passages: Vec<&str> = read.passages().map(|passage| &*passage.text).collect();
            let expected: Vec<&str> = std::iter::once(essay.title.as_str())
                .chain(essay.paragraphs.iter().map(String::as_str))
                .collect();
            assert_eq!(passages, expected);
        }
    }

    #[test]
    fn a_text_without_blank_lines_has_a_paragraph_on_each_line() {
        let essay = normalise("Title\r\nOne, as a word processor saves it.\r\nTwo.\r\n").unwrap();
        assert_eq!(essay.title, "Title");
        assert_eq!(
            essay.paragraphs,
            ["One, as a word processor saves it.", "Two."]
        );
        assert!(
            essay.notes[0].contains("no blank line"),
            "{:?}",
            essay.notes
        );
        // A title over two lines is joined, and the author told how it was read.
        let essay = normalise("A long\ntitle\n\nOne.\n").unwrap();
        assert_eq!(essay.title, "A long title");
        assert!(
            essay.notes[0].contains("The title is the first lines"),
            "{:?}",
            essay.notes
        );
        assert!(normalise("Title\n\nOne.\n").unwrap().notes.is_empty());
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

    /// A folder of its own under the system's temporary folder, made empty.
    fn scratch(name: &str) -> std::path::PathBuf {
        let root = std::env::temp_dir().join(format!("check-new-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        fs::create_dir_all(&root).unwrap();
        root
    }

    #[test]
    fn a_draft_builds_and_the_checker_lists_each_placeholder_once() {
        let root = scratch("draft");
        let essay = root.join("essay.txt");
        fs::write(
            &essay,
            "Should towns keep libraries?\n\nSome say \"no\". They are\nwrong.\n\nKeep them.\n",
        )
        .unwrap();
        let dir = root.join("draft");
        create(&essay, &dir).expect("the draft is written");
        let (document, report) = crate::check(&dir);
        assert!(document.is_some(), "{}", report.render(false));
        assert!(!report.has_errors(), "{}", report.render(false));
        let placeholders: usize = ["argument.toml", "site.toml"]
            .iter()
            .map(|file| {
                let text = fs::read_to_string(dir.join(file)).unwrap();
                let values = text.matches(&format!("= \"{UNWRITTEN}")).count();
                values + text.matches(&format!("[\"{UNWRITTEN}")).count()
            })
            .sum();
        let left: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|diagnostic| diagnostic.code == crate::Code::LeftToWrite)
            .collect();
        assert_eq!(left.len(), placeholders, "{}", report.render(false));
        assert_eq!(report.warnings(), placeholders, "{}", report.render(false));
        fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn a_folder_is_written_once_and_never_over_another() {
        let root = scratch("once");
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
