//! One step of the argument: its id, the part it plays, the essay's words
//! for it (held apart from ours), and the sections it shows.

use std::borrow::{Borrow, Cow};
use std::fmt;
use std::ops::Deref;

use super::page_id;
use super::section::SectionKind;

/// A step's id, its slug in the address (`/step/<id>/`): lowercase letters,
/// digits and single hyphens, which the build's check of the content
/// ensures. An address gives one only where it holds a slug (the route says
/// what else it held). An id read from an address or from storage may name
/// no step; the argument says ([`super::Argument::index_of`]). The content's
/// own ids are the build's statics; one read at run time is held as its own.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct StepId(Cow<'static, str>);

impl StepId {
    /// The id of a step of the content the build embedded.
    pub const fn of_content(id: &'static str) -> StepId {
        StepId(Cow::Borrowed(id))
    }
}

impl Deref for StepId {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for StepId {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl From<&str> for StepId {
    fn from(id: &str) -> StepId {
        StepId(Cow::Owned(id.to_owned()))
    }
}

impl fmt::Display for StepId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What part a step plays in the essay's argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepKind {
    /// The question the essay asks.
    Question,
    /// What the essay's key term means.
    Definition,
    /// What the essay grants before it answers: the facts that might make
    /// the outcome seem possible. It is not an argument the essay makes.
    Concession,
    /// A reason the essay gives against the outcome.
    ReasonAgainst,
    /// The essay's answer.
    Conclusion,
    /// What would change the answer.
    Condition,
}

impl StepKind {
    /// Which way a step of this kind points: toward a full break or against
    /// one, for the steps the reader is asked to judge; `None` for the rest.
    pub fn direction(self) -> Option<Direction> {
        match self {
            StepKind::Concession => Some(Direction::TowardBreak),
            StepKind::ReasonAgainst => Some(Direction::AgainstBreak),
            StepKind::Question
            | StepKind::Definition
            | StepKind::Conclusion
            | StepKind::Condition => None,
        }
    }
}

/// Which way a step points on the essay's question, whether all relations will
/// be closed: what the essay concedes points toward a break, its reasons point
/// against one. A reader's answers on steps pointing opposite ways are never
/// added up together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// The step makes a full break seem more possible.
    TowardBreak,
    /// The step makes a full break seem less likely.
    AgainstBreak,
}

impl Direction {
    /// Both directions, as the verdict sets them out: the essay's reasons
    /// first, then what it concedes.
    pub const ALL: [Direction; 2] = [Direction::AgainstBreak, Direction::TowardBreak];

    /// The direction in words.
    pub fn label(self) -> &'static str {
        match self {
            Direction::TowardBreak => "Toward a break",
            Direction::AgainstBreak => "Against a break",
        }
    }

    /// The heading over the steps pointing this way, with how many there
    /// are. The number is of our steps: the essay does not count its
    /// reasons.
    pub fn heading(self, steps: usize) -> String {
        let steps = match steps {
            1 => "1 step".to_owned(),
            n => format!("{n} steps"),
        };
        match self {
            Direction::AgainstBreak => format!("The essay's reasons against a break ({steps})"),
            Direction::TowardBreak => format!("What the essay concedes ({steps})"),
        }
    }

    /// A short, stable name, used as a CSS class.
    pub fn slug(self) -> &'static str {
        match self {
            Direction::TowardBreak => "toward",
            Direction::AgainstBreak => "against",
        }
    }
}

/// Words quoted verbatim from one passage of the essay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    /// The id of the passage the words come from (`title`, `p1`, …).
    pub passage: &'static str,
    /// The words, exactly as they stand in that passage.
    pub text: &'static str,
}

/// A piece of evidence the essay offers: its words, and our note on what
/// kind of evidence it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Evidence {
    /// The id of the passage the words come from.
    pub passage: &'static str,
    /// The words, exactly as they stand in that passage.
    pub text: &'static str,
    /// Our note on the evidence; never shown as the essay's words.
    pub note: &'static str,
}

impl Evidence {
    /// The most words of the evidence a citation shows.
    pub const CITED_WORDS: usize = 8;

    /// The evidence's opening words, verbatim, for a citation of it: at most
    /// [`Evidence::CITED_WORDS`] words, and whether the text goes on after
    /// them. The step quotes the whole text already, so it is cited, not
    /// repeated.
    pub fn opening(&self) -> (&str, bool) {
        match self.text.split_whitespace().nth(Self::CITED_WORDS) {
            Some(next) => {
                let end = next.as_ptr() as usize - self.text.as_ptr() as usize;
                (self.text[..end].trim_end(), true)
            }
            None => (self.text, false),
        }
    }
}

/// An earlier step this one replies to, as the essay itself turns to it:
/// "However, despite this deterioration" answers what the essay conceded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    /// The step replied to; it comes before this one.
    pub step: StepId,
    /// The essay's words that make the reply, verbatim in one of this step's
    /// quotes.
    pub words: &'static str,
}

