//! An assignment's first screen, where every assignment link leads
//! (`/assignment/#a=2&…`, or a short code typed from a handout,
//! `#k3f7qz-2-6-n`): the teacher's words in full, the student's name if the
//! teacher asks for it, and their estimate before reading, then the way to
//! the first assigned step. Nothing on it names a step or gives the essay's
//! answer: the guess stays a guess.
//!
//! A link to an assignment this device holds answers to asks first whether
//! they are the student's own, to continue, or someone else's, to start
//! fresh; it never shows them before that. A link that cannot be read says
//! why, and to ask the teacher for a new one.
//!
//! The page is prerendered with no assignment, which it needs the app to
//! read; without JavaScript it says so.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::answering::answering;
use crate::components::estimate_choice::{before_given, guess_section, use_guess};
use crate::components::name_field::{name_field, use_name_field};
use crate::components::route_link::RouteLink;
use crate::components::skip_link::CONTENT_ID;
use crate::hooks::assignment::new_start;
use crate::hooks::{use_answers, use_content, use_following, use_page_heading};
use crate::route::Route;
use crate::router::{use_location, use_navigator};
use model::site::{Site, lowered};
use model::student::answered;
use model::{Assignment, AssignmentError, Content, FollowAction, Followed, MAX_NAME_CHARS, Start};

/// What a student reads after the reason a link cannot be read.
const ASK_AGAIN: &str = "Ask your teacher for a new link.";

/// What the first screen shows, once the app has read the address.
#[derive(Debug, Clone, PartialEq)]
enum Screen {
    /// The app has not yet read the address.
    Reading,
    /// The assignment followed (or none), as the hook keeps it.
    Followed,
    /// An assignment this device already holds answers to: whose are they?
    Asking {
        /// The assignment the link opens.
        assignment: Rc<Assignment>,
        /// The start this device holds of it.
        start: Start,
        /// How many answers it holds.
        answered: usize,
    },
    /// The link cannot be read.
    Refused(AssignmentError),
}

/// The assignment a link or typed code names: `a=…` is a link's fragment,
/// anything else a short code.
fn read(text: &str, content: &Content) -> Result<Assignment, AssignmentError> {
    if text.starts_with("a=") {
        Assignment::from_fragment(text, &content.argument)
    } else {
        Assignment::from_short_code(text, &content.argument)
    }
}

/// The assignment's first screen.
#[component]
pub fn AssignmentPage() -> Html {
    let content = use_content();
    let title = Route::Assignment.title(content);
    let heading = use_page_heading(title.clone());
    let following = use_following();
    let location = use_location();
    let navigator = use_navigator();
    let screen = use_state_eq(|| Screen::Reading);

    // Opens what a link or a code names: asks first if this device holds
    // answers to it, and otherwise follows it at once.
    let open = {
        let following = following.clone();
        let screen = screen.clone();
        let content = content.clone();
        Callback::from(move |text: String| match read(&text, &content) {
            Ok(assignment) => match following.start_held(&assignment) {
                Some((start, answers)) if start.name.is_some() || answered(&answers) > 0 => {
                    // Until the student says whose they are, no answers
                    // are followed: a student who goes elsewhere meanwhile
                    // finds none of another's.
                    following.dispatch(FollowAction::Stop);
                    screen.set(Screen::Asking {
                        assignment: Rc::new(assignment),
                        answered: answered(&answers),
                        start,
                    });
                }
                _ => {
                    following.dispatch(FollowAction::Follow(assignment, new_start()));
                    screen.set(Screen::Followed);
                }
            },
            Err(error) => screen.set(Screen::Refused(error)),
        })
    };
    {
        // The router reveals the fragment only after the first render, which
        // must match the page prerendered without it. The address bar says
        // what it is now: once read, the link leaves it, so a reload opens
        // what the student chose.
        let open = open.clone();
        let screen = screen.clone();
        let navigator = navigator.clone();
        use_effect_with(location.fragment.clone(), move |_| {
            let fragment = navigator.location().fragment;
            // The skip link's fragment names the page's content, not an
            // assignment.
            if fragment.is_empty() || fragment == CONTENT_ID {
                if *screen == Screen::Reading {
                    screen.set(Screen::Followed);
                }
            } else {
                open.emit(fragment);
            }
        });
    }
    // Once the student has chosen whose answers to follow, the link leaves
    // the address.
    let chosen = {
        let navigator = navigator.clone();
        let screen = screen.clone();
        move || {
            navigator.replace(&Route::Assignment, None);
            screen.set(Screen::Followed);
        }
    };
    {
        // A link read and followed at once leaves the address too.
        let navigator = navigator.clone();
        let followed = following.get().is_some();
        use_effect_with((followed, (*screen).clone()), move |(followed, screen)| {
            if *followed && *screen == Screen::Followed {
                navigator.replace(&Route::Assignment, None);
            }
        });
    }

    let body = match &*screen {
        Screen::Reading => html! {
            <p class="assignment-start__needs-js">
                { "This assignment needs JavaScript: turn it on, or open the link in another browser." }
            </p>
        },
        Screen::Refused(error) => html! {
            <>
                <p class="assignment-start__refused" role="alert">
                    <strong>{ "This assignment link cannot be read: " }</strong>
                    { format!("{error}. {ASK_AGAIN}") }
                </p>
                <CodeForm on_code={open.clone()} />
            </>
        },
        Screen::Asking {
            assignment,
            start,
            answered,
        } => {
            let answers = match answered {
                0 => "no answers yet".to_owned(),
                1 => "1 answer".to_owned(),
                count => format!("{count} answers"),
            };
            let whose = match &start.name {
                Some(name) => format!(
                    "This device already holds answers to this assignment, given as {name}: {answers}."
                ),
                None => format!(
                    "This device already holds answers to this assignment, with no name given: {answers}."
                ),
            };
            let resume = {
                let following = following.clone();
                let assignment = assignment.clone();
                let chosen = chosen.clone();
                Callback::from(move |_: MouseEvent| {
                    following.dispatch(FollowAction::Follow((*assignment).clone(), new_start()));
                    chosen();
                })
            };
            let fresh = {
                let following = following.clone();
                let assignment = assignment.clone();
                let chosen = chosen.clone();
                Callback::from(move |_: MouseEvent| {
                    following
                        .dispatch(FollowAction::StartFresh((*assignment).clone(), new_start()));
                    chosen();
                })
            };
            html! {
                <section class="assignment-start__ask" aria-labelledby="whose-title">
                    <h2 id="whose-title">{ "Are these answers yours?" }</h2>
                    <p>{ whose }</p>
                    <p>{ "If they are yours, continue them. If not, start fresh: they are cleared from this device, and you start with none." }</p>
                    <p class="assignment-start__actions">
                        <button type="button" class="button button--primary" onclick={resume}>{ "Continue these answers" }</button>
                        <button type="button" class="button" onclick={fresh}>{ "Start fresh" }</button>
                    </p>
                </section>
            }
        }
        Screen::Followed => match following.followed() {
            // A new start is a new student: nothing they typed carries over.
            Some(followed) => {
                let key = followed.start.id.to_string();
                html! { <Following {key} {followed} /> }
            }
            None => html! {
                <>
                    <p>{ "No assignment is open on this device. Open the link your teacher gave you, or type the code from your handout." }</p>
                    <CodeForm on_code={open.clone()} />
                </>
            },
        },
    };
    html! {
        <div class="assignment-start">
            <h1 tabindex="-1" ref={heading}>{ title }</h1>
            { body }
        </div>
    }
}

