//! Everything the explainer shows, loaded and checked as one: the essay,
//! the argument over it, its map and the glossary; and what the pages need
//! of them together (the essay cut into runs by the steps' quotes, where
//! each page marks its glossary terms).

use std::fmt;

use super::format::Format;
use super::glossary::{FirstUses, TermIndex};
use super::site::{SITE_FILE, Site};
use super::{
    Argument, ArgumentMap, Essay, Glossary, Passage, Step, StepIndex, argument, essay, glossary,
    page_id, tree,
};

/// The essay's source file, relative to the crate root.
pub const ESSAY_FILE: &str = "content/essay.txt";
/// The argument map's source file, relative to the crate root.
pub const ARGUMENT_FILE: &str = "content/argument.toml";
/// The glossary's source file, relative to the crate root.
pub const GLOSSARY_FILE: &str = "content/glossary.toml";

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
}

/// A run of a passage of the essay, as the essay page shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EssayRun<'a> {
    /// The words, verbatim.
    pub text: &'a str,
    /// The step and quote these words are, if a step quotes them.
    pub quote: Option<(StepIndex, usize)>,
}

impl Content {
    /// Parses and checks the content files embedded in the build: the site
    /// first, whose scale the argument's answer names a point of.
    pub fn load() -> Result<Content, ContentError> {
        Site::load().map_err(|message| ContentError {
            file: SITE_FILE,
            message: message.to_owned(),
        })?;
        Content::read::<tree::Embedded>(
            include_str!("../../content/essay.txt"),
            &tree::ARGUMENT,
            &tree::GLOSSARY,
        )
    }

    /// Parses and checks content: the essay's text, and the argument map and
    /// the glossary in a [`Format`].
    pub fn read<F: Format>(
        essay: &str,
        argument: &F::Source,
        glossary: &F::Source,
    ) -> Result<Content, ContentError> {
        let essay = essay::parse_essay(essay).map_err(|message| ContentError {
            file: ESSAY_FILE,
            message,
        })?;
        let argument =
            argument::parse_argument::<F>(argument, &essay).map_err(|message| ContentError {
                file: ARGUMENT_FILE,
                message,
            })?;
        let glossary = glossary::parse_glossary::<F>(glossary).map_err(|message| ContentError {
            file: GLOSSARY_FILE,
            message,
        })?;
        Ok(Content {
            map: ArgumentMap::of(&argument),
            essay,
            argument,
            glossary,
        })
    }

    /// A passage of the essay cut into runs: the words no step quotes, and
    /// each quote with the step and quote it belongs to. The runs join up to
    /// the passage's text exactly. (Quotes never overlap; loading checks it.)
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
        let text = &*passage.text;
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
            let quotes = step.quotes.iter().map(|quote| &*quote.text);
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
                runs.map(|(index, run)| (page_id::run_place(&passage.id, index), run.text))
            }))
    }
}

#[cfg(test)]
mod tests {
    use crate::fixture;

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
