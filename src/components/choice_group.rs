//! A group of radio buttons with a legend: the one control used for every
//! question the explainer asks the reader. Arrow keys move within the group,
//! as in any radio group.

use yew::prelude::*;

/// Props for [`ChoiceGroup`].
#[derive(Properties, PartialEq)]
pub struct ChoiceGroupProps {
    /// The group's name, unique on the page; also the stem of its ids.
    pub name: AttrValue,
    /// The question asked.
    pub legend: AttrValue,
    /// The choices' labels, in order.
    pub labels: Vec<&'static str>,
    /// The position of the chosen label, if any.
    pub chosen: Option<usize>,
    /// Called with the position of the label chosen.
    pub on_choose: Callback<usize>,
    /// Classes for the fieldset.
    #[prop_or_default]
    pub classes: Classes,
}

/// A radio group.
#[component]
pub fn ChoiceGroup(props: &ChoiceGroupProps) -> Html {
    html! {
        <fieldset class={classes!("choices", props.classes.clone())}>
            <legend class="choices__legend">{ props.legend.clone() }</legend>
            <div class="choices__options">
                { for props.labels.iter().enumerate().map(|(index, label)| {
                    let id = format!("{}-{index}", props.name);
                    let onchange = props.on_choose.reform(move |_: Event| index);
                    html! {
                        <label class="choices__option" for={id.clone()}>
                            <input type="radio" {id} name={props.name.clone()} checked={props.chosen == Some(index)} {onchange} />
                            <span>{ *label }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}
