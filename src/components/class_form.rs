//! Where a teacher gives the class's response links: pasted into a box, or
//! opened from a text file, and read only when they ask. The box shows the
//! paste kept on this device, which the teacher can clear.

use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::hooks::use_mounted;

/// The largest file opened, in megabytes: a share link is a few hundred
/// bytes, so a class's links, even inside a long chat export, come to far
/// less.
const MAX_FILE_MB: u32 = 2;

/// [`MAX_FILE_MB`] in bytes, as a file's size is given.
const MAX_FILE_BYTES: u32 = MAX_FILE_MB * 1024 * 1024;

/// The box's id, which its label names.
const LINKS_ID: &str = "class-links";

/// The file input's id, which its label names.
const FILE_ID: &str = "class-file";

/// Props for [`ClassForm`].
#[derive(Properties, PartialEq)]
pub struct ClassFormProps {
    /// The paste kept on this device, shown in the box.
    pub paste: AttrValue,
    /// Called with the text to read: the box's, when the teacher asks, or a
    /// file's once it has been opened (it is then put in the box too).
    pub on_read: Callback<String>,
    /// Called when the teacher clears the kept paste.
    pub on_clear: Callback<()>,
    /// Called with why a file was not opened.
    pub on_file_refused: Callback<AttrValue>,
}

/// The box for the class's response links, a way to open them from a file,
/// and the button that reads them.
#[component]
pub fn ClassForm(props: &ClassFormProps) -> Html {
    let links = use_node_ref();
    // The buttons do nothing before the app has taken over the page, so they
    // are shown disabled until then; the box takes a paste at any time.
    let mounted = use_mounted();
    let read = {
        let links = links.clone();
        let on_read = props.on_read.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(area) = links.cast::<HtmlTextAreaElement>() {
                on_read.emit(area.value());
            }
        })
    };
    let open = {
        let links = links.clone();
        let on_read = props.on_read.clone();
        let on_file_refused = props.on_file_refused.clone();
        Callback::from(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            if file.size() > f64::from(MAX_FILE_BYTES) {
                on_file_refused.emit(AttrValue::from(format!(
                    "That file is larger than {MAX_FILE_MB} MB, far more than a class's links, so it was not opened."
                )));
                return;
            }
            let text = file.text();
            let links = links.clone();
            let on_read = on_read.clone();
            let on_file_refused = on_file_refused.clone();
            yew::platform::spawn_local(async move {
                match JsFuture::from(text)
                    .await
                    .ok()
                    .and_then(|text| text.as_string())
                {
                    Some(text) => {
                        // The box shows what was read, so the teacher can
                        // see it, change it and read it again.
                        if let Some(area) = links.cast::<HtmlTextAreaElement>() {
                            area.set_value(&text);
                        }
                        on_read.emit(text);
                    }
                    None => on_file_refused.emit(AttrValue::from(
                        "That file could not be opened as text, so nothing was read from it.",
                    )),
                }
            });
        })
    };
    let clear = {
        let links = links.clone();
        let on_clear = props.on_clear.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(area) = links.cast::<HtmlTextAreaElement>() {
                area.set_value("");
            }
            on_clear.emit(());
        })
    };
    html! {
        <div class="class-form">
            <label class="class-form__label" for={LINKS_ID}>{ "Response links" }</label>
            <p id="class-links-hint" class="class-form__hint">
                { "One per line, or a whole chat export: words that are not links are passed over, and so are links that are not this explainer's (a video, a news story). A link of this explainer's that is not a whole response (cut or changed on its way, an assignment link, an older shared verdict) is listed below with why." }
            </p>
            <p id="class-links-kept" class="class-form__hint class-form__kept">
                { "The last paste you read is kept on this device, in this browser, until you clear it." }
            </p>
            <textarea id={LINKS_ID} class="class-form__links" ref={links} rows="8" spellcheck="false" autocomplete="off" aria-describedby="class-links-hint class-links-kept" value={props.paste.clone()} />
            <label class="class-form__label" for={FILE_ID}>{ "Or open a text file" }</label>
            <p id="class-file-hint" class="class-form__hint">
                { format!("A .txt or .csv file of at most {MAX_FILE_MB} MB. Its text takes the place of what is in the box, and is read at once.") }
            </p>
            <input id={FILE_ID} class="class-form__file" type="file" accept="text/plain,.txt,.csv" aria-describedby="class-file-hint" disabled={!mounted} onchange={open} />
            <p class="class-form__read">
                <button type="button" class="button button--primary" disabled={!mounted} onclick={read}>{ "Read the answers" }</button>
                { " " }
                <button type="button" class="button" disabled={!mounted || props.paste.is_empty()} onclick={clear}>{ "Clear the kept paste" }</button>
            </p>
        </div>
    }
}
