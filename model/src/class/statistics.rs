//! What a class's answers add up to: the estimates by point and time, how
//! they changed, each judged step's answers, and where answers and
//! estimates pull apart.

use std::cmp::Ordering;

use super::{ClassTally, EstimateTime};
use crate::argument::{Argument, StepIndex};
use crate::judgement::{Conviction, Weight};
use crate::point::Point;
use crate::response::Response;
use crate::step::Direction;
use crate::summary::{Summary, Tension};

/// A step is said to split the class only where each side, convincing and
/// not convincing, has at least one in this many of those who judged it (a
/// quarter); a smaller side is said to divide some of the class.
pub const SPLIT_SHARE: u32 = 4;

/// How the estimates changed between before and after reading.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Shifts {
    /// Gave a point higher on the scale after reading than before.
    pub higher: u32,
    /// Gave a point lower on the scale after reading.
    pub lower: u32,
    /// Gave the same estimate both times.
    pub unchanged: u32,
    /// Did not give both estimates.
    pub incomplete: u32,
}

/// The class's answers on one judged step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepTally {
    /// Where the step stands.
    pub step: StepIndex,
    /// Which way it points: steps pointing opposite ways are never added
    /// together.
    pub direction: Direction,
    /// How many found it convincing.
    pub convinced: u32,
    /// How many were not sure.
    pub unsure: u32,
    /// How many found it not convincing.
    pub unconvinced: u32,
    /// How many did not judge it.
    pub unanswered: u32,
    /// How many said it bears on the answer by each weight, least first.
    pub weights: Vec<(Weight, u32)>,
}

impl StepTally {
    /// How many found it convincing and how many not convincing, the fewer
    /// first, if at least one said each: the step divided them.
    pub(super) fn split(&self) -> Option<(u32, u32)> {
        let fewer = self.convinced.min(self.unconvinced);
        (fewer > 0).then_some((fewer, self.convinced + self.unconvinced))
    }

    /// How many judged it: convincing, not sure or not convincing.
    fn answered(&self) -> u32 {
        self.convinced + self.unsure + self.unconvinced
    }

    /// Whether the step split the class: each side, convincing and not
    /// convincing, has at least [`SPLIT_SHARE`] of those who judged it.
    pub(super) fn splits_the_class(&self) -> bool {
        let fewer = self.convinced.min(self.unconvinced);
        fewer > 0 && u64::from(fewer) * u64::from(SPLIT_SHARE) >= u64::from(self.answered())
    }
}

/// Where answers and estimates pull apart across the class, counted as the
/// verdict page finds it for each one ([`Summary::tension_kind`]): a
/// student's answers lean one way, step for step, and their estimate after
/// reading falls on the other side of the scale's middle. Each count is the
/// other's mirror.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tensions {
    /// Answers that lean toward the outcome, yet an estimate after reading
    /// below the scale's middle ([`Tension::TowardYetLow`]).
    pub toward_yet_low: u32,
    /// Answers that lean against the outcome, yet an estimate after reading
    /// above the scale's middle ([`Tension::AgainstYetHigh`]).
    pub against_yet_high: u32,
}

/// The answers on one judged step, from these responses.
fn tally_step<'a>(
    step: StepIndex,
    direction: Direction,
    id: &str,
    responses: impl Iterator<Item = &'a Response>,
) -> StepTally {
    let mut tally = StepTally {
        step,
        direction,
        convinced: 0,
        unsure: 0,
        unconvinced: 0,
        unanswered: 0,
        weights: Weight::ALL.map(|weight| (weight, 0)).to_vec(),
    };
    for response in responses {
        let judgement = response.answers.judgement(id);
        let count = match judgement.conviction {
            Some(Conviction::Convincing) => &mut tally.convinced,
            Some(Conviction::NotSure) => &mut tally.unsure,
            Some(Conviction::NotConvincing) => &mut tally.unconvinced,
            None => &mut tally.unanswered,
        };
        *count += 1;
        if let Some(weight) = judgement.weight {
            for (each, count) in &mut tally.weights {
                if *each == weight {
                    *count += 1;
                }
            }
        }
    }
    tally
}

