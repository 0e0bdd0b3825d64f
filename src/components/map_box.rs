//! One step on the argument map.

use yew::prelude::*;

use crate::components::route_link::RouteLink;
use crate::hooks::{use_answers, use_content, use_progress};
use crate::route::Route;
use model::argument::in_sentence;
use model::{Content, StepIndex, page_id};

/// Props for [`MapBox`].
#[derive(Properties, PartialEq)]
pub struct MapBoxProps {
    /// Which step it is.
    pub index: StepIndex,
    /// The shape the box carries: one of the map's legend's names.
    pub shape: &'static str,
    /// Whether the address names this box (a step's link to the map does).
    pub is_target: bool,
}

/// A line linking this box to another on the map: the essay's reply from
/// one step to another, said from either end.
fn relation(content: &Content, to: StepIndex, arrow: &'static str, words: Html) -> Html {
    let step = &content.argument[to];
    html! {
        <p class="map-box__relation">
            <span class="map-box__arrow" aria-hidden="true">{ arrow }</span>
            { words }
            <RouteLink to={Route::Map} fragment={AttrValue::from(page_id::map_box(&step.id))}>
                { in_sentence(&content.argument.label(to)) }
            </RouteLink>
        </p>
    }
}

/// One step on the map: a link named by the step alone, its claim in one
/// line, the steps the essay's replies link it to, where the reader is, and
/// their judgement.
#[component]
pub fn MapBox(props: &MapBoxProps) -> Html {
    let content = use_content();
    let progress = use_progress();
    let answers = use_answers();
    let step = &content.argument[props.index];
    let reply = content
        .map
        .reply_of(props.index)
        .zip(step.replies_to.as_ref());
    let replied_by = content.map.replied_by(props.index);
    let is_current = progress.last() == Some(&*step.id);
    let visited = progress.has_visited(&step.id);
    let judgement = answers.judgement(&step.id);
    let classes = classes!(
        "map-box",
        format!("map-box--{}", props.shape),
        is_current.then_some("is-current"),
        props.is_target.then_some("is-target"),
    );
    html! {
        <li class={classes} id={page_id::map_box(&step.id)} tabindex="-1">
            <span class={classes!("shape", format!("shape--{}", props.shape))} aria-hidden="true"></span>
            <RouteLink to={Route::step(&step.id)} classes={classes!("map-box__link")}>
                { content.argument.label(props.index) }
            </RouteLink>
            <p class="map-box__claim">{ step.gist().to_owned() }</p>
            if let Some((to, words)) = reply {
                { relation(content, to, "→", html! {
                    <>{ "Replies, with " }<q>{ words.words }</q>{ ", to " }</>
                }) }
            }
            { for replied_by.into_iter().map(|by| relation(content, by, "←", html! { "Replied to by " })) }
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
