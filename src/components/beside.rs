//! The reader's answers beside the ones shared with them.

use std::rc::Rc;

use yew::prelude::*;

use crate::hooks::use_content;
use model::{Conviction, Judgement, Point, Summary};

/// Props for [`Beside`].
#[derive(Properties, PartialEq)]
pub struct BesideProps {
    /// The answers shared.
    pub theirs: Rc<Summary>,
    /// The reader's own.
    pub yours: Rc<Summary>,
}

/// The reader's answers beside the ones shared with them, choice by choice:
/// the estimates, then each judged step's conviction.
#[component]
pub fn Beside(props: &BesideProps) -> Html {
    let content = use_content();
    let estimate = |at: Option<Point>| at.map_or("—", Point::label);
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
            .judged
            .iter()
            .zip(&props.yours.judged)
            .map(|(theirs, yours)| {
                let conviction =
                    |judgement: Judgement| judgement.conviction.map_or("—", Conviction::label);
                (
                    content.argument.label(theirs.step),
                    conviction(theirs.judgement),
                    conviction(yours.judgement),
                )
            }),
    );
    html! {
        <section aria-labelledby="beside-title">
            <h2 id="beside-title">{ "Your answers beside theirs" }</h2>
            <table class="answer-table beside">
                <thead><tr><th scope="col">{ "Choice" }</th><th scope="col">{ "Theirs" }</th><th scope="col">{ "Yours" }</th></tr></thead>
                <tbody>
                    { for rows.map(|(label, theirs, yours)| html! {
                        <tr><th scope="row">{ label }</th><td>{ theirs }</td><td>{ yours }</td></tr>
                    }) }
                </tbody>
            </table>
        </section>
    }
}
