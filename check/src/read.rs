//! Reads the TOML files into a [`Document`], keeping the place of every
//! value ([`Places`]), and reports what does not fit the schema: a file that
//! is not TOML, an unknown field (with the known one it most looks like), a
//! missing field, a value of the wrong type, an unknown kind.

use std::collections::HashMap;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::code::Code;
use crate::document::{
    Answer, Argument, Cards, Descriptions, Directions, Evidence, Hedge, Point, Provenance, Quote,
    Reply, Scale, Site, Step, StepKind, Term,
};
use crate::report::Diagnostic;
use crate::source::{FileId, Loc};

/// The fields of a `[[step]]`, each with what it holds, as the help lines
/// say it.
pub const STEP_FIELDS: &[(&str, &str)] = &[
    ("id", "the step's URL slug: /step/<id>"),
    (
        "kind",
        "what part the step plays: question, definition, concession, reason-for, reason-against, conclusion or condition",
    ),
    ("title", "a short title (ours)"),
    (
        "claim",
        "the step's claim in one or two plain sentences (ours)",
    ),
    ("plain", "the claim in plain words (ours)"),
    ("why", "why the step matters to the argument (ours)"),
    ("questions", "questions a careful reader would ask (ours)"),
    (
        "replies-to",
        "an earlier step the essay turns to answer, and the words that make the reply",
    ),
    (
        "quote",
        "the essay's own words: [[step.quote]] with passage and text",
    ),
    (
        "evidence",
        "the evidence the essay offers: [[step.evidence]] with passage, text and note",
    ),
];

/// The fields of a quote of the essay.
const QUOTE_FIELDS: &[(&str, &str)] = &[
    (
        "passage",
        "the passage the words stand in: \"title\", \"p1\", \"p2\", …",
    ),
    ("text", "the essay's words, exactly as the passage has them"),
];

/// The fields of a step's evidence.
const EVIDENCE_FIELDS: &[(&str, &str)] = &[
    (
        "passage",
        "the passage the words stand in: \"title\", \"p1\", \"p2\", …",
    ),
    (
        "text",
        "the essay's words, inside one of the step's own quotes",
    ),
    ("note", "our note on what kind of evidence it is"),
];

/// The fields of `replies-to`.
const REPLY_FIELDS: &[(&str, &str)] = &[
    ("step", "the id of an earlier step"),
    (
        "words",
        "the words of this step's own quotes that make the reply",
    ),
];

/// The tables of `argument.toml`.
const ARGUMENT_FIELDS: &[(&str, &str)] = &[
    ("step", "the steps: [[step]]"),
    ("answer", "the essay's own answer: [answer]"),
    (
        "provenance",
        "what the essay's source tells of it: [provenance]",
    ),
];

/// The fields of `[answer]`.
const ANSWER_FIELDS: &[(&str, &str)] = &[
    (
        "point",
        "the id of the scale's point the essay's answer stands at",
    ),
    (
        "words",
        "the essay's words for its answer: [[answer.words]] with passage and text",
    ),
];

/// The fields of `[provenance]`.
const PROVENANCE_FIELDS: &[(&str, &str)] = &[
    (
        "published-on",
        "where the essay was published: \"a blog\", \"a newspaper\"",
    ),
    ("author", "the author, only where the source names one"),
    ("date", "the date, only where the source gives one"),
    (
        "left-out",
        "a sentence on what of the source the essay page leaves out, only where it leaves something out",
    ),
];

/// The tables of `glossary.toml`.
const GLOSSARY_FIELDS: &[(&str, &str)] = &[("term", "the terms: [[term]]")];

