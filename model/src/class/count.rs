//! Which responses count, and for whom: a student is a start on the
//! assignment ([`Response::start`]); of a student's hand-ins the latest
//! counts and the earlier ones are replaced; the same response pasted twice
//! counts once; responses to another assignment are set apart; two students
//! who gave one name are flagged for the teacher to check; and a roster
//! says who has not handed in.

use std::collections::HashMap;

use super::ClassTally;
use crate::argument::StepIndex;
use crate::assignment::{Assignment, AssignmentId};
use crate::response::Response;
use crate::student::StartId;

/// A name as it is matched: trimmed, its inner spaces one, in lower case,
/// and the accents of Latin letters left out (`unaccented`), so
/// `Zoë K`, ` zoe  k ` and `ZOË K` are one name: a roster typed without an
/// accent still finds the student who typed one.
pub fn name_key(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
        .chars()
        .map(unaccented)
        .collect()
}

/// The letters of Latin-1 (U+00E0 to U+00FF, lower case) and Latin
/// Extended-A (U+0100 to U+017F) without their accents, and a letter with a
/// stroke (ł, ø, đ) as the letter it is drawn on: `-` where a letter
/// has no base letter of one character (æ, ĳ, œ, and ß, þ, ÷ kept as they
/// are). A table rather than Unicode's decomposition, whose crate would add
/// its tables to the WebAssembly a student downloads to hand in.
const LATIN_BASES: &str = concat!(
    "aaaaaa-ceeeeiiiidnooooo-ouuuuy-y",
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii--jjkkkllllllllll",
    "nnnnnnnnnoooooo--rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs",
);

/// A lower-case letter without its accent, where it is a Latin letter with
/// one; any other character as it is.
fn unaccented(c: char) -> char {
    let index = match c {
        '\u{E0}'..='\u{FF}' => c as usize - 0xE0,
        '\u{100}'..='\u{17F}' => c as usize - 0x100 + 0x20,
        _ => return c,
    };
    match LATIN_BASES.as_bytes().get(index) {
        Some(b'-') | None => c,
        Some(&base) => char::from(base),
    }
}

/// Whether a later hand-in of the same start gives another name than the
/// one it replaces (as [`name_key`] matches names): one student who changed
/// their name, or another who went on with their answers on a shared
/// device, which the teacher is told to check.
pub fn renamed(earlier: &Response, later: &Response) -> bool {
    let key = |response: &Response| response.name.as_deref().map(name_key);
    key(earlier) != key(later)
}

/// The names of a roster: one a line, trimmed, blank lines passed over, and
/// a name given twice (as [`name_key`] matches) kept once, where it first
/// stands.
pub fn roster_names(roster: &str) -> Vec<&str> {
    let mut seen = Vec::new();
    let mut names = Vec::new();
    for name in roster
        .lines()
        .map(str::trim)
        .filter(|name| !name.is_empty())
    {
        let key = name_key(name);
        if !seen.contains(&key) {
            seen.push(key);
            names.push(name);
        }
    }
    names
}

/// The assignment a class's responses are counted for: the one the page
/// knows, or else the one most responses answer (the first pasted of
/// those, where two are answered as often).
fn counted_for(pasted: &[Response], known: Option<&Assignment>) -> Option<AssignmentId> {
    if let Some(assignment) = known {
        return Some(assignment.id);
    }
    let mut answered: Vec<(AssignmentId, usize)> = Vec::new();
    for response in pasted {
        match answered
            .iter_mut()
            .find(|(id, _)| *id == response.assignment)
        {
            Some((_, count)) => *count += 1,
            None => answered.push((response.assignment, 1)),
        }
    }
    // The first of the most answered: `max_by_key` would give the last.
    let most = answered.iter().map(|&(_, count)| count).max()?;
    answered
        .into_iter()
        .find(|&(_, count)| count == most)
        .map(|(id, _)| id)
}

