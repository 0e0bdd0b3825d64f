//! The teacher's page: choose the steps a class reads, and get a link, a QR
//! code and a handout to print. Nothing leaves the browser: the assignment
//! travels whole in its link's fragment, and the class's answers come back
//! as links of their own.
//!
//! The first render, on the server as in the browser, assigns every step
//! with no prompt and no name; the link's origin, which only the browser
//! knows, and the QR codes drawn from it follow once the app has taken
//! over.

use web_sys::{Element, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::components::choice_group::Scale;
use crate::components::estimate_choice::{after_legend, before_legend};
use crate::components::link_field::LinkField;
use crate::components::qr_code::QrCode;
use crate::components::route_link::RouteLink;
use crate::components::step_judgement::asks;
use crate::hooks::kept::{keep, kept};
use crate::hooks::{use_content, use_mounted, use_origin, use_page_heading};
use crate::route::{Route, site_name};
use crate::router::use_navigator;
use model::site::capitalised;
use model::{
    Argument, Assignment, AssignmentId, AssignmentProblem, Content, Conviction, MAX_PROMPT_CHARS,
    MAX_REASON_CHARS, MAX_VIEW_REASON_CHARS, Point, SectionKind, StepIndex, Weight,
};

/// The ruled lines under each step of the handout, and under the estimate
/// after reading, for a student's answer.
const RULED_LINES: usize = 4;

/// The id of the message saying why no assignment can be made.
const ERROR_ID: &str = "assignment-error";

/// The name of the text the teacher's assignment is kept as, its link's
/// fragment, until they start a new one (see [`kept`]).
const TEACH_KEY: &str = "teach-assignment";

/// Shows two steps in the choices of the first and last step, which are
/// the browser's own once the teacher has changed them.
fn show_steps(content: &Content, selects: [(&NodeRef, StepIndex); 2]) {
    for (select, step) in selects {
        if let Some(select) = select.cast::<HtmlSelectElement>() {
            select.set_value(&content.argument[step].id);
        }
    }
}

/// The last step of the argument.
fn last_step(argument: &Argument) -> StepIndex {
    argument
        .indexed()
        .map(|(index, _)| index)
        .last()
        .unwrap_or(argument.first())
}

/// A new assignment's id, from random bits: every assignment a teacher
/// makes has its own, so that the class page never counts one's answers
/// with another's.
fn mint() -> AssignmentId {
    let bits = web_sys::js_sys::Math::random() * f64::from(u32::MAX);
    AssignmentId::from_bits(bits as u32)
}

/// An address as a person types it: a browser adds `https://` itself.
fn typed(address: &str) -> &str {
    address.strip_prefix("https://").unwrap_or(address)
}

/// What to do about an assignment that cannot be made, said after the
/// reason.
fn remedy(error: &AssignmentProblem) -> &'static str {
    match error {
        AssignmentProblem::Backwards => "Choose a last step at or after the first.",
        AssignmentProblem::PromptTooLong => "Shorten the prompt.",
        AssignmentProblem::PromptUnshowable => "Type the prompt again rather than pasting it.",
        AssignmentProblem::Incomplete => "",
    }
}

/// A choice of one step, listed as `Step n: title`, that reports the step
/// chosen.
fn step_select(
    content: &'static Content,
    (id, label): (&'static str, &'static str),
    select: NodeRef,
    chosen: StepIndex,
    invalid: bool,
    on_choose: Callback<StepIndex>,
) -> Html {
    let onchange = {
        Callback::from(move |event: Event| {
            let id = event.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(index) = content.argument.index_of(&id) {
                on_choose.emit(index);
            }
        })
    };
    html! {
        <p class="field">
            <label for={id}>{ label }</label>
            <select {id} ref={select} {onchange} aria-invalid={invalid.then_some("true")} aria-describedby={invalid.then_some(ERROR_ID)}>
                { for content.argument.indexed().map(|(index, step)| html! {
                    <option value={step.id.to_string()} selected={index == chosen}>
                        { content.argument.label(index) }
                    </option>
                }) }
            </select>
        </p>
    }
}

