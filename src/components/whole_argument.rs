//! Every step on one page with every section open: the whole argument at a
//! glance, and the view to print.

use yew::prelude::*;

use crate::components::claim::Claim;
use crate::components::route_link::RouteLink;
use crate::components::section_body::{SectionBody, SourceLabel};
use crate::hooks::{use_content, use_page_heading};
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

    html! {
        <div class="whole">
            <h1 tabindex="-1" ref={heading}>{ title }</h1>
            <p class="whole__intro">
                { "Every step of the essay " }
                <q class="essay-title">{ content.essay.title.text.to_string() }</q>
                { ", with every section open. Quotations are the essay's words; the rest is ours." }
            </p>
            <p class="whole__tools"><button type="button" class="button" onclick={print}>{ "Print" }</button></p>
            { for steps.iter().enumerate().map(|(index, step)| html! {
                <section class="whole__step" aria-labelledby={format!("whole-{}", step.id)}>
                    <p class="step__kind">{ format!("Step {} of {} · {}", index + 1, steps.len(), step.kind.label()) }</p>
                    <h2 id={format!("whole-{}", step.id)}>
                        <RouteLink to={Route::step(&step.id)}>{ step.title.to_string() }</RouteLink>
                    </h2>
                    <Claim text={step.claim.clone()} step={step.id.clone()} />
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
        </div>
    }
}
