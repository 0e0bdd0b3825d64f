//! The reader's answers summed up beside the essay's answer. Judged steps'
//! points are added up by which way they point: what the essay concedes (toward a full
//! break) is never added to its reasons against one. Where the reader's
//! answers and their final estimate pull apart, the summary says so in plain
//! words.

use std::cmp::Ordering;

use super::answers::Answers;
use super::argument::{Argument, StepIndex};
use super::judgement::{Conviction, Judgement, MOST_POINTS};
use super::likelihood::Likelihood;
use super::step::Direction;

/// One judged step in the summary: where it stands, which way it points and
/// what the reader answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JudgedAnswer {
    /// Where the step stands in the argument.
    pub step: StepIndex,
    /// Which way the step points.
    pub direction: Direction,
    /// The reader's answer on it.
    pub judgement: Judgement,
}

/// The answers on the steps that point one way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    /// The way they point.
    pub direction: Direction,
    /// How many steps point this way.
    pub steps: usize,
    /// How many of them the reader judged convincing.
    pub convincing: usize,
    /// How many they judged not convincing.
    pub not_convincing: usize,
    /// How many they have not judged.
    pub unanswered: usize,
    /// The points these answers carry (see [`Judgement::points`]).
    pub points: u32,
    /// The most points these steps could carry.
    pub most: u32,
}

/// Which way the reader's answers lean, their points all added up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lean {
    /// No step has been judged.
    Unjudged,
    /// More points toward a full break.
    Toward,
    /// More points against a full break.
    Against,
    /// As many points each way.
    Even,
}

/// How the reader's answers and their view after reading pull apart (see
/// [`Summary::tension_kind`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tension {
    /// More of the steps that give the essay's reasons against a break were
    /// judged not convincing than convincing, yet a full break is thought
    /// less likely than not.
    Unconvinced,
    /// More of those steps were judged convincing than not, yet a full break
    /// is thought more likely than not.
    Convinced,
    /// On all the answers' points, added up, what the essay concedes outweighs its
    /// reasons against a break, yet a full break is thought less likely than
    /// not.
    ConcessionOutweighs,
    /// On all the answers' points, added up, the essay's reasons against a break
    /// outweigh what it concedes, yet a full break is thought more likely
    /// than not.
    ReasonsOutweigh,
}

/// The answers set out for the verdict: every judged step in the argument's
/// order with the reader's answer, and the three estimates side by side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// Each judged step, in the argument's order.
    pub judged: Vec<JudgedAnswer>,
    /// The reader's estimate before reading.
    pub before: Option<Likelihood>,
    /// The reader's estimate after reading.
    pub after: Option<Likelihood>,
    /// The essay's own answer.
    pub essay: Likelihood,
}

impl Summary {
    /// The summary of these answers on this argument.
    pub fn of(answers: &Answers, argument: &Argument) -> Summary {
        let judged = argument
            .indexed()
            .filter_map(|(step, s)| {
                s.kind.direction().map(|direction| JudgedAnswer {
                    step,
                    direction,
                    judgement: answers.judgement(&s.id),
                })
            })
            .collect();
        Summary {
            judged,
            before: answers.before,
            after: answers.after,
            essay: argument.answer().likelihood,
        }
    }

    /// The judged steps that point one way.
    pub fn pointing(&self, direction: Direction) -> impl Iterator<Item = &JudgedAnswer> {
        self.judged
            .iter()
            .filter(move |answer| answer.direction == direction)
    }

    /// The answers on the steps that point one way, added up.
    pub fn tally(&self, direction: Direction) -> Tally {
        let with = |conviction: Option<Conviction>| {
            self.pointing(direction)
                .filter(|answer| answer.judgement.conviction == conviction)
                .count()
        };
        let steps = self.pointing(direction).count();
        Tally {
            direction,
            steps,
            convincing: with(Some(Conviction::Convincing)),
            not_convincing: with(Some(Conviction::NotConvincing)),
            unanswered: with(None),
            points: self
                .pointing(direction)
                .map(|answer| answer.judgement.points())
                .sum(),
            most: MOST_POINTS * u32::try_from(steps).unwrap_or(u32::MAX / MOST_POINTS),
        }
    }

