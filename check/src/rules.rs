//! The rules of `content/README.md` that a machine can check, each broken
//! one a diagnostic: ids, quotes (verbatim, not overlapping, every word of
//! the essay quoted), the steps' order, and what our own sentences may say
//! (curly quotation marks only around the essay's words, claims that name
//! the essay, reasons called one of several, hedges kept, no count of the
//! essay's reasons), and the glossary's terms used.

use std::collections::HashMap;
use std::ops::Range;

use crate::closest::{Window, closest};
use crate::code::Code;
use crate::document::{Document, Quote, StepKind};
use crate::essay::EssayPlaces;
use crate::new::is_unwritten;
use crate::raw;
use crate::read::Places;
use crate::report::{Closest, Diagnostic, Label};
use crate::source::{FileId, Loc, SourceFile};

/// What the rules read, and what they find.
struct Rules<'a> {
    files: &'a [SourceFile],
    document: &'a Document,
    places: &'a Places,
    essay_places: &'a EssayPlaces,
    found: Vec<Diagnostic>,
}

/// Words of the essay as a text of the content quotes them: the text's
/// path and value, and where the quotation starts in it.
#[derive(Clone, Copy)]
struct Quoted<'t> {
    path: &'t str,
    text: &'t str,
    offset: usize,
}

/// A quote found verbatim in its passage: which passage (by its index, the
/// title first) and the bytes there.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Found {
    passage: usize,
    range: Range<usize>,
}

/// Every diagnostic the rules give for a document.
pub fn check(
    files: &[SourceFile],
    document: &Document,
    places: &Places,
    essay_places: &EssayPlaces,
) -> Vec<Diagnostic> {
    let mut rules = Rules {
        files,
        document,
        places,
        essay_places,
        found: Vec::new(),
    };
    rules.ids();
    rules.texts();
    let quotes = rules.quotes();
    rules.overlaps(&quotes);
    rules.coverage(&quotes);
    rules.order(&quotes);
    rules.question();
    rules.answer();
    rules.prose();
    rules.site();
    rules.glossary();
    rules.found
}

impl<'a> Rules<'a> {
    /// The place of the value at `path`.
    fn at(&self, path: &str) -> Option<Loc> {
        self.places.get(path).cloned()
    }

    /// The place of some bytes of the text value at `path`, as written.
    fn within(&self, path: &str, range: Range<usize>) -> Option<Loc> {
        let loc = self.at(path)?;
        let text = self.files.iter().find(|file| file.id == loc.file)?;
        let raw = text.text.as_deref()?.get(loc.range.clone())?;
        let offsets = raw::offsets(raw);
        let start = *offsets.get(range.start)?;
        let end = *offsets.get(range.end)?;
        Some(Loc::new(
            loc.file,
            loc.range.start + start..loc.range.start + end.max(start),
        ))
    }

    /// The place of some bytes of a passage (by index) in `essay.txt`.
    fn in_essay(&self, passage: usize, range: Range<usize>) -> Loc {
        Loc::new(FileId::Essay, self.essay_places.range(passage, range))
    }

    /// The index of the passage with this id.
    fn passage_index(&self, id: &str) -> Option<usize> {
        self.document
            .essay
            .passages()
            .position(|passage| passage.id == id)
    }

    /// The passages' ids, as a help line lists them.
    fn passage_ids(&self) -> String {
        let ids: Vec<&str> = self
            .document
            .essay
            .passages()
            .map(|passage| passage.id.as_str())
            .collect();
        match ids.as_slice() {
            [title, first, .., last] if ids.len() > 3 => format!("{title}, {first} … {last}"),
            _ => ids.join(", "),
        }
    }

    /// The id of the passage at an index.
    fn passage_id(&self, index: usize) -> String {
        let passage = self.document.essay.passages().nth(index);
        passage.map_or_else(String::new, |passage| passage.id.clone())
    }

    /// A misquote's diagnostic with its differences from the essay's
    /// closest words: each changed word underlined in the quote (the text
    /// at `path`, `text`, the quote's words starting `offset` bytes in), and the
    /// essay's words shown below it, marked where they differ. `what` is
    /// "quote" or "quotation".
    fn misquoted(
        &self,
        mut diagnostic: Diagnostic,
        quoted: Quoted<'_>,
        passage: usize,
        window: &Window,
        what: &str,
    ) -> Diagnostic {
        let Quoted { path, text, offset } = quoted;
        let mut quote_labels = Vec::new();
        let mut essay_labels = Vec::new();
        for change in &window.changes {
            let essay_words = &change.essay_words;
            let quote_words = &change.quote_words;
            let (quoted, essay) = match (essay_words.is_empty(), quote_words.is_empty()) {
                (true, _) => (
                    "not in the essay".to_owned(),
                    format!("the {what} adds `{quote_words}` here"),
                ),
                (false, true) => (
                    format!("the essay has `{essay_words}` here"),
                    format!("the {what} leaves out `{essay_words}`"),
                ),
                (false, false) => match marks_differ(essay_words, quote_words) {
                    // Marks that look alike are named, since they are hard to
                    // tell apart in the words.
                    Some((essay_mark, quote_mark)) => (
                        format!("the essay has {essay_mark} here, not {quote_mark}"),
                        format!("the {what} has {quote_mark} here"),
                    ),
                    None => (
                        format!("the essay has `{essay_words}`"),
                        format!("the {what} has `{quote_words}`"),
                    ),
                },
            };
            let range = offset + change.quote.start..offset + change.quote.end;
            if let Some(loc) = self.within(path, range) {
                quote_labels.push(Label { loc, text: quoted });
            }
            essay_labels.push(Label {
                loc: self.in_essay(passage, change.essay.clone()),
                text: essay,
            });
        }
        if essay_labels.is_empty() {
            // The same words, spaced otherwise: where the spacing first differs.
            let passage_text = self
                .document
                .essay
                .passages()
                .nth(passage)
                .map_or("", |p| p.text.as_str());
            let quote_text = text.get(offset..).unwrap_or("");
            let essay_words = &passage_text[window.range.clone()];
            let (essay_at, quote_at) = first_difference(essay_words, quote_text);
            let essay_at = window.range.start + essay_at;
            essay_labels.push(Label {
                loc: self.in_essay(passage, essay_at..essay_at),
                text: "the essay's spacing differs here".to_owned(),
            });
            if let Some(loc) = self.within(path, offset + quote_at..offset + quote_at) {
                quote_labels.push(Label {
                    loc,
                    text: "the spacing differs from the essay's here".to_owned(),
                });
            }
            diagnostic =
                diagnostic.note("the words are the essay's; only the spaces between them differ");
        }
        let mut quote_labels = quote_labels.into_iter();
        if let Some(first) = quote_labels.next() {
            diagnostic.primary = first;
            diagnostic.more = quote_labels.collect();
        }
        let differ = match window.changes.len() {
            0 => "differ only in their spacing".to_owned(),
            n => format!("differ in {}", plural(n, "place")),
        };
        diagnostic.closest = Some(Closest {
            title: format!(
                "the closest words of the essay, in passage `{}`, {differ}",
                self.passage_id(passage)
            ),
            labels: essay_labels,
            diff: format!("[-the essay's words-]{{+the {what}'s+}}: {}", window.diff),
        });
        diagnostic
    }

