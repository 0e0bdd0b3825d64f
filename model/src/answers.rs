//! The reader's answers: their estimate on the content's scale, before and
//! after reading, their judgement of each judged step, and the reasons they
//! write: one for a judged step, and one for their view after reading.
//!
//! Answers change only through [`Answers::apply`] with a named
//! [`AnswerAction`]. They are saved in the form every saved state takes
//! ([`Saved`]); how they are shared in a link is in `share`, and how they
//! sum up in `summary`.

use std::collections::BTreeMap;

use super::argument::Argument;
use super::choice::Choice;
use super::judgement::{Conviction, Judgement, Weight};
use super::link;
use super::point::Point;
use super::saved::Saved;
use super::step::StepId;
use super::text::is_unshowable;

/// The field of the saved and shared forms that holds the estimate before
/// reading.
pub const BEFORE_FIELD: &str = "before";

/// The field that marks the estimate before reading as given late; written
/// only then, and only as [`LATE_VALUE`].
pub const LATE_FIELD: &str = "late";

/// The one value of [`LATE_FIELD`].
pub const LATE_VALUE: &str = "1";

/// The field that holds the estimate after reading.
pub const AFTER_FIELD: &str = "after";

/// The most characters a reason for a step's judgement may have: one
/// sentence.
///
/// Sized with [`MAX_VIEW_REASON_CHARS`] so that the longest response link
/// fits a QR code a phone camera reads from a desk: with the shipped
/// argument's six judged steps all judged and given reasons at their
/// limits in ASCII, a name of 40 characters, and an origin of 40 before
/// `/teach/class/#`, the link is 843 bytes, a QR code of version 20 (97
/// modules a side) at the low level of error correction, which holds 858;
/// the hand-in page draws its code at that level, since it is only ever
/// shown on a screen. Reasons of 80 characters would need version 21.
/// Letters of other scripts, two bytes each, make it version 27;
/// punctuation a link must escape, three bytes a character, more.
/// `tests/content.rs` holds these figures.
pub const MAX_REASON_CHARS: usize = 75;

/// The most characters the reason for the view after reading may have:
/// room for a longer sentence, within the budget [`MAX_REASON_CHARS`]
/// describes.
pub const MAX_VIEW_REASON_CHARS: usize = 120;

/// The field of the saved form that holds the reason for the view after
/// reading; a step's reason is in this field's name, a hyphen and the
/// step's id (`why-trade`).
pub const WHY_FIELD: &str = "why";

/// A reason as the reader's answers keep it: as typed, every line break
/// or other space a plain space, any character that would not show as
/// itself left out, and cut to `limit` characters; `None` if nothing but
/// spaces is left.
pub fn clean_reason(text: &str, limit: usize) -> Option<String> {
    let kept: String = text
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .filter(|&c| !is_unshowable(c))
        .take(limit)
        .collect();
    (!kept.trim().is_empty()).then_some(kept)
}

/// What a reader can do to their answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerAction {
    /// Their estimate before reading, given before they read a step, or
    /// `None` to take it back.
    Before(Option<Point>),
    /// Their estimate before reading, given only once they had read a step:
    /// kept, and marked late ([`Answers::before_late`]).
    LateBefore(Point),
    /// Their estimate after reading, or `None` to take it back.
    After(Option<Point>),
    /// Whether a judged step convinces them.
    Conviction(StepId, Conviction),
    /// A judged step's weight to them: how much it bears on the answer.
    Weight(StepId, Weight),
    /// Their reason for their judgement of a step, as typed: kept as
    /// [`clean_reason`] keeps it, at most [`MAX_REASON_CHARS`] characters;
    /// a blank one takes the reason back.
    Reason(StepId, String),
    /// Their reason for their view after reading, kept the same way, at
    /// most [`MAX_VIEW_REASON_CHARS`] characters.
    ViewReason(String),
    /// Forget every answer and reason (the verdict's Clear my answers).
    Reset,
    /// Answers saved earlier were read back once mounted. What
    /// the reader answered since stays on top of them.
    Restore(Answers),
}

impl AnswerAction {
    /// The action that gives (or, with `None`, takes back) the estimate
    /// before reading: marked late if the reader `has_read` a step.
    pub fn guess(point: Option<Point>, has_read: bool) -> AnswerAction {
        match point {
            Some(point) if has_read => AnswerAction::LateBefore(point),
            point => AnswerAction::Before(point),
        }
    }

