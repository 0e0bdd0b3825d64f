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

/// Each fixture breaks what its name says, and nothing else; and every code
/// the checker has is given by one of them, so the output of each is held.
#[test]
fn the_fixtures_break_what_their_names_say_and_every_rule_is_held() {
    let codes = |case: &str| -> Vec<&'static str> {
        let (_, report) = check::check(&Path::new("tests/fixtures").join(case));
        report
            .diagnostics
            .iter()
            .map(|diagnostic| diagnostic.code.as_str())
            .collect()
    };
    let cases: &[(&str, &[&str])] = &[
        ("answer-point", &["C0104"]),
        ("bad-toml", &["C0002"]),
        ("changed-number", &["C0301"]),
        ("clean", &[]),
        ("concession-at-middle", &["C0404"]),
        ("condition-missing", &["C0102"]),
        ("counted-reasons", &["C0507"]),
        ("counted-reasons-quoted", &[]),
        ("curly-apostrophe", &["C0301"]),
        ("curly-our-words", &["C0501"]),
        ("draft-placeholders", &["C0106", "C0106"]),
        ("dropped-hedge", &["C0505"]),
        ("dropped-not", &["C0301"]),
        ("duplicate-id", &["C0202"]),
        ("empty-match", &["C0602"]),
        ("empty-text", &["C0105", "C0105"]),
        ("evidence-outside", &["C0305"]),
        ("hedge-not-in-essay", &["C0506"]),
        ("key-after-header", &["C0101"]),
        ("missing-field", &["C0102"]),
        ("missing-file", &["C0001"]),
        ("missing-placeholder", &["C0110"]),
        ("no-answer-words", &["C0307"]),
        ("no-quote", &["C0304"]),
        ("not-a-slug", &["C0201"]),
        ("not-one-of-several", &["C0504"]),
        ("overlapping-quotes", &["C0302"]),
        ("point-id-to", &["C0205"]),
        ("quotes-past-next", &["C0402"]),
        ("reply-outside", &["C0306"]),
        ("reply-to-later", &["C0204"]),
        ("same-label", &["C0206"]),
        ("scale-points", &["C0107"]),
        ("short-name-too-long", &["C0109"]),
        ("spacing", &["C0301"]),
        ("steps-out-of-order", &["C0401"]),
        ("title-only-essay", &["C0003"]),
        ("two-questions", &["C0403"]),
        ("unattributed-claim", &["C0503"]),
        ("unbalanced-curly", &["C0502"]),
        ("unknown-field", &["C0101"]),
        ("unknown-kind", &["C0104"]),
        ("unknown-passage", &["C0203"]),
        ("unknown-placeholder", &["C0108"]),
        ("unquoted-sentence", &["C0303"]),
        ("unused-term", &["C0601"]),
        ("wrong-passage", &["C0301"]),
        ("wrong-type", &["C0103"]),
    ];
    let mut given = std::collections::BTreeSet::new();
    for (case, expected) in cases {
        assert_eq!(codes(case), *expected, "{case}");
        given.extend(expected.iter().copied());
    }
    for code in check::Code::ALL {
        assert!(given.contains(code.as_str()), "no fixture gives {code:?}");
    }
}

/// Colour is drawn only when asked for (the bin asks on a terminal without
/// `NO_COLOR`), and the words are the same either way.
#[test]
fn colour_is_only_drawn_when_asked_for() {
    let case = Path::new("tests/fixtures/dropped-not");
    let (_, report) = check::check(case);
    let plain = check::output(case, &report, false);
    let coloured = check::output(case, &report, true);
    assert!(!plain.contains('\u{1b}'));
    assert!(coloured.contains("\u{1b}["));
    let mut stripped = String::new();
    let mut rest = coloured.as_str();
    while let Some(start) = rest.find('\u{1b}') {
        stripped.push_str(&rest[..start]);
        rest = rest[start..].split_once('m').map_or("", |(_, after)| after);
    }
    stripped.push_str(rest);
    assert_eq!(stripped, plain);
}