    /// The one axis both directions are drawn on: the most points either
    /// could carry, so that bars compared share a scale (never 0).
    pub fn axis(&self) -> u32 {
        Direction::ALL
            .into_iter()
            .map(|direction| self.tally(direction).most)
            .max()
            .unwrap_or(0)
            .max(1)
    }

    /// Which way the reader's answers' points, added up, lean.
    pub fn lean(&self) -> Lean {
        if self.judged.iter().all(|r| r.judgement.conviction.is_none()) {
            return Lean::Unjudged;
        }
        let toward = self.tally(Direction::TowardBreak).points;
        let against = self.tally(Direction::AgainstBreak).points;
        match toward.cmp(&against) {
            Ordering::Greater => Lean::Toward,
            Ordering::Less => Lean::Against,
            Ordering::Equal => Lean::Even,
        }
    }

    /// A number of points, in words: `1 point`, `6 points`.
    pub fn points(points: u32) -> String {
        match points {
            1 => "1 point".to_owned(),
            n => format!("{n} points"),
        }
    }

    /// Which way the reader's answers' points lean, in one sentence. What the
    /// essay concedes is never called one of its reasons: it argues nothing
    /// from it.
    pub fn balance(&self) -> String {
        let toward = self.tally(Direction::TowardBreak).points;
        let against = self.tally(Direction::AgainstBreak).points;
        match self.lean() {
            Lean::Unjudged => "You have not judged any step yet.".to_owned(),
            Lean::Against => format!(
                "On your answers, the essay's reasons against a full break outweigh what it \
                 concedes: {} to {toward}.",
                Summary::points(against)
            ),
            Lean::Toward => format!(
                "On your answers, what the essay concedes outweighs its reasons against a full \
                 break: {} to {against}.",
                Summary::points(toward)
            ),
            Lean::Even => format!(
                "On your answers, the essay's reasons against a full break and what it concedes \
                 weigh the same: {} each.",
                Summary::points(against)
            ),
        }
    }

    /// The indexes of the steps the reader did not find convincing.
    pub fn unconvinced(&self) -> Vec<StepIndex> {
        self.judged
            .iter()
            .filter(|answer| answer.judgement.conviction == Some(Conviction::NotConvincing))
            .map(|answer| answer.step)
            .collect()
    }

