//! Running text with the glossary's terms marked in it.
//!
//! The text never changes once shown, so it is one piece of markup (Yew's
//! `VRaw`), not a node of the virtual DOM for each part: hydration adopts
//! the prerendered nodes as they are, without walking them. The markup is
//! made of the build's content alone, escaped here; never of anything a
//! reader typed.

use std::fmt::Write;

use yew::prelude::*;

use model::{Content, FirstUses, Segment, page_id};

/// How a page marks the glossary's terms in its texts.
pub struct Marks<'a> {
    /// Where the page first uses each term, the one place it is marked.
    pub first_uses: &'a FirstUses,
    /// The glossary page's address, which each definition's link leads to.
    pub glossary: &'a str,
}

/// `text` escaped as the text of an element: `&`, `<` and `>`, as the
/// server renderer escapes text, so that the prerendered page stays the
/// same; in an attribute's value (`quoted`), `"` too.
fn escaped(text: &str, quoted: bool, into: &mut String) {
    for c in text.chars() {
        match c {
            '&' => into.push_str("&amp;"),
            '<' => into.push_str("&lt;"),
            '>' => into.push_str("&gt;"),
            '"' if quoted => into.push_str("&quot;"),
            c => into.push(c),
        }
    }
}

/// Text whose glossary terms explain themselves on click or tap, shown
/// exactly as given. A term is marked only where the page first uses it
/// (`marks`, the page's). `place` is a page-unique name for where the
/// text stands (`precedent-claim`, say), from which its terms' definitions
/// take their ids: the prerendered page and the browser derive the same ids
/// from it.
///
/// A term's definition is a `popover` its button shows (`popovertarget`), so
/// a click or tap shows it, and Escape or a tap elsewhere puts it away,
/// before the app has started and with JavaScript off
/// ([`crate::components::glossary_term`] adds the rest).
pub fn marked_text(text: &str, place: &str, marks: &Marks<'_>) -> Html {
    let content = Content::get();
    let mut html = String::new();
    for segment in content.glossary.mark(text) {
        match segment {
            Segment::Term(words, term) if marks.first_uses.is_marked_at(term, place) => {
                let entry = &content.glossary[term];
                // Each term is marked once in a text, so the term's id makes the place's unique.
                let id = page_id::definition(place, entry.id);
                let _ = write!(
                    html,
                    r#"<span class="term"><button type="button" popovertarget="{id}" popovertargetaction="show" aria-describedby="{id}" class="term__button">"#
                );
                escaped(words, false, &mut html);
                let _ = write!(
                    html,
                    r#"</button><span id="{id}" popover="auto" class="term__definition"><span class="term__label">Our definition: </span><strong>"#
                );
                escaped(entry.headword, false, &mut html);
                html.push_str("</strong>. ");
                escaped(entry.definition, false, &mut html);
                html.push_str(r#" <a href=""#);
                escaped(marks.glossary, true, &mut html);
                let _ = write!(
                    html,
                    r##"#{}" class="term__more">More in the glossary</a></span></span>"##,
                    page_id::term(entry.id)
                );
            }
            Segment::Term(words, _) | Segment::Plain(words) => escaped(words, false, &mut html),
        }
    }
    Html::from_html_unchecked(html.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The markup `marked_text` makes of `text`, standing at `place` on a
    /// page whose terms are first used as `first_uses` says.
    fn markup(text: &str, place: &str, first_uses: &FirstUses) -> String {
        let marks = Marks {
            first_uses,
            glossary: "/sub\"path/glossary/",
        };
        match marked_text(text, place, &marks) {
            Html::VRaw(raw) => raw.html.to_string(),
            other => panic!("not one piece of markup: {other:?}"),
        }
    }

    #[test]
    fn text_is_escaped_as_the_server_renderer_escapes_it() {
        let text = "Tom & Jerry <script>alert(\"x\")</script> > 1";
        assert_eq!(
            markup(text, "here", &FirstUses::default()),
            "Tom &amp; Jerry &lt;script&gt;alert(\"x\")&lt;/script&gt; &gt; 1"
        );
    }

    #[test]
    fn a_term_is_marked_where_the_page_first_uses_it_with_its_definition_escaped() {
        let content = Content::get();
        let term = &content.glossary.terms()[0];
        let text = format!("Before {} & after", term.matches[0]);
        let first_uses = content
            .glossary
            .first_uses([("here".to_owned(), text.as_str())]);
        let marked = markup(&text, "here", &first_uses);
        let id = page_id::definition("here", term.id);
        assert!(marked.starts_with(&format!(
            r#"Before <span class="term"><button type="button" popovertarget="{id}" popovertargetaction="show" aria-describedby="{id}" class="term__button">"#
        )));
        assert!(marked.contains(&format!(
            r#"<a href="/sub&quot;path/glossary/#{}" class="term__more">"#,
            page_id::term(term.id)
        )));
        assert!(marked.ends_with("</span></span> &amp; after"));
        // Elsewhere on the page the same words are plain text.
        assert_eq!(
            markup(&text, "elsewhere", &first_uses),
            text.replace('&', "&amp;")
        );
    }
}
