//! One step on the argument map.

use yew::prelude::*;

use crate::components::route_link::RouteLink;
use crate::route::Route;
use model::argument::in_sentence;
use model::{Answers, Content, Progress, StepIndex, page_id};

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
/// their judgement, by the reader's `progress` and `answers`. `shape` is the
/// shape the box carries (one of the map's legend's names); `is_target`
/// says whether the address names this box (a step's link to the map does).
/// Keyed by the step's number.
pub fn map_box(
    index: StepIndex,
    (shape, is_target): (&'static str, bool),
    progress: &Progress,
    answers: &Answers,
) -> Html {
    let content = Content::get();
    let step = &content.argument[index];
    let reply = content.map.reply_of(index).zip(step.replies_to.as_ref());
    let replied_by = content.map.replied_by(index);
    let is_current = progress.last() == Some(&*step.id);
    let visited = progress.has_visited(&step.id);
    let judgement = answers.judgement(&step.id);
    let classes = classes!(
        "map-box",
        format!("map-box--{shape}"),
        is_current.then_some("is-current"),
        is_target.then_some("is-target"),
    );
    html! {
        <li key={index.number()} class={classes} id={page_id::map_box(&step.id)} tabindex="-1">
            <span class={classes!("shape", format!("shape--{shape}"))} aria-hidden="true"></span>
            <RouteLink to={Route::step(&step.id)} classes={classes!("map-box__link")}>
                { content.argument.label(index) }
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