impl ClassTally {
    /// The class's responses counted from those read from a paste, in the
    /// order pasted, for the assignment the page knows (if it knows one):
    /// a response identical to one before it is counted once (and said to
    /// be repeated); a response to another assignment is set apart
    /// ([`ClassTally::elsewhere`]); of one start's responses the one handed
    /// in last counts (the later pasted, where two were handed in in the
    /// same minute) and the others are replaced. The counted responses are
    /// in the order handed in.
    pub fn count(pasted: Vec<Response>, known: Option<&Assignment>) -> ClassTally {
        let assignment = counted_for(&pasted, known);
        let mut tally = ClassTally {
            assignment,
            assigned: known.map(|assignment| assignment.steps().collect()),
            ..ClassTally::default()
        };
        let mut once: Vec<Response> = Vec::new();
        for response in pasted {
            if once.contains(&response) {
                tally.repeated += 1;
            } else {
                once.push(response);
            }
        }
        let (ours, elsewhere): (Vec<Response>, Vec<Response>) = once
            .into_iter()
            .partition(|response| Some(response.assignment) == assignment);
        tally.elsewhere = elsewhere;
        // Each start's latest response, by where it stands in `ours`.
        let mut latest: HashMap<StartId, usize> = HashMap::new();
        for (at, response) in ours.iter().enumerate() {
            let later = latest
                .get(&response.start)
                .is_none_or(|&before| ours[before].handed_in <= response.handed_in);
            if later {
                latest.insert(response.start, at);
            }
        }
        for (at, response) in ours.into_iter().enumerate() {
            if latest.get(&response.start) == Some(&at) {
                tally.responses.push(response);
            } else {
                tally.replaced.push(response);
            }
        }
        // A stable sort: two handed in in the same minute stay as pasted.
        tally.responses.sort_by_key(|response| response.handed_in);
        tally.replaced.sort_by_key(|response| response.handed_in);
        tally
    }

    /// The response that replaced this one: the counted response of the
    /// same start.
    pub fn replacement(&self, replaced: &Response) -> Option<&Response> {
        self.responses
            .iter()
            .find(|response| response.start == replaced.start)
    }

    /// The counted responses that share a name (as [`name_key`] matches it)
    /// with another counted response: each group from different starts, so
    /// either two students gave one name or one student started twice, and
    /// the teacher should check. Both count. Groups in the order their first
    /// response was handed in, each in the order handed in.
    pub fn flagged(&self) -> Vec<Vec<&Response>> {
        let mut groups: Vec<(String, Vec<&Response>)> = Vec::new();
        for response in &self.responses {
            let Some(name) = &response.name else {
                continue;
            };
            let key = name_key(name);
            match groups.iter_mut().find(|(each, _)| *each == key) {
                Some((_, group)) => group.push(response),
                None => groups.push((key, vec![response])),
            }
        }
        groups
            .into_iter()
            .map(|(_, group)| group)
            .filter(|group| group.len() > 1)
            .collect()
    }

    /// Whether a counted response shares its name with another.
    pub fn is_flagged(&self, response: &Response) -> bool {
        self.flagged()
            .iter()
            .any(|group| group.iter().any(|each| each.start == response.start))
    }