/// The keys of `site.toml` at its top level.
const SITE_FIELDS: &[(&str, &str)] = &[
    (
        "name",
        "the site's name: in the header, on the start page, in every tab's title",
    ),
    (
        "short-name",
        "the name under an icon on a home screen (about 12 characters at most)",
    ),
    (
        "question",
        "the essay's question in our words: the start page's heading and card",
    ),
    (
        "outcome",
        "what the question asks about, as a noun phrase that fits \"lean toward …\": \"a ban\"",
    ),
    (
        "whether",
        "the question as a clause after \"bear on\": \"whether cities will ban cars\"",
    ),
    (
        "outline",
        "what the start page says the steps are, after \"laid out in N steps, in the order the essay takes them up:\"",
    ),
    (
        "map-intro",
        "the map page's introduction: the order its groups stand in",
    ),
    (
        "title-note",
        "what the start page says of the essay's title after it, only where it needs a note: \"quoted as written\"",
    ),
    (
        "condition",
        "the map legend's line for a condition step, only where the argument has one",
    ),
    (
        "directions",
        "the two ways a judged step points: [directions] with toward and against",
    ),
    (
        "scale",
        "the scale a reader answers on: [scale] and five [[scale.point]]",
    ),
    (
        "descriptions",
        "what a link to a page shows in a preview: [descriptions]",
    ),
    ("cards", "the preview cards' texts: [cards]"),
];

/// The keys of `[directions]`.
const DIRECTIONS_FIELDS: &[(&str, &str)] = &[
    (
        "toward",
        "toward the outcome the question asks about: \"toward a ban\"",
    ),
    ("against", "against it: \"against a ban\""),
];

/// The keys of `[scale]`.
pub const SCALE_FIELDS: &[(&str, &str)] = &[
    ("before", "the choice's legend before reading (the guess)"),
    ("after", "the choice's legend after reading"),
    (
        "ask",
        "the question short, where the page has named the essay already",
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
    (
        "more",
        "what a higher point says of the outcome: \"more likely\"",
    ),
    ("less", "what a lower point says of it: \"less likely\""),
    ("above-middle", "a point above the middle one, in words"),
    ("below-middle", "a point below the middle one, in words"),
    (
        "tension",
        "the end of the sentence on a view that pulls the other way; {point} is the view's label",
    ),
    (
        "point",
        "the points: five [[scale.point]], from the most against the outcome to the most toward it",
    ),
];

/// The keys of a `[[scale.point]]`.
const POINT_FIELDS: &[(&str, &str)] = &[
    (
        "id",
        "the point's slug, in an address and in argument.toml's [answer] point",
    ),
    ("label", "the point in words, as the choice offers it"),
];

/// The keys of `[descriptions]`.
const DESCRIPTIONS_FIELDS: &[(&str, &str)] = &[
    ("start", "the start page's preview"),
    ("map", "the map page's preview"),
    ("essay", "the essay page's preview"),
    ("glossary", "the glossary page's preview"),
    ("verdict", "the verdict page's preview"),
    (
        "shared-verdict",
        "a shared verdict's preview, with {before} and {after}",
    ),
    ("manifest", "the installed app's description"),
];

/// The keys of `[cards]`.
const CARDS_FIELDS: &[(&str, &str)] = &[
    ("verdict", "the verdict page's card title"),
    (
        "shared-verdict-kicker",
        "the line above a shared verdict card's estimates",
    ),
    ("shared-verdict", "the text under them"),
];

/// The tables of `hedges.toml`.
const HEDGES_FIELDS: &[(&str, &str)] = &[("hedge", "the essay's hedges: [[hedge]]")];

/// The fields of a `[[hedge]]`.
const HEDGE_FIELDS: &[(&str, &str)] = &[
    ("words", "the words the essay hedges, in lower case"),
    (
        "keep",
        "the hedge's forms, one of which a sentence with the words keeps",
    ),
];

/// The fields of a `[[term]]`.
const TERM_FIELDS: &[(&str, &str)] = &[
    ("id", "a slug, for the glossary page's anchors"),
    ("headword", "the term as the glossary lists it"),
    (
        "matches",
        "the exact forms of the term to mark (case-sensitive, whole words)",
    ),
    ("definition", "our short, neutral definition"),
];

/// Where each value of the TOML files stands, by its path: `step.3.claim`,
/// `step.3.quote.1.text`, `term.0.matches.2`; a table's path gives its
/// header. A value that was missing, or of the wrong type, has no place, so
/// that the rules leave alone what the schema's check has reported.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Places(HashMap<String, Loc>);

impl Places {
    /// The place of the value at `path`, if it was read.
    pub fn get(&self, path: &str) -> Option<&Loc> {
        self.0.get(path)
    }

    fn insert(&mut self, path: String, loc: Loc) {
        self.0.insert(path, loc);
    }
}

/// A TOML file being read: its text, what was found wrong, and the places.
pub struct Reader<'a> {
    file: FileId,
    diagnostics: &'a mut Vec<Diagnostic>,
    places: &'a mut Places,
}

