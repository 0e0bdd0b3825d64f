//! The shipped content obeys the explainer's rules: the checker (the `check`
//! crate, which holds every rule of `content/README.md` a machine can check)
//! finds nothing in `content/`; the essay is the published text; and the
//! rules that reach past the content folder hold too: the app's own strings
//! put curly quotation marks only around the essay's words and count none of
//! its reasons, and every string the pages build from a step's title keeps
//! the essay's hedges.

use std::path::Path;
use std::rc::Rc;

use check::rules::{CurlyFault, counted_reasons, curly_faults, dropped_hedges};
use diplomacy_explainer::Pages;
use diplomacy_explainer::app::{App, AppProps, PageChanges};
use diplomacy_explainer::route::{Route, document_title};
use diplomacy_explainer::router::Prerender;
use model::{
    AnswerAction, Answers, AssignmentId, Content, Conviction, ESSAY_FILE, MAX_NAME_CHARS,
    MAX_REASON_CHARS, MAX_VIEW_REASON_CHARS, Point, Progress, ProgressAction, Response, StartId,
    StepKind, Weight,
};
use qrcodegen::{QrCode, QrCodeEcc};
use sha2::{Digest, Sha256};
use yew::LocalServerRenderer;

mod common;
use common::rust_files;

/// The SHA-256 of the published essay: the source text (`shared/seed/` in the project's
/// steering repository) up to, not including, its "Comments" line, with trailing white space
/// trimmed. Recorded when the essay file was checked against it word for word, so that this
/// test needs nothing outside this checkout: any edit to the essay file fails it.
const PUBLISHED_ESSAY_SHA256: &str =
    "b8393750c26701af7ab19e4b43d93212df9c13973c2192652e222e1ebd6f3d30";

fn content() -> &'static Content {
    Content::get()
}

/// The content folder as the checker reads it (whether its rules hold is
/// the first test's to say).
fn document() -> check::Document {
    let (document, report) = check::check(Path::new("content"));
    document.unwrap_or_else(|| panic!("{report}"))
}

fn essay_source() -> String {
    std::fs::read_to_string(ESSAY_FILE).expect("the essay file is readable")
}

/// Every rule of `content/README.md` that the checker holds (verbatim
/// quotes, every word quoted, the steps' order, curly quotation marks,
/// claims that name the essay, reasons called one of several, the hedges of
/// `content/hedges.toml`, no count of the essay's reasons, every glossary
/// term used, and the rest listed in `check/CODES.md`) holds for the shipped
/// content, warnings too: nothing is left to do.
#[test]
fn the_checker_finds_nothing_in_the_content() {
    let (document, report) = check::check(Path::new("content"));
    assert!(
        report.diagnostics.is_empty(),
        "{}",
        check::output(Path::new("content"), &report, false)
    );
    assert!(document.is_some(), "the content is read");
}

#[test]
fn the_essay_file_is_the_published_essay_without_its_furniture() {
    let essay = essay_source();
    let digest = Sha256::digest(essay.trim_end().as_bytes());
    let hex: String = digest.iter().map(|byte| format!("{byte:02x}")).collect();
    assert_eq!(hex, PUBLISHED_ESSAY_SHA256, "content/essay.txt was edited");
    assert!(!essay.contains("\nComments\n"));
    assert_eq!(document().essay.paragraphs.len(), 7);
}

/// The model shows the content as the checker read it: the same passages,
/// and the same words quoted by the same steps.
#[test]
fn the_app_shows_the_content_the_checker_read() {
    let (content, document) = (content(), document());
    let passages: Vec<String> = content
        .essay
        .passages()
        .map(|p| p.text.to_string())
        .collect();
    let checked: Vec<String> = document.essay.passages().map(|p| p.text.clone()).collect();
    assert_eq!(passages, checked);
    let steps: Vec<(String, Vec<String>)> = content
        .argument
        .steps()
        .iter()
        .map(|step| {
            let quotes = step.quotes.iter().map(|q| q.text.to_string()).collect();
            (step.id.to_string(), quotes)
        })
        .collect();
    let checked: Vec<(String, Vec<String>)> = document
        .argument
        .steps
        .iter()
        .map(|step| {
            let quotes = step.quotes.iter().map(|q| q.text.clone()).collect();
            (step.id.clone(), quotes)
        })
        .collect();
    assert_eq!(steps, checked);
}

/// Every file whose strings the app can show a reader: the model's, the
/// app's and the prerenderer's Rust, and the page template. The model's test
/// fixture is left out: its made-up content is never shown.
fn app_sources() -> Vec<(String, String)> {
    let mut paths = vec![std::path::PathBuf::from("index.html")];
    paths.extend(
        rust_files("model/src".as_ref())
            .into_iter()
            .filter(|path| path.file_name().is_none_or(|name| name != "fixture.rs")),
    );
    paths.extend(rust_files("src".as_ref()));
    paths.extend(rust_files("prerender/src".as_ref()));
    paths
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("a source file is readable");
            (path.display().to_string(), text)
        })
        .collect()
}

