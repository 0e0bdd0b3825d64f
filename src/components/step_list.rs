//! The list of all steps, which is also the reader's progress indicator:
//! where they are ("Step 3 of 10"), which steps they have read, and a link to
//! jump to any step.

use yew::prelude::*;

use crate::components::route_link::RouteLink;
use crate::hooks::{use_content, use_reader};
use crate::route::Route;

/// Props for [`StepList`].
#[derive(Properties, PartialEq)]
pub struct StepListProps {
    /// The position of the step shown, or `None` off the steps (the start
    /// page lists the steps as a table of contents).
    #[prop_or_default]
    pub current: Option<usize>,
}

/// All steps, with the current one and those already read marked.
#[component]
pub fn StepList(props: &StepListProps) -> Html {
    let content = use_content();
    let reader = use_reader();
    let steps = content.argument.steps();
    let total = steps.len();
    let progress = props.current.map(|index| {
        html! {
            <>
                <p class="progress__count" id="progress-count">{ format!("Step {} of {total}", index + 1) }</p>
                <progress class="progress__bar" aria-labelledby="progress-count" max={total.to_string()} value={(index + 1).to_string()}></progress>
            </>
        }
    });
    html! {
        <nav class={classes!("progress", props.current.is_some().then_some("progress--compact"))} aria-label="Steps of the argument">
            { progress }
            <ol class="progress__list">
                { for steps.iter().enumerate().map(|(index, step)| {
                    let is_current = props.current == Some(index);
                    let visited = reader.has_visited(&step.id);
                    let classes = classes!(
                        "progress__link",
                        is_current.then_some("is-current"),
                        visited.then_some("is-visited"),
                    );
                    html! {
                        <li class="progress__item">
                            <RouteLink to={Route::step(&step.id)} {classes} current={is_current.then(|| AttrValue::from("step"))}>
                                <span class="progress__number" aria-hidden="true">{ index + 1 }</span>
                                <span class="progress__title">{ step.title.to_string() }</span>
                                if visited && !is_current {
                                    <span class="visually-hidden">{ " (read)" }</span>
                                }
                            </RouteLink>
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}
