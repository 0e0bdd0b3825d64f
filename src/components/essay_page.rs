//! The essay itself, verbatim, paragraph by paragraph. Every passage a step
//! quotes is followed by a link to that step, and marked only quietly, since
//! the steps quote most of the essay; a link to `/essay#<passage>` scrolls to
//! that passage and highlights it alone.

use std::rc::Rc;

use web_sys::HtmlElement;
use yew::prelude::*;

use crate::components::marked_text::MarkedText;
use crate::components::route_link::RouteLink;
use crate::hooks::{use_content, use_page_heading};
use crate::model::{Content, FirstUses, Passage};
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

/// One passage of the essay, its quoted words linked to their steps.
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
        let place = Content::run_place(passage, index);
        let Some((step_index, quote_index)) = run.quote else {
            return html! { <MarkedText text={run.text.to_owned()} {place} /> };
        };
        let step = &steps[step_index];
        let anchor = step.quote_anchor(quote_index);
        let is_target = props.target.as_deref() == Some(anchor.as_str());
        html! {
            <>
                <span id={anchor} tabindex="-1" class={classes!("essay__quote", is_target.then_some("is-target"))}>
                    <MarkedText text={run.text.to_owned()} {place} />
                </span>
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

    // Each glossary term is marked once on the page, where the essay first uses it.
    let first_uses = {
        let content = content.clone();
        use_memo((), move |()| content.essay_first_uses())
    };

    html! {
        <ContextProvider<Rc<FirstUses>> context={first_uses}>
        <div class="essay">
            <h1 tabindex="-1" ref={heading}>{ title }</h1>
            <p class="essay__source">
                <span class="label">{ "About this text (ours): " }</span>
                { "The essay as published on a blog, word for word and with its own spelling; the blog's comments \
                   and links to other posts are left out. The link after each passage leads to the step of the \
                   walkthrough that quotes it; a passage opened from a step is highlighted." }
            </p>
            <article class="essay__text" aria-label="The essay">
                { for (0..=content.essay.paragraphs.len()).map(|position| html! {
                    <EssayPassage key={position} {position} target={target.clone()} />
                }) }
            </article>
        </div>
        </ContextProvider<Rc<FirstUses>>>
    }
}
