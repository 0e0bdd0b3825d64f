//! The argument as a map: how each step relates to the others, derived from
//! the steps' kinds (and the replies the essay makes, `replies-to` in the
//! content), so a step added to the content appears on the map with no code
//! change.

use super::argument::{Argument, StepIndex};
use super::step::{Direction, StepKind};

/// How a step bears on the essay's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// A reason the essay gives, pointing one way on its question.
    Reason(Direction),
    /// What the essay concedes before it answers: facts that may point the
    /// other way from its answer.
    Concedes,
    /// A condition the essay names, under which its answer would change.
    Qualifies,
}

/// The argument as a tree of step indexes: the question, what clarifies
/// it, the answer it leads to, and what points toward or against that answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArgumentMap {
    /// The steps that ask the essay's question: the root of the map.
    pub question_steps: Vec<StepIndex>,
    /// Steps that clarify the question.
    pub clarifications: Vec<StepIndex>,
    /// The steps that give the essay's answer, which the question leads to.
    pub answer_steps: Vec<StepIndex>,
    /// The steps that bear on the answer, with how, in reading order:
    /// reasons against the outcome, reasons toward it, then what the essay
    /// concedes, then conditions.
    pub bearing: Vec<(Relation, StepIndex)>,
    /// Each step that replies to an earlier one, with the step it replies to.
    pub replies: Vec<(StepIndex, StepIndex)>,
}

impl ArgumentMap {
    /// The map of an argument.
    pub fn of(argument: &Argument) -> ArgumentMap {
        let indexes = |kind: StepKind| -> Vec<StepIndex> {
            argument
                .indexed()
                .filter(|(_, step)| step.kind == kind)
                .map(|(index, _)| index)
                .collect()
        };
        let bearing = [
            (
                Relation::Reason(Direction::Against),
                StepKind::ReasonAgainst,
            ),
            (Relation::Reason(Direction::Toward), StepKind::ReasonFor),
            (Relation::Concedes, StepKind::Concession),
            (Relation::Qualifies, StepKind::Condition),
        ]
        .into_iter()
        .flat_map(|(relation, kind)| {
            indexes(kind)
                .into_iter()
                .map(move |index| (relation, index))
        })
        .collect();
        let replies = argument
            .indexed()
            .filter_map(|(index, step)| {
                let to = argument.index_of(&step.replies_to.as_ref()?.step)?;
                Some((index, to))
            })
            .collect();
        ArgumentMap {
            question_steps: indexes(StepKind::Question),
            clarifications: indexes(StepKind::Definition),
            answer_steps: indexes(StepKind::Conclusion),
            bearing,
            replies,
        }
    }

    /// The step this one replies to, if it replies to one.
    pub fn reply_of(&self, index: StepIndex) -> Option<StepIndex> {
        self.replies
            .iter()
            .find(|&&(from, _)| from == index)
            .map(|&(_, to)| to)
    }

    /// The steps that reply to this one.
    pub fn replied_by(&self, index: StepIndex) -> Vec<StepIndex> {
        self.replies
            .iter()
            .filter(|&&(_, to)| to == index)
            .map(|&(from, _)| from)
            .collect()
    }

    /// The steps that name a condition of the essay's answer.
    pub fn conditions(&self) -> Vec<StepIndex> {
        self.bearing
            .iter()
            .filter(|&&(relation, _)| relation == Relation::Qualifies)
            .map(|&(_, index)| index)
            .collect()
    }

    /// The heading of the map's group that holds the essay's answer: it
    /// speaks of a condition only where the essay names one.
    pub fn answer_heading(&self) -> &'static str {
        if self.conditions().is_empty() {
            "The essay's answer"
        } else {
            "The essay's answer, and the condition it names"
        }
    }

    /// The part a step plays in the whole argument, said in its heading
    /// before its title: `None` for the question and the answer, whose
    /// titles say it already.
    pub fn role(&self, index: StepIndex) -> Option<String> {
        if self.clarifications.contains(&index) {
            return Some("Clarifies the question".to_owned());
        }
        let &(relation, _) = self.bearing.iter().find(|&&(_, step)| step == index)?;
        let alike: Vec<StepIndex> = self
            .bearing
            .iter()
            .filter(|&&(other, _)| other == relation)
            .map(|&(_, step)| step)
            .collect();
        let nth = alike.iter().position(|&step| step == index).unwrap_or(0) + 1;
        match relation {
            Relation::Reason(direction) => Some(format!(
                "Reason {nth} of {} {}",
                alike.len(),
                direction.phrase()
            )),
            Relation::Concedes => Some("Conceded by the essay".to_owned()),
            Relation::Qualifies => Some("The condition".to_owned()),
        }
    }
}

/// Where a box stands on the drawn map, in pixels from the map's top left
/// corner.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BoxPlace {
    /// From the map's left edge to the box's.
    pub left: f64,
    /// From the map's top edge to the box's.
    pub top: f64,
    /// The box's width.
    pub width: f64,
    /// The box's height.
    pub height: f64,
}

