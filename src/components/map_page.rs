//! The whole argument as a map: the question, what clarifies it, the answer it
//! leads to, and the steps that support the answer, that the essay concedes
//! before answering, or that would change it. It is a nested list, so it reads the same to a screen reader
//! as it looks; the styles draw it as a tree.

use yew::prelude::*;

use crate::components::route_link::RouteLink;
use crate::hooks::{use_content, use_page_heading, use_reader};
use crate::model::Relation;
use crate::route::Route;

/// Props for [`MapNode`].
#[derive(Properties, PartialEq)]
struct MapNodeProps {
    /// The step's position.
    index: usize,
    /// How the step relates to the node above it, if it is not the root.
    #[prop_or_default]
    relation: Option<Relation>,
}

/// One step on the map: how it relates to its parent, and a link to it.
#[component]
fn MapNode(props: &MapNodeProps) -> Html {
    let content = use_content();
    let reader = use_reader();
    let step = &content.argument.steps()[props.index];
    let is_current = reader.last() == Some(&*step.id);
    let visited = reader.has_visited(&step.id);
    let relation = props.relation.map(|relation| {
        html! {
            <span class={classes!("relation", format!("relation--{}", relation.slug()))}>
                <span class="relation__shape" aria-hidden="true"></span>
                { relation.label() }
            </span>
        }
    });
    let classes = classes!(
        "map-node",
        format!(
            "map-node--{}",
            props.relation.map_or("root", Relation::slug)
        ),
        is_current.then_some("is-current"),
        visited.then_some("is-visited"),
    );
    html! {
        <>
            { relation }
            <RouteLink to={Route::step(&step.id)} {classes} current={is_current.then(|| AttrValue::from("step"))}>
                <span class="map-node__kind">{ format!("Step {} · {}", props.index + 1, step.kind.label()) }</span>
                <span class="map-node__title">{ step.title.to_string() }</span>
                if is_current {
                    <span class="map-node__state">{ "You are here" }</span>
                } else if visited {
                    <span class="map-node__state">{ "Read" }</span>
                }
            </RouteLink>
        </>
    }
}

/// The argument map page.
#[component]
pub fn MapPage() -> Html {
    let content = use_content();
    let title = Route::Map.title(&content);
    let heading = use_page_heading(title.clone());
    let map = &content.map;
    let item = |index: usize, relation: Option<Relation>| {
        html! { <li class="map__item"><MapNode {index} {relation} /></li> }
    };
    let answers = map.answers.iter().map(|&index| {
        html! {
            <li class="map__item map__item--answer">
                <MapNode {index} relation={Relation::LeadsTo} />
                <ul class="map__bearing">
                    { for map.bearing.iter().map(|&(relation, index)| item(index, Some(relation))) }
                </ul>
            </li>
        }
    });
    html! {
        <div class="map-page">
            <h1 tabindex="-1" ref={heading}>{ title }</h1>
            <p>
                { "The essay's argument at a glance: the question, the answer it leads to, and what \
                   supports that answer, what the essay concedes before answering it, and what would change it. Each box is a step; \
                   follow it to read that step." }
            </p>
            <ul class="map" aria-label="The argument">
                { for map.questions.iter().map(|&index| html! {
                    <li class="map__item map__item--question">
                        <MapNode {index} />
                        <ul class="map__children">
                            { for map.clarifications.iter().map(|&index| item(index, Some(Relation::Clarifies))) }
                            { for answers.clone() }
                        </ul>
                    </li>
                }) }
            </ul>
        </div>
    }
}
