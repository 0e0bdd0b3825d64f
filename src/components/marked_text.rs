//! Running text with the glossary's terms marked in it.

use yew::prelude::*;

use crate::components::glossary_term::glossary_term;
use model::{Content, FirstUses, Segment, page_id};

/// Text whose glossary terms explain themselves on click or tap, shown
/// exactly as given. A term is marked only where the page first uses it
/// (`first_uses`, the page's). `place` is a page-unique name for where the
/// text stands (`precedent-claim`, say), from which its terms' definitions
/// take their ids: the prerendered page and the browser derive the same ids
/// from it, so hydration finds them.
pub fn marked_text(text: &str, place: &str, first_uses: &FirstUses) -> Html {
    let content = Content::get();
    content
        .glossary
        .mark(text)
        .into_iter()
        .map(|segment| match segment {
            Segment::Term(text, term) if first_uses.is_marked_at(term, place) => {
                // Each term is marked once in a text, so the term's id makes the place's unique.
                let definition_id = page_id::definition(place, content.glossary[term].id);
                glossary_term(term, text, definition_id)
            }
            Segment::Term(text, _) | Segment::Plain(text) => html! { { text.to_owned() } },
        })
        .collect()
}
