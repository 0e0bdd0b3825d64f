//! The choices a reader makes, each with a group of radio buttons: how
//! likely a full break is, before and after reading, and for each judged
//! step whether it convinces and how much weight it has. Each group's name in
//! the page says which choice it is, so that answers given on the prerendered
//! page before the app started can be read back off it.

use super::answers::{AnswerAction, Answers};
use super::conviction::{Conviction, Weight};
use super::likelihood::Likelihood;
use super::step::StepId;

/// A choice the reader makes, on one of the scales offered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    /// How likely a full break is, asked before reading.
    Before,
    /// The same, asked after reading.
    After,
    /// Whether a judged step convinces the reader.
    Conviction(StepId),
    /// How much weight a judged step has: how much it bears on the answer.
    Weight(StepId),
}

impl Choice {
    /// The name of the choice's radio group in the page; the n-th option's
    /// value is n.
    pub fn name(&self) -> String {
        match self {
            Choice::Before => "before".to_owned(),
            Choice::After => "after".to_owned(),
            Choice::Conviction(step) => format!("convinces-{step}"),
            Choice::Weight(step) => format!("weight-{step}"),
        }
    }

    /// The choice a radio group's name names.
    pub fn from_name(name: &str) -> Option<Choice> {
        match name {
            "before" => Some(Choice::Before),
            "after" => Some(Choice::After),
            _ => {
                if let Some(step) = name.strip_prefix("convinces-") {
                    Some(Choice::Conviction(step.into()))
                } else {
                    name.strip_prefix("weight-")
                        .map(|step| Choice::Weight(step.into()))
                }
            }
        }
    }

    /// The action that makes the choice with the option at `index`, in
    /// the order offered; `None` if there is no such option.
    pub fn answer(self, index: usize) -> Option<AnswerAction> {
        Some(match self {
            Choice::Before => AnswerAction::Before(Some(*Likelihood::ALL.get(index)?)),
            Choice::After => AnswerAction::After(Some(*Likelihood::ALL.get(index)?)),
            Choice::Conviction(step) => AnswerAction::Judge(step, *Conviction::ALL.get(index)?),
            Choice::Weight(step) => AnswerAction::Weight(step, *Weight::ALL.get(index)?),
        })
    }
}

impl Answers {
    /// What turns these answers into those a page shows: for each chosen
    /// option on it, by its group's name and its value, the action choosing
    /// it, where these answers do not have it already. Names and values that
    /// are not an option of a choice are passed over.
    pub fn changes_on_page<'a>(
        &self,
        chosen: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Vec<AnswerAction> {
        chosen
            .into_iter()
            .filter_map(|(name, value)| {
                let action = Choice::from_name(name)?.answer(value.parse().ok()?)?;
                (self.apply(action.clone()) != *self).then_some(action)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_name_their_choice() {
        for choice in [
            Choice::Before,
            Choice::After,
            Choice::Conviction("a-reason".into()),
            Choice::Weight("a-reason".into()),
        ] {
            assert_eq!(Choice::from_name(&choice.name()), Some(choice));
        }
        assert_eq!(Choice::from_name("nonsense"), None);
    }

    #[test]
    fn the_options_a_page_shows_chosen_become_the_readers_answers() {
        let before =
            Answers::default().apply(AnswerAction::Judge("kept".into(), Conviction::NotSure));
        let changes = before.changes_on_page([
            ("before", "4"),
            ("convinces-kept", "1"),
            ("weight-kept", "2"),
            ("after", "5"),
            ("before", "x"),
            ("nonsense", "0"),
        ]);
        assert_eq!(
            changes,
            [
                AnswerAction::Before(Some(Likelihood::ALL[4])),
                AnswerAction::Weight("kept".into(), Weight::Much),
            ],
            "only real options, and only what differs"
        );
    }
}
