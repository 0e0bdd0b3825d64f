//! The reader's answers summed up beside the essay's answer. Each side, the
//! steps pointing toward the outcome the question asks about and those
//! pointing against it, is summed up on its own steps alone, as an average a step, so that a side with more
//! steps never weighs more for having them; the two sides are never added
//! together. Which way the answers lean compares the two averages, and "not
//! sure" leans neither way. Where the answers lean one way and the reader's
//! final estimate falls on the other side of the scale's middle, the summary
//! says so in plain words. The words for the outcome and the scale are the
//! content's (`content/site.toml`).

use std::cmp::Ordering;

use super::answers::Answers;
use super::argument::{Argument, StepIndex};
use super::judgement::{Conviction, Judgement, sign};
use super::point::Point;
use super::side::Side;
use super::site::{Site, fill};
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

/// The points a side's judged steps carry, a step (see
/// [`Judgement::points`]): a fraction, kept whole so that two averages are
/// compared exactly, by cross-multiplication.
#[derive(Debug, Clone, Copy)]
pub struct Average {
    /// The judged steps' points, together.
    points: i32,
    /// How many steps were judged (never 0).
    steps: i32,
}

impl Average {
    /// The average of these points, if there are any.
    fn of(points: impl Iterator<Item = i32>) -> Option<Average> {
        let (points, steps) = points.fold((0, 0), |(sum, count), each| (sum + each, count + 1));
        (steps > 0).then_some(Average { points, steps })
    }

    /// The average in tenths of a point, rounded half away from zero: from
    /// `-10 * MOST_POINTS` to `10 * MOST_POINTS` (see
    /// [`MOST_POINTS`](super::judgement::MOST_POINTS)).
    pub fn tenths(self) -> i32 {
        let tenths = (20 * self.points.abs() + self.steps) / (2 * self.steps);
        tenths * self.points.signum()
    }

    /// The average in words, to a tenth of a point, signed: `+1.5`, `0`,
    /// `−2` (with a minus sign, not a hyphen).
    pub fn in_words(self) -> String {
        let tenths = self.tenths();
        let sign = sign(tenths);
        let (whole, tenth) = (tenths.abs() / 10, tenths.abs() % 10);
        if tenth == 0 {
            format!("{sign}{whole}")
        } else {
            format!("{sign}{whole}.{tenth}")
        }
    }

    /// The average a step in words: `+1.5 points a step`, `+1 point a step`.
    pub fn a_step(self) -> String {
        let points = if self.tenths().abs() == 10 {
            "point"
        } else {
            "points"
        };
        format!("{} {points} a step", self.in_words())
    }
}

impl PartialEq for Average {
    fn eq(&self, other: &Average) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Average {}

impl PartialOrd for Average {
    fn partial_cmp(&self, other: &Average) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Average {
    fn cmp(&self, other: &Average) -> Ordering {
        // Both counts are positive, so the fractions compare as their
        // cross-products do.
        (i64::from(self.points) * i64::from(other.steps))
            .cmp(&(i64::from(other.points) * i64::from(self.steps)))
    }
}

/// The answers on the steps that point one way, counted on those steps
/// alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    /// The way they point.
    pub direction: Direction,
    /// How many steps point this way.
    pub steps: usize,
    /// How many of them the reader judged convincing.
    pub convincing: usize,
    /// How many they were not sure of.
    pub not_sure: usize,
    /// How many they judged not convincing.
    pub not_convincing: usize,
    /// How many they have not judged.
    pub unanswered: usize,
    /// The points a step of those judged convincing or not convincing
    /// ("not sure" leans neither way, and is left out); `None` where none
    /// was.
    pub average: Option<Average>,
}

impl Tally {
    /// How many of these steps the reader judged.
    pub fn judged(&self) -> usize {
        self.steps - self.unanswered
    }
}

/// Which way the reader's answers lean, step for step: each side's average
/// compared with the other's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lean {
    /// No step has been judged.
    Unjudged,
    /// Every step judged was judged "not sure".
    Unsure,
    /// Only the steps pointing this way have been judged: there is nothing
    /// to weigh them against.
    OneSide(Direction),
    /// The answers on the steps pointing toward the outcome average more
    /// than those on the steps pointing against it.
    Toward,
    /// The answers on the steps pointing against the outcome average more
    /// than those on the steps pointing toward it.
    Against,
    /// The two sides average the same.
    Even,
}

