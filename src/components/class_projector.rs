//! The projector view: the class's answers for the whole room, with no
//! names, revealed a part at a time with one button, in order: the
//! estimates before reading, after reading, the step that split the class,
//! and last the essay's answer (so the room commits before it sees it).

use std::rc::Rc;

use yew::prelude::*;

use crate::components::class_estimates::bar;
use crate::components::summary_view::essay_words;
use crate::hooks::use_content;
use model::{ClassTally, Conviction, EstimateTime, Point, StepTally};

/// The parts revealed, in order.
const PARTS: [&str; 4] = [
    "Before reading",
    "After reading",
    "The step that split the class",
    "The essay's answer",
];

/// Props for [`ClassProjector`].
#[derive(Properties, PartialEq)]
pub struct ClassProjectorProps {
    /// The class's answers, as read.
    pub tally: Rc<ClassTally>,
    /// Called when the teacher leaves the projector view.
    pub on_leave: Callback<MouseEvent>,
}

/// The length of an axis that holds every one of these counts: the
/// largest, and at least 1.
fn axis_of(counts: impl IntoIterator<Item = u32>) -> u32 {
    counts.into_iter().max().unwrap_or(0).max(1)
}

/// Bars of counts, each with its label, on an axis from 0 to `axis`.
fn bars(rows: Vec<(String, u32)>, axis: u32) -> Html {
    html! {
        <table class="projector__bars">
            <tbody>
                { for rows.into_iter().map(|(label, count)| html! {
                    <tr>
                        <th scope="row">{ label }</th>
                        <td>
                            { bar(count, axis) }
                        </td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

/// One time's estimates as bars on the scale; before reading, with how
/// many were given only after starting to read, and so are not among them.
/// Before and after reading share one axis, so that a bar's length means
/// the same number of students in both, and the change shows as it is.
fn estimates(tally: &ClassTally, when: EstimateTime) -> Html {
    let counts = tally.estimates(when);
    let axis = axis_of(
        [EstimateTime::BeforeReading, EstimateTime::AfterReading]
            .into_iter()
            .flat_map(|time| tally.estimates(time)),
    );
    let late: u32 = tally.estimates(EstimateTime::LateBefore).iter().sum();
    html! {
        <>
            { bars(
                Point::ALL
                    .into_iter()
                    .zip(counts)
                    .map(|(point, count)| (point.label().to_owned(), count))
                    .collect(),
                axis,
            ) }
            if when == EstimateTime::BeforeReading && late > 0 {
                <p class="projector__note">
                    { match late {
                        1 => "Not among them: 1 estimate given only after starting to read.".to_owned(),
                        n => format!("Not among them: {n} estimates given only after starting to read."),
                    } }
                </p>
            }
        </>
    }
}

/// The step that split the class, with how many gave each answer on it.
fn split(step: Option<StepTally>, title: impl Fn(&StepTally) -> String) -> Html {
    let Some(step) = step else {
        return html! { <p>{ "No step divided the class: no step was found convincing by some and not convincing by others." }</p> };
    };
    let counts = Conviction::ALL.map(|conviction| {
        let count = match conviction {
            Conviction::Convincing => step.convinced,
            Conviction::NotSure => step.unsure,
            Conviction::NotConvincing => step.unconvinced,
        };
        (conviction.label().to_owned(), count)
    });
    html! {
        <>
            <p class="projector__step">{ title(&step) }</p>
            { bars(counts.to_vec(), axis_of(counts.iter().map(|(_, count)| *count))) }
        </>
    }
}

/// The class's answers for a projector, revealed in order.
#[component]
pub fn ClassProjector(props: &ClassProjectorProps) -> Html {
    let content = use_content();
    let argument = &content.argument;
    let tally = &props.tally;
    // How many parts are revealed, in order.
    let revealed = use_state(|| 0_usize);
    let next = {
        let revealed = revealed.clone();
        Callback::from(move |_: MouseEvent| {
            revealed.set(if *revealed == PARTS.len() {
                0
            } else {
                *revealed + 1
            });
        })
    };
    let label = match PARTS.get(*revealed) {
        Some(part) => format!("Show: {}", part.to_lowercase()),
        None => "Hide them all and start again".to_owned(),
    };
    let answer = argument.answer();
    let part = |at: usize, body: Html| {
        if at < *revealed {
            html! {
                <section class="projector__part">
                    <h2>{ PARTS[at] }</h2>
                    { body }
                </section>
            }
        } else {
            Html::default()
        }
    };
    html! {
        <div class="projector">
            <p class="projector__intro">
                { match tally.responses.len() {
                    1 => "1 response, no name.".to_owned(),
                    count => format!("{count} responses, no names."),
                } }
                if *revealed < PARTS.len() {
                    { " Each press of the button shows the next part." }
                } else {
                    { " Every part is shown; the button hides them all again." }
                }
            </p>
            <p class="projector__buttons">
                <button type="button" class="button button--primary projector__next" onclick={next}>{ label }</button>
                { " " }
                <button type="button" class="button" onclick={props.on_leave.clone()}>{ "Leave the projector view" }</button>
            </p>
            <div class="projector__parts" aria-live="polite">
                { part(0, estimates(tally, EstimateTime::BeforeReading)) }
                { part(1, estimates(tally, EstimateTime::AfterReading)) }
                { part(2, split(tally.split_step(argument), |step| argument.label(step.step))) }
                { part(3, html! {
                    <p class="projector__answer">
                        { format!("We place the essay's answer at {}: in its words, ", answer.point.label()) }
                        { essay_words(answer) }
                        { "." }
                    </p>
                }) }
            </div>
        </div>
    }
}
