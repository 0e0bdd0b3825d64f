//! A group of radio buttons with a legend: the one control used for every
//! choice the explainer asks the reader to make. Arrow keys move within the group,
//! as in any radio group.

use yew::prelude::*;

use model::{Conviction, Point, Weight, page_id};

/// A scale the reader chooses on: its options, in order, and how each is
/// labelled.
pub trait Scale: Copy + PartialEq + 'static {
    /// Every option, in the order offered.
    const OPTIONS: &'static [Self];
    /// The option's label.
    fn label(self) -> &'static str;
}

impl Scale for Point {
    const OPTIONS: &'static [Self] = &Point::ALL;

    fn label(self) -> &'static str {
        Point::label(self)
    }
}

impl Scale for Conviction {
    const OPTIONS: &'static [Self] = &Conviction::ALL;

    fn label(self) -> &'static str {
        Conviction::label(self)
    }
}

impl Scale for Weight {
    const OPTIONS: &'static [Self] = &Weight::ALL;

    fn label(self) -> &'static str {
        Weight::label(self)
    }
}

/// Props for [`ChoiceGroup`].
#[derive(Properties, PartialEq)]
pub struct ChoiceGroupProps<T: Scale> {
    /// The group's name, unique on the page ([`model::Choice::name`]);
    /// also the stem of its ids.
    pub name: AttrValue,
    /// The choice asked for, in words.
    pub legend: AttrValue,
    /// The option chosen, if any.
    pub chosen: Option<T>,
    /// Called with the option chosen.
    pub on_choose: Callback<T>,
}

/// A radio group.
#[component]
pub fn ChoiceGroup<T: Scale>(props: &ChoiceGroupProps<T>) -> Html {
    html! {
        <fieldset class="choices">
            <legend class="choices__legend">{ props.legend.clone() }</legend>
            <div class="choices__options">
                { for T::OPTIONS.iter().enumerate().map(|(index, &option)| {
                    let id = page_id::option(&props.name, index);
                    let onchange = props.on_choose.reform(move |_: Event| option);
                    html! {
                        <label class="choices__option" for={id.clone()}>
                            <input type="radio" {id} name={props.name.clone()} value={index.to_string()} checked={props.chosen == Some(option)} {onchange} />
                            <span>{ option.label() }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}
