//! Response links of the shipped content, made as the hand-in page makes
//! them, for the browser tests of the class page: a small class handing in
//! to one assignment (one student twice, one whose link the tests damage),
//! and one response to another assignment. Written as JSON to the file `RESPONSE_LINKS` names
//! (Playwright's global set-up and the engine suites' first hook run this test with it, once,
//! before any test), or else under Cargo's temporary folder; each link is also read back here, so a link written is
//! one the class page reads.

use model::judgement::Judgement;
use model::{
    AnswerAction, Answers, Assignment, AssignmentId, Content, Point, Response, StartId, StepId,
};

/// One student's hand-in: who, when (minutes after the class began), from
/// which start, and their answers as fields. A judgement names its step by
/// its place among the judged steps (0 is the first), so that the links fit
/// whatever essay the build embeds.
struct HandIn {
    key: &'static str,
    name: &'static str,
    start: u32,
    minute: u32,
    assignment: u32,
    before: u8,
    late: bool,
    after: u8,
    judgements: &'static [(usize, &'static str, &'static str)],
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
        judgements: &[(0, "c3", "History repeats"), (1, "n1", ""), (2, "u", "")],
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
            (0, "n1", "The Cold War was different"),
            (1, "c3", ""),
            (2, "c3", "Embassies are still open"),
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
        judgements: &[(0, "u", "Not sure it compares")],
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
            (0, "c3", "History repeats"),
            (1, "c2", "Tensions are real"),
            (2, "n2", "Curtailed is not open"),
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
            (0, "c1", "Because the past says so"),
            (2, "n3", "Not for long"),
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
        judgements: &[(0, "c", "")],
        view: "",
    },
];

/// The response a hand-in makes, its judgements on the `judged` steps.
fn response(hand_in: &HandIn, judged: &[StepId]) -> Response {
    let mut answers = Answers::default().apply(AnswerAction::Before(Some(
        Point::ALL[usize::from(hand_in.before) - 1],
    )));
    answers.before_late = hand_in.late;
    answers = answers.apply(AnswerAction::After(Some(
        Point::ALL[usize::from(hand_in.after) - 1],
    )));
    for &(nth, code, reason) in hand_in.judgements {
        let step = &judged[nth];
        let judgement = Judgement::from_code(code).expect("a judgement's code");
        answers.judgements.insert(step.clone(), judgement);
        answers = answers.apply(AnswerAction::Reason(step.clone(), reason.to_owned()));
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
    // The class's assignment runs from the first judged step to the third.
    let judged: Vec<StepId> = argument
        .steps()
        .iter()
        .filter(|step| argument.is_judged(&step.id))
        .map(|step| step.id.clone())
        .collect();
    let first = argument.index_of(&judged[0]).expect("a step");
    let last = argument.index_of(&judged[2]).expect("a step");
    let assignment = Assignment::new(AssignmentId::from_bits(ASSIGNMENT), first, last, "", true)
        .expect("an assignment");
    let mut links = Vec::new();
    for hand_in in HAND_INS {
        let response = response(hand_in, &judged);
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
