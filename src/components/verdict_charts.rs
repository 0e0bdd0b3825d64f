//! The verdict's two charts, drawn as SVG: where the estimates fall on the
//! scale, and the points each way.

use yew::prelude::*;

use crate::model::{Direction, Likelihood, Summary};

/// Where a point of the scale stands across the chart, in its own units.
fn scale_x(point: Likelihood) -> u32 {
    40 + 80 * (u32::from(point.rank()) - 1)
}

/// A scale point's label in at most two lines, split at the space nearest
/// its middle, so that no word is broken on a narrow screen.
fn label_lines(label: &str) -> Vec<&str> {
    let middle = label.len() / 2;
    match label
        .match_indices(' ')
        .map(|(at, _)| at)
        .min_by_key(|&at| at.abs_diff(middle))
    {
        Some(at) => vec![&label[..at], &label[at + 1..]],
        None => vec![label],
    }
}

/// Where each estimate falls on the scale, drawn as a dot plot with an arrow
/// from the estimate before reading to the one after, each point labelled
/// where it stands.
pub fn scale_chart(summary: &Summary, whose: &str) -> Html {
    let rows = [
        (format!("{whose} before reading"), summary.before),
        (format!("{whose} after reading"), summary.after),
        ("The essay".to_owned(), Some(summary.essay)),
    ];
    let description = rows
        .iter()
        .map(|(who, at)| format!("{who}: {}", at.map_or("no answer", Likelihood::label)))
        .collect::<Vec<_>>()
        .join(". ");
    let label = |x: u32, y: u32, text: &'static str| {
        html! { <text class="scale__point-label" x={x.to_string()} y={y.to_string()} text-anchor="middle">{ text }</text> }
    };
    let (before, after) = (summary.before.map(scale_x), summary.after.map(scale_x));
    let arrow = match (before, after) {
        (Some(from), Some(to)) if from != to => {
            // The line stops short of the "after" dot, so the arrowhead touches it.
            let end = if to > from { to - 10 } else { to + 10 };
            html! { <line class="scale__arrow" x1={from.to_string()} y1="58" x2={end.to_string()} y2="58" marker-end="url(#scale-arrowhead)" /> }
        }
        _ => Html::default(),
    };
    let reader_labels = match (before, after) {
        (Some(from), Some(to)) if from == to => label(from, 42, "Before and after"),
        _ => html! {
            <>
                { before.map(|x| label(x, 42, "Before")).unwrap_or_default() }
                { after.map(|x| label(x, 42, "After")).unwrap_or_default() }
            </>
        },
    };
    let essay = scale_x(summary.essay);
    html! {
        <figure class="chart">
            <figcaption class="chart__caption">{ "How likely a full break is" }</figcaption>
            <svg class="scale" viewBox="0 0 400 172" role="img" aria-label={description}>
                <defs>
                    <marker id="scale-arrowhead" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
                        <path class="scale__arrowhead" d="M0,0 L10,5 L0,10 z" />
                    </marker>
                </defs>
                { for Likelihood::ALL.iter().map(|&point| {
                    let x = scale_x(point).to_string();
                    html! {
                        <>
                            <line class="scale__grid" x1={x.clone()} y1="30" x2={x.clone()} y2="126" />
                            <text class="scale__label" text-anchor="middle">
                                { for label_lines(point.label()).into_iter().enumerate().map(|(line, words)| html! {
                                    <tspan x={x.clone()} y={(146 + 15 * line).to_string()}>{ words }</tspan>
                                }) }
                            </text>
                        </>
                    }
                }) }
                { arrow }
                if let Some(x) = before {
                    <rect class="scale__marker scale__marker--before" x={(x - 7).to_string()} y="51" width="14" height="14" />
                }
                if let Some(x) = after {
                    <circle class="scale__marker scale__marker--after" cx={x.to_string()} cy="58" r="7" />
                }
                { reader_labels }
                <path class="scale__marker scale__marker--essay" d={format!("M{essay},98 l9,9 l-9,9 l-9,-9 z")} />
                { label(essay, 92, "The essay") }
            </svg>
        </figure>
    }
}

/// The points each way, drawn as two bars on one axis, with their figures
/// beside them: a bar's length is its points, and its pale track the most
/// those steps could carry, so that the longer bar is the side with more
/// points, whatever the number of steps on each side.
pub fn balance_chart(summary: &Summary, whose: &str) -> Html {
    let axis = summary.axis();
    html! {
        <figure class="chart">
            <figcaption class="chart__caption">{ format!("How {} answers weigh, each way", whose.to_lowercase()) }</figcaption>
            <dl class="bars">
                { for Direction::ALL.into_iter().map(|direction| {
                    let tally = summary.tally(direction);
                    html! {
                        <div class="bars__row">
                            <dt>{ direction.label() }</dt>
                            <dd>
                                <svg class={classes!("bars__bar", format!("bars__bar--{}", direction.slug()))} viewBox={format!("0 0 {axis} 10")} preserveAspectRatio="none" aria-hidden="true">
                                    <rect class="bars__track" width={tally.most.to_string()} height="10" />
                                    <rect class="bars__points" width={tally.points.to_string()} height="10" />
                                </svg>
                                <span class="bars__count">{ Summary::points(tally.points) }</span>
                            </dd>
                        </div>
                    }
                }) }
            </dl>
            <p class="chart__note">
                { format!("Both bars are drawn on one scale, 0 to {axis} points. The outline is the most each side's steps could weigh: {}.", Direction::ALL.into_iter().map(|direction| format!("{} {}", Summary::points(summary.tally(direction).most), direction.label().to_lowercase())).collect::<Vec<_>>().join(", ")) }
            </p>
        </figure>
    }
}
