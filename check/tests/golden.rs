//! The checker's output for each broken content folder under
//! `tests/fixtures/` is the one held beside it in `expected.txt`, word for
//! word: what an author reads is part of what the checker does. After a
//! change meant to alter it, `UPDATE_GOLDEN=1 cargo test -p check --test
//! golden` writes the new output, to be read and committed.

use std::fs;
use std::path::Path;

/// The file beside each fixture's content that holds its expected output.
const EXPECTED: &str = "expected.txt";

#[test]
fn every_fixture_gives_the_output_held_beside_it() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some_and(|value| value == "1");
    let mut cases: Vec<_> = fs::read_dir("tests/fixtures")
        .expect("the fixtures' folder")
        .map(|entry| entry.expect("a fixture").path())
        .filter(|path| path.is_dir())
        .collect();
    cases.sort();
    assert!(cases.len() >= 12, "the fixtures are found");
    let mut differ = Vec::new();
    for case in &cases {
        let (_, report) = check::check(case);
        let output = check::output(case, &report, false);
        let expected_path = case.join(EXPECTED);
        if update {
            fs::write(&expected_path, &output).expect("the expected output is written");
            continue;
        }
        let expected = fs::read_to_string(&expected_path).unwrap_or_default();
        if output != expected {
            differ.push(format!(
                "{}:\n--- expected\n{expected}\n+++ given\n{output}",
                case.display()
            ));
        }
    }
    assert!(
        differ.is_empty(),
        "the checker's output changed (UPDATE_GOLDEN=1 rewrites it):\n{}",
        differ.join("\n")
    );
}

/// A fixture of each kind the checker's output is held for: the broken
/// folders the rules were written against, and one that breaks none.
#[test]
fn the_fixtures_break_what_their_names_say() {
    let codes = |case: &str| -> Vec<&'static str> {
        let (_, report) = check::check(&Path::new("tests/fixtures").join(case));
        report
            .diagnostics
            .iter()
            .map(|diagnostic| diagnostic.code.as_str())
            .collect()
    };
    for (case, expected) in [
        ("clean", &[][..]),
        ("dropped-not", &["C0301"]),
        ("changed-number", &["C0301"]),
        ("unknown-field", &["C0101"]),
        ("unquoted-sentence", &["C0303"]),
        ("steps-out-of-order", &["C0401"]),
        ("overlapping-quotes", &["C0302"]),
        ("duplicate-id", &["C0202"]),
        ("unknown-passage", &["C0203"]),
        ("curly-our-words", &["C0501"]),
        ("unused-term", &["C0601"]),
        ("bad-toml", &["C0002"]),
        ("missing-file", &["C0001"]),
    ] {
        assert_eq!(codes(case), expected, "{case}");
    }
}
