//! A side: the judged steps that point one way, and how our sentences name
//! them. A side holds the essay's reasons that way, what it concedes (where
//! its concessions point that way), or both; what the essay concedes is
//! never called one of its reasons, since it argues nothing from it.

use super::argument::Argument;
use super::site::{Site, capitalised};
use super::step::{Direction, StepKind};

/// The judged steps that point one way, by kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Side {
    /// The way they point.
    pub direction: Direction,
    /// How many of the essay's reasons point this way.
    pub reasons: usize,
    /// How many of its concessions point this way.
    pub concessions: usize,
}

impl Side {
    /// The side of an argument that points this way.
    pub fn of(argument: &Argument, direction: Direction) -> Side {
        let count = |concession: bool| {
            argument
                .steps()
                .iter()
                .filter(|step| (step.kind == StepKind::Concession) == concession)
                .filter(|step| argument.direction(step.kind) == Some(direction))
                .count()
        };
        Side {
            direction,
            reasons: count(false),
            concessions: count(true),
        }
    }

    /// Both sides, as the verdict sets them out: first the side the essay's
    /// answer stands on (against, where it stands at the middle), then the
    /// other.
    pub fn both(argument: &Argument) -> [Side; 2] {
        let first = Direction::of_point(argument.answer().point).unwrap_or(Direction::Against);
        [
            Side::of(argument, first),
            Side::of(argument, first.opposite()),
        ]
    }

    /// How many judged steps the side has.
    pub fn steps(&self) -> usize {
        self.reasons + self.concessions
    }

    /// Whether the side holds only what the essay concedes.
    fn only_conceded(&self) -> bool {
        self.reasons == 0 && self.concessions > 0
    }

    /// The side named in a sentence of ours: "the essay's reasons" and the
    /// direction, "what the essay concedes", or both.
    pub fn name(&self) -> String {
        let reasons = format!("the essay's reasons {}", self.direction.phrase());
        match (self.reasons, self.concessions) {
            (_, 0) => reasons,
            (0, _) => "what the essay concedes".to_owned(),
            _ => format!("{reasons} and what it concedes"),
        }
    }

    /// The side named again, once a sentence has named the essay: "its
    /// reasons" and the direction, "what it concedes".
    pub fn name_again(&self) -> String {
        let reasons = format!("its reasons {}", self.direction.phrase());
        match (self.reasons, self.concessions) {
            (_, 0) => reasons,
            (0, _) => "what it concedes".to_owned(),
            _ => format!("{reasons} and what it concedes"),
        }
    }

    /// "averages", with its subject the side's [`Side::name`].
    pub fn averages(&self) -> &'static str {
        if self.only_conceded() {
            "averages"
        } else {
            "average"
        }
    }

    /// The heading over the side's steps, with how many there are. The
    /// number is of our steps: the essay does not count its reasons.
    pub fn heading(&self, steps: usize) -> String {
        let steps = match steps {
            1 => "1 step".to_owned(),
            n => format!("{n} steps"),
        };
        format!("{} ({steps})", capitalised(&self.name()))
    }

    /// The map's heading over the side's group of boxes.
    pub fn map_heading(&self) -> String {
        let reasons = format!(
            "{}: the essay's reasons, in {} steps",
            self.direction.label(),
            self.reasons
        );
        match (self.reasons, self.concessions) {
            (_, 0) => reasons,
            (0, _) => self.conceded(),
            _ => format!("{reasons}, and what it concedes"),
        }
    }

    /// The map legend's line for the side's boxes.
    pub fn legend(&self) -> String {
        let way = match self.direction {
            Direction::Toward => "for",
            Direction::Against => "against",
        };
        let reason = format!(
            "A reason the essay gives {way} {}",
            Site::embedded().outcome
        );
        match (self.reasons, self.concessions) {
            (_, 0) => reason,
            (0, _) => self.conceded(),
            _ => format!("{reason}, or {}", crate::site::lowered(&self.conceded())),
        }
    }

    /// What the essay concedes on this side, as a heading says it.
    fn conceded(&self) -> String {
        format!(
            "What the essay concedes: facts that may point {}",
            self.direction.phrase()
        )
    }

    /// How the verdict compares the two sides, in one sentence: which way
    /// the answers lean when each side averages more.
    pub fn lean_rule(argument: &Argument) -> String {
        let toward = Side::of(argument, Direction::Toward);
        let against = Side::of(argument, Direction::Against);
        let those = if against.concessions > 0 {
            "those steps"
        } else {
            "those reasons"
        };
        format!(
            "The answers lean toward {} where {} {} more than {}, and against one where {those} \
             average more.",
            Site::embedded().outcome,
            toward.name(),
            toward.averages(),
            against.name_again()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn side(direction: Direction, reasons: usize, concessions: usize) -> Side {
        Side {
            direction,
            reasons,
            concessions,
        }
    }

    #[test]
    fn a_side_is_named_by_what_it_holds() {
        let reasons = side(Direction::Against, 5, 0);
        assert_eq!(reasons.name(), "the essay's reasons against a break");
        assert_eq!(
            reasons.heading(5),
            "The essay's reasons against a break (5 steps)"
        );
        assert_eq!(
            reasons.map_heading(),
            "Against a break: the essay's reasons, in 5 steps"
        );
        assert_eq!(
            reasons.legend(),
            "A reason the essay gives against a full break"
        );
        let conceded = side(Direction::Toward, 0, 1);
        assert_eq!(conceded.name(), "what the essay concedes");
        assert_eq!(conceded.heading(1), "What the essay concedes (1 step)");
        assert_eq!(
            conceded.map_heading(),
            "What the essay concedes: facts that may point toward a break"
        );
        assert_eq!(conceded.legend(), conceded.map_heading());
        let both = side(Direction::Toward, 2, 2);
        assert_eq!(
            both.name(),
            "the essay's reasons toward a break and what it concedes"
        );
        assert_eq!(
            both.heading(4),
            "The essay's reasons toward a break and what it concedes (4 steps)"
        );
        assert_eq!(
            both.map_heading(),
            "Toward a break: the essay's reasons, in 2 steps, and what it concedes"
        );
        assert_eq!(
            both.legend(),
            "A reason the essay gives for a full break, or what the essay concedes: facts that \
             may point toward a break"
        );
        assert_eq!(both.averages(), "average");
        assert_eq!(conceded.averages(), "averages");
    }

    #[test]
    fn the_rule_of_the_lean_names_each_side_as_it_is() {
        let argument = crate::fixture::content().argument;
        assert_eq!(
            Side::lean_rule(&argument),
            "The answers lean toward a full break where what the essay concedes averages more \
             than its reasons against a break, and against one where those reasons average more."
        );
        assert_eq!(
            Side::both(&argument).map(|side| (side.direction, side.reasons, side.concessions)),
            [(Direction::Against, 2, 0), (Direction::Toward, 0, 1)]
        );
    }
}