/// The essay's passages, as the checker reads them.
fn passages(document: &check::Document) -> Vec<String> {
    document.essay.passages().map(|p| p.text.clone()).collect()
}

/// The curly quotations of a line that are not the essay's words, or have
/// no pair.
fn not_the_essays(line: &str, passages: &[String]) -> Vec<String> {
    let passages: Vec<&str> = passages.iter().map(String::as_str).collect();
    curly_faults(line, &passages)
        .into_iter()
        .map(|fault| match fault {
            CurlyFault::Unbalanced(range) => format!("a mark without its pair at {}", range.start),
            CurlyFault::NotTheEssays(range) => line[range].to_owned(),
        })
        .collect()
}

/// The app's own strings follow the same rule as the content: an unknown
/// address or a part of a broken link is never shown in curly quotation
/// marks, and neither is a label of ours. Read line by line, since a string
/// the app shows stands on one line of its source.
#[test]
fn the_apps_own_strings_use_curly_quotation_marks_only_for_the_essays_words() {
    let passages = passages(&document());
    let sources = app_sources();
    assert!(sources.len() > 50, "the scan reaches every source file");
    assert!(
        sources
            .iter()
            .any(|(file, _)| file.starts_with("model/src")),
        "the scan reaches the model's strings"
    );
    let mut faults = Vec::new();
    for (file, text) in sources {
        for (number, line) in text.lines().enumerate() {
            for fault in not_the_essays(line, &passages) {
                faults.push(format!("{file}:{}: {fault}", number + 1));
            }
        }
    }
    assert!(
        faults.is_empty(),
        "curly quotation marks around words that are not the essay's:\n{}",
        faults.join("\n")
    );
}

