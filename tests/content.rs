//! The shipped content files obey the explainer's rules: the essay is the
//! published text, every quote is verbatim, every passage is explained, and a
//! broken content file is rejected with a message naming it.

use std::path::Path;

use diplomacy_explainer::model::{
    ARGUMENT_FILE, Content, ESSAY_FILE, GLOSSARY_FILE, Segment, StepKind,
};

const SEED: &str = "../shared/seed/000_d616309271d42b08.txt";

fn content() -> Content {
    Content::load().unwrap_or_else(|error| panic!("{error}"))
}

fn essay_source() -> String {
    std::fs::read_to_string(ESSAY_FILE).expect("the essay file is readable")
}

#[test]
fn the_essay_file_is_the_published_essay_without_its_furniture() {
    let seed = Path::new(env!("CARGO_MANIFEST_DIR")).join(SEED);
    let Ok(seed) = std::fs::read_to_string(&seed) else {
        eprintln!("skipped: {} is not beside this checkout", seed.display());
        return;
    };
    let (essay, furniture) = seed
        .split_once("\nComments\n")
        .expect("the seed has its Comments line");
    assert_eq!(essay_source().trim_end(), essay.trim_end());
    assert!(furniture.contains("Popular posts"));
}

#[test]
fn the_app_reads_the_content_files_as_written() {
    let read = |file| std::fs::read_to_string(file).expect("the content file is readable");
    let as_written = Content::parse(&essay_source(), &read(ARGUMENT_FILE), &read(GLOSSARY_FILE))
        .unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(content(), as_written);
}

#[test]
fn no_blog_furniture_is_shown() {
    let content = content();
    let shown: Vec<&str> = content
        .essay
        .passages()
        .map(|p| &*p.text)
        .chain(
            content
                .argument
                .steps()
                .iter()
                .flat_map(|s| s.cited().map(|(_, text)| text)),
        )
        .collect();
    for text in shown {
        for furniture in [
            "Comments",
            "Popular posts",
            "GABIT",
            "Zelensky",
            "As of 2025",
        ] {
            assert!(!text.contains(furniture), "{furniture:?} shown in {text:?}");
        }
    }
}

#[test]
fn every_quote_is_verbatim_in_its_passage_and_in_the_file() {
    let content = content();
    let source = essay_source();
    for step in content.argument.steps() {
        for (passage, text) in step.cited() {
            let passage = content.essay.passage(passage).expect("passage exists");
            assert!(passage.text.contains(text), "{}: {text}", step.id);
            assert!(source.contains(text), "{}: {text}", step.id);
        }
    }
}

#[test]
fn every_passage_of_the_essay_is_quoted_by_some_step() {
    let content = content();
    for passage in content.essay.passages() {
        let quoted = content
            .argument
            .steps()
            .iter()
            .flat_map(|s| &s.quotes)
            .any(|q| q.passage == passage.id);
        assert!(quoted, "passage {} is never quoted", passage.id);
    }
    assert_eq!(content.essay.paragraphs.len(), 7);
}

#[test]
fn the_steps_follow_the_argument() {
    let kinds: Vec<StepKind> = content().argument.steps().iter().map(|s| s.kind).collect();
    assert_eq!(kinds.first(), Some(&StepKind::Question));
    assert_eq!(kinds.get(1), Some(&StepKind::Definition));
    assert!(kinds.contains(&StepKind::CaseFor));
    assert!(
        kinds
            .iter()
            .filter(|&&k| k == StepKind::ReasonAgainst)
            .count()
            >= 5
    );
    assert_eq!(
        &kinds[kinds.len() - 2..],
        [StepKind::Conclusion, StepKind::Condition]
    );
}

const ARGUMENT: &str = include_str!("../content/argument.toml");
const GLOSSARY: &str = include_str!("../content/glossary.toml");

fn check_rejected(essay: &str, argument: &str, file: &str, expected: &str) {
    check_rejected_with(essay, argument, GLOSSARY, file, expected);
}

fn check_rejected_with(essay: &str, argument: &str, glossary: &str, file: &str, expected: &str) {
    let Err(error) = Content::parse(essay, argument, glossary) else {
        panic!("content was accepted; expected an error with {expected:?}");
    };
    assert_eq!(error.file, file);
    let message = error.to_string();
    assert!(message.starts_with(&format!("{file}: ")), "{message}");
    assert!(message.contains(expected), "{expected:?} not in {message}");
}

#[test]
fn broken_content_files_are_rejected_with_the_file_named() {
    let essay = essay_source();
    for (from, to, expected) in [
        ("claim =", "claims =", "unknown field `claims`"),
        (
            "kind = \"question\"",
            "kind = \"query\"",
            "unknown variant `query`",
        ),
        (
            "Firstly, it's",
            "First, it is",
            "is not verbatim in passage `p2`",
        ),
        ("passage = \"p6\"", "passage = \"p60\"", "passage `p60`"),
        ("id = \"question\"", "id = \"question", "TOML parse error"),
    ] {
        let argument = ARGUMENT.replacen(from, to, 1);
        check_rejected(&essay, &argument, ARGUMENT_FILE, expected);
    }
    check_rejected("", ARGUMENT, ESSAY_FILE, "empty");
    let longer = format!("{essay}\n\nAn eighth paragraph.");
    let unquoted = "passage `p8` of the essay is not quoted";
    check_rejected(&longer, ARGUMENT, ARGUMENT_FILE, unquoted);
}

#[test]
fn a_broken_glossary_is_rejected_with_the_file_named() {
    let essay = essay_source();
    let glossary = GLOSSARY.replacen("definition =", "meaning =", 1);
    check_rejected_with(
        &essay,
        ARGUMENT,
        &glossary,
        GLOSSARY_FILE,
        "unknown field `meaning`",
    );
}

#[test]
fn the_essay_runs_rebuild_every_passage_and_tie_each_quote_to_its_step() {
    let content = content();
    let mut quotes_seen = 0;
    for passage in content.essay.passages() {
        let runs = content.essay_runs(passage);
        let joined: String = runs.iter().map(|run| run.text).collect();
        assert_eq!(joined, &*passage.text);
        for run in runs {
            if let Some((step, quote)) = run.quote {
                let quoted = &content.argument.steps()[step].quotes[quote];
                assert_eq!(&*quoted.text, run.text);
                quotes_seen += 1;
            }
        }
    }
    let total: usize = content
        .argument
        .steps()
        .iter()
        .map(|s| s.quotes.len())
        .sum();
    assert_eq!(quotes_seen, total, "every quote appears on the essay page");
}

/// Every text a glossary term can be marked in: the essay and our prose.
fn marked_texts(content: &Content) -> Vec<String> {
    let essay = content.essay.passages().map(|p| p.text.to_string());
    let ours = content
        .argument
        .steps()
        .iter()
        .flat_map(|s| [s.claim.to_string(), s.plain.to_string(), s.why.to_string()]);
    essay.chain(ours).collect()
}

#[test]
fn every_glossary_term_is_marked_somewhere() {
    let content = content();
    let texts = marked_texts(&content);
    for (index, term) in content.glossary.terms().iter().enumerate() {
        let used = texts.iter().any(|text| {
            content
                .glossary
                .mark(text)
                .iter()
                .any(|segment| matches!(segment, Segment::Term(_, i) if *i == index))
        });
        assert!(used, "glossary term `{}` is never marked", term.id);
    }
}
