//! What we say of a class's answers, in our own voice: discussion
//! starters drawn from them.

use super::ClassTally;
use super::statistics::{StepTally, most_split};
use crate::argument::Argument;
use crate::response::Response;
use crate::site::Site;
use crate::step::{Direction, StepKind};

/// The most discussion starters offered.
pub const MOST_STARTERS: usize = 3;

/// A count, at the start of a sentence addressed to the class.
fn of_you(count: u32) -> String {
    match count {
        1 => "One of you".to_owned(),
        n => format!("{n} of you"),
    }
}

impl ClassTally {
    /// Up to [`MOST_STARTERS`] discussion starters, in our own
    /// voice, each drawn from the class's answers and naming our steps by
    /// number and title: the step that divided the class most evenly, the
    /// step most found convincing by those whose estimate changed (at
    /// least two of them), and where answers and estimates pull apart.
    /// What the essay concedes is never called convincing: what we ask of
    /// it is whether its facts make the outcome more probable (or less,
    /// where they point against it). Fewer
    /// starters, or none, where the answers cannot support them.
    pub fn starters(&self, argument: &Argument) -> Vec<String> {
        let site = Site::embedded();
        // What the essay concedes makes the outcome more probable, or less,
        // as its facts point.
        let conceded = |step: &StepTally| {
            let more = match step.direction {
                Direction::Toward => &site.scale.more,
                Direction::Against => &site.scale.less,
            };
            format!("make {} {more}", site.outcome)
        };
        let is_conceded = |step: &StepTally| argument[step.step].kind == StepKind::Concession;
        let steps = self.steps(argument);
        let split = most_split(&steps).map(|step| {
            let divided = if step.splits_the_class() {
                "split the class"
            } else {
                "divided some of you"
            };
            let sides = if is_conceded(step) {
                format!(
                    "{} of you thought these facts {}, and {} thought they do not",
                    step.convinced,
                    conceded(step),
                    step.unconvinced
                )
            } else {
                format!(
                    "{} of you found it convincing and {} found it not convincing",
                    step.convinced, step.unconvinced
                )
            };
            format!(
                "{} {divided}: {sides}. What would each side want the other to see?",
                argument.label_in_prose(step.step)
            )
        });
        let changed: Vec<&Response> = self
            .responses
            .iter()
            .filter(|r| matches!((r.answers.before, r.answers.after), (Some(b), Some(a)) if a != b))
            .collect();
        let most_convincing = self
            .tally_steps(argument, changed.iter().copied())
            .into_iter()
            .filter(|step| step.convinced >= 2)
            .reduce(|best, step| {
                if step.convinced > best.convinced {
                    step
                } else {
                    best
                }
            })
            .map(|step| {
                let of_those = format!(
                    "Of the {} of you whose estimate changed between before and after reading,",
                    changed.len()
                );
                let name = argument.label_in_prose(step.step);
                if is_conceded(&step) {
                    format!(
                        "{of_those} {} thought the facts of {name} {}. What part, if any, did \
                         they play in the change?",
                        step.convinced,
                        conceded(&step)
                    )
                } else {
                    format!(
                        "{of_those} {} found {name} convincing. What part, if any, did it play \
                         in the change?",
                        step.convinced
                    )
                }
            });
        let tensions = self.tensions(argument);
        // The two are each other's mirror.
        let pulled = |count: u32, way: Direction, than_not: &str, view: &str| {
            (count > 0).then(|| {
                format!(
                    "{} gave answers that lean {} {outcome}, step for step, yet after reading \
                     thought {outcome} {than_not}. What, for you, makes it {view}?",
                    of_you(count),
                    way.preposition(),
                    outcome = site.outcome
                )
            })
        };
        let scale = &site.scale;
        let toward = pulled(
            tensions.toward_yet_low,
            Direction::Toward,
            scale.below_middle,
            scale.less,
        );
        let against = pulled(
            tensions.against_yet_high,
            Direction::Against,
            scale.above_middle,
            scale.more,
        );
        [split, most_convincing, toward, against]
            .into_iter()
            .flatten()
            .take(MOST_STARTERS)
            .collect()
    }
}

/// When a response was handed in (minutes since the Unix epoch), as a
/// teacher reads it: `2026-12-06 14:05`, at `offset` minutes east of UTC
/// (the teacher's own clock).
pub fn clock(minutes: u32, offset: i32) -> String {
    let local = i64::from(minutes) + i64::from(offset);
    let (days, minute) = (local.div_euclid(1_440), local.rem_euclid(1_440));
    // The civil calendar from a count of days (Howard Hinnant's algorithm),
    // in eras of 400 years that begin on 1 March.
    let shifted = days + 719_468;
    let era = shifted.div_euclid(146_097);
    let of_era = shifted - era * 146_097;
    let year_of_era = (of_era - of_era / 1_460 + of_era / 36_524 - of_era / 146_096) / 365;
    let day_of_year = of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02}",
        minute / 60,
        minute % 60
    )
}

/// A student as the page names them: the name they gave, or that they gave
/// none.
pub fn student(name: Option<&str>) -> String {
    name.map_or_else(|| "A student who gave no name".to_owned(), str::to_owned)
}

