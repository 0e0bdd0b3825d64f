//! "Does this convince you?" on every step that is a reason for or against the
//! essay's answer, and how much it matters to the reader.

use yew::prelude::*;

use crate::components::choice_group::ChoiceGroup;
use crate::hooks::{use_answers, use_content};
use crate::model::{AnswerAction, Verdict, Weight};

/// Props for [`ReasonJudgement`].
#[derive(Properties, PartialEq)]
pub struct ReasonJudgementProps {
    /// The position of the reason step.
    pub step: usize,
}

/// The reader's judgement of one reason.
#[component]
pub fn ReasonJudgement(props: &ReasonJudgementProps) -> Html {
    let content = use_content();
    let answers = use_answers();
    let id = content.argument.steps()[props.step].id.clone();
    let judgement = answers.judgement(&id);
    let on_verdict = {
        let answers = answers.clone();
        let id = id.clone();
        Callback::from(move |verdict| answers.dispatch(AnswerAction::Judge(id.clone(), verdict)))
    };
    let on_weight = {
        let answers = answers.clone();
        let id = id.clone();
        Callback::from(move |weight| answers.dispatch(AnswerAction::Weigh(id.clone(), weight)))
    };
    html! {
        <section class="judgement" aria-labelledby="judgement-title">
            <h2 id="judgement-title" class="judgement__title">{ "Your judgement" }</h2>
            <p class="judgement__note">{ "Your answers stay in this browser. They add up to your verdict." }</p>
            <ChoiceGroup<Verdict>
                name={format!("verdict-{id}")}
                legend="Does this convince you?"
                chosen={judgement.verdict}
                on_choose={on_verdict}
            />
            <ChoiceGroup<Weight>
                name={format!("weight-{id}")}
                legend="How much does it matter to you? (optional)"
                chosen={judgement.weight}
                on_choose={on_weight}
            />
        </section>
    }
}