/// A table of a file: its entries, and its place (its header, or the
/// file's start for the top level).
#[derive(Clone)]
struct Table<'t, 'i> {
    entries: &'t DeTable<'i>,
    span: Range<usize>,
}

impl<'a> Reader<'a> {
    /// A reader of one file.
    pub fn new(file: FileId, diagnostics: &'a mut Vec<Diagnostic>, places: &'a mut Places) -> Self {
        Reader {
            file,
            diagnostics,
            places,
        }
    }

    fn loc(&self, span: Range<usize>) -> Loc {
        Loc::new(self.file, span)
    }

    /// Parses a file's TOML, or reports where it is not TOML.
    pub fn parse<'i>(&mut self, text: &'i str) -> Option<Spanned<DeTable<'i>>> {
        match DeTable::parse(text) {
            Ok(table) => Some(table),
            Err(error) => {
                let span = error.span().unwrap_or(0..0);
                let message = error.message().trim().to_owned();
                let diagnostic = Diagnostic::new(
                    Code::Syntax,
                    format!("{} is not valid TOML", self.file.name()),
                    self.loc(span),
                    message,
                )
                .help("a text is written in straight double quotation marks, \"like this\", with \\\" for a straight mark inside it (the essay's words go in curly marks, “like this”); a list in square brackets, [\"one\", \"two\"]");
                self.diagnostics.push(diagnostic);
                None
            }
        }
    }

    /// Reports every key of a table that the schema does not have, with the
    /// known key it most looks like.
    /// `within` is the table this one's header stands in, where it has
    /// one: its name and fields. A key of that table written after this
    /// table's header is this table's, so the help says to move it up.
    fn fields(
        &mut self,
        table: &Table<'_, '_>,
        what: &str,
        known: &[(&str, &str)],
        within: Option<(&str, &[(&str, &str)])>,
    ) {
        for key in table.entries.keys() {
            let name: &str = key.get_ref();
            if known.iter().any(|(field, _)| *field == name) {
                continue;
            }
            let mut diagnostic = Diagnostic::new(
                Code::UnknownField,
                format!("{what} has no field `{name}`"),
                self.loc(key.span()),
                "unknown field",
            );
            let above = within.filter(|(_, fields)| fields.iter().any(|(field, _)| *field == name));
            diagnostic = match (above, closest(name, known.iter().map(|(field, _)| *field))) {
                (Some((outer, _)), _) => diagnostic.help(format!(
                    "`{name}` is {outer}'s: write it above this table's header, since every key after a header belongs to that header's table"
                )),
                (None, Some(field)) => diagnostic.help(format!("did you mean `{field}`?")),
                (None, None) => diagnostic,
            };
            let names: Vec<String> = known
                .iter()
                .map(|(field, _)| format!("`{field}`"))
                .collect();
            diagnostic = diagnostic.note(format!("{what} has the fields {}", names.join(", ")));
            self.diagnostics.push(diagnostic);
        }
    }

    /// Reports a missing field, at the table's header.
    fn missing(&mut self, table: &Table<'_, '_>, what: &str, key: &str, known: &[(&str, &str)]) {
        // A misspelt key is reported as unknown, with this key as the one
        // meant: once is enough.
        let misspelt = table.entries.keys().any(|other| {
            let other: &str = other.get_ref();
            !known.iter().any(|(field, _)| *field == other)
                && closest(other, known.iter().map(|(field, _)| *field)) == Some(key)
        });
        // A key written below a later header is reported there, as that
        // table's, with the help to move it up.
        let below = table.entries.values().any(|value| match value.get_ref() {
            DeValue::Table(inner) => inner.contains_key(key),
            DeValue::Array(items) => items.iter().any(
                |item| matches!(item.get_ref(), DeValue::Table(inner) if inner.contains_key(key)),
            ),
            _ => false,
        });
        if misspelt || below {
            return;
        }
        let about = known
            .iter()
            .find(|(field, _)| *field == key)
            .map_or("", |(_, about)| about);
        let diagnostic = Diagnostic::new(
            Code::MissingField,
            format!("{what} has no `{key}`"),
            self.loc(table.span.clone()),
            format!("`{key}` is missing here"),
        )
        .help(format!("add `{key}`: {about}"));
        self.diagnostics.push(diagnostic);
    }

    /// Reports a value of the wrong type.
    fn wrong_type(&mut self, value: &Spanned<DeValue<'_>>, what: &str, key: &str, expected: &str) {
        let found = value.get_ref().type_str();
        let diagnostic = Diagnostic::new(
            Code::WrongType,
            format!("{what}'s `{key}` must be {expected}"),
            self.loc(value.span()),
            format!("this is {}", article(found)),
        );
        self.diagnostics.push(diagnostic);
    }

    /// A text field: its value, with its place recorded at `path`. A missing
    /// field is reported if it is required; either way the value is empty.
    fn text(
        &mut self,
        table: &Table<'_, '_>,
        what: &str,
        key: &str,
        path: &str,
        known: &[(&str, &str)],
    ) -> String {
        self.optional_text(table, what, key, path)
            .unwrap_or_else(|| {
                if !table.entries.contains_key(key) {
                    self.missing(table, what, key, known);
                }
                String::new()
            })
    }

    /// An optional text field: its value if it is there and a text.
    fn optional_text(
        &mut self,
        table: &Table<'_, '_>,
        what: &str,
        key: &str,
        path: &str,
    ) -> Option<String> {
        let value = table.entries.get(key)?;
        match value.get_ref() {
            DeValue::String(text) => {
                // A top-level key's place is its name alone, as rules look it up.
                let place = if path.is_empty() {
                    key.to_owned()
                } else {
                    format!("{path}.{key}")
                };
                self.places.insert(place, self.loc(value.span()));
                Some(text.to_string())
            }
            _ => {
                self.wrong_type(value, what, key, "a text in quotation marks");
                None
            }
        }
    }

    /// A list of texts, each with its place at `path.key.N`.
    fn texts(
        &mut self,
        table: &Table<'_, '_>,
        what: &str,
        key: &str,
        path: &str,
        known: &[(&str, &str)],
    ) -> Vec<String> {
        let Some(value) = table.entries.get(key) else {
            self.missing(table, what, key, known);
            return Vec::new();
        };
        let DeValue::Array(items) = value.get_ref() else {
            self.wrong_type(value, what, key, "a list of texts: [\"…\", \"…\"]");
            return Vec::new();
        };
        self.places
            .insert(format!("{path}.{key}"), self.loc(value.span()));
        let mut texts = Vec::new();
        for item in items {
            match item.get_ref() {
                DeValue::String(text) => {
                    let item_path = format!("{path}.{key}.{}", texts.len());
                    self.places.insert(item_path, self.loc(item.span()));
                    texts.push(text.to_string());
                }
                _ => self.wrong_type(item, what, key, "a list of texts"),
            }
        }
        texts
    }

    /// A list of tables (`[[step.quote]]`), each with its header's place at
    /// `path.key.N`; missing, it is empty.
    fn tables<'t, 'i>(
        &mut self,
        table: &Table<'t, 'i>,
        what: &str,
        key: &str,
        path: &str,
    ) -> Vec<Table<'t, 'i>> {
        let Some(value) = table.entries.get(key) else {
            return Vec::new();
        };
        let DeValue::Array(items) = value.get_ref() else {
            self.wrong_type(value, what, key, &format!("a list of tables: [[{key}]]"));
            return Vec::new();
        };
        let mut tables = Vec::new();
        for item in items {
            match item.get_ref() {
                DeValue::Table(entries) => {
                    // A top-level list's items are `step.0`, not `.step.0`.
                    let item_path = match path {
                        "" => format!("{key}.{}", tables.len()),
                        path => format!("{path}.{key}.{}", tables.len()),
                    };
                    self.places.insert(item_path, self.loc(item.span()));
                    tables.push(Table {
                        entries,
                        span: item.span(),
                    });
                }
                _ => self.wrong_type(item, what, key, &format!("a list of tables: [[{key}]]")),
            }
        }
        tables
    }

    /// A table (`[answer]`), its header's place at `path.key`.
    fn table<'t, 'i>(
        &mut self,
        table: &Table<'t, 'i>,
        what: &str,
        key: &str,
        path: &str,
        known: &[(&str, &str)],
    ) -> Option<Table<'t, 'i>> {
        let Some(value) = table.entries.get(key) else {
            self.missing(table, what, key, known);
            return None;
        };
        let DeValue::Table(entries) = value.get_ref() else {
            self.wrong_type(value, what, key, &format!("a table: [{key}]"));
            return None;
        };
        let path = if path.is_empty() {
            key.to_owned()
        } else {
            format!("{path}.{key}")
        };
        self.places.insert(path, self.loc(value.span()));
        Some(Table {
            entries,
            span: value.span(),
        })
    }

    /// Quotes of the essay (`[[step.quote]]`, `[[answer.words]]`).
    /// `within` is the fields of the table they stand in, for
    /// [`Reader::fields`].
    fn quotes(
        &mut self,
        table: &Table<'_, '_>,
        what: &str,
        key: &str,
        path: &str,
        within: &[(&str, &str)],
    ) -> Vec<Quote> {
        let what_one = format!("a quote of {what}");
        let within = Some((what, within));
        self.tables(table, what, key, path)
            .into_iter()
            .enumerate()
            .map(|(index, quote)| {
                let path = format!("{path}.{key}.{index}");
                self.fields(&quote, &what_one, QUOTE_FIELDS, within);
                Quote {
                    passage: self.text(&quote, &what_one, "passage", &path, QUOTE_FIELDS),
                    text: self.text(&quote, &what_one, "text", &path, QUOTE_FIELDS),
                }
            })
            .collect()
    }

    /// Reads `argument.toml`.
    pub fn argument(&mut self, root: &Spanned<DeTable<'_>>) -> Argument {
        let root = Table {
            entries: root.get_ref(),
            span: 0..0,
        };
        self.fields(&root, "argument.toml", ARGUMENT_FIELDS, None);
        if !root.entries.contains_key("step") {
            self.missing(&root, "argument.toml", "step", ARGUMENT_FIELDS);
        }
        if let Some(steps) = root.entries.get("step") {
            self.places
                .insert("step".to_owned(), self.loc(steps.span()));
        }
        let steps = self.tables(&root, "argument.toml", "step", "");
        let steps = steps
            .into_iter()
            .enumerate()
            .map(|(index, table)| self.step(&table, index))
            .collect();
        let answer = match self.table(&root, "argument.toml", "answer", "", ARGUMENT_FIELDS) {
            Some(table) => self.answer(&table),
            None => Answer {
                point: String::new(),
                words: Vec::new(),
            },
        };
        let provenance = match self.table(&root, "argument.toml", "provenance", "", ARGUMENT_FIELDS)
        {
            Some(table) => {
                let what = "[provenance]";
                self.fields(&table, what, PROVENANCE_FIELDS, None);
                Provenance {
                    published_on: self.text(
                        &table,
                        what,
                        "published-on",
                        "provenance",
                        PROVENANCE_FIELDS,
                    ),
                    author: self.optional_text(&table, what, "author", "provenance"),
                    date: self.optional_text(&table, what, "date", "provenance"),
                    left_out: self.optional_text(&table, what, "left-out", "provenance"),
                }
            }
            None => Provenance {
                published_on: String::new(),
                author: None,
                date: None,
                left_out: None,
            },
        };
        Argument {
            steps,
            answer,
            provenance,
        }
    }

    /// Reads one `[[step]]`, the `index`th.
    fn step(&mut self, table: &Table<'_, '_>, index: usize) -> Step {
        let path = format!("step.{index}");
        let id = self.optional_text(table, "a step", "id", &path);
        let what = match &id {
            Some(id) => format!("step `{id}`"),
            None => format!("step {}", index + 1),
        };
        self.fields(table, &what, STEP_FIELDS, None);
        let id = id.unwrap_or_else(|| {
            if !table.entries.contains_key("id") {
                self.missing(table, &what, "id", STEP_FIELDS);
            }
            String::new()
        });
        let kind = self.kind(table, &what, &path);
        let evidence = self
            .tables(table, &what, "evidence", &path)
            .into_iter()
            .enumerate()
            .map(|(number, evidence)| {
                let path = format!("{path}.evidence.{number}");
                let step_what = what.clone();
                let what = format!("evidence of {what}");
                self.fields(
                    &evidence,
                    &what,
                    EVIDENCE_FIELDS,
                    Some((&step_what, STEP_FIELDS)),
                );
                Evidence {
                    passage: self.text(&evidence, &what, "passage", &path, EVIDENCE_FIELDS),
                    text: self.text(&evidence, &what, "text", &path, EVIDENCE_FIELDS),
                    note: self.text(&evidence, &what, "note", &path, EVIDENCE_FIELDS),
                }
            })
            .collect();
        let replies_to = match table.entries.get("replies-to") {
            None => None,
            Some(_) => self
                .table(table, &what, "replies-to", &path, STEP_FIELDS)
                .map(|reply| {
                    let path = format!("{path}.replies-to");
                    let what = format!("the reply of {what}");
                    self.fields(&reply, &what, REPLY_FIELDS, None);
                    Reply {
                        step: self.text(&reply, &what, "step", &path, REPLY_FIELDS),
                        words: self.text(&reply, &what, "words", &path, REPLY_FIELDS),
                    }
                }),
        };
        Step {
            title: self.text(table, &what, "title", &path, STEP_FIELDS),
            claim: self.text(table, &what, "claim", &path, STEP_FIELDS),
            plain: self.text(table, &what, "plain", &path, STEP_FIELDS),
            why: self.text(table, &what, "why", &path, STEP_FIELDS),
            questions: self.texts(table, &what, "questions", &path, STEP_FIELDS),
            quotes: self.quotes(table, &what, "quote", &path, STEP_FIELDS),
            evidence,
            replies_to,
            id,
            kind,
        }
    }

    /// A step's kind; an unknown one is reported (with the kind it most
    /// looks like) and read as a definition, which asks nothing of the reader.
    fn kind(&mut self, table: &Table<'_, '_>, what: &str, path: &str) -> StepKind {
        let name = self.text(table, what, "kind", path, STEP_FIELDS);
        if let Some(kind) = StepKind::from_name(&name) {
            return kind;
        }
        if let Some(loc) = self.places.get(&format!("{path}.kind")).cloned() {
            let names = StepKind::ALL.map(|(_, name)| name);
            let mut diagnostic = Diagnostic::new(
                Code::UnknownValue,
                format!("{what} has an unknown kind, `{name}`"),
                loc,
                "not a kind of step",
            )
            .note(format!("the kinds are {}", names.join(", ")));
            if let Some(known) = closest(&name, names.into_iter()) {
                diagnostic = diagnostic.help(format!("did you mean `{known}`?"));
            }
            self.diagnostics.push(diagnostic);
        }
        StepKind::Definition
    }

    /// Reads `[answer]`.
    fn answer(&mut self, table: &Table<'_, '_>) -> Answer {
        let what = "[answer]";
        self.fields(table, what, ANSWER_FIELDS, None);
        Answer {
            point: self.text(table, what, "point", "answer", ANSWER_FIELDS),
            words: self.quotes(table, what, "words", "answer", ANSWER_FIELDS),
        }
    }

    /// Reads `glossary.toml`.
    pub fn glossary(&mut self, root: &Spanned<DeTable<'_>>) -> Vec<Term> {
        let root = Table {
            entries: root.get_ref(),
            span: 0..0,
        };
        self.fields(&root, "glossary.toml", GLOSSARY_FIELDS, None);
        let terms = self.tables(&root, "glossary.toml", "term", "");
        terms
            .into_iter()
            .enumerate()
            .map(|(index, table)| {
                let path = format!("term.{index}");
                let id = self.optional_text(&table, "a term", "id", &path);
                let what = match &id {
                    Some(id) => format!("term `{id}`"),
                    None => format!("term {}", index + 1),
                };
                self.fields(&table, &what, TERM_FIELDS, None);
                let id = id.unwrap_or_else(|| {
                    if !table.entries.contains_key("id") {
                        self.missing(&table, &what, "id", TERM_FIELDS);
                    }
                    String::new()
                });
                Term {
                    id,
                    headword: self.text(&table, &what, "headword", &path, TERM_FIELDS),
                    matches: self.texts(&table, &what, "matches", &path, TERM_FIELDS),
                    definition: self.text(&table, &what, "definition", &path, TERM_FIELDS),
                }
            })
            .collect()
    }
}