    fn push(&mut self, diagnostic: Diagnostic) {
        self.found.push(diagnostic);
    }

    /// Every step's and every term's id is a slug, and used once.
    fn ids(&mut self) {
        let steps = self.document.argument.steps.iter().map(|step| &step.id);
        let terms = self.document.glossary.iter().map(|term| &term.id);
        let points = self
            .document
            .site
            .scale
            .points
            .iter()
            .map(|point| &point.id);
        for (what, prefix, ids) in [
            ("point", "scale.point", points.collect::<Vec<_>>()),
            ("step", "step", steps.collect::<Vec<_>>()),
            ("term", "term", terms.collect::<Vec<_>>()),
        ] {
            let mut seen: HashMap<&str, usize> = HashMap::new();
            for (index, id) in ids.into_iter().enumerate() {
                let Some(loc) = self.at(&format!("{prefix}.{index}.id")) else {
                    continue;
                };
                if !is_slug(id) {
                    self.push(
                        Diagnostic::new(
                            Code::NotASlug,
                            format!("the {what} id `{id}` is not a slug"),
                            loc.clone(),
                            "not a slug",
                        )
                        .note(format!(
                            "a {what}'s id stands in the site's addresses as it is"
                        ))
                        .help(format!(
                            "use lowercase letters, digits and single hyphens: `{}`",
                            slugify(id)
                        )),
                    );
                }
                match seen.get(id.as_str()) {
                    Some(&first) => {
                        let first_loc = self.at(&format!("{prefix}.{first}.id"));
                        let mut diagnostic = Diagnostic::new(
                            Code::DuplicateId,
                            format!("two {what}s have the id `{id}`"),
                            loc,
                            "used again here",
                        )
                        .help(format!("give each {what} an id of its own"));
                        if let Some(first_loc) = first_loc {
                            diagnostic = diagnostic.also(first_loc, "first used here");
                        }
                        self.push(diagnostic);
                    }
                    None => {
                        seen.insert(id, index);
                    }
                }
            }
        }
    }

    /// Texts that must say something: our prose is left to write where it
    /// is empty or still a draft's placeholder; the provenance says nothing
    /// where the source gives nothing.
    fn texts(&mut self) {
        for (path, name, text) in self.our_prose() {
            let Some(loc) = self.at(&path) else { continue };
            if text.trim().is_empty() {
                self.push(
                    Diagnostic::new(Code::Empty, format!("{name} is empty"), loc, "empty").help(
                        "write it, in our own words, following content/README.md's house rules",
                    ),
                );
            } else if is_unwritten(text) {
                self.push(
                    Diagnostic::new(
                        Code::LeftToWrite,
                        format!("{name} is still to be written"),
                        loc,
                        "a placeholder",
                    )
                    .help("write it, in our own words, following content/README.md's house rules"),
                );
            }
        }
        for (index, step) in self.document.argument.steps.iter().enumerate() {
            if step.questions.is_empty()
                && let Some(loc) = self.at(&format!("step.{index}.questions"))
            {
                self.push(
                    Diagnostic::new(
                        Code::Empty,
                        format!("step `{}` asks no questions", step.id),
                        loc,
                        "no questions",
                    )
                    .help("add the questions a careful reader would ask of this step"),
                );
            }
        }
        if self.document.argument.steps.is_empty()
            && let Some(loc) = self.at("step")
        {
            self.push(
                Diagnostic::new(Code::Empty, "the argument has no steps", loc, "no steps").help(
                    "give each step of the essay's argument a [[step]], in the essay's order",
                ),
            );
        }
        let published_on = &self.document.argument.provenance.published_on;
        if is_unwritten(published_on)
            && let Some(loc) = self.at("provenance.published-on")
        {
            self.push(
                Diagnostic::new(
                    Code::LeftToWrite,
                    "the provenance's `published-on` is still to be written",
                    loc,
                    "a placeholder",
                )
                .help("say where the essay was published: \"a blog\", \"a newspaper\""),
            );
        }
        let provenance = &self.document.argument.provenance;
        for (field, text) in [
            ("published-on", Some(&provenance.published_on)),
            ("author", provenance.author.as_ref()),
            ("date", provenance.date.as_ref()),
        ] {
            let Some(loc) = self.at(&format!("provenance.{field}")) else {
                continue;
            };
            if text.is_some_and(|text| text.trim().is_empty()) {
                self.push(
                    Diagnostic::new(
                        Code::Empty,
                        format!("the provenance's `{field}` is empty"),
                        loc,
                        "empty",
                    )
                    .help(match field {
                        "published-on" => {
                            "say where the essay was published: \"a blog\", \"a newspaper\""
                        }
                        _ => "leave out what the source does not give: the essay page says so",
                    }),
                );
            }
        }
    }

    /// Checks one quote of the essay (a step's quote or evidence, or the
    /// answer's words) at `path`: its passage is the essay's and its words
    /// stand there verbatim. Where they do, where.
    fn quote(&mut self, path: &str, quote: &Quote, what: &str) -> Option<Found> {
        let passage_loc = self.at(&format!("{path}.passage"))?;
        let text_path = format!("{path}.text");
        let text_loc = self.at(&text_path)?;
        if quote.text.trim().is_empty() {
            self.push(
                Diagnostic::new(
                    Code::Empty,
                    format!("{what} is empty"),
                    text_loc,
                    "no words",
                )
                .help("quote the essay's words, exactly as the passage has them"),
            );
            return None;
        }
        let elsewhere = self
            .document
            .essay
            .passages()
            .find(|passage| passage.text.contains(&quote.text))
            .map(|passage| passage.id.clone());
        let Some(index) = self.passage_index(&quote.passage) else {
            let mut diagnostic = Diagnostic::new(
                Code::UnknownPassage,
                format!(
                    "{what} names passage `{}`, which the essay does not have",
                    quote.passage
                ),
                passage_loc,
                "no such passage",
            )
            .note(format!("the essay's passages are {}", self.passage_ids()));
            diagnostic = match elsewhere {
                Some(id) => diagnostic.help(format!("these words stand in passage `{id}`: passage = \"{id}\"")),
                None => diagnostic.help("name the passage the words stand in: \"title\" for the title, \"p1\" for the first paragraph, and so on"),
            };
            self.push(diagnostic);
            return None;
        };
        let passage = &self.document.essay.passages().nth(index)?.text;
        if let Some(start) = passage.find(&quote.text) {
            return Some(Found {
                passage: index,
                range: start..start + quote.text.len(),
            });
        }
        let mut diagnostic = Diagnostic::new(
            Code::NotVerbatim,
            format!("{what} is not word for word in passage `{}`", quote.passage),
            text_loc.clone(),
            "not the essay's words",
        );
        if let Some(id) = elsewhere {
            diagnostic = diagnostic
                .also(
                    passage_loc,
                    format!("these words stand in passage `{id}`, not here"),
                )
                .help(format!(
                    "name the passage they stand in: passage = \"{id}\""
                ));
            self.push(diagnostic);
            return None;
        }
        // The closest words of the passage named, or of any passage if
        // another's are much closer (the passage was named wrong).
        let named = closest(passage, &quote.text).map(|window| (index, window));
        let best = self
            .document
            .essay
            .passages()
            .enumerate()
            .filter_map(|(other, passage)| {
                closest(&passage.text, &quote.text).map(|window| (other, window))
            })
            .max_by(|a, b| a.1.likeness.total_cmp(&b.1.likeness));
        let chosen = match (named, best) {
            (Some(named), Some(best)) if best.1.likeness > named.1.likeness + 0.2 => Some(best),
            (Some(named), _) => Some(named),
            (None, best) => best,
        };
        match chosen {
            Some((at, window)) if window.likeness >= 0.5 => {
                let id = self.passage_id(at);
                if at != index {
                    diagnostic = diagnostic.also(
                        passage_loc,
                        format!("the closest words are in passage `{id}`"),
                    );
                }
                diagnostic = self.misquoted(
                    diagnostic,
                    Quoted {
                        path: &text_path,
                        text: &quote.text,
                        offset: 0,
                    },
                    at,
                    &window,
                    "quote",
                );
                diagnostic = diagnostic
                    .help("quote the essay exactly, with every word, number and mark as it stands");
            }
            _ => {
                diagnostic = diagnostic.help(format!(
                    "no words of passage `{}` are like these: quote the essay exactly, from the passage they stand in",
                    quote.passage
                ));
            }
        }
        self.push(diagnostic);
        None
    }

