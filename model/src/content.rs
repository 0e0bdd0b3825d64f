//! Everything the explainer shows, as the build checked and embedded it:
//! the essay, the argument over it, its map and the glossary; and what the
//! pages need of them together (the essay cut into runs by the steps' quotes,
//! where each page marks its terms).
//!
//! `model/build.rs` has `check` read and check the content folder, and
//! writes it out as Rust (`check::bake`) that builds these types: the app
//! reads them as they are, with no parser and no checker in the WebAssembly.

use std::sync::LazyLock;

use super::glossary::{FirstUses, TermIndex};
use super::site::Site;
use super::{Argument, ArgumentMap, Essay, Glossary, Passage, Step, StepIndex, argument, page_id};

/// The essay's source file, relative to the crate root.
pub const ESSAY_FILE: &str = "content/essay.txt";

/// Everything the explainer shows: the essay, the argument over it, and the
/// glossary of terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Content {
    /// The essay, verbatim.
    pub essay: Essay,
    /// The steps of its argument.
    pub argument: Argument,
    /// How the steps relate, derived from the argument.
    pub map: ArgumentMap,
    /// Terms a reader may not know, with our definitions.
    pub glossary: Glossary,
    /// What every key of the reader's state in browser storage begins
    /// with, from the site's name ([`Content::storage_key`]).
    pub namespace: &'static str,
}

/// The content files as the build wrote them out (`check::bake`): all of
/// [`Content`] but what is derived from them, and the site's words.
pub(crate) struct Baked {
    /// The essay.
    pub(crate) essay: Essay,
    /// The argument.
    pub(crate) argument: Argument,
    /// The glossary.
    pub(crate) glossary: Glossary,
    /// The site's words ([`Site::embedded`]).
    pub(crate) site: Site,
    /// The namespace of the storage keys: the site's name in lower case,
    /// each run of what is not a letter or digit one hyphen.
    pub(crate) namespace: &'static str,
}

/// The content folder the build checked (`content/`, or `CONTENT_DIR`).
static BAKED: Baked = include!(concat!(env!("OUT_DIR"), "/content.rs"));

impl Site {
    /// The site's words the build checked and embedded (`content/site.toml`,
    /// or the `CONTENT_DIR` folder's). Defined here, beside the static, so
    /// that the site's module, which the steps and the scale import, imports
    /// nothing of the content's.
    pub fn embedded() -> &'static Site {
        &BAKED.site
    }
}

/// The content, with its map worked out on first use.
static CONTENT: LazyLock<Content> = LazyLock::new(|| Content::of(&BAKED));

/// A run of a passage of the essay, as the essay page shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EssayRun<'a> {
    /// The words, verbatim.
    pub text: &'a str,
    /// The step and quote these words are, if a step quotes them.
    pub quote: Option<(StepIndex, usize)>,
}

