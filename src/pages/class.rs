//! The class's answers: the response links a teacher pastes, opens from a
//! text file, opens one by one on this device (`/teach/class/#r=2&…`) or
//! scans, read in this browser and summed up for the class. A response is
//! one student's whole handed-in set of answers, from one response link.
//! Nothing is sent anywhere. The last paste, the roster and the assignment
//! the page counts for (opened with `#a=2&…` from the teacher's page) are
//! kept on this device until the teacher clears them.
//!
//! The page is prerendered with the empty form and no results, and the first
//! render in the browser is the same; what is kept is read once mounted, and
//! the links are read only when the teacher asks (or opens a file or a
//! response link), never on each keystroke.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::class_form::ClassForm;
use crate::components::class_projector::ClassProjector;
use crate::components::class_results::ClassResults;
use crate::components::class_roster::ClassRoster;
use crate::components::qr_scanner::QrScanner;
use crate::hooks::kept::{keep, kept};
use crate::hooks::{use_content, use_mounted, use_page_heading};
use crate::route::Route;
use crate::router::{use_location, use_navigator};
use model::{Argument, Assignment, ClassTally, MAX_LINKS};

/// The name of the text the last paste is kept as, as it was pasted (see
/// [`kept`]).
const PASTE_KEY: &str = "class-paste";

/// The name of the text the roster is kept as, one name a line.
const ROSTER_KEY: &str = "class-roster";

/// The name of the text the assignment the page counts for is kept as, its
/// link's fragment (see [`Assignment::to_fragment`]).
const ASSIGNMENT_KEY: &str = "class-assignment";

/// A count of things, in words: `1 response`, `24 responses`.
fn count(number: usize, one: &str, many: &str) -> String {
    match number {
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    }
}

/// `was` or `were`, as a count asks.
fn was(number: usize) -> &'static str {
    if number == 1 { "was" } else { "were" }
}

/// What reading the links came to, in a sentence or a few for the status
/// line: how many responses count, and what was set apart or passed over.
fn status_of(tally: &ClassTally) -> String {
    let found_nothing = tally.responses.is_empty()
        && tally.replaced.is_empty()
        && tally.elsewhere.is_empty()
        && tally.refused.is_empty()
        && tally.repeated == 0
        && tally.foreign == 0
        && tally.left_out == 0;
    if found_nothing {
        return "Found no response links in the text.".to_owned();
    }
    let mut status = format!(
        "Read {}.",
        count(tally.responses.len(), "response", "responses")
    );
    if !tally.replaced.is_empty() {
        status.push_str(&format!(
            " {} replaced by a later hand-in.",
            count(
                tally.replaced.len(),
                "earlier hand-in was",
                "earlier hand-ins were"
            )
        ));
    }
    if !tally.elsewhere.is_empty() {
        status.push_str(&format!(
            " {} to another assignment {} set apart.",
            count(tally.elsewhere.len(), "response", "responses"),
            was(tally.elsewhere.len())
        ));
    }
    if !tally.refused.is_empty() {
        status.push_str(&format!(
            " {} could not be read.",
            count(tally.refused.len(), "link", "links")
        ));
    }
    if tally.foreign > 0 {
        status.push_str(&format!(
            " {} that {} not this explainer's {} passed over.",
            count(tally.foreign, "link", "links"),
            if tally.foreign == 1 { "is" } else { "are" },
            was(tally.foreign)
        ));
    }
    if tally.left_out > 0 {
        status.push_str(&format!(
            " {} after the first {MAX_LINKS} {} left out.",
            count(tally.left_out, "link", "links"),
            was(tally.left_out)
        ));
    }
    status
}

/// The kept paste with a response link added on a line of its own, or
/// `None` where the paste has it already.
fn with_link(paste: &str, link: &str) -> Option<String> {
    if paste.lines().any(|line| line.trim() == link) {
        return None;
    }
    let paste = paste.trim_end();
    Some(if paste.is_empty() {
        link.to_owned()
    } else {
        format!("{paste}\n{link}")
    })
}

/// What adding one response link to the paste says: whose response it is,
/// or why it cannot be read (and so is not added).
fn added(link: &str, argument: &Argument) -> Result<String, String> {
    let read = ClassTally::read(link, argument, None);
    if let Some(refusal) = read.refused.first() {
        return Err(format!(
            "That response link cannot be read: {}.",
            refusal.why
        ));
    }
    let response = read
        .responses
        .first()
        .ok_or_else(|| "That is not a response link.".to_owned())?;
    Ok(match &response.name {
        Some(name) => format!("Added {name}'s response."),
        None => "Added a response that gave no name.".to_owned(),
    })
}

/// The assignment kept on this device, if any still reads.
fn kept_assignment(argument: &Argument) -> Option<Assignment> {
    Assignment::from_fragment(&kept(ASSIGNMENT_KEY)?, argument).ok()
}

