//! Every step on one page with every section open: the whole argument at a
//! glance, and the view to print. A table of contents at the top links to
//! each step's heading.

use yew::prelude::*;

use crate::components::claim::claim;
use crate::components::marked_text::Marks;
use crate::components::route_link::RouteLink;
use crate::components::section_body::section_body;
use crate::components::source_label::source_label;
use crate::components::step_pager::verdict_next;
use crate::hooks::{use_content, use_fragment_target, use_page_heading};
use crate::route::Route;
use crate::router::use_navigator;
use model::page_id;
use model::site::Site;

/// The whole argument on one page.
#[component]
pub fn WholeArgument() -> Html {
    let content = use_content();
    let title = Route::All.title(content);
    let heading = use_page_heading(title.clone());
    use_fragment_target();
    let print = Callback::from(|_: MouseEvent| {
        // Printing can be refused (in some embedded browsers); the page stays as it is.
        let _ = gloo::utils::window().print();
    });
    // Each glossary term is marked once on the page, where our prose first uses it.
    let first_uses = {
        let content = content.clone();
        use_memo((), move |()| content.argument_first_uses())
    };
    let glossary = use_navigator().href(&Route::Glossary, None);
    let marks = Marks {
        first_uses: &first_uses,
        glossary: &glossary,
    };

    html! {
        <div class="whole">
            <h1 tabindex="-1" ref={heading}>{ title }</h1>
            <p class="whole__intro">
                { "Every step of our reading of the essay " }
                <q class="essay-title">{ content.essay.title.text }</q>
                { ", with every section open. Quotations are the essay's words; the rest is ours." }
            </p>
            <p class="whole__tools"><button type="button" class="button" data-print="" onclick={print}>{ "Print" }</button></p>
            <nav class="whole__contents" aria-labelledby="whole-contents">
                <h2 id="whole-contents" class="whole__contents-title">{ "Contents" }</h2>
                <ol class="whole__contents-list">
                    { for content.argument.indexed().map(|(index, step)| html! {
                        <li value={index.number().to_string()}>
                            <RouteLink to={Route::All} fragment={AttrValue::from(page_id::whole_step(&step.id))}>{ step.title }</RouteLink>
                        </li>
                    }) }
                </ol>
            </nav>
            { for content.argument.indexed().map(|(index, step)| html! {
                <section class="whole__step" aria-labelledby={page_id::whole_step(&step.id)}>
                    // Named in so many words, as a step's own heading is.
                    <h2 id={page_id::whole_step(&step.id)} tabindex="-1" aria-label={format!("{}: {}", content.where_it_stands(index), step.title)}>
                        <span class="step__role">{ content.where_it_stands(index) }<span class="visually-hidden" aria-hidden="true">{ ": " }</span></span>
                        <RouteLink to={Route::step(&step.id)}>{ step.title }</RouteLink>
                    </h2>
                    { claim(step.claim, &page_id::claim_place(&step.id), &marks) }
                    { for step.sections().map(|kind| html! {
                        <section class="whole__section">
                            // The label beside the heading, not inside it, so
                            // the heading is named by its title alone.
                            <div class="whole__section-head">
                                <h3>{ kind.heading() }</h3>
                                { source_label(kind, None) }
                            </div>
                            { section_body(index, kind, &marks) }
                        </section>
                    }) }
                </section>
            }) }
            <section class="whole__end" aria-labelledby="whole-end">
                <h2 id="whole-end">{ "Your verdict" }</h2>
                <p>{ format!("That is the whole argument. {} Your verdict sets your answers beside the essay's.", Site::embedded().scale.ask_now) }</p>
                <p><RouteLink to={Route::Verdict} classes={classes!("button")}>{ verdict_next() }</RouteLink></p>
            </section>
        </div>
    }
}
