//! The class's answers: the response links a teacher pastes, or opens from a
//! text file, read in this browser and summed up for the class. A response
//! is one student's whole handed-in set of answers, from one response link.
//! Nothing is sent anywhere, and nothing is kept unless the teacher downloads
//! the CSV: the answers live in the page until the teacher leaves it.
//!
//! The page is prerendered with the empty form and no results, and the first
//! render in the browser is the same; the links are read only when the
//! teacher asks (or opens a file), never on each keystroke.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::components::class_form::{ClassForm, LINKS_ID};
use crate::components::class_results::ClassResults;
use crate::components::qr_scanner::QrScanner;
use crate::hooks::{use_content, use_page_heading};
use crate::model::{ClassTally, MAX_LINKS};
use crate::route::Route;

/// A count of things, in words: `1 response`, `24 responses`.
fn count(number: usize, one: &str, many: &str) -> String {
    match number {
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    }
}

/// What reading the links came to, in a sentence or three for the status
/// line: how many responses were read, and what was not.
fn status_of(tally: &ClassTally) -> String {
    let found_nothing = tally.responses.is_empty()
        && tally.refused.is_empty()
        && tally.repeated == 0
        && tally.left_out == 0;
    if found_nothing {
        return "Found no response links in the text.".to_owned();
    }
    let mut status = format!(
        "Read {}.",
        count(tally.responses.len(), "response", "responses")
    );
    if !tally.refused.is_empty() {
        status.push_str(&format!(
            " {} could not be read.",
            count(tally.refused.len(), "link", "links")
        ));
    }
    if tally.left_out > 0 {
        status.push_str(&format!(
            " {} after the first {MAX_LINKS} {} left out.",
            count(tally.left_out, "link", "links"),
            if tally.left_out == 1 { "was" } else { "were" }
        ));
    }
    status
}

/// The class's answers, read from the response links a teacher pastes.
#[component]
pub fn ClassPage() -> Html {
    let content = use_content();
    let title = Route::Class.title(&content);
    let heading = use_page_heading(title.clone());
    let tally = use_state(|| None::<Rc<ClassTally>>);
    let status = use_state(AttrValue::default);
    let on_read = {
        let tally = tally.clone();
        let status = status.clone();
        Callback::from(move |text: String| {
            let read = ClassTally::read(&text, &content.argument);
            status.set(status_of(&read).into());
            tally.set(Some(Rc::new(read)));
        })
    };
    // A scanned response link is added to the box as a line of its own, and
    // the whole box read again, as if the teacher had pasted it there.
    let on_scan = {
        let on_read = on_read.clone();
        Callback::from(move |link: String| {
            let Some(area) = gloo::utils::document()
                .get_element_by_id(LINKS_ID)
                .and_then(|element| element.dyn_into::<HtmlTextAreaElement>().ok())
            else {
                return;
            };
            let mut text = area.value();
            if !text.is_empty() && !text.ends_with('\n') {
                text.push('\n');
            }
            text.push_str(&link);
            area.set_value(&text);
            on_read.emit(text);
        })
    };
    let on_file_refused = {
        let status = status.clone();
        Callback::from(move |why: AttrValue| status.set(why))
    };
    html! {
        <div class="class-page">
            <h1 tabindex="-1" ref={heading}>{ title }</h1>
            <p class="class-page__intro">
                { "Paste the response links your students handed in, one per line, or a whole chat export with other words around them, then read them. Everything is read in this browser: nothing is sent anywhere, and nothing is kept unless you download the CSV." }
            </p>
            <QrScanner on_read={on_scan} />
            <ClassForm {on_read} {on_file_refused} />
            // In the page from the first render, so that screen readers say
            // each new status.
            <p class="class-status" role="status" aria-live="polite">{ (*status).clone() }</p>
            if let Some(tally) = &*tally {
                <ClassResults tally={tally.clone()} />
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::share::{ShareError, Shared};
    use crate::model::{Answers, Refusal};

    /// A tally of this many responses, refused links, repeats and links left
    /// out.
    fn tally(read: usize, refused: usize, repeated: usize, left_out: usize) -> ClassTally {
        let refusal = Refusal {
            line: 1,
            excerpt: String::new(),
            why: ShareError::Empty,
        };
        let response = Shared {
            answers: Answers::default(),
            name: None,
        };
        ClassTally {
            responses: vec![response; read],
            refused: vec![refusal; refused],
            repeated,
            left_out,
        }
    }

    #[test]
    fn the_status_says_what_was_read_and_what_was_not() {
        for (tally, status) in [
            (tally(0, 0, 0, 0), "Found no response links in the text."),
            (tally(0, 0, 2, 0), "Read 0 responses."),
            (tally(1, 0, 0, 0), "Read 1 response."),
            (
                tally(24, 2, 3, 0),
                "Read 24 responses. 2 links could not be read.",
            ),
            (
                tally(0, 1, 0, 0),
                "Read 0 responses. 1 link could not be read.",
            ),
            (
                tally(MAX_LINKS, 0, 0, 1),
                "Read 1000 responses. 1 link after the first 1000 was left out.",
            ),
            (
                tally(999, 1, 0, 7),
                "Read 999 responses. 1 link could not be read. 7 links after the first 1000 \
                 were left out.",
            ),
        ] {
            assert_eq!(status_of(&tally), status);
        }
    }
}