/// The class's answers, read from the response links a teacher pastes.
#[component]
pub fn ClassPage() -> Html {
    let content = use_content();
    let title = Route::Class.title(content);
    let heading = use_page_heading(title.clone());
    let mounted = use_mounted();
    let location = use_location();
    let navigator = use_navigator();
    let paste = use_state(String::new);
    let roster = use_state(String::new);
    let assignment = use_state(|| None::<Rc<Assignment>>);
    let tally = use_state(|| None::<Rc<ClassTally>>);
    let status = use_state(AttrValue::default);
    let projector = use_state(|| false);
    // Reads a paste and shows what it came to.
    let show = {
        let tally = tally.clone();
        let content = content.clone();
        move |text: &str, known: Option<&Assignment>| {
            if text.trim().is_empty() {
                tally.set(None);
                return None;
            }
            let read = ClassTally::read(text, &content.argument, known);
            let said = status_of(&read);
            tally.set(Some(Rc::new(read)));
            Some(said)
        }
    };
    // A response link added to the kept paste, from its address opened on
    // this device or from a scan.
    let add_response_link = {
        let paste = paste.clone();
        let status = status.clone();
        let content = content.clone();
        let show = show.clone();
        Callback::from(move |link: String| {
            let link = link.trim().to_owned();
            let said = match added(&link, &content.argument) {
                Err(why) => why,
                Ok(said) => {
                    let kept_paste = kept(PASTE_KEY).unwrap_or_default();
                    match with_link(&kept_paste, &link) {
                        None => "That response is in the paste already.".to_owned(),
                        Some(text) => {
                            keep(PASTE_KEY, &text);
                            show(&text, kept_assignment(&content.argument).as_ref());
                            paste.set(text);
                            said
                        }
                    }
                }
            };
            status.set(said.into());
        })
    };
    // Once mounted, what is kept; then, whenever the address's fragment
    // changes, an assignment or a response link it carries.
    let loaded = use_mut_ref(|| false);
    {
        let paste = paste.clone();
        let roster = roster.clone();
        let assignment = assignment.clone();
        let status = status.clone();
        let content = content.clone();
        let show = show.clone();
        let add_response_link = add_response_link.clone();
        let fragment = location.fragment.clone();
        use_effect_with((mounted, fragment), move |(mounted, fragment)| {
            let carries = fragment.starts_with("a=") || fragment.starts_with("r=");
            if !*mounted || (*loaded.borrow() && !carries) {
                return;
            }
            *loaded.borrow_mut() = true;
            let argument = &content.argument;
            let mut said = None;
            if fragment.starts_with("a=") {
                said = Some(match Assignment::from_fragment(fragment, argument) {
                    Ok(opened) => {
                        keep(ASSIGNMENT_KEY, &opened.to_fragment(argument));
                        format!(
                            "Counting the responses to assignment {} ({}).",
                            opened.id,
                            opened.label()
                        )
                    }
                    Err(why) => format!("That assignment link cannot be read: {why}."),
                });
            }
            let known = kept_assignment(argument);
            let text = kept(PASTE_KEY).unwrap_or_default();
            roster.set(kept(ROSTER_KEY).unwrap_or_default());
            assignment.set(known.clone().map(Rc::new));
            let read = show(&text, known.as_ref());
            paste.set(text);
            if fragment.starts_with("r=") {
                let address = gloo::utils::window().location().href().unwrap_or_default();
                add_response_link.emit(address);
            } else if let Some(said) = said.or(read) {
                status.set(said.into());
            }
            if carries {
                // Kept now: a reload adds nothing twice, and the address
                // shown is the page's own.
                navigator.replace(&Route::Class, None);
            }
        });
    }
    let on_read = {
        let paste = paste.clone();
        let status = status.clone();
        let assignment = assignment.clone();
        let show = show.clone();
        Callback::from(move |text: String| {
            let kept_it = keep(PASTE_KEY, &text);
            let said = show(&text, assignment.as_deref())
                .unwrap_or_else(|| "Found no response links in the text.".to_owned());
            let said = if kept_it || text.trim().is_empty() {
                said
            } else {
                format!("{said} This browser would not keep the paste.")
            };
            status.set(said.into());
            paste.set(text);
        })
    };
    let on_clear = {
        let paste = paste.clone();
        let status = status.clone();
        let tally = tally.clone();
        Callback::from(move |()| {
            keep(PASTE_KEY, "");
            paste.set(String::new());
            tally.set(None);
            status.set("Cleared the paste from this device.".into());
        })
    };
    let on_roster = {
        let roster = roster.clone();
        Callback::from(move |text: String| {
            keep(ROSTER_KEY, &text);
            roster.set(text);
        })
    };
    let on_forget_assignment = {
        let assignment = assignment.clone();
        let status = status.clone();
        let paste = paste.clone();
        let show = show.clone();
        Callback::from(move |_: MouseEvent| {
            keep(ASSIGNMENT_KEY, "");
            assignment.set(None);
            show(paste.as_str(), None);
            status.set("This page no longer counts for one assignment: it counts the one most responses answer.".into());
        })
    };
    let on_file_refused = {
        let status = status.clone();
        Callback::from(move |why: AttrValue| status.set(why))
    };
    let toggle_projector = {
        let projector = projector.clone();
        Callback::from(move |_: MouseEvent| projector.set(!*projector))
    };
    if let Some(tally) = (*tally).clone().filter(|_| *projector) {
        return html! {
            <div class="class-page class-page--projector">
                <h1 tabindex="-1" ref={heading}>{ title }</h1>
                <ClassProjector {tally} on_leave={toggle_projector} />
            </div>
        };
    }
    html! {
        <div class="class-page">
            <h1 tabindex="-1" ref={heading}>{ title }</h1>
            <p class="class-page__intro">
                { "Paste the response links your students handed in, one per line, or a whole chat export with other words around them, then read them. A response link opened on this device adds itself. Everything is read in this browser: nothing is sent anywhere." }
            </p>
            if let Some(known) = &*assignment {
                <p class="class-assignment">
                    { format!("Counting the responses to assignment {} ({}); responses to any other are set apart. ", known.id, known.label()) }
                    <button type="button" class="button button--small" onclick={on_forget_assignment}>{ "Count any assignment" }</button>
                </p>
            }
            <QrScanner on_read={add_response_link.clone()} />
            <ClassForm paste={(*paste).clone()} {on_read} {on_clear} {on_file_refused} />
            // In the page from the first render, so that screen readers say
            // each new status.
            <p class="class-status" role="status" aria-live="polite">{ (*status).clone() }</p>
            <ClassRoster roster={(*roster).clone()} {on_roster} />
            if let Some(tally) = &*tally {
                if !tally.responses.is_empty() {
                    <p class="class-projector-open">
                        <button type="button" class="button" onclick={toggle_projector}>{ "Projector view" }</button>
                        { " Shows the class's answers without names, a part at a time." }
                    </p>
                }
                <ClassResults tally={tally.clone()} roster={(*roster).clone()} />
            }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::assignment::AssignmentId;
    use model::paste::LinkError;
    use model::response::Response;
    use model::student::StartId;
    use model::{Answers, Refusal, ResponseError};

    /// A tally of this many counted responses, refused links, repeats,
    /// foreign links and links left out.
    fn tally(
        read: usize,
        refused: usize,
        repeated: usize,
        foreign: usize,
        left_out: usize,
    ) -> ClassTally {
        let refusal = Refusal {
            line: 1,
            excerpt: String::new(),
            why: LinkError::Response(ResponseError::Empty),
        };
        let response = Response {
            assignment: AssignmentId::from_bits(1),
            start: StartId::from_bits(1),
            handed_in: 0,
            name: None,
            answers: Answers::default(),
        };
        ClassTally {
            responses: vec![response; read],
            refused: vec![refusal; refused],
            repeated,
            foreign,
            left_out,
            ..ClassTally::default()
        }
    }

    #[test]
    fn the_status_says_what_was_read_and_what_was_not() {
        for (tally, status) in [
            (tally(0, 0, 0, 0, 0), "Found no response links in the text."),
            (tally(0, 0, 2, 0, 0), "Read 0 responses."),
            (tally(1, 0, 0, 0, 0), "Read 1 response."),
            (
                tally(24, 2, 3, 2, 0),
                "Read 24 responses. 2 links could not be read. 2 links that are not this \
                 explainer's were passed over.",
            ),
            (
                tally(0, 1, 0, 1, 0),
                "Read 0 responses. 1 link could not be read. 1 link that is not this \
                 explainer's was passed over.",
            ),
            (
                tally(MAX_LINKS, 0, 0, 0, 1),
                "Read 1000 responses. 1 link after the first 1000 was left out.",
            ),
        ] {
            assert_eq!(status_of(&tally), status);
        }
        let mut set_apart = tally(3, 0, 0, 0, 0);
        set_apart.replaced = set_apart.responses[..2].to_vec();
        set_apart.elsewhere = set_apart.responses[..1].to_vec();
        assert_eq!(
            status_of(&set_apart),
            "Read 3 responses. 2 earlier hand-ins were replaced by a later hand-in. 1 response \
             to another assignment was set apart."
        );
    }

    #[test]
    fn a_response_link_is_added_once_on_a_line_of_its_own() {
        assert_eq!(with_link("", "L").as_deref(), Some("L"));
        assert_eq!(with_link("A\nB\n\n", "L").as_deref(), Some("A\nB\nL"));
        assert_eq!(with_link("A\n  L \nB", "L"), None);
        assert_eq!(with_link("A L", "L").as_deref(), Some("A L\nL"));
    }
}