    /// The action that makes a choice with the option at `index`, in the
    /// order offered; `None` if there is no such option.
    pub fn choose(choice: Choice, index: usize) -> Option<AnswerAction> {
        Some(match choice {
            Choice::Before => AnswerAction::Before(Some(*Point::ALL.get(index)?)),
            Choice::After => AnswerAction::After(Some(*Point::ALL.get(index)?)),
            Choice::Conviction(step) => {
                AnswerAction::Conviction(step, *Conviction::ALL.get(index)?)
            }
            Choice::Weight(step) => AnswerAction::Weight(step, *Weight::ALL.get(index)?),
        })
    }
}

/// Everything the reader has answered.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answers {
    /// Their estimate before reading.
    pub before: Option<Point>,
    /// Whether that estimate was given late: only once they had read a step.
    /// It means nothing without [`Answers::before`].
    pub before_late: bool,
    /// Their estimate after reading.
    pub after: Option<Point>,
    /// Their judgement of each judged step, by step id.
    pub judgements: BTreeMap<StepId, Judgement>,
    /// Their reason for their judgement of a step, by step id: never blank.
    pub reasons: BTreeMap<StepId, String>,
    /// Their reason for their view after reading: never blank.
    pub view_reason: Option<String>,
}

impl Answers {
    /// The answers after an action.
    pub fn apply(&self, action: AnswerAction) -> Answers {
        let mut next = self.clone();
        match action {
            AnswerAction::Before(point) => {
                next.before = point;
                next.before_late = false;
            }
            AnswerAction::LateBefore(point) => {
                next.before = Some(point);
                next.before_late = true;
            }
            AnswerAction::After(point) => next.after = point,
            AnswerAction::Conviction(step, conviction) => {
                next.judgements.entry(step).or_default().conviction = Some(conviction);
            }
            AnswerAction::Weight(step, weight) => {
                next.judgements.entry(step).or_default().weight = Some(weight);
            }
            AnswerAction::Reason(step, text) => match clean_reason(&text, MAX_REASON_CHARS) {
                Some(reason) => {
                    next.reasons.insert(step, reason);
                }
                None => {
                    next.reasons.remove(&step);
                }
            },
            AnswerAction::ViewReason(text) => {
                next.view_reason = clean_reason(&text, MAX_VIEW_REASON_CHARS);
            }
            AnswerAction::Reset => next = Answers::default(),
            AnswerAction::Restore(saved) => {
                // The estimate before reading and whether it was late go together.
                if self.before.is_none() {
                    next.before = saved.before;
                    next.before_late = saved.before_late;
                }
                next.after = self.after.or(saved.after);
                for (step, judgement) in saved.judgements {
                    next.judgements.entry(step).or_insert(judgement);
                }
                for (step, reason) in saved.reasons {
                    next.reasons.entry(step).or_insert(reason);
                }
                next.view_reason = self.view_reason.clone().or(saved.view_reason);
            }
        }
        next
    }

    /// The reader's judgement of a step, if any.
    pub fn judgement(&self, step: &str) -> Judgement {
        self.judgements.get(step).copied().unwrap_or_default()
    }

    /// The reader's reason for their judgement of a step, if they gave one.
    pub fn reason(&self, step: &str) -> Option<&str> {
        self.reasons.get(step).map(String::as_str)
    }

    /// The reader's reason for their view after reading, if they gave one.
    pub fn view_reason(&self) -> Option<&str> {
        self.view_reason.as_deref()
    }

    /// Whether the estimate before reading was given, and given late.
    pub fn is_before_late(&self) -> bool {
        self.before.is_some() && self.before_late
    }