/// Props for [`BoardQr`].
#[derive(Properties, PartialEq)]
struct BoardQrProps {
    /// The QR code, once it can be drawn; nothing before.
    children: Html,
}

/// The assignment link's QR code for the board: as wide as the column
/// allows, with a button that shows it full screen. The button shows only
/// beside a drawn code (teach.css), and not at all where the browser lets
/// no page show an element full screen (an iPhone's Safari). That is known
/// only in the browser: until the app has taken over, the button is
/// assumed, so that the first render is the page prerendered.
#[component]
fn BoardQr(props: &BoardQrProps) -> Html {
    let code = use_node_ref();
    let enabled = use_state_eq(|| true);
    {
        let enabled = enabled.clone();
        use_effect_with((), move |()| {
            enabled.set(gloo::utils::document().fullscreen_enabled());
        });
    }
    let show = {
        let code = code.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(code) = code.cast::<Element>() {
                let _ = code.request_fullscreen();
            }
        })
    };
    // Escape leaves full screen, as the browser has it; a tap on the code
    // does too, for a tablet with no keyboard.
    let close = Callback::from(|_: MouseEvent| {
        let document = gloo::utils::document();
        if document.fullscreen_element().is_some() {
            document.exit_fullscreen();
        }
    });
    html! {
        <div class="qr-board">
            <div class="qr-board__code" ref={code} onclick={close}>{ props.children.clone() }</div>
            <p class="qr-board__show" hidden={!*enabled}>
                <button type="button" class="button" onclick={show}>{ "Show the QR code full screen" }</button>
            </p>
        </div>
    }
}

/// A choice on paper: its legend, and a box to tick by each of its options.
fn boxes<T: Scale>(legend: &str) -> Html {
    html! {
        <div class="handout__choice">
            <p class="handout__legend">{ legend.to_owned() }</p>
            <ul class="handout__boxes">
                { for T::OPTIONS.iter().map(|option| html! {
                    <li><span class="handout__box" aria-hidden="true"></span>{ option.label() }</li>
                }) }
            </ul>
        </div>
    }
}

/// Ruled lines to write on.
fn ruled_lines(lines: usize) -> Html {
    html! {
        <div class="handout__lines" aria-hidden="true">
            { for (0..lines).map(|_| html! { <span class="handout__line"></span> }) }
        </div>
    }
}

