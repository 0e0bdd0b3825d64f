//! The reader's verdict: their estimate before and after reading beside the
//! essay's answer, each reason with their judgement, the reasons that did not
//! convince them, and a link that shares it all. Opened from a share link, the
//! page shows the shared answers read-only and never touches the reader's own.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::likelihood_question::LikelihoodQuestion;
use crate::components::route_link::RouteLink;
use crate::hooks::{use_answers, use_content, use_hydrated, use_page_heading};
use crate::model::{AnswerAction, Answers, Likelihood, Summary, Verdict};
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

/// Where each estimate falls on the scale, drawn as a dot plot: one row each,
/// told apart by their words and marker shapes.
fn scale_chart(summary: &Summary, whose: &str) -> Html {
    let rows = [
        (format!("{whose} before reading"), summary.before, "before"),
        (format!("{whose} after reading"), summary.after, "after"),
        ("The essay".to_owned(), Some(summary.essay), "essay"),
    ];
    let description = rows
        .iter()
        .map(|(who, at, _)| format!("{who}: {}", at.map_or("no answer", Likelihood::label)))
        .collect::<Vec<_>>()
        .join(". ");
    html! {
        <figure class="chart">
            <figcaption class="chart__caption">{ "How likely a full break is" }</figcaption>
            <div class="scale" role="img" aria-label={description}>
                <span></span>
                { for Likelihood::ALL.iter().map(|l| html! { <span class="scale__label">{ l.label() }</span> }) }
                { for rows.iter().map(|(who, at, slug)| html! {
                    <>
                        <span class="scale__who">{ who.clone() }</span>
                        { for Likelihood::ALL.iter().map(|&point| html! {
                            <span class="scale__cell">
                                if *at == Some(point) {
                                    <span class={classes!("scale__marker", format!("scale__marker--{slug}"))}></span>
                                }
                            </span>
                        }) }
                    </>
                }) }
            </div>
        </figure>
    }
}

/// How many reasons have each verdict, drawn as bars.
fn verdict_chart(summary: &Summary, whose: &str) -> Html {
    let total = summary.reasons.len().max(1);
    let labels = Verdict::ALL
        .iter()
        .map(|v| v.label())
        .chain(["Not answered"]);
    html! {
        <figure class="chart">
            <figcaption class="chart__caption">{ format!("{whose} answers on the {} reasons", summary.reasons.len()) }</figcaption>
            <dl class="bars">
                { for labels.zip(summary.counts).enumerate().map(|(slot, (label, count))| html! {
                    <div class="bars__row">
                        <dt>{ label }</dt>
                        <dd>
                            <svg class={classes!("bars__bar", format!("bars__bar--{slot}"))} viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                                <rect width={(count * 100 / total).to_string()} height="10" />
                            </svg>
                            <span class="bars__count">{ count }</span>
                        </dd>
                    </div>
                }) }
            </dl>
        </figure>
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
                    <p>{ summary.comparison() }</p>
                }
                { scale_chart(summary, view) }
            </section>
            <section aria-labelledby="reasons-title">
                <h2 id="reasons-title">{ "Each reason" }</h2>
                <table class="reasons">
                    <thead><tr><th scope="col">{ "Step" }</th><th scope="col">{ "Convincing?" }</th><th scope="col">{ "Matters" }</th></tr></thead>
                    <tbody>
                        { for summary.reasons.iter().map(|&(index, judgement)| html! {
                            <tr>
                                <th scope="row">
                                    <RouteLink to={Route::step(&steps[index].id)}>{ format!("{}. {}", index + 1, steps[index].title) }</RouteLink>
                                    <span class="reasons__kind">{ steps[index].kind.label() }</span>
                                </th>
                                <td>{ judgement.verdict.map_or("—", Verdict::label) }</td>
                                <td>{ judgement.weight.map_or("—", |w| w.label()) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
                { verdict_chart(summary, whose) }
            </section>
            <section aria-labelledby="unconvinced-title">
                <h2 id="unconvinced-title">{ "Reasons that did not convince" }</h2>
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
            answers.to_query(&content.argument)
        )
    };
    let on_after = {
        let answers = answers.clone();
        Callback::from(move |value| answers.dispatch(AnswerAction::After(value)))
    };
    let clear = {
        let answers = answers.clone();
        Callback::from(move |_: MouseEvent| answers.dispatch(AnswerAction::Clear))
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
            <LikelihoodQuestion name="after" legend={AFTER_QUESTION} value={answers.after} on_change={on_after} />
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
            <p><button type="button" class="button" onclick={clear} disabled={answers.is_empty()}>{ "Clear my answers" }</button></p>
        </>
    }
}

/// Props for [`SharedVerdict`].
#[derive(Properties, PartialEq)]
struct SharedVerdictProps {
    /// The share link's query.
    query: AttrValue,
}

/// Answers someone shared, read-only, or why the link cannot be read.
#[component]
fn SharedVerdict(props: &SharedVerdictProps) -> Html {
    let content = use_content();
    let own = html! {
        <p><RouteLink to={Route::Verdict} classes={classes!("button")}>{ "See your own answers" }</RouteLink></p>
    };
    match Answers::from_query(&props.query, &content.argument) {
        Ok(shared) => html! {
            <>
                <p class="notice" role="note">
                    { "You are looking at answers someone shared with you. They are shown here only: your own answers are unchanged." }
                </p>
                { own }
                <SummaryView summary={Rc::new(Summary::of(&shared, &content.argument))} shared={true} />
            </>
        },
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