    /// Checks every step's quotes, evidence and reply; the quotes found, by
    /// step, each with its path.
    fn quotes(&mut self) -> Vec<Vec<(String, Found)>> {
        let steps = &self.document.argument.steps;
        let mut all = Vec::new();
        for (index, step) in steps.iter().enumerate() {
            let mut found = Vec::new();
            for (number, quote) in step.quotes.iter().enumerate() {
                let path = format!("step.{index}.quote.{number}");
                let what = format!("a quote of step `{}`", step.id);
                if let Some(place) = self.quote(&path, quote, &what) {
                    found.push((path, place));
                }
            }
            if step.quotes.is_empty()
                && let Some(loc) = self.at(&format!("step.{index}"))
            {
                self.push(
                    Diagnostic::new(
                        Code::NoQuote,
                        format!("step `{}` quotes nothing from the essay", step.id),
                        loc,
                        "no [[step.quote]] after this",
                    )
                    .help("add the essay's words the step explains: [[step.quote]] with passage and text"),
                );
            }
            for (number, evidence) in step.evidence.iter().enumerate() {
                let path = format!("step.{index}.evidence.{number}");
                let quote = Quote {
                    passage: evidence.passage.clone(),
                    text: evidence.text.clone(),
                };
                let what = format!("evidence of step `{}`", step.id);
                if self.quote(&path, &quote, &what).is_none() {
                    continue;
                }
                let inside = step
                    .quotes
                    .iter()
                    .any(|own| own.passage == quote.passage && own.text.contains(&quote.text));
                if !inside && let Some(loc) = self.at(&format!("{path}.text")) {
                    self.push(
                        Diagnostic::new(
                            Code::EvidenceOutside,
                            format!("evidence of step `{}` is not inside one of the step's own quotes", step.id),
                            loc,
                            "not in a quote of this step",
                        )
                        .help("evidence is words the step quotes: quote them in a [[step.quote]] of this step too"),
                    );
                }
            }
            if let Some(reply) = &step.replies_to {
                let before = steps[..index].iter().any(|other| other.id == reply.step);
                if !before && let Some(loc) = self.at(&format!("step.{index}.replies-to.step")) {
                    let later = steps[index..].iter().any(|other| other.id == reply.step);
                    self.push(
                        Diagnostic::new(
                            Code::UnknownReply,
                            format!(
                                "step `{}` replies to `{}`, which is not a step before it",
                                step.id, reply.step
                            ),
                            loc,
                            if later {
                                "not before this step"
                            } else {
                                "no such step"
                            },
                        )
                        .help("a step replies to an earlier step: name one of those before it"),
                    );
                }
                let own = step
                    .quotes
                    .iter()
                    .any(|quote| quote.text.contains(&reply.words));
                if (reply.words.trim().is_empty() || !own)
                    && let Some(loc) = self.at(&format!("step.{index}.replies-to.words"))
                {
                    self.push(
                        Diagnostic::new(
                            Code::ReplyOutside,
                            format!("the words of step `{}`'s reply are not in its own quotes", step.id),
                            loc,
                            "not in a quote of this step",
                        )
                        .help("name the essay's words, in this step's own quotes, that make the reply"),
                    );
                }
            }
            all.push(found);
        }
        all
    }

    /// No two quotes share words of the essay: each word belongs to one
    /// step at most, so that the essay page can say which.
    fn overlaps(&mut self, quotes: &[Vec<(String, Found)>]) {
        let mut spans: Vec<(usize, &str, &Found)> = Vec::new();
        for (step, found) in quotes.iter().enumerate() {
            for (path, place) in found {
                spans.push((step, path, place));
            }
        }
        spans.sort_by_key(|(_, _, found)| (found.passage, found.range.start));
        for pair in spans.windows(2) {
            let [
                (first_step, first_path, first),
                (second_step, second_path, second),
            ] = pair
            else {
                continue;
            };
            if first.passage != second.passage || second.range.start >= first.range.end {
                continue;
            }
            let steps = &self.document.argument.steps;
            let (a, b) = (&steps[*first_step].id, &steps[*second_step].id);
            let shared = second.range.start..first.range.end.min(second.range.end);
            let (Some(at), Some(other)) = (
                self.at(&format!("{second_path}.text")),
                self.at(&format!("{first_path}.text")),
            ) else {
                continue;
            };
            let message = if a == b {
                format!("two quotes of step `{a}` share words of the essay")
            } else {
                format!("steps `{b}` and `{a}` quote the same words of the essay")
            };
            let words = &self
                .document
                .essay
                .passages()
                .nth(first.passage)
                .map_or("", |p| p.text.as_str())[shared.clone()];
            self.push(
                Diagnostic::new(Code::Overlap, message, at, "this quote")
                    .also(other, "shares words with this one")
                    .also(self.in_essay(first.passage, shared), "quoted twice")
                    .note(format!("both quote “{words}”"))
                    .help("each word of the essay belongs to one step: end one quote where the other begins"),
            );
        }
    }

