//! The class's answers summed up, once read: what was read and what could
//! not be, who handed in (the names given, as text), the estimates before
//! and after reading beside where we place the essay's answer, how they
//! changed, each step's answers (the steps pointing one way apart from those
//! pointing the other), where answers and estimates pull apart, our
//! suggestions for discussion, and the responses as a spreadsheet's file or
//! on paper.

use std::rc::Rc;
use std::time::Duration;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::js_sys::{Array, Date};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};
use yew::prelude::*;

use crate::components::class_estimates::ClassEstimates;
use crate::components::class_reasons::ClassReasons;
use crate::components::class_steps::ClassSteps;
use crate::components::class_students::ClassStudents;
use crate::hooks::use_content;
use model::site::Site;
use model::text::strip_unshowable;
use model::{ClassTally, MAX_LINKS, Point};

/// The name the class's answers are downloaded under.
const CSV_FILE: &str = "class-answers.csv";

/// How long a download's address is kept before it is let go: time enough
/// for any browser to have begun the download, since some do not while the
/// click is still being handled (FileSaver.js waits as long).
const KEEP_DOWNLOAD_ADDRESS: Duration = Duration::from_secs(40);

/// Props for [`ClassResults`].
#[derive(Properties, PartialEq)]
pub struct ClassResultsProps {
    /// The class's answers, as read.
    pub tally: Rc<ClassTally>,
    /// The roster kept on this device, one name a line.
    pub roster: AttrValue,
}

/// Saves text as a CSV file, through a link to it that is clicked once and
/// let go. A byte order mark goes first, so that Excel reads it as UTF-8.
fn download_csv(csv: &str) -> Result<(), JsValue> {
    let parts = Array::of1(&JsValue::from_str(&format!("\u{FEFF}{csv}")));
    let options = BlobPropertyBag::new();
    options.set_type("text/csv;charset=utf-8");
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let address = Url::create_object_url_with_blob(&blob)?;
    let link: HtmlAnchorElement = gloo::utils::document()
        .create_element("a")?
        .dyn_into()
        .map_err(JsValue::from)?;
    link.set_href(&address);
    link.set_download(CSV_FILE);
    // Some browsers follow only a link that is in the document.
    gloo::utils::body().append_child(&link)?;
    link.click();
    link.remove();
    yew::platform::spawn_local(async move {
        yew::platform::time::sleep(KEEP_DOWNLOAD_ADDRESS).await;
        let _ = Url::revoke_object_url(&address);
    });
    Ok(())
}

/// One figure in a list of them: what is counted, then the count.
fn figure(what: String, count: impl std::fmt::Display) -> Html {
    html! { <li>{ what }{ ": " }<strong>{ count.to_string() }</strong></li> }
}

/// A figure shown only where something was counted.
fn figure_if_any(what: String, count: usize) -> Html {
    if count == 0 {
        Html::default()
    } else {
        figure(what, count)
    }
}

/// The teacher's clock, in minutes east of UTC, as this browser knows it.
fn clock_offset() -> i32 {
    // Less than a day either way, so it fits.
    -(Date::new_0().get_timezone_offset() as i32)
}

