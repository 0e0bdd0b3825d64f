//! "How likely do you think it is…?", asked before reading and again after.

use yew::prelude::*;

use crate::components::choice_group::ChoiceGroup;
use crate::model::Likelihood;

/// The likelihood choice's legend before reading.
pub const BEFORE_LEGEND: &str =
    "How likely do you think it is that Russia and the West close all diplomatic relations?";

/// Props for [`LikelihoodChoice`].
#[derive(Properties, PartialEq)]
pub struct LikelihoodChoiceProps {
    /// The group's name, unique on the page.
    pub name: AttrValue,
    /// The choice asked for, in words.
    pub legend: AttrValue,
    /// The reader's answer so far.
    pub value: Option<Likelihood>,
    /// Called with the new choice, or `None` when the reader takes it back.
    pub on_change: Callback<Option<Likelihood>>,
}

/// The choice on the five-point likelihood scale, which the reader may leave or clear.
#[component]
pub fn LikelihoodChoice(props: &LikelihoodChoiceProps) -> Html {
    let on_choose = props.on_change.reform(Some);
    let clear = props.on_change.reform(|_: MouseEvent| None);
    html! {
        <div class="likelihood">
            <ChoiceGroup<Likelihood> name={props.name.clone()} legend={props.legend.clone()} chosen={props.value} {on_choose} />
            if props.value.is_some() {
                <button type="button" class="button button--small" onclick={clear}>{ "Clear this answer" }</button>
            }
        </div>
    }
}
