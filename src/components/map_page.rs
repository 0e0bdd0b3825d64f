//! The whole argument as a map: the question and what clarifies it above; the
//! essay's answer at the centre with the condition that would change it; the
//! reasons against a break on one side and what the essay concedes, which
//! points toward one, on the other. Each box holds its step's one-line claim
//! and, once given, the reader's own judgement of it. Every group is a list
//! under its own heading, so it reads to a screen reader as it looks.

use yew::prelude::*;

use crate::components::route_link::RouteLink;
use crate::hooks::{use_answers, use_content, use_page_heading, use_reader};
use crate::model::Relation;
use crate::route::Route;

/// The shapes that tell the boxes apart besides their place, with what each
/// means: the map's legend.
const LEGEND: [(&str, &str); 4] = [
    (
        "question",
        "The question and the essay's answer to it, and what clarifies the question",
    ),
    ("against", "A reason the essay gives against a full break"),
    (
        "toward",
        "What the essay concedes, which points toward a break",
    ),
    (
        "condition",
        "The condition under which the answer would change",
    ),
];

/// Props for [`MapBox`].
#[derive(Properties, PartialEq)]
struct MapBoxProps {
    /// The step's position.
    index: usize,
    /// The shape the box carries: one of [`LEGEND`]'s names.
    shape: &'static str,
}

/// One step on the map: a link named by the step alone, its claim in one
/// line, where the reader is, and their judgement.
#[component]
fn MapBox(props: &MapBoxProps) -> Html {
    let content = use_content();
    let reader = use_reader();
    let answers = use_answers();
    let step = &content.argument.steps()[props.index];
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
            <RouteLink to={Route::step(&step.id)} classes={classes!("map-box__link")} current={is_current.then(|| AttrValue::from("step"))}>
                { format!("Step {}: {}", props.index + 1, step.title) }
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

/// The argument map page.
#[component]
pub fn MapPage() -> Html {
    let content = use_content();
    let title = Route::Map.title(&content);
    let heading = use_page_heading(title.clone());
    let map = &content.map;
    let boxes = |indices: Vec<usize>, shape: &'static str| -> Html {
        indices
            .into_iter()
            .map(|index| html! { <MapBox key={index} {index} {shape} /> })
            .collect()
    };
    let bearing = |relation: Relation| -> Vec<usize> {
        map.bearing
            .iter()
            .filter(|&&(r, _)| r == relation)
            .map(|&(_, index)| index)
            .collect()
    };
    let against = bearing(Relation::Supports);
    let toward = bearing(Relation::Concedes);
    html! {
        <div class="map-page">
            <h1 tabindex="-1" ref={heading}>{ title }</h1>
            <p>
                { "The essay's argument at a glance: the question, the essay's answer at the centre, its reasons \
                   against a full break on one side, and what it concedes, which points toward a break, on the other. \
                   Each box is a step; follow its link to read it." }
            </p>
            <section class="map-legend" aria-labelledby="legend-title">
                <h2 id="legend-title" class="map-legend__title">{ "Legend" }</h2>
                <ul class="map-legend__list">
                    { for LEGEND.iter().map(|&(shape, meaning)| html! {
                        <li><span class={classes!("shape", format!("shape--{shape}"))} aria-hidden="true"></span>{ meaning }</li>
                    }) }
                </ul>
            </section>
            <div class="map">
                <section class="map__group map__group--question" aria-labelledby="map-question">
                    <h2 id="map-question" class="map__heading">{ "The question" }</h2>
                    <ul class="map__boxes">
                        { boxes(map.questions.clone(), "question") }
                        { boxes(map.clarifications.clone(), "question") }
                    </ul>
                </section>
                <section class="map__group map__group--answer" aria-labelledby="map-answer">
                    <h2 id="map-answer" class="map__heading">{ "The essay's answer, unless…" }</h2>
                    <ul class="map__boxes">
                        { boxes(map.answers.clone(), "question") }
                        { boxes(bearing(Relation::Qualifies), "condition") }
                    </ul>
                </section>
                <section class="map__group map__group--against" aria-labelledby="map-against">
                    <h2 id="map-against" class="map__heading">{ format!("Against a break: the essay's {} reasons", against.len()) }</h2>
                    <ul class="map__boxes">{ boxes(against, "against") }</ul>
                </section>
                <section class="map__group map__group--toward" aria-labelledby="map-toward">
                    <h2 id="map-toward" class="map__heading">{ "Toward a break: what the essay concedes" }</h2>
                    <ul class="map__boxes">{ boxes(toward, "toward") }</ul>
                </section>
            </div>
        </div>
    }
}