    /// The estimates given, as fields of the saved and shared forms:
    /// `before` and `after`, each by its point's rank, and just after
    /// `before`, `late=1` if it was given late.
    pub fn estimate_fields(&self) -> impl Iterator<Item = (String, String)> {
        let rank = |point: Option<Point>| point.map(|l| l.rank().to_string());
        let late = self.is_before_late().then(|| LATE_VALUE.to_owned());
        [
            (BEFORE_FIELD, rank(self.before)),
            (LATE_FIELD, late),
            (AFTER_FIELD, rank(self.after)),
        ]
        .into_iter()
        .filter_map(|(name, value)| Some((name.to_owned(), value?)))
    }

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
                let action = AnswerAction::choose(Choice::from_name(name)?, value.parse().ok()?)?;
                (self.apply(action.clone()) != *self).then_some(action)
            })
            .collect()
    }

    /// These answers, chosen on a prerendered page before the app knew what
    /// was saved, once it knows: if the reader `has_read` a step, a guess
    /// chosen there does not replace the one `saved` (the guess stays a
    /// guess), and where none was saved it is marked late, as it would have
    /// been had the app been running.
    pub fn with_guess_kept(mut self, saved: &Answers, has_read: bool) -> Answers {
        if has_read && self.before.is_some() {
            if saved.before.is_some() {
                self.before = saved.before;
                self.before_late = saved.before_late;
            } else {
                self.before_late = true;
            }
        }
        self
    }

    /// Whether nothing has been answered.
    pub fn is_empty(&self) -> bool {
        *self == Answers::default()
    }
}

/// Saved as `before` and `after` by the rank of their point (`late=1`
/// after `before` if it was given late), each judged step by its id, with
/// its [`Judgement::code`], each step's reason as `why-<step id>` and the
/// reason for the view after reading as `why`, percent-encoded as UTF-8
/// (every character but ASCII letters and digits). A judgement or reason of
/// a step the reader is no longer asked to judge is dropped. Versions 2 (before estimates could be
/// late) and 3 (before reasons) read the same.
impl Saved for Answers {
    const NAME: &'static str = "answers";
    const VERSION: u32 = 4;
    const OLDER: &'static [u32] = &[2, 3];

    fn fields(&self, _argument: &Argument) -> Vec<(String, String)> {
        let judgements = self
            .judgements
            .iter()
            .filter_map(|(step, judgement)| Some((step.to_string(), judgement.code()?)));
        let reasons = self
            .reasons
            .iter()
            .map(|(step, reason)| (format!("{WHY_FIELD}-{step}"), link::encode(reason)));
        let view_reason = self
            .view_reason
            .iter()
            .map(|reason| (WHY_FIELD.to_owned(), link::encode(reason)));
        self.estimate_fields()
            .chain(judgements)
            .chain(reasons)
            .chain(view_reason)
            .collect()
    }