#[test]
fn a_string_that_quotes_words_of_ours_is_caught() {
    let passages = passages(&document());
    let caught = |line: &str| !not_the_essays(line, &passages).is_empty();
    assert!(caught(r#"format!("There is no step called “{step}”.")"#));
    assert!(caught("None was marked “Not convincing”."));
    assert!(!caught("a closure “remains a low-probability event”"));
}

/// The essay does not count its reasons; the number of our steps is ours to
/// say, never the essay's: no string of the app puts a number before
/// "reasons" (the checker holds the content to the same).
#[test]
fn no_count_of_reasons_is_given_in_the_apps_strings() {
    let mut counted = Vec::new();
    for (file, text) in app_sources() {
        for range in counted_reasons(&text) {
            counted.push(format!("{file}: {}", &text[range]));
        }
    }
    assert!(
        counted.is_empty(),
        "reasons counted:\n{}",
        counted.join("\n")
    );
}

/// Renders the app at `path` as the prerenderer does, but with `changes`
/// made on the page: what a reader sees there before the app has started.
fn render(path: &str, changes: PageChanges) -> String {
    let props = AppProps {
        prerender: Some(Prerender {
            path: path.to_owned().into(),
            base: "/".into(),
        }),
        page_changes: Rc::new(changes),
        pages: Pages::EVERY,
    };
    let renderer = LocalServerRenderer::<App>::with_props(props).hydratable(false);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a runtime");
    tokio::task::LocalSet::new().block_on(&runtime, renderer.render())
}

/// Elements whose text stands on its own, apart from the text around them.
const BLOCKS: &str = "article aside blockquote br button caption dd details div dl dt \
    fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header label legend li main nav \
    ol option p section summary table td th tr ul";

/// The texts a rendered page shows: each block's text, inline elements
/// joined into it, and each attribute's value (an accessible name, say).
fn shown_texts(html: &str) -> Vec<String> {
    let decode = |text: &str| {
        text.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    };
    let mut texts = Vec::new();
    let mut block = String::new();
    let flush = |block: &mut String, texts: &mut Vec<String>| {
        let text = block.split_whitespace().collect::<Vec<_>>().join(" ");
        if !text.is_empty() {
            texts.push(decode(&text));
        }
        block.clear();
    };
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        block.push_str(&rest[..open]);
        rest = &rest[open..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            rest = comment.split_once("-->").map_or("", |(_, after)| after);
            continue;
        }
        let Some(close) = rest.find('>') else { break };
        let tag = &rest[1..close];
        rest = &rest[close + 1..];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        if BLOCKS.split_whitespace().any(|block| block == name) {
            flush(&mut block, &mut texts);
        }
        for value in tag.split('"').skip(1).step_by(2) {
            texts.push(decode(value));
        }
    }
    block.push_str(rest);
    flush(&mut block, &mut texts);
    texts
}

#[test]
fn a_pages_texts_are_read_block_by_block() {
    assert_eq!(
        shown_texts(r#"<h1>One <q>two</q></h1><!--x--><p aria-label="Three &amp; four">five</p>"#),
        ["One two", "Three & four", "five"]
    );
}

/// A title stands alone on the map, on preview cards and in the tab, and
/// inside strings the app builds from it (a judgement's questions, a map
/// box's link, the essay's step markers "Step 5: …", the verdict's lists):
/// wherever it stands, the sentence keeps the essay's hedges. Every page is
/// read as prerendered, and again for a reader who has been on a step and
/// answered every choice, whose pages name steps in more places.
#[test]
fn every_string_built_from_a_title_keeps_the_essays_hedges() {
    let content = content();
    let hedges = document().hedges;
    let titles: Vec<&str> = content.argument.steps().iter().map(|s| s.title).collect();
    let mut answers = Answers::default()
        .apply(AnswerAction::Before(Some(Point::ALL[3])))
        .apply(AnswerAction::After(Some(Point::ALL[1])));
    for step in content.argument.steps() {
        answers = answers
            .apply(AnswerAction::Conviction(
                step.id.clone(),
                Conviction::NotConvincing,
            ))
            .apply(AnswerAction::Weight(step.id.clone(), Weight::Much));
    }
    let answered = || PageChanges {
        progress: Progress::default().apply(ProgressAction::Visit(
            content.argument.steps()[4].id.clone(),
        )),
        answers: answers.clone(),
    };
    let mut routes = Route::pages(content);
    routes.extend(Route::shared_verdicts());
    let mut built = 0;
    let mut dropped = Vec::new();
    for route in routes {
        let path = route.to_path();
        let tab = document_title(&route.title(content));
        for html in [
            render(&path, PageChanges::default()),
            render(&path, answered()),
        ] {
            for text in std::iter::once(tab.clone()).chain(shown_texts(&html)) {
                if titles.iter().any(|title| text.contains(title)) {
                    built += 1;
                    dropped.extend(dropped_hedges(&text, &hedges).into_iter().map(
                        |(range, hedge)| {
                            format!(
                                "{path}: {:?} has {} without {:?}",
                                &text[range], hedge.words, hedge.keep
                            )
                        },
                    ));
                }
            }
        }
    }
    assert!(built > 100, "the pages name steps by their titles");
    assert!(
        dropped.is_empty(),
        "hedges dropped:\n{}",
        dropped.join("\n")
    );
}

#[test]
fn the_steps_follow_the_argument() {
    let kinds: Vec<StepKind> = content().argument.steps().iter().map(|s| s.kind).collect();
    assert_eq!(kinds.first(), Some(&StepKind::Question));
    assert_eq!(kinds.get(1), Some(&StepKind::Definition));
    assert!(kinds.contains(&StepKind::Concession));
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

#[test]
fn the_essay_runs_rebuild_every_passage_and_tie_each_quote_to_its_step() {
    let content = content();
    let mut quotes_seen = 0;
    for passage in content.essay.passages() {
        let runs = content.essay_runs(passage);
        let joined: String = runs.iter().map(|run| run.text).collect();
        assert_eq!(joined, passage.text);
        for run in runs {
            if let Some((step, quote)) = run.quote {
                let quoted = &content.argument[step].quotes[quote];
                assert_eq!(quoted.text, run.text);
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

/// The longest response link to the shipped argument, every reason and the
/// name at their limits in the character given: every judged step judged
/// and given a reason, both estimates (the first late), a reason for the
/// view after reading, and the longest ids and time, behind an origin (and
/// base) of 40 characters.
fn longest_response_link(content: &Content, character: &str) -> String {
    let mut answers = Answers::default()
        .apply(AnswerAction::LateBefore(Point::Highest))
        .apply(AnswerAction::After(Some(Point::Highest)))
        .apply(AnswerAction::ViewReason(
            character.repeat(MAX_VIEW_REASON_CHARS),
        ));
    for step in content.argument.steps() {
        if step.kind.is_judged() {
            let id = step.id.clone();
            answers = answers
                .apply(AnswerAction::Conviction(
                    id.clone(),
                    Conviction::NotConvincing,
                ))
                .apply(AnswerAction::Weight(id.clone(), Weight::Much))
                .apply(AnswerAction::Reason(id, character.repeat(MAX_REASON_CHARS)));
        }
    }
    let response = Response {
        assignment: AssignmentId::from_bits(u32::MAX),
        start: StartId::from_bits(u32::MAX),
        handed_in: u32::MAX,
        name: Some(character.repeat(MAX_NAME_CHARS)),
        answers,
    };
    let origin = format!("https://{}", "x".repeat(32));
    assert_eq!(origin.chars().count(), 40);
    format!(
        "{origin}/teach/class/#{}",
        response.to_fragment(&content.argument)
    )
}

/// The version of the QR code a response link needs at low error
/// correction, as `components::qr_code` draws a code only ever shown on a
/// screen, or `None` if no QR code holds it.
fn qr_version(link: &str) -> Option<u8> {
    QrCode::encode_text(link, QrCodeEcc::Low)
        .ok()
        .map(|code| code.version().value())
}

#[test]
fn the_longest_response_fits_a_qr_code_read_from_a_desk() {
    let content = content();
    let ascii = longest_response_link(content, "x");
    assert_eq!(ascii.len(), 843);
    assert_eq!(
        qr_version(&ascii),
        Some(20),
        "97 modules a side, the most a phone camera reads from a desk"
    );
    // Letters of other scripts take two bytes each, and still fit.
    for letter in ["é", "ж"] {
        assert_eq!(
            qr_version(&longest_response_link(content, letter)),
            Some(27)
        );
    }
}
