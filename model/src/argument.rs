//! The argument: the steps a reader walks through, in the essay's reading
//! order, and the essay's answer; read from the content file and checked
//! against the essay.

use std::collections::HashSet;
use std::ops::Index;
use std::rc::Rc;

use serde::Deserialize;

use super::Format;
use super::essay::Essay;
use super::point::Point;
use super::slug::is_slug;
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
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct EssayAnswer {
    /// The point of the reader's scale the essay's answer stands at, named
    /// by its id.
    pub point: Point,
    /// The essay's words for its answer, verbatim.
    pub words: Vec<Quote>,
}

/// The essay's provenance: what its source tells of it beyond its words,
/// where it was published, and its author and its date where the source
/// gives them.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Provenance {
    /// Where the essay was published, as a page says it after "published
    /// on": "a blog".
    pub published_on: Rc<str>,
    /// The author the source names; `None` where it names none.
    #[serde(default)]
    pub author: Option<Rc<str>>,
    /// The date the source gives the essay; `None` where it gives none.
    #[serde(default)]
    pub date: Option<Rc<str>>,
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
/// answer, and its provenance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Argument {
    steps: Vec<Step>,
    answer: EssayAnswer,
    provenance: Provenance,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ArgumentFile {
    step: Vec<Step>,
    answer: EssayAnswer,
    provenance: Provenance,
}

