//! How likely a full break seems: the five-point scale on which the reader
//! gives an estimate, and on which the essay's own answer is placed (in
//! `content/argument.toml`).

use serde::{Deserialize, Serialize};

/// How likely a full break seems, on a five-point scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Likelihood {
    /// Very unlikely.
    VeryUnlikely,
    /// Unlikely.
    Unlikely,
    /// As likely as not.
    EvenChance,
    /// Likely.
    Likely,
    /// Very likely.
    VeryLikely,
}

impl Likelihood {
    /// Every point of the scale, least likely first.
    pub const ALL: [Likelihood; 5] = [
        Likelihood::VeryUnlikely,
        Likelihood::Unlikely,
        Likelihood::EvenChance,
        Likelihood::Likely,
        Likelihood::VeryLikely,
    ];

    /// The point's label.
    pub fn label(self) -> &'static str {
        match self {
            Likelihood::VeryUnlikely => "Very unlikely",
            Likelihood::Unlikely => "Unlikely",
            Likelihood::EvenChance => "As likely as not",
            Likelihood::Likely => "Likely",
            Likelihood::VeryLikely => "Very likely",
        }
    }

    /// The point's rank on the scale, 1 to 5 (also its share code).
    pub fn rank(self) -> u8 {
        match self {
            Likelihood::VeryUnlikely => 1,
            Likelihood::Unlikely => 2,
            Likelihood::EvenChance => 3,
            Likelihood::Likely => 4,
            Likelihood::VeryLikely => 5,
        }
    }

    /// The point whose share code (see [`Likelihood::rank`]) this is.
    pub fn from_rank(rank: &str) -> Option<Likelihood> {
        Likelihood::ALL
            .into_iter()
            .find(|l| rank == l.rank().to_string())
    }

    /// The point's name in an address, as the content files write it
    /// (`very-unlikely`, …, `even-chance`, …).
    pub fn slug(self) -> &'static str {
        match self {
            Likelihood::VeryUnlikely => "very-unlikely",
            Likelihood::Unlikely => "unlikely",
            Likelihood::EvenChance => "even-chance",
            Likelihood::Likely => "likely",
            Likelihood::VeryLikely => "very-likely",
        }
    }

    /// The point a [`Likelihood::slug`] names.
    pub fn from_slug(slug: &str) -> Option<Likelihood> {
        Likelihood::ALL.into_iter().find(|l| l.slug() == slug)
    }
}
