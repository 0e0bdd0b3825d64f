//! The class's roster: names, one a line, pasted once and kept on this
//! device, so that the class page can say who has not handed in.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// The box's id, which its label names.
const ROSTER_ID: &str = "class-roster";

/// Props for [`ClassRoster`].
#[derive(Properties, PartialEq)]
pub struct ClassRosterProps {
    /// The roster kept on this device.
    pub roster: AttrValue,
    /// Called with the roster as the teacher changes it.
    pub on_roster: Callback<String>,
}

/// A box for the class's names, kept as the teacher types, folded away
/// under how many it holds.
#[component]
pub fn ClassRoster(props: &ClassRosterProps) -> Html {
    let oninput = {
        let on_roster = props.on_roster.clone();
        Callback::from(move |event: InputEvent| {
            let area: HtmlTextAreaElement = event.target_unchecked_into();
            on_roster.emit(area.value());
        })
    };
    let names = props
        .roster
        .lines()
        .filter(|line| !line.trim().is_empty())
        .count();
    html! {
        <details class="class-roster">
            <summary>
                { "Roster " }
                <span class="class-roster__count">
                    { match names {
                        0 => "(optional: say who is missing)".to_owned(),
                        1 => "(1 name)".to_owned(),
                        n => format!("({n} names)"),
                    } }
                </span>
            </summary>
            <label class="class-form__label" for={ROSTER_ID}>{ "Your class's names" }</label>
            <p id="class-roster-hint" class="class-form__hint">
                { "One name a line, as students give them; capitals, accents and extra spaces do not matter. Kept on this device as you type, until you empty the box." }
            </p>
            <textarea id={ROSTER_ID} class="class-form__links" rows="6" spellcheck="false" autocomplete="off" aria-describedby="class-roster-hint" value={props.roster.clone()} {oninput} />
        </details>
    }
}