    /// The names of a roster (one a line, see [`roster_names`]) that no
    /// counted response gave, matched as [`name_key`] matches, in the
    /// roster's order.
    pub fn missing<'a>(&self, roster: &'a str) -> Vec<&'a str> {
        let given: Vec<String> = self
            .responses
            .iter()
            .filter_map(|response| response.name.as_deref())
            .map(name_key)
            .collect();
        roster_names(roster)
            .into_iter()
            .filter(|name| !given.contains(&name_key(name)))
            .collect()
    }

    /// Whether the step is one the class's figures show: one assigned, where
    /// the page knows the assignment, or else one that any counted response
    /// judged or gave a reason for.
    pub fn shows(&self, step: StepIndex, id: &str) -> bool {
        match &self.assigned {
            Some(assigned) => assigned.contains(&step),
            None => self.responses.iter().any(|response| {
                let judgement = response.answers.judgement(id);
                judgement.conviction.is_some()
                    || judgement.weight.is_some()
                    || response.answers.reason(id).is_some()
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{argument, response};
    use super::*;
    use crate::argument::Argument;

    fn assignment(argument: &Argument, id: u32, first: &str, last: &str) -> Assignment {
        Assignment::new(
            AssignmentId::from_bits(id),
            argument.index_of(first).expect("a step of the fixture"),
            argument.index_of(last).expect("a step of the fixture"),
            "",
            true,
        )
        .expect("an assignment")
    }

    #[test]
    fn a_hand_in_under_another_name_is_renamed() {
        let named = |name: Option<&str>| response(1, 1, 10, name, "");
        assert!(!renamed(&named(Some("Dev")), &named(Some(" dev "))));
        assert!(!renamed(&named(Some("Zoë")), &named(Some("Zoe"))));
        assert!(renamed(&named(Some("Dev")), &named(Some("Eva"))));
        assert!(renamed(&named(None), &named(Some("Eva"))));
        assert!(!renamed(&named(None), &named(None)));
    }

    #[test]
    fn names_match_without_their_accents() {
        for (typed, roster) in [
            ("Zoë", "Zoe"),
            ("Amélie Dupont", "amelie  dupont"),
            ("Łukasz", "LUKASZ"),
            ("Søren Ærø", "soren ærø"),
            ("Ñúñez", "Nunez"),
        ] {
            assert_eq!(name_key(typed), name_key(roster), "{typed}");
        }
        assert_ne!(name_key("Zoë"), name_key("Zoa"));
        assert_eq!(name_key("Straße"), "straße");
    }

    /// The names of these responses, `-` for none.
    fn names<'a>(responses: impl IntoIterator<Item = &'a Response>) -> Vec<&'a str> {
        responses
            .into_iter()
            .map(|response| response.name.as_deref().unwrap_or("-"))
            .collect()
    }

    #[test]
    fn the_latest_hand_in_of_a_student_counts_and_the_earlier_are_replaced() {
        let pasted = vec![
            response(1, 1, 30, Some("Anna"), "before=2&rivals=c"),
            response(1, 2, 10, Some("Ben"), "before=3"),
            // Anna again, later, from the same start: her answers changed.
            response(1, 1, 50, Some("Anna"), "before=2&rivals=n"),
            // An earlier hand-in of Anna's, pasted last.
            response(1, 1, 20, Some("Anna"), "before=1"),
        ];
        let tally = ClassTally::count(pasted.clone(), None);
        assert_eq!(
            names(&tally.responses),
            ["Ben", "Anna"],
            "in the order handed in"
        );
        assert_eq!(tally.responses[1], pasted[2]);
        assert_eq!(names(&tally.replaced), ["Anna", "Anna"]);
        assert_eq!(
            tally
                .replaced
                .iter()
                .map(|r| r.handed_in)
                .collect::<Vec<_>>(),
            [20, 30]
        );
        assert_eq!(tally.replacement(&tally.replaced[0]), Some(&pasted[2]));
        assert_eq!(tally.repeated, 0);
        assert!(tally.flagged().is_empty(), "one student, handing in twice");
    }

    #[test]
    fn the_same_response_pasted_twice_counts_once() {
        let anna = response(1, 1, 30, Some("Anna"), "before=2&rivals=c");
        let tally = ClassTally::count(vec![anna.clone(), anna.clone(), anna.clone()], None);
        assert_eq!(tally.responses, [anna]);
        assert_eq!((tally.repeated, tally.replaced.len()), (2, 0));
    }

    #[test]
    fn two_students_under_one_name_both_count_and_are_flagged() {
        let pasted = vec![
            response(1, 1, 30, Some("Ben"), "before=2"),
            response(1, 2, 31, Some("Cleo"), "before=2"),
            response(1, 3, 32, Some(" ben "), "before=4"),
            response(1, 4, 33, None, "before=4"),
            response(1, 5, 34, None, "before=5"),
        ];
        let tally = ClassTally::count(pasted, None);
        assert_eq!(tally.responses.len(), 5);
        let flagged: Vec<Vec<&str>> = tally.flagged().into_iter().map(names).collect();
        assert_eq!(
            flagged,
            [vec!["Ben", " ben "]],
            "names given none are not one name"
        );
        assert!(tally.is_flagged(&tally.responses[0]));
        assert!(!tally.is_flagged(&tally.responses[1]));
    }

    #[test]
    fn responses_to_another_assignment_are_set_apart() {
        let argument = argument();
        let pasted = vec![
            response(2, 1, 30, Some("Old"), "before=2"),
            response(1, 2, 31, Some("Anna"), "before=2"),
            response(1, 3, 32, Some("Ben"), "before=4"),
            response(2, 4, 33, Some("Older"), "before=4"),
        ];
        let known = assignment(&argument, 2, "rivals", "trade");
        let tally = ClassTally::count(pasted.clone(), Some(&known));
        assert_eq!(tally.assignment, Some(AssignmentId::from_bits(2)));
        assert_eq!(names(&tally.responses), ["Old", "Older"]);
        assert_eq!(names(&tally.elsewhere), ["Anna", "Ben"]);
        // Where the page knows no assignment, the one most answered counts.
        let tally = ClassTally::count(pasted[..3].to_vec(), None);
        assert_eq!(tally.assignment, Some(AssignmentId::from_bits(1)));
        assert_eq!(names(&tally.elsewhere), ["Old"]);
        // As often answered: the first pasted.
        let tally = ClassTally::count(pasted, None);
        assert_eq!(tally.assignment, Some(AssignmentId::from_bits(2)));
        assert_eq!(ClassTally::count(Vec::new(), None).assignment, None);
    }

    #[test]
    fn a_roster_gives_who_is_missing() {
        let pasted = vec![
            response(1, 1, 30, Some("anna k"), "before=2"),
            response(1, 2, 31, Some("BEN"), "before=2"),
        ];
        let tally = ClassTally::count(pasted, None);
        assert_eq!(
            tally.missing("  Anna  K \n\nBen\nCleo\ncleo\n Dan \n"),
            ["Cleo", "Dan"]
        );
        assert!(tally.missing("").is_empty());
        assert_eq!(ClassTally::default().missing("Anna\n"), ["Anna"]);
    }

    #[test]
    fn only_the_assigned_steps_are_shown_when_the_assignment_is_known() {
        let argument = argument();
        let step = |id: &str| argument.index_of(id).expect("a step of the fixture");
        let pasted = vec![response(
            1,
            1,
            30,
            Some("A"),
            "before=2&granted=c&rivals=:Because",
        )];
        let known = assignment(&argument, 1, "trade", "trade");
        let assigned = ClassTally::count(pasted.clone(), Some(&known));
        assert!(assigned.shows(step("trade"), "trade"));
        assert!(!assigned.shows(step("granted"), "granted"));
        let unknown = ClassTally::count(pasted, None);
        assert!(unknown.shows(step("granted"), "granted"));
        assert!(unknown.shows(step("rivals"), "rivals"), "a reason alone");
        assert!(!unknown.shows(step("trade"), "trade"));
    }
}

/// The latest-per-student rule over any class's hand-ins, in any order.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use proptest::prelude::*;

    use super::super::tests::response;
    use super::*;

    proptest! {
        /// Whatever the order pasted and however often, each student (start)
        /// counts once, with their latest hand-in, and every other distinct
        /// hand-in of theirs is replaced.
        #[test]
        fn each_student_counts_once_with_their_latest(
            hand_ins in prop::collection::vec((0u32..5, 0u32..6, 0u8..3), 0..24),
        ) {
            let pasted: Vec<Response> = hand_ins
                .iter()
                .map(|&(start, time, before)| {
                    response(1, start, time, None, &format!("before={}", before + 1))
                })
                .collect();
            let tally = ClassTally::count(pasted.clone(), None);
            let mut distinct: Vec<&Response> = Vec::new();
            for response in &pasted {
                if !distinct.contains(&response) {
                    distinct.push(response);
                }
            }
            prop_assert_eq!(tally.repeated, pasted.len() - distinct.len());
            prop_assert_eq!(tally.responses.len() + tally.replaced.len(), distinct.len());
            for counted in &tally.responses {
                prop_assert_eq!(
                    tally.responses.iter().filter(|r| r.start == counted.start).count(),
                    1
                );
                let latest = distinct
                    .iter()
                    .filter(|r| r.start == counted.start)
                    .map(|r| r.handed_in)
                    .max();
                prop_assert_eq!(Some(counted.handed_in), latest);
            }
            for replaced in &tally.replaced {
                let replacement = tally.replacement(replaced);
                prop_assert!(replacement.is_some_and(|r| r.handed_in >= replaced.handed_in));
            }
            prop_assert!(tally.responses.windows(2).all(|w| w[0].handed_in <= w[1].handed_in));
        }
    }
}
