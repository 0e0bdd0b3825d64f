//! Moving between steps with the keyboard: which key goes where.

/// A move from one step to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// To the step before.
    Previous,
    /// To the step after.
    Next,
    /// To the first step.
    First,
    /// To the last step.
    Last,
}

impl Move {
    /// The move a key stands for (`KeyboardEvent.key` values), if any.
    pub fn from_key(key: &str) -> Option<Move> {
        match key {
            "ArrowLeft" => Some(Move::Previous),
            "ArrowRight" => Some(Move::Next),
            "Home" => Some(Move::First),
            "End" => Some(Move::Last),
            _ => None,
        }
    }

    /// The step this move leads to from step `current` of `len`, or `None`
    /// where it leads nowhere new (past either end, or onto the same step).
    pub fn target(self, current: usize, len: usize) -> Option<usize> {
        let last = len.checked_sub(1)?;
        let target = match self {
            Move::Previous => current.checked_sub(1)?,
            Move::Next => current + 1,
            Move::First => 0,
            Move::Last => last,
        };
        (target <= last && target != current).then_some(target)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(key: &str, current: usize, len: usize, expected: Option<usize>) {
        let target = Move::from_key(key).and_then(|m| m.target(current, len));
        assert_eq!(target, expected, "{key} from {current} of {len}");
    }

    #[test]
    fn keys_move_between_steps() {
        check("ArrowRight", 0, 10, Some(1));
        check("ArrowLeft", 5, 10, Some(4));
        check("Home", 5, 10, Some(0));
        check("End", 5, 10, Some(9));
    }

    #[test]
    fn nothing_happens_at_the_edges() {
        check("ArrowLeft", 0, 10, None);
        check("ArrowRight", 9, 10, None);
        check("Home", 0, 10, None);
        check("End", 9, 10, None);
        check("ArrowRight", 0, 0, None);
    }

    #[test]
    fn other_keys_do_nothing() {
        for key in ["a", "Enter", " ", "ArrowUp", "ArrowDown", "PageDown", ""] {
            check(key, 3, 10, None);
        }
    }
}
