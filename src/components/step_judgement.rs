//! The reader's judgement of each step that points toward or against the
//! outcome the essay's question asks about: whether it convinces them, and
//! how much it bears on the question, with our notes on the step's evidence beside
//! them, where they help the reader answer. Both choices name the step, so
//! each radio group's accessible name says which step it is about. Inside
//! an assignment that assigns the step, a short reason of the student's own
//! follows, which their response link carries.

use yew::prelude::*;

use crate::components::choice_group::choice_group;
use crate::components::reason_field::ReasonField;
use crate::components::section_body::evidence;
use crate::hooks::{use_answers, use_content, use_following};
use model::response::MAX_REASON_CHARS;
use model::site::Site;
use model::{AnswerAction, Choice, Direction, StepIndex, StepKind, page_id};

/// Props for [`StepJudgement`].
#[derive(Properties, PartialEq)]
pub struct StepJudgementProps {
    /// The judged step.
    pub step: StepIndex,
}

/// What the two choices of a judged step of this kind, pointing this way,
/// ask, as they follow the step's name: whether it convinces the reader, and
/// how much it bears on the answer. What the essay concedes is not a reason
/// it gives, so the reader is asked whether those facts convince them that
/// the outcome is more probable (or less, where they point against it). The
/// handout asks them too.
pub fn asks(kind: StepKind, direction: Direction) -> (String, String) {
    let site = Site::embedded();
    if kind == StepKind::Concession {
        let more = match direction {
            Direction::Toward => &site.scale.more,
            Direction::Against => &site.scale.less,
        };
        (
            format!(
                "do these facts convince you that {} is {more}?",
                site.outcome
            ),
            format!("how much do these facts bear on {}?", site.whether),
        )
    } else {
        (
            format!("does this reason {} convince you?", direction.phrase()),
            format!("how much does it bear on {}?", site.whether),
        )
    }
}

/// The legends of the two choices, for a step of this kind pointing this
/// way, about the step named so. The step is named first, by its number and
/// title, and what the choice asks follows: a title is never spliced into it
/// as if it were a clause of it.
fn legends(kind: StepKind, direction: Direction, step: &str) -> (String, String) {
    let (conviction, weight) = asks(kind, direction);
    (
        format!("{step}: {conviction}"),
        format!("{step}: {weight} (optional)"),
    )
}

/// What the step does in the essay's argument, said before its choices.
fn direction_note(kind: StepKind, direction: Direction) -> String {
    if kind == StepKind::Concession {
        format!(
            "This step gives what the essay concedes, not one of its reasons; we ask whether these facts point {} for you.",
            direction.phrase()
        )
    } else {
        format!(
            "This step gives one of the essay's reasons {}.",
            direction.phrase()
        )
    }
}

/// The reader's judgement of one step.
#[component]
pub fn StepJudgement(props: &StepJudgementProps) -> Html {
    let content = use_content();
    let answers = use_answers();
    let assigned = use_following()
        .get()
        .is_some_and(|assignment| assignment.covers(props.step));
    let step = &content.argument[props.step];
    let Some(direction) = content.argument.direction(step.kind) else {
        return Html::default();
    };
    let id = step.id.clone();
    let judgement = answers.judgement(&id);
    let (conviction_legend, weight_legend) = legends(
        step.kind,
        direction,
        &content.argument.label_in_prose(props.step),
    );
    let on_conviction = {
        let answers = answers.clone();
        let id = id.clone();
        Callback::from(move |conviction| {
            answers.dispatch(AnswerAction::Conviction(id.clone(), conviction))
        })
    };
    let on_weight = {
        let answers = answers.clone();
        let id = id.clone();
        Callback::from(move |weight| answers.dispatch(AnswerAction::Weight(id.clone(), weight)))
    };
    let on_reason = {
        let answers = answers.clone();
        let id = id.clone();
        Callback::from(move |reason| answers.dispatch(AnswerAction::Reason(id.clone(), reason)))
    };
    html! {
        <section class="judgement" aria-labelledby="judgement-title">
            <h2 id="judgement-title" class="judgement__title">{ "Your judgement" }</h2>
            <p class="judgement__note">
                { direction_note(step.kind, direction) }
                { " Your answers stay in this browser; your verdict weighs them by which way each step points." }
            </p>
            if !step.evidence.is_empty() {
                { evidence(step, &content.essay) }
            }
            { choice_group(&Choice::Conviction(id.clone()).name(), &conviction_legend, judgement.conviction, &on_conviction) }
            { choice_group(&Choice::Weight(id.clone()).name(), &weight_legend, judgement.weight, &on_weight) }
            if assigned {
                <ReasonField
                    id={page_id::reason(&id)}
                    label={format!("Step {}: your own reason, in one sentence (optional)", props.step.number())}
                    value={AttrValue::from(answers.reason(&id).unwrap_or_default().to_owned())}
                    max={MAX_REASON_CHARS}
                    on_change={on_reason}
                />
            }
        </section>
    }
}
