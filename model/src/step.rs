//! One step of the argument: its id, the part it plays, the essay's words
//! for it (held apart from ours), and the sections it shows.

use std::borrow::{Borrow, Cow};
use std::cmp::Ordering;
use std::fmt;
use std::ops::Deref;

use super::page_id;
use super::point::Point;
use super::section::SectionKind;
use super::site::{Site, capitalised};

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
    /// What the essay grants before it answers: facts that might point the
    /// other way from its answer. It is not an argument the essay makes.
    Concession,
    /// A reason the essay gives toward the outcome the question asks about.
    ReasonFor,
    /// A reason the essay gives against the outcome.
    ReasonAgainst,
    /// The essay's answer.
    Conclusion,
    /// What would change the answer.
    Condition,
}

impl StepKind {
    /// Whether the reader is asked to judge a step of this kind: a reason,
    /// or what the essay concedes.
    pub fn is_judged(self) -> bool {
        matches!(
            self,
            StepKind::Concession | StepKind::ReasonFor | StepKind::ReasonAgainst
        )
    }

    /// Which way a step of this kind points, where the essay's answer stands
    /// at `answer`: a reason the way it names, a concession opposite to the
    /// answer (none where the answer stands at the scale's middle, which
    /// loading the content refuses); `None` for the steps not judged.
    pub fn direction(self, answer: Point) -> Option<Direction> {
        match self {
            StepKind::ReasonFor => Some(Direction::Toward),
            StepKind::ReasonAgainst => Some(Direction::Against),
            StepKind::Concession => Direction::of_point(answer).map(Direction::opposite),
            StepKind::Question
            | StepKind::Definition
            | StepKind::Conclusion
            | StepKind::Condition => None,
        }
    }
}

/// Which way a judged step points on the essay's question: toward the
/// outcome it asks about, or against it (the content names both,
/// `[directions]` in `content/site.toml`). A reader's answers on steps
/// pointing opposite ways are never added up together.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// The step makes the outcome seem more probable, or more right.
    Toward,
    /// The step makes it seem less so.
    Against,
}

impl Direction {
    /// Which side of the scale's middle a point stands on: toward the
    /// outcome, against it, or neither (the middle).
    pub fn of_point(point: Point) -> Option<Direction> {
        match point.cmp(&Point::Middle) {
            Ordering::Less => Some(Direction::Against),
            Ordering::Equal => None,
            Ordering::Greater => Some(Direction::Toward),
        }
    }

    /// The direction as a phrase that follows "reasons" or "point", as the
    /// content words it.
    pub fn phrase(self) -> &'static str {
        let directions = &Site::embedded().directions;
        match self {
            Direction::Toward => directions.toward,
            Direction::Against => directions.against,
        }
    }

    /// The direction in words, as a label: the phrase, capitalised.
    pub fn label(self) -> String {
        capitalised(self.phrase())
    }

    /// The preposition that puts the direction before the outcome
    /// ("against" and the outcome).
    pub fn preposition(self) -> &'static str {
        match self {
            Direction::Toward => "toward",
            Direction::Against => "against",
        }
    }

    /// The other way.
    pub fn opposite(self) -> Direction {
        match self {
            Direction::Toward => Direction::Against,
            Direction::Against => Direction::Toward,
        }
    }

    /// A short, stable name, used as a CSS class.
    pub fn slug(self) -> &'static str {
        match self {
            Direction::Toward => "toward",
            Direction::Against => "against",
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
        let judged = self.kind.is_judged();
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
        for kind in [
            StepKind::ReasonFor,
            StepKind::ReasonAgainst,
            StepKind::Concession,
        ] {
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

    #[test]
    fn the_middle_leans_neither_way() {
        assert_eq!(Direction::of_point(Point::Low), Some(Direction::Against));
        assert_eq!(Direction::of_point(Point::Middle), None);
        assert_eq!(Direction::of_point(Point::Highest), Some(Direction::Toward));
    }

    #[test]
    fn a_concession_points_opposite_to_the_essays_answer() {
        let concession = StepKind::Concession;
        assert_eq!(concession.direction(Point::Low), Some(Direction::Toward));
        assert_eq!(
            concession.direction(Point::Highest),
            Some(Direction::Against)
        );
        assert_eq!(concession.direction(Point::Middle), None);
        for answer in Point::ALL {
            assert_eq!(
                StepKind::ReasonFor.direction(answer),
                Some(Direction::Toward)
            );
            assert_eq!(
                StepKind::ReasonAgainst.direction(answer),
                Some(Direction::Against)
            );
            assert_eq!(StepKind::Condition.direction(answer), None);
        }
    }
}
