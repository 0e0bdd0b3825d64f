//! The list of all steps: which one the reader is on, which they have read,
//! and a link to jump to any step. Beside a step it follows the step in the
//! page, so that on a phone the step comes first; wide screens show it as a
//! sidebar.

use yew::prelude::*;

use crate::components::route_link::RouteLink;
use crate::hooks::{use_content, use_progress};
use crate::route::Route;
use model::StepIndex;

/// Props for [`StepList`].
#[derive(Properties, PartialEq)]
pub struct StepListProps {
    /// The index of the step shown, or `None` off the steps (the start
    /// page lists the steps as a table of contents).
    #[prop_or_default]
    pub current: Option<StepIndex>,
}

/// All steps, with the current one and those already read marked.
#[component]
pub fn StepList(props: &StepListProps) -> Html {
    let content = use_content();
    let progress = use_progress();
    html! {
        <nav class={classes!("step-list", props.current.is_some().then_some("step-list--compact"))} aria-label="Steps of the argument">
            <ol class="step-list__steps">
                { for content.argument.indexed().map(|(index, step)| {
                    let is_current = props.current == Some(index);
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
