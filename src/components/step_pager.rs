//! Previous and Next links at the foot of a step.

use yew::prelude::*;

use crate::components::route_link::RouteLink;
use crate::route::Route;
use model::site::{Site, lowered};
use model::{Content, Destination, StepIndex, Turn};

/// What the last step's Next leads to: the estimate asked for again after
/// reading, and the reader's verdict.
pub fn verdict_next() -> String {
    format!(
        "Your verdict: {}",
        lowered(Site::embedded().scale.verdict_ask)
    )
}

/// Links to the steps before and after the step shown (`index`); before the
/// first step is the start page, after the last the reader's verdict, where
/// the journey ends.
pub fn step_pager(index: StepIndex) -> Html {
    let argument = &Content::get().argument;
    // The same destinations as the keys (`use_step_keys`), so that ← and →
    // always follow these links; before the app has started, `index.html`'s
    // script follows them by their `rel`.
    let link = |turn: Turn| {
        let destination = turn.target(index, argument);
        let title: AttrValue = match destination {
            Destination::Step(index) => argument[index].title.into(),
            Destination::Start => "Introduction".into(),
            Destination::Verdict => verdict_next().into(),
        };
        (Route::of_destination(destination, argument), title)
    };
    let (previous, previous_title) = link(Turn::Previous);
    let (next, next_title) = link(Turn::Next);
    html! {
        <nav class="pager" aria-label="Previous and next">
            <RouteLink to={previous} rel="prev" classes={classes!("pager__link", "pager__link--previous")}>
                <span class="pager__direction">{ "← Previous" }</span>
                <span class="pager__title">{ previous_title }</span>
            </RouteLink>
            <RouteLink to={next} rel="next" classes={classes!("pager__link", "pager__link--next")}>
                <span class="pager__direction">{ "Next →" }</span>
                <span class="pager__title">{ next_title }</span>
            </RouteLink>
            // Shown where scripts run (the keys work from the first paint).
            <p class="pager__hint">{ "Keys: ← and → move a step." }</p>
        </nav>
    }
}
