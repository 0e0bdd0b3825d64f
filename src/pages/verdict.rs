//! The reader's verdict: their estimate before and after reading beside the
//! essay's answer, each reason with their judgement, the reasons that did not
//! convince them, and a link that shares it all. Opened from a share link, the
//! page shows the shared answers read-only and never touches the reader's own.

use yew::prelude::*;

use crate::components::own_verdict::OwnVerdict;
use crate::components::shared_verdict::SharedVerdict;
use crate::hooks::{use_content, use_page_heading};
use crate::route::Route;
use crate::router::use_location;

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
