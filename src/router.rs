//! The address bar, as the app sees it: which page it names, and moving to
//! another page without a page load (the History API). Back and Forward and
//! any other change of address the browser makes reach the app as
//! `popstate`. When prerendering there is no address bar: the page being
//! rendered stands in for it.

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlBaseElement;
use yew::prelude::*;

use crate::route::Route;

/// Where the reader is: the page, and the query and fragment of its address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The page.
    pub route: Route,
    /// The query, without its `?` (a shared verdict's answers).
    pub query: String,
    /// The fragment, without its `#` (an element of the page to show).
    pub fragment: String,
}

impl Location {
    /// The location in the address bar now, read under the site's base path
    /// (see [`base_path`]). Read at the moment it is needed, it is right even
    /// before the app has redrawn for a new address.
    pub fn in_address_bar(base: &str) -> Location {
        let location = gloo::utils::window().location();
        let path = location.pathname().unwrap_or_default();
        let search = location.search().unwrap_or_default();
        let hash = location.hash().unwrap_or_default();
        Location {
            route: Route::recognize(path.strip_prefix(base).unwrap_or(&path)),
            query: search.trim_start_matches('?').to_owned(),
            fragment: hash.trim_start_matches('#').to_owned(),
        }
    }

    fn of(route: Route) -> Location {
        Location {
            route,
            query: String::new(),
            fragment: String::new(),
        }
    }
}

/// The path the site is served under, from the page's `<base href>` (which
/// Trunk writes from `--public-url`), without its final slash: `""` at the
/// root of a host, `"/explainer"` under a sub-path.
pub fn base_path() -> String {
    let base = gloo::utils::document()
        .query_selector("base[href]")
        .ok()
        .flatten()
        .and_then(|element| element.dyn_into::<HtmlBaseElement>().ok())
        .map(|element| element.href())
        .unwrap_or_default();
    let origin = gloo::utils::window()
        .location()
        .origin()
        .unwrap_or_default();
    base.strip_prefix(&origin)
        .unwrap_or("")
        .trim_end_matches('/')
        .to_owned()
}

/// A page being prerendered at build time: its path and the base path the
/// site is served under. It stands in for the address bar and `<base href>`.
#[derive(Debug, Clone, PartialEq)]
pub struct Prerender {
    /// The route's path, such as `/step/question/`.
    pub path: AttrValue,
    /// The base path, such as `/` or `/explainer/`.
    pub base: AttrValue,
}

/// What the router shows: the location, and how many times the reader has
/// moved within the app since the page loaded.
#[derive(Debug, Clone, PartialEq)]
struct Shown {
    location: Rc<Location>,
    moves: u32,
}

/// How what the router shows changes.
enum Change {
    /// The reader moved: a link, a key, Back or Forward.
    Moved(Location),
    /// The parts of the address only the browser knows (the query and the
    /// fragment) are taken in, once the first render has matched the page
    /// prerendered without them. This is not a move.
    Revealed(Location),
}

impl Reducible for Shown {
    type Action = Change;

    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        let (location, moves) = match change {
            Change::Moved(location) => (location, self.moves + 1),
            Change::Revealed(location) => (location, self.moves),
        };
        if *self.location == location && moves == self.moves {
            return self;
        }
        Rc::new(Shown {
            location: Rc::new(location),
            moves,
        })
    }
}

/// Moves the reader between pages, and writes the addresses of pages.
#[derive(Clone, PartialEq)]
pub struct Navigator {
    base: AttrValue,
    change: UseReducerDispatcher<Shown>,
}

impl Navigator {
    /// The address of a page (and an element of it, if a fragment is given)
    /// as a link's `href`, under the site's base path.
    pub fn href(&self, route: &Route, fragment: Option<&str>) -> String {
        let fragment = fragment.map(|f| format!("#{f}")).unwrap_or_default();
        format!("{}{}{fragment}", self.base, route.to_path())
    }

    /// The location in the address bar now (see [`Location::in_address_bar`]).
    pub fn location(&self) -> Location {
        Location::in_address_bar(&self.base)
    }

    /// Goes to a page (and an element of it) as a new history entry; a link
    /// to the address already shown adds none, so Back never seems to do
    /// nothing.
    pub fn push(&self, route: &Route, fragment: Option<&str>) {
        let href = self.href(route, fragment);
        let location = gloo::utils::window().location();
        let shown = [location.pathname(), location.search(), location.hash()]
            .into_iter()
            .collect::<Result<String, _>>()
            .unwrap_or_default();
        if href == shown {
            return;
        }
        let pushed = gloo::utils::history().push_state_with_url(&JsValue::NULL, "", Some(&href));
        if pushed.is_ok() {
            self.change.dispatch(Change::Moved(self.location()));
        }
    }
}

/// What [`Router`] gives the components inside it.
#[derive(Clone, PartialEq)]
struct RouterContext {
    shown: Shown,
    navigator: Navigator,
}

/// Props for [`Router`].
#[derive(Properties, PartialEq)]
pub struct RouterProps {
    /// The page being prerendered; `None` in the browser.
    pub prerender: Option<Prerender>,
    /// The app.
    pub children: Html,
}

/// Gives its children the location and a navigator, and follows the
/// browser's Back and Forward.
///
/// The first render shows the route alone, with no query or fragment, in the
/// browser as when prerendering: the page built at build time knows neither,
/// and hydration must find exactly that page. The query and fragment follow
/// straight after.
#[component]
pub fn Router(props: &RouterProps) -> Html {
    let base = use_memo(props.prerender.clone(), |prerender| match prerender {
        Some(page) => AttrValue::from(page.base.trim_end_matches('/').to_owned()),
        None => AttrValue::from(base_path()),
    });
    let shown = use_reducer(|| {
        let route = match &props.prerender {
            Some(page) => Route::recognize(&page.path),
            None => Location::in_address_bar(&base).route,
        };
        Shown {
            location: Rc::new(Location::of(route)),
            moves: 0,
        }
    });
    let navigator = Navigator {
        base: (*base).clone(),
        change: shown.dispatcher(),
    };
    {
        let navigator = navigator.clone();
        use_effect_with((), move |()| {
            navigator
                .change
                .dispatch(Change::Revealed(navigator.location()));
            let listener = EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                navigator
                    .change
                    .dispatch(Change::Moved(navigator.location()));
            });
            move || drop(listener)
        });
    }
    let context = RouterContext {
        shown: (*shown).clone(),
        navigator,
    };
    html! {
        <ContextProvider<RouterContext> {context}>
            { props.children.clone() }
        </ContextProvider<RouterContext>>
    }
}

/// The reader's location, provided by [`Router`]; the component re-renders
/// when it changes.
#[hook]
pub fn use_location() -> Rc<Location> {
    use_context::<RouterContext>()
        .expect("the app provides the router")
        .shown
        .location
}

/// How many times the reader has moved within the app since the page
/// loaded: 0 on the page first loaded, however its state settles after.
#[hook]
pub fn use_moves() -> u32 {
    use_context::<RouterContext>()
        .expect("the app provides the router")
        .shown
        .moves
}

/// The navigator, provided by [`Router`], for links and moves between pages.
#[hook]
pub fn use_navigator() -> Navigator {
    use_context::<RouterContext>()
        .expect("the app provides the router")
        .navigator
}
