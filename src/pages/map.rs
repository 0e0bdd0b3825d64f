//! The whole argument as a map: the question and what clarifies it, beside
//! the essay's answer with the condition the essay names; below them each
//! side: the essay's reasons one way and what it concedes, which points the
//! other way from its answer. Each box holds its step's one-line claim and, once given, the
//! reader's own judgement of it; the essay's reply from one step to another
//! is written in both boxes and, where the boxes stand side by side, drawn as
//! a connector between them. Every group is a list under its own heading, so
//! it reads to a screen reader as it looks.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{HtmlElement, ResizeObserver};
use yew::prelude::*;

use crate::components::map_box::map_box;
use crate::hooks::{
    elements_under, use_answers, use_content, use_fragment_target, use_page_heading, use_progress,
};
use crate::route::Route;
use model::side::Side;
use model::site::Site;
use model::{BoxPlace, Direction, Relation, StepIndex, StepKind, page_id, reply_path};

/// The shapes that tell the boxes apart besides their place, with what each
/// means: the map's legend. A side's shape is its direction's slug; the
/// sides with no steps have no line, nor has the condition where the essay
/// names none.
fn legend(sides: &[Side; 2], has_condition: bool) -> Vec<(&'static str, String)> {
    let question = (
        "question",
        "The question and the essay's answer to it, and what clarifies the question".to_owned(),
    );
    let sides = sides
        .iter()
        .filter(|side| side.steps() > 0)
        .map(|side| (side.direction.slug(), side.legend()));
    let condition = Site::embedded()
        .condition
        .filter(|_| has_condition)
        .map(|line| ("condition", line.to_owned()));
    std::iter::once(question)
        .chain(sides)
        .chain(condition)
        .collect()
}

/// The id of the group of boxes pointing this way.
fn group_id(direction: Direction) -> &'static str {
    match direction {
        Direction::Toward => "map-group-toward",
        Direction::Against => "map-group-against",
    }
}

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
    let progress = use_progress();
    let answers = use_answers();
    let map = &content.map;
    let boxes = |indices: Vec<StepIndex>, shape: &'static str| -> Html {
        indices
            .into_iter()
            .map(|index| {
                let id = page_id::map_box(&content.argument[index].id);
                let is_target = target.as_deref() == Some(id.as_str());
                map_box(index, (shape, is_target), &progress, &answers)
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
    let sides = Side::both(&content.argument);
    // A side's boxes: the essay's reasons that way, then what it concedes,
    // where its concessions point that way.
    let pointing = |side: &Side| -> Vec<StepIndex> {
        let mut steps = bearing(Relation::Reason(side.direction));
        if content.argument.direction(StepKind::Concession) == Some(side.direction) {
            steps.extend(bearing(Relation::Concedes));
        }
        steps
    };
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
                { Site::embedded().map_intro }
            </p>
            <section class="map-legend" aria-labelledby="legend-title">
                <h2 id="legend-title" class="map-legend__title">{ "Legend" }</h2>
                <ul class="map-legend__list">
                    { for legend(&sides, !map.conditions().is_empty()).into_iter().map(|(shape, meaning)| html! {
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
                    <h2 id="map-group-answer" class="map__heading">{ map.answer_heading() }</h2>
                    <ul class="map__boxes">
                        { boxes(map.answer_steps.clone(), "question") }
                        { boxes(map.conditions(), "condition") }
                    </ul>
                </section>
                // The side the essay's answer is on comes first, on the page
                // as in reading order: the wide first place is the essay's.
                { for sides.iter().filter(|side| side.steps() > 0).enumerate().map(|(at, side)| {
                    let slug = side.direction.slug();
                    let id = group_id(side.direction);
                    let place = if at == 0 { "map__group--first" } else { "map__group--second" };
                    html! {
                        <section class={classes!("map__group", format!("map__group--{slug}"), place)} aria-labelledby={id}>
                            <h2 {id} class="map__heading">{ side.map_heading() }</h2>
                            <ul class="map__boxes">{ boxes(pointing(side), slug) }</ul>
                        </section>
                    }
                }) }
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
