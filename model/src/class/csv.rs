//! A class's answers as a table for a spreadsheet.

use super::ClassTally;
use super::english::clock;
use crate::argument::{Argument, StepIndex};
use crate::judgement::{Conviction, Weight};
use crate::point::Point;
use crate::step::Step;

/// A cell of a CSV table (RFC 4180): quoted if it holds a comma, a quotation
/// mark or a line break, and with an apostrophe before anything a
/// spreadsheet would take for a formula.
fn csv_cell(text: &str) -> String {
    let guarded = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if guarded.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// A step's columns' headings: its label, and what the column holds.
fn step_headings(label: &str) -> [String; 3] {
    ["judgement", "weight", "reason"].map(|what| format!("{label} ({what})"))
}

impl ClassTally {
    /// The counted responses as a CSV table (RFC 4180, lines ended by CRLF)
    /// for a spreadsheet, a row each in the order handed in, under headings
    /// in words: the name given; when it was handed in, on the teacher's
    /// clock (`offset` minutes east of UTC, see [`clock`]); each estimate as
    /// its number on the scale (1 to 5) beside its words, and `yes` where
    /// the estimate before reading was given only after starting to read;
    /// for each judged step shown ([`ClassTally::shows`]), the judgement,
    /// the weight and the reason; the reason for the view after reading;
    /// and a note where another counted response gave the same name. Empty
    /// where nothing was given.
    pub fn to_csv(&self, argument: &Argument, offset: i32) -> String {
        let steps: Vec<(StepIndex, &Step)> = argument
            .indexed()
            .filter(|(index, step)| step.kind.is_judged() && self.shows(*index, &step.id))
            .collect();
        let headings = [
            "Name",
            "Handed in",
            "Before reading (1–5)",
            "Before reading",
            "Before reading given late",
            "After reading (1–5)",
            "After reading",
        ]
        .map(str::to_owned)
        .into_iter()
        .chain(
            steps
                .iter()
                .flat_map(|(index, _)| step_headings(&argument.label(*index))),
        )
        .chain(["Reason for the view after reading", "Note"].map(str::to_owned));
        let mut rows = vec![headings.map(|cell| csv_cell(&cell)).collect::<Vec<_>>()];
        for response in &self.responses {
            let answers = &response.answers;
            let estimate = |estimate: Option<Point>| {
                estimate.map_or([String::new(), String::new()], |estimate| {
                    [estimate.rank().to_string(), estimate.label().to_owned()]
                })
            };
            let [before_rank, before] = estimate(answers.before);
            let [after_rank, after] = estimate(answers.after);
            let late = if answers.is_before_late() { "yes" } else { "" };
            let judged = steps.iter().flat_map(|(_, step)| {
                let judgement = answers.judgement(&step.id);
                [
                    judgement.conviction.map_or("", Conviction::label),
                    judgement.weight.map_or("", Weight::label),
                    answers.reason(&step.id).unwrap_or_default(),
                ]
                .map(str::to_owned)
            });
            let note = if self.is_flagged(response) {
                "Another response gave the same name: check"
            } else {
                ""
            };
            let cells = [
                response.name.clone().unwrap_or_default(),
                clock(response.handed_in, offset),
                before_rank,
                before,
                late.to_owned(),
                after_rank,
                after,
            ]
            .into_iter()
            .chain(judged)
            .chain([
                answers.view_reason().unwrap_or_default().to_owned(),
                note.to_owned(),
            ]);
            rows.push(cells.map(|cell| csv_cell(&cell)).collect());
        }
        rows.into_iter().map(|row| row.join(",") + "\r\n").collect()
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{argument, class, class_of};
    use super::*;

    #[test]
    fn csv_cells_are_quoted_and_never_taken_for_formulas() {
        for (text, cell) in [
            ("Anna", "Anna"),
            ("", ""),
            ("Smith, Anna", "\"Smith, Anna\""),
            ("Anna \"K\"", "\"Anna \"\"K\"\"\""),
            ("two\nlines", "\"two\nlines\""),
            ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
            ("+1", "'+1"),
            ("-1", "'-1"),
            ("@cmd", "'@cmd"),
            ("\tx", "'\tx"),
            ("\rx", "\"'\rx\""),
            ("=1,2", "\"'=1,2\""),
            ("a=b", "a=b"),
        ] {
            assert_eq!(csv_cell(text), cell, "{text}");
        }
    }

    #[test]
    fn the_class_goes_to_a_spreadsheet_a_row_each() {
        let argument = argument();
        let class = class_of(
            "before=2&after=2&granted=c&rivals=n3:Old+ties%2C+%22new%22+trade&trade=n&name=A\n\
             before=2&after=4&rivals=c2&trade=c3&why=Trade+wins&name=B\n\
             before=4&after=1&granted=n1&rivals=c&trade=u&name=C\n\
             before=5&granted=c3\n\
             before=3&name=%3DHYPERLINK%28%29\n\
             before=4&late=1&name=a",
        );
        let headings = "Name,Handed in,Before reading (1–5),Before reading,\
            Before reading given late,After reading (1–5),After reading,\
            Step 2: Title of granted (judgement),Step 2: Title of granted (weight),\
            Step 2: Title of granted (reason),\
            Step 3: Title of rivals (judgement),Step 3: Title of rivals (weight),\
            Step 3: Title of rivals (reason),\
            Step 4: Title of trade (judgement),Step 4: Title of trade (weight),\
            Step 4: Title of trade (reason),\
            Reason for the view after reading,Note\r\n";
        let flag = "Another response gave the same name: check";
        assert_eq!(
            class.to_csv(&argument, 60),
            format!(
                "{headings}\
                 A,1970-01-01 01:00,2,Unlikely,,2,Unlikely,Convincing,,,Not convincing,A lot,\
                 \"Old ties, \"\"new\"\" trade\",Not convincing,,,,{flag}\r\n\
                 B,1970-01-01 01:01,2,Unlikely,,4,Likely,,,,Convincing,Somewhat,,\
                 Convincing,A lot,,Trade wins,\r\n\
                 C,1970-01-01 01:02,4,Likely,,1,Very unlikely,Not convincing,A little,,\
                 Convincing,,,Not sure,,,,\r\n\
                 ,1970-01-01 01:03,5,Very likely,,,,Convincing,A lot,,,,,,,,,\r\n\
                 '=HYPERLINK(),1970-01-01 01:04,3,As likely as not,,,,,,,,,,,,,,\r\n\
                 a,1970-01-01 01:05,4,Likely,yes,,,,,,,,,,,,,{flag}\r\n"
            )
        );
        assert_eq!(
            ClassTally::default().to_csv(&argument, 0),
            "Name,Handed in,Before reading (1–5),Before reading,Before reading given late,\
             After reading (1–5),After reading,Reason for the view after reading,Note\r\n"
        );
    }

    #[test]
    fn only_the_assigned_steps_have_columns() {
        let argument = argument();
        let mut class = class();
        class.assigned = Some(vec![argument.index_of("trade").expect("a step")]);
        let csv = class.to_csv(&argument, 0);
        let headings = csv.lines().next().expect("headings");
        assert!(headings.contains("Step 4: Title of trade (judgement)"));
        assert!(!headings.contains("rivals"));
        assert_eq!(csv.lines().count(), 6);
    }
}
