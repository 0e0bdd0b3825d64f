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

/// A radio group: `name` is the group's name, unique on the page
/// ([`model::Choice::name`]), and also the stem of its ids; `legend` the
/// choice asked for, in words; `chosen` the option chosen, if any; and
/// `on_choose` is called with the option chosen.
pub fn choice_group<T: Scale>(
    name: &str,
    legend: &str,
    chosen: Option<T>,
    on_choose: &Callback<T>,
) -> Html {
    html! {
        <fieldset class="choices">
            <legend class="choices__legend">{ legend.to_owned() }</legend>
            <div class="choices__options">
                { for T::OPTIONS.iter().enumerate().map(|(index, &option)| {
                    let id = page_id::option(name, index);
                    let onchange = on_choose.reform(move |_: Event| option);
                    html! {
                        <label class="choices__option" for={id.clone()}>
                            <input type="radio" {id} name={name.to_owned()} value={index.to_string()} checked={chosen == Some(option)} {onchange} />
                            <span>{ option.label() }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}
