//! The choices a reader makes, each with a group of radio buttons: their
//! estimate on the content's scale, before and after reading, and for each judged
//! step whether it convinces and how much weight it has. Each group's name in
//! the page says which choice it is, so that choices made on the prerendered
//! page before the app started can be read back off it.

use super::page_id;
use super::step::StepId;

/// A choice the reader makes, on one of the scales offered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    /// The estimate on the content's scale, asked before reading.
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
            Choice::Conviction(step) => page_id::conviction_group(step),
            Choice::Weight(step) => page_id::weight_group(step),
        }
    }

    /// The choice a radio group's name names.
    pub fn from_name(name: &str) -> Option<Choice> {
        match name {
            "before" => Some(Choice::Before),
            "after" => Some(Choice::After),
            _ => {
                if let Some(step) = page_id::parse_conviction_group(name) {
                    Some(Choice::Conviction(step.into()))
                } else {
                    page_id::parse_weight_group(name).map(|step| Choice::Weight(step.into()))
                }
            }
        }
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
}
