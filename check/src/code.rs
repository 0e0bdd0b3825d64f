//! Every diagnostic the checker gives, each with a code an author can look
//! up in `check/CODES.md`, and whether it is an error (the site would be
//! wrong, or could not be built) or a warning (something is left to do).

/// How serious a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// The site would be wrong, or cannot be built: `make check` fails.
    Error,
    /// Something left to do; the site builds.
    Warning,
}

macro_rules! codes {
    ($($(#[doc = $doc:literal])* $name:ident = $code:literal, $severity:ident;)*) => {
        /// A kind of diagnostic.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $($(#[doc = $doc])* $name,)*
        }

        impl Code {
            /// Every code, in order.
            pub const ALL: &'static [Code] = &[$(Code::$name,)*];

            /// The code as a report shows it: `C0401`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$name => $code,)*
                }
            }

            /// Whether it is an error or a warning.
            pub fn severity(self) -> Severity {
                match self {
                    $(Code::$name => Severity::$severity,)*
                }
            }
        }
    };
}

codes! {
    /// A file of the folder is missing, or is not UTF-8 text.
    MissingFile = "C0001", Error;
    /// A TOML file is not valid TOML.
    Syntax = "C0002", Error;
    /// The essay has no title, or no paragraph after it.
    EmptyEssay = "C0003", Error;
    /// A field the schema does not have (a typo, most often).
    UnknownField = "C0101", Error;
    /// A field the schema requires is missing.
    MissingField = "C0102", Error;
    /// A field holds the wrong kind of value (a number for a text, say).
    WrongType = "C0103", Error;
    /// A value that is not one of those allowed (a step's `kind`, the answer's point).
    UnknownValue = "C0104", Error;
    /// A text, or a list, that must say something is empty.
    Empty = "C0105", Error;
    /// A text of ours is still a draft's placeholder (`To write: …`, as `make new` writes them).
    LeftToWrite = "C0106", Warning;
    /// The scale has not five points.
    ScalePoints = "C0107", Error;
    /// A placeholder (`{point}`) a text cannot have: the site would show it as it is.
    UnknownPlaceholder = "C0108", Error;
    /// A text longer than where it is shown has room for.
    TooLong = "C0109", Warning;
    /// A template without a placeholder it needs (`{point}`): the site could not say the reader's answer.
    MissingPlaceholder = "C0110", Error;
    /// An id is not a slug: lowercase letters, digits and single hyphens.
    NotASlug = "C0201", Error;
    /// Two steps, two terms or two points of the scale have the same id.
    DuplicateId = "C0202", Error;
    /// A quote names a passage the essay does not have.
    UnknownPassage = "C0203", Error;
    /// `replies-to` names a step that is not before this one.
    UnknownReply = "C0204", Error;
    /// A point of the scale whose id has the word "to": a shared verdict's address joins two ids with `-to-`.
    ToInPointId = "C0205", Error;
    /// Two points of the scale have the same label.
    SameLabel = "C0206", Error;
    /// A quote is not word for word what its passage says.
    NotVerbatim = "C0301", Error;
    /// Two quotes share words of the essay.
    Overlap = "C0302", Error;
    /// Words of the essay that no step quotes.
    Unquoted = "C0303", Error;
    /// A step quotes nothing from the essay.
    NoQuote = "C0304", Error;
    /// Evidence that is not inside one of its step's own quotes.
    EvidenceOutside = "C0305", Error;
    /// The words of a reply that are not in the step's own quotes.
    ReplyOutside = "C0306", Error;
    /// The answer quotes none of the essay's words for it.
    NoAnswerWords = "C0307", Error;
    /// A step begins (at its first quoted words) before the step before it.
    OutOfOrder = "C0401", Error;
    /// A step quotes a passage after the first passage the next step quotes.
    QuotesPastNext = "C0402", Error;
    /// There is not exactly one question step.
    Question = "C0403", Error;
    /// Concessions where the essay's answer is the scale's middle point: they point nowhere.
    ConcessionAtMiddle = "C0404", Error;
    /// Curly quotation marks around words that are not the essay's.
    CurlyNotEssay = "C0501", Error;
    /// An opening curly quotation mark with no closing one, or the reverse.
    Unbalanced = "C0502", Error;
    /// A claim whose first sentence does not say that it reports the essay.
    Unattributed = "C0503", Error;
    /// A reason's `why` does not call it one of the essay's reasons.
    NotOneOfSeveral = "C0504", Error;
    /// A sentence of ours restates what the essay hedges without the hedge.
    DroppedHedge = "C0505", Error;
    /// A hedge of `hedges.toml` whose words the essay does not have.
    HedgeNotInEssay = "C0506", Error;
    /// A count of the essay's reasons ("five reasons"): the essay counts none.
    CountedReasons = "C0507", Error;
    /// A glossary term no text of the site uses.
    UnusedTerm = "C0601", Warning;
    /// A glossary term with nothing to match, or an empty form.
    EmptyMatch = "C0602", Error;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_documented() {
        let list = include_str!("../CODES.md");
        let mut seen = std::collections::HashSet::new();
        for code in Code::ALL {
            assert!(seen.insert(code.as_str()), "{code:?} twice");
            assert!(
                list.contains(&format!("| {} |", code.as_str())),
                "{} is not in CODES.md",
                code.as_str()
            );
        }
    }
}
