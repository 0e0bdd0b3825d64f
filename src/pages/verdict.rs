//! The reader's verdict: their estimate before and after reading beside the
//! essay's answer, each reason with their judgement, the reasons that did not
//! convince them, and a link that shares it all. Opened from a share link, the
//! page shows the shared answers read-only and never touches the reader's own.
//! A link made before, with the answers in its query, is read the same way,
//! and its address is rewritten in place to carry them in the fragment, so the
//! query leaves the address bar and the history. Inside an assignment, the
//! reader's own verdict keeps the assignment's banner.

use yew::prelude::*;

use crate::components::assignment_banner::AssignmentBanner;
use crate::components::own_verdict::OwnVerdict;
use crate::components::shared_verdict::SharedVerdict;
use crate::hooks::{use_content, use_page_heading};
use crate::route::{Route, SHARED_VERDICT_TITLE};
use crate::router::{use_location, use_navigator};
use model::StepIndex;

/// The verdict page: the reader's own, or a shared one.
#[component]
pub fn VerdictPage() -> Html {
    let content = use_content();
    // The router gives the fragment and the query only after the first
    // render, which must match the page prerendered without them.
    let location = use_location();
    // The share link's fields, `v=1&…`, as text: not yet answers.
    let fields = AttrValue::from(if location.fragment.is_empty() {
        location.query.clone()
    } else {
        location.fragment.clone()
    });
    let shared = !fields.is_empty();
    {
        // A link made before: the answers move from the query to the fragment.
        let navigator = use_navigator();
        let fields = fields.clone();
        use_effect_with(location.clone(), move |location| {
            if !location.query.is_empty() {
                navigator.replace(&location.route, Some(&fields));
            }
        });
    }
    let title = if shared {
        SHARED_VERDICT_TITLE.to_owned()
    } else {
        Route::Verdict.title(content)
    };
    let heading = use_page_heading(title.clone());
    html! {
        <div class="verdict">
            if !shared {
                <AssignmentBanner step={None::<StepIndex>} />
            }
            <h1 tabindex="-1" ref={heading}>{ title }</h1>
            if shared {
                <SharedVerdict {fields} />
            } else {
                <OwnVerdict />
            }
        </div>
    }
}
