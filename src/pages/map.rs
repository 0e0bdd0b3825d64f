//! The whole argument as a map: the question and what clarifies it above; the
//! essay's answer at the centre with the one condition the essay names; the
//! reasons against a break on one side and what the essay concedes, which
//! points toward one, on the other. Each box holds its step's one-line claim
//! and, once given, the reader's own judgement of it. Every group is a list
//! under its own heading, so it reads to a screen reader as it looks.

use yew::prelude::*;

use crate::components::map_box::MapBox;
use crate::hooks::{use_content, use_fragment_target, use_page_heading};
use crate::model::{Relation, StepIndex, page_id};
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
        "What the essay concedes: facts that may point toward a break",
    ),
    (
        "condition",
        "The condition the essay names: only if it is met, it says, would a full break likely be considered",
    ),
];

/// The argument map page.
#[component]
pub fn MapPage() -> Html {
    let content = use_content();
    let title = Route::Map.title(&content);
    let heading = use_page_heading(title.clone());
    let target = use_fragment_target();
    let map = &content.map;
    let boxes = |indices: Vec<StepIndex>, shape: &'static str| -> Html {
        indices
            .into_iter()
            .map(|index| {
                let id = page_id::map_box(&content.argument[index].id);
                let is_target = target.as_deref() == Some(id.as_str());
                html! { <MapBox key={index.number()} {index} {shape} {is_target} /> }
            })
            .collect()
    };
    let bearing = |relation: Relation| -> Vec<StepIndex> {
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
                { "The essay's argument at a glance, each step in a box, grouped by the part it plays: the question, \
                   the essay's reasons against a full break, its answer and the condition it names, and what it \
                   concedes. The groups come in that order, top to bottom; on a wide screen the answer stands at the \
                   centre, with the reasons on its left and what the essay concedes on its right. Follow a box's link \
                   to read its step. The essay does not number its reasons: the steps are our division." }
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
                        { boxes(map.question_steps.clone(), "question") }
                        { boxes(map.clarifications.clone(), "question") }
                    </ul>
                </section>
                <section class="map__group map__group--against" aria-labelledby="map-against">
                    <h2 id="map-against" class="map__heading">{ format!("Against a break: the essay's reasons, in {} steps", against.len()) }</h2>
                    <ul class="map__boxes">{ boxes(against, "against") }</ul>
                </section>
                <section class="map__group map__group--answer" aria-labelledby="map-answer">
                    <h2 id="map-answer" class="map__heading">{ "The essay's answer, and the condition it names" }</h2>
                    <ul class="map__boxes">
                        { boxes(map.answer_steps.clone(), "question") }
                        { boxes(bearing(Relation::Qualifies), "condition") }
                    </ul>
                </section>
                <section class="map__group map__group--toward" aria-labelledby="map-toward">
                    <h2 id="map-toward" class="map__heading">{ "What the essay concedes: facts that may point toward a break" }</h2>
                    <ul class="map__boxes">{ boxes(toward, "toward") }</ul>
                </section>
            </div>
        </div>
    }
}
