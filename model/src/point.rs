//! The five points of the scale on which the reader gives an estimate, and
//! on which the essay's own answer is placed (in `content/argument.toml`).
//! Which scale it is (a probability, how far the reader agrees) and its words
//! are the content's (`content/site.toml`); the code knows only the points'
//! order, from the most against the outcome the question asks about to the
//! most toward it.

use crate::site::Site;

/// A point on the five-point scale, from the most against the outcome to the
/// most toward it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Point {
    /// The most against the outcome.
    Lowest,
    /// Against it.
    Low,
    /// The middle, neither way.
    Middle,
    /// Toward it.
    High,
    /// The most toward it.
    Highest,
}

impl Point {
    /// Every point of the scale, the most against first.
    pub const ALL: [Point; 5] = [
        Point::Lowest,
        Point::Low,
        Point::Middle,
        Point::High,
        Point::Highest,
    ];

    /// The point's place on the scale, from 0.
    fn index(self) -> usize {
        usize::from(self.rank() - 1)
    }

    /// The point's label, as the content words it.
    pub fn label(self) -> &'static str {
        Site::embedded().scale.points[self.index()].label
    }

    /// The point's rank on the scale, 1 to 5 (also its share code).
    pub fn rank(self) -> u8 {
        match self {
            Point::Lowest => 1,
            Point::Low => 2,
            Point::Middle => 3,
            Point::High => 4,
            Point::Highest => 5,
        }
    }

    /// The point whose share code (see [`Point::rank`]) this is.
    pub fn from_rank(rank: &str) -> Option<Point> {
        Point::ALL
            .into_iter()
            .find(|point| rank == point.rank().to_string())
    }

    /// The point's id, its slug in an address, as the content names it.
    pub fn id(self) -> &'static str {
        Site::embedded().scale.points[self.index()].id
    }

    /// The point an [`Point::id`] names.
    pub fn from_id(id: &str) -> Option<Point> {
        Point::ALL.into_iter().find(|point| point.id() == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_point_is_named_by_its_id_and_rank() {
        for point in Point::ALL {
            assert_eq!(Point::from_id(point.id()), Some(point));
            assert_eq!(Point::from_rank(&point.rank().to_string()), Some(point));
        }
        assert_eq!(Point::from_id("certain"), None);
        assert_eq!(Point::from_rank("6"), None);
    }
}