    fn read_field(&mut self, name: &str, value: &str, argument: &Argument) {
        match name {
            BEFORE_FIELD => self.before = Point::from_rank(value).or(self.before),
            // Written just after `before`: a mark with no estimate before it is dropped.
            LATE_FIELD => self.before_late = value == LATE_VALUE && self.before.is_some(),
            AFTER_FIELD => self.after = Point::from_rank(value).or(self.after),
            WHY_FIELD => {
                let text = link::decode(value);
                self.view_reason = text
                    .and_then(|text| clean_reason(&text, MAX_VIEW_REASON_CHARS))
                    .or(self.view_reason.take());
            }
            field if field.starts_with("why-") => {
                let step = &field["why-".len()..];
                let reason =
                    link::decode(value).and_then(|text| clean_reason(&text, MAX_REASON_CHARS));
                if let Some(reason) = reason.filter(|_| argument.is_judged(step)) {
                    self.reasons.insert(step.into(), reason);
                }
            }
            step if argument.is_judged(step) => {
                if let Some(judgement) = Judgement::from_code(value) {
                    self.judgements.insert(step.into(), judgement);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;

    fn sample() -> Answers {
        fixture::answers()
    }

    #[test]
    fn actions_change_the_answers() {
        let answers = sample();
        assert_eq!(answers.before, Some(Point::High));
        assert_eq!(
            answers.judgement("trade"),
            Judgement {
                conviction: Some(Conviction::Convincing),
                weight: Some(Weight::Much)
            }
        );
        assert_eq!(
            answers.judgement("rivals"),
            Judgement {
                conviction: None,
                weight: Some(Weight::Little)
            }
        );
        assert_eq!(answers.judgement("question"), Judgement::default());
        let answers = answers.apply(AnswerAction::Before(None));
        assert_eq!(answers.before, None);
        assert!(answers.apply(AnswerAction::Reset).is_empty());
    }

    #[test]
    fn what_the_reader_answered_before_the_restore_stays_on_top() {
        assert_eq!(
            Answers::default().apply(AnswerAction::Restore(sample())),
            sample()
        );
        let answered = Answers::default()
            .apply(AnswerAction::Before(Some(Point::Middle)))
            .apply(AnswerAction::Conviction(
                "trade".into(),
                Conviction::NotSure,
            ));
        let restored = answered.apply(AnswerAction::Restore(sample()));
        assert_eq!(restored.before, Some(Point::Middle));
        assert_eq!(restored.after, Some(Point::Low));
        assert_eq!(restored.judgement("trade"), answered.judgement("trade"));
        assert_eq!(restored.judgement("granted"), sample().judgement("granted"));
    }

    #[test]
    fn the_options_a_page_shows_chosen_become_the_readers_answers() {
        let answered =
            Answers::default().apply(AnswerAction::Conviction("kept".into(), Conviction::NotSure));
        let changes = answered.changes_on_page([
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
                AnswerAction::Before(Some(Point::ALL[4])),
                AnswerAction::Weight("kept".into(), Weight::Much),
            ],
            "only real options, and only what differs"
        );
    }

    #[test]
    fn a_guess_given_once_a_step_is_read_is_late() {
        let guess =
            |point, has_read| Answers::default().apply(AnswerAction::guess(point, has_read));
        let before = guess(Some(Point::High), false);
        assert_eq!(
            (before.before, before.is_before_late()),
            (Some(Point::High), false)
        );
        let late = guess(Some(Point::High), true);
        assert_eq!(
            (late.before, late.is_before_late()),
            (Some(Point::High), true)
        );
        assert_eq!(guess(None, true), Answers::default());
    }

    #[test]
    fn saved_answers_round_trip() {
        let saved = sample().to_saved(&fixture::content().argument);
        assert_eq!(saved, "v=4&before=4&after=2&granted=n&rivals=-1&trade=c3");
        assert_eq!(
            Answers::from_saved(&saved, &fixture::content().argument),
            sample()
        );
        assert_eq!(
            Answers::default().to_saved(&fixture::content().argument),
            "v=4"
        );
    }

    #[test]
    fn a_late_estimate_before_reading_is_saved_as_late_and_read_back() {
        let argument = fixture::content().argument;
        let late = sample().apply(AnswerAction::LateBefore(Point::Low));
        assert!(late.is_before_late());
        let saved = late.to_saved(&fixture::content().argument);
        assert_eq!(
            saved,
            "v=4&before=2&late=1&after=2&granted=n&rivals=-1&trade=c3"
        );
        assert_eq!(Answers::from_saved(&saved, &argument), late);
        for (text, before_late) in [
            ("v=3&before=2&late=1", true),
            ("v=3&before=2&late=yes", false),
            ("v=3&late=1&before=2", false),
            ("v=3&late=1", false),
        ] {
            let read = Answers::from_saved(text, &argument);
            assert_eq!(read.before_late, before_late, "{text}");
        }
        assert!(
            Answers::from_saved("v=3&late=1", &argument).is_empty(),
            "a mark with no estimate is dropped"
        );
    }

    #[test]
    fn reasons_are_kept_as_typed_within_their_limits() {
        let answers = sample()
            .apply(AnswerAction::Reason(
                "trade".into(),
                "Trade ties  held ".into(),
            ))
            .apply(AnswerAction::Reason(
                "granted".into(),
                "Two\nlines\u{202E}".into(),
            ))
            .apply(AnswerAction::ViewReason("Because of 1914.".into()));
        assert_eq!(answers.reason("trade"), Some("Trade ties  held "));
        assert_eq!(answers.reason("granted"), Some("Two lines"));
        assert_eq!(answers.reason("rivals"), None);
        assert_eq!(answers.view_reason(), Some("Because of 1914."));
        let long = answers
            .apply(AnswerAction::Reason("trade".into(), "é".repeat(500)))
            .apply(AnswerAction::ViewReason("x".repeat(500)));
        assert_eq!(long.reason("trade"), Some(&*"é".repeat(MAX_REASON_CHARS)));
        assert_eq!(
            long.view_reason().map(|r| r.chars().count()),
            Some(MAX_VIEW_REASON_CHARS)
        );
        let blank = answers
            .apply(AnswerAction::Reason("trade".into(), " \n ".into()))
            .apply(AnswerAction::ViewReason(String::new()));
        assert_eq!(blank.reason("trade"), None);
        assert_eq!(blank.view_reason(), None);
        assert!(answers.apply(AnswerAction::Reset).is_empty());
    }

    #[test]
    fn reasons_are_saved_and_restored_under_what_was_typed_since() {
        let argument = fixture::content().argument;
        let answers = Answers::default()
            .apply(AnswerAction::Reason(
                "trade".into(),
                "Trade & peace?".into(),
            ))
            .apply(AnswerAction::ViewReason("Zoë's view".into()));
        let saved = answers.to_saved(&fixture::content().argument);
        assert_eq!(
            saved,
            "v=4&why-trade=Trade%20%26%20peace%3F&why=Zo%C3%AB%27s%20view"
        );
        assert_eq!(Answers::from_saved(&saved, &argument), answers);
        let stale = "v=4&why-question=x&why-gone=x&why-trade=%FF&why=&why-rivals=Kept";
        let read = Answers::from_saved(stale, &argument);
        assert_eq!(
            read.reasons.len(),
            1,
            "only a judged step's reason, readable"
        );
        assert_eq!(read.reason("rivals"), Some("Kept"));
        assert_eq!(read.view_reason(), None);
        let typed = Answers::default().apply(AnswerAction::Reason("trade".into(), "New".into()));
        let restored = typed.apply(AnswerAction::Restore(answers));
        assert_eq!(restored.reason("trade"), Some("New"));
        assert_eq!(restored.view_reason(), Some("Zoë's view"));
    }

    #[test]
    fn answers_saved_before_estimates_could_be_late_read_the_same() {
        let argument = fixture::content().argument;
        for old in [
            "v=2&before=4&after=2&granted=n&rivals=-1&trade=c3",
            "v=3&before=4&after=2&granted=n&rivals=-1&trade=c3",
        ] {
            assert_eq!(Answers::from_saved(old, &argument), sample(), "{old}");
        }
    }

    #[test]
    fn a_guess_chosen_before_the_app_started_is_kept_only_as_it_would_have_been() {
        let on_page = Answers::default()
            .apply(AnswerAction::Before(Some(Point::High)))
            .apply(AnswerAction::After(Some(Point::Low)));
        let saved = Answers::default().apply(AnswerAction::Before(Some(Point::Lowest)));
        assert_eq!(
            on_page.clone().with_guess_kept(&saved, false),
            on_page,
            "before reading, the reader may change their guess"
        );
        let kept = on_page.clone().with_guess_kept(&saved, true);
        assert_eq!(kept.before, Some(Point::Lowest), "the guess given stays");
        assert!(!kept.before_late);
        assert_eq!(kept.after, on_page.after, "other answers are kept");
        let late = on_page.clone().with_guess_kept(&Answers::default(), true);
        assert!(late.is_before_late(), "a first guess after reading is late");
        let nothing = Answers::default().with_guess_kept(&saved, true);
        assert!(nothing.is_empty());
    }

    #[test]
    fn an_estimate_before_reading_and_its_lateness_go_together() {
        let late = Answers::default().apply(AnswerAction::LateBefore(Point::High));
        let on_time = late.apply(AnswerAction::Before(Some(Point::Low)));
        assert!(!on_time.is_before_late());
        assert!(late.apply(AnswerAction::Before(None)).is_empty());
        assert_eq!(
            Answers::default().apply(AnswerAction::Restore(late.clone())),
            late,
            "restored with its mark"
        );
        assert_eq!(
            on_time.apply(AnswerAction::Restore(late.clone())),
            on_time,
            "the estimate given since stays on top, unmarked"
        );
    }

    #[test]
    fn saved_answers_keep_what_still_fits() {
        let argument = fixture::content().argument;
        for nothing in [
            "",
            "{",
            "[]",
            "null",
            "{\"version\":1}",
            "v=1&before=4",
            "before=4&v=2",
        ] {
            assert_eq!(
                Answers::from_saved(nothing, &argument),
                Answers::default(),
                "{nothing}"
            );
        }
        let stale =
            "v=2&before=certain&after=2&gone=c&question=c&trade=u&granted=x&rivals=n9&&=&after";
        let expected = Answers::default()
            .apply(AnswerAction::After(Some(Point::Low)))
            .apply(AnswerAction::Conviction(
                "trade".into(),
                Conviction::NotSure,
            ));
        assert_eq!(Answers::from_saved(stale, &argument), expected);
    }
}
