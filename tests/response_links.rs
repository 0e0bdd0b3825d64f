//! Response links of the shipped content, made as the hand-in page makes
//! them, for the browser tests of the class page: a small class handing in
//! to one assignment (one student twice, one whose link the tests damage),
//! and one response to another assignment. Written as JSON to the file `RESPONSE_LINKS` names
//! (Playwright's global set-up and the engine suites' first hook run this test with it, once,
//! before any test), or else under Cargo's temporary folder; each link is also read back here, so a link written is
//! one the class page reads.

use model::judgement::Judgement;
use model::{AnswerAction, Answers, Assignment, AssignmentId, Content, Point, Response, StartId};

/// One student's hand-in: who, when (minutes after the class began), from
/// which start, and their answers as fields.
struct HandIn {
    key: &'static str,
    name: &'static str,
    start: u32,
    minute: u32,
    assignment: u32,
    before: u8,
    late: bool,
    after: u8,
    judgements: &'static [(&'static str, &'static str, &'static str)],
    view: &'static str,
}

/// The class began at 2026-12-06 09:00 UTC, in minutes since the epoch.
const CLASS_BEGAN: u32 = 29_942_460;

/// The assignment the class answers, and another.
const ASSIGNMENT: u32 = 0x0123_4567;
const OTHER_ASSIGNMENT: u32 = 0x0765_4321;

const HAND_INS: &[HandIn] = &[
    HandIn {
        key: "anna-first",
        name: "Anna K",
        start: 1,
        minute: 1,
        assignment: ASSIGNMENT,
        before: 2,
        late: false,
        after: 3,
        judgements: &[
            ("cold-war", "c3", "History repeats"),
            ("low-point", "n1", ""),
            ("still-open", "u", ""),
        ],
        view: "",
    },
    HandIn {
        key: "ben",
        name: "Ben",
        start: 2,
        minute: 3,
        assignment: ASSIGNMENT,
        before: 4,
        late: false,
        after: 2,
        judgements: &[
            ("cold-war", "n1", "The Cold War was different"),
            ("low-point", "c3", ""),
            ("still-open", "c3", "Embassies are still open"),
        ],
        view: "Too much is at stake",
    },
    HandIn {
        key: "cleo",
        name: "Cleo",
        start: 3,
        minute: 4,
        assignment: ASSIGNMENT,
        before: 3,
        late: true,
        after: 3,
        judgements: &[("cold-war", "u", "Not sure it compares")],
        view: "",
    },
    HandIn {
        key: "anna",
        name: "Anna K",
        start: 1,
        minute: 5,
        assignment: ASSIGNMENT,
        before: 2,
        late: false,
        after: 4,
        judgements: &[
            ("cold-war", "c3", "History repeats"),
            ("low-point", "c2", "Tensions are real"),
            ("still-open", "n2", "Curtailed is not open"),
        ],
        view: "The essay persuaded me, mostly",
    },
    HandIn {
        key: "finn",
        name: "Finn",
        start: 5,
        minute: 7,
        assignment: ASSIGNMENT,
        before: 5,
        late: false,
        after: 5,
        judgements: &[
            ("cold-war", "c1", "Because the past says so"),
            ("still-open", "n3", "Not for long"),
        ],
        view: "Nothing has changed my mind",
    },
    HandIn {
        key: "dan-elsewhere",
        name: "Dan",
        start: 4,
        minute: 6,
        assignment: OTHER_ASSIGNMENT,
        before: 1,
        late: false,
        after: 1,
        judgements: &[("cold-war", "c", "")],
        view: "",
    },
];

/// The response a hand-in makes.
fn response(hand_in: &HandIn) -> Response {
    let mut answers = Answers::default().apply(AnswerAction::Before(Some(
        Point::ALL[usize::from(hand_in.before) - 1],
    )));
    answers.before_late = hand_in.late;
    answers = answers.apply(AnswerAction::After(Some(
        Point::ALL[usize::from(hand_in.after) - 1],
    )));
    for &(step, code, reason) in hand_in.judgements {
        let judgement = Judgement::from_code(code).expect("a judgement's code");
        answers.judgements.insert(step.into(), judgement);
        answers = answers.apply(AnswerAction::Reason(step.into(), reason.to_owned()));
    }
    answers = answers.apply(AnswerAction::ViewReason(hand_in.view.to_owned()));
    Response {
        assignment: AssignmentId::from_bits(hand_in.assignment),
        start: StartId::from_bits(hand_in.start),
        handed_in: CLASS_BEGAN + hand_in.minute,
        name: Some(hand_in.name.to_owned()),
        answers,
    }
}

/// Text as a JSON string.
fn json(text: &str) -> String {
    let mut quoted = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            c if u32::from(c) < 0x20 => quoted.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => quoted.push(c),
        }
    }
    quoted + "\""
}

#[test]
fn response_links_for_the_browser_tests_read_back() {
    let content = Content::get();
    let argument = &content.argument;
    let first = argument.index_of("cold-war").expect("a step");
    let last = argument.index_of("still-open").expect("a step");
    let assignment = Assignment::new(AssignmentId::from_bits(ASSIGNMENT), first, last, "", true)
        .expect("an assignment");
    let mut links = Vec::new();
    for hand_in in HAND_INS {
        let response = response(hand_in);
        let fragment = response.to_fragment(argument);
        assert_eq!(
            Response::from_fragment(&fragment, argument).as_ref(),
            Ok(&response),
            "{fragment}"
        );
        links.push(format!(
            "{}: {{ \"name\": {}, \"link\": {} }}",
            json(hand_in.key),
            json(hand_in.name),
            json(&format!("teach/class/#{fragment}"))
        ));
    }
    let text = format!(
        "{{\n  \"assignment\": {},\n  \"responses\": {{\n    {}\n  }}\n}}\n",
        json(&format!(
            "teach/class/#{}",
            assignment.to_fragment(argument)
        )),
        links.join(",\n    ")
    );
    let path = std::env::var("RESPONSE_LINKS")
        .unwrap_or_else(|_| format!("{}/response-links.json", env!("CARGO_TARGET_TMPDIR")));
    std::fs::write(&path, text).expect("the links are written");
}
