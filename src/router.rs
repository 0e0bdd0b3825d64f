//! The address bar, as the app sees it: which page it names, and moving to
//! another page without a page load (the History API). Back and Forward and
//! any other change of address the browser makes reach the app as
//! `popstate`. When prerendering there is no address bar: the page being
//! rendered stands in for it.

use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlBaseElement, ScrollRestoration};
use yew::prelude::*;

use crate::route::{Family, Route};

/// Where the reader is: the page, and the query and fragment of its address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// The page.
    pub route: Route,
    /// The query, without its `?`: only a share link made before the
    /// answers moved to the fragment has one (the verdict page moves them).
    pub query: String,
    /// The fragment, without its `#`: the fields of a share, assignment or
    /// response link (`v=1&…`, `a=2&…`, `r=2&…`) on the page that reads it,
    /// or else the id of an element of the page to show.
    pub fragment: String,
}

impl Location {
    /// The location an address names (path, then any `?query` and
    /// `#fragment`), read under the site's base path (see [`base_path`]).
    pub fn of_address(address: &str, base: &str) -> Location {
        let (rest, fragment) = address.split_once('#').unwrap_or((address, ""));
        let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
        Location {
            route: Route::recognize(path.strip_prefix(base).unwrap_or(path)),
            query: query.to_owned(),
            fragment: fragment.to_owned(),
        }
    }

    /// The location in the browser's address bar now.
    pub fn in_address_bar(base: &str) -> Location {
        Location::of_address(&BrowserBar.address(), base)
    }

    fn of(route: Route) -> Location {
        Location {
            route,
            query: String::new(),
            fragment: String::new(),
        }
    }
}

/// The browser's address bar and history, as the [`Navigator`] uses them:
/// the seam where native tests put a bar of their own.
pub trait AddressBar {
    /// The address shown: path, query and fragment (`/step/x/?a#b`).
    fn address(&self) -> String;
    /// Shows a new address as a new history entry; whether it could.
    fn push(&self, address: &str) -> bool;
    /// Shows a new address in place of the one shown, adding no history
    /// entry; whether it could.
    fn replace(&self, address: &str) -> bool;
    /// Loads the page at an address, leaving the app: the way to a page
    /// of another [`Family`]. `in_place`: in place of the entry shown, as
    /// [`AddressBar::replace`] does, else as a new history entry.
    fn load(&self, address: &str, in_place: bool);
}

/// The browser's own address bar, through the History API.
struct BrowserBar;

impl AddressBar for BrowserBar {
    fn address(&self) -> String {
        let location = gloo::utils::window().location();
        [location.pathname(), location.search(), location.hash()]
            .into_iter()
            .collect::<Result<String, _>>()
            .unwrap_or_default()
    }

    fn push(&self, address: &str) -> bool {
        let history = gloo::utils::history();
        history
            .push_state_with_url(&JsValue::NULL, "", Some(address))
            .is_ok()
    }

    fn replace(&self, address: &str) -> bool {
        let history = gloo::utils::history();
        history
            .replace_state_with_url(&JsValue::NULL, "", Some(address))
            .is_ok()
    }

