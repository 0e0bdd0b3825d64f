//! The argument: the steps a reader walks through, in the essay's reading
//! order, and the essay's answer, as the build checked and embedded them.

use std::ops::Index;

use super::essay::Essay;
use super::point::Point;
use super::step::{Direction, Quote, Step, StepKind};

/// Where a step stands in the argument. Only the [`Argument`] makes one, and
/// the content never changes once loaded, so an index always names a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct StepIndex(usize);

impl StepIndex {
    /// The step's number as a reader counts, from 1.
    pub fn number(self) -> usize {
        self.0 + 1
    }

    /// This step and every step after it up to `last`, in reading order;
    /// none if `last` comes before it. Every step between two steps of an
    /// argument is one of its steps too.
    pub fn through(self, last: StepIndex) -> impl Iterator<Item = StepIndex> {
        (self.0..=last.0).map(StepIndex)
    }
}

/// The essay's own answer to its question: where it falls on the scale the
/// reader answers on (our placing of it), and the essay's words for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EssayAnswer {
    /// The point of the reader's scale the essay's answer stands at.
    pub point: Point,
    /// The essay's words for its answer, verbatim.
    pub words: &'static [Quote],
}

/// The essay's provenance: what its source tells of it beyond its words,
/// where it was published, and its author and its date where the source
/// gives them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Provenance {
    /// Where the essay was published, as a page says it after "published
    /// on": "a blog".
    pub published_on: &'static str,
    /// The author the source names; `None` where it names none.
    pub author: Option<&'static str>,
    /// The date the source gives the essay; `None` where it gives none.
    pub date: Option<&'static str>,
    /// A sentence on what of the source the essay page leaves out; `None`
    /// where it leaves nothing out.
    pub left_out: Option<&'static str>,
}

impl Provenance {
    /// Who wrote the essay and when, as far as its source says, in a
    /// sentence of ours about the essay as published.
    pub fn credit(&self) -> String {
        match (&self.author, &self.date) {
            (None, None) => "It names no author and gives no date.".to_owned(),
            (Some(author), None) => format!("It names its author, {author}, and gives no date."),
            (None, Some(date)) => format!("It names no author, and is dated {date}."),
            (Some(author), Some(date)) => {
                format!("It names its author, {author}, and is dated {date}.")
            }
        }
    }
}

/// The whole argument: its steps in the essay's reading order, the essay's
/// answer, and its provenance. The build writes it (`check::bake`), having
/// checked it: there are steps, their ids are unique slugs, every reply
/// names an earlier step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Argument {
    pub(crate) steps: &'static [Step],
    pub(crate) answer: EssayAnswer,
    pub(crate) provenance: Provenance,
}

impl Argument {
    /// The steps in reading order.
    pub fn steps(&self) -> &'static [Step] {
        self.steps
    }

    /// The essay's own answer to its question.
    pub fn answer(&self) -> &EssayAnswer {
        &self.answer
    }

    /// The essay's provenance: where it was published, its author, its
    /// date.
    pub fn provenance(&self) -> &Provenance {
        &self.provenance
    }

    /// Each step with its index, in reading order.
    pub fn indexed(&self) -> impl Iterator<Item = (StepIndex, &Step)> {
        self.steps
            .iter()
            .enumerate()
            .map(|(index, step)| (StepIndex(index), step))
    }

    /// The first step.
    pub fn first(&self) -> StepIndex {
        StepIndex(0)
    }

    /// The step `by` places after (or, negative, before) this one, if there
    /// is one.
    pub fn offset(&self, index: StepIndex, by: isize) -> Option<StepIndex> {
        let to = index.0.checked_add_signed(by)?;
        (to < self.steps.len()).then_some(StepIndex(to))
    }

    /// Where the step with this id stands.
    pub fn index_of(&self, id: &str) -> Option<StepIndex> {
        self.steps
            .iter()
            .position(|step| &*step.id == id)
            .map(StepIndex)
    }

    /// The step with this id.
    pub fn step(&self, id: &str) -> Option<&Step> {
        self.index_of(id).map(|index| &self[index])
    }

    /// Whether a step with this id exists.
    pub fn contains(&self, id: &str) -> bool {
        self.index_of(id).is_some()
    }

    /// Whether the step with this id is one the reader judges (whether it
    /// convinces them, and its weight): a reason, or what the essay concedes
    /// (see [`super::StepKind::is_judged`]).
    pub fn is_judged(&self, id: &str) -> bool {
        self.step(id).is_some_and(|step| step.kind.is_judged())
    }

    /// Which way a step of this kind points in this argument, where a
    /// concession points opposite to the essay's answer (see
    /// [`super::StepKind::direction`]); `None` for the steps not judged.
    pub fn direction(&self, kind: StepKind) -> Option<Direction> {
        kind.direction(self.answer.point)
    }
}