impl Reader<'_> {
    /// Reads `site.toml`.
    pub fn site(&mut self, root: &Spanned<DeTable<'_>>) -> Site {
        let root = Table {
            entries: root.get_ref(),
            span: 0..0,
        };
        let what = "site.toml";
        self.fields(&root, what, SITE_FIELDS, None);
        let text = |reader: &mut Self,
                    table: Option<&Table<'_, '_>>,
                    what: &str,
                    key: &str,
                    path: &str,
                    known: &[(&str, &str)]| {
            table.map_or_else(String::new, |table| {
                reader.text(table, what, key, path, known)
            })
        };
        let directions = self.table(&root, what, "directions", "", SITE_FIELDS);
        if let Some(table) = &directions {
            self.fields(
                table,
                "[directions]",
                DIRECTIONS_FIELDS,
                Some((what, SITE_FIELDS)),
            );
        }
        let scale = self.table(&root, what, "scale", "", SITE_FIELDS);
        if let Some(table) = &scale {
            self.fields(table, "[scale]", SCALE_FIELDS, Some((what, SITE_FIELDS)));
        }
        let descriptions = self.table(&root, what, "descriptions", "", SITE_FIELDS);
        if let Some(table) = &descriptions {
            self.fields(
                table,
                "[descriptions]",
                DESCRIPTIONS_FIELDS,
                Some((what, SITE_FIELDS)),
            );
        }
        let cards = self.table(&root, what, "cards", "", SITE_FIELDS);
        if let Some(table) = &cards {
            self.fields(table, "[cards]", CARDS_FIELDS, Some((what, SITE_FIELDS)));
        }
        let points = match &scale {
            Some(table) => {
                if !table.entries.contains_key("point") {
                    self.missing(table, "[scale]", "point", SCALE_FIELDS);
                }
                let points = self.tables(table, "[scale]", "point", "scale");
                points
                    .iter()
                    .enumerate()
                    .map(|(index, point)| {
                        let path = format!("scale.point.{index}");
                        let what = format!("point {} of the scale", index + 1);
                        self.fields(point, &what, POINT_FIELDS, Some(("[scale]", SCALE_FIELDS)));
                        Point {
                            id: self.text(point, &what, "id", &path, POINT_FIELDS),
                            label: self.text(point, &what, "label", &path, POINT_FIELDS),
                        }
                    })
                    .collect()
            }
            None => Vec::new(),
        };
        let top = Some(&root);
        let (d, sc, de, ca) = (
            directions.as_ref(),
            scale.as_ref(),
            descriptions.as_ref(),
            cards.as_ref(),
        );
        Site {
            name: text(self, top, what, "name", "", SITE_FIELDS),
            short_name: text(self, top, what, "short-name", "", SITE_FIELDS),
            question: text(self, top, what, "question", "", SITE_FIELDS),
            outcome: text(self, top, what, "outcome", "", SITE_FIELDS),
            whether: text(self, top, what, "whether", "", SITE_FIELDS),
            outline: text(self, top, what, "outline", "", SITE_FIELDS),
            map_intro: text(self, top, what, "map-intro", "", SITE_FIELDS),
            title_note: self.optional_text(&root, what, "title-note", ""),
            condition: self.optional_text(&root, what, "condition", ""),
            directions: Directions {
                toward: text(
                    self,
                    d,
                    "[directions]",
                    "toward",
                    "directions",
                    DIRECTIONS_FIELDS,
                ),
                against: text(
                    self,
                    d,
                    "[directions]",
                    "against",
                    "directions",
                    DIRECTIONS_FIELDS,
                ),
            },
            scale: Scale {
                before: text(self, sc, "[scale]", "before", "scale", SCALE_FIELDS),
                after: text(self, sc, "[scale]", "after", "scale", SCALE_FIELDS),
                ask: text(self, sc, "[scale]", "ask", "scale", SCALE_FIELDS),
                ask_now: text(self, sc, "[scale]", "ask-now", "scale", SCALE_FIELDS),
                verdict_ask: text(self, sc, "[scale]", "verdict-ask", "scale", SCALE_FIELDS),
                axis: text(self, sc, "[scale]", "axis", "scale", SCALE_FIELDS),
                class_axis: text(self, sc, "[scale]", "class-axis", "scale", SCALE_FIELDS),
                more: text(self, sc, "[scale]", "more", "scale", SCALE_FIELDS),
                less: text(self, sc, "[scale]", "less", "scale", SCALE_FIELDS),
                above_middle: text(self, sc, "[scale]", "above-middle", "scale", SCALE_FIELDS),
                below_middle: text(self, sc, "[scale]", "below-middle", "scale", SCALE_FIELDS),
                tension: text(self, sc, "[scale]", "tension", "scale", SCALE_FIELDS),
                points,
            },
            descriptions: Descriptions {
                start: text(
                    self,
                    de,
                    "[descriptions]",
                    "start",
                    "descriptions",
                    DESCRIPTIONS_FIELDS,
                ),
                map: text(
                    self,
                    de,
                    "[descriptions]",
                    "map",
                    "descriptions",
                    DESCRIPTIONS_FIELDS,
                ),
                essay: text(
                    self,
                    de,
                    "[descriptions]",
                    "essay",
                    "descriptions",
                    DESCRIPTIONS_FIELDS,
                ),
                glossary: text(
                    self,
                    de,
                    "[descriptions]",
                    "glossary",
                    "descriptions",
                    DESCRIPTIONS_FIELDS,
                ),
                verdict: text(
                    self,
                    de,
                    "[descriptions]",
                    "verdict",
                    "descriptions",
                    DESCRIPTIONS_FIELDS,
                ),
                shared_verdict: text(
                    self,
                    de,
                    "[descriptions]",
                    "shared-verdict",
                    "descriptions",
                    DESCRIPTIONS_FIELDS,
                ),
                manifest: text(
                    self,
                    de,
                    "[descriptions]",
                    "manifest",
                    "descriptions",
                    DESCRIPTIONS_FIELDS,
                ),
            },
            cards: Cards {
                verdict: text(self, ca, "[cards]", "verdict", "cards", CARDS_FIELDS),
                shared_verdict_kicker: text(
                    self,
                    ca,
                    "[cards]",
                    "shared-verdict-kicker",
                    "cards",
                    CARDS_FIELDS,
                ),
                shared_verdict: text(self, ca, "[cards]", "shared-verdict", "cards", CARDS_FIELDS),
            },
        }
    }

    /// Reads `hedges.toml`.
    pub fn hedges(&mut self, root: &Spanned<DeTable<'_>>) -> Vec<Hedge> {
        let root = Table {
            entries: root.get_ref(),
            span: 0..0,
        };
        self.fields(&root, "hedges.toml", HEDGES_FIELDS, None);
        let hedges = self.tables(&root, "hedges.toml", "hedge", "");
        hedges
            .into_iter()
            .enumerate()
            .map(|(index, table)| {
                let path = format!("hedge.{index}");
                let what = format!("hedge {}", index + 1);
                self.fields(&table, &what, HEDGE_FIELDS, None);
                Hedge {
                    words: self.text(&table, &what, "words", &path, HEDGE_FIELDS),
                    keep: self.texts(&table, &what, "keep", &path, HEDGE_FIELDS),
                }
            })
            .collect()
    }
}

/// The known name closest to a misspelt one, if one is close enough to be
/// what was meant.
pub fn closest<'k>(name: &str, known: impl Iterator<Item = &'k str>) -> Option<&'k str> {
    known
        .map(|candidate| (strsim::jaro_winkler(name, candidate), candidate))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, candidate)| candidate)
}

/// A TOML type as an author would call it, with its article: "a text",
/// "a list", "a number".
fn article(name: &str) -> String {
    match name {
        "string" => "a text",
        "array" => "a list",
        "table" => "a table",
        "integer" | "float" => "a number",
        "boolean" => "true or false",
        "datetime" => "a date",
        _ => "another kind of value",
    }
    .to_owned()
}