    /// Every word of the essay is quoted by some step: what no step quotes
    /// is only the spaces and marks between quotes. A passage with a quote
    /// that could not be found is left alone: its words are reported there.
    fn coverage(&mut self, quotes: &[Vec<(String, Found)>]) {
        let mut broken = vec![false; self.document.essay.passages().count()];
        for (index, step) in self.document.argument.steps.iter().enumerate() {
            for (number, quote) in step.quotes.iter().enumerate() {
                let path = format!("step.{index}.quote.{number}");
                let found = quotes[index].iter().any(|(at, _)| *at == path);
                if found {
                    continue;
                }
                // The passage it names, and any that has its words.
                for (at, passage) in self.document.essay.passages().enumerate() {
                    if passage.id == quote.passage || passage.text.contains(&quote.text) {
                        broken[at] = true;
                    }
                }
            }
        }
        let passages: Vec<(usize, String, String)> = self
            .document
            .essay
            .passages()
            .enumerate()
            .map(|(index, passage)| (index, passage.id.clone(), passage.text.clone()))
            .collect();
        for (index, id, text) in passages {
            if broken[index] {
                continue;
            }
            let mut ranges: Vec<Range<usize>> = quotes
                .iter()
                .flatten()
                .filter(|(_, found)| found.passage == index)
                .map(|(_, found)| found.range.clone())
                .collect();
            ranges.sort_by_key(|range| range.start);
            let mut gaps = Vec::new();
            let mut at = 0;
            for range in ranges {
                if range.start > at {
                    gaps.push(at..range.start);
                }
                at = at.max(range.end);
            }
            if at < text.len() {
                gaps.push(at..text.len());
            }
            for gap in gaps {
                let words = &text[gap.clone()];
                if !words.chars().any(char::is_alphanumeric) {
                    continue;
                }
                let lead = words.len() - words.trim_start().len();
                let trimmed = gap.start + lead..gap.start + lead + words.trim().len();
                let quoted = &text[trimmed.clone()];
                self.push(
                    Diagnostic::new(
                        Code::Unquoted,
                        format!("no step quotes these words of passage `{id}`"),
                        self.in_essay(index, trimmed),
                        "quoted by no step",
                    )
                    .note("every word of the essay is quoted by the step that explains it")
                    .help(format!(
                        "quote them in the step that explains them, in a [[step.quote]] with passage = \"{id}\" and text = \"{}\"",
                        escape(quoted)
                    )),
                );
            }
        }
    }

    /// The steps follow the essay's order (rule 7): each step begins (at its
    /// first quoted words) after the step before it begins, and quotes no
    /// passage after the first passage the next step quotes.
    fn order(&mut self, quotes: &[Vec<(String, Found)>]) {
        let steps = &self.document.argument.steps;
        let placed: Vec<(usize, Vec<&(String, Found)>)> = quotes
            .iter()
            .enumerate()
            .filter(|(_, found)| !found.is_empty())
            .map(|(step, found)| {
                let mut found: Vec<&(String, Found)> = found.iter().collect();
                found.sort_by_key(|(_, place)| (place.passage, place.range.start));
                (step, found)
            })
            .collect();
        let id = |index: usize| {
            self.document
                .essay
                .passages()
                .nth(index)
                .map_or("", |p| p.id.as_str())
        };
        let mut diagnostics = Vec::new();
        for pair in placed.windows(2) {
            let [(before, earlier), (after, later)] = pair else {
                continue;
            };
            let (first_before, first_after) = (&earlier[0], &later[0]);
            let key = |found: &Found| (found.passage, found.range.start);
            if key(&first_before.1) >= key(&first_after.1) {
                let (Some(at), Some(other)) = (
                    self.at(&format!("{}.text", first_after.0)),
                    self.at(&format!("{}.text", first_before.0)),
                ) else {
                    continue;
                };
                diagnostics.push(
                    Diagnostic::new(
                        Code::OutOfOrder,
                        format!("step `{}` begins earlier in the essay than step `{}`, which comes before it", steps[*after].id, steps[*before].id),
                        at,
                        format!("step `{}` begins here, in passage `{}`", steps[*after].id, id(first_after.1.passage)),
                    )
                    .also(other, format!("step `{}` begins here, in passage `{}`", steps[*before].id, id(first_before.1.passage)))
                    .note("the steps follow the essay's order: each begins, at its first quoted words, after the step before it begins (rule 7)")
                    .help(format!("move step `{}` before step `{}`, or quote the words in the order the essay has them", steps[*after].id, steps[*before].id)),
                );
                continue;
            }
            let last = earlier.last().map_or(0, |(_, found)| found.passage);
            if last > first_after.1.passage {
                let Some((path, _)) = earlier
                    .iter()
                    .rev()
                    .find(|(_, found)| found.passage == last)
                else {
                    continue;
                };
                let (Some(at), Some(other)) = (
                    self.at(&format!("{path}.text")),
                    self.at(&format!("{}.text", first_after.0)),
                ) else {
                    continue;
                };
                diagnostics.push(
                    Diagnostic::new(
                        Code::QuotesPastNext,
                        format!("step `{}` quotes passage `{}`, after the passage where step `{}` begins", steps[*before].id, id(last), steps[*after].id),
                        at,
                        format!("passage `{}`", id(last)),
                    )
                    .also(other, format!("step `{}` begins in passage `{}`", steps[*after].id, id(first_after.1.passage)))
                    .note("a step quotes no passage after the first passage the next step quotes (rule 7); within one passage it may quote on past where the next begins")
                    .help("give these words to a later step, or move this step after the next"),
                );
            }
        }
        self.found.extend(diagnostics);
    }

    /// There is exactly one question step: the essay's question.
    fn question(&mut self) {
        let steps = &self.document.argument.steps;
        let questions: Vec<usize> = (0..steps.len())
            .filter(|&index| steps[index].kind == StepKind::Question)
            .collect();
        match questions.as_slice() {
            [] => {
                let loc = self.at("step.0").unwrap_or(Loc::file(FileId::Argument));
                self.push(
                    Diagnostic::new(
                        Code::Question,
                        "no step is the essay's question",
                        loc,
                        "the first step",
                    )
                    .help("the step that quotes the essay's question has kind = \"question\""),
                );
            }
            [_] => {}
            [first, rest @ ..] => {
                for &index in rest {
                    let (Some(at), Some(other)) = (
                        self.at(&format!("step.{index}.kind")),
                        self.at(&format!("step.{first}.kind")),
                    ) else {
                        continue;
                    };
                    self.push(
                        Diagnostic::new(
                            Code::Question,
                            "more than one step is the essay's question",
                            at,
                            "another question",
                        )
                        .also(other, "the first")
                        .help("the essay asks one question: give this step another kind"),
                    );
                }
            }
        }
    }

    /// The answer quotes the essay's words for it, verbatim.
    fn answer(&mut self) {
        let answer = &self.document.argument.answer;
        if answer.words.is_empty()
            && let Some(loc) = self.at("answer")
        {
            self.push(
                Diagnostic::new(Code::NoAnswerWords, "the answer quotes none of the essay's words for it", loc, "no [[answer.words]]")
                    .help("quote the essay's own words for its answer: [[answer.words]] with passage and text"),
            );
        }
        for (number, words) in answer.words.iter().enumerate() {
            self.quote(
                &format!("answer.words.{number}"),
                words,
                "a quote of the answer",
            );
        }
    }