impl ClassTally {
    /// The step that divided the class most evenly between convincing and
    /// not convincing, if any did: the one the first discussion starter
    /// asks about.
    pub fn split_step(&self, argument: &Argument) -> Option<StepTally> {
        most_split(&self.steps(argument)).cloned()
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{argument, class, class_of, generated};
    use super::*;

    #[test]
    fn an_empty_class_starts_no_discussion() {
        let argument = argument();
        assert!(ClassTally::default().starters(&argument).is_empty());
        let agreed = class_of("before=2&after=2&trade=c&name=A\nbefore=3&after=3&trade=c&name=B");
        assert!(agreed.starters(&argument).is_empty());
        let one_changed =
            class_of("before=2&after=3&trade=c&name=A\nbefore=3&after=3&trade=c&name=B");
        assert!(one_changed.starters(&argument).is_empty());
    }

    #[test]
    fn a_split_class_is_asked_where_it_split() {
        assert_eq!(
            class().starters(&argument()),
            [
                "Step 3 (Title of rivals) split the class: 2 of you found it convincing and 2 \
                 found it not convincing. What would each side want the other to see?",
                "Of the 3 of you whose estimate changed between before and after reading, 2 \
                 found Step 3 (Title of rivals) convincing. What part, if any, did it play in \
                 the change?",
                "One of you gave answers that lean toward a full break, step for step, yet after \
                 reading thought a full break less likely than not. What, for you, makes it less \
                 likely?",
            ]
        );
        let split_once = class_of(
            "after=4&granted=n&rivals=c&trade=c&name=A\n\
             after=4&granted=n&rivals=n&trade=c&name=B\n\
             after=4&granted=n&rivals=c&trade=c&name=C\n\
             after=4&granted=c&trade=n&name=D",
        );
        assert_eq!(
            split_once.starters(&argument()),
            [
                "Step 3 (Title of rivals) split the class: 2 of you found it convincing and 1 \
                 found it not convincing. What would each side want the other to see?",
                "3 of you gave answers that lean against a full break, step for step, yet after \
                 reading thought a full break more likely than not. What, for you, makes it more \
                 likely?",
            ]
        );
    }

    /// The first starter a class's answers give: where they split, if they do.
    fn first_starter(paste: &str) -> String {
        let argument = argument();
        class_of(paste)
            .starters(&argument)
            .into_iter()
            .next()
            .unwrap_or_default()
    }

    /// A class's links, one student for each code: their judgement of
    /// `rivals`, or none where the code is empty.
    fn judged_rivals(codes: &[&str]) -> String {
        codes
            .iter()
            .enumerate()
            .map(|(i, code)| match *code {
                "" => format!("before=2&name=S{i}"),
                code => format!("rivals={code}&name=S{i}"),
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn a_class_is_said_to_split_only_where_each_side_has_a_quarter() {
        // One each way of four who judged it: a quarter each, a split.
        assert_eq!(
            first_starter(&judged_rivals(&["c", "n", "u", "u"])),
            "Step 3 (Title of rivals) split the class: 1 of you found it convincing and 1 found \
             it not convincing. What would each side want the other to see?"
        );
        // One each way of five who judged it: less than a quarter each.
        assert_eq!(
            first_starter(&judged_rivals(&["c", "n", "u", "u", "u"])),
            "Step 3 (Title of rivals) divided some of you: 1 of you found it convincing and 1 \
             found it not convincing. What would each side want the other to see?"
        );
        // One against four: the smaller side is a fifth.
        assert!(
            first_starter(&judged_rivals(&["c", "n", "n", "n", "n"])).starts_with(
                "Step 3 (Title of rivals) divided some of you: 1 of you found it convincing and \
                 4 found it not convincing."
            )
        );
        // Those who did not judge the step are not counted on either side.
        assert!(first_starter(&judged_rivals(&["c", "n", "", "", ""])).contains("split the class"));
    }

    #[test]
    fn what_the_essay_concedes_is_never_called_convincing() {
        assert_eq!(
            first_starter("granted=c&name=A\ngranted=n&name=B"),
            "Step 2 (Title of granted) split the class: 1 of you thought these facts make a \
             full break more likely, and 1 thought they do not. What would each side want the \
             other to see?"
        );
        let argument = argument();
        let changed =
            class_of("before=1&after=2&granted=c&name=A\nbefore=2&after=1&granted=c&name=B");
        assert_eq!(
            changed.starters(&argument),
            [
                "Of the 2 of you whose estimate changed between before and after reading, 2 \
              thought the facts of Step 2 (Title of granted) make a full break more likely. What \
              part, if any, did they play in the change?"
            ]
        );
    }

    #[test]
    fn no_starter_says_unconvincing_or_where_the_essay_ends() {
        let argument = argument();
        let paste: Vec<String> = (0..40).map(generated).collect();
        let starters = class_of(&paste.join("\n")).starters(&argument);
        assert!(!starters.is_empty());
        for starter in [class().starters(&argument), starters].concat() {
            assert!(!starter.contains("unconvincing"), "{starter}");
            assert!(!starter.contains("where the essay does"), "{starter}");
            assert!(!starter.contains(" did not."), "{starter}");
        }
    }

    #[test]
    fn a_time_handed_in_reads_as_the_teachers_clock() {
        assert_eq!(clock(0, 0), "1970-01-01 00:00");
        // 2026-12-06 14:05 UTC.
        let minutes = 29_942_765;
        assert_eq!(clock(minutes, 0), "2026-12-06 14:05");
        assert_eq!(clock(minutes, 60), "2026-12-06 15:05");
        assert_eq!(clock(minutes, -15 * 60), "2026-12-05 23:05");
        // A leap day, and the turn of a century that is not a leap year.
        assert_eq!(clock(28_486_080, 0), "2024-02-29 00:00");
        assert_eq!(clock(68_459_040, 0), "2100-03-01 00:00");
        assert_eq!(clock(u32::MAX, 0), "10136-02-16 04:15");
    }

    #[test]
    fn the_split_step_is_the_first_starters() {
        let argument = argument();
        let split = class().split_step(&argument).expect("a split");
        assert_eq!(&*argument[split.step].id, "rivals");
        assert_eq!(ClassTally::default().split_step(&argument), None);
    }
}
