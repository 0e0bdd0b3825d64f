//! One step on the argument map.

use yew::prelude::*;

use crate::components::route_link::RouteLink;
use crate::hooks::{use_answers, use_content, use_reader};
use crate::model::StepIndex;
use crate::route::Route;

/// Props for [`MapBox`].
#[derive(Properties, PartialEq)]
pub struct MapBoxProps {
    /// The step's position.
    pub index: StepIndex,
    /// The shape the box carries: one of the map's legend's names.
    pub shape: &'static str,
}

/// One step on the map: a link named by the step alone, its claim in one
/// line, where the reader is, and their judgement.
#[component]
pub fn MapBox(props: &MapBoxProps) -> Html {
    let content = use_content();
    let reader = use_reader();
    let answers = use_answers();
    let step = &content.argument[props.index];
    let is_current = reader.last() == Some(&*step.id);
    let visited = reader.has_visited(&step.id);
    let judgement = answers.judgement(&step.id);
    let classes = classes!(
        "map-box",
        format!("map-box--{}", props.shape),
        is_current.then_some("is-current"),
    );
    html! {
        <li class={classes}>
            <span class={classes!("shape", format!("shape--{}", props.shape))} aria-hidden="true"></span>
            <RouteLink to={Route::step(&step.id)} classes={classes!("map-box__link")}>
                { format!("Step {}: {}", props.index.number(), step.title) }
            </RouteLink>
            <p class="map-box__claim">{ step.gist().to_owned() }</p>
            if is_current {
                <p class="map-box__state">{ "You are here" }</p>
            } else if visited {
                <p class="map-box__state">{ "Read" }</p>
            }
            if let Some(words) = judgement.in_words() {
                <p class="map-box__judgement"><span class="label">{ "Your judgement: " }</span>{ words }</p>
            }
        </li>
    }
}