    /// Our prose, each text with its path and its name: what the rules on
    /// our sentences read.
    fn our_prose(&self) -> Vec<(String, String, &'a str)> {
        let document: &'a Document = self.document;
        let mut prose = Vec::new();
        for (index, step) in document.argument.steps.iter().enumerate() {
            let id = &step.id;
            for (field, text) in [
                ("title", &step.title),
                ("claim", &step.claim),
                ("plain", &step.plain),
                ("why", &step.why),
            ] {
                let name = format!("step `{id}`'s `{field}`");
                prose.push((format!("step.{index}.{field}"), name, text.as_str()));
            }
            for (number, question) in step.questions.iter().enumerate() {
                let name = format!("question {} of step `{id}`", number + 1);
                prose.push((
                    format!("step.{index}.questions.{number}"),
                    name,
                    question.as_str(),
                ));
            }
            for (number, evidence) in step.evidence.iter().enumerate() {
                let name = format!("the note on evidence {} of step `{id}`", number + 1);
                let path = format!("step.{index}.evidence.{number}.note");
                prose.push((path, name, evidence.note.as_str()));
            }
        }
        for (index, term) in document.glossary.iter().enumerate() {
            let id = &term.id;
            for (field, text) in [
                ("headword", &term.headword),
                ("definition", &term.definition),
            ] {
                let name = format!("term `{id}`'s `{field}`");
                prose.push((format!("term.{index}.{field}"), name, text.as_str()));
            }
        }
        let site = &document.site;
        let (scale, descriptions, cards) = (&site.scale, &site.descriptions, &site.cards);
        let texts: [(&str, &str, &String); 31] = [
            ("", "name", &site.name),
            ("", "short-name", &site.short_name),
            ("", "question", &site.question),
            ("", "outcome", &site.outcome),
            ("", "whether", &site.whether),
            ("", "outline", &site.outline),
            ("", "map-intro", &site.map_intro),
            ("directions", "toward", &site.directions.toward),
            ("directions", "against", &site.directions.against),
            ("scale", "before", &scale.before),
            ("scale", "after", &scale.after),
            ("scale", "ask", &scale.ask),
            ("scale", "ask-now", &scale.ask_now),
            ("scale", "verdict-ask", &scale.verdict_ask),
            ("scale", "axis", &scale.axis),
            ("scale", "class-axis", &scale.class_axis),
            ("scale", "more", &scale.more),
            ("scale", "less", &scale.less),
            ("scale", "above-middle", &scale.above_middle),
            ("scale", "below-middle", &scale.below_middle),
            ("scale", "tension", &scale.tension),
            ("descriptions", "start", &descriptions.start),
            ("descriptions", "map", &descriptions.map),
            ("descriptions", "essay", &descriptions.essay),
            ("descriptions", "glossary", &descriptions.glossary),
            ("descriptions", "verdict", &descriptions.verdict),
            (
                "descriptions",
                "shared-verdict",
                &descriptions.shared_verdict,
            ),
            ("descriptions", "manifest", &descriptions.manifest),
            ("cards", "verdict", &cards.verdict),
            (
                "cards",
                "shared-verdict-kicker",
                &cards.shared_verdict_kicker,
            ),
            ("cards", "shared-verdict", &cards.shared_verdict),
        ];
        for (table, key, text) in texts {
            let (path, name) = match table {
                "" => (key.to_owned(), format!("site.toml's `{key}`")),
                table => (format!("{table}.{key}"), format!("[{table}]'s `{key}`")),
            };
            prose.push((path, name, text.as_str()));
        }
        for (key, text) in [
            ("title-note", &site.title_note),
            ("condition", &site.condition),
        ] {
            if let Some(text) = text {
                prose.push((
                    key.to_owned(),
                    format!("site.toml's `{key}`"),
                    text.as_str(),
                ));
            }
        }
        for (index, point) in scale.points.iter().enumerate() {
            let name = format!("the label of the scale's point `{}`", point.id);
            prose.push((
                format!("scale.point.{index}.label"),
                name,
                point.label.as_str(),
            ));
        }
        prose
    }

    /// The rules on our own sentences.
    fn prose(&mut self) {
        let prose: Vec<(String, String)> = self
            .our_prose()
            .into_iter()
            .filter(|(_, _, text)| !is_unwritten(text))
            .map(|(path, _, text)| (path, text.to_owned()))
            .collect();
        for (path, text) in &prose {
            self.curly(path, text);
            self.hedged(path, text);
            for range in counted_reasons(text) {
                let Some(loc) = self.within(path, range) else {
                    continue;
                };
                self.push(
                    Diagnostic::new(
                        Code::CountedReasons,
                        "the essay does not count its reasons",
                        loc,
                        "a count of reasons",
                    )
                    .note(
                        "how many steps give its reasons is our division, not the essay's (rule 6)",
                    )
                    .help("number our steps (\"Reason 2 of 5\"), never the essay's reasons"),
                );
            }
        }
        let steps = &self.document.argument.steps;
        let reasons = steps.iter().filter(|step| step.kind.is_reason()).count();
        for (index, step) in steps.iter().enumerate() {
            let gist = gist(&step.claim);
            if !gist.trim().is_empty()
                && !is_unwritten(&step.claim)
                && !gist.to_lowercase().contains("essay")
                && let Some(loc) = self.within(&format!("step.{index}.claim"), 0..gist.len())
            {
                self.push(
                    Diagnostic::new(Code::Unattributed, format!("step `{}`'s claim does not say, in its first sentence, that it reports the essay", step.id), loc, "the first sentence")
                        .note("a claim is read first, and alone on the map: it says it reports the essay (rule 2)")
                        .help("say whose claim it is: \"The essay says that …\""),
                );
            }
            if step.kind.is_reason()
                && reasons > 1
                && !step.why.trim().is_empty()
                && !is_unwritten(&step.why)
                && !step.why.contains("one of the essay's reasons")
                && let Some(loc) = self.at(&format!("step.{index}.why"))
            {
                self.push(
                    Diagnostic::new(Code::NotOneOfSeveral, format!("step `{}`'s `why` does not call it one of the essay's reasons", step.id), loc, "the essay gives several reasons")
                        .note(format!("{reasons} of our steps give the essay's reasons; each one's `why` says it gives one of several (rule 2)"))
                        .help("say \"This is one of the essay's reasons …\""),
                );
            }
        }
    }

    /// Curly quotation marks stand only around the essay's words (rule 4),
    /// and in pairs.
    fn curly(&mut self, path: &str, text: &str) {
        let passages: Vec<&str> = self
            .document
            .essay
            .passages()
            .map(|p| p.text.as_str())
            .collect();
        for fault in curly_faults(text, &passages) {
            match fault {
                CurlyFault::Unbalanced(range) => {
                    let Some(loc) = self.within(path, range) else {
                        continue;
                    };
                    self.push(
                        Diagnostic::new(
                            Code::Unbalanced,
                            "a curly quotation mark without its pair",
                            loc,
                            "not closed, or not opened",
                        )
                        .help("close every “ with a ”"),
                    );
                }
                CurlyFault::NotTheEssays(range) => {
                    let quoted = &text[range.start + '“'.len_utf8()..range.end - '”'.len_utf8()];
                    let Some(loc) = self.within(path, range.clone()) else {
                        continue;
                    };
                    let mut diagnostic = Diagnostic::new(
                        Code::CurlyNotEssay,
                        "words in curly quotation marks that are not the essay's",
                        loc,
                        "not the essay's words",
                    )
                    .note(
                        "curly quotation marks “…” are only for the essay's exact words (rule 4)",
                    );
                    let best = self
                        .document
                        .essay
                        .passages()
                        .enumerate()
                        .filter_map(|(index, passage)| {
                            closest(&passage.text, quoted).map(|window| (index, window))
                        })
                        .max_by(|a, b| a.1.likeness.total_cmp(&b.1.likeness));
                    match best {
                        Some((index, window)) if window.likeness >= 0.6 => {
                            let offset = range.start + '“'.len_utf8();
                            diagnostic = self.misquoted(
                                diagnostic,
                                Quoted { path, text, offset },
                                index,
                                &window,
                                "quotation",
                            );
                            diagnostic = diagnostic.help(
                                "quote the essay exactly, or write the words as ours, without quotation marks",
                            );
                        }
                        _ => {
                            diagnostic = diagnostic
                                .help("these are our words: write them without quotation marks");
                        }
                    }
                    self.push(diagnostic);
                }
            }
        }
    }

