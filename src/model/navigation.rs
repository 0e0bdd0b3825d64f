//! Moving between steps with the keyboard: which key goes where. Only ← and
//! → are bound, as in mdBook: Home, End and Space keep scrolling the page,
//! which a reader of a long step needs.

use super::argument::{Argument, StepIndex};

/// A move from one step to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// To the step before.
    Previous,
    /// To the step after.
    Next,
}

impl Move {
    /// The move a key stands for (`KeyboardEvent.key` values), if any.
    pub fn from_key(key: &str) -> Option<Move> {
        match key {
            "ArrowLeft" => Some(Move::Previous),
            "ArrowRight" => Some(Move::Next),
            _ => None,
        }
    }

    /// The step this move leads to from `current`, or `None` past either
    /// end.
    pub fn target(self, current: StepIndex, argument: &Argument) -> Option<StepIndex> {
        let by = match self {
            Move::Previous => -1,
            Move::Next => 1,
        };
        argument.offset(current, by)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fixture;

    /// Where a key leads from the fixture's step `from`, by id.
    fn check(key: &str, from: &str, expected: Option<&str>) {
        let argument = fixture::content().argument;
        let current = argument.index_of(from).unwrap();
        let target = Move::from_key(key).and_then(|m| m.target(current, &argument));
        let target = target.map(|index| &*argument[index].id);
        assert_eq!(target, expected, "{key} from {from}");
    }

    #[test]
    fn keys_move_between_steps() {
        check("ArrowRight", "question", Some("granted"));
        check("ArrowLeft", "trade", Some("rivals"));
    }

    #[test]
    fn nothing_happens_at_the_edges() {
        check("ArrowLeft", "question", None);
        check("ArrowRight", "unless", None);
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
