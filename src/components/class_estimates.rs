//! How the class spread on the five-point scale, before reading the essay's
//! argument and after: a table for each time, each row a point of the scale
//! with its count of responses and a bar, the point where we place the
//! essay's answer marked. The bars of both tables share one axis, so their
//! lengths compare across them; both are filled, in a colour for each time.
//! Each table is the chart's text equivalent, the bars hidden from screen
//! readers. Estimates before reading that were given only after starting to
//! read are counted apart, in a table of their own, shown when there are any.

use std::rc::Rc;

use yew::prelude::*;

use crate::hooks::use_content;
use model::site::Site;
use model::{ClassTally, EstimateTime, Point};

/// A count as a bar on an axis from 0 to `axis`, with the count beside it.
pub fn bar(count: u32, axis: u32) -> Html {
    html! {
        <span class="class-bar">
            <svg class="class-bar__bar" viewBox={format!("0 0 {axis} 10")} preserveAspectRatio="none" aria-hidden="true">
                <rect class="class-bar__track" width={axis.to_string()} height="10" />
                <rect class="class-bar__fill" width={count.to_string()} height="10" />
            </svg>
            <span class="class-bar__count">{ count }</span>
        </span>
    }
}

/// Props for [`ClassEstimates`].
#[derive(Properties, PartialEq)]
pub struct ClassEstimatesProps {
    /// The class's answers, as read.
    pub tally: Rc<ClassTally>,
}

/// The time's name, as a table's caption and in the note under the tables.
fn time_name(when: EstimateTime) -> &'static str {
    match when {
        EstimateTime::BeforeReading => "Before reading",
        EstimateTime::LateBefore => "Before reading, given after starting to read",
        EstimateTime::AfterReading => "After reading",
    }
}

/// A short, stable name for the time, used as a CSS class.
fn time_slug(when: EstimateTime) -> &'static str {
    match when {
        EstimateTime::BeforeReading => "before",
        EstimateTime::LateBefore => "late",
        EstimateTime::AfterReading => "after",
    }
}

/// One time's estimates as a table of the scale's points, each with its
/// count and a bar drawn on `axis` (the most responses any point has at
/// either time, so both tables share it), the essay's answer marked.
fn estimates_table(counts: [u32; 5], when: EstimateTime, axis: u32, essay: Point) -> Html {
    html! {
        <table class={classes!("class-estimates", format!("class-estimates--{}", time_slug(when)))} aria-describedby="class-estimates-note">
            <caption>{ time_name(when) }</caption>
            <thead>
                <tr><th scope="col">{ "Estimate" }</th><th scope="col">{ "Responses" }</th></tr>
            </thead>
            <tbody>
                { for Point::ALL.into_iter().zip(counts).map(|(point, count)| {
                    let is_essay = point == essay;
                    html! {
                        <tr class={classes!("class-estimates__row", is_essay.then_some("class-estimates__row--essay"))}>
                            <th scope="row">
                                { point.label() }
                                if is_essay {
                                    // Read as a pause between the label and the mark.
                                    <span class="visually-hidden">{ ", " }</span>
                                    <span class="class-estimates__essay">
                                        <svg class="class-estimates__mark" viewBox="0 0 10 10" aria-hidden="true">
                                            <path d="M5,0 L10,5 L5,10 L0,5 z" />
                                        </svg>
                                        { "The essay's answer" }
                                    </span>
                                }
                            </th>
                            <td>
                                { bar(count, axis) }
                            </td>
                        </tr>
                    }
                }) }
            </tbody>
        </table>
    }
}

/// The class's estimates before and after reading, on one axis, beside the
/// essay's answer, and how many gave none.
#[component]
pub fn ClassEstimates(props: &ClassEstimatesProps) -> Html {
    let content = use_content();
    let answer = content.argument.answer();
    let essay = answer.point;
    let tally = &props.tally;
    let counts = EstimateTime::ALL
        .map(|when| (when, tally.estimates(when)))
        .into_iter()
        .filter(|(when, counts)| {
            *when != EstimateTime::LateBefore || counts.iter().any(|&count| count > 0)
        })
        .collect::<Vec<_>>();
    let axis = counts
        .iter()
        .flat_map(|(_, counts)| counts.iter().copied())
        .max()
        .unwrap_or(0)
        .max(1);
    let none = [EstimateTime::BeforeReading, EstimateTime::AfterReading]
        .map(|when| {
            format!(
                "{} {}",
                tally.without_estimate(when),
                time_name(when).to_lowercase()
            )
        })
        .join(", ");
    let unit = if axis == 1 { "response" } else { "responses" };
    html! {
        <section aria-labelledby="class-estimates-title" class="class-section">
            <h2 id="class-estimates-title">{ "Estimates before and after reading" }</h2>
            <p>{ format!("{}, on the five-point scale, before and after reading the essay's argument.", Site::embedded().scale.class_axis) }</p>
            <div class="class-charts">
                { for counts.into_iter().map(|(when, counts)| estimates_table(counts, when, axis, essay)) }
            </div>
            <p id="class-estimates-note" class="class-note">
                { format!("Both charts share one axis, from 0 to {axis} {unit}. The diamond marks where we place the essay's answer: {} (in its words, ", answer.point.label()) }
                // The essay's own words, as the verdict page gives them.
                { for answer.words.iter().enumerate().map(|(index, words)| html! {
                    <>
                        if index > 0 {
                            { if index + 1 == answer.words.len() { " and " } else { ", " } }
                        }
                        <q>{ words.text }</q>
                    </>
                }) }
                { format!("). Gave no estimate: {none}.") }
            </p>
        </section>
    }
}
