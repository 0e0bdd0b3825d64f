//! The whole argument as a map: the question and what clarifies it, beside
//! the essay's answer with the condition the essay names; below them the
//! reasons against a break and what the essay concedes, which points toward
//! one. Each box holds its step's one-line claim and, once given, the
//! reader's own judgement of it; the essay's reply from one step to another
//! is written in both boxes and, where the boxes stand side by side, drawn as
//! a connector between them. Every group is a list under its own heading, so
//! it reads to a screen reader as it looks.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{HtmlElement, ResizeObserver};
use yew::prelude::*;

use crate::components::map_box::MapBox;
use crate::hooks::{elements_under, use_content, use_fragment_target, use_page_heading};
use crate::route::Route;
use model::{BoxPlace, Relation, StepIndex, page_id, reply_path};

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

/// Where a box stands within the map, if it is laid out in it.
fn place(map: &HtmlElement, id: &str) -> Option<BoxPlace> {
    let element: HtmlElement = gloo::utils::document()
        .get_element_by_id(id)?
        .dyn_into()
        .ok()?;
    // The map is the boxes' positioned ancestor (`.map` in pages.css), so
    // their offsets are from its corner.
    if element.offset_parent().as_ref() != Some(map.as_ref()) {
        return None;
    }
    Some(BoxPlace {
        left: element.offset_left().into(),
        top: element.offset_top().into(),
        width: element.offset_width().into(),
        height: element.offset_height().into(),
    })
}

/// The connectors for the essay's replies, one SVG path each (empty where
/// none is drawn), between the boxes with these ids inside `map`: measured
/// once the map is laid out, and again whenever its size or a replying
/// box's changes (a new width, the reader's saved state arriving).
#[hook]
fn use_reply_paths(map: NodeRef, replies: Rc<[(String, String)]>) -> Rc<[String]> {
    let paths = use_state_eq(|| Rc::<[String]>::from([]));
    {
        let paths = paths.clone();
        use_effect_with(replies, move |replies| {
            let replies = replies.clone();
            let element = map.cast::<HtmlElement>();
            let measure = {
                let element = element.clone();
                Closure::<dyn FnMut()>::new(move || {
                    let Some(map) = &element else { return };
                    let drawn = replies
                        .iter()
                        .map(|(from, to)| {
                            place(map, from)
                                .zip(place(map, to))
                                .and_then(|(from, to)| reply_path(from, to))
                                .unwrap_or_default()
                        })
                        .collect();
                    paths.set(drawn);
                })
            };
            // Without ResizeObserver (or the map), only the written links show the replies.
            let observer = ResizeObserver::new(measure.as_ref().unchecked_ref()).ok();
            if let (Some(observer), Some(map)) = (&observer, &element) {
                observer.observe(map);
                for element in elements_under(map, ".map-box") {
                    observer.observe(&element);
                }
            }
            move || {
                if let Some(observer) = observer {
                    observer.disconnect();
                }
                drop(measure);
            }
        });
    }
    (*paths).clone()
}

/// The argument map page.
#[component]
pub fn MapPage() -> Html {
    let content = use_content();
    let title = Route::Map.title(content);
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
    let replies: Rc<[(String, String)]> = map
        .replies
        .iter()
        .map(|&(from, to)| {
            let id = |index: StepIndex| page_id::map_box(&content.argument[index].id);
            (id(from), id(to))
        })
        .collect();
    let drawing = use_node_ref();
    let paths = use_reply_paths(drawing.clone(), replies);
    html! {
        <div class="map-page">
            <h1 tabindex="-1" ref={heading}>{ title }</h1>
            <p class="map-page__intro">
                { "The essay's argument at a glance, each step in a box, grouped by the part it plays, in this \
                   order: the question; the essay's answer and the condition it names; its reasons against a full \
                   break (the steps are our division); and what it concedes." }
            </p>
            <section class="map-legend" aria-labelledby="legend-title">
                <h2 id="legend-title" class="map-legend__title">{ "Legend" }</h2>
                <ul class="map-legend__list">
                    { for LEGEND.iter().map(|&(shape, meaning)| html! {
                        <li><span class={classes!("shape", format!("shape--{shape}"))} aria-hidden="true"></span>{ meaning }</li>
                    }) }
                </ul>
            </section>
            <div class="map" ref={drawing}>
                <section class="map__group map__group--question" aria-labelledby="map-group-question">
                    <h2 id="map-group-question" class="map__heading">{ "The question" }</h2>
                    <ul class="map__boxes">
                        { boxes(map.question_steps.clone(), "question") }
                        { boxes(map.clarifications.clone(), "question") }
                    </ul>
                </section>
                <section class="map__group map__group--answer" aria-labelledby="map-group-answer">
                    <h2 id="map-group-answer" class="map__heading">{ "The essay's answer, and the condition it names" }</h2>
                    <ul class="map__boxes">
                        { boxes(map.answer_steps.clone(), "question") }
                        { boxes(bearing(Relation::Qualifies), "condition") }
                    </ul>
                </section>
                <section class="map__group map__group--against" aria-labelledby="map-group-against">
                    <h2 id="map-group-against" class="map__heading">{ format!("Against a break: the essay's reasons, in {} steps", against.len()) }</h2>
                    <ul class="map__boxes">{ boxes(against, "against") }</ul>
                </section>
                <section class="map__group map__group--toward" aria-labelledby="map-group-toward">
                    <h2 id="map-group-toward" class="map__heading">{ "What the essay concedes: facts that may point toward a break" }</h2>
                    <ul class="map__boxes">{ boxes(toward, "toward") }</ul>
                </section>
                // Drawn over the map, in the space between the boxes; each
                // box says the same in words for a screen reader.
                <svg class="map__replies" aria-hidden="true" focusable="false">
                    <defs>
                        <marker id="map-reply-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                            <path d="M 0 0 L 10 5 L 0 10 z" />
                        </marker>
                    </defs>
                    { for paths.iter().filter(|d| !d.is_empty()).map(|d| html! {
                        <path class="map__reply" d={d.clone()} marker-end="url(#map-reply-arrow)" />
                    }) }
                </svg>
            </div>
        </div>
    }
}
