//! A content folder as parsed: the essay, the argument over it, the glossary
//! and the site's own words, as owned strings and lists that mirror the files'
//! schema field for field. Nothing here is checked against anything else; the
//! rules ([`crate::check`]) do that.

/// The essay's passage that holds its title.
pub const TITLE_PASSAGE: &str = "title";

/// Everything a content folder holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// `essay.txt`: the essay, verbatim.
    pub essay: Essay,
    /// `argument.toml`: the steps, the essay's answer and its provenance.
    pub argument: Argument,
    /// `glossary.toml`: terms a reader may not know.
    pub glossary: Vec<Term>,
    /// `site.toml`: the site's own words about the essay.
    pub site: Site,
    /// `hedges.toml`, if the folder has one: the essay's hedges, which our
    /// sentences keep wherever they restate what the essay hedges.
    pub hedges: Vec<Hedge>,
}

/// One passage of the essay: its title or one of its paragraphs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage {
    /// `title`, or `p1`, `p2`, … for the paragraphs in order.
    pub id: String,
    /// The passage's words, each line trimmed, lines joined by a line break.
    pub text: String,
}

/// The essay: its title and its paragraphs in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Essay {
    /// The title, the passage `title`.
    pub title: Passage,
    /// The paragraphs, `p1`, `p2`, ….
    pub paragraphs: Vec<Passage>,
}

impl Essay {
    /// Every passage, the title first.
    pub fn passages(&self) -> impl Iterator<Item = &Passage> {
        std::iter::once(&self.title).chain(&self.paragraphs)
    }

    /// The passage with this id, if the essay has it.
    pub fn passage(&self, id: &str) -> Option<&Passage> {
        self.passages().find(|passage| passage.id == id)
    }
}

/// `argument.toml`: the steps in the essay's order, the essay's answer and
/// its provenance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Argument {
    /// Every `[[step]]`, in the file's order.
    pub steps: Vec<Step>,
    /// `[answer]`.
    pub answer: Answer,
    /// `[provenance]`.
    pub provenance: Provenance,
}

/// What part a step plays in the essay's argument (`kind`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StepKind {
    /// `question`: the question the essay asks.
    Question,
    /// `definition`: what a key term of the essay means.
    Definition,
    /// `concession`: what the essay grants, pointing opposite to its answer.
    Concession,
    /// `reason-for`: a reason the essay gives toward the outcome its question asks about.
    ReasonFor,
    /// `reason-against`: a reason the essay gives against that outcome.
    ReasonAgainst,
    /// `conclusion`: the essay's answer.
    Conclusion,
    /// `condition`: what the essay says would change its answer.
    Condition,
}

impl StepKind {
    /// Every kind, as the files name them.
    pub const ALL: [(StepKind, &'static str); 7] = [
        (StepKind::Question, "question"),
        (StepKind::Definition, "definition"),
        (StepKind::Concession, "concession"),
        (StepKind::ReasonFor, "reason-for"),
        (StepKind::ReasonAgainst, "reason-against"),
        (StepKind::Conclusion, "conclusion"),
        (StepKind::Condition, "condition"),
    ];

    /// The kind a file names, if it is one.
    pub fn from_name(name: &str) -> Option<StepKind> {
        StepKind::ALL
            .iter()
            .find(|(_, known)| *known == name)
            .map(|(kind, _)| *kind)
    }

    /// Whether a step of this kind is one of the essay's reasons, for or
    /// against.
    pub fn is_reason(self) -> bool {
        matches!(self, StepKind::ReasonFor | StepKind::ReasonAgainst)
    }
}

/// One `[[step]]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// `id`: the step's slug, in its address.
    pub id: String,
    /// `kind`.
    pub kind: StepKind,
    /// `title`: a short title (ours).
    pub title: String,
    /// `claim`: the step's claim in one or two sentences (ours).
    pub claim: String,
    /// `plain`: the claim in plain words (ours).
    pub plain: String,
    /// `why`: the part the step plays in the argument (ours).
    pub why: String,
    /// `questions`: questions a careful reader would ask (ours).
    pub questions: Vec<String>,
    /// `[[step.quote]]`: the essay's own words for the step.
    pub quotes: Vec<Quote>,
    /// `[[step.evidence]]`: the evidence the essay offers, if any.
    pub evidence: Vec<Evidence>,
    /// `replies-to`: the earlier step the essay turns to answer, if any.
    pub replies_to: Option<Reply>,
}

/// Words of one passage of the essay, quoted verbatim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// `passage`: `title`, `p1`, `p2`, ….
    pub passage: String,
    /// `text`: the words, exactly as the passage has them.
    pub text: String,
}

/// One `[[step.evidence]]`: the essay's words and our note on them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Evidence {
    /// `passage`.
    pub passage: String,
    /// `text`: verbatim, inside one of the step's own quotes.
    pub text: String,
    /// `note`: what kind of evidence it is (ours).
    pub note: String,
}

/// `replies-to`: an earlier step, and the words of this step's quotes that
/// answer it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    /// `step`: the id of the step replied to.
    pub step: String,
    /// `words`: the essay's words that make the reply.
    pub words: String,
}