/// The class's answers, summed up.
#[component]
pub fn ClassResults(props: &ClassResultsProps) -> Html {
    let content = use_content();
    let argument = &content.argument;
    let tally = &props.tally;
    let failed = use_state(|| false);
    let download = {
        let tally = tally.clone();
        let failed = failed.clone();
        Callback::from(move |_: MouseEvent| {
            failed.set(download_csv(&tally.to_csv(&content.argument, clock_offset())).is_err());
        })
    };
    let print = Callback::from(|_: MouseEvent| {
        let _ = gloo::utils::window().print();
    });
    let read = html! {
        <section aria-labelledby="class-read-title" class="class-section">
            <h2 id="class-read-title">{ "What was read" }</h2>
            <ul class="class-figures">
                { figure("Responses counted".to_owned(), tally.responses.len()) }
                { figure_if_any("Earlier hand-ins, replaced by a later one".to_owned(), tally.replaced.len()) }
                { figure_if_any("Responses to another assignment, set apart".to_owned(), tally.elsewhere.len()) }
                { figure_if_any("Repeated links, counted once".to_owned(), tally.repeated) }
                { figure_if_any("Links that are not this explainer's, passed over".to_owned(), tally.foreign) }
                { figure_if_any(format!("Links after the first {MAX_LINKS}, left out"), tally.left_out) }
                { figure("Links that could not be read".to_owned(), tally.refused.len()) }
            </ul>
        </section>
    };
    let refused = if tally.refused.is_empty() {
        Html::default()
    } else {
        html! {
            <section aria-labelledby="class-refused-title" class="class-section">
                <h2 id="class-refused-title">{ "Links that could not be read" }</h2>
                <p>{ "Each with the line it stands on, the beginning of that line, and why. The other links were read." }</p>
                <ul class="class-refusals">
                    { for tally.refused.iter().map(|refusal| html! {
                        <li>
                            { format!("Line {}: ", refusal.line) }
                            <bdi class="class-refusals__excerpt">{ refusal.excerpt.clone() }</bdi>
                            { " — " }
                            { strip_unshowable(&refusal.why.to_string()) }
                        </li>
                    }) }
                </ul>
            </section>
        }
    };
    if tally.responses.is_empty() {
        return html! {
            <div class="class-results">
                { read }
                { refused }
                <p>{ "No responses were read, so there is nothing to sum up." }</p>
            </div>
        };
    }
    let shifts = tally.shifts();
    let tensions = tally.tensions(argument);
    let discussion = tally.starters(argument);
    let site = Site::embedded();
    html! {
        <div class="class-results">
            { read }
            { refused }
            <ClassStudents tally={tally.clone()} roster={props.roster.clone()} offset={clock_offset()} />
            <ClassEstimates tally={tally.clone()} />
            <section aria-labelledby="class-shifts-title" class="class-section">
                <h2 id="class-shifts-title">{ "How the estimates changed" }</h2>
                <ul class="class-figures">
                    { figure(format!("Thought {} {} after reading than before", site.outcome, site.scale.more), shifts.higher) }
                    { figure(format!("Thought it {} after reading than before", site.scale.less), shifts.lower) }
                    { figure("Gave the same estimate both times".to_owned(), shifts.unchanged) }
                    { figure("Did not give both estimates".to_owned(), shifts.incomplete) }
                </ul>
            </section>
            <ClassSteps tally={tally.clone()} />
            <ClassReasons tally={tally.clone()} />
            <section aria-labelledby="class-tensions-title" class="class-section">
                <h2 id="class-tensions-title">{ "Where answers and estimates pull apart" }</h2>
                <p>{ format!("Counted as each student's verdict page finds it: their answers lean one way, step for step (each side's steps averaged on their own, and compared), yet their estimate after reading falls on the other side of {}. Answers that are all not sure, or on one side only, lean neither way.", Point::Middle.label().to_lowercase()) }</p>
                <ul class="class-figures">
                    { figure(format!("Answers lean toward {}, yet after reading thought it {}", site.outcome, site.scale.below_middle), tensions.toward_yet_low) }
                    { figure(format!("Answers lean against {}, yet after reading thought it {}", site.outcome, site.scale.above_middle), tensions.against_yet_high) }
                </ul>
            </section>
            <section aria-labelledby="class-discussion-title" class="class-section">
                <h2 id="class-discussion-title">
                    { "For discussion " }
                    <span class="source source--ours">{ "Our suggestions" }</span>
                </h2>
                if discussion.is_empty() {
                    <p>{ "These answers neither split on a step nor pull apart enough for us to suggest anything." }</p>
                } else {
                    <p>{ "Drawn from the class's answers by this explainer; they answer nothing for the class." }</p>
                    <ul class="class-discussion">
                        { for discussion.into_iter().map(|point| html! { <li>{ point }</li> }) }
                    </ul>
                }
            </section>
            <section aria-labelledby="class-keep-title" class="class-section class-tools">
                <h2 id="class-keep-title">{ "Keep the answers" }</h2>
                <p>{ format!("The CSV file has a row for each counted response, in the order handed in: the name given, if any, when it was handed in, both estimates as numbers 1 to 5 and in words, each step's judgement, weight and reason, and the reason for the view after reading. Your browser saves it as {CSV_FILE}; nothing is sent anywhere.") }</p>
                <p class="class-tools__buttons">
                    <button type="button" class="button" onclick={download}>{ "Download CSV" }</button>
                    <button type="button" class="button" onclick={print}>{ "Print the results" }</button>
                </p>
                <p class="class-tools__status" role="status">
                    if *failed {
                        { "This browser could not make the file." }
                    }
                </p>
            </section>
        </div>
    }
}