impl Content {
    /// The content the build checked and embedded.
    pub fn get() -> &'static Content {
        &CONTENT
    }

    /// The content of files the build wrote out, with what is derived from
    /// them.
    pub(crate) fn of(baked: &Baked) -> Content {
        Content {
            essay: baked.essay,
            argument: baked.argument,
            map: ArgumentMap::of(&baked.argument),
            glossary: baked.glossary,
            namespace: baked.namespace,
        }
    }

    /// The key the state called `name` is stored under in the browser
    /// (localStorage's): `<namespace>.<name>`, such as
    /// `russia-and-the-west-an-explainer.reader`. Storage is shared by every
    /// page of an origin, so each essay's explainer keeps its own keys (its
    /// site's name, in [`Content::namespace`]), and two explainers of
    /// different essays on one origin never read each other's state; the
    /// same essay at two addresses shares it. Every key is made here.
    pub fn storage_key(&self, name: &str) -> String {
        format!("{}.{name}", self.namespace)
    }

    /// A passage of the essay cut into runs: the words no step quotes, and
    /// each quote with the step and quote it belongs to. The runs join up to
    /// the passage's text exactly. (Quotes never overlap; the build checks it.)
    pub fn essay_runs<'a>(&self, passage: &'a Passage) -> Vec<EssayRun<'a>> {
        let mut quotes: Vec<(std::ops::Range<usize>, (StepIndex, usize))> = Vec::new();
        for (step_index, step) in self.argument.indexed() {
            for (quote_index, quote) in step.quotes.iter().enumerate() {
                if quote.passage != passage.id {
                    continue;
                }
                if let Some(span) = argument::quote_span(&self.essay, quote) {
                    quotes.push((span, (step_index, quote_index)));
                }
            }
        }
        quotes.sort_by_key(|(span, _)| span.start);
        let text = passage.text;
        let mut runs = Vec::new();
        let mut at = 0;
        for (span, quote) in quotes {
            if span.start > at {
                runs.push(EssayRun {
                    text: &text[at..span.start],
                    quote: None,
                });
            }
            runs.push(EssayRun {
                text: &text[span.clone()],
                quote: Some(quote),
            });
            at = span.end;
        }
        if at < text.len() {
            runs.push(EssayRun {
                text: &text[at..],
                quote: None,
            });
        }
        runs
    }

    /// Where a step's page marks each glossary term: at its first use in the
    /// step's own prose (never inside the essay's words).
    pub fn step_first_uses(&self, index: StepIndex) -> FirstUses {
        self.glossary.first_uses(self.argument[index].prose())
    }

    /// Where a step stands, as the whole argument and its preview card say it
    /// above the step's title: "Step 3 of 10 · Reason 1 of 5" and the
    /// direction in the content's words.
    pub fn where_it_stands(&self, index: StepIndex) -> String {
        let position = self.argument.position(index);
        match self.map.role(index) {
            Some(role) => format!("{position} · {role}"),
            None => position,
        }
    }

    /// The steps that use the glossary's term, in their prose or their
    /// quotations of the essay, in reading order.
    pub fn steps_using(&self, term: TermIndex) -> Vec<StepIndex> {
        let uses = |step: &Step| {
            let prose = step.prose().into_iter().map(|(_, text)| text);
            let quotes = step.quotes.iter().map(|quote| quote.text);
            prose
                .chain(quotes)
                .any(|text| self.glossary.is_used_in(term, text))
        };
        let steps = self.argument.indexed();
        steps
            .filter(|(_, step)| uses(step))
            .map(|(index, _)| index)
            .collect()
    }

    /// Where the whole-argument page marks each term: at its first use in
    /// the prose of all the steps, in order.
    pub fn argument_first_uses(&self) -> FirstUses {
        let steps = self.argument.steps().iter();
        self.glossary.first_uses(steps.flat_map(Step::prose))
    }

    /// Where the essay page marks each term: at its first use in the essay.
    pub fn essay_first_uses(&self) -> FirstUses {
        self.glossary
            .first_uses(self.essay.passages().flat_map(|passage| {
                let runs = self.essay_runs(passage).into_iter().enumerate();
                runs.map(|(index, run)| (page_id::run_place(passage.id, index), run.text))
            }))
    }
}

#[cfg(test)]
mod tests {
    use crate::{Content, Progress, Saved, fixture};

    #[test]
    fn each_essays_explainer_stores_under_keys_of_its_own() {
        // The fixture's essay and the shipped one differ: so do their keys.
        let fixture = fixture::content();
        let shipped = Content::get();
        assert_eq!(
            fixture.storage_key("reader"),
            "will-they-part-an-explainer.reader"
        );
        assert_ne!(fixture.storage_key("reader"), shipped.storage_key("reader"));
        assert_ne!(
            fixture.storage_key("answers"),
            shipped.storage_key("answers")
        );
        // The same content gives the same key every time, and the saved
        // states' keys are the shipped content's.
        assert_eq!(shipped.storage_key("reader"), shipped.storage_key("reader"));
        assert_eq!(Progress::key(), shipped.storage_key("reader"));
        assert!(Progress::key().starts_with(&format!("{}.", shipped.namespace)));
    }

    #[test]
    fn a_step_says_where_it_stands_and_the_part_it_plays() {
        let content = fixture::content();
        let at = |id: &str| content.where_it_stands(content.argument.index_of(id).unwrap());
        assert_eq!(at("rivals"), "Step 3 of 6 · Reason 1 of 2 against a break");
        assert_eq!(at("question"), "Step 1 of 6");
    }

    #[test]
    fn a_term_is_used_by_the_steps_that_quote_or_say_it() {
        let content = fixture::content();
        let (rival, _) = content.glossary.indexed().next().unwrap();
        let used: Vec<&str> = content
            .steps_using(rival)
            .into_iter()
            .map(|index| &*content.argument[index].id)
            .collect();
        assert_eq!(used, ["rivals"]);
    }

    #[test]
    fn the_essay_page_ties_each_quote_to_its_step() {
        let content = fixture::content();
        let passage = content.essay.passage("p2").unwrap();
        let runs: Vec<(&str, Option<&str>)> = content
            .essay_runs(passage)
            .into_iter()
            .map(|run| {
                (
                    run.text,
                    run.quote.map(|(step, _)| &*content.argument[step].id),
                )
            })
            .collect();
        assert_eq!(
            runs,
            [
                ("Old rivals kept talking.", Some("rivals")),
                (" ", None),
                ("Trade still binds them.", Some("trade")),
            ]
        );
    }
}