/// `[answer]`: where the essay's own answer stands on the reader's scale,
/// and its words for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    /// The id of the scale's point the answer stands at (`unlikely`).
    pub point: String,
    /// `[[answer.words]]`: the essay's words for its answer, verbatim.
    pub words: Vec<Quote>,
}

/// `[provenance]`: what the essay's source tells of it beyond its words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Provenance {
    /// `published-on`: where it was published ("a blog", "a newspaper").
    pub published_on: String,
    /// `author`, where the source names one.
    pub author: Option<String>,
    /// `date`, where the source gives one.
    pub date: Option<String>,
    /// `left-out`, where the essay page says what of the source it leaves
    /// out.
    pub left_out: Option<String>,
}

/// One `[[term]]` of the glossary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// `id`: a slug, for the glossary page's anchors.
    pub id: String,
    /// `headword`: the term as the glossary lists it.
    pub headword: String,
    /// `matches`: the exact forms to mark (case-sensitive, whole words).
    pub matches: Vec<String>,
    /// `definition`: our definition.
    pub definition: String,
}

/// One `[[hedge]]`: words of the essay it qualifies, and its forms; a
/// sentence of ours that has the words keeps one of the forms (rule 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hedge {
    /// `words`: the words the essay hedges, as our sentences would restate
    /// them (whatever their case, as whole words).
    pub words: String,
    /// `keep`: the hedge's forms, one of which such a sentence keeps.
    pub keep: Vec<String>,
}

/// `site.toml`: what the explainer says about its essay that is not a step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Site {
    /// `name`: the site's name.
    pub name: String,
    /// `short-name`: the name under an icon on a home screen.
    pub short_name: String,
    /// `question`: the essay's question in our words.
    pub question: String,
    /// `outcome`: what the question asks about, as a noun phrase ("a ban").
    pub outcome: String,
    /// `whether`: the question as a clause after "bear on".
    pub whether: String,
    /// `outline`: what the start page says the steps are.
    pub outline: String,
    /// `map-intro`: the map page's introduction.
    pub map_intro: String,
    /// `title-note`, where the start page says something of the essay's
    /// title after it ("quoted as written").
    pub title_note: Option<String>,
    /// `condition`: the map legend's line for a condition step; needed only
    /// where the argument has one.
    pub condition: Option<String>,
    /// `[directions]`: the two ways a judged step points.
    pub directions: Directions,
    /// `[scale]`: the scale a reader answers on.
    pub scale: Scale,
    /// `[descriptions]`: what a link to a page shows in a preview.
    pub descriptions: Descriptions,
    /// `[cards]`: the preview cards' own texts.
    pub cards: Cards,
}

/// `[directions]`: the two ways a judged step points on the question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directions {
    /// `toward`: toward the outcome the question asks about.
    pub toward: String,
    /// `against`: against it.
    pub against: String,
}

/// `[scale]`: the scale a reader answers on, before and after reading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scale {
    /// `before`: the choice's legend before reading.
    pub before: String,
    /// `after`: the choice's legend after reading.
    pub after: String,
    /// `ask`: the question short.
    pub ask: String,
    /// `ask-now`: the question after reading the whole argument.
    pub ask_now: String,
    /// `verdict-ask`: the question on the way to the verdict.
    pub verdict_ask: String,
    /// `axis`: the verdict chart's caption.
    pub axis: String,
    /// `class-axis`: what the class page's charts show.
    pub class_axis: String,
    /// `more`: what a higher point says of the outcome.
    pub more: String,
    /// `less`: what a lower point says of it.
    pub less: String,
    /// `above-middle`: a point above the middle one, in words.
    pub above_middle: String,
    /// `below-middle`: a point below the middle one, in words.
    pub below_middle: String,
    /// `tension`: the end of the sentence on a view that pulls the other
    /// way; `{point}` is the view's label.
    pub tension: String,
    /// `[[scale.point]]`: the points, from the most against the outcome to
    /// the most toward it.
    pub points: Vec<Point>,
}

/// One `[[scale.point]]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Point {
    /// `id`: the point's slug, in an address and in `[answer]`.
    pub id: String,
    /// `label`: the point in words.
    pub label: String,
}

/// `[descriptions]`: what a link to each page previews with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Descriptions {
    /// `start`.
    pub start: String,
    /// `map`.
    pub map: String,
    /// `essay`.
    pub essay: String,
    /// `glossary`.
    pub glossary: String,
    /// `verdict`.
    pub verdict: String,
    /// `shared-verdict`: with `{before}` and `{after}`.
    pub shared_verdict: String,
    /// `manifest`: the installed app's description.
    pub manifest: String,
}

/// `[cards]`: the preview cards' texts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cards {
    /// `verdict`: the verdict page's card title.
    pub verdict: String,
    /// `shared-verdict-kicker`: the line above a shared verdict's estimates.
    pub shared_verdict_kicker: String,
    /// `shared-verdict`: the text under them.
    pub shared_verdict: String,
}
