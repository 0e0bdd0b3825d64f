//! The shipped content files obey the explainer's rules: the essay is the
//! published text, every quote is verbatim, every passage is explained, our
//! prose and every string the pages build from a step's title keep the
//! essay's hedges, and a broken content file is rejected with a message
//! naming it.

use std::rc::Rc;

use diplomacy_explainer::Pages;
use diplomacy_explainer::app::{App, AppProps, PageChanges};
use diplomacy_explainer::route::{Route, document_title};
use diplomacy_explainer::router::Prerender;
use model::argument::quote_span;
use model::fixture::Toml;
use model::{
    ARGUMENT_FILE, AnswerAction, Answers, AssignmentId, Content, Conviction, ESSAY_FILE,
    GLOSSARY_FILE, MAX_NAME_CHARS, MAX_REASON_CHARS, MAX_VIEW_REASON_CHARS, Point, Progress,
    ProgressAction, Response, Segment, StartId, StepKind, Weight,
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

fn content() -> Content {
    Content::load().unwrap_or_else(|error| panic!("{error}"))
}

fn essay_source() -> String {
    std::fs::read_to_string(ESSAY_FILE).expect("the essay file is readable")
}

#[test]
fn the_essay_file_is_the_published_essay_without_its_furniture() {
    let essay = essay_source();
    let digest = Sha256::digest(essay.trim_end().as_bytes());
    let hex: String = digest.iter().map(|byte| format!("{byte:02x}")).collect();
    assert_eq!(hex, PUBLISHED_ESSAY_SHA256, "content/essay.txt was edited");
    assert!(!essay.contains("\nComments\n"));
}

#[test]
fn the_app_reads_the_content_files_as_written() {
    let read = |file| std::fs::read_to_string(file).expect("the content file is readable");
    let as_written =
        Content::read::<Toml>(&essay_source(), &read(ARGUMENT_FILE), &read(GLOSSARY_FILE))
            .unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(content(), as_written);
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

/// Loading checks that every passage is quoted somewhere; this checks every
/// word: what no step quotes is only the spaces and punctuation between quotes.
#[test]
fn every_word_of_the_essay_is_quoted_by_some_step() {
    let content = content();
    for passage in content.essay.passages() {
        for run in content.essay_runs(passage) {
            if run.quote.is_none() {
                assert!(
                    !run.text.chars().any(char::is_alphanumeric),
                    "no step quotes {:?} in passage {}",
                    run.text,
                    passage.id
                );
            }
        }
    }
    assert_eq!(content.essay.paragraphs.len(), 7);
}

/// The steps come in the essay's order, as `content/argument.toml`'s header
/// says: each step's first quoted words stand after the previous step's first
/// quoted words, and no step quotes a passage after the first passage the next
/// step quotes. (Within a paragraph a step may quote on past where the next
/// begins: the conclusion's last sentences follow the condition's words.)
#[test]
fn the_steps_follow_the_essays_reading_order() {
    let content = content();
    let order: Vec<&str> = content.essay.passages().map(|p| &*p.id).collect();
    let spans: Vec<(&str, Vec<(usize, usize)>)> = content
        .argument
        .steps()
        .iter()
        .map(|step| {
            let mut quoted: Vec<(usize, usize)> = step
                .quotes
                .iter()
                .map(|quote| {
                    let passage = order.iter().position(|&id| id == &*quote.passage).unwrap();
                    (passage, quote_span(&content.essay, quote).unwrap().start)
                })
                .collect();
            quoted.sort_unstable();
            assert!(!quoted.is_empty(), "{} quotes the essay", step.id);
            (&*step.id, quoted)
        })
        .collect();
    for pair in spans.windows(2) {
        let [(before, earlier), (after, later)] = pair else {
            unreachable!("windows of two")
        };
        assert!(
            earlier[0] < later[0],
            "step `{before}` comes before step `{after}` but begins later in the essay"
        );
        let last_passage = earlier.last().expect("a quote").0;
        assert!(
            last_passage <= later[0].0,
            "step `{before}` quotes passage {} after step `{after}` begins, in passage {}",
            order[last_passage],
            order[later[0].0]
        );
    }
}

/// Every piece of our own prose in the content files: titles, claims,
/// explanations, questions, evidence notes and the glossary's entries.
fn our_prose(content: &Content) -> Vec<(String, String)> {
    let mut prose = Vec::new();
    for step in content.argument.steps() {
        for (field, text) in [
            ("title", &step.title),
            ("claim", &step.claim),
            ("plain", &step.plain),
            ("why", &step.why),
        ] {
            prose.push((format!("{}.{field}", step.id), text.to_string()));
        }
        for probe in &step.probes {
            prose.push((format!("{}.questions", step.id), probe.to_string()));
        }
        for evidence in &step.evidence {
            prose.push((format!("{}.evidence", step.id), evidence.note.to_string()));
        }
    }
    for term in content.glossary.terms() {
        prose.push((format!("{}.headword", term.id), term.headword.to_string()));
        prose.push((
            format!("{}.definition", term.id),
            term.definition.to_string(),
        ));
    }
    prose
}

/// The words between each pair of curly double quotation marks.
fn curly_quoted(text: &str) -> Vec<&str> {
    text.split('“')
        .skip(1)
        .map(|rest| rest.split_once('”').map_or(rest, |(inside, _)| inside))
        .collect()
}

/// Checks that every curly-quoted phrase in `text` is the essay's words. A
/// quoted phrase may start a sentence of ours, so its first letter may differ
/// in case from the essay's.
fn check_quotes_are_the_essays(place: &str, text: &str, essay: &str) {
    assert_eq!(
        text.matches('“').count(),
        text.matches('”').count(),
        "{place}: unbalanced quotation marks in {text:?}"
    );
    for quoted in curly_quoted(text) {
        let mut chars = quoted.chars();
        let first = chars.next().expect("nothing is quoted empty");
        let rest = chars.as_str();
        let found = [
            first.to_lowercase().to_string(),
            first.to_uppercase().to_string(),
        ]
        .iter()
        .any(|first| essay.contains(&format!("{first}{rest}")));
        assert!(found, "{place}: “{quoted}” is not the essay's words");
    }
}

/// Curly quotation marks in our prose mark the essay's words and nothing
/// else (content/README.md, rule 4).
#[test]
fn words_in_curly_quotation_marks_are_the_essays() {
    let content = content();
    let essay = essay_source();
    for (place, text) in our_prose(&content) {
        check_quotes_are_the_essays(&place, &text, &essay);
    }
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

/// The app's own strings follow the same rule as the content: an unknown
/// address or a part of a broken link is never shown in curly quotation
/// marks, and neither is a label of ours. Read line by line, since a string
/// the app shows stands on one line of its source.
#[test]
fn the_apps_own_strings_use_curly_quotation_marks_only_for_the_essays_words() {
    let essay = essay_source();
    let sources = app_sources();
    assert!(sources.len() > 50, "the scan reaches every source file");
    assert!(
        sources
            .iter()
            .any(|(file, _)| file.starts_with("model/src")),
        "the scan reaches the model's strings"
    );
    for (file, text) in sources {
        for (number, line) in text.lines().enumerate() {
            check_quotes_are_the_essays(&format!("{file}:{}", number + 1), line, &essay);
        }
    }
}

#[test]
fn a_string_that_quotes_words_of_ours_is_caught() {
    let essay = essay_source();
    let caught = |line: &str| {
        std::panic::catch_unwind(|| check_quotes_are_the_essays("test", line, &essay)).is_err()
    };
    assert!(caught(r#"format!("There is no step called “{step}”.")"#));
    assert!(caught("None was marked “Not convincing”."));
    assert!(!caught("a closure “remains a low-probability event”"));
}

/// Our sentences: a text cut after each `.`, `?` or `!` that ends a sentence
/// (followed by a space, or a closing mark and then a space, or the end).
fn sentences(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, &(_, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '?' | '!') {
            continue;
        }
        let mut next = i + 1;
        while chars
            .get(next)
            .is_some_and(|&(_, c)| matches!(c, '”' | ')'))
        {
            next += 1;
        }
        let end = chars.get(next).map_or(text.len(), |&(at, _)| at);
        if chars.get(next).is_none_or(|&(_, c)| c == ' ') {
            found.push(text[start..end].trim());
            start = end;
        }
    }
    if !text[start..].trim().is_empty() {
        found.push(text[start..].trim());
    }
    found
}

#[test]
fn sentences_are_cut_where_they_end() {
    assert_eq!(
        sentences("One, “two.” Three (four.) Five? Six 2(3) seven!"),
        ["One, “two.”", "Three (four.)", "Five?", "Six 2(3) seven!"]
    );
}

/// The essay's hedges, each with the words it qualifies (rule 1): wherever a
/// sentence of ours restates those words, it keeps one of the hedge's forms.
/// Every trigger is the essay's wording, and so is every hedge but the
/// `might` we may write for its `likely` and the `in effect` for its
/// `effectively`.
const HEDGES: &[(&str, &[&str])] = &[
    ("declarations of war", &["usually"]),
    ("expelled", &["many"]),
    ("labelled", &["numerous"]),
    ("persist", &["largely"]),
    ("still occurs", &["however limited"]),
    ("continuation", &["even symbolically"]),
    ("less dangerous", &["often seen"]),
    ("shared interests", &["however minimal"]),
    ("address", &["virtually"]),
    ("new global risks", &["potentially"]),
    ("narrative", &["however unconvincing"]),
    ("benefits", &["residual"]),
    ("legitimacy", &["a degree of"]),
    ("window", &["however small"]),
    ("avenue", &["should circumstances change"]),
    ("their citizens", &["may still be"]),
    ("de-escalate", &["potential"]),
    ("signal", &["effectively", "in effect"]),
    ("moment", &["extreme tension"]),
    ("maintained", &["height"]),
    ("last resort", &["suggest"]),
    ("abandon", &["not yet"]),
    ("eventual path", &["however distant"]),
    ("considered", &["likely", "might"]),
];

/// The sentences of `text` that restate what the essay hedges without the
/// hedge, each named with `place`.
fn dropped_hedges(place: &str, text: &str) -> Vec<String> {
    let mut dropped = Vec::new();
    for sentence in sentences(text) {
        let lower = sentence.to_lowercase();
        for &(trigger, hedges) in HEDGES {
            if lower.contains(trigger) && !hedges.iter().any(|hedge| lower.contains(hedge)) {
                dropped.push(format!(
                    "{place}: {sentence:?} has {trigger} without {hedges:?}"
                ));
            }
        }
    }
    dropped
}

#[test]
fn the_essays_hedges_survive_wherever_we_restate_what_it_hedges() {
    let content = content();
    let essay = essay_source().to_lowercase();
    for &(trigger, _) in HEDGES {
        let stem = trigger.trim_end_matches("led");
        assert!(essay.contains(stem), "“{trigger}” is not the essay's word");
    }
    let dropped: Vec<String> = our_prose(&content)
        .iter()
        .flat_map(|(place, text)| dropped_hedges(place, text))
        .collect();
    assert!(
        dropped.is_empty(),
        "hedges dropped:\n{}",
        dropped.join("\n")
    );
}

#[test]
fn a_sentence_that_drops_the_essays_hedge_is_caught() {
    assert_eq!(
        dropped_hedges("test", "Relations persist, the essay says.").len(),
        1
    );
    assert!(dropped_hedges("test", "Relations largely persist, it says.").is_empty());
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
    let titles: Vec<&str> = content.argument.steps().iter().map(|s| &*s.title).collect();
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
    let mut routes = Route::pages(&content);
    routes.extend(Route::shared_verdicts());
    let mut built = 0;
    let mut dropped = Vec::new();
    for route in routes {
        let path = route.to_path();
        let tab = document_title(&route.title(&content));
        for html in [
            render(&path, PageChanges::default()),
            render(&path, answered()),
        ] {
            for text in std::iter::once(tab.clone()).chain(shown_texts(&html)) {
                if titles.iter().any(|title| text.contains(title)) {
                    built += 1;
                    dropped.extend(dropped_hedges(&path, &text));
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

/// A step's claim is read first, and alone on the map (its first sentence):
/// that sentence says it reports the essay.
#[test]
fn every_claim_says_in_its_first_sentence_that_it_reports_the_essay() {
    for step in content().argument.steps() {
        let gist = step.gist();
        assert!(
            gist.to_lowercase().contains("essay"),
            "{}: the claim's first sentence does not name the essay: {gist:?}",
            step.id
        );
    }
}

/// The essay gives several reasons against a break, so each step that gives
/// one calls it one of them (rule 2).
#[test]
fn every_reason_against_a_break_is_called_one_of_several() {
    for step in content().argument.steps() {
        if step.kind == StepKind::ReasonAgainst {
            assert!(
                step.why.contains("one of the essay's reasons"),
                "{}: `why` does not call it one of the essay's reasons",
                step.id
            );
        }
    }
}

/// The essay does not count its reasons; the number of our steps is ours to
/// say, never the essay's: no text, in the content or the app, puts a number
/// before "reasons".
#[test]
fn no_count_of_reasons_is_given_as_the_essays() {
    let counts = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    let mut texts = our_prose(&content());
    texts.extend(app_sources());
    let mut counted = Vec::new();
    for (place, text) in texts {
        let lower = text.to_lowercase();
        let words: Vec<&str> = lower.split_whitespace().collect();
        for pair in words.windows(2) {
            let is_count = counts.contains(&pair[0])
                || pair[0].chars().all(|c| c.is_ascii_digit())
                || (pair[0].starts_with('{') && pair[0].ends_with('}'));
            if is_count && pair[1].starts_with("reasons") {
                counted.push(format!("{place}: {} {}", pair[0], pair[1]));
            }
        }
    }
    assert!(
        counted.is_empty(),
        "reasons counted:\n{}",
        counted.join("\n")
    );
}

#[test]
fn curly_quotes_are_found_as_quoted() {
    assert_eq!(curly_quoted("a “b c” d “e”, and “f"), ["b c", "e", "f"]);
    assert!(curly_quoted("none").is_empty());
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

const ARGUMENT: &str = include_str!("../content/argument.toml");
const GLOSSARY: &str = include_str!("../content/glossary.toml");

fn check_rejected(essay: &str, argument: &str, file: &str, expected: &str) {
    check_rejected_with(essay, argument, GLOSSARY, file, expected);
}

fn check_rejected_with(essay: &str, argument: &str, glossary: &str, file: &str, expected: &str) {
    let Err(error) = Content::read::<Toml>(essay, argument, glossary) else {
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
                let quoted = &content.argument[step].quotes[quote];
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
    for (index, term) in content.glossary.indexed() {
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
    let ascii = longest_response_link(&content, "x");
    assert_eq!(ascii.len(), 843);
    assert_eq!(
        qr_version(&ascii),
        Some(20),
        "97 modules a side, the most a phone camera reads from a desk"
    );
    // Letters of other scripts take two bytes each, and still fit.
    for letter in ["é", "ж"] {
        assert_eq!(
            qr_version(&longest_response_link(&content, letter)),
            Some(27)
        );
    }
}