/// The handout: what a class gets on paper, and all that prints of this
/// page: boxes for each estimate and each judgement the steps ask, beside
/// ruled lines to write on. `address` is the assignment's address as a
/// person types it, short; `qr` the full link's QR code, once it can be
/// drawn.
fn handout(content: &Content, assignment: &Assignment, address: &str, qr: Html) -> Html {
    let argument = &content.argument;
    let print = Callback::from(|_: MouseEvent| {
        let _ = gloo::utils::window().print();
    });
    let steps = assignment.steps().map(|index| {
        let step = &argument[index];
        let judgement = argument.direction(step.kind).map(|direction| {
            let (conviction, weight) = asks(step.kind, direction);
            html! {
                <div class="handout__judgement">
                    { boxes::<Conviction>(&capitalised(&conviction)) }
                    { boxes::<Weight>(&capitalised(&weight)) }
                </div>
            }
        });
        html! {
            <div class="handout__step">
                <div class="handout__head">
                    <h3>{ argument.label(index) }</h3>
                    <p><span class="label">{ "The explainer's summary: " }</span>{ step.claim }</p>
                </div>
                <p class="label">{ format!("{} (the explainer's, not the essay's):", SectionKind::Probes.heading()) }</p>
                <ul class="handout__probes">
                    { for step.probes.iter().map(|probe| html! { <li>{ *probe }</li> }) }
                </ul>
                <div class="handout__answer">
                    <div class="handout__write">
                        if judgement.is_some() {
                            <p class="handout__legend">{ "Your own reason, in a sentence or two:" }</p>
                        }
                        { ruled_lines(RULED_LINES) }
                    </div>
                    { for judgement }
                </div>
            </div>
        }
    });
    html! {
        <section class="handout" aria-labelledby="handout-title">
            <div class="handout__intro">
                <h2 id="handout-title">{ "The handout" }</h2>
                <p>{ "A page to print for your class: the assignment's address and its QR code, your prompt, a box to tick for each estimate and judgement, and each assigned step with the explainer's summary and questions, with room to write." }</p>
                <p><button type="button" class="button" onclick={print}>{ "Print the handout" }</button></p>
            </div>
            <div class="handout__sheet">
                <p class="handout__name">
                    { "Name: " }<span class="handout__blank"></span>
                    { " Date: " }<span class="handout__blank handout__blank--short"></span>
                </p>
                <p class="handout__site">{ site_name() }</p>
                <p class="handout__assigned">{ assignment.label() }</p>
                <div class="handout__link">
                    { qr }
                    <p>
                        { "Open the assignment: scan the QR code, or type this address:" }
                        <span class="handout__address">{ address.to_owned() }</span>
                    </p>
                </div>
                if let Some(prompt) = &assignment.prompt {
                    <p class="handout__prompt">
                        <span class="label">{ "Your teacher's words: " }</span>
                        <span class="prompt-words">{ prompt.clone() }</span>
                    </p>
                }
                <p>
                    { "On the last assigned step, hand in your answers: you get a response link to paste where your class works. Anyone who sees that link can read your answers." }
                    if assignment.asks_name {
                        { " Give your name or initials with it: they go in the link too." }
                    }
                </p>
                <div class="handout__estimate">
                    <h3>{ "Before you read" }</h3>
                    { boxes::<Point>(before_legend()) }
                </div>
                { for steps }
                <div class="handout__estimate">
                    <h3>{ "After reading" }</h3>
                    { boxes::<Point>(after_legend()) }
                    <p class="handout__legend">{ "Your own reason for your view, in a sentence or two:" }</p>
                    { ruled_lines(RULED_LINES) }
                </div>
            </div>
        </section>
    }
}

