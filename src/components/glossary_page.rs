//! Every term the explainer marks, with our definitions.

use yew::prelude::*;

use crate::hooks::{use_content, use_page_heading};
use crate::route::Route;

/// The glossary page.
#[component]
pub fn GlossaryPage() -> Html {
    let content = use_content();
    let title = Route::Glossary.title(&content);
    let heading = use_page_heading(title.clone());
    html! {
        <div class="glossary">
            <h1 tabindex="-1" ref={heading}>{ title }</h1>
            <p>
                <span class="source source--ours">{ "Our definitions" }</span>
                { " These are not the essay's words: they are short, neutral explanations of terms it uses. \
                   In the walkthrough and the essay, marked terms show their definition when focused, clicked or tapped." }
            </p>
            <dl class="glossary__list">
                { for content.glossary.terms().iter().map(|term| html! {
                    <div class="glossary__entry" id={term.id.to_string()}>
                        <dt>{ term.term.to_string() }</dt>
                        <dd>{ term.definition.to_string() }</dd>
                    </div>
                }) }
            </dl>
        </div>
    }
}