/// Props for [`Following`].
#[derive(Properties, PartialEq)]
struct FollowingProps {
    /// The assignment followed, and who is answering it.
    followed: Rc<Followed>,
}

/// The assignment followed: the teacher's words, who is answering, the
/// name if asked, the estimate before reading, and the way to the steps.
#[component]
fn Following(props: &FollowingProps) -> Html {
    let content = use_content();
    let answers = use_answers();
    let following = use_following();
    let assignment = &props.followed.assignment;
    let start = &props.followed.start;
    let first = &content.argument[assignment.first];
    let has_read = start.read;
    let (on_before, answered_here) = use_guess(has_read);
    let name = use_name_field(start);
    let given = before_given(&answers);
    let asking = given.is_none() || !has_read || answered_here;
    let intro = if given.is_none() && has_read {
        "You have started reading without an estimate. You can still give one: it will be marked as given after starting to read.".to_owned()
    } else if given.is_some() && has_read && !answered_here {
        "It stays as you gave it.".to_owned()
    } else {
        format!(
            "Before you read anything of the essay's argument: {} Your teacher sees it in your response, beside your estimate after reading.",
            lowered(Site::embedded().scale.ask)
        )
    };
    html! {
        <>
            <p class="assignment-start__label">{ assignment.label() }</p>
            if let Some(prompt) = &assignment.prompt {
                <section class="assignment-start__prompt" aria-labelledby="prompt-title">
                    <h2 id="prompt-title">{ "Your teacher's words" }</h2>
                    <p class="prompt-words">{ prompt.clone() }</p>
                </section>
            }
            { answering(&following, &answers) }
            if assignment.asks_name {
                { name_field("student-name", format!("Your teacher asks for it, so that your answers can be told apart from the others. It goes in the link you hand in: at most {MAX_NAME_CHARS} characters."), name) }
            }
            { guess_section(given.as_deref(), &intro, asking.then_some((answers.before, on_before))) }
            <p class="assignment-start__go">
                <RouteLink to={Route::step(&first.id)} classes={classes!("button", "button--primary")}>
                    { format!("Start with step {}", assignment.first.number()) }
                </RouteLink>
            </p>
            <p class="assignment__note">{ "Nothing you answer is sent anywhere: your answers stay in this browser until you hand in a link yourself. Anyone who sees that link can read the answers in it." }</p>
        </>
    }
}

/// Props for [`CodeForm`].
#[derive(Properties, PartialEq)]
struct CodeFormProps {
    /// Called with the code typed.
    on_code: Callback<String>,
}

/// A field for the short code a handout prints.
#[component]
fn CodeForm(props: &CodeFormProps) -> Html {
    let code = use_state_eq(String::new);
    let on_input = {
        let code = code.clone();
        Callback::from(move |event: InputEvent| {
            code.set(event.target_unchecked_into::<HtmlInputElement>().value());
        })
    };
    let on_submit = {
        let code = code.clone();
        props.on_code.reform(move |event: SubmitEvent| {
            event.prevent_default();
            (*code).clone()
        })
    };
    html! {
        <form class="assignment-start__code" onsubmit={on_submit}>
            <div class="field">
                <label for="assignment-code">{ "Code from your handout" }</label>
                <p id="assignment-code-hint" class="field__hint">{ "Six letters and numbers, then the steps, as printed: k3f7qz-2-6-n." }</p>
                <input id="assignment-code" type="text" autocomplete="off" autocapitalize="none" spellcheck="false" value={(*code).clone()} oninput={on_input} aria-describedby="assignment-code-hint" />
            </div>
            <button type="submit" class="button">{ "Open the assignment" }</button>
        </form>
    }
}
