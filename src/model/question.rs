//! The questions a reader answers, each with a group of radio buttons: how
//! likely a full break is, before and after reading, and for each judged
//! step whether it convinces and how much it bears on the answer. Each
//! group's name in the page says which question it is, so that answers given
//! on the prerendered page before the app started can be read back off it.

use super::answers::{AnswerAction, Answers};
use super::conviction::{Conviction, Weight};
use super::likelihood::Likelihood;
use super::page_id;
use super::step::StepId;

/// A question the reader answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Question {
    /// How likely a full break is, asked before reading.
    Before,
    /// The same, asked after reading.
    After,
    /// Whether a judged step convinces the reader.
    Convinces(StepId),
    /// How much a judged step bears on the answer.
    Bears(StepId),
}

impl Question {
    /// The name of the question's radio group in the page; the n-th option's
    /// value is n.
    pub fn name(&self) -> String {
        match self {
            Question::Before => "before".to_owned(),
            Question::After => "after".to_owned(),
            Question::Convinces(step) => page_id::convinces_group(step),
            Question::Bears(step) => page_id::weight_group(step),
        }
    }

    /// The question a radio group's name names.
    pub fn from_name(name: &str) -> Option<Question> {
        match name {
            "before" => Some(Question::Before),
            "after" => Some(Question::After),
            _ => {
                if let Some(step) = page_id::parse_convinces_group(name) {
                    Some(Question::Convinces(step.into()))
                } else {
                    page_id::parse_weight_group(name).map(|step| Question::Bears(step.into()))
                }
            }
        }
    }

    /// The action that answers the question with the option at `index`, in
    /// the order offered; `None` if there is no such option.
    pub fn answer(self, index: usize) -> Option<AnswerAction> {
        Some(match self {
            Question::Before => AnswerAction::Before(Some(*Likelihood::ALL.get(index)?)),
            Question::After => AnswerAction::After(Some(*Likelihood::ALL.get(index)?)),
            Question::Convinces(step) => AnswerAction::Judge(step, *Conviction::ALL.get(index)?),
            Question::Bears(step) => AnswerAction::Weigh(step, *Weight::ALL.get(index)?),
        })
    }
}

impl Answers {
    /// What turns these answers into those a page shows: for each chosen
    /// option on it, by its group's name and its value, the action choosing
    /// it, where these answers do not have it already. Names and values that
    /// are not an option of a question are passed over.
    pub fn changes_on_page<'a>(
        &self,
        chosen: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Vec<AnswerAction> {
        chosen
            .into_iter()
            .filter_map(|(name, value)| {
                let action = Question::from_name(name)?.answer(value.parse().ok()?)?;
                (self.apply(action.clone()) != *self).then_some(action)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_name_their_question() {
        for question in [
            Question::Before,
            Question::After,
            Question::Convinces("a-reason".into()),
            Question::Bears("a-reason".into()),
        ] {
            assert_eq!(Question::from_name(&question.name()), Some(question));
        }
        assert_eq!(Question::from_name("nonsense"), None);
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
                AnswerAction::Weigh("kept".into(), Weight::Much),
            ],
            "only real options, and only what differs"
        );
    }
}
