//! The essay itself, verbatim, paragraph by paragraph. Every passage a step
//! quotes is highlighted and followed by a link to that step; a link to
//! `/essay#<passage>` scrolls to that passage and highlights it.

use web_sys::HtmlElement;
use yew::prelude::*;

use crate::components::marked_text::MarkedText;
use crate::components::route_link::RouteLink;
use crate::hooks::{use_content, use_page_heading};
use crate::model::Passage;
use crate::route::Route;
use crate::router::use_location;

/// Props for [`EssayPassage`].
#[derive(Properties, PartialEq)]
struct EssayPassageProps {
    /// The passage's position: 0 for the title, then the paragraphs.
    position: usize,
    /// The id of the quote the address points at, if any.
    target: Option<AttrValue>,
}

/// One passage of the essay, its quoted words highlighted and linked.
#[component]
fn EssayPassage(props: &EssayPassageProps) -> Html {
    let content = use_content();
    let passage: &Passage = content
        .essay
        .passages()
        .nth(props.position)
        .expect("the page asks for passages that exist");
    let steps = content.argument.steps();
    let runs = content.essay_runs(passage).into_iter().enumerate().map(|(index, run)| {
        let place = format!("{}-{}", passage.id, index + 1);
        let Some((step_index, quote_index)) = run.quote else {
            return html! { <MarkedText text={run.text.to_owned()} {place} /> };
        };
        let step = &steps[step_index];
        let anchor = step.quote_anchor(quote_index);
        let is_target = props.target.as_deref() == Some(anchor.as_str());
        html! {
            <>
                <mark id={anchor} tabindex="-1" class={classes!("essay__quote", is_target.then_some("is-target"))}>
                    <MarkedText text={run.text.to_owned()} {place} />
                </mark>
                <RouteLink to={Route::step(&step.id)} classes={classes!("essay__step-link")}>
                    { format!("Step {}", step_index + 1) }
                    <span class="visually-hidden">{ format!(": {}", step.title) }</span>
                </RouteLink>
            </>
        }
    });
    if props.position == 0 {
        html! { <p class="essay__title" id={passage.id.to_string()}><span class="label">{ "Title: " }</span>{ for runs }</p> }
    } else {
        html! { <p class="essay__paragraph" id={passage.id.to_string()}>{ for runs }</p> }
    }
}

/// The essay page.
#[component]
pub fn EssayPage() -> Html {
    let content = use_content();
    let title = Route::Essay.title(&content);
    let heading = use_page_heading(title.clone());
    let fragment = &use_location().fragment;
    let target = (!fragment.is_empty()).then(|| AttrValue::from(fragment.clone()));
    use_effect_with(target.clone(), |target| {
        let element = target
            .as_deref()
            .and_then(|id| gloo::utils::document().get_element_by_id(id))
            .and_then(|element| wasm_bindgen::JsCast::dyn_into::<HtmlElement>(element).ok());
        if let Some(element) = element {
            element.scroll_into_view();
            let _ = element.focus();
        }
    });

    html! {
        <div class="essay">
            <h1 tabindex="-1" ref={heading}>{ title }</h1>
            <p class="essay__source">
                <span class="label">{ "About this text (ours): " }</span>
                { "The essay as published on a blog, word for word and with its own spelling; the blog's comments \
                   and links to other posts are left out. Highlighted passages are quoted by a step of the \
                   walkthrough; the link after each leads to it." }
            </p>
            <article class="essay__text" aria-label="The essay">
                { for (0..=content.essay.paragraphs.len()).map(|position| html! {
                    <EssayPassage key={position} {position} target={target.clone()} />
                }) }
            </article>
        </div>
    }
}