    /// How the reader's view after reading compares with the essay's answer.
    pub fn comparison(&self) -> &'static str {
        match self.after.map(|after| after.cmp(&self.essay)) {
            None => "You have not given your view after reading yet.",
            Some(Ordering::Equal) => "You end where the essay does.",
            Some(Ordering::Less) => "You think a full break less likely than the essay does.",
            Some(Ordering::Greater) => "You think a full break more likely than the essay does.",
        }
    }

    /// Where the reader's answers and their view after reading pull apart;
    /// `None` where they agree, or too little has been answered to tell.
    /// The steps that give the essay's reasons against a break are looked
    /// at first, on their own; then all the answers' points, added up.
    pub fn tension_kind(&self) -> Option<Tension> {
        let side = self.after?.cmp(&Likelihood::EvenChance);
        let reasons = self.tally(Direction::AgainstBreak);
        let answered = reasons.steps - reasons.unanswered;
        if side == Ordering::Less && reasons.not_convincing > reasons.convincing {
            return Some(Tension::Unconvinced);
        }
        if side == Ordering::Greater && reasons.convincing > reasons.not_convincing {
            return Some(Tension::Convinced);
        }
        match (self.lean(), side) {
            (Lean::Toward, Ordering::Less) => Some(Tension::ConcessionOutweighs),
            (Lean::Against, Ordering::Greater) if answered > 0 => Some(Tension::ReasonsOutweigh),
            _ => None,
        }
    }

    /// Where the reader's answers on the reasons and their view after
    /// reading pull apart, in plain words; `None` where they agree, or too
    /// little has been answered to tell.
    pub fn tension(&self) -> Option<String> {
        let kind = self.tension_kind()?;
        let after = self.after?;
        let view = after.label().to_lowercase();
        let as_the_essay = if after == self.essay {
            ", as the essay does"
        } else {
            ""
        };
        let reasons = self.tally(Direction::AgainstBreak);
        // The count is of our steps, and said so: the essay does not number
        // its reasons.
        let of_the_steps = format!(
            "Of the {} steps that give the essay's reasons against a break, you found",
            reasons.steps
        );
        Some(match kind {
            Tension::Unconvinced => format!(
                "{of_the_steps} {} unconvincing, yet you think a full break {view}{as_the_essay}. \
                 If not the essay's reasons, what keeps it {view} for you?",
                reasons.not_convincing
            ),
            Tension::Convinced => format!(
                "{of_the_steps} {} convincing, yet you think a full break {view}. \
                 What outweighs them for you?",
                reasons.convincing
            ),
            Tension::ConcessionOutweighs => format!(
                "On your answers, what the essay concedes outweighs its reasons against a full \
                 break, yet you think a full break {view}. What keeps it {view} for you?"
            ),
            Tension::ReasonsOutweigh => format!(
                "On your answers, the essay's reasons against a full break outweigh what it \
                 concedes, yet you think a full break {view}. What outweighs them for you?"
            ),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::answers::AnswerAction;
    use crate::model::fixture;
    use crate::model::judgement::Weight;
    use crate::model::step::StepId;

    fn argument() -> Argument {
        fixture::content().argument
    }

    /// The ids of the judged steps pointing one way, in the argument's order.
    fn ids(argument: &Argument, direction: Direction) -> Vec<StepId> {
        let summary = Summary::of(&Answers::default(), argument);
        summary
            .pointing(direction)
            .map(|answer| argument[answer.step].id.clone())
            .collect()
    }

    /// Answers that judge every step pointing one way alike.
    fn judge_all(
        answers: Answers,
        argument: &Argument,
        direction: Direction,
        conviction: Conviction,
        weight: Weight,
    ) -> Answers {
        ids(argument, direction)
            .into_iter()
            .fold(answers, |answers, id| {
                answers
                    .apply(AnswerAction::Conviction(id.clone(), conviction))
                    .apply(AnswerAction::Weight(id, weight))
            })
    }

    #[test]
    fn steps_pointing_opposite_ways_are_tallied_apart() {
        let argument = argument();
        let against = ids(&argument, Direction::AgainstBreak);
        let toward = ids(&argument, Direction::TowardBreak);
        assert!(!against.is_empty() && !toward.is_empty());
        let answers = judge_all(
            Answers::default(),
            &argument,
            Direction::TowardBreak,
            Conviction::Convincing,
            Weight::Much,
        );
        let summary = Summary::of(&answers, &argument);
        let tally = summary.tally(Direction::TowardBreak);
        assert_eq!(
            (tally.steps, tally.convincing, tally.points),
            (toward.len(), toward.len(), tally.most)
        );
        let most = tally.most;
        let tally = summary.tally(Direction::AgainstBreak);
        assert_eq!(
            (tally.steps, tally.unanswered, tally.points),
            (against.len(), against.len(), 0)
        );
        assert_eq!(summary.lean(), Lean::Toward);
        assert_eq!(
            summary.balance(),
            format!(
                "On your answers, what the essay concedes outweighs its reasons against a full \
                 break: {} points to 0.",
                most
            )
        );
    }

    #[test]
    fn both_directions_are_drawn_on_the_axis_of_the_larger() {
        let argument = argument();
        let summary = Summary::of(&Answers::default(), &argument);
        let against = summary.tally(Direction::AgainstBreak).most;
        let toward = summary.tally(Direction::TowardBreak).most;
        assert!(
            against > toward,
            "the fixture has more reasons than concessions"
        );
        assert_eq!(summary.axis(), against);
    }

    #[test]
    fn the_lean_follows_the_weights() {
        let argument = argument();
        assert_eq!(
            Summary::of(&Answers::default(), &argument).lean(),
            Lean::Unjudged
        );
        let against = ids(&argument, Direction::AgainstBreak);
        let toward = ids(&argument, Direction::TowardBreak);
        // One reason against that bears a little, and a concession that bears a lot.
        let answers = Answers::default()
            .apply(AnswerAction::Conviction(
                against[0].clone(),
                Conviction::Convincing,
            ))
            .apply(AnswerAction::Weight(against[0].clone(), Weight::Little))
            .apply(AnswerAction::Conviction(
                toward[0].clone(),
                Conviction::Convincing,
            ))
            .apply(AnswerAction::Weight(toward[0].clone(), Weight::Much));
        assert_eq!(Summary::of(&answers, &argument).lean(), Lean::Toward);
        let answers = answers.apply(AnswerAction::Weight(toward[0].clone(), Weight::Little));
        assert_eq!(Summary::of(&answers, &argument).lean(), Lean::Even);
        let answers = answers.apply(AnswerAction::Conviction(
            toward[0].clone(),
            Conviction::NotConvincing,
        ));
        assert_eq!(Summary::of(&answers, &argument).lean(), Lean::Against);
    }

    #[test]
    fn the_view_after_reading_is_compared_with_the_essays() {
        let argument = argument();
        let essay = argument.answer().likelihood;
        let after = |likelihood| {
            Summary::of(
                &Answers::default().apply(AnswerAction::After(Some(likelihood))),
                &argument,
            )
        };
        assert_eq!(after(essay).comparison(), "You end where the essay does.");
        assert_eq!(
            after(Likelihood::VeryLikely).comparison(),
            "You think a full break more likely than the essay does."
        );
        assert_eq!(
            Summary::of(&Answers::default(), &argument).comparison(),
            "You have not given your view after reading yet."
        );
    }

    /// Judges every step pointing one way alike, gives a view after
    /// reading, and checks the tension stated: `None`, or how it begins.
    fn check_tension(
        judged: (Direction, Conviction, Weight),
        after: Option<Likelihood>,
        expected: Option<&str>,
    ) {
        let argument = argument();
        let (direction, conviction, weight) = judged;
        let answers = judge_all(Answers::default(), &argument, direction, conviction, weight)
            .apply(AnswerAction::After(after));
        let tension = Summary::of(&answers, &argument).tension();
        match (expected, &tension) {
            (None, None) => {}
            (Some(start), Some(tension)) if tension.starts_with(start) => {}
            _ => panic!("{judged:?}, {after:?}: expected {expected:?}, got {tension:?}"),
        }
    }

    #[test]
    fn where_answers_and_the_view_after_reading_pull_apart_the_summary_says_so() {
        use Conviction::*;
        use Direction::*;
        use Likelihood::*;
        let essay = argument().answer().likelihood;
        assert_eq!(
            essay, Unlikely,
            "the cases below place the essay's answer here"
        );
        check_tension(
            (AgainstBreak, NotConvincing, Weight::Much),
            Some(Unlikely),
            Some(
                "Of the 2 steps that give the essay's reasons against a break, you found 2 unconvincing, yet you think a full break unlikely, as the essay does.",
            ),
        );
        check_tension(
            (AgainstBreak, NotConvincing, Weight::Much),
            Some(VeryUnlikely),
            Some(
                "Of the 2 steps that give the essay's reasons against a break, you found 2 unconvincing, yet you think a full break very unlikely. If not",
            ),
        );
        check_tension(
            (AgainstBreak, Convincing, Weight::Some),
            Some(Likely),
            Some(
                "Of the 2 steps that give the essay's reasons against a break, you found 2 convincing, yet you think a full break likely.",
            ),
        );
        check_tension(
            (TowardBreak, Convincing, Weight::Much),
            Some(VeryUnlikely),
            Some(
                "On your answers, what the essay concedes outweighs its reasons against a full break, yet you think a full break very unlikely. What keeps it very unlikely for you?",
            ),
        );
    }

    #[test]
    fn answers_that_agree_raise_no_tension() {
        use Conviction::*;
        use Direction::*;
        use Likelihood::*;
        check_tension(
            (AgainstBreak, Convincing, Weight::Much),
            Some(Unlikely),
            None,
        );
        check_tension(
            (AgainstBreak, Convincing, Weight::Much),
            Some(EvenChance),
            None,
        );
        check_tension(
            (AgainstBreak, NotConvincing, Weight::Much),
            Some(Likely),
            None,
        );
        check_tension((AgainstBreak, NotConvincing, Weight::Much), None, None);
        check_tension((TowardBreak, Convincing, Weight::Much), Some(Likely), None);
    }
}