/// How a step is named to the reader: the four ways below, each made in
/// one place. In the middle of a sentence, each starts with [`in_sentence`].
impl Argument {
    /// A step's position among the steps, as its page says it above its
    /// title: "Step 3 of 10".
    pub fn position(&self, index: StepIndex) -> String {
        format!("Step {} of {}", index.number(), self.steps.len())
    }

    /// A step's position and its title, as its page's title (the tab, the
    /// preview) and the start page's "Welcome back" say them: "Step 3 of 10:
    /// The precedent of history".
    pub fn position_and_title(&self, index: StepIndex) -> String {
        format!("{}: {}", self.position(index), self[index].title)
    }

    /// A step's label, its number and title, as a heading, a link, a list or
    /// a table names the step: "Step 3: The precedent of history".
    pub fn label(&self, index: StepIndex) -> String {
        format!("Step {}: {}", index.number(), self[index].title)
    }

    /// A step named within a sentence of ours, its title in brackets, so
    /// that a comma or a colon of the title is never read as the sentence's:
    /// "Step 4 (What the essay grants, in its words) divided the
    /// class", "Step 4 (…): does this convince you?".
    pub fn label_in_prose(&self, index: StepIndex) -> String {
        format!("Step {} ({})", index.number(), self[index].title)
    }
}

/// A step's name as it reads inside a sentence, "step" in lower case: "Go
/// to step 3: The precedent of history".
pub fn in_sentence(name: &str) -> String {
    match name.strip_prefix("Step ") {
        Some(rest) => format!("step {rest}"),
        None => name.to_owned(),
    }
}

impl Index<StepIndex> for Argument {
    type Output = Step;

    fn index(&self, index: StepIndex) -> &Step {
        &self.steps[index.0]
    }
}

/// Where a quote stands in its passage, as a byte range.
pub fn quote_span(essay: &Essay, quote: &Quote) -> Option<std::ops::Range<usize>> {
    let passage = essay.passage(quote.passage)?;
    let start = passage.text.find(quote.text)?;
    Some(start..start + quote.text.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;
    use crate::section::SectionKind;
    use crate::step::{Evidence, StepId, StepKind};

    #[test]
    fn a_step_is_named_by_its_position_or_its_label() {
        let argument = fixture::content().argument;
        let third = argument
            .index_of("rivals")
            .expect("the fixture's third step");
        assert_eq!(argument.position(third), "Step 3 of 6");
        assert_eq!(
            argument.position_and_title(third),
            "Step 3 of 6: Title of rivals"
        );
        assert_eq!(argument.label(third), "Step 3: Title of rivals");
        assert_eq!(argument.label_in_prose(third), "Step 3 (Title of rivals)");
        assert_eq!(
            in_sentence(&argument.label(third)),
            "step 3: Title of rivals"
        );
        assert_eq!(
            in_sentence(&argument.position_and_title(third)),
            "step 3 of 6: Title of rivals"
        );
    }

    #[test]
    fn a_reply_names_the_earlier_step_in_the_words_of_its_own_quotes() {
        let content = fixture::content();
        let rivals = content.argument.step("rivals").expect("the fixture's step");
        let reply = rivals.replies_to.as_ref().expect("rivals replies");
        assert_eq!((&*reply.step, reply.words), ("granted", "Old rivals"));
    }

    #[test]
    fn the_provenance_says_who_wrote_the_essay_and_when_as_far_as_its_source_does() {
        let credit = |author, date| {
            let provenance = Provenance {
                published_on: "a blog",
                author,
                date,
                left_out: None,
            };
            provenance.credit()
        };
        assert_eq!(credit(None, None), "It names no author and gives no date.");
        assert_eq!(
            credit(Some("A. Writer"), None),
            "It names its author, A. Writer, and gives no date."
        );
        assert_eq!(
            credit(None, Some("1 May 2025")),
            "It names no author, and is dated 1 May 2025."
        );
        assert_eq!(
            credit(Some("A. Writer"), Some("1 May 2025")),
            "It names its author, A. Writer, and is dated 1 May 2025."
        );
    }

    #[test]
    fn evidence_is_a_section_only_where_there_is_some() {
        let step = |evidence| Step {
            id: StepId::of_content("a"),
            kind: StepKind::ReasonAgainst,
            title: "T",
            claim: "C.",
            quotes: &[],
            plain: "P",
            why: "W",
            evidence,
            probes: &[],
            replies_to: None,
        };
        let with_evidence = step(&[Evidence {
            passage: "p1",
            text: "says",
            note: "N",
        }]);
        let sections = |step: &Step| -> Vec<SectionKind> { step.sections().collect() };
        assert_eq!(sections(&with_evidence), SectionKind::ALL);
        assert!(!sections(&step(&[])).contains(&SectionKind::Evidence));
    }
}
