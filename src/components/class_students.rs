//! Who handed in: each counted response, a student a row in the order
//! handed in, opening to that student's answers and reasons; the names two
//! students gave alike, flagged for the teacher to check; the earlier
//! hand-ins a later one replaced; responses to another assignment, set
//! apart; and, given a roster, who is missing. Names are the students' own
//! words, shown as text, never markup.

use std::rc::Rc;

use yew::prelude::*;

use crate::hooks::use_content;
use model::class::count::renamed;
use model::class::english::{clock, student};
use model::response::Response;
use model::text::strip_unshowable;
use model::{Argument, ClassTally};

/// Props for [`ClassStudents`].
#[derive(Properties, PartialEq)]
pub struct ClassStudentsProps {
    /// The class's answers, as read.
    pub tally: Rc<ClassTally>,
    /// The roster kept on this device, one name a line.
    pub roster: AttrValue,
    /// The teacher's clock, in minutes east of UTC.
    pub offset: i32,
}

/// A student's name as shown: their own words, isolated from the text
/// around them.
fn name(response: &Response) -> Html {
    html! { <bdi>{ strip_unshowable(&student(response.name.as_deref())) }</bdi> }
}

/// One student's answers and reasons: both estimates, each step shown with
/// its judgement, weight and reason, and the reason for their view.
fn answers(response: &Response, tally: &ClassTally, argument: &Argument) -> Html {
    let answers = &response.answers;
    let estimate =
        |estimate: Option<model::Point>| estimate.map_or("No answer", |estimate| estimate.label());
    let before = if answers.is_before_late() {
        format!(
            "{} (given after starting to read)",
            estimate(answers.before)
        )
    } else {
        estimate(answers.before).to_owned()
    };
    html! {
        <dl class="class-student__answers">
            <dt>{ "Before reading" }</dt>
            <dd>{ before }</dd>
            { for argument.indexed().filter(|(index, step)| step.kind.is_judged() && tally.shows(*index, &step.id)).map(|(index, step)| {
                let judgement = answers.judgement(&step.id);
                html! {
                    <>
                        <dt>{ argument.label(index) }</dt>
                        <dd>
                            { judgement.in_words().unwrap_or_else(|| "No answer".to_owned()) }
                            if let Some(reason) = answers.reason(&step.id) {
                                <span class="class-student__reason">{ "Why: " }<bdi>{ strip_unshowable(reason) }</bdi></span>
                            }
                        </dd>
                    </>
                }
            }) }
            <dt>{ "After reading" }</dt>
            <dd>
                { estimate(answers.after) }
                if let Some(reason) = answers.view_reason() {
                    <span class="class-student__reason">{ "Why: " }<bdi>{ strip_unshowable(reason) }</bdi></span>
                }
            </dd>
        </dl>
    }
}

/// Who handed in, and who did not.
#[component]
pub fn ClassStudents(props: &ClassStudentsProps) -> Html {
    let content = use_content();
    let argument = &content.argument;
    let tally = &props.tally;
    let offset = props.offset;
    let flagged = tally.flagged();
    let missing = tally.missing(&props.roster);
    let has_roster = !props.roster.trim().is_empty();
    html! {
        <section aria-labelledby="class-names-title" class="class-section">
            <h2 id="class-names-title">{ "Who handed in" }</h2>
            if has_roster {
                <p class="class-missing">
                    if missing.is_empty() {
                        { "Everyone on the roster handed in." }
                    } else {
                        <strong>{ "Missing: " }</strong>
                        { for missing.iter().enumerate().map(|(at, name)| html! {
                            <>
                                if at > 0 { { ", " } }
                                <bdi>{ strip_unshowable(name) }</bdi>
                            </>
                        }) }
                    }
                </p>
            }
            <p>{ "Each student's latest hand-in, in the order handed in. Open a name to see that student's answers and reasons." }</p>
            <ul class="class-students">
                { for tally.responses.iter().map(|response| {
                    let check = tally.is_flagged(response);
                    html! {
                        <li>
                            <details class="class-student">
                                <summary>
                                    { name(response) }
                                    <span class="class-student__time">{ format!(" handed in {}", clock(response.handed_in, offset)) }</span>
                                    if check {
                                        <span class="class-student__flag">{ " Same name as another: check" }</span>
                                    }
                                </summary>
                                { answers(response, tally, argument) }
                            </details>
                        </li>
                    }
                }) }
            </ul>
            if !flagged.is_empty() {
                <h3>{ "Names to check" }</h3>
                <p>{ "Two or more responses gave each of these names from different starts: two students with one name, or one student who started again on another device. Both are counted; ask them." }</p>
                <ul class="class-flagged">
                    { for flagged.iter().map(|group| html! {
                        <li>
                            { name(group[0]) }
                            { format!(": {} responses, handed in {}", group.len(), group.iter().map(|r| clock(r.handed_in, offset)).collect::<Vec<_>>().join(", ")) }
                        </li>
                    }) }
                </ul>
            }
            if !tally.replaced.is_empty() {
                <h3>{ "Replaced by a later hand-in" }</h3>
                <p>{ "A student who handed in again counts once, with their latest answers. Their earlier hand-ins are not counted." }</p>
                <ul class="class-replaced">
                    { for tally.replaced.iter().map(|response| html! {
                        <li>
                            { name(response) }
                            { format!(", handed in {}", clock(response.handed_in, offset)) }
                            if let Some(later) = tally.replacement(response) {
                                { format!(", replaced by the one handed in {}", clock(later.handed_in, offset)) }
                                if renamed(response, later) {
                                    <strong class="class-replaced__renamed">
                                        { " under another name, " }{ name(later) }
                                        { ": one student who changed their name, or another who went on with their answers on a shared device. Check with both." }
                                    </strong>
                                }
                            }
                        </li>
                    }) }
                </ul>
            }
            if !tally.elsewhere.is_empty() {
                <h3>{ "Responses to another assignment" }</h3>
                <p>{ "Set apart and not counted: they answer an assignment other than the one this page counts." }</p>
                <ul class="class-elsewhere">
                    { for tally.elsewhere.iter().map(|response| html! {
                        <li>
                            { name(response) }
                            { format!(", assignment {}, handed in {}", response.assignment, clock(response.handed_in, offset)) }
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}
