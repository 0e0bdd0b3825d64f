//! Moving between steps with the keyboard: which key goes where. Only ← and
//! → are bound, as in mdBook: Home, End and Space keep scrolling the page,
//! which a reader of a long step needs.

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

    /// The step this move leads to from step `current` of `len`, or `None`
    /// where it leads nowhere new (past either end, or onto the same step).
    pub fn target(self, current: usize, len: usize) -> Option<usize> {
        let last = len.checked_sub(1)?;
        let target = match self {
            Move::Previous => current.checked_sub(1)?,
            Move::Next => current + 1,
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
    }

    #[test]
    fn nothing_happens_at_the_edges() {
        check("ArrowLeft", 0, 10, None);
        check("ArrowRight", 9, 10, None);
        check("ArrowRight", 0, 0, None);
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
            check(key, 3, 10, None);
        }
    }
}
