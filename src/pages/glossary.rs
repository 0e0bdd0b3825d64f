//! Every term the explainer marks, alphabetically, with our definitions and
//! the steps that use each.

use yew::prelude::*;

use crate::components::route_link::RouteLink;
use crate::hooks::{use_content, use_fragment_target, use_page_heading};
use crate::route::Route;
use model::argument::in_sentence;
use model::page_id;

/// The glossary page.
#[component]
pub fn GlossaryPage() -> Html {
    let content = use_content();
    let title = Route::Glossary.title(content);
    let heading = use_page_heading(title.clone());
    let target = use_fragment_target();
    html! {
        <div class="glossary">
            <h1 tabindex="-1" ref={heading}>{ title }</h1>
            <p>
                <span class="source source--ours">{ "Our definitions" }</span>
                { " These are not the essay's words: they are short, neutral explanations of terms it uses. \
                   On each page of the walkthrough and on the essay page, a term is marked where it is first used, \
                   and shows its definition when clicked, tapped, or activated with Enter." }
            </p>
            <dl class="glossary__list">
                { for content.glossary.alphabetical().into_iter().map(|index| {
                    let term = &content.glossary[index];
                    let used = content.steps_using(index);
                    let id = page_id::term(term.id);
                    let is_target = target.as_deref() == Some(id.as_str());
                    html! {
                        <div class={classes!("glossary__entry", is_target.then_some("is-target"))} {id} tabindex="-1">
                            <dt>{ term.headword }</dt>
                            <dd>{ term.definition }</dd>
                            if !used.is_empty() {
                                <dd class="glossary__uses">
                                    <span class="label">{ "Used in: " }</span>
                                    { for used.iter().enumerate().map(|(nth, &step)| html! {
                                        <>
                                            if nth > 0 { { "; " } }
                                            <RouteLink to={Route::step(&content.argument[step].id)}>{ in_sentence(&content.argument.label(step)) }</RouteLink>
                                        </>
                                    }) }
                                </dd>
                            }
                        </div>
                    }
                }) }
            </dl>
        </div>
    }
}
