//! The field for a student's name or initials, on the assignment's first
//! screen and on the hand-in page: what it shows, what is wrong with what
//! was typed, and the name kept with the student's start once it reads as
//! one.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::hooks::use_following;
use model::{FollowAction, Start, name, page_id};

/// A student's name as its field edits it, on the assignment's first screen
/// and on the hand-in page.
pub struct NameField {
    /// What the field shows: what the student typed here, or else the name
    /// kept with their start.
    pub text: String,
    /// What is wrong with the name, once the student has typed: a name not
    /// yet typed is not yet wrong.
    pub error: Option<String>,
    /// Takes what is typed, and keeps it with the start once it reads as a
    /// name ([`name::check_name`]).
    pub on_input: Callback<InputEvent>,
}

/// The name field of a student's start.
#[hook]
pub fn use_name_field(start: &Start) -> NameField {
    let following = use_following();
    let typed = use_state_eq(|| None::<String>);
    let on_input = {
        let typed = typed.clone();
        Callback::from(move |event: InputEvent| {
            let text = event.target_unchecked_into::<HtmlInputElement>().value();
            let name = name::check_name(&text).ok();
            following.dispatch(FollowAction::Name(name));
            typed.set(Some(text));
        })
    };
    let text = (*typed)
        .clone()
        .or_else(|| start.name.clone())
        .unwrap_or_default();
    let error = match (&*typed, name::check_name(&text)) {
        (Some(_), Err(name::NameError::Empty)) => Some("Give your name or initials.".to_owned()),
        (Some(_), Err(error)) => Some(format!("Check your name: {error}.")),
        _ => None,
    };
    NameField {
        text,
        error,
        on_input,
    }
}

/// The field for a student's name or initials, with its hint and, once
/// typed, what is wrong with it; `id` names the field, and its hint and
/// error by suffix.
pub fn name_field(id: &'static str, hint: String, name: NameField) -> Html {
    let (hint_id, error_id) = (page_id::hint(id), page_id::error(id));
    html! {
        <div class="field">
            <label for={id}>{ "Your name or initials" }</label>
            <p id={hint_id.clone()} class="field__hint">{ hint }</p>
            <input {id} type="text" autocomplete="name" value={name.text} oninput={name.on_input} aria-invalid={name.error.is_some().then_some("true")} aria-describedby={format!("{hint_id} {error_id}")} />
            <p id={error_id} class="field__error" role="status">{ name.error.unwrap_or_default() }</p>
        </div>
    }
}
