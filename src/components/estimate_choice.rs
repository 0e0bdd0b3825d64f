//! The reader's estimate on the content's scale, asked before reading and
//! again after.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::components::choice_group::choice_group;
use crate::hooks::use_answers;
use model::site::Site;
use model::{AnswerAction, Answers, Choice, Point, page_id};

/// The estimate choice's legend before reading, as the content asks it.
pub fn before_legend() -> &'static str {
    Site::embedded().scale.before
}

/// The estimate choice's legend after reading, as the content asks it.
pub fn after_legend() -> &'static str {
    Site::embedded().scale.after
}

/// What marks an estimate before reading given only after starting to read.
pub const LATE_NOTE: &str = "given after starting to read";

/// The reader's estimate before reading, as it is shown once given
/// ("Before reading, you said: " and the point), marked if it was given
/// late.
pub fn before_given(answers: &Answers) -> Option<String> {
    let before = answers.before?;
    let late = if answers.is_before_late() {
        format!(" ({LATE_NOTE})")
    } else {
        String::new()
    };
    Some(format!(
        "Before reading, you said: {}{late}.",
        before.label().to_lowercase()
    ))
}

/// The heading of a section that asks for the guess, with the id it is
/// labelled by, and the guess once given, confirmed in a status line that is
/// always there, so that a screen reader hears it when it changes.
pub fn guess_heading(id: &'static str, given: Option<&str>) -> Html {
    html! {
        <>
            <h2 {id}>{ if given.is_none() { "Your guess first" } else { "Your guess" } }</h2>
            <p class="before__given" role="status">
                if let Some(given) = given {
                    <strong>{ given.to_owned() }</strong>
                }
            </p>
        </>
    }
}

/// The section that asks for the guess: its heading and the guess once
/// given ([`guess_heading`], labelled `before-title`), the page's words
/// about it, and the choice while it is still `asking`, with the answer so
/// far and the callback that gives it.
pub fn guess_section(
    given: Option<&str>,
    intro: &str,
    asking: Option<(Option<Point>, Callback<Option<Point>>)>,
) -> Html {
    html! {
        <section class="before" aria-labelledby="before-title">
            { guess_heading("before-title", given) }
            <p class="before__intro">{ intro.to_owned() }</p>
            if let Some((value, on_change)) = asking {
                <EstimateChoice name={Choice::Before.name()} legend={before_legend()} {value} {on_change} />
            }
        </section>
    }
}

/// The guess as a page asks for it: the callback that gives it (marked late
/// if the reader `has_read` a step), and whether it was given on this page.
/// A guess given here keeps its choice in view while the reader stays: arrow
/// keys choose as they move through the options, so the first would
/// otherwise take the choice away.
#[hook]
pub fn use_guess(has_read: bool) -> (Callback<Option<Point>>, bool) {
    let answers = use_answers();
    let answered_here = use_state(|| false);
    let on_guess = {
        let answered_here = answered_here.clone();
        Callback::from(move |point: Option<Point>| {
            answered_here.set(true);
            answers.dispatch(AnswerAction::guess(point, has_read));
        })
    };
    (on_guess, *answered_here)
}

/// Props for [`EstimateChoice`].
#[derive(Properties, PartialEq)]
pub struct EstimateChoiceProps {
    /// The group's name, unique on the page.
    pub name: AttrValue,
    /// The choice asked for, in words.
    pub legend: AttrValue,
    /// The reader's answer so far.
    pub value: Option<Point>,
    /// Called with the new choice, or `None` when the reader takes it back.
    pub on_change: Callback<Option<Point>>,
}

/// The choice on the five-point scale, which the reader may leave or clear.
#[component]
pub fn EstimateChoice(props: &EstimateChoiceProps) -> Html {
    let on_choose = props.on_change.reform(Some);
    // "Clear this answer" goes once clicked, so focus would fall to the
    // page's body: it goes to the group's first option instead (focus alone
    // chooses nothing), once the render without the button is done.
    let refocus = use_mut_ref(|| false);
    let clear = {
        let refocus = refocus.clone();
        props.on_change.reform(move |_: MouseEvent| {
            *refocus.borrow_mut() = true;
            None
        })
    };
    {
        let first = page_id::option(&props.name, 0);
        use_effect(move || {
            if refocus.replace(false)
                && let Some(option) = gloo::utils::document()
                    .get_element_by_id(&first)
                    .and_then(|element| element.dyn_into::<HtmlElement>().ok())
            {
                let _ = option.focus();
            }
        });
    }
    html! {
        <div class="estimate-choice">
            { choice_group(&props.name, &props.legend, props.value, &on_choose) }
            if props.value.is_some() {
                <button type="button" class="button button--small" onclick={clear}>{ "Clear this answer" }</button>
            }
        </div>
    }
}