    /// Where a sentence of ours restates what the essay hedges, it keeps
    /// the hedge (rule 1), as `hedges.toml` lists them.
    fn hedged(&mut self, path: &str, text: &str) {
        for (range, hedge) in dropped_hedges(text, &self.document.hedges) {
            let Some(loc) = self.within(path, range) else {
                continue;
            };
            let keep: Vec<String> = hedge.keep.iter().map(|form| format!("`{form}`")).collect();
            self.push(
                Diagnostic::new(
                    Code::DroppedHedge,
                    format!(
                        "a sentence restates what the essay hedges, `{}`, without its hedge",
                        hedge.words
                    ),
                    loc,
                    format!("no {}", keep.join(" or ")),
                )
                .note("never make the essay say more, or say it more surely, than it does (rule 1)")
                .help(format!("keep the essay's hedge: {}", keep.join(" or "))),
            );
        }
    }

    /// The scale's points and the answer placed on them, the directions
    /// concessions point in, and the placeholders of the site's templates.
    fn site(&mut self) {
        let site = &self.document.site;
        let points = &site.scale.points;
        if points.len() != 5
            && let Some(loc) = self.at("scale")
        {
            self.push(
                Diagnostic::new(
                    Code::ScalePoints,
                    format!("the scale has {}; a reader answers on five", plural(points.len(), "point")),
                    loc,
                    "this scale",
                )
                .help("give five [[scale.point]]s, from the most against the outcome to the most toward it"),
            );
        }
        let answer = &self.document.argument.answer.point;
        let path = "answer.point";
        let at = points.iter().position(|point| &point.id == answer);
        if at.is_none()
            && !points.is_empty()
            && let Some(loc) = self.at(path)
        {
            let ids: Vec<String> = points
                .iter()
                .map(|point| format!("`{}`", point.id))
                .collect();
            let mut diagnostic = Diagnostic::new(
                Code::UnknownValue,
                format!("the answer's point `{answer}` is not a point of the scale"),
                loc,
                "not a point of site.toml's scale",
            )
            .note(format!("the scale's points are {}", ids.join(", ")));
            if let Some(id) =
                crate::read::closest(answer, points.iter().map(|point| point.id.as_str()))
            {
                diagnostic = diagnostic.help(format!("did you mean `{id}`?"));
            }
            self.push(diagnostic);
        }
        let middle = points.len() / 2;
        if points.len() % 2 == 1 && at == Some(middle) {
            let steps = &self.document.argument.steps;
            for (index, step) in steps.iter().enumerate() {
                if step.kind != StepKind::Concession {
                    continue;
                }
                let (Some(loc), Some(answer_loc)) =
                    (self.at(&format!("step.{index}.kind")), self.at(path))
                else {
                    continue;
                };
                self.push(
                    Diagnostic::new(
                        Code::ConcessionAtMiddle,
                        format!("step `{}` is a concession, but the essay's answer is the scale's middle point", step.id),
                        loc,
                        "a concession",
                    )
                    .also(answer_loc, "the middle point")
                    .note("a concession points opposite to the essay's answer; an answer at the middle has no opposite")
                    .help("make the step a reason-for or reason-against, or place the answer on another point"),
                );
            }
        }
        let mut labels: HashMap<&str, usize> = HashMap::new();
        for (index, point) in points.iter().enumerate() {
            let path = format!("scale.point.{index}");
            if point.id.split('-').any(|word| word == "to")
                && let Some(loc) = self.at(&format!("{path}.id"))
            {
                self.push(
                    Diagnostic::new(
                        Code::ToInPointId,
                        format!("the point id `{}` has the word \"to\"", point.id),
                        loc,
                        "\"to\" in an id",
                    )
                    .note("a shared verdict's address joins two point ids with `-to-` (/verdict/likely-to-unlikely/): an id with \"to\" makes it ambiguous")
                    .help("name the point without the word \"to\""),
                );
            }
            let label = point.label.trim();
            if label.is_empty() {
                continue;
            }
            match labels.get(label) {
                Some(&first) => {
                    let Some(loc) = self.at(&format!("{path}.label")) else {
                        continue;
                    };
                    let mut diagnostic = Diagnostic::new(
                        Code::SameLabel,
                        format!("two points of the scale have the label \"{label}\""),
                        loc,
                        "used again here",
                    )
                    .note("a reader tells the points apart by their labels alone")
                    .help("give each point a label of its own");
                    if let Some(first_loc) = self.at(&format!("scale.point.{first}.label")) {
                        diagnostic = diagnostic.also(first_loc, "first used here");
                    }
                    self.push(diagnostic);
                }
                None => {
                    labels.insert(label, index);
                }
            }
        }
        let steps = &self.document.argument.steps;
        if site.condition.is_none()
            && let Some(index) = steps
                .iter()
                .position(|step| step.kind == StepKind::Condition)
            && let Some(loc) = self.at(&format!("step.{index}.kind"))
        {
            self.push(
                Diagnostic::new(
                    Code::MissingField,
                    "site.toml has no `condition`, and the argument has a condition step",
                    loc,
                    "a condition step",
                )
                .note("the map's legend has a line for a condition step, from site.toml's `condition`")
                .help("add `condition = \"…\"` to site.toml: the legend's line for a condition"),
            );
        }
        let templates: [(&str, &[&str]); 2] = [
            ("scale.tension", &["{point}"]),
            ("descriptions.shared-verdict", &["{before}", "{after}"]),
        ];
        let texts: Vec<(String, String)> = self
            .our_prose()
            .into_iter()
            .map(|(path, _, text)| (path, text.to_owned()))
            .collect();
        for (path, required) in templates {
            let Some(text) = texts
                .iter()
                .find(|(other, _)| other == path)
                .map(|(_, text)| text)
            else {
                continue;
            };
            // A misspelt placeholder is reported as unknown, below, and
            // once is enough.
            let others = required.iter().fold(text.clone(), |rest, placeholder| {
                rest.replace(placeholder, "")
            });
            if text.trim().is_empty() || is_unwritten(text) || others.contains('{') {
                continue;
            }
            for placeholder in required {
                if !text.contains(placeholder)
                    && let Some(loc) = self.at(path)
                {
                    self.push(
                        Diagnostic::new(
                            Code::MissingPlaceholder,
                            format!("this text has no `{placeholder}`"),
                            loc,
                            format!("{placeholder} is missing"),
                        )
                        .note(format!("the site puts the reader's answer where `{placeholder}` stands; without it the text says nothing of it"))
                        .help(format!("this text's placeholders are {}", required.join(" and "))),
                    );
                }
            }
        }
        for (path, text) in texts {
            let allowed = templates
                .iter()
                .find(|(template, _)| *template == path)
                .map_or(&[][..], |(_, allowed)| *allowed);
            for (start, _) in text.match_indices('{') {
                let Some(length) = text[start..].find('}') else {
                    continue;
                };
                let placeholder = &text[start..start + length + 1];
                let word = placeholder.trim_matches(['{', '}']);
                if allowed.contains(&placeholder)
                    || word.is_empty()
                    || !word.chars().all(|c| c.is_ascii_lowercase() || c == '-')
                {
                    continue;
                }
                let Some(loc) = self.within(&path, start..start + placeholder.len()) else {
                    continue;
                };
                let help = match allowed {
                    [] => "this text has no placeholders: write it out".to_owned(),
                    allowed => format!("this text's placeholders are {}", allowed.join(" and ")),
                };
                self.push(
                    Diagnostic::new(
                        Code::UnknownPlaceholder,
                        format!("`{placeholder}` is not a placeholder of this text"),
                        loc,
                        "shown as it is",
                    )
                    .help(help),
                );
            }
        }
        let short = site.short_name.chars().count();
        if short > 12
            && let Some(loc) = self.at("short-name")
        {
            self.push(
                Diagnostic::new(
                    Code::TooLong,
                    format!("the short name has {short} characters"),
                    loc,
                    "cut short under an icon",
                )
                .help("a home screen shows about 12 characters under an icon: shorten it"),
            );
        }
    }

