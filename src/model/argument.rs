//! The argument map: the steps a reader walks through, parsed from TOML and
//! checked against the essay.
//!
//! A step says what the essay claims at one point of its argument. What is
//! quoted from the essay is held apart from what we add (summaries,
//! explanations, questions), so the view can label each for what it is.

use std::collections::HashSet;
use std::rc::Rc;

use serde::Deserialize;

use super::Format;
use super::essay::Essay;
use super::likelihood::Likelihood;
use super::section::SectionKind;

/// What part a step plays in the essay's argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
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
    /// Which way a step of this kind bears on a full break, for the steps
    /// the reader is asked to judge; `None` for the rest.
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

/// Which way a step bears on the question whether all relations will be
/// closed: what the essay concedes points toward a break, its reasons point
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

    /// A short, stable name, used as a CSS class.
    pub fn slug(self) -> &'static str {
        match self {
            Direction::TowardBreak => "toward",
            Direction::AgainstBreak => "against",
        }
    }
}

/// Words quoted verbatim from one passage of the essay.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Quote {
    /// The id of the passage the words come from (`title`, `p1`, …).
    pub passage: Rc<str>,
    /// The words, exactly as they stand in that passage.
    pub text: Rc<str>,
}

/// A piece of evidence the essay offers: its words, and our note on what
/// kind of evidence it is.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Evidence {
    /// The id of the passage the words come from.
    pub passage: Rc<str>,
    /// The words, exactly as they stand in that passage.
    pub text: Rc<str>,
    /// Our note on the evidence; never shown as the essay's words.
    pub note: Rc<str>,
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
            None => (&self.text, false),
        }
    }
}

/// The essay's own answer to its question: where it falls on the scale the
/// reader answers on (our placing of it), and the essay's words for it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct EssayAnswer {
    /// The point of the reader's scale the essay's answer stands at.
    pub likelihood: Likelihood,
    /// The essay's words for its answer, verbatim.
    pub words: Vec<Quote>,
}

/// One step of the argument.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Step {
    /// The step's id, used in its URL (`/step/<id>`).
    pub id: Rc<str>,
    /// The part the step plays in the argument.
    pub kind: StepKind,
    /// A short title.
    pub title: Rc<str>,
    /// The step's claim in one or two plain sentences (ours).
    pub claim: Rc<str>,
    /// The essay's own words for this step.
    #[serde(rename = "quote", default)]
    pub quotes: Vec<Quote>,
    /// The claim explained in plain words (ours).
    pub plain: Rc<str>,
    /// Why the step matters to the argument (ours).
    pub why: Rc<str>,
    /// The evidence the essay offers for this step, if any.
    #[serde(default)]
    pub evidence: Vec<Evidence>,
    /// Questions a careful reader would ask (ours).
    pub questions: Vec<Rc<str>>,
}

impl Step {
    /// The document id of the step's quote at `index`, shared by the step's
    /// "show in the essay" link and the passage on the essay page.
    pub fn quote_anchor(&self, index: usize) -> String {
        format!("quote-{}-{}", self.id, index + 1)
    }

    /// The name of the place on a page where the step's claim stands, from
    /// which its glossary terms' tooltip ids are made.
    pub fn claim_place(&self) -> String {
        format!("{}-claim", self.id)
    }

    /// The name of the place on a page where the `index`-th text of one of
    /// the step's sections stands.
    pub fn section_place(&self, kind: SectionKind, index: usize) -> String {
        format!("{}-{}-{}", self.id, kind.slug(), index + 1)
    }

    /// The step's own prose (ours), where a page marks glossary terms, in
    /// the order a page shows it, each with its place. Quotations are left
    /// out: marks inside the essay's words break up a screen reader's
    /// reading of them.
    pub fn prose(&self) -> [(String, &str); 3] {
        [
            (self.claim_place(), &self.claim),
            (self.section_place(SectionKind::Plain, 0), &self.plain),
            (self.section_place(SectionKind::Why, 0), &self.why),
        ]
    }

    /// The first sentence of the step's claim, for where only one line fits
    /// (the argument map).
    pub fn gist(&self) -> &str {
        self.claim
            .match_indices(['.', '?', '!'])
            .map(|(at, _)| at + 1)
            .find(|&end| self.claim[end..].starts_with(' '))
            .map_or(&*self.claim, |end| &self.claim[..end])
    }

    /// Every passage id and text the step quotes from the essay: its quotes,
    /// then its evidence.
    pub fn cited(&self) -> impl Iterator<Item = (&str, &str)> {
        let quotes = self.quotes.iter().map(|q| (&*q.passage, &*q.text));
        quotes.chain(self.evidence.iter().map(|e| (&*e.passage, &*e.text)))
    }

    /// The sections this step has, in display order: every kind, less the
    /// evidence where the essay offers none for this step.
    pub fn sections(&self) -> impl Iterator<Item = SectionKind> + '_ {
        SectionKind::ALL
            .into_iter()
            .filter(|&kind| kind != SectionKind::Evidence || !self.evidence.is_empty())
    }
}

