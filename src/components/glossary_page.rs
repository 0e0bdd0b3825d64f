//! Every term the explainer marks, alphabetically, with our definitions and
//! the steps that use each.

use yew::prelude::*;

use crate::components::route_link::RouteLink;
use crate::hooks::{use_content, use_page_heading};
use crate::model::Content;
use crate::route::Route;

/// The positions of the steps that use a term, in their prose or their
/// quotations of the essay.
fn steps_using(content: &Content, term: usize) -> Vec<usize> {
    let glossary = &content.glossary;
    let steps = content.argument.steps().iter().enumerate();
    steps
        .filter(|(_, step)| {
            let prose = step.prose().into_iter().map(|(_, text)| text);
            let quotes = step.quotes.iter().map(|quote| &*quote.text);
            prose
                .chain(quotes)
                .any(|text| glossary.is_used_in(term, text))
        })
        .map(|(index, _)| index)
        .collect()
}

/// The glossary page.
#[component]
pub fn GlossaryPage() -> Html {
    let content = use_content();
    let title = Route::Glossary.title(&content);
    let heading = use_page_heading(title.clone());
    let steps = content.argument.steps();
    html! {
        <div class="glossary">
            <h1 tabindex="-1" ref={heading}>{ title }</h1>
            <p>
                <span class="source source--ours">{ "Our definitions" }</span>
                { " These are not the essay's words: they are short, neutral explanations of terms it uses. \
                   On each page of the walkthrough and on the essay page, a term is marked where it is first used, \
                   and shows its definition when focused, clicked or tapped." }
            </p>
            <dl class="glossary__list">
                { for content.glossary.alphabetical().into_iter().map(|index| {
                    let term = &content.glossary.terms()[index];
                    let used = steps_using(&content, index);
                    html! {
                        <div class="glossary__entry" id={term.id.to_string()}>
                            <dt>{ term.term.clone() }</dt>
                            <dd>{ term.definition.clone() }</dd>
                            if !used.is_empty() {
                                <dd class="glossary__uses">
                                    <span class="label">{ "Used in: " }</span>
                                    { for used.iter().enumerate().map(|(nth, &step)| html! {
                                        <>
                                            if nth > 0 { { ", " } }
                                            <RouteLink to={Route::step(&steps[step].id)}>{ format!("step {}, {}", step + 1, steps[step].title) }</RouteLink>
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
