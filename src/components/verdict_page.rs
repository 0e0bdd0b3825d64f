//! The reader's verdict: their estimate before and after reading beside the
//! essay's answer, each reason with their judgement, the reasons that did not
//! convince them, and a link that shares it all. Opened from a share link, the
//! page shows the shared answers read-only and never touches the reader's own.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::likelihood_question::LikelihoodQuestion;
use crate::components::route_link::RouteLink;
use crate::hooks::{use_answers, use_content, use_hydrated, use_page_heading};
use crate::model::{
    AnswerAction, Answers, Conviction, Direction, Judgement, Likelihood, Question, Summary, share,
};
use crate::route::Route;
use crate::router::{use_location, use_navigator};

/// The likelihood question, asked again after reading.
const AFTER_QUESTION: &str = "Now that you have read the essay's argument, how likely do you think it is that Russia and the West close all diplomatic relations?";

/// Props for [`SummaryView`].
#[derive(Properties, PartialEq)]
struct SummaryViewProps {
    /// The summary to show.
    summary: Rc<Summary>,
    /// Whether the answers are someone else's, shown read-only.
    shared: bool,
}

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
fn scale_chart(summary: &Summary, whose: &str) -> Html {
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

/// The points each way, drawn as two bars with their figures beside them.
fn balance_chart(summary: &Summary, whose: &str) -> Html {
    html! {
        <figure class="chart">
            <figcaption class="chart__caption">{ format!("How {} answers weigh, each way", whose.to_lowercase()) }</figcaption>
            <dl class="bars">
                { for Direction::ALL.into_iter().map(|direction| {
                    let tally = summary.tally(direction);
                    let width = tally.points * 100 / tally.most.max(1);
                    html! {
                        <div class="bars__row">
                            <dt>{ direction.label() }</dt>
                            <dd>
                                <svg class={classes!("bars__bar", format!("bars__bar--{}", direction.slug()))} viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                                    <rect width={width.to_string()} height="10" />
                                </svg>
                                <span class="bars__count">{ format!("{} of {} points", tally.points, tally.most) }</span>
                            </dd>
                        </div>
                    }
                }) }
            </dl>
        </figure>
    }
}

/// The heading of the rows of the steps that point one way.
fn direction_heading(direction: Direction, steps: usize) -> String {
    match direction {
        Direction::AgainstBreak => format!("The essay's {steps} reasons against a break"),
        Direction::TowardBreak => {
            format!("What the essay concedes, which points toward a break ({steps})")
        }
    }
}

/// The summary of a set of answers.
#[component]
fn SummaryView(props: &SummaryViewProps) -> Html {
    let content = use_content();
    let steps = content.argument.steps();
    let summary = &props.summary;
    let answer = content.argument.answer();
    let (whose, view) = if props.shared {
        ("Their", "Their view")
    } else {
        ("Your", "Your view")
    };
    let unconvinced = summary.unconvinced();
    html! {
        <>
            <section aria-labelledby="where-title">
                <h2 id="where-title">{ "Where the answers land" }</h2>
                <ul class="estimates">
                    <li><strong>{ "Before reading: " }</strong>{ summary.before.map_or("not answered", Likelihood::label) }</li>
                    <li><strong>{ "After reading: " }</strong>{ summary.after.map_or("not answered", Likelihood::label) }</li>
                    <li>
                        <strong>{ "The essay: " }</strong>{ answer.likelihood.label() }{ ", in its words " }
                        { for answer.words.iter().enumerate().map(|(index, words)| html! {
                            <>
                                if index > 0 {
                                    { if index + 1 == answer.words.len() { " and " } else { ", " } }
                                }
                                <q>{ words.text.clone() }</q>
                            </>
                        }) }
                        { "." }
                    </li>
                </ul>
                if !props.shared {
                    // Said again to screen readers whenever an answer changes it.
                    <div class="result" aria-live="polite">
                        <p class="result__line">{ summary.comparison() }</p>
                        <p class="result__line">{ summary.balance() }</p>
                        if let Some(tension) = summary.tension() {
                            <p class="result__tension">{ tension }</p>
                        }
                    </div>
                }
                { scale_chart(summary, view) }
            </section>
            <section aria-labelledby="reasons-title">
                <h2 id="reasons-title">{ "Each reason, by which way it points" }</h2>
                <p class="reasons__how">
                    { "A step weighs by how far it convinces (convincing 2, not sure 1, not convincing 0) times how much it bears on the answer (a little 1, somewhat 2, a lot 3; somewhat when not said). Steps that point opposite ways are never added together." }
                </p>
                <table class="reasons">
                    <thead><tr><th scope="col">{ "Step" }</th><th scope="col">{ "Answer" }</th><th scope="col">{ "Points" }</th></tr></thead>
                    { for Direction::ALL.into_iter().map(|direction| html! {
                        <tbody class={classes!("reasons__group", format!("reasons__group--{}", direction.slug()))}>
                            <tr><th scope="rowgroup" colspan="3" class="reasons__direction">{ direction_heading(direction, summary.tally(direction).steps) }</th></tr>
                            { for summary.pointing(direction).map(|reason| {
                                let step = &steps[reason.step];
                                html! {
                                    <tr>
                                        <th scope="row">
                                            <RouteLink to={Route::step(&step.id)}>{ format!("{}. {}", reason.step + 1, step.title) }</RouteLink>
                                        </th>
                                        <td>{ reason.judgement.in_words().unwrap_or_else(|| "Not answered".to_owned()) }</td>
                                        <td>{ reason.judgement.points() }</td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    }) }
                </table>
                { balance_chart(summary, whose) }
            </section>
            <section aria-labelledby="unconvinced-title">
                <h2 id="unconvinced-title">{ "Steps that did not convince" }</h2>
                if unconvinced.is_empty() {
                    <p>{ "None was marked “Not convincing”." }</p>
                } else {
                    <ul class="unconvinced">
                        { for unconvinced.iter().map(|&index| html! {
                            <li><RouteLink to={Route::step(&steps[index].id)}>{ steps[index].title.to_string() }</RouteLink></li>
                        }) }
                    </ul>
                }
            </section>
        </>
    }
}

/// The reader's own verdict, with the question asked after reading, a share
/// link and a way to clear everything.
#[component]
fn OwnVerdict() -> Html {
    let content = use_content();
    let answers = use_answers();
    let navigator = use_navigator();
    let summary = Rc::new(Summary::of(&answers, &content.argument));
    let copied = use_state(|| None::<&'static str>);
    // The page's origin is known only in the browser, once the app has taken over.
    let origin = if use_hydrated() {
        gloo::utils::window()
            .location()
            .origin()
            .unwrap_or_default()
    } else {
        String::new()
    };
    let share_url = {
        format!(
            "{origin}{}?{}",
            navigator.href(&Route::Verdict, None),
            share::to_query(&answers, &content.argument)
        )
    };
    let on_after = {
        let answers = answers.clone();
        Callback::from(move |value| answers.dispatch(AnswerAction::After(value)))
    };
    // What "Clear my answers" took away, kept until the reader leaves the
    // page, so that one click can bring it back.
    let cleared = use_state(|| None::<Answers>);
    let clear = {
        let answers = answers.clone();
        let cleared = cleared.clone();
        Callback::from(move |_: MouseEvent| {
            cleared.set(Some((*answers).clone()));
            answers.dispatch(AnswerAction::Clear);
        })
    };
    let undo = {
        let answers = answers.clone();
        let cleared = cleared.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(saved) = (*cleared).clone() {
                answers.dispatch(AnswerAction::Restore(saved));
            }
            cleared.set(None);
        })
    };
    let copy = {
        let copied = copied.clone();
        let url = share_url.clone();
        Callback::from(move |_: MouseEvent| {
            let promise = gloo::utils::window()
                .navigator()
                .clipboard()
                .write_text(&url);
            let copied = copied.clone();
            yew::platform::spawn_local(async move {
                let done = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
                copied.set(Some(if done {
                    "Copied."
                } else {
                    "Could not copy: select the link and copy it."
                }));
            });
        })
    };
    html! {
        <>
            <p>{ "Your answers stay in this browser; nothing is sent anywhere." }</p>
            <LikelihoodQuestion name={Question::After.name()} legend={AFTER_QUESTION} value={answers.after} on_change={on_after} />
            <SummaryView summary={summary} shared={false} />
            <section aria-labelledby="share-title" class="share">
                <h2 id="share-title">{ "Share your view" }</h2>
                <p>{ "This link carries your answers in the address itself. Whoever opens it sees them, read-only; their own answers are not touched." }</p>
                <label for="share-link" class="share__label">{ "Link to your answers" }</label>
                <div class="share__row">
                    <input id="share-link" class="share__link" type="text" readonly=true value={share_url} />
                    <button type="button" class="button" onclick={copy}>{ "Copy link" }</button>
                </div>
                <p class="share__status" role="status">{ copied.unwrap_or("") }</p>
            </section>
            <section aria-labelledby="clear-title" class="clear">
                <h2 id="clear-title">{ "Start again" }</h2>
                <p>{ "Clearing forgets every answer kept in this browser: your estimates and your judgement of each step. Your place in the argument is kept." }</p>
                <p><button type="button" class="button" onclick={clear} disabled={answers.is_empty()}>{ "Clear my answers" }</button></p>
                <p class="clear__status" role="status">
                    if cleared.is_some() {
                        { "Your answers have been cleared. " }
                        <button type="button" class="button" onclick={undo}>{ "Undo" }</button>
                    }
                </p>
            </section>
        </>
    }
}

/// Props for [`Beside`].
#[derive(Properties, PartialEq)]
struct BesideProps {
    /// The answers shared.
    theirs: Rc<Summary>,
    /// The reader's own.
    yours: Rc<Summary>,
}

/// The reader's answers beside the ones shared with them, question by question.
#[component]
fn Beside(props: &BesideProps) -> Html {
    let content = use_content();
    let steps = content.argument.steps();
    let estimate = |at: Option<Likelihood>| at.map_or("—", Likelihood::label);
    let rows = [
        (
            "Before reading".to_owned(),
            estimate(props.theirs.before),
            estimate(props.yours.before),
        ),
        (
            "After reading".to_owned(),
            estimate(props.theirs.after),
            estimate(props.yours.after),
        ),
    ]
    .into_iter()
    .chain(
        props
            .theirs
            .reasons
            .iter()
            .zip(&props.yours.reasons)
            .map(|(theirs, yours)| {
                let verdict =
                    |judgement: Judgement| judgement.conviction.map_or("—", Conviction::label);
                (
                    format!("{}. {}", theirs.step + 1, steps[theirs.step].title),
                    verdict(theirs.judgement),
                    verdict(yours.judgement),
                )
            }),
    );
    html! {
        <section aria-labelledby="beside-title">
            <h2 id="beside-title">{ "Your answers beside theirs" }</h2>
            <table class="reasons beside">
                <thead><tr><th scope="col">{ "Question" }</th><th scope="col">{ "Theirs" }</th><th scope="col">{ "Yours" }</th></tr></thead>
                <tbody>
                    { for rows.map(|(question, theirs, yours)| html! {
                        <tr><th scope="row">{ question }</th><td>{ theirs }</td><td>{ yours }</td></tr>
                    }) }
                </tbody>
            </table>
        </section>
    }
}

/// Props for [`SharedVerdict`].
#[derive(Properties, PartialEq)]
struct SharedVerdictProps {
    /// The share link's query.
    query: AttrValue,
}

/// Answers someone shared, read-only, or why the link cannot be read. A
/// reader who has not answered yet is invited to read the argument; one who
/// has sees their own answers beside the shared ones.
#[component]
fn SharedVerdict(props: &SharedVerdictProps) -> Html {
    let content = use_content();
    let answers = use_answers();
    let own = if answers.is_empty() {
        html! {
            <p class="invitation">
                { "You have not answered yet. Read the essay's argument yourself, step by step, and your answers will stand beside theirs here. " }
                <RouteLink to={Route::Start} classes={classes!("button")}>{ "Read the argument yourself" }</RouteLink>
            </p>
        }
    } else {
        html! {
            <p><RouteLink to={Route::Verdict} classes={classes!("button")}>{ "See your own verdict" }</RouteLink></p>
        }
    };
    match share::from_query(&props.query, &content.argument) {
        Ok(shared) => {
            let theirs = Rc::new(Summary::of(&shared, &content.argument));
            html! {
                <>
                    <p class="notice" role="note">
                        { "You are looking at answers someone shared with you. They are shown here only: your own answers are unchanged." }
                    </p>
                    { own }
                    if !answers.is_empty() {
                        <Beside theirs={theirs.clone()} yours={Rc::new(Summary::of(&answers, &content.argument))} />
                    }
                    <SummaryView summary={theirs} shared={true} />
                </>
            }
        }
        Err(error) => html! {
            <>
                <p class="notice notice--error" role="alert">
                    { format!("This shared link cannot be read: {error}. Your own answers are unchanged.") }
                </p>
                { own }
            </>
        },
    }
}

/// The verdict page: the reader's own, or a shared one.
#[component]
pub fn VerdictPage() -> Html {
    let content = use_content();
    // The router gives the query only after the first render, which must
    // match the page prerendered without it.
    let query = use_location().query.clone();
    let shared = !query.is_empty();
    let title = if shared {
        "A shared verdict".to_owned()
    } else {
        Route::Verdict.title(&content)
    };
    let heading = use_page_heading(title.clone());
    html! {
        <div class="verdict">
            <h1 tabindex="-1" ref={heading}>{ title }</h1>
            if shared {
                <SharedVerdict query={query} />
            } else {
                <OwnVerdict />
            }
        </div>
    }
}
