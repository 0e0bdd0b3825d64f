//! The reader's answers beside the ones shared with them.

use yew::prelude::*;

use model::{Content, Conviction, Judgement, Point, Summary};

/// The reader's answers (`yours`) beside the ones shared with them
/// (`theirs`), choice by choice: the estimates, then each judged step's
/// conviction.
pub fn beside(theirs: &Summary, yours: &Summary) -> Html {
    let content = Content::get();
    let estimate = |at: Option<Point>| at.map_or("—", Point::label);
    let rows = [
        (
            "Before reading".to_owned(),
            estimate(theirs.before),
            estimate(yours.before),
        ),
        (
            "After reading".to_owned(),
            estimate(theirs.after),
            estimate(yours.after),
        ),
    ]
    .into_iter()
    .chain(
        theirs
            .judged
            .iter()
            .zip(&yours.judged)
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
