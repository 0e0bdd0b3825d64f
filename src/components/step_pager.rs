//! Previous and Next links at the foot of a step.

use yew::prelude::*;

use crate::components::route_link::RouteLink;
use crate::hooks::use_content;
use crate::route::Route;

/// What the last step's Next leads to: the question asked again after
/// reading, and the reader's verdict.
pub const VERDICT_NEXT: &str = "Your verdict: how likely is a full break now?";

/// Props for [`StepPager`].
#[derive(Properties, PartialEq)]
pub struct StepPagerProps {
    /// The position of the step shown.
    pub index: usize,
}

/// Links to the steps before and after; before the first step is the start
/// page, after the last the reader's verdict, where the journey ends.
#[component]
pub fn StepPager(props: &StepPagerProps) -> Html {
    let content = use_content();
    let steps = content.argument.steps();
    let (previous, previous_title) = match props.index.checked_sub(1) {
        Some(index) => (
            Route::step(&steps[index].id),
            steps[index].title.to_string(),
        ),
        None => (Route::Start, "Introduction".to_owned()),
    };
    let (next, next_title) = match steps.get(props.index + 1) {
        Some(step) => (Route::step(&step.id), step.title.to_string()),
        None => (Route::Verdict, VERDICT_NEXT.to_owned()),
    };
    html! {
        <nav class="pager" aria-label="Previous and next">
            <RouteLink to={previous} classes={classes!("pager__link", "pager__link--previous")}>
                <span class="pager__direction">{ "← Previous" }</span>
                <span class="pager__title">{ previous_title }</span>
            </RouteLink>
            <RouteLink to={next} classes={classes!("pager__link", "pager__link--next")}>
                <span class="pager__direction">{ "Next →" }</span>
                <span class="pager__title">{ next_title }</span>
            </RouteLink>
            <p class="pager__hint">{ "Keys: ← and → move a step." }</p>
        </nav>
    }
}
