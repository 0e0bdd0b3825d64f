//! Running text with the glossary's terms marked in it.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::glossary_term::GlossaryTerm;
use crate::hooks::use_content;
use model::{FirstUses, Segment, page_id};

/// Props for [`MarkedText`].
#[derive(Properties, PartialEq)]
pub struct MarkedTextProps {
    /// The text, which is shown exactly as given.
    pub text: AttrValue,
    /// A page-unique name for where the text stands (`precedent-claim`, say),
    /// from which its terms' definitions take their ids. The prerendered page
    /// and the browser derive the same ids from it, so hydration finds them.
    pub place: AttrValue,
}

/// Text whose glossary terms explain themselves on focus, click or tap. On a
/// page that provides its [`FirstUses`], a term is marked only where the
/// page first uses it; elsewhere, at its first use in this text.
#[component]
pub fn MarkedText(props: &MarkedTextProps) -> Html {
    let content = use_content();
    let first_uses = use_context::<Rc<FirstUses>>();
    content
        .glossary
        .mark(&props.text)
        .into_iter()
        .map(|segment| match segment {
            Segment::Term(text, term)
                if first_uses
                    .as_ref()
                    .is_some_and(|first| !first.is_marked_at(term, &props.place)) =>
            {
                html! { { text.to_owned() } }
            }
            Segment::Plain(text) => html! { { text.to_owned() } },
            Segment::Term(text, term) => {
                // Each term is marked once in a text, so the term's id makes the place's unique.
                let definition_id = page_id::definition(&props.place, content.glossary[term].id);
                html! { <GlossaryTerm {term} text={text.to_owned()} {definition_id} /> }
            }
        })
        .collect()
}
