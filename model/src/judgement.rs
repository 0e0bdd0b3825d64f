//! The reader's judgement of one judged step: whether it convinces them
//! ([`Conviction`]) and its weight ([`Weight`]), how much it bears on the
//! answer, with the short codes their saved and shared forms write them in,
//! and the points a judgement carries when the verdict averages a side's
//! steps.

/// Whether a judged step convinces the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conviction {
    /// The step convinces them.
    Convincing,
    /// They are not sure.
    NotSure,
    /// The step does not convince them.
    NotConvincing,
}

impl Conviction {
    /// Every answer, in the order offered.
    pub const ALL: [Conviction; 3] = [
        Conviction::Convincing,
        Conviction::NotSure,
        Conviction::NotConvincing,
    ];

    /// The answer's label.
    pub fn label(self) -> &'static str {
        match self {
            Conviction::Convincing => "Convincing",
            Conviction::NotSure => "Not sure",
            Conviction::NotConvincing => "Not convincing",
        }
    }

    fn code(self) -> char {
        match self {
            Conviction::Convincing => 'c',
            Conviction::NotSure => 'u',
            Conviction::NotConvincing => 'n',
        }
    }
}

/// A step's weight to the reader: how much it bears on the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    /// A little.
    Little,
    /// Somewhat.
    Some,
    /// A lot.
    Much,
}

impl Weight {
    /// Every weight, least first.
    pub const ALL: [Weight; 3] = [Weight::Little, Weight::Some, Weight::Much];

    /// The weight's label.
    pub fn label(self) -> &'static str {
        match self {
            Weight::Little => "A little",
            Weight::Some => "Somewhat",
            Weight::Much => "A lot",
        }
    }

    fn code(self) -> char {
        match self {
            Weight::Little => '1',
            Weight::Some => '2',
            Weight::Much => '3',
        }
    }
}

/// A judged step's weight when the reader has not said how much it bears on
/// the answer: the middle of the scale.
pub const DEFAULT_WEIGHT: Weight = Weight::Some;

/// The most points one judged step can carry either way: convincing, and
/// bearing a lot (`+3`), or not convincing, and bearing a lot (`-3`).
pub const MOST_POINTS: i32 = 3;

/// The sign a number of points is written with: `+`, nothing for 0, or a
/// minus sign (not a hyphen).
pub fn sign(points: i32) -> &'static str {
    match points.signum() {
        1 => "+",
        -1 => "\u{2212}",
        _ => "",
    }
}

/// The code written for a judgement with no conviction given.
const NO_CONVICTION: char = '-';

/// The reader's judgement of one step.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Judgement {
    /// Whether the step convinces them, once they have said.
    pub conviction: Option<Conviction>,
    /// Its weight, if they have said.
    pub weight: Option<Weight>,
}

impl Judgement {
    /// The judgement in a few words (whether the step convinces, and how much
    /// it bears on the answer), once the reader has said whether it convinces.
    pub fn in_words(self) -> Option<String> {
        let conviction = self.conviction?.label();
        Some(match self.weight {
            Some(weight) => format!("{conviction}; bears {}", weight.label().to_lowercase()),
            None => conviction.to_owned(),
        })
    }

    /// The points this judgement carries, once the reader has said whether
    /// the step convinces them: its weight (1 for a little, 2 for somewhat
    /// or not said, 3 for a lot) counted for the step if it convinces, and
    /// against it if it does not. "Not sure" carries none: it leans neither
    /// way, so it is left out of a side's average rather than counted as 0,
    /// which would pull the side with more such answers toward 0.
    pub fn points(self) -> Option<i32> {
        let weight = match self.weight.unwrap_or(DEFAULT_WEIGHT) {
            Weight::Little => 1,
            Weight::Some => 2,
            Weight::Much => 3,
        };
        match self.conviction? {
            Conviction::Convincing => Some(weight),
            Conviction::NotSure => None,
            Conviction::NotConvincing => Some(-weight),
        }
    }

