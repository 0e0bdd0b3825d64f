//! What one section of a step holds: the essay's words as quotations, our
//! explanations as plain prose, each marked for what it is, with glossary
//! terms marked in both.

use yew::prelude::*;

use crate::components::marked_text::{Marks, marked_text};
use crate::components::route_link::RouteLink;
use crate::route::Route;
use model::{Content, Essay, SectionKind, Step, StepIndex, page_id};

/// Where in the essay a passage stands, for a quotation's caption.
fn where_in_essay(essay: &Essay, passage: &str) -> String {
    match essay.paragraphs.iter().position(|p| p.id == passage) {
        Some(index) => format!("The essay, paragraph {}", index + 1),
        None => "The essay's title".to_owned(),
    }
}

/// The ellipsis that marks a gap in the essay's sentence, beside a
/// quotation of it, never inside, where `left_out` says the quotation leaves
/// words out on that side: `before` puts it in front of the words. A
/// no-break space keeps it on the line of the word it stands by.
fn gap(left_out: bool, before: bool) -> Html {
    match (left_out, before) {
        (false, _) => Html::default(),
        (true, true) => html! { <span class="quote-gap">{ "\u{2026}\u{a0}" }</span> },
        (true, false) => html! { <span class="quote-gap">{ "\u{a0}\u{2026}" }</span> },
    }
}

/// The essay's words, verbatim, with where they stand and a link to them on
/// the essay page. The figure is named by where the words stand alone, not
/// by the link beside it. Where the words begin or end inside a sentence of
/// the essay, an ellipsis beside the `<blockquote>` says so, so that the
/// `<blockquote>` holds the essay's words alone.
fn quotation(
    essay: &Essay,
    (passage, text): (&str, &str),
    (place, marks): (String, &Marks<'_>),
    anchor: String,
    caption: String,
) -> Html {
    let gaps = essay.gaps(passage, text);
    html! {
        <figure class="quotation" aria-labelledby={caption.clone()}>
            <div class="quotation__text">
                { gap(gaps.before, true) }
                <blockquote class="quotation__words">{ marked_text(text, &place, marks) }</blockquote>
                { gap(gaps.after, false) }
            </div>
            <figcaption class="quotation__place">
                <span id={caption}>{ where_in_essay(essay, passage) }</span>
                <span class="quotation__show">
                    { " · " }
                    <RouteLink to={Route::Essay} fragment={AttrValue::from(anchor)}>{ "Show in the essay" }</RouteLink>
                </span>
            </figcaption>
        </figure>
    }
}

/// Our prose, with glossary terms marked.
fn prose(text: &str, place: String, marks: &Marks<'_>) -> Html {
    html! { <p>{ marked_text(text, &place, marks) }</p> }
}

/// The step's evidence, each piece cited by its opening words, with our
/// note on it.
pub fn evidence(step: &Step, essay: &Essay) -> Html {
    html! {
        <ul class="evidence">
            { for step.evidence.iter().map(|evidence| {
                let (opening, goes_on) = evidence.opening();
                let gaps = essay.gaps(evidence.passage, evidence.text);
                html! {
                    <li class="evidence__item">
                        <p class="evidence__cite">
                            { format!("{}, quoted in full above: ", where_in_essay(essay, evidence.passage)) }
                            { gap(gaps.before, true) }
                            <q class="evidence__words">{ opening.to_owned() }</q>
                            { gap(gaps.after || goes_on, false) }
                        </p>
                        <p class="evidence__note"><span class="label">{ "Our note on the evidence: " }</span>{ evidence.note }</p>
                    </li>
                }
            }) }
        </ul>
    }
}

/// The content of section `kind` of step `step`, with the page's terms
/// marked as `marks` says.
pub fn section_body(step: StepIndex, kind: SectionKind, marks: &Marks<'_>) -> Html {
    let content = Content::get();
    let step: &Step = &content.argument[step];
    let essay = &content.essay;
    // Where the n-th text of this section stands, for its terms' definition ids.
    let place = |index: usize| page_id::section_place(&step.id, kind, index);
    match kind {
        SectionKind::Essay => step
            .quotes
            .iter()
            .enumerate()
            .map(|(index, quote)| {
                quotation(
                    essay,
                    (quote.passage, quote.text),
                    (place(index), marks),
                    page_id::quote(&step.id, index),
                    page_id::quote_caption(&step.id, index),
                )
            })
            .collect(),
        SectionKind::Plain => prose(step.plain, place(0), marks),
        SectionKind::Why => prose(step.why, place(0), marks),
        // The step quotes every piece of its evidence in full already, so here
        // each is cited by its opening words, not repeated. A judged step
        // shows this beside the reader's judgement, not as a section.
        SectionKind::Evidence => evidence(step, essay),
        SectionKind::Probes => html! {
            <ul class="probes">
                { for step.probes.iter().map(|probe| html! { <li>{ *probe }</li> }) }
            </ul>
        },
    }
}
