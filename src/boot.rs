//! Booting the app in the browser: taking over the page the build
//! prerendered for this address, with what the reader changed on it before
//! the app booted ([`PageChanges`]), or rendering afresh.

use std::rc::Rc;

use wasm_bindgen::JsValue;
use web_sys::Element;

use crate::app::{App, AppProps, PRERENDERED_FOR, PageChanges, ROOT_ID};
use crate::hooks::elements_under;
use crate::pages::Pages;
use crate::route::Route;
use crate::router::{Location, base_path};
use model::{Answers, Progress};

/// Boots the app in the browser. It takes over a page prerendered at build
/// time for the route in the address bar (a host's `404.html`, the not-found
/// page, at any address no route names); anything else (no prerendered page,
/// as under `trunk serve`, or the not-found page at a `/step/` address that
/// names no step, whose page is written from the address) is rendered afresh. `pages` are the pages this binary
/// has.
pub fn boot(pages: Pages) {
    drop_index_html();
    let props = AppProps {
        prerender: None,
        page_changes: Rc::default(),
        pages,
    };
    let Some(root) = gloo::utils::document().get_element_by_id(ROOT_ID) else {
        yew::Renderer::<App>::with_props(props).render();
        return;
    };
    let prerendered = root.get_attribute(PRERENDERED_FOR).is_some_and(|path| {
        Route::recognize(&path) == Location::in_address_bar(&base_path()).route
    });
    if !prerendered {
        root.set_inner_html("");
    }
    if prerendered {
        let props = AppProps {
            page_changes: Rc::new(read_page_changes(&root)),
            ..props
        };
        yew::Renderer::<App>::with_root_and_props(root, props).hydrate();
    } else {
        yew::Renderer::<App>::with_root_and_props(root, props).render();
    }
}

/// What the reader changed on the prerendered page before the app booted,
/// read off its controls, which the browser works itself: the sections they
/// opened or closed (`<details>`) and the options they chose (radio buttons).
/// Hydration sets the attributes and properties the first render has, so this
/// is read before it; the first render has the sections, and the app puts the
/// answers in once mounted (see [`PageChanges`]).
fn read_page_changes(root: &Element) -> PageChanges {
    let found = |selector: &str| elements_under(root, selector);
    let sections = found("details.disclosure")
        .into_iter()
        .map(|details| (details.id(), details.has_attribute("open")))
        .collect::<Vec<_>>();
    // `:checked` is the radio buttons' state, not their attribute.
    let chosen = found("input[type=radio]:checked")
        .into_iter()
        .map(|input| {
            let attribute = |name| input.get_attribute(name).unwrap_or_default();
            (attribute("name"), attribute("value"))
        })
        .collect::<Vec<_>>();
    let sections = sections.iter().map(|(id, open)| (id.as_str(), *open));
    let chosen = chosen
        .iter()
        .map(|(name, value)| (name.as_str(), value.as_str()));
    let progress = Progress::default();
    let answers = Answers::default();
    PageChanges {
        progress: (progress.changes_on_page(sections).into_iter())
            .fold(progress, |r, a| r.apply(a)),
        answers: (answers.changes_on_page(chosen).into_iter()).fold(answers, |s, a| s.apply(a)),
    }
}

/// A static host serves `…/index.html` as the folder it is in; the address
/// bar is set to the folder, so the app sees the page's real route.
fn drop_index_html() {
    let location = gloo::utils::window().location();
    let Ok(path) = location.pathname() else {
        return;
    };
    if let Some(folder) = path.strip_suffix("index.html") {
        let query = location.search().unwrap_or_default();
        let fragment = location.hash().unwrap_or_default();
        let address = format!("{folder}{query}{fragment}");
        let _ = gloo::utils::history().replace_state_with_url(&JsValue::NULL, "", Some(&address));
    }
}
