//! A class's answers as a table for a spreadsheet.

use super::super::argument::Argument;
use super::super::likelihood::Likelihood;
use super::ClassTally;

/// The spreadsheet's column that says an estimate before reading was given
/// late.
const LATE_COLUMN: &str = "before-given-late";

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

impl ClassTally {
    /// The responses as a CSV table (RFC 4180, lines ended by CRLF) for a
    /// spreadsheet: a header `name,before,after`, then the id of each step
    /// judged, then `before-given-late`; then a row for each response, with
    /// its estimates by their labels, each judgement in words, and `yes`
    /// where its estimate before reading was given only after starting to
    /// read and each judgement in words (empty where none was
    /// given).
    pub fn to_csv(&self, argument: &Argument) -> String {
        let judged: Vec<&str> = argument
            .steps()
            .iter()
            .filter(|step| step.kind.direction().is_some())
            .map(|step| &*step.id)
            .collect();
        let mut rows = vec![
            ["name", "before", "after"]
                .into_iter()
                .chain(judged.iter().copied())
                .chain([LATE_COLUMN])
                .map(csv_cell)
                .collect::<Vec<_>>(),
        ];
        for response in &self.responses {
            let answers = &response.answers;
            let estimates = [answers.before, answers.after]
                .map(|estimate| estimate.map_or("", Likelihood::label).to_owned());
            let late = if answers.is_before_late() { "yes" } else { "" };
            let judgements = judged
                .iter()
                .map(|id| answers.judgement(id).in_words().unwrap_or_default());
            rows.push(
                [response.name.clone().unwrap_or_default()]
                    .into_iter()
                    .chain(estimates)
                    .chain(judgements)
                    .chain([late.to_owned()])
                    .map(|cell| csv_cell(&cell))
                    .collect(),
            );
        }
        rows.into_iter().map(|row| row.join(",") + "\r\n").collect()
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{argument, class};
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
        let mut class = class();
        class.responses.extend(
            ClassTally::read(
                "#v=1&before=3&name=Smith%2C%20%22Jo%22\n#v=1&before=3&name=%3DHYPERLINK%28%29\n\
                 #v=1&before=4&late=1&name=E",
                &argument,
            )
            .responses,
        );
        assert_eq!(
            class.to_csv(&argument),
            "name,before,after,granted,rivals,trade,before-given-late\r\n\
             A,Unlikely,Unlikely,Convincing,Not convincing; bears a lot,Not convincing,\r\n\
             B,Unlikely,Likely,,Convincing; bears somewhat,Convincing; bears a lot,\r\n\
             C,Likely,Very unlikely,Not convincing; bears a little,Convincing,Not sure,\r\n\
             D,Very unlikely,As likely as not,,Not convincing,,\r\n\
             ,Very likely,,Convincing; bears a lot,,,\r\n\
             \"Smith, \"\"Jo\"\"\",As likely as not,,,,,\r\n\
             '=HYPERLINK(),As likely as not,,,,,\r\n\
             E,Likely,,,,,yes\r\n"
        );
        assert_eq!(
            ClassTally::default().to_csv(&argument),
            "name,before,after,granted,rivals,trade,before-given-late\r\n"
        );
    }
}
