//! Every step on one page with every section open: the whole argument at a
//! glance, and the view to print.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::claim::Claim;
use crate::components::route_link::RouteLink;
use crate::components::section_body::SectionBody;
use crate::components::source_label::SourceLabel;
use crate::components::step_pager::VERDICT_NEXT;
use crate::hooks::{use_content, use_page_heading};
use crate::model::{FirstUses, page_id};
use crate::route::Route;

/// The whole argument on one page.
#[component]
pub fn WholeArgument() -> Html {
    let content = use_content();
    let title = Route::All.title(&content);
    let heading = use_page_heading(title.clone());
    let print = Callback::from(|_: MouseEvent| {
        // Printing can be refused (in some embedded browsers); the page stays as it is.
        let _ = gloo::utils::window().print();
    });
    let steps = content.argument.steps();
    // Each glossary term is marked once on the page, where our prose first uses it.
    let first_uses = {
        let content = content.clone();
        use_memo((), move |()| content.argument_first_uses())
    };

    html! {
        <ContextProvider<Rc<FirstUses>> context={first_uses}>
        <div class="whole">
            <h1 tabindex="-1" ref={heading}>{ title }</h1>
            <p class="whole__intro">
                { "Every step of our reading of the essay " }
                <q class="essay-title">{ content.essay.title.text.clone() }</q>
                { ", with every section open. Quotations are the essay's words; the rest is ours." }
            </p>
            <p class="whole__tools"><button type="button" class="button" onclick={print}>{ "Print" }</button></p>
            { for content.argument.indexed().map(|(index, step)| html! {
                <section class="whole__step" aria-labelledby={format!("whole-{}", step.id)}>
                    <h2 id={format!("whole-{}", step.id)}>
                        <span class="step__role">
                            { format!("Step {} of {}", index.number(), steps.len()) }
                            if let Some(role) = content.map.role(index) {
                                { format!(" · {role}") }
                            }
                            <span class="visually-hidden">{ ": " }</span>
                        </span>
                        <RouteLink to={Route::step(&step.id)}>{ step.title.clone() }</RouteLink>
                    </h2>
                    <Claim text={step.claim.clone()} place={page_id::claim_place(&step.id)} />
                    { for step.sections().map(|kind| html! {
                        <section class="whole__section">
                            <h3>
                                { kind.heading() }
                                <SourceLabel {kind} />
                            </h3>
                            <SectionBody step={index} {kind} />
                        </section>
                    }) }
                </section>
            }) }
            <section class="whole__end" aria-labelledby="whole-end">
                <h2 id="whole-end">{ "Your verdict" }</h2>
                <p>{ "That is the whole argument. How likely do you think a full break is now? Your verdict sets your answers beside the essay's." }</p>
                <p><RouteLink to={Route::Verdict} classes={classes!("button")}>{ VERDICT_NEXT }</RouteLink></p>
            </section>
        </div>
        </ContextProvider<Rc<FirstUses>>>
    }
}