    /// Every glossary term is used, and has something to match.
    fn glossary(&mut self) {
        for (index, hedge) in self.document.hedges.iter().enumerate() {
            let essay = self
                .document
                .essay
                .passages()
                .any(|p| p.text.to_lowercase().contains(&hedge.words.to_lowercase()));
            if !essay && let Some(loc) = self.at(&format!("hedge.{index}.words")) {
                self.push(
                    Diagnostic::new(
                        Code::HedgeNotInEssay,
                        format!("the essay does not have the words `{}`", hedge.words),
                        loc,
                        "not in the essay",
                    )
                    .help("a hedge guards words the essay hedges: give them as the essay has them"),
                );
            }
        }
        let mut texts: Vec<&str> = self
            .document
            .essay
            .passages()
            .map(|p| p.text.as_str())
            .collect();
        for step in &self.document.argument.steps {
            texts.extend([step.claim.as_str(), step.plain.as_str(), step.why.as_str()]);
        }
        for (index, term) in self.document.glossary.iter().enumerate() {
            if term.matches.is_empty() || term.matches.iter().any(|form| form.trim().is_empty()) {
                if let Some(loc) = self.at(&format!("term.{index}.matches")) {
                    self.push(
                        Diagnostic::new(
                            Code::EmptyMatch,
                            format!("term `{}` has nothing to match", term.id),
                            loc,
                            "an empty form, or none",
                        )
                        .help("list the exact forms of the term to mark: matches = [\"bus lane\", \"bus lanes\"]"),
                    );
                }
                continue;
            }
            let used = texts.iter().any(|text| {
                term.matches
                    .iter()
                    .any(|form| find_word(text, form).is_some())
            });
            if !used && let Some(loc) = self.at(&format!("term.{index}.matches")) {
                self.push(
                    Diagnostic::new(Code::UnusedTerm, format!("no text of the site uses the term `{}`", term.id), loc, "found in no passage, claim, plain or why")
                        .help("a term is marked where the essay or our prose uses it: list the form the text has, or remove the term"),
                );
            }
        }
    }
}

/// A fault of curly quotation marks in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CurlyFault {
    /// A mark without its pair: its bytes.
    Unbalanced(Range<usize>),
    /// A quotation, marks and all, that is not the essay's words.
    NotTheEssays(Range<usize>),
}

/// The faults of curly quotation marks in a text: every pair of “…” holds
/// words that stand in one of the passages, but that the first letter's case
/// may differ where a quotation starts a sentence of ours (rule 4).
pub fn curly_faults(text: &str, passages: &[&str]) -> Vec<CurlyFault> {
    let mut faults = Vec::new();
    let mut open: Option<usize> = None;
    for (at, c) in text.char_indices() {
        match c {
            '“' => {
                if let Some(start) = open {
                    faults.push(CurlyFault::Unbalanced(start..start + '“'.len_utf8()));
                }
                open = Some(at);
            }
            '”' => match open.take() {
                Some(start) => {
                    let inside = &text[start + '“'.len_utf8()..at];
                    if !is_the_essays(inside, passages) {
                        faults.push(CurlyFault::NotTheEssays(start..at + '”'.len_utf8()));
                    }
                }
                None => faults.push(CurlyFault::Unbalanced(at..at + '”'.len_utf8())),
            },
            _ => {}
        }
    }
    if let Some(start) = open {
        faults.push(CurlyFault::Unbalanced(start..start + '“'.len_utf8()));
    }
    faults
}

/// Whether words stand in one of the passages, the first letter in either case.
fn is_the_essays(words: &str, passages: &[&str]) -> bool {
    let mut chars = words.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let rest = chars.as_str();
    [
        first.to_lowercase().to_string(),
        first.to_uppercase().to_string(),
    ]
    .iter()
    .any(|first| {
        let words = format!("{first}{rest}");
        passages.iter().any(|passage| passage.contains(&words))
    })
}

/// Our sentences: a text cut after each `.`, `?` or `!` that ends a sentence
/// (followed by a space, or a closing mark and then a space, or the end),
/// each with its bytes, trimmed.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut push = |range: Range<usize>| {
        let part = &text[range.clone()];
        let lead = part.len() - part.trim_start().len();
        let trimmed = range.start + lead..range.start + lead + part.trim().len();
        if !trimmed.is_empty() {
            found.push(trimmed);
        }
    };
    for (i, &(_, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '?' | '!') {
            continue;
        }
        let mut next = i + 1;
        while chars
            .get(next)
            .is_some_and(|&(_, c)| matches!(c, '”' | ')'))
        {
            next += 1;
        }
        let end = chars.get(next).map_or(text.len(), |&(at, _)| at);
        if chars.get(next).is_none_or(|&(_, c)| c == ' ') && end > start {
            push(start..end);
            start = end;
        }
    }
    push(start..text.len());
    found
}

/// The sentences of `text` that restate what the essay hedges without the
/// hedge, each with the hedge it drops.
pub fn dropped_hedges<'h>(
    text: &str,
    hedges: &'h [crate::document::Hedge],
) -> Vec<(Range<usize>, &'h crate::document::Hedge)> {
    let mut dropped = Vec::new();
    for range in sentences(text) {
        let lower = text[range.clone()].to_lowercase();
        for hedge in hedges {
            let words = hedge.words.to_lowercase();
            if words.is_empty() {
                continue;
            }
            // Whole words only: `can` is not kept by `cannot` or `scant`.
            if find_word(&lower, &words).is_some()
                && !hedge
                    .keep
                    .iter()
                    .any(|form| find_word(&lower, &form.to_lowercase()).is_some())
            {
                dropped.push((range.clone(), hedge));
            }
        }
    }
    dropped
}