/// The whole argument: its steps in the essay's reading order, and the
/// essay's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Argument {
    steps: Vec<Step>,
    answer: EssayAnswer,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ArgumentFile {
    step: Vec<Step>,
    answer: EssayAnswer,
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

    /// The position of the step with this id.
    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.steps.iter().position(|step| &*step.id == id)
    }

    /// The step with this id.
    pub fn step(&self, id: &str) -> Option<&Step> {
        self.index_of(id).map(|index| &self.steps[index])
    }

    /// Whether a step with this id exists.
    pub fn contains(&self, id: &str) -> bool {
        self.index_of(id).is_some()
    }

    /// Whether the step with this id is one the essay weighs, which the
    /// reader judges: a reason against a break, or what the essay concedes
    /// (see [`StepKind::direction`]).
    pub fn weighs(&self, id: &str) -> bool {
        self.step(id)
            .is_some_and(|step| step.kind.direction().is_some())
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
        if step.questions.iter().all(|q| q.trim().is_empty()) {
            problems.push(format!("step `{id}` asks no questions"));
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

/// Whether an id is safe to put in a URL path as it is.
fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Toml;
    use crate::model::essay::parse_essay;

    const ESSAY: &str = "The question?\n\nFirst paragraph says this.\n\nSecond says that.";

    fn step(id: &str, quotes: &[(&str, &str)]) -> String {
        let mut toml = format!(
            "[[step]]\nid = \"{id}\"\nkind = \"reason-against\"\ntitle = \"T\"\nclaim = \"C\"\n\
             plain = \"P\"\nwhy = \"W\"\nquestions = [\"Q?\"]\n"
        );
        for (passage, text) in quotes {
            toml.push_str(&format!(
                "[[step.quote]]\npassage = \"{passage}\"\ntext = \"{text}\"\n"
            ));
        }
        toml
    }

    fn all_covered(id: &str) -> String {
        step(
            id,
            &[("title", "question"), ("p1", "says this"), ("p2", "Second")],
        )
    }

    #[test]
    fn evidence_is_cited_by_its_opening_words() {
        let evidence = |text: &str| Evidence {
            passage: "p1".into(),
            text: text.into(),
            note: "N".into(),
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
    fn a_gist_is_the_claims_first_sentence() {
        let gist = |claim: &str| {
            let toml = step("a", &[]).replace("claim = \"C\"", &format!("claim = \"{claim}\""));
            let steps: toml::Table = toml::from_str(&toml).unwrap();
            let step: Step = steps["step"][0].clone().try_into().unwrap();
            step.gist().to_owned()
        };
        assert_eq!(gist("One. Two."), "One.");
        assert_eq!(gist("Could it? It could."), "Could it?");
        assert_eq!(gist("No end"), "No end");
        assert_eq!(gist("A 1.5 rise. Then more."), "A 1.5 rise.");
    }

    /// The essay's answer, which every argument file gives after its steps.
    const ANSWER: &str = "[answer]\nlikelihood = \"unlikely\"\n[[answer.words]]\npassage = \"p1\"\ntext = \"says this\"\n";

    fn parse(steps: &str) -> Result<Argument, String> {
        let essay = parse_essay(ESSAY).unwrap();
        parse_argument::<Toml>(&format!("{steps}{ANSWER}"), &essay)
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
        assert_eq!(argument.index_of("only"), Some(0));
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

    #[test]
    fn the_answer_must_quote_the_essay_verbatim() {
        let essay = parse_essay(ESSAY).unwrap();
        let with_answer = |answer: &str| {
            parse_argument::<Toml>(&format!("{}{answer}", all_covered("a")), &essay).unwrap_err()
        };
        assert!(
            with_answer("[answer]\nlikelihood = \"unlikely\"\nwords = []\n")
                .contains("the answer quotes none of the essay's words")
        );
        let misquoted = ANSWER.replace("says this", "says that");
        assert!(
            with_answer(&misquoted)
                .contains("the answer's words \"says that\" are not verbatim in passage `p1`")
        );
        assert!(with_answer(&ANSWER.replace("unlikely", "certain")).contains("unknown variant"));
    }

    #[test]
    fn typos_and_unknown_fields_are_rejected() {
        check_err(
            &all_covered("a").replace("title = ", "titel = "),
            "unknown field `titel`",
        );
        check_err(
            &all_covered("a").replace("reason-against", "reason-for"),
            "unknown variant `reason-for`",
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

    #[test]
    fn slugs() {
        for good in ["a", "cold-war", "step-2"] {
            assert!(is_slug(good), "{good}");
        }
        for bad in ["", "-a", "a-", "a--b", "A", "a b", "a/b", "é"] {
            assert!(!is_slug(bad), "{bad}");
        }
    }
}
