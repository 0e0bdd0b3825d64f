//! The verdict's two charts, drawn as SVG: where the estimates fall on the
//! scale, and each side's points, a step.

use yew::prelude::*;

use model::judgement::{MOST_POINTS, sign};
use model::site::Site;
use model::{Point, Summary, Tally};

/// Where a point of the scale stands across the chart, in its own units.
fn scale_x(point: Point) -> u32 {
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
        .map(|(who, at)| format!("{who}: {}", at.map_or("no answer", Point::label)))
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
            <figcaption class="chart__caption">{ Site::embedded().scale.axis }</figcaption>
            <svg class="scale" viewBox="0 0 400 172" role="img" aria-label={description}>
                <defs>
                    <marker id="scale-arrowhead" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
                        <path class="scale__arrowhead" d="M0,0 L10,5 L0,10 z" />
                    </marker>
                </defs>
                { for Point::ALL.iter().map(|&point| {
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

/// How many of a side's steps were judged, and how: `2 of 5 steps judged:
/// 1 convincing, 1 not sure`.
fn judged_in_words(tally: &Tally) -> String {
    let steps = if tally.steps == 1 { "step" } else { "steps" };
    let how = [
        (tally.convincing, "convincing"),
        (tally.not_sure, "not sure"),
        (tally.not_convincing, "not convincing"),
    ]
    .into_iter()
    .filter(|&(count, _)| count > 0)
    .map(|(count, answer)| format!("{count} {answer}"))
    .collect::<Vec<_>>();
    if how.is_empty() {
        format!("{} of {} {steps} judged", tally.judged(), tally.steps)
    } else {
        format!(
            "{} of {} {steps} judged: {}",
            tally.judged(),
            tally.steps,
            how.join(", ")
        )
    }
}

/// Each side's points a step, drawn as two bars on one axis from
/// `-MOST_POINTS` through 0 to `MOST_POINTS`, with their figures beside
/// them: each side is averaged on its own steps, so that the bar further
/// right is the side whose steps convinced the reader more, step for step,
/// whatever the number of steps on each side. The two are never added.
pub fn balance_chart(summary: &Summary, shared: bool) -> Html {
    let (whose, who) = if shared {
        ("their", "they")
    } else {
        ("your", "you")
    };
    // The axis in tenths of a point, so that an average's bar ends where
    // its figure says.
    let half = 10 * MOST_POINTS;
    let tick = |points: i32| format!("{}{}", sign(points), points.abs());
    html! {
        <figure class="chart">
            <figcaption class="chart__caption">{ format!("How {whose} answers weigh, each way") }</figcaption>
            <dl class="bars">
                { for summary.sides.into_iter().map(|side| {
                    let direction = side.direction;
                    let tally = summary.tally(direction);
                    let bar = tally.average.map(|average| {
                        let tenths = average.tenths();
                        html! { <rect class="bars__points" x={(half + tenths.min(0)).to_string()} width={tenths.abs().to_string()} height="10" /> }
                    });
                    html! {
                        <div class="bars__row">
                            <dt>{ direction.label() }</dt>
                            <dd class="bars__figure">
                                <svg class={classes!("bars__bar", format!("bars__bar--{}", direction.slug()))} viewBox={format!("0 0 {} 10", 2 * half)} preserveAspectRatio="none" aria-hidden="true">
                                    <rect class="bars__track" width={(2 * half).to_string()} height="10" />
                                    { bar.unwrap_or_default() }
                                    <line class="bars__zero" x1={half.to_string()} y1="0" x2={half.to_string()} y2="10" />
                                </svg>
                                <span class="bars__count">{ tally.average.map_or_else(|| "no average".to_owned(), |average| format!("{} a step", average.in_words())) }</span>
                            </dd>
                            <dd class="bars__judged">{ judged_in_words(&tally) }</dd>
                        </div>
                    }
                }) }
            </dl>
            <p class="bars__ticks" aria-hidden="true">
                <span>{ tick(-MOST_POINTS) }</span>
                <span>{ "0" }</span>
                <span>{ tick(MOST_POINTS) }</span>
            </p>
            <p class="chart__note">
                { format!("Each bar is the average of its side's steps that {who} found convincing or not convincing (a step {who} were not sure of is left out), on one scale from {} a step (every one not convincing, bearing a lot) through 0, the line, to {} (every one convincing, bearing a lot). The bar that reaches further right is the side whose steps convinced {who} more, step for step: a side with more steps does not weigh more for having them.", tick(-MOST_POINTS), tick(MOST_POINTS)) }
            </p>
        </figure>
    }
}