/// Where a text counts reasons ("five reasons", "5 reasons", "{n} reasons")
/// outside curly quotation marks: the essay does not count its reasons, and
/// where it does, its own words stand quoted.
pub fn counted_reasons(text: &str) -> Vec<Range<usize>> {
    let quoted = |at: usize| {
        let before = &text[..at];
        before.matches('“').count() > before.matches('”').count()
    };
    const COUNTS: [&str; 9] = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    let words: Vec<(usize, &str)> = text
        .split_whitespace()
        .map(|word| (word.as_ptr() as usize - text.as_ptr() as usize, word))
        .collect();
    words
        .windows(2)
        .filter(|pair| {
            let count = pair[0].1.to_lowercase();
            let is_count = COUNTS.contains(&count.as_str())
                || count.chars().all(|c| c.is_ascii_digit())
                || (count.starts_with('{') && count.ends_with('}'));
            is_count && pair[1].1.to_lowercase().starts_with("reasons")
        })
        .map(|pair| pair[0].0..pair[1].0 + "reasons".len())
        .filter(|range| !quoted(range.start))
        .collect()
}

/// The first sentence of a claim, as the map shows it alone.
fn gist(claim: &str) -> &str {
    claim
        .match_indices(['.', '?', '!'])
        .map(|(at, _)| at + 1)
        .find(|&end| claim[end..].starts_with(' '))
        .map_or(claim, |end| &claim[..end])
}

/// Where `word` first stands in `text` as a whole word, if anywhere.
fn find_word(text: &str, word: &str) -> Option<usize> {
    let is_word_char = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(word)
        .map(|(start, _)| start)
        .find(|&start| {
            let before = text[..start].chars().next_back();
            let after = text[start + word.len()..].chars().next();
            !is_word_char(before) && !is_word_char(after)
        })
}

/// Whether an id is a slug: lowercase letters, digits and single hyphens,
/// safe in an address or a document id as it is.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// An id made a slug, for a help line's suggestion.
fn slugify(id: &str) -> String {
    let lower: String = id
        .to_lowercase()
        .chars()
        .map(|c| {
            if c.is_ascii_lowercase() || c.is_ascii_digit() {
                c
            } else {
                '-'
            }
        })
        .collect();
    let parts: Vec<&str> = lower.split('-').filter(|part| !part.is_empty()).collect();
    parts.join("-")
}

/// A text as a TOML string's body: its quotation marks and backslashes escaped.
fn escape(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', " ")
}

/// Where two texts that differ only in their spacing first differ, as a
/// byte offset in each.
fn first_difference(essay: &str, quote: &str) -> (usize, usize) {
    let mut essay_chars = essay.char_indices().peekable();
    let mut quote_chars = quote.char_indices().peekable();
    loop {
        match (essay_chars.peek().copied(), quote_chars.peek().copied()) {
            (Some((e_at, e)), Some((q_at, q))) if e != q => return (e_at, q_at),
            (Some(_), Some(_)) => {
                essay_chars.next();
                quote_chars.next();
            }
            (Some((e_at, _)), None) => return (e_at, quote.len()),
            (None, Some((q_at, _))) => return (essay.len(), q_at),
            (None, None) => return (essay.len(), quote.len()),
        }
    }
}

/// Where the essay's words and a quote's differ only in marks that look
/// alike (a straight apostrophe and a curly one, a hyphen and a dash), the
/// two first marks that differ, named.
fn marks_differ(essay: &str, quote: &str) -> Option<(&'static str, &'static str)> {
    let name = |c: char| match c {
        '\'' => Some("a straight apostrophe `'`"),
        '’' => Some("a curly apostrophe `’`"),
        '‘' => Some("an opening curly single quotation mark `‘`"),
        '"' => Some("a straight quotation mark `\"`"),
        '“' => Some("an opening curly quotation mark `“`"),
        '”' => Some("a closing curly quotation mark `”`"),
        '-' => Some("a hyphen `-`"),
        '–' => Some("an en dash `–`"),
        '—' => Some("an em dash `—`"),
        _ => None,
    };
    if essay.chars().count() != quote.chars().count() {
        return None;
    }
    let mut first = None;
    for (e, q) in essay.chars().zip(quote.chars()) {
        if e == q {
            continue;
        }
        let (Some(e), Some(q)) = (name(e), name(q)) else {
            return None;
        };
        first.get_or_insert((e, q));
    }
    first
}

/// "1 place", "3 places".
fn plural(n: usize, what: &str) -> String {
    match n {
        1 => format!("1 {what}"),
        n => format!("{n} {what}s"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hedge_is_kept_by_a_whole_word_only() {
        let hedges = [crate::document::Hedge {
            words: "harder to tell".to_owned(),
            keep: vec!["can".to_owned()],
        }];
        let dropped = |text: &str| dropped_hedges(text, &hedges).len();
        assert_eq!(dropped("It says a uniform can make it harder to tell."), 0);
        assert_eq!(dropped("It CAN make it Harder to tell."), 0);
        assert_eq!(
            dropped("It makes it harder to tell, which families who cannot pay like."),
            1
        );
        assert_eq!(dropped("It makes it harder to tell, on scant evidence."), 1);
        assert_eq!(dropped("It makes it harder to telling."), 0);
    }

    #[test]
    fn sentences_are_cut_where_they_end() {
        let text = "One, “two.” Three (four.) Five? Six 2(3) seven!";
        let cut: Vec<&str> = sentences(text)
            .into_iter()
            .map(|range| &text[range])
            .collect();
        assert_eq!(
            cut,
            ["One, “two.”", "Three (four.)", "Five?", "Six 2(3) seven!"]
        );
    }

    #[test]
    fn curly_quotes_hold_the_essays_words_alone() {
        let essay = ["Old rivals kept talking."];
        assert!(curly_faults("It says “old rivals” did.", &essay).is_empty());
        assert_eq!(
            curly_faults("It says “rivals talked”.", &essay),
            [CurlyFault::NotTheEssays(8..27)]
        );
        assert_eq!(curly_faults("a “b", &essay), [CurlyFault::Unbalanced(2..5)]);
    }

    #[test]
    fn counts_of_reasons_are_found() {
        let text = "The essay's five reasons, and {n} reasons, but not reasonable.";
        let found: Vec<&str> = counted_reasons(text)
            .into_iter()
            .map(|range| &text[range])
            .collect();
        assert_eq!(found, ["five reasons", "{n} reasons"]);
        let quoted = "It says “there are two reasons for free buses”, then two reasons more.";
        let found: Vec<&str> = counted_reasons(quoted)
            .into_iter()
            .map(|range| &quoted[range])
            .collect();
        assert_eq!(found, ["two reasons"], "only the count outside the quote");
        assert_eq!(
            counted_reasons(quoted)[0].start,
            quoted.find("two reasons more").unwrap()
        );
    }

    #[test]
    fn slugs() {
        for good in ["a", "cold-war", "step-2"] {
            assert!(is_slug(good), "{good}");
        }
        for bad in ["", "-a", "a-", "a--b", "A", "a b", "a/b", "é"] {
            assert!(!is_slug(bad), "{bad}");
        }
        assert_eq!(slugify("Cold War!"), "cold-war");
    }
}
