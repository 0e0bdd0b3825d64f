//! The response links the browser test of the class page's scanner holds up
//! to a fake camera (`tests/browser/scan.spec.mjs`): three students'
//! responses on the shipped content, written by the model as a hand-in
//! writes them. The spec reads their fragments from
//! `tests/browser/response-links.txt`; this test checks that file against
//! what the model writes now, so they stay real response links when the
//! format or the content changes (`UPDATE_RESPONSE_LINKS=1 cargo test --test
//! response_links` writes it anew).

use std::path::Path;

use diplomacy_explainer::model::assignment::AssignmentId;
use diplomacy_explainer::model::response::{Response, StartId};
use diplomacy_explainer::model::{
    AnswerAction, Answers, Content, Conviction, Likelihood, StepId, Weight,
};

/// The file the spec reads, one fragment a line.
const FILE: &str = "tests/browser/response-links.txt";

/// A student's answers: both estimates, and each of the first judged steps
/// judged (a reason with the first).
fn answers(
    judged: &[StepId],
    before: usize,
    after: usize,
    conviction: Conviction,
    reason: &str,
) -> Answers {
    let mut answers = Answers::default()
        .apply(AnswerAction::Before(Some(Likelihood::ALL[before])))
        .apply(AnswerAction::After(Some(Likelihood::ALL[after])));
    for step in judged {
        answers = answers
            .apply(AnswerAction::Conviction(step.clone(), conviction))
            .apply(AnswerAction::Weight(step.clone(), Weight::ALL[before % 3]));
    }
    answers.apply(AnswerAction::Reason(judged[0].clone(), reason.to_owned()))
}

#[test]
fn the_scanner_tests_hold_up_real_response_links() {
    let content = Content::load().unwrap_or_else(|error| panic!("{error}"));
    let argument = &content.argument;
    let judged: Vec<StepId> = argument
        .steps()
        .iter()
        .filter(|step| argument.is_judged(&step.id))
        .take(2)
        .map(|step| step.id.clone())
        .collect();
    let assignment = AssignmentId::from_bits(0x2a_5f3c);
    let students = [
        (
            "Anna K",
            1,
            3,
            Conviction::ALL[0],
            "Trade ties held through worse",
        ),
        ("Ben", 2, 2, Conviction::ALL[1], "Not sure it still holds"),
        ("Chloé", 4, 0, Conviction::ALL[2], "Embassies closed before"),
    ];
    let written: String = students
        .iter()
        .enumerate()
        .map(|(i, &(name, before, after, conviction, reason))| {
            let response = Response {
                assignment,
                start: StartId::from_bits(0x1_0000 + u32::try_from(i).unwrap()),
                handed_in: 29_500_000 + u32::try_from(i).unwrap(),
                name: Some(name.to_owned()),
                answers: answers(&judged, before, after, conviction, reason),
            };
            let fragment = response.to_fragment(argument);
            assert_eq!(Response::from_fragment(&fragment, argument), Ok(response));
            format!("{fragment}\n")
        })
        .collect();
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(FILE);
    if std::env::var_os("UPDATE_RESPONSE_LINKS").is_some() {
        std::fs::write(&path, &written).expect("the file can be written");
    }
    let kept = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(
        kept, written,
        "{FILE} is not what the model writes now: run UPDATE_RESPONSE_LINKS=1 cargo test --test response_links"
    );
}
