//! The essay itself, verbatim, paragraph by paragraph. Where the words a step
//! quotes begin, a marker links to that step, and the words are marked only
//! quietly, since the steps quote most of the essay; a link to
//! `/essay#<passage>` scrolls to that passage and highlights it alone. A
//! note of ours above it gives the essay's provenance: where it
//! was published, and its author and date, or that it gives none.

use yew::prelude::*;

use crate::components::essay_passage::essay_passage;
use crate::components::marked_text::Marks;
use crate::hooks::{use_content, use_fragment_target, use_page_heading};
use crate::route::Route;
use crate::router::use_navigator;

/// The essay page.
#[component]
pub fn EssayPage() -> Html {
    let content = use_content();
    let title = Route::Essay.title(content);
    let heading = use_page_heading(title.clone());
    let target = use_fragment_target();

    // Each glossary term is marked once on the page, where the essay first uses it.
    let first_uses = {
        let content = content.clone();
        use_memo((), move |()| content.essay_first_uses())
    };
    let glossary = use_navigator().href(&Route::Glossary, None);
    let marks = Marks {
        first_uses: &first_uses,
        glossary: &glossary,
    };

    // The essay's provenance is content: here it is only said.
    let provenance = content.argument.provenance();

    html! {
        <div class="essay">
            <h1 tabindex="-1" ref={heading}>{ title }</h1>
            // What is known of the text first, on its own, then how to read
            // the page.
            <div class="essay__source">
                <p>
                    <span class="label">{ "About this text (ours): " }</span>
                    { format!("The essay as published on {}, word for word and with its own spelling. ", provenance.published_on) }
                    <span class="essay__credit">{ provenance.credit() }</span>
                    if let Some(left_out) = provenance.left_out {
                        { format!(" {left_out}") }
                    }
                </p>
                <p>
                    { "Where the words a step quotes begin, a marker leads to that step: a note in the margin on a wide \
                       screen, a small step number on a phone. A passage opened from a step is highlighted." }
                </p>
            </div>
            <article class="essay__text" aria-label="The essay">
                { for (0..=content.essay.paragraphs.len()).map(|index| essay_passage(index, target.as_deref(), &marks)) }
            </article>
        </div>
    }
}
