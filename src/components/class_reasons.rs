//! The reasons the class wrote: for each judged step shown, grouped by the
//! judgement they explain (convincing, not sure, not convincing, or none
//! given), and for the view after reading, grouped by the estimate they
//! explain. Each reason is the student's own words, shown as text with the
//! name they gave.

use std::rc::Rc;

use yew::prelude::*;

use crate::hooks::use_content;
use model::ClassTally;
use model::class::english::student;
use model::class::statistics::Reason;
use model::text::strip_unshowable;

/// Props for [`ClassReasons`].
#[derive(Properties, PartialEq)]
pub struct ClassReasonsProps {
    /// The class's answers, as read.
    pub tally: Rc<ClassTally>,
}

/// A group of reasons under its heading, with how many.
fn group(heading: &str, reasons: &[Reason<'_>]) -> Html {
    html! {
        <div class="class-reasons__side">
            <h4>{ format!("{heading} ({})", reasons.len()) }</h4>
            <ul>
                { for reasons.iter().map(|reason| html! {
                    <li>
                        <bdi class="class-reasons__text">{ strip_unshowable(reason.text) }</bdi>
                        <span class="class-reasons__who">{ " — " }<bdi>{ strip_unshowable(&student(reason.name)) }</bdi></span>
                    </li>
                }) }
            </ul>
        </div>
    }
}

/// The class's reasons, by step and by side, and for their view.
#[component]
pub fn ClassReasons(props: &ClassReasonsProps) -> Html {
    let content = use_content();
    let argument = &content.argument;
    let steps = props.tally.reasons(argument);
    let views = props.tally.view_reasons();
    html! {
        <section aria-labelledby="class-reasons-title" class="class-section class-reasons">
            <h2 id="class-reasons-title">{ "Reasons, by step" }</h2>
            if steps.is_empty() && views.is_empty() {
                <p>{ "No response gave a written reason." }</p>
            } else {
                <p>{ "The reasons students wrote, in their words, grouped by the answer they explain." }</p>
            }
            { for steps.iter().map(|step| html! {
                <div class="class-reasons__step">
                    <h3>{ argument.label(step.step) }</h3>
                    { for step.sides.iter().map(|(side, reasons)| {
                        let heading = side.map_or("No judgement given", |side| side.label());
                        group(heading, reasons)
                    }) }
                </div>
            }) }
            if !views.is_empty() {
                <div class="class-reasons__step">
                    <h3>{ "Why they hold their view after reading" }</h3>
                    { for views.iter().map(|(after, reasons)| {
                        let heading = after.map_or("No estimate after reading", |after| after.label());
                        group(heading, reasons)
                    }) }
                </div>
            }
        </section>
    }
}