    fn load(&self, address: &str, in_place: bool) {
        let location = gloo::utils::window().location();
        let _ = if in_place {
            location.replace(address)
        } else {
            location.assign(address)
        };
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

/// What the router shows now: the location, and how many times the reader has
/// moved within the app since the page loaded.
#[derive(Debug, Clone, PartialEq)]
struct Current {
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

impl Reducible for Current {
    type Action = Change;

    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        let (location, moves) = match change {
            Change::Moved(location) => (location, self.moves + 1),
            Change::Revealed(location) => (location, self.moves),
        };
        if *self.location == location && moves == self.moves {
            return self;
        }
        Rc::new(Current {
            location: Rc::new(location),
            moves,
        })
    }
}

/// Moves the reader between pages, and writes the addresses of pages.
#[derive(Clone)]
pub struct Navigator {
    base: AttrValue,
    bar: Rc<dyn AddressBar>,
    /// The family of pages this binary has (`None`: every page): a move to
    /// a page of another loads it.
    family: Option<Family>,
    /// Told of each move the navigator makes, and of each address it
    /// rewrites in place (`true` for a move).
    changed: Callback<(Location, bool)>,
}

impl PartialEq for Navigator {
    fn eq(&self, other: &Navigator) -> bool {
        self.base == other.base
            && Rc::ptr_eq(&self.bar, &other.bar)
            && self.family == other.family
            && self.changed == other.changed
    }
}

impl Navigator {
    /// A navigator over an address bar, for a site served under `base` (its
    /// path without the final slash), in a binary with the pages of `family`,
    /// telling `changed` of each move (`true`) and of each address rewritten
    /// in place (`false`).
    pub fn new(
        base: AttrValue,
        bar: Rc<dyn AddressBar>,
        family: Option<Family>,
        changed: Callback<(Location, bool)>,
    ) -> Navigator {
        Navigator {
            base,
            bar,
            family,
            changed,
        }
    }

    /// The address of a page, with its fragment if one is given (see
    /// [`Location::fragment`]), as a link's `href`, under the site's base
    /// path.
    pub fn href(&self, route: &Route, fragment: Option<&str>) -> String {
        let fragment = fragment.map(|f| format!("#{f}")).unwrap_or_default();
        format!("{}{}{fragment}", self.base, route.to_path())
    }

    /// The location in the address bar now. Read at the moment it is needed,
    /// it is right even before the app has redrawn for a new address.
    pub fn location(&self) -> Location {
        Location::of_address(&self.bar.address(), &self.base)
    }

    /// Goes to a page (with its fragment) as a new history entry; a link
    /// to the address already shown adds none, so Back never seems to do
    /// nothing. A page this binary does not have is loaded instead.
    pub fn push(&self, route: &Route, fragment: Option<&str>) {
        let href = self.href(route, fragment);
        if !route.is_in(self.family) {
            self.bar.load(&href, false);
        } else if href != self.bar.address() && self.bar.push(&href) {
            self.changed.emit((self.location(), true));
        }
    }

    /// Rewrites the address shown in place, adding no history entry and
    /// making no move: the reader stays where they are, under a new address.
    /// A page this binary does not have is loaded in place of the one shown
    /// (an assignment link opened on the verdict goes to the assignment's
    /// first screen, of the steps' family).
    pub fn replace(&self, route: &Route, fragment: Option<&str>) {
        let href = self.href(route, fragment);
        if !route.is_in(self.family) {
            self.bar.load(&href, true);
        } else if href != self.bar.address() && self.bar.replace(&href) {
            self.changed.emit((self.location(), false));
        }
    }
}

/// What [`Router`] gives the components inside it.
#[derive(Clone, PartialEq)]
struct RouterContext {
    current: Current,
    navigator: Navigator,
}

/// Props for [`Router`].
#[derive(Properties, PartialEq)]
pub struct RouterProps {
    /// The page being prerendered; `None` in the browser.
    pub prerender: Option<Prerender>,
    /// The family of pages this binary has (`None`: every page).
    pub family: Option<Family>,
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
    let bar = use_memo((), |()| Rc::new(BrowserBar) as Rc<dyn AddressBar>);
    let current = use_reducer(|| {
        let route = match &props.prerender {
            Some(page) => Route::recognize(&page.path),
            None => Location::in_address_bar(&base).route,
        };
        Current {
            location: Rc::new(Location::of(route)),
            moves: 0,
        }
    });
    let change = current.dispatcher();
    let changed = use_callback(change.clone(), |(location, moved), change| {
        change.dispatch(if moved {
            Change::Moved(location)
        } else {
            Change::Revealed(location)
        })
    });
    let navigator = Navigator::new((*base).clone(), (*bar).clone(), props.family, changed);
    {
        let navigator = navigator.clone();
        use_effect_with((), move |()| {
            // The app puts the reader at the top of every page it moves to,
            // with focus on its heading (`use_page_heading`), after Back and
            // Forward too; the browser's own restoring of the scroll would
            // come after that and take the focused heading out of view.
            let _ = gloo::utils::history().set_scroll_restoration(ScrollRestoration::Manual);
            change.dispatch(Change::Revealed(navigator.location()));
            let listener = EventListener::new(&gloo::utils::window(), "popstate", move |_| {
                change.dispatch(Change::Moved(navigator.location()));
            });
            move || drop(listener)
        });
    }
    let context = RouterContext {
        current: (*current).clone(),
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
        .current
        .location
}

/// How many times the reader has moved within the app since the page
/// loaded: 0 on the page first loaded, however its state settles after.
#[hook]
pub fn use_moves() -> u32 {
    use_context::<RouterContext>()
        .expect("the app provides the router")
        .current
        .moves
}

/// The navigator, provided by [`Router`], for links and moves between pages.
#[hook]
pub fn use_navigator() -> Navigator {
    use_context::<RouterContext>()
        .expect("the app provides the router")
        .navigator
}

#[cfg(test)]
mod tests {
    use std::cell::RefCell;

    use super::*;
    use model::StepId;

    /// An address bar with a history of its own, and the pages it loaded
    /// (each with whether in place of the entry shown).
    struct FakeBar(RefCell<Vec<String>>, RefCell<Vec<(String, bool)>>);

    impl AddressBar for FakeBar {
        fn address(&self) -> String {
            self.0.borrow().last().cloned().unwrap_or_default()
        }

        fn push(&self, address: &str) -> bool {
            self.0.borrow_mut().push(address.to_owned());
            true
        }

        fn replace(&self, address: &str) -> bool {
            let mut entries = self.0.borrow_mut();
            entries.pop();
            entries.push(address.to_owned());
            true
        }

        fn load(&self, address: &str, in_place: bool) {
            self.1.borrow_mut().push((address.to_owned(), in_place));
        }
    }

    /// What the navigator reports: each new location, and whether it was a
    /// move.
    type Reports = Rc<RefCell<Vec<(Location, bool)>>>;

    /// A navigator for a site under `/explainer`, on its start page, in the
    /// steps' binary, with what it reports.
    fn navigator() -> (Navigator, Rc<FakeBar>, Reports) {
        let bar = Rc::new(FakeBar(
            RefCell::new(vec!["/explainer/".to_owned()]),
            RefCell::default(),
        ));
        let reports: Reports = Rc::new(RefCell::new(Vec::new()));
        let changed = {
            let reports = reports.clone();
            Callback::from(move |report| reports.borrow_mut().push(report))
        };
        let navigator = Navigator::new(
            "/explainer".into(),
            bar.clone(),
            Some(Family::Steps),
            changed,
        );
        (navigator, bar, reports)
    }

    #[test]
    fn links_are_written_under_the_base_path() {
        let (navigator, _, _) = navigator();
        let step = Route::step(&StepId::from("cold-war"));
        assert_eq!(navigator.href(&step, None), "/explainer/step/cold-war/");
        assert_eq!(
            navigator.href(&Route::Essay, Some("p2")),
            "/explainer/essay/#p2"
        );
        assert_eq!(navigator.href(&Route::Start, None), "/explainer/");
    }

    #[test]
    fn a_move_adds_a_history_entry_and_is_reported() {
        let (navigator, bar, moves) = navigator();
        let step = Route::step(&StepId::from("cold-war"));
        navigator.push(&step, Some("why"));
        assert_eq!(
            *bar.0.borrow(),
            ["/explainer/", "/explainer/step/cold-war/#why"]
        );
        let location = navigator.location();
        assert_eq!(location.route, step);
        assert_eq!(location.fragment, "why");
        assert_eq!(*moves.borrow(), [(location, true)]);
    }

    #[test]
    fn a_page_of_another_family_is_loaded_not_moved_to() {
        let (navigator, bar, moves) = navigator();
        navigator.push(&Route::Teach, None);
        navigator.push(&Route::Verdict, None);
        assert_eq!(*bar.0.borrow(), ["/explainer/"], "no history entry");
        assert_eq!(
            *bar.1.borrow(),
            [
                ("/explainer/teach/".to_owned(), false),
                ("/explainer/verdict/".to_owned(), false)
            ]
        );
        assert!(moves.borrow().is_empty());
        navigator.push(&Route::Assignment, None);
        assert_eq!(bar.1.borrow().len(), 2, "a page of its own is a move");
        assert_eq!(moves.borrow().len(), 1);
    }

    #[test]
    fn a_rewrite_to_a_page_of_another_family_loads_it_in_place() {
        let (navigator, bar, moves) = navigator();
        navigator.replace(&Route::Map, Some("a=2"));
        assert_eq!(*bar.0.borrow(), ["/explainer/"], "no history entry");
        assert_eq!(*bar.1.borrow(), [("/explainer/map/#a=2".to_owned(), true)]);
        assert!(moves.borrow().is_empty());
    }

    #[test]
    fn a_rewrite_in_place_adds_no_entry_and_is_no_move() {
        let (navigator, bar, reports) = navigator();
        navigator.push(&Route::Assignment, None);
        navigator.replace(&Route::Assignment, Some("a=2&s=1"));
        assert_eq!(
            *bar.0.borrow(),
            ["/explainer/", "/explainer/assignment/#a=2&s=1"]
        );
        let location = navigator.location();
        assert_eq!(location.fragment, "a=2&s=1");
        assert_eq!(reports.borrow().last(), Some(&(location, false)));
    }

    #[test]
    fn a_link_to_the_address_shown_adds_no_entry() {
        let (navigator, bar, moves) = navigator();
        navigator.push(&Route::Start, None);
        assert_eq!(bar.0.borrow().len(), 1);
        assert!(moves.borrow().is_empty());
    }

    #[test]
    fn an_address_is_read_with_its_query_and_fragment() {
        let location = Location::of_address("/x/verdict/?v=1&before=2#share", "/x");
        assert_eq!(location.route, Route::Verdict);
        assert_eq!(location.query, "v=1&before=2");
        assert_eq!(location.fragment, "share");
        assert_eq!(
            Location::of_address("/elsewhere/", "/x").route,
            Route::NotFound
        );
    }
}
