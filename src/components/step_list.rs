//! The list of all steps: which one the reader is on, which they have read,
//! and a link to jump to any step. Beside a step it follows the step in the
//! page, so that on a phone the step comes first; wide screens show it as a
//! sidebar.

use yew::prelude::*;

use crate::components::route_link::RouteLink;
use crate::route::Route;
use model::{Content, Progress, StepIndex};

/// All steps, with the current one and those already read (by `progress`)
/// marked. `current` is the index of the step shown, or `None` off the
/// steps (the start page lists the steps as a table of contents).
pub fn step_list(current: Option<StepIndex>, progress: &Progress) -> Html {
    let content = Content::get();
    html! {
        <nav class={classes!("step-list", current.is_some().then_some("step-list--compact"))} aria-label="Steps of the argument">
            <ol class="step-list__steps">
                { for content.argument.indexed().map(|(index, step)| {
                    let is_current = current == Some(index);
                    // The step being shown is not yet "read": it is marked only once left.
                    let visited = progress.has_visited(&step.id) && !is_current;
                    let classes = classes!(
                        "step-list__link",
                        is_current.then_some("is-current"),
                        visited.then_some("is-visited"),
                    );
                    html! {
                        <li class="step-list__item">
                            <RouteLink to={Route::step(&step.id)} {classes}>
                                <span class="step-list__number" aria-hidden="true">{ index.number() }</span>
                                <span class="step-list__title">{ step.title }</span>
                                if visited {
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
