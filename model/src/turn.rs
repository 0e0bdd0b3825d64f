//! Turning from a step to the one before or after it, by the keyboard or the
//! Previous and Next links: where each turn leads. Only ← and → are bound, as
//! in mdBook: Home, End and Space keep scrolling the page, which a reader of a
//! long step needs. Keys and links lead to the same place, past either end
//! too: before the first step is the start page, after the last the reader's
//! verdict.

use super::argument::{Argument, StepIndex};

/// Where a turn from a step leads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Destination {
    /// Another step.
    Step(StepIndex),
    /// Before the first step: the start page.
    Start,
    /// After the last step: the reader's verdict.
    Verdict,
}

/// A turn from one step to the one before or after it, as of a book's pages.
/// (A move is the reader going to another page, however they go.)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Turn {
    /// To the step before.
    Previous,
    /// To the step after.
    Next,
}

impl Turn {
    /// The turn a key stands for (`KeyboardEvent.key` values), if any.
    pub fn from_key(key: &str) -> Option<Turn> {
        match key {
            "ArrowLeft" => Some(Turn::Previous),
            "ArrowRight" => Some(Turn::Next),
            _ => None,
        }
    }

    /// Where this turn leads from `current`: the step next to it, or past
    /// either end the page the journey begins or ends on.
    pub fn target(self, current: StepIndex, argument: &Argument) -> Destination {
        let (by, past_the_end) = match self {
            Turn::Previous => (-1, Destination::Start),
            Turn::Next => (1, Destination::Verdict),
        };
        argument
            .offset(current, by)
            .map_or(past_the_end, Destination::Step)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;

    /// Where a key leads from the fixture's step `from`: a step's id,
    /// `start`, `verdict`, or `None` for a key that is not bound.
    fn check(key: &str, from: &str, expected: Option<&str>) {
        let argument = fixture::content().argument;
        let current = argument.index_of(from).unwrap();
        let target = Turn::from_key(key).map(|turn| match turn.target(current, &argument) {
            Destination::Step(index) => &*argument[index].id,
            Destination::Start => "start",
            Destination::Verdict => "verdict",
        });
        assert_eq!(target, expected, "{key} from {from}");
    }

    #[test]
    fn keys_move_between_steps() {
        check("ArrowRight", "question", Some("granted"));
        check("ArrowLeft", "trade", Some("rivals"));
    }

    #[test]
    fn past_either_end_keys_lead_where_the_links_do() {
        check("ArrowLeft", "question", Some("start"));
        check("ArrowRight", "unless", Some("verdict"));
    }

    #[test]
    fn other_keys_do_nothing() {
        for key in [
            "a",
            "Enter",
            " ",
            "ArrowUp",
            "ArrowDown",
            "PageDown",
            "Home",
            "End",
            "",
        ] {
            check(key, "rivals", None);
        }
    }
}