/// The teacher's page: a form for the assignment, its link and QR code, and
/// its handout.
#[component]
pub fn TeachPage() -> Html {
    let content = use_content();
    let navigator = use_navigator();
    let title = Route::Teach.title(content);
    let heading = use_page_heading(title.clone());
    let mounted = use_mounted();
    let origin = use_origin();
    let argument = &content.argument;
    let first = use_state_eq(|| argument.first());
    let last = use_state_eq(|| last_step(argument));
    let prompt = use_state_eq(String::new);
    let asks_name = use_state_eq(|| false);
    // The first render matches the prerendered page; the assignment's own
    // id, minted from random bits, comes once the browser runs the page. It
    // stays while the teacher edits the assignment, and is kept on this
    // device with the rest of it, so that a reload or a visit to the class
    // page and back finds the assignment whose links the class already has;
    // a new assignment gets another id.
    let id = use_state_eq(|| AssignmentId::from_bits(0));
    let loaded = use_state_eq(|| false);
    let first_select = use_node_ref();
    let last_select = use_node_ref();
    {
        let (id, loaded, first, last) = (id.clone(), loaded.clone(), first.clone(), last.clone());
        let (prompt, asks_name) = (prompt.clone(), asks_name.clone());
        let (first_select, last_select) = (first_select.clone(), last_select.clone());
        use_effect_with((), move |()| {
            let kept_assignment = kept(TEACH_KEY)
                .and_then(|text| Assignment::from_fragment(&text, &content.argument).ok());
            match kept_assignment {
                Some(assignment) => {
                    id.set(assignment.id);
                    first.set(assignment.first);
                    last.set(assignment.last);
                    prompt.set(assignment.prompt.unwrap_or_default());
                    asks_name.set(assignment.asks_name);
                    show_steps(
                        content,
                        [
                            (&first_select, assignment.first),
                            (&last_select, assignment.last),
                        ],
                    );
                }
                None => id.set(mint()),
            }
            loaded.set(true);
        });
    }
    let assignment = Assignment::new(*id, *first, *last, &prompt, *asks_name);
    {
        // Only once the kept assignment is read, or the placeholder id of
        // the first render would take its place.
        let fragment = assignment
            .as_ref()
            .ok()
            .filter(|_| *loaded)
            .map(|assignment| assignment.to_fragment(argument));
        use_effect_with(fragment, |fragment| {
            if let Some(fragment) = fragment {
                keep(TEACH_KEY, fragment);
            }
        });
    }
    // A new assignment starts from the form as the page first shows it.
    // The choices of a step are the browser's own once the teacher has
    // changed them, so they are set back in the page; focus goes to the
    // first, where the new assignment is made.
    let new_assignment = {
        let (id, first, last) = (id.clone(), first.clone(), last.clone());
        let (prompt, asks_name) = (prompt.clone(), asks_name.clone());
        let (first_select, last_select) = (first_select.clone(), last_select.clone());
        let (start, end) = (argument.first(), last_step(argument));
        Callback::from(move |_: MouseEvent| {
            id.set(mint());
            first.set(start);
            last.set(end);
            prompt.set(String::new());
            asks_name.set(false);
            show_steps(content, [(&first_select, start), (&last_select, end)]);
            if let Some(select) = first_select.cast::<HtmlSelectElement>() {
                let _ = select.focus();
            }
        })
    };

    let on_prompt = {
        let prompt = prompt.clone();
        Callback::from(move |event: InputEvent| {
            prompt.set(event.target_unchecked_into::<HtmlTextAreaElement>().value());
        })
    };
    let on_name = {
        let asks_name = asks_name.clone();
        Callback::from(move |event: Event| {
            asks_name.set(event.target_unchecked_into::<HtmlInputElement>().checked());
        })
    };
    let error = assignment.as_ref().err();
    let backwards = error == Some(&AssignmentProblem::Backwards);
    let bad_prompt = matches!(
        error,
        Some(AssignmentProblem::PromptTooLong | AssignmentProblem::PromptUnshowable)
    );
    let prompt_length = prompt.trim().chars().count();
    let prompt_described = if bad_prompt {
        format!("prompt-hint prompt-count {ERROR_ID}")
    } else {
        "prompt-hint prompt-count".to_owned()
    };

    let output = match &assignment {
        Ok(assignment) => {
            // The assignment's first page, which asks each student's estimate
            // before they read; the class page, told which steps are
            // assigned; and the address a person types from the handout.
            let fragment = assignment.to_fragment(argument);
            let url = AttrValue::from(format!(
                "{origin}{}",
                navigator.href(&Route::Assignment, Some(&fragment))
            ));
            let short = format!(
                "{origin}{}",
                navigator.href(&Route::Assignment, Some(&assignment.short_code()))
            );
            // A QR code of an address without its origin would lead nowhere.
            let qr = |label: &'static str| {
                if mounted {
                    html! { <QrCode text={url.clone()} {label} /> }
                } else {
                    Html::default()
                }
            };
            html! {
                <>
                    <section class="teach__output" aria-labelledby="link-title">
                        <h2 id="link-title">{ "The assignment link" }</h2>
                        <p>{ format!("Give your class this link, or show its QR code. It opens the assignment's first page, which asks each student's estimate before they read, and then step {}; each student's browser keeps the assignment while they read. A prompt travels in the link too, so anyone who has the link can read it.", assignment.first.number()) }</p>
                        <LinkField id="assignment-link" label="Assignment link" url={url.clone()} />
                        <p class="teach__typed">
                            { "Or have them type this shorter address, which the handout prints too (without your prompt): " }
                            <strong id="assignment-typed" class="teach__address">{ typed(&short).to_owned() }</strong>
                        </p>
                        <BoardQr>{ qr("QR code of the assignment link") }</BoardQr>
                        <p>{ "Students hand in their answers as response links of their own, with a QR code, which you paste or scan on the class page. Opened from here, it knows which steps you assigned." }</p>
                        <p>{ format!("On screen, each student writes a reason of one sentence for each step they judge (up to {MAX_REASON_CHARS} characters) and one for their view after reading (up to {MAX_VIEW_REASON_CHARS}), so that all their answers fit one QR code. The handout leaves more room on paper.") }</p>
                        <p>
                            <RouteLink to={Route::Class} fragment={AttrValue::from(fragment)} classes={classes!("button")}>{ "Read your class's answers" }</RouteLink>
                        </p>
                        <p class="teach__new">
                            <button type="button" class="button" onclick={new_assignment} aria-describedby="new-hint">{ "New assignment" }</button>
                        </p>
                        <p id="new-hint" class="field__hint">{ "This assignment is kept on this device until you start another, so its links, handout and class page stay the same when you come back. A new assignment, for another lesson or class, starts afresh with an id of its own, so that its answers are never counted with this one's. This assignment's links keep working." }</p>
                    </section>
                    { handout(content, assignment, typed(&short), qr("QR code of the assignment link, on the handout")) }
                </>
            }
        }
        Err(_) => html! {
            <section class="teach__output" aria-labelledby="link-title">
                <h2 id="link-title">{ "The assignment link" }</h2>
                <p>{ "There is no link until the choices above make an assignment." }</p>
            </section>
        },
    };

    html! {
        <div class="teach">
            <h1 tabindex="-1" ref={heading}>{ title }</h1>
            <p>{ "This page sets a class some steps of the essay's argument to read and judge. There are no accounts, and nothing you choose here is sent anywhere: the assignment travels in its link, and the site's host never sees it." }</p>
            <p>{ "Each student's answers stay in their own browser until they hand them in as a response link, which they paste wherever your class already works (a chat, a forum, a shared document). Anyone who sees a response link can read the answers in it, so choose a place only your class can see. You paste those links on the class page to read them together." }</p>
            <section class="teach__form" aria-labelledby="form-title">
                <h2 id="form-title">{ "Make an assignment" }</h2>
                <p>{ "The link below updates as you choose: there is nothing to submit." }</p>
                <fieldset class="teach__steps" aria-describedby="steps-hint">
                    <legend>{ "Steps to assign" }</legend>
                    { step_select(content, ("assignment-first", "First step"), first_select, *first, false, {
                        let first = first.clone();
                        Callback::from(move |index| first.set(index))
                    }) }
                    { step_select(content, ("assignment-last", "Last step"), last_select, *last, backwards, {
                        let last = last.clone();
                        Callback::from(move |index| last.set(index))
                    }) }
                    <p id="steps-hint" class="field__hint">{ "The link opens a page that asks each student's estimate before reading, then the first step you choose." }</p>
                </fieldset>
                <div class="field">
                    <label for="assignment-prompt">{ "Prompt for your class (optional)" }</label>
                    <p id="prompt-hint" class="field__hint">{ "Your own words, shown to each student above the steps and on the handout, as yours." }</p>
                    <textarea id="assignment-prompt" rows="4" value={(*prompt).clone()} oninput={on_prompt} aria-invalid={bad_prompt.then_some("true")} aria-describedby={prompt_described} />
                    <p id="prompt-count" class="field__hint">{ format!("{prompt_length} of {MAX_PROMPT_CHARS} characters") }</p>
                </div>
                <p class="field field--check">
                    <input id="assignment-name" type="checkbox" checked={*asks_name} onchange={on_name} aria-describedby="name-hint" />
                    <label for="assignment-name">{ "Ask each student for a name or initials" }</label>
                </p>
                <p id="name-hint" class="field__hint">{ "It then goes in the link each student hands in, so that you can tell the links apart, and anyone who sees the link sees it. Initials may be enough." }</p>
                <p id={ERROR_ID} class="field__error" role="status">
                    if let Some(error) = error {
                        { format!("No link can be made: {error}. {}", remedy(error)).trim_end().to_owned() }
                    }
                </p>
            </section>
            { output }
        </div>
    }
}