impl BoxPlace {
    fn right(self) -> f64 {
        self.left + self.width
    }

    fn middle(self) -> f64 {
        self.top + self.height / 2.0
    }
}

/// The connector the map draws for the essay's reply from one box to
/// another, as an SVG path from the replying box's side to the side of the
/// box it replies to, curving through the space between them. `None` where
/// the two boxes stand one above the other (a narrow screen stacks the
/// groups), where a line would cross the boxes between: there the written
/// link in each box says it alone.
pub fn reply_path(from: BoxPlace, to: BoxPlace) -> Option<String> {
    let (start, end) = if from.right() <= to.left {
        (from.right(), to.left)
    } else if to.right() <= from.left {
        (from.left, to.right())
    } else {
        return None;
    };
    let (y1, y2) = (from.middle(), to.middle());
    let bend = (start + end) / 2.0;
    Some(format!(
        "M {start:.1} {y1:.1} C {bend:.1} {y1:.1}, {bend:.1} {y2:.1}, {end:.1} {y2:.1}"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;

    fn map() -> (ArgumentMap, Argument) {
        let argument = fixture::content().argument;
        (ArgumentMap::of(&argument), argument)
    }

    #[test]
    fn every_step_is_on_the_map_once() {
        let (map, argument) = map();
        let mut on_map: Vec<StepIndex> = map
            .question_steps
            .iter()
            .chain(&map.clarifications)
            .chain(&map.answer_steps)
            .copied()
            .chain(map.bearing.iter().map(|&(_, step)| step))
            .collect();
        on_map.sort_unstable();
        let all: Vec<StepIndex> = argument.indexed().map(|(index, _)| index).collect();
        assert_eq!(on_map, all);
    }

    #[test]
    fn steps_take_their_place_by_kind() {
        let (map, argument) = map();
        let ids = |indices: &[StepIndex]| -> Vec<String> {
            indices
                .iter()
                .map(|&i| argument[i].id.to_string())
                .collect()
        };
        assert_eq!(ids(&map.question_steps), ["question"]);
        assert_eq!(ids(&map.answer_steps), ["answer"]);
        let bearing: Vec<(Relation, &str)> = map
            .bearing
            .iter()
            .map(|&(r, i)| (r, &*argument[i].id))
            .collect();
        assert_eq!(
            bearing,
            [
                (Relation::Reason(Direction::Against), "rivals"),
                (Relation::Reason(Direction::Against), "trade"),
                (Relation::Concedes, "granted"),
                (Relation::Qualifies, "unless"),
            ]
        );
    }

    #[test]
    fn the_answer_group_names_a_condition_only_where_the_essay_names_one() {
        let (mut map, argument) = map();
        assert_eq!(map.conditions(), [argument.index_of("unless").unwrap()]);
        assert_eq!(
            map.answer_heading(),
            "The essay's answer, and the condition it names"
        );
        map.bearing
            .retain(|&(relation, _)| relation != Relation::Qualifies);
        assert!(map.conditions().is_empty());
        assert_eq!(map.answer_heading(), "The essay's answer");
    }

    #[test]
    fn a_reply_links_both_steps() {
        let (map, argument) = map();
        let at = |id: &str| argument.index_of(id).unwrap();
        assert_eq!(map.reply_of(at("rivals")), Some(at("granted")));
        assert_eq!(map.replied_by(at("granted")), [at("rivals")]);
        assert_eq!(map.reply_of(at("trade")), None);
        assert!(map.replied_by(at("trade")).is_empty());
    }

    #[test]
    fn headings_say_the_part_each_step_plays() {
        let (map, argument) = map();
        let role = |id: &str| map.role(argument.index_of(id).unwrap());
        assert_eq!(role("question"), None);
        assert_eq!(role("granted").as_deref(), Some("Conceded by the essay"));
        assert_eq!(
            role("rivals").as_deref(),
            Some("Reason 1 of 2 against a break")
        );
        assert_eq!(
            role("trade").as_deref(),
            Some("Reason 2 of 2 against a break")
        );
        assert_eq!(role("answer"), None);
        assert_eq!(role("unless").as_deref(), Some("The condition"));
    }

    #[test]
    fn a_reply_is_drawn_between_the_facing_sides_of_two_boxes() {
        let place = |left, top| BoxPlace {
            left,
            top,
            width: 100.0,
            height: 40.0,
        };
        assert_eq!(
            reply_path(place(0.0, 0.0), place(140.0, 100.0)).as_deref(),
            Some("M 100.0 20.0 C 120.0 20.0, 120.0 120.0, 140.0 120.0")
        );
        assert_eq!(
            reply_path(place(140.0, 0.0), place(0.0, 0.0)).as_deref(),
            Some("M 140.0 20.0 C 120.0 20.0, 120.0 20.0, 100.0 20.0")
        );
        assert_eq!(reply_path(place(0.0, 0.0), place(50.0, 200.0)), None);
    }
}
