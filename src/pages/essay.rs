//! The essay itself, verbatim, paragraph by paragraph. Every passage a step
//! quotes is followed by a link to that step, and marked only quietly, since
//! the steps quote most of the essay; a link to `/essay#<passage>` scrolls to
//! that passage and highlights it alone.

use std::rc::Rc;

use web_sys::HtmlElement;
use yew::prelude::*;

use crate::components::essay_passage::EssayPassage;
use crate::hooks::{use_content, use_page_heading};
use crate::model::FirstUses;
use crate::route::Route;
use crate::router::use_location;

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