impl Argument {
    /// The steps in reading order.
    pub fn steps(&self) -> &[Step] {
        &self.steps
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

/// Parses the argument map and checks it against the essay.
///
/// Every problem found is reported, one per line, so that an author fixing
/// the content file sees them all at once.
pub fn parse_argument<F: Format>(source: &F::Source, essay: &Essay) -> Result<Argument, String> {
    let file: ArgumentFile = F::decode(source)?;
    let argument = Argument {
        steps: file.step,
        answer: file.answer,
        provenance: file.provenance,
    };
    let problems = problems(&argument, essay);
    if problems.is_empty() {
        Ok(argument)
    } else {
        Err(problems.join("\n"))
    }
}

/// Lists what is wrong with an argument map, given the essay it explains.
fn problems(argument: &Argument, essay: &Essay) -> Vec<String> {
    let mut problems = Vec::new();
    if argument.steps.is_empty() {
        problems.push("there are no steps".to_owned());
    }
    let mut seen = HashSet::new();
    let mut quoted = HashSet::new();
    for step in &argument.steps {
        let id = &*step.id;
        if !is_slug(id) {
            problems.push(format!(
                "step id `{id}` must be lowercase letters, digits and single hyphens"
            ));
        }
        if !seen.insert(id) {
            problems.push(format!("step id `{id}` is used twice"));
        }
        for (field, text) in [
            ("title", &step.title),
            ("claim", &step.claim),
            ("plain", &step.plain),
            ("why", &step.why),
        ] {
            if text.trim().is_empty() {
                problems.push(format!("step `{id}`: `{field}` is empty"));
            }
        }
        if step.quotes.is_empty() {
            problems.push(format!("step `{id}` quotes nothing from the essay"));
        }
        if step.kind == StepKind::Concession && argument.direction(step.kind).is_none() {
            problems.push(format!(
                "step `{id}` is a concession, which points opposite to the essay's answer, \
                 but the answer stands at the scale's middle point: place the answer off the \
                 middle, or make the step another kind"
            ));
        }
        for evidence in &step.evidence {
            let inside = step
                .quotes
                .iter()
                .any(|q| q.passage == evidence.passage && q.text.contains(&*evidence.text));
            if !inside {
                problems.push(format!(
                    "step `{id}`: evidence \"{}\" is not inside one of the step's own quotes",
                    evidence.text
                ));
            }
        }
        if step.probes.iter().all(|probe| probe.trim().is_empty()) {
            problems.push(format!("step `{id}` has no probes (`questions`)"));
        }
        if let Some(reply) = &step.replies_to {
            // `seen` holds the steps before this one, and this one.
            if !seen.contains(&*reply.step) || reply.step == step.id {
                problems.push(format!(
                    "step `{id}` replies to `{}`, which is not a step before it",
                    reply.step
                ));
            }
            if reply.words.trim().is_empty()
                || !step.quotes.iter().any(|q| q.text.contains(&*reply.words))
            {
                problems.push(format!(
                    "step `{id}`: the words of its reply, \"{}\", are not in its own quotes",
                    reply.words
                ));
            }
        }
        for (passage, text) in step.cited() {
            match essay.passage(passage) {
                None => problems.push(format!(
                    "step `{id}` quotes passage `{passage}`, which the essay does not have"
                )),
                Some(found) if text.trim().is_empty() || !found.text.contains(text) => {
                    problems.push(format!(
                        "step `{id}`: \"{text}\" is not verbatim in passage `{passage}`"
                    ));
                }
                Some(found) => {
                    quoted.insert(found.id.clone());
                }
            }
        }
    }
    if argument.answer.words.is_empty() {
        problems.push("the answer quotes none of the essay's words for it".to_owned());
    }
    for words in &argument.answer.words {
        if quote_span(essay, words).is_none() || words.text.trim().is_empty() {
            problems.push(format!(
                "the answer's words \"{}\" are not verbatim in passage `{}`",
                words.text, words.passage
            ));
        }
    }
    let provenance = &argument.provenance;
    for (field, text) in [
        ("published-on", Some(&provenance.published_on)),
        ("author", provenance.author.as_ref()),
        ("date", provenance.date.as_ref()),
    ] {
        if text.is_some_and(|text| text.trim().is_empty()) {
            problems.push(format!(
                "the provenance's `{field}` is empty: leave out what the source does not give"
            ));
        }
    }
    problems.extend(overlaps(argument, essay));
    for passage in essay.passages() {
        if !quoted.contains(&passage.id) {
            problems.push(format!(
                "passage `{}` of the essay is not quoted by any step",
                passage.id
            ));
        }
    }
    problems
}

/// Where a quote stands in its passage, as a byte range.
pub fn quote_span(essay: &Essay, quote: &Quote) -> Option<std::ops::Range<usize>> {
    let passage = essay.passage(&quote.passage)?;
    let start = passage.text.find(&*quote.text)?;
    Some(start..start + quote.text.len())
}

/// Quotes that share words with another quote. Each word of the essay
/// belongs to one step at most, so the essay page can say which.
fn overlaps(argument: &Argument, essay: &Essay) -> Vec<String> {
    let mut spans: Vec<(&str, std::ops::Range<usize>, &str)> = argument
        .steps
        .iter()
        .flat_map(|step| {
            step.quotes.iter().filter_map(move |quote| {
                quote_span(essay, quote).map(|span| (&*quote.passage, span, &*step.id))
            })
        })
        .collect();
    spans.sort_by(|a, b| (a.0, a.1.start).cmp(&(b.0, b.1.start)));
    spans
        .windows(2)
        .filter(|pair| pair[0].0 == pair[1].0 && pair[1].1.start < pair[0].1.end)
        .map(|pair| {
            format!(
                "steps `{}` and `{}` quote overlapping words of passage `{}`",
                pair[0].2, pair[1].2, pair[0].0
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::essay::parse_essay;
    use crate::fixture::{self, Toml};
    use crate::section::SectionKind;

    const ESSAY: &str = "The question?\n\nFirst paragraph says this.\n\nSecond says that.";

    /// A reason against a break quoting `quotes`.
    fn step(id: &str, quotes: &[(&str, &str)]) -> String {
        fixture::step(id, "reason-against", quotes)
    }

    fn all_covered(id: &str) -> String {
        step(
            id,
            &[("title", "question"), ("p1", "says this"), ("p2", "Second")],
        )
    }

    /// The essay's answer, which every argument file gives after its steps.
    const ANSWER: &str = "[answer]\npoint = \"unlikely\"\n[[answer.words]]\npassage = \"p1\"\ntext = \"says this\"\n";

    /// The essay's provenance, which every argument file gives.
    const PROVENANCE: &str = "[provenance]\npublished-on = \"a blog\"\n";

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

    fn parse(steps: &str) -> Result<Argument, String> {
        let essay = parse_essay(ESSAY).unwrap();
        parse_argument::<Toml>(&format!("{steps}{ANSWER}{PROVENANCE}"), &essay)
    }

    fn check_err(source: &str, expected: &str) {
        let error = parse(source).expect_err("should be rejected");
        assert!(
            error.contains(expected),
            "expected {expected:?} in error:\n{error}"
        );
    }

    #[test]
    fn a_valid_map_parses() {
        let argument = parse(&all_covered("only")).unwrap();
        assert_eq!(argument.steps().len(), 1);
        assert_eq!(argument.index_of("only"), Some(argument.first()));
        assert!(argument.contains("only"));
        assert!(!argument.contains("other"));
    }

    #[test]
    fn problems_are_reported() {
        check_err(&all_covered("Bad Id"), "step id `Bad Id`");
        check_err(
            &format!("{}{}", all_covered("twice"), all_covered("twice")),
            "used twice",
        );
        check_err(
            &format!("{}{}", all_covered("a"), step("b", &[("p9", "x")])),
            "passage `p9`, which the essay does not have",
        );
        check_err(
            &format!("{}{}", all_covered("a"), step("b", &[("p1", "says that")])),
            "\"says that\" is not verbatim in passage `p1`",
        );
        check_err(
            &step("a", &[("title", "question")]),
            "passage `p2` of the essay is not quoted",
        );
        check_err(&step("a", &[]), "quotes nothing");
        check_err(
            &format!(
                "{}{}",
                all_covered("a"),
                step("b", &[("p1", "paragraph says")])
            ),
            "steps `b` and `a` quote overlapping words of passage `p1`",
        );
        check_err(
            &format!(
                "{}[[step.evidence]]\npassage = \"p2\"\ntext = \"that\"\nnote = \"N\"\n",
                all_covered("a")
            ),
            "evidence \"that\" is not inside one of the step's own quotes",
        );
        check_err("step = []\n", "there are no steps");
    }

    /// A step whose first quote is `text`, replying to `to` with `words`.
    fn replying(id: &str, text: &str, to: &str, words: &str) -> String {
        fixture::replying(&step(id, &[("p2", text)]), to, words)
    }

    #[test]
    fn a_reply_names_an_earlier_step_in_the_words_of_its_own_quotes() {
        let first = step("a", &[("title", "question"), ("p1", "says this")]);
        let ok = parse(&format!(
            "{first}{}",
            replying("b", "Second", "a", "Second")
        ))
        .unwrap();
        let reply = ok.steps()[1].replies_to.as_ref().expect("b replies");
        assert_eq!((&*reply.step, &*reply.words), ("a", "Second"));
        for (steps, expected) in [
            (
                format!("{}{first}", replying("b", "Second", "a", "Second")),
                "step `b` replies to `a`, which is not a step before it",
            ),
            (
                format!("{first}{}", replying("b", "Second", "b", "Second")),
                "step `b` replies to `b`, which is not a step before it",
            ),
            (
                format!("{first}{}", replying("b", "Second", "nowhere", "Second")),
                "replies to `nowhere`",
            ),
            (
                format!("{first}{}", replying("b", "Second", "a", "First")),
                "the words of its reply, \"First\", are not in its own quotes",
            ),
        ] {
            check_err(&steps, expected);
        }
    }

    #[test]
    fn the_answer_must_quote_the_essay_verbatim() {
        let essay = parse_essay(ESSAY).unwrap();
        let with_answer = |answer: &str| {
            let argument = format!("{}{answer}{PROVENANCE}", all_covered("a"));
            parse_argument::<Toml>(&argument, &essay).unwrap_err()
        };
        assert!(
            with_answer("[answer]\npoint = \"unlikely\"\nwords = []\n")
                .contains("the answer quotes none of the essay's words")
        );
        let misquoted = ANSWER.replace("says this", "says that");
        assert!(
            with_answer(&misquoted)
                .contains("the answer's words \"says that\" are not verbatim in passage `p1`")
        );
        assert!(
            with_answer(&ANSWER.replace("unlikely", "certain"))
                .contains("unknown point `certain`: the scale's points are very-unlikely, ")
        );
    }

    #[test]
    fn a_concession_needs_an_answer_off_the_scales_middle() {
        let essay = parse_essay(ESSAY).unwrap();
        let conceding = format!(
            "{}{}[provenance]\npublished-on = \"a blog\"\n",
            all_covered("a").replace("reason-against", "concession"),
            ANSWER.replace("unlikely", "even-chance")
        );
        let problems = parse_argument::<Toml>(&conceding, &essay).unwrap_err();
        assert!(
            problems
                .contains("step `a` is a concession, which points opposite to the essay's answer"),
            "{problems}"
        );
    }

    #[test]
    fn the_provenance_says_who_wrote_the_essay_and_when_as_far_as_its_source_does() {
        let essay = parse_essay(ESSAY).unwrap();
        let with_provenance = |provenance: &str| {
            let argument = format!("{}{ANSWER}[provenance]\n{provenance}", all_covered("a"));
            parse_argument::<Toml>(&argument, &essay)
        };
        let credit = |provenance: &str| with_provenance(provenance).unwrap().provenance().credit();
        let blog = "published-on = \"a blog\"\n";
        assert_eq!(credit(blog), "It names no author and gives no date.");
        assert_eq!(
            credit(&format!("{blog}author = \"A. Writer\"\n")),
            "It names its author, A. Writer, and gives no date."
        );
        assert_eq!(
            credit(&format!("{blog}date = \"1 May 2025\"\n")),
            "It names no author, and is dated 1 May 2025."
        );
        assert_eq!(
            credit(&format!(
                "{blog}author = \"A. Writer\"\ndate = \"1 May 2025\"\n"
            )),
            "It names its author, A. Writer, and is dated 1 May 2025."
        );
        let empty = with_provenance(&format!("{blog}author = \" \"\n")).unwrap_err();
        assert!(
            empty.contains("the provenance's `author` is empty"),
            "{empty}"
        );
        let missing = with_provenance("").unwrap_err();
        assert!(missing.contains("published-on"), "{missing}");
    }

    #[test]
    fn typos_and_unknown_fields_are_rejected() {
        check_err(
            &all_covered("a").replace("title = ", "titel = "),
            "unknown field `titel`",
        );
        check_err(
            &all_covered("a").replace("reason-against", "reason-toward"),
            "unknown variant `reason-toward`",
        );
        check_err("[[step]]\nid = \"a\"\n", "missing field");
    }

    #[test]
    fn evidence_is_a_section_only_where_there_is_some() {
        let with_evidence = format!(
            "{}[[step.evidence]]\npassage = \"p1\"\ntext = \"says\"\nnote = \"N\"\n",
            all_covered("a")
        );
        let sections = |source: &str| -> Vec<SectionKind> {
            parse(source).unwrap().steps()[0].sections().collect()
        };
        assert_eq!(sections(&with_evidence), SectionKind::ALL);
        assert!(!sections(&all_covered("a")).contains(&SectionKind::Evidence));
    }
}