/// How the reader's answers and their estimate after reading pull apart
/// (see [`Summary::tension_kind`]); each is the other's mirror.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tension {
    /// The answers lean toward the outcome, yet the estimate after reading
    /// stands below the scale's middle.
    TowardYetLow,
    /// The answers lean against the outcome, yet the estimate after reading
    /// stands above the scale's middle.
    AgainstYetHigh,
}

/// The answers set out for the verdict: every judged step in the argument's
/// order with the reader's answer, and the three estimates side by side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// Each judged step, in the argument's order.
    pub judged: Vec<JudgedAnswer>,
    /// The reader's estimate before reading.
    pub before: Option<Point>,
    /// The reader's estimate after reading.
    pub after: Option<Point>,
    /// The essay's own answer.
    pub essay: Point,
    /// The two sides, as the verdict sets them out (see [`Side::both`]).
    pub sides: [Side; 2],
}

impl Summary {
    /// The summary of these answers on this argument.
    pub fn of(answers: &Answers, argument: &Argument) -> Summary {
        let judged = argument
            .indexed()
            .filter_map(|(step, s)| {
                argument.direction(s.kind).map(|direction| JudgedAnswer {
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
            essay: argument.answer().point,
            sides: Side::both(argument),
        }
    }

    /// The side that points this way.
    pub fn side(&self, direction: Direction) -> Side {
        let [first, second] = self.sides;
        if first.direction == direction {
            first
        } else {
            second
        }
    }

    /// The side that points this way, named in a sentence.
    fn side_name(&self, direction: Direction) -> String {
        self.side(direction).name()
    }

    /// The judged steps that point one way.
    pub fn pointing(&self, direction: Direction) -> impl Iterator<Item = &JudgedAnswer> {
        self.judged
            .iter()
            .filter(move |answer| answer.direction == direction)
    }

    /// The answers on the steps that point one way, counted and averaged
    /// on those steps alone.
    pub fn tally(&self, direction: Direction) -> Tally {
        let with = |conviction: Option<Conviction>| {
            self.pointing(direction)
                .filter(|answer| answer.judgement.conviction == conviction)
                .count()
        };
        Tally {
            direction,
            steps: self.pointing(direction).count(),
            convincing: with(Some(Conviction::Convincing)),
            not_sure: with(Some(Conviction::NotSure)),
            not_convincing: with(Some(Conviction::NotConvincing)),
            unanswered: with(None),
            average: Average::of(
                self.pointing(direction)
                    .filter_map(|answer| answer.judgement.points()),
            ),
        }
    }

    /// Which way the reader's answers lean, step for step. "Not sure"
    /// leans neither way: answers that are all "not sure" lean nowhere.
    pub fn lean(&self) -> Lean {
        let convictions = || {
            self.judged
                .iter()
                .filter_map(|answer| answer.judgement.conviction)
        };
        if convictions().next().is_none() {
            return Lean::Unjudged;
        }
        // "Not sure" carries no points, so a side whose answers are all
        // "not sure" has no average: neither side has one only where every
        // answer is "not sure".
        let against = self.tally(Direction::Against).average;
        let toward = self.tally(Direction::Toward).average;
        match (toward, against) {
            (Some(toward), Some(against)) => match toward.cmp(&against) {
                Ordering::Greater => Lean::Toward,
                Ordering::Less => Lean::Against,
                Ordering::Equal => Lean::Even,
            },
            (Some(_), None) => Lean::OneSide(Direction::Toward),
            (None, Some(_)) => Lean::OneSide(Direction::Against),
            (None, None) => Lean::Unsure,
        }
    }

    /// Which way the reader's answers lean, in one sentence, with each
    /// side's average a step. What the essay concedes is never called one
    /// of its reasons: it argues nothing from it.
    pub fn balance(&self) -> String {
        let outcome = &Site::embedded().outcome;
        let average = |direction| {
            self.tally(direction)
                .average
                .map_or_else(String::new, Average::a_step)
        };
        let leaning = |toward: bool| {
            // The side that averages more comes first, so that the two
            // sentences are each other's mirror.
            let first = if toward {
                Direction::Toward
            } else {
                Direction::Against
            };
            let second = first.opposite();
            format!(
                "Step for step, your answers lean {} {outcome}: on average, those on {} \
                 come to {}, and those on {} to {}.",
                first.preposition(),
                self.side_name(first),
                average(first),
                self.side_name(second),
                average(second)
            )
        };
        match self.lean() {
            Lean::Unjudged => "You have not judged any step yet.".to_owned(),
            Lean::Unsure => {
                "You were not sure of any step you judged, so your answers lean neither way."
                    .to_owned()
            }
            Lean::OneSide(direction) => format!(
                "You found steps on {} convincing or not convincing, but none on {}, so there \
                 is nothing yet to compare them with.",
                self.side_name(direction),
                self.side_name(direction.opposite())
            ),
            Lean::Toward => leaning(true),
            Lean::Against => leaning(false),
            Lean::Even => format!(
                "Step for step, your answers lean neither way: on average, those on {} and \
                 those on {} both come to {}.",
                self.side_name(self.sides[0].direction),
                self.side_name(self.sides[1].direction),
                average(self.sides[0].direction)
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
    pub fn comparison(&self) -> String {
        let site = Site::embedded();
        let than_the_essay =
            |more: &str| format!("You think {} {more} than the essay does.", site.outcome);
        match self.after.map(|after| after.cmp(&self.essay)) {
            None => "You have not given your view after reading yet.".to_owned(),
            Some(Ordering::Equal) => "You give the same answer as the essay.".to_owned(),
            Some(Ordering::Less) => than_the_essay(site.scale.less),
            Some(Ordering::Greater) => than_the_essay(site.scale.more),
        }
    }

    /// Where the reader's answers and their view after reading pull apart:
    /// the answers lean one way, step for step ([`Summary::lean`]), and the
    /// estimate after reading falls on the other side of the scale's middle.
    /// `None` for answers that lean nowhere, and where they agree.
    pub fn tension_kind(&self) -> Option<Tension> {
        match (self.lean(), self.after?.cmp(&Point::Middle)) {
            (Lean::Toward, Ordering::Less) => Some(Tension::TowardYetLow),
            (Lean::Against, Ordering::Greater) => Some(Tension::AgainstYetHigh),
            _ => None,
        }
    }

    /// Where the reader's answers and their view after reading pull apart,
    /// in plain words (see [`Summary::tension_kind`]); the sentence for one
    /// way is the other's mirror.
    pub fn tension(&self) -> Option<String> {
        let way = match self.tension_kind()? {
            Tension::TowardYetLow => Direction::Toward,
            Tension::AgainstYetHigh => Direction::Against,
        };
        // Where the view stands beside the essay's is said apart
        // (`comparison`), in both cases alike, so this sentence says it for
        // neither.
        let view = self.after?.label().to_lowercase();
        let site = Site::embedded();
        Some(format!(
            "Step for step, your answers lean {} {}, {}",
            way.preposition(),
            site.outcome,
            fill(site.scale.tension, &[("point", &view)])
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::AnswerAction;
    use crate::fixture;
    use crate::judgement::Weight;
    use crate::step::StepId;

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
    fn averages_are_said_to_a_tenth_with_their_sign() {
        let check = |points, steps, expected: &str| {
            assert_eq!(
                Average { points, steps }.in_words(),
                expected,
                "{points}/{steps}"
            );
        };
        check(3, 2, "+1.5");
        check(2, 3, "+0.7");
        check(-1, 3, "\u{2212}0.3");
        check(-6, 2, "\u{2212}3");
        check(0, 4, "0");
        check(1, 40, "0");
        assert_eq!(
            Average {
                points: 2,
                steps: 2
            }
            .a_step(),
            "+1 point a step"
        );
        assert_eq!(
            Average {
                points: 5,
                steps: 2
            }
            .a_step(),
            "+2.5 points a step"
        );
    }

    #[test]
    fn each_side_is_averaged_on_its_own_steps() {
        let argument = argument();
        let against = ids(&argument, Direction::Against);
        let toward = ids(&argument, Direction::Toward);
        assert_eq!((against.len(), toward.len()), (2, 1));
        // The steps against a break, +3 and -1, average +1; the concession, +2.
        let answers = Answers::default()
            .apply(AnswerAction::Conviction(
                against[0].clone(),
                Conviction::Convincing,
            ))
            .apply(AnswerAction::Weight(against[0].clone(), Weight::Much))
            .apply(AnswerAction::Conviction(
                against[1].clone(),
                Conviction::NotConvincing,
            ))
            .apply(AnswerAction::Weight(against[1].clone(), Weight::Little))
            .apply(AnswerAction::Conviction(
                toward[0].clone(),
                Conviction::Convincing,
            ));
        let summary = Summary::of(&answers, &argument);
        let tally = summary.tally(Direction::Against);
        assert_eq!(
            (
                tally.steps,
                tally.convincing,
                tally.not_convincing,
                tally.judged()
            ),
            (2, 1, 1, 2)
        );
        assert_eq!(tally.average.map(Average::in_words).as_deref(), Some("+1"));
        assert_eq!(summary.lean(), Lean::Toward);
        assert_eq!(
            summary.balance(),
            "Step for step, your answers lean toward a full break: on average, those on what \
             the essay concedes come to +2 points a step, and those on the essay's reasons \
             against a break to +1 point a step."
        );
    }

    #[test]
    fn one_side_judged_alone_has_nothing_to_be_weighed_against() {
        let argument = argument();
        let answers = judge_all(
            Answers::default(),
            &argument,
            Direction::Toward,
            Conviction::Convincing,
            Weight::Much,
        );
        let summary = Summary::of(&answers, &argument);
        assert_eq!(summary.tally(Direction::Against).average, None);
        assert_eq!(summary.lean(), Lean::OneSide(Direction::Toward));
        assert_eq!(
            summary.balance(),
            "You found steps on what the essay concedes convincing or not convincing, but none \
             on the essay's reasons against a break, so there is nothing yet to compare them \
             with."
        );
    }

    #[test]
    fn the_lean_follows_the_weights() {
        let argument = argument();
        assert_eq!(
            Summary::of(&Answers::default(), &argument).lean(),
            Lean::Unjudged
        );
        let against = ids(&argument, Direction::Against);
        let toward = ids(&argument, Direction::Toward);
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
    fn a_reader_unsure_of_every_step_is_told_so_and_leans_nowhere() {
        let argument = argument();
        // Unsure of everything, bearing a lot against a break and a little
        // toward one, and a full break thought likely after reading.
        let answers = judge_all(
            Answers::default(),
            &argument,
            Direction::Against,
            Conviction::NotSure,
            Weight::Much,
        );
        let answers = judge_all(
            answers,
            &argument,
            Direction::Toward,
            Conviction::NotSure,
            Weight::Little,
        )
        .apply(AnswerAction::After(Some(Point::High)));
        let summary = Summary::of(&answers, &argument);
        assert_eq!(summary.lean(), Lean::Unsure);
        assert_eq!(
            summary.balance(),
            "You were not sure of any step you judged, so your answers lean neither way."
        );
        assert_eq!(summary.tension(), None);
    }

    #[test]
    fn the_view_after_reading_is_compared_with_the_essays() {
        let argument = argument();
        let essay = argument.answer().point;
        let after = |point| {
            Summary::of(
                &Answers::default().apply(AnswerAction::After(Some(point))),
                &argument,
            )
        };
        assert_eq!(
            after(essay).comparison(),
            "You give the same answer as the essay."
        );
        assert_eq!(
            after(Point::Highest).comparison(),
            "You think a full break more likely than the essay does."
        );
        assert_eq!(
            Summary::of(&Answers::default(), &argument).comparison(),
            "You have not given your view after reading yet."
        );
    }

    /// Judges the steps against a break alike and those toward one alike,
    /// gives a view after reading, and checks the tension stated.
    fn check_tension(
        against: (Conviction, Weight),
        toward: (Conviction, Weight),
        after: Option<Point>,
        expected: Option<&str>,
    ) {
        let argument = argument();
        let answers = judge_all(
            Answers::default(),
            &argument,
            Direction::Against,
            against.0,
            against.1,
        );
        let answers = judge_all(answers, &argument, Direction::Toward, toward.0, toward.1)
            .apply(AnswerAction::After(after));
        let tension = Summary::of(&answers, &argument).tension();
        assert_eq!(
            tension.as_deref(),
            expected,
            "{against:?}, {toward:?}, {after:?}"
        );
    }

    #[test]
    fn where_answers_lean_one_way_and_the_view_after_reading_the_other_the_summary_says_so() {
        use Conviction::*;
        use Point::*;
        let essay = argument().answer().point;
        assert_eq!(essay, Low, "the cases below place the essay's answer here");
        check_tension(
            (NotConvincing, Weight::Much),
            (Convincing, Weight::Little),
            Some(Low),
            Some(
                "Step for step, your answers lean toward a full break, yet you think a full \
                 break unlikely. What makes it unlikely for you?",
            ),
        );
        check_tension(
            (Convincing, Weight::Little),
            (NotConvincing, Weight::Much),
            Some(High),
            Some(
                "Step for step, your answers lean against a full break, yet you think a full \
                 break likely. What makes it likely for you?",
            ),
        );
        // Unsure of every reason against a break: that side has no
        // average, so there is nothing to weigh what the essay concedes
        // against, and no lean to set against the view.
        check_tension(
            (NotSure, Weight::Much),
            (Convincing, Weight::Much),
            Some(Lowest),
            None,
        );
    }

    #[test]
    fn answers_that_agree_or_lean_nowhere_raise_no_tension() {
        use Conviction::*;
        use Point::*;
        let much = |conviction| (conviction, Weight::Much);
        check_tension(much(Convincing), much(NotConvincing), Some(Low), None);
        check_tension(much(Convincing), much(NotConvincing), Some(Middle), None);
        check_tension(much(NotConvincing), much(Convincing), Some(High), None);
        check_tension(much(NotConvincing), much(Convincing), None, None);
        check_tension(much(Convincing), much(Convincing), Some(Highest), None);
        check_tension(much(NotSure), much(NotSure), Some(Highest), None);
        check_tension(much(NotSure), much(NotSure), Some(Lowest), None);
    }
}

/// Properties of the lean, its sentence and the tension, over every set of
/// answers on the fixture, and on arguments of any size built here.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use proptest::prelude::*;

    use super::*;
    use crate::fixture;
    use crate::judgement::Weight;

    /// Every judgement a reader can give one step, none included.
    fn every_judgement() -> Vec<Judgement> {
        let convictions = [None].into_iter().chain(Conviction::ALL.map(Some));
        convictions
            .flat_map(|conviction| {
                [None]
                    .into_iter()
                    .chain(Weight::ALL.map(Some))
                    .map(move |weight| Judgement { conviction, weight })
            })
            .collect()
    }

    fn judgement() -> impl Strategy<Value = Judgement> {
        proptest::sample::select(every_judgement())
    }

    fn after() -> impl Strategy<Value = Option<Point>> {
        proptest::option::of(proptest::sample::select(Point::ALL.to_vec()))
    }

    /// The fixture's summary with no answers: its judged steps, and where
    /// they stand.
    fn fixture_summary() -> Summary {
        let argument = fixture::content().argument;
        Summary::of(&Answers::default(), &argument)
    }

    /// A summary of an argument built here: these answers on its steps
    /// against a break, then these on its steps toward one (every step at
    /// the fixture's first judged step's place, which nothing here reads).
    fn summary(
        against: &[Judgement],
        toward: &[Judgement],
        after: Option<Point>,
        essay: Point,
    ) -> Summary {
        let step = fixture_summary().judged[0].step;
        let side = |direction, judgements: &[Judgement]| {
            judgements
                .iter()
                .map(|&judgement| JudgedAnswer {
                    step,
                    direction,
                    judgement,
                })
                .collect::<Vec<_>>()
        };
        Summary {
            judged: [
                side(Direction::Against, against),
                side(Direction::Toward, toward),
            ]
            .concat(),
            before: None,
            after,
            essay,
            sides: fixture_summary().sides,
        }
    }

    /// The same answers with the sides' judgements in each other's place.
    fn mirror_lean(lean: Lean) -> Lean {
        match lean {
            Lean::Toward => Lean::Against,
            Lean::Against => Lean::Toward,
            Lean::OneSide(direction) => Lean::OneSide(direction.opposite()),
            Lean::Unjudged | Lean::Unsure | Lean::Even => lean,
        }
    }

    fn mirror_point(point: Point) -> Point {
        Point::ALL[Point::ALL.len() - usize::from(point.rank())]
    }

    /// A sentence as it reads of the other side: the sides' names swapped,
    /// and toward and against, less and more, unlikely and likely.
    fn mirror_words(sentence: &str) -> String {
        let summary = fixture_summary();
        let against = summary.side(Direction::Against).name();
        let toward = summary.side(Direction::Toward).name();
        let words = sentence
            .replace(&against, "\u{1}")
            .replace(&toward, "\u{2}")
            .split(' ')
            .map(|word| {
                let core = word.trim_end_matches(['.', ',', ':', '?']);
                let swapped = match core {
                    "toward" => "against",
                    "against" => "toward",
                    "unlikely" => "likely",
                    "likely" => "unlikely",
                    other => other,
                };
                format!("{swapped}{}", &word[core.len()..])
            })
            .collect::<Vec<_>>()
            .join(" ");
        words.replace('\u{1}', &toward).replace('\u{2}', &against)
    }

    /// Whether a sentence claims that the answers lean one way.
    fn claims_a_lean(sentence: &str) -> bool {
        sentence.contains("lean toward") || sentence.contains("lean against")
    }

    /// What holds of every summary whatever its answers: a sentence that
    /// leans only for a lean, and a tension only where the lean and the view
    /// after reading fall on opposite sides of as likely as not.
    fn check_always(summary: &Summary) {
        let lean = summary.lean();
        let leans = matches!(lean, Lean::Toward | Lean::Against);
        assert_eq!(claims_a_lean(&summary.balance()), leans, "{summary:?}");
        let expected = match (lean, summary.after.map(|a| a.cmp(&Point::Middle))) {
            (Lean::Toward, Some(Ordering::Less)) => Some(Tension::TowardYetLow),
            (Lean::Against, Some(Ordering::Greater)) => Some(Tension::AgainstYetHigh),
            _ => None,
        };
        assert_eq!(summary.tension_kind(), expected, "{summary:?}");
        assert_eq!(
            summary.tension().is_some(),
            expected.is_some(),
            "{summary:?}"
        );
    }

    /// What holds of answers that lean nowhere: no sentence that leans, and
    /// no tension.
    fn check_leans_nowhere(summary: &Summary) {
        assert!(!claims_a_lean(&summary.balance()), "{summary:?}");
        assert!(
            !matches!(summary.lean(), Lean::Toward | Lean::Against),
            "{summary:?}"
        );
        assert_eq!(summary.tension(), None, "{summary:?}");
    }

    #[test]
    fn every_set_of_answers_on_the_fixture() {
        let empty = fixture_summary();
        let choices = every_judgement();
        let steps = empty.judged.len();
        let mut each = vec![0; steps];
        // Every judgement on every judged step, counted like an odometer.
        loop {
            for after in [None].into_iter().chain(Point::ALL.map(Some)) {
                let mut summary = empty.clone();
                for (answer, &choice) in summary.judged.iter_mut().zip(&each) {
                    answer.judgement = choices[choice];
                }
                summary.after = after;
                check_always(&summary);
                let convictions: Vec<Conviction> = summary
                    .judged
                    .iter()
                    .filter_map(|answer| answer.judgement.conviction)
                    .collect();
                if !convictions.is_empty() && convictions.iter().all(|&c| c == Conviction::NotSure)
                {
                    assert_eq!(summary.lean(), Lean::Unsure);
                    assert_eq!(
                        summary.balance(),
                        "You were not sure of any step you judged, so your answers lean \
                         neither way."
                    );
                }
                let mut points = summary
                    .judged
                    .iter()
                    .filter_map(|answer| answer.judgement.points());
                if let Some(first) = points.next()
                    && points.all(|each| each == first)
                {
                    check_leans_nowhere(&summary);
                }
                // Where each side is judged alike, its answers moved to
                // the other side read as the mirror of these.
                let uniform = |direction| {
                    let mut side = summary.pointing(direction).map(|a| a.judgement);
                    let first = side.next()?;
                    side.all(|each| each == first).then_some(first)
                };
                if let (Some(against), Some(toward)) =
                    (uniform(Direction::Against), uniform(Direction::Toward))
                {
                    let mut swapped = mirrored_view(&summary);
                    for answer in &mut swapped.judged {
                        answer.judgement = match answer.direction {
                            Direction::Against => toward,
                            Direction::Toward => against,
                        };
                    }
                    check_mirrored(&summary, &swapped);
                }
            }
            // The next set of answers, or the end.
            let Some(place) = each.iter().position(|&choice| choice + 1 < choices.len()) else {
                break;
            };
            each[place] += 1;
            each[..place].fill(0);
        }
    }

    /// The summary with the estimates and the essay's answer set at their
    /// mirror on the scale, and the answers kept.
    fn mirrored_view(summary: &Summary) -> Summary {
        Summary {
            before: summary.before.map(mirror_point),
            after: summary.after.map(mirror_point),
            essay: mirror_point(summary.essay),
            ..summary.clone()
        }
    }

    /// Checks that `swapped`, with each side's answers given to the other
    /// and the view after reading mirrored, reads as the mirror of
    /// `summary`: its lean, its sentence (the same where the sides are
    /// even) and its tension.
    fn check_mirrored(summary: &Summary, swapped: &Summary) {
        let lean = summary.lean();
        assert_eq!(swapped.lean(), mirror_lean(lean), "{summary:?}");
        if lean == Lean::Even {
            assert_eq!(swapped.balance(), summary.balance());
        } else {
            assert_eq!(swapped.balance(), mirror_words(&summary.balance()));
        }
        assert_eq!(
            swapped.tension(),
            summary.tension().map(|tension| mirror_words(&tension)),
            "{summary:?}"
        );
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn any_answers_lean_and_pull_apart_only_as_defined(
            against in proptest::collection::vec(judgement(), 0..7),
            toward in proptest::collection::vec(judgement(), 0..7),
            after in after(),
        ) {
            check_always(&summary(&against, &toward, after, Point::Low));
        }

        #[test]
        fn answers_all_not_sure_lean_nowhere_whatever_their_weights(
            against in proptest::collection::vec(proptest::option::of(0..3usize), 0..7),
            toward in proptest::collection::vec(proptest::option::of(0..3usize), 1..7),
            after in after(),
        ) {
            let unsure = |weights: &[Option<usize>]| {
                weights
                    .iter()
                    .map(|weight| Judgement {
                        conviction: Some(Conviction::NotSure),
                        weight: weight.map(|w| Weight::ALL[w]),
                    })
                    .collect::<Vec<_>>()
            };
            let summary = summary(&unsure(&against), &unsure(&toward), after, Point::Low);
            prop_assert_eq!(summary.lean(), Lean::Unsure);
            check_leans_nowhere(&summary);
        }

        #[test]
        fn answers_all_alike_lean_nowhere(
            alike in judgement(),
            against in proptest::collection::vec(any::<bool>(), 0..7),
            toward in proptest::collection::vec(any::<bool>(), 0..7),
            after in after(),
        ) {
            // Each step is answered alike, or left unanswered.
            let side = |answered: &[bool]| {
                answered
                    .iter()
                    .map(|&answered| if answered { alike } else { Judgement::default() })
                    .collect::<Vec<_>>()
            };
            check_leans_nowhere(&summary(&side(&against), &side(&toward), after, Point::Low));
        }

        #[test]
        fn swapping_equal_sides_step_by_step_mirrors_the_verdict(
            pairs in proptest::collection::vec((judgement(), judgement()), 0..7),
            after in after(),
            essay in proptest::sample::select(Point::ALL.to_vec()),
        ) {
            let (against, toward): (Vec<Judgement>, Vec<Judgement>) = pairs.into_iter().unzip();
            let summary = summary(&against, &toward, after, essay);
            let swapped = mirrored_view(&self::summary(&toward, &against, after, essay));
            check_mirrored(&summary, &swapped);
        }

        #[test]
        fn swapping_uniform_sides_of_any_sizes_mirrors_the_verdict(
            (against, toward) in (judgement(), judgement()),
            (against_steps, toward_steps) in (1..7usize, 1..7usize),
            after in after(),
            essay in proptest::sample::select(Point::ALL.to_vec()),
        ) {
            let summary = summary(
                &vec![against; against_steps],
                &vec![toward; toward_steps],
                after,
                essay,
            );
            let swapped = mirrored_view(&self::summary(
                &vec![toward; against_steps],
                &vec![against; toward_steps],
                after,
                essay,
            ));
            check_mirrored(&summary, &swapped);
        }

        #[test]
        fn more_steps_alone_never_make_a_side_outweigh(
            against in proptest::collection::vec(judgement(), 0..6),
            toward in proptest::collection::vec(judgement(), 0..6),
            copies in 2..5usize,
            after in after(),
        ) {
            let lean = summary(&against, &toward, after, Point::Low).lean();
            let copied = |side: &[Judgement]| side.repeat(copies);
            let unanswered = |side: &[Judgement]| [side, &[Judgement::default()]].concat();
            // A side's steps, answers and all, any number of times over.
            prop_assert_eq!(summary(&copied(&against), &toward, after, Point::Low).lean(), lean);
            prop_assert_eq!(summary(&against, &copied(&toward), after, Point::Low).lean(), lean);
            // A step more, unanswered, on either side.
            prop_assert_eq!(summary(&unanswered(&against), &toward, after, Point::Low).lean(), lean);
            prop_assert_eq!(summary(&against, &unanswered(&toward), after, Point::Low).lean(), lean);
        }
    }
}