/// One step of the argument.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// The step's id, used in its URL (`/step/<id>`).
    pub id: StepId,
    /// The part the step plays in the argument.
    pub kind: StepKind,
    /// A short title.
    pub title: &'static str,
    /// The step's claim in one or two plain sentences (ours).
    pub claim: &'static str,
    /// The essay's own words for this step.
    pub quotes: &'static [Quote],
    /// The claim explained in plain words (ours).
    pub plain: &'static str,
    /// Why the step matters to the argument (ours).
    pub why: &'static str,
    /// The evidence the essay offers for this step, if any.
    pub evidence: &'static [Evidence],
    /// The step's probes: the questions a careful reader would ask of it
    /// (ours). The content calls them `questions`, as its readers do; a
    /// query is only ever the address's.
    pub probes: &'static [&'static str],
    /// The earlier step this one replies to, where the essay's words make
    /// the reply.
    pub replies_to: Option<Reply>,
}

impl Step {
    /// The step's own prose (ours), where a page marks glossary terms, in
    /// the order a page shows it, each with its place. Quotations are left
    /// out: marks inside the essay's words break up a screen reader's
    /// reading of them.
    pub fn prose(&self) -> [(String, &str); 3] {
        [
            (page_id::claim_place(&self.id), self.claim),
            (
                page_id::section_place(&self.id, SectionKind::Plain, 0),
                self.plain,
            ),
            (
                page_id::section_place(&self.id, SectionKind::Why, 0),
                self.why,
            ),
        ]
    }

    /// The first sentence of the step's claim, for where only one line fits
    /// (the argument map).
    pub fn gist(&self) -> &str {
        self.claim
            .match_indices(['.', '?', '!'])
            .map(|(at, _)| at + 1)
            .find(|&end| self.claim[end..].starts_with(' '))
            .map_or(self.claim, |end| &self.claim[..end])
    }

    /// Every passage id and text the step quotes from the essay: its quotes,
    /// then its evidence.
    pub fn cited(&self) -> impl Iterator<Item = (&str, &str)> {
        let quotes = self.quotes.iter().map(|q| (q.passage, q.text));
        quotes.chain(self.evidence.iter().map(|e| (e.passage, e.text)))
    }

    /// The sections this step has, in display order: every kind, less the
    /// evidence where the essay offers none for this step.
    pub fn sections(&self) -> impl Iterator<Item = SectionKind> + '_ {
        SectionKind::ALL
            .into_iter()
            .filter(|&kind| kind != SectionKind::Evidence || !self.evidence.is_empty())
    }

    /// The sections the step's own page shows. A judged step's evidence
    /// stands beside the reader's judgement instead, where it helps them
    /// answer, so it is not said twice; the whole-argument page, which asks
    /// nothing, shows every section ([`Step::sections`]).
    pub fn page_sections(&self) -> impl Iterator<Item = SectionKind> + '_ {
        let judged = self.kind.direction().is_some();
        self.sections()
            .filter(move |&kind| !(judged && kind == SectionKind::Evidence))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evidence_is_cited_by_its_opening_words() {
        let evidence = |text: &'static str| Evidence {
            passage: "p1",
            text,
            note: "N",
        };
        let long = evidence("One two three four five six seven eight nine ten.");
        assert_eq!(
            long.opening(),
            ("One two three four five six seven eight", true)
        );
        let short = evidence("Just  four words here.");
        assert_eq!(short.opening(), ("Just  four words here.", false));
    }

    #[test]
    fn a_judged_steps_page_shows_its_evidence_beside_the_judgement_instead() {
        let step = |kind: StepKind| Step {
            id: "a".into(),
            kind,
            title: "T",
            claim: "C.",
            quotes: &[],
            plain: "P",
            why: "W",
            evidence: &[Evidence {
                passage: "p1",
                text: "T",
                note: "N",
            }],
            probes: &[],
            replies_to: None,
        };
        for kind in [StepKind::ReasonAgainst, StepKind::Concession] {
            let judged = step(kind);
            assert!(judged.sections().any(|k| k == SectionKind::Evidence));
            assert!(!judged.page_sections().any(|k| k == SectionKind::Evidence));
        }
        let definition = step(StepKind::Definition);
        assert!(definition.page_sections().eq(definition.sections()));
        assert!(
            definition
                .page_sections()
                .any(|k| k == SectionKind::Evidence)
        );
    }

    #[test]
    fn a_gist_is_the_claims_first_sentence() {
        let gist = |claim: &'static str| {
            let step = Step {
                id: "a".into(),
                kind: StepKind::ReasonAgainst,
                title: "T",
                claim,
                quotes: &[],
                plain: "P",
                why: "W",
                evidence: &[],
                probes: &[],
                replies_to: None,
            };
            step.gist().to_owned()
        };
        assert_eq!(gist("One. Two."), "One.");
        assert_eq!(gist("Could it? It could."), "Could it?");
        assert_eq!(gist("No end"), "No end");
        assert_eq!(gist("A 1.5 rise. Then more."), "A 1.5 rise.");
    }
}