    /// The points this judgement carries in words, signed (`+3`, `0`,
    /// `−2`, with a minus sign), once the reader has said whether the step
    /// convinces them.
    pub fn points_in_words(self) -> Option<String> {
        self.points()
            .map(|points| format!("{}{}", sign(points), points.abs()))
    }

    /// The judgement's code: the conviction's letter (`c`, `u` or `n`, or `-`
    /// when not given), then the weight's digit (1 to 3) if given; `None`
    /// for a judgement with nothing given.
    pub fn code(self) -> Option<String> {
        if self == Judgement::default() {
            return None;
        }
        let conviction = self.conviction.map_or(NO_CONVICTION, Conviction::code);
        Some(
            [Some(conviction), self.weight.map(Weight::code)]
                .into_iter()
                .flatten()
                .collect(),
        )
    }

    /// The judgement a [`Judgement::code`] stands for; anything else is `None`.
    pub fn from_code(code: &str) -> Option<Judgement> {
        let mut chars = code.chars();
        let conviction = match chars.next()? {
            NO_CONVICTION => None,
            letter => Some(Conviction::ALL.into_iter().find(|c| c.code() == letter)?),
        };
        let weight = match chars.next() {
            None => None,
            Some(digit) => Some(Weight::ALL.into_iter().find(|w| w.code() == digit)?),
        };
        let judgement = Judgement { conviction, weight };
        (chars.next().is_none() && judgement != Judgement::default()).then_some(judgement)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_judgement_is_said_in_words_once_its_conviction_is_given() {
        let judgement = |conviction, weight| Judgement { conviction, weight };
        assert_eq!(
            judgement(Some(Conviction::Convincing), Some(Weight::Much))
                .in_words()
                .as_deref(),
            Some("Convincing; bears a lot")
        );
        assert_eq!(
            judgement(Some(Conviction::NotConvincing), None)
                .in_words()
                .as_deref(),
            Some("Not convincing")
        );
        assert_eq!(judgement(None, Some(Weight::Little)).in_words(), None);
    }

    #[test]
    fn points_count_the_weight_for_or_against_and_not_sure_as_nothing() {
        let points = |conviction, weight| Judgement { conviction, weight }.points();
        assert_eq!(
            points(Some(Conviction::Convincing), Some(Weight::Much)),
            Some(MOST_POINTS)
        );
        assert_eq!(points(Some(Conviction::Convincing), None), Some(2));
        assert_eq!(
            points(Some(Conviction::NotConvincing), Some(Weight::Much)),
            Some(-MOST_POINTS)
        );
        assert_eq!(points(Some(Conviction::NotSure), Some(Weight::Much)), None);
        assert_eq!(
            points(Some(Conviction::NotSure), Some(Weight::Little)),
            None
        );
        assert_eq!(points(None, Some(Weight::Much)), None);
        let in_words = |conviction, weight| Judgement { conviction, weight }.points_in_words();
        assert_eq!(
            in_words(Some(Conviction::Convincing), Some(Weight::Much)).as_deref(),
            Some("+3")
        );
        assert_eq!(
            in_words(Some(Conviction::NotConvincing), None).as_deref(),
            Some("\u{2212}2")
        );
        assert_eq!(in_words(Some(Conviction::NotSure), None), None);
        assert_eq!(in_words(None, Some(Weight::Little)), None);
    }

    #[test]
    fn every_judgement_round_trips_through_its_code() {
        let convictions = [None].into_iter().chain(Conviction::ALL.map(Some));
        for conviction in convictions {
            for weight in [None].into_iter().chain(Weight::ALL.map(Some)) {
                let judgement = Judgement { conviction, weight };
                match judgement.code() {
                    Some(code) => assert_eq!(Judgement::from_code(&code), Some(judgement)),
                    None => assert_eq!(judgement, Judgement::default()),
                }
            }
        }
        assert_eq!(
            Judgement {
                conviction: Some(Conviction::Convincing),
                weight: Some(Weight::Much)
            }
            .code()
            .as_deref(),
            Some("c3")
        );
        for bad in ["", "-", "x", "c4", "c33", "3", "%63", "C"] {
            assert_eq!(Judgement::from_code(bad), None, "{bad}");
        }
    }
}
