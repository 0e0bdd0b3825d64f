//! The sections each step shows, and how a page names them.

/// The expandable sections of a step, in the order they are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SectionKind {
    /// The essay's own words.
    Essay,
    /// The claim in plain words.
    Plain,
    /// Why the step matters.
    Why,
    /// The evidence the essay offers.
    Evidence,
    /// The step's probes: questions a careful reader would ask.
    Probes,
}

impl SectionKind {
    /// Every section, in display order.
    pub const ALL: [SectionKind; 5] = [
        SectionKind::Essay,
        SectionKind::Plain,
        SectionKind::Why,
        SectionKind::Evidence,
        SectionKind::Probes,
    ];

    /// The section's heading.
    pub fn heading(self) -> &'static str {
        match self {
            SectionKind::Essay => "In the essay's words",
            SectionKind::Plain => "In plain words",
            SectionKind::Why => "Why it matters",
            SectionKind::Evidence => "The evidence the essay offers",
            SectionKind::Probes => "Questions a careful reader would ask",
        }
    }

    /// A short, stable name, used in element ids and in saved progress (the
    /// probes keep `questions`, the name both had first).
    pub fn slug(self) -> &'static str {
        match self {
            SectionKind::Essay => "essay",
            SectionKind::Plain => "plain",
            SectionKind::Why => "why",
            SectionKind::Evidence => "evidence",
            SectionKind::Probes => "questions",
        }
    }

    /// The section a [`SectionKind::slug`] names.
    pub fn from_slug(slug: &str) -> Option<SectionKind> {
        SectionKind::ALL
            .into_iter()
            .find(|kind| kind.slug() == slug)
    }

    /// Whose words the section holds, said plainly to the reader.
    pub fn source(self) -> &'static str {
        match self {
            SectionKind::Essay => "The essay's words",
            SectionKind::Plain | SectionKind::Why => "Our explanation",
            SectionKind::Evidence => "Our notes, citing the essay",
            SectionKind::Probes => "Our questions",
        }
    }

    /// Whether the section is the essay's words, quoted in full, rather than
    /// ours (the evidence is our notes, citing the essay by its opening words).
    pub fn quotes_the_essay(self) -> bool {
        self == SectionKind::Essay
    }
}