/// The step that divided the class most evenly between convincing and
/// not convincing (at least one each way): the largest share on the
/// smaller side, then the most answers, then the earliest step.
pub(super) fn most_split(steps: &[StepTally]) -> Option<&StepTally> {
    let mut best: Option<(&StepTally, (u32, u32))> = None;
    for step in steps {
        let Some((fewer, both)) = step.split() else {
            continue;
        };
        let better = best.is_none_or(|(_, (best_fewer, best_both))| {
            let evenness = (u64::from(fewer) * u64::from(best_both))
                .cmp(&(u64::from(best_fewer) * u64::from(both)));
            evenness.then(both.cmp(&best_both)) == Ordering::Greater
        });
        if better {
            best = Some((step, (fewer, both)));
        }
    }
    best.map(|(step, _)| step)
}

impl ClassTally {
    /// How many gave each point of the scale at this time, the lowest
    /// first (the count for a [`Point`] at its rank less one).
    pub fn estimates(&self, when: EstimateTime) -> [u32; 5] {
        let mut counts = [0; 5];
        for estimate in self.responses.iter().filter_map(|r| when.of(&r.answers)) {
            counts[usize::from(estimate.rank()) - 1] += 1;
        }
        counts
    }

    /// How many gave no estimate for this time: a late estimate before
    /// reading counts as the estimate before reading.
    pub fn without_estimate(&self, when: EstimateTime) -> u32 {
        let mut count = 0;
        for response in &self.responses {
            if when.asked(&response.answers).is_none() {
                count += 1;
            }
        }
        count
    }

    /// How the estimates changed between before and after reading; a late
    /// estimate before reading says nothing of how reading changed a view,
    /// so it counts as not both given.
    pub fn shifts(&self) -> Shifts {
        let mut shifts = Shifts::default();
        for response in &self.responses {
            let before = EstimateTime::BeforeReading.of(&response.answers);
            let count = match (before, response.answers.after) {
                (Some(before), Some(after)) => match after.cmp(&before) {
                    Ordering::Greater => &mut shifts.higher,
                    Ordering::Less => &mut shifts.lower,
                    Ordering::Equal => &mut shifts.unchanged,
                },
                _ => &mut shifts.incomplete,
            };
            *count += 1;
        }
        shifts
    }

    /// The class's answers on every judged step shown (see
    /// [`Argument::is_judged`] and [`ClassTally::shows`]), in the argument's
    /// order, each with the way it points.
    pub fn steps(&self, argument: &Argument) -> Vec<StepTally> {
        self.tally_steps(argument, self.responses.iter())
    }

    /// The answers on the judged steps shown ([`ClassTally::shows`]), from
    /// these responses, in the argument's order.
    pub(super) fn tally_steps<'a>(
        &self,
        argument: &Argument,
        responses: impl Iterator<Item = &'a Response> + Clone,
    ) -> Vec<StepTally> {
        argument
            .indexed()
            .filter(|(index, step)| self.shows(*index, &step.id))
            .filter_map(|(index, step)| {
                let direction = argument.direction(step.kind)?;
                Some(tally_step(index, direction, &step.id, responses.clone()))
            })
            .collect()
    }

    /// Where answers and estimates pull apart: each response summed up as
    /// the verdict page sums it ([`Summary::of`]), and counted by the
    /// tension it finds there ([`Summary::tension_kind`]).
    pub fn tensions(&self, argument: &Argument) -> Tensions {
        let mut tensions = Tensions::default();
        for response in &self.responses {
            match Summary::of(&response.answers, argument).tension_kind() {
                Some(Tension::TowardYetLow) => tensions.toward_yet_low += 1,
                Some(Tension::AgainstYetHigh) => tensions.against_yet_high += 1,
                None => {}
            }
        }
        tensions
    }
}

/// A reason a student wrote, with the name they gave, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reason<'a> {
    /// The name the student gave.
    pub name: Option<&'a str>,
    /// What they wrote.
    pub text: &'a str,
}

/// The reasons written for one judged step, by the judgement they explain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepReasons<'a> {
    /// Where the step stands.
    pub step: StepIndex,
    /// Which way it points.
    pub direction: Direction,
    /// Each answer on whether it convinces, in the order the step offers
    /// them and then no answer (`None`), with the reasons of those who gave
    /// it, in the order handed in; an answer no reason explains is left out.
    pub sides: Vec<(Option<Conviction>, Vec<Reason<'a>>)>,
}

