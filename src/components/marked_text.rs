//! Running text with the glossary's terms marked in it.

use yew::prelude::*;

use crate::components::glossary_term::GlossaryTerm;
use crate::hooks::use_content;
use crate::model::Segment;

/// Props for [`MarkedText`].
#[derive(Properties, PartialEq)]
pub struct MarkedTextProps {
    /// The text, which is shown exactly as given.
    pub text: AttrValue,
    /// A page-unique name for where the text stands (`cold-war-claim`, say),
    /// from which its terms' tooltips take their ids. The prerendered page
    /// and the browser derive the same ids from it, so hydration finds them.
    pub place: AttrValue,
}

/// Text whose glossary terms explain themselves on focus, click or tap.
#[component]
pub fn MarkedText(props: &MarkedTextProps) -> Html {
    let content = use_content();
    content
        .glossary
        .mark(&props.text)
        .into_iter()
        .map(|segment| match segment {
            Segment::Plain(text) => html! { { text.to_owned() } },
            Segment::Term(text, term) => {
                // Each term is marked once in a text, so the term's id makes the place's unique.
                let tip_id = format!("{}-{}-tip", props.place, content.glossary.terms()[term].id);
                html! { <GlossaryTerm {term} text={text.to_owned()} {tip_id} /> }
            }
        })
        .collect()
}
