//! The argument as a map: how each step relates to the others, derived from
//! the steps' kinds, so a step added to the content appears on the map with
//! no code change.

use super::argument::{Argument, StepKind};

/// How a step relates to the one it hangs from on the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// A definition makes the question precise.
    Clarifies,
    /// The question leads to the essay's answer.
    LeadsTo,
    /// A reason for the answer.
    Supports,
    /// What the essay concedes before it answers.
    Concedes,
    /// A condition under which the answer would change.
    Qualifies,
}

impl Relation {
    /// The relation in words, as the map shows it.
    pub fn label(self) -> &'static str {
        match self {
            Relation::Clarifies => "clarifies",
            Relation::LeadsTo => "leads to",
            Relation::Supports => "supports",
            Relation::Concedes => "granted",
            Relation::Qualifies => "unless",
        }
    }

    /// A short, stable name, used as a CSS class.
    pub fn slug(self) -> &'static str {
        match self {
            Relation::Clarifies => "clarifies",
            Relation::LeadsTo => "leads-to",
            Relation::Supports => "supports",
            Relation::Concedes => "concedes",
            Relation::Qualifies => "qualifies",
        }
    }
}

/// The argument as a tree of step positions: the question, what clarifies
/// it, the answer it leads to, and what bears on that answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArgumentMap {
    /// The question steps: the root of the map.
    pub questions: Vec<usize>,
    /// Steps that clarify the question.
    pub clarifications: Vec<usize>,
    /// The answer steps, which the question leads to.
    pub answers: Vec<usize>,
    /// The steps that bear on the answer, with how, in reading order:
    /// reasons for it, then what the essay concedes, then conditions.
    pub bearing: Vec<(Relation, usize)>,
}

impl ArgumentMap {
    /// The map of an argument.
    pub fn of(argument: &Argument) -> ArgumentMap {
        let positions = |kind: StepKind| -> Vec<usize> {
            let steps = argument.steps().iter().enumerate();
            steps
                .filter(|(_, step)| step.kind == kind)
                .map(|(index, _)| index)
                .collect()
        };
        let bearing = [
            (Relation::Supports, StepKind::ReasonAgainst),
            (Relation::Concedes, StepKind::Concession),
            (Relation::Qualifies, StepKind::Condition),
        ]
        .into_iter()
        .flat_map(|(relation, kind)| {
            positions(kind)
                .into_iter()
                .map(move |index| (relation, index))
        })
        .collect();
        ArgumentMap {
            questions: positions(StepKind::Question),
            clarifications: positions(StepKind::Definition),
            answers: positions(StepKind::Conclusion),
            bearing,
        }
    }

    /// Where a step stands in the whole argument, in a few plain words.
    pub fn describe(&self, index: usize) -> String {
        if self.questions.contains(&index) {
            return "The question the essay asks".to_owned();
        }
        if self.clarifications.contains(&index) {
            return "Clarifies the question".to_owned();
        }
        if self.answers.contains(&index) {
            return "The essay's answer".to_owned();
        }
        let Some(&(relation, _)) = self.bearing.iter().find(|&&(_, step)| step == index) else {
            return "Part of the argument".to_owned();
        };
        let alike: Vec<usize> = self
            .bearing
            .iter()
            .filter(|&&(other, _)| other == relation)
            .map(|&(_, step)| step)
            .collect();
        let nth = alike.iter().position(|&step| step == index).unwrap_or(0) + 1;
        match relation {
            Relation::Supports => format!("Supports the answer: reason {nth} of {}", alike.len()),
            Relation::Concedes => "Conceded by the essay, then answered".to_owned(),
            Relation::Qualifies => "Says when the answer would change".to_owned(),
            Relation::Clarifies | Relation::LeadsTo => "Part of the argument".to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Content;

    fn map() -> (ArgumentMap, Argument) {
        let argument = Content::load().unwrap().argument;
        (ArgumentMap::of(&argument), argument)
    }

    #[test]
    fn every_step_is_on_the_map_once() {
        let (map, argument) = map();
        let mut on_map: Vec<usize> = map
            .questions
            .iter()
            .chain(&map.clarifications)
            .chain(&map.answers)
            .copied()
            .chain(map.bearing.iter().map(|&(_, step)| step))
            .collect();
        on_map.sort_unstable();
        assert_eq!(on_map, (0..argument.steps().len()).collect::<Vec<_>>());
    }

    #[test]
    fn the_shipped_argument_has_the_expected_shape() {
        let (map, argument) = map();
        let id = |index: usize| &*argument.steps()[index].id;
        assert_eq!(
            map.questions.iter().map(|&i| id(i)).collect::<Vec<_>>(),
            ["question"]
        );
        assert_eq!(
            map.answers.iter().map(|&i| id(i)).collect::<Vec<_>>(),
            ["conclusion"]
        );
        let supports = map
            .bearing
            .iter()
            .filter(|(r, _)| *r == Relation::Supports)
            .count();
        assert_eq!(supports, 5);
        assert_eq!(
            map.bearing.last().map(|&(r, i)| (r, id(i))),
            Some((Relation::Qualifies, "what-would-change-it"))
        );
    }

    #[test]
    fn descriptions_say_where_a_step_stands() {
        let (map, argument) = map();
        let describe = |id: &str| map.describe(argument.index_of(id).unwrap());
        assert_eq!(describe("question"), "The question the essay asks");
        assert_eq!(describe("meaning"), "Clarifies the question");
        assert_eq!(
            describe("low-point"),
            "Conceded by the essay, then answered"
        );
        assert_eq!(describe("cold-war"), "Supports the answer: reason 1 of 5");
        assert_eq!(
            describe("what-each-side-gains"),
            "Supports the answer: reason 5 of 5"
        );
        assert_eq!(describe("conclusion"), "The essay's answer");
        assert_eq!(
            describe("what-would-change-it"),
            "Says when the answer would change"
        );
    }
}
