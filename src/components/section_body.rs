//! What one section of a step holds: the essay's words as quotations, our
//! explanations as plain prose, each marked for what it is, with glossary
//! terms marked in both.

use yew::prelude::*;

use crate::components::marked_text::MarkedText;
use crate::components::route_link::RouteLink;
use crate::hooks::use_content;
use crate::model::{Essay, SectionKind, Step};
use crate::route::Route;

/// Props for [`SectionBody`].
#[derive(Properties, PartialEq)]
pub struct SectionBodyProps {
    /// The position of the step in the argument.
    pub step: usize,
    /// Which section to show.
    pub kind: SectionKind,
}

/// Props for [`SourceLabel`].
#[derive(Properties, PartialEq)]
pub struct SourceLabelProps {
    /// The section labelled.
    pub kind: SectionKind,
}

/// Whose words a section holds, the essay's or ours, said beside its heading.
#[component]
pub fn SourceLabel(props: &SourceLabelProps) -> Html {
    let whose = if props.kind.quotes_the_essay() {
        "source--essay"
    } else {
        "source--ours"
    };
    html! { <span class={classes!("source", whose)}>{ props.kind.source() }</span> }
}

/// Where in the essay a passage stands, for a quotation's caption.
fn where_in_essay(essay: &Essay, passage: &str) -> String {
    match essay.paragraphs.iter().position(|p| &*p.id == passage) {
        Some(index) => format!("The essay, paragraph {}", index + 1),
        None => "The essay's title".to_owned(),
    }
}

/// The essay's words, verbatim, with where they stand and, for a step's own
/// quotes, a link to them on the essay page.
fn quotation(
    essay: &Essay,
    passage: &str,
    text: &str,
    place: String,
    anchor: Option<String>,
) -> Html {
    html! {
        <figure class="quotation">
            <blockquote class="quotation__text"><MarkedText text={text.to_owned()} {place} /></blockquote>
            <figcaption class="quotation__place">
                { where_in_essay(essay, passage) }
                if let Some(anchor) = anchor {
                    { " · " }
                    <RouteLink to={Route::Essay} fragment={AttrValue::from(anchor)}>{ "Show in the essay" }</RouteLink>
                }
            </figcaption>
        </figure>
    }
}

/// Our prose, with glossary terms marked.
fn prose(text: &str, place: String) -> Html {
    html! { <p><MarkedText text={text.to_owned()} {place} /></p> }
}

/// The content of one section of a step.
#[component]
pub fn SectionBody(props: &SectionBodyProps) -> Html {
    let content = use_content();
    let step: &Step = &content.argument.steps()[props.step];
    let essay = &content.essay;
    // Where the n-th text of this section stands, for its terms' tooltip ids.
    let place = |index: usize| format!("{}-{}-{}", step.id, props.kind.slug(), index + 1);
    match props.kind {
        SectionKind::Essay => step
            .quotes
            .iter()
            .enumerate()
            .map(|(index, quote)| {
                quotation(
                    essay,
                    &quote.passage,
                    &quote.text,
                    place(index),
                    Some(step.quote_anchor(index)),
                )
            })
            .collect(),
        SectionKind::Plain => prose(&step.plain, place(0)),
        SectionKind::Why => prose(&step.why, place(0)),
        SectionKind::Evidence => html! {
            <ul class="evidence">
                { for step.evidence.iter().enumerate().map(|(index, evidence)| html! {
                    <li class="evidence__item">
                        { quotation(essay, &evidence.passage, &evidence.text, place(index), None) }
                        <p class="evidence__note"><span class="label">{ "Our note: " }</span>{ evidence.note.to_string() }</p>
                    </li>
                }) }
            </ul>
        },
        SectionKind::Questions => html! {
            <ul class="questions">
                { for step.questions.iter().map(|question| html! { <li>{ question.to_string() }</li> }) }
            </ul>
        },
    }
}
