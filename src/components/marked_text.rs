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
            Segment::Term(text, term) => html! { <GlossaryTerm {term} text={text.to_owned()} /> },
        })
        .collect()
}