/// Groups reasons by a key, in the order of `keys`, leaving out a key no
/// reason has.
fn grouped<'a, K: PartialEq + Copy>(
    keys: impl IntoIterator<Item = K>,
    reasons: &[(K, Reason<'a>)],
) -> Vec<(K, Vec<Reason<'a>>)> {
    keys.into_iter()
        .map(|key| {
            let of_key = reasons
                .iter()
                .filter(|(each, _)| *each == key)
                .map(|&(_, reason)| reason);
            (key, of_key.collect::<Vec<_>>())
        })
        .filter(|(_, reasons)| !reasons.is_empty())
        .collect()
}

impl ClassTally {
    /// The reasons written for each judged step shown, by the judgement
    /// they explain: convincing, not sure, not convincing, or none given.
    /// A step no one wrote a reason for is left out.
    pub fn reasons<'a>(&'a self, argument: &Argument) -> Vec<StepReasons<'a>> {
        self.steps(argument)
            .into_iter()
            .filter_map(|tallied| {
                let id = &argument[tallied.step].id;
                let written: Vec<(Option<Conviction>, Reason<'_>)> = self
                    .responses
                    .iter()
                    .filter_map(|response| {
                        let text = response.answers.reason(id)?;
                        let name = response.name.as_deref();
                        let conviction = response.answers.judgement(id).conviction;
                        Some((conviction, Reason { name, text }))
                    })
                    .collect();
                let keys = Conviction::ALL.map(Some).into_iter().chain([None]);
                let sides = grouped(keys, &written);
                (!sides.is_empty()).then_some(StepReasons {
                    step: tallied.step,
                    direction: tallied.direction,
                    sides,
                })
            })
            .collect()
    }

    /// The reasons written for the view after reading, by the estimate
    /// after reading they explain, the lowest first, then none given.
    pub fn view_reasons(&self) -> Vec<(Option<Point>, Vec<Reason<'_>>)> {
        let written: Vec<(Option<Point>, Reason<'_>)> = self
            .responses
            .iter()
            .filter_map(|response| {
                let text = response.answers.view_reason()?;
                let name = response.name.as_deref();
                Some((response.answers.after, Reason { name, text }))
            })
            .collect();
        grouped(Point::ALL.map(Some).into_iter().chain([None]), &written)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{argument, class, class_of};
    use super::*;

    #[test]
    fn the_estimates_are_counted_by_point_and_time() {
        let class = class();
        assert_eq!(
            class.estimates(EstimateTime::BeforeReading),
            [1, 2, 0, 1, 1]
        );
        assert_eq!(class.estimates(EstimateTime::AfterReading), [1, 1, 1, 1, 0]);
        assert_eq!(class.without_estimate(EstimateTime::BeforeReading), 0);
        assert_eq!(class.without_estimate(EstimateTime::AfterReading), 1);
        assert_eq!(
            class.shifts(),
            Shifts {
                higher: 2,
                lower: 1,
                unchanged: 1,
                incomplete: 1
            }
        );
        assert_eq!(ClassTally::default().shifts(), Shifts::default());
    }

    #[test]
    fn estimates_before_reading_given_late_are_counted_apart() {
        let mut class = class();
        let late = "before=2&late=1&after=4&name=L\nbefore=5&late=1&name=M";
        class.responses.extend(class_of(late).responses);
        assert_eq!(
            class.estimates(EstimateTime::BeforeReading),
            [1, 2, 0, 1, 1],
            "not mixed into the estimates before reading"
        );
        assert_eq!(class.estimates(EstimateTime::LateBefore), [0, 1, 0, 0, 1]);
        assert_eq!(class.estimates(EstimateTime::AfterReading), [1, 1, 1, 2, 0]);
        assert_eq!(class.without_estimate(EstimateTime::BeforeReading), 0);
        assert_eq!(class.without_estimate(EstimateTime::AfterReading), 2);
        assert_eq!(
            class.shifts(),
            Shifts {
                higher: 2,
                lower: 1,
                unchanged: 1,
                incomplete: 3
            },
            "a late estimate says nothing of how reading changed a view"
        );
    }

    #[test]
    fn each_judged_step_is_tallied_with_the_way_it_points() {
        let argument = argument();
        let tally = |id: &str, direction, counts: [u32; 4], weights: [u32; 3]| StepTally {
            step: argument.index_of(id).expect("a step of the fixture"),
            direction,
            convinced: counts[0],
            unsure: counts[1],
            unconvinced: counts[2],
            unanswered: counts[3],
            weights: Weight::ALL.into_iter().zip(weights).collect(),
        };
        assert_eq!(
            class().steps(&argument),
            [
                tally("granted", Direction::Toward, [2, 0, 1, 2], [1, 0, 1]),
                tally("rivals", Direction::Against, [2, 0, 2, 1], [0, 1, 1]),
                tally("trade", Direction::Against, [1, 1, 1, 2], [0, 0, 1]),
            ]
        );
    }

    #[test]
    fn tensions_are_counted_as_the_verdict_page_finds_them() {
        let argument = argument();
        let class = class();
        assert_eq!(
            class.tensions(&argument),
            Tensions {
                toward_yet_low: 1,
                against_yet_high: 0
            }
        );
        let said = |name: &str| {
            let response = class
                .responses
                .iter()
                .find(|r| r.name.as_deref() == Some(name))
                .expect("a student of the class");
            Summary::of(&response.answers, &argument).tension()
        };
        assert!(said("A").is_some_and(|t| t.contains("lean toward a full break")));
        // B judged the reasons against a break alone: nothing to compare.
        assert_eq!(said("B"), None);
        // C leans against a full break, and thinks it very unlikely.
        assert_eq!(said("C"), None);
        // The mirror of A: leaning against, and thinking a full break likely.
        let mirrored = class_of("after=4&granted=n&rivals=c3&trade=c2");
        assert_eq!(
            mirrored.tensions(&argument),
            Tensions {
                toward_yet_low: 0,
                against_yet_high: 1
            }
        );
        // Unsure of every step, whatever the weights and the estimate: no
        // lean, so no tension.
        let unsure = class_of(
            "after=5&granted=u1&rivals=u3&trade=u&name=F\n\
             after=1&granted=u3&rivals=u1&name=G",
        );
        assert_eq!(unsure.tensions(&argument), Tensions::default());
        assert!(unsure.starters(&argument).is_empty());
    }

    /// Checks which step, if any, a class split on most evenly.
    fn check_split(paste: &str, expected: Option<&str>) {
        let argument = argument();
        let steps = class_of(paste).steps(&argument);
        let split = most_split(&steps).map(|step| argument[step.step].id.to_string());
        assert_eq!(split.as_deref(), expected, "{paste}");
    }

    #[test]
    fn the_most_even_split_is_the_one_asked_about() {
        check_split("", None);
        check_split("granted=c&name=A\ngranted=u&name=B", None);
        check_split("granted=c&name=A\ngranted=n&name=B", Some("granted"));
        check_split(
            "granted=c&rivals=c&name=A\ngranted=n&rivals=c&name=B\n\
             rivals=n&name=C\nrivals=n&name=D",
            Some("rivals"),
        );
        check_split(
            "granted=c&rivals=c&name=A\ngranted=n&rivals=c&name=B\n\
             rivals=c&name=C\nrivals=n&name=D",
            Some("granted"),
        );
    }

    /// A side of a step's reasons: the judgement, and each reason's name and
    /// words.
    type Side<'a> = (Option<Conviction>, Vec<(Option<&'a str>, &'a str)>);

    #[test]
    fn reasons_are_given_by_step_and_by_side() {
        let argument = argument();
        let tally = class_of(
            "after=2&rivals=c:Trade+ties&why=Too+much+at+stake&name=A\n\
             after=4&rivals=n3:Old+news&trade=u&name=B\n\
             after=2&rivals=c2:Same&why=Same+view\n\
             trade=:No+judgement&name=D",
        );
        let reasons = tally.reasons(&argument);
        let said: Vec<(String, Vec<Side<'_>>)> = reasons
            .iter()
            .map(|step| {
                let sides = step
                    .sides
                    .iter()
                    .map(|(side, reasons)| {
                        (*side, reasons.iter().map(|r| (r.name, r.text)).collect())
                    })
                    .collect();
                (argument[step.step].id.to_string(), sides)
            })
            .collect();
        assert_eq!(
            said,
            [
                (
                    "rivals".to_owned(),
                    vec![
                        (
                            Some(Conviction::Convincing),
                            vec![(Some("A"), "Trade ties"), (None, "Same")]
                        ),
                        (
                            Some(Conviction::NotConvincing),
                            vec![(Some("B"), "Old news")]
                        ),
                    ]
                ),
                (
                    "trade".to_owned(),
                    vec![(None, vec![(Some("D"), "No judgement")])]
                ),
            ]
        );
        let views: Vec<(Option<Point>, Vec<&str>)> = tally
            .view_reasons()
            .into_iter()
            .map(|(after, reasons)| (after, reasons.iter().map(|r| r.text).collect()))
            .collect();
        assert_eq!(
            views,
            [(Some(Point::ALL[1]), vec!["Too much at stake", "Same view"])]
        );
        assert!(ClassTally::default().reasons(&argument).is_empty());
    }
}
