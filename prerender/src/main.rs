//! Finishes a site that `trunk build` has built: prerenders every page to
//! static HTML, which the app then hydrates, and hardens it.
//!
//! - Every route gets its own file (`step/<id>/index.html`, `map/index.html`,
//!   …, and `404.html` for anything else), so a plain static host serves deep
//!   links with no rewrite rules, and each page is readable before the
//!   WebAssembly arrives, or without JavaScript.
//! - The stylesheets are put inline, so the first paint waits for nothing
//!   but the page itself.
//! - Every page says in its head what a link to it previews as: its own
//!   description, Open Graph and Twitter tags, and a card (`cards/*.png`,
//!   drawn here); given the site's public address (`SITE_URL`, such as
//!   `https://example.org/explainer/`), the card's absolute address, the
//!   page's own and its canonical link.
//! - The web app manifest and its icons (`icons/*.png`, drawn from the
//!   favicon) let a reader add the site to a home screen.
//! - The WebAssembly is fetched with Subresource Integrity, and a
//!   Content-Security-Policy that allows the page's inline script and style
//!   (by their hashes) and nothing else inline is put in every page and in
//!   `_headers`.
//!
//! Usage: `cargo run --package prerender -- <dist folder>`, after `trunk build`,
//! with `SITE_URL` in the environment where the site's address is known, and
//! `PUBLIC_URL` where the site is served under another path than the one
//! Trunk built it for and than `SITE_URL`'s (`make dist` builds for the
//! root, and puts the site under that path here).

mod card;
mod install;
mod template;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::rc::Rc;

use anyhow::{Context, Result};
use card::{Card, Painter};
use diplomacy_explainer::Pages;
use diplomacy_explainer::app::{App, AppProps};
use diplomacy_explainer::route::{Route, document_title, site_name};
use diplomacy_explainer::router::Prerender;
use model::site::Site;
use model::{Content, Point};
use template::Preview;
use tokio::runtime::Runtime;
use url::Url;
use yew::LocalServerRenderer;

use template::Template;

/// The runtime the server renderer runs on, made once for every page.
fn runtime() -> Result<Runtime> {
    Ok(tokio::runtime::Builder::new_current_thread().build()?)
}

/// Renders the app at one path, as the browser will hydrate it.
fn render(runtime: &Runtime, path: &str, base: &str) -> String {
    let props = AppProps {
        prerender: Some(Prerender {
            path: path.to_owned().into(),
            base: base.to_owned().into(),
        }),
        page_changes: Rc::default(),
        pages: Pages::EVERY,
    };
    let renderer = LocalServerRenderer::<App>::with_props(props).hydratable(true);
    tokio::task::LocalSet::new().block_on(runtime, renderer.render())
}

/// Where a route's page goes, relative to the site's root.
fn page_file(route: &Route) -> PathBuf {
    match route {
        Route::Start => PathBuf::from("index.html"),
        Route::NotFound => PathBuf::from("404.html"),
        route => PathBuf::from(route.to_path().trim_start_matches('/')).join("index.html"),
    }
}

/// The file a route's card is written to, relative to the site's root.
fn card_file(route: &Route) -> String {
    let name = match route {
        Route::Start => "start".to_owned(),
        Route::NotFound => "not-found".to_owned(),
        route => route.to_path().trim_matches('/').replace('/', "-"),
    };
    format!("cards/{name}.png")
}

/// A shared verdict's two estimates, as its card's title and its preview's
/// title say them.
fn estimates(before: Point, after: Point) -> String {
    format!(
        "Before reading: {}. After: {}.",
        before.label().to_lowercase(),
        after.label().to_lowercase()
    )
}

/// What a route's card says.
fn card_text(route: &Route, content: &Content) -> (String, String, String) {
    let argument = &content.argument;
    let site = Site::embedded();
    let cards = &site.cards;
    match route {
        Route::Step { id } => {
            let index = argument.index_of(id).expect("the build writes only real steps");
            let step = &argument[index];
            (
                content.where_it_stands(index),
                step.title.to_string(),
                step.gist().to_owned(),
            )
        }
        Route::SharedVerdict { before, after } => (
            cards.shared_verdict_kicker.to_string(),
            estimates(*before, *after),
            cards.shared_verdict.to_string(),
        ),
        Route::Verdict => (
            "A reader's verdict".to_owned(),
            cards.verdict.to_string(),
            "Weigh the essay's argument step by step, and set your verdict beside a reader's and the essay's.".to_owned(),
        ),
        Route::Start => (
            "A step-by-step reading of one essay".to_owned(),
            site.question.to_string(),
            "Make your guess, weigh each step of the essay's argument, and set your verdict beside the essay's.".to_owned(),
        ),
        route => (
            String::new(),
            route.title(content),
            route.description(content),
        ),
    }
}

/// Every page to write: each route, each verdict shared with its estimates
/// in the address, then the not-found page.
fn routes(content: &Content) -> Vec<Route> {
    let mut routes = Route::pages(content);
    routes.extend(Route::shared_verdicts());
    routes.push(Route::NotFound);
    routes
}

fn write(path: &Path, text: &str) -> Result<()> {
    write_bytes(path, text.as_bytes())
}

fn write_bytes(path: &Path, bytes: &[u8]) -> Result<()> {
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder)
            .with_context(|| format!("creating {}", folder.display()))?;
    }
    std::fs::write(path, bytes).with_context(|| format!("writing {}", path.display()))
}

/// The site's public address, from `SITE_URL`, with its path ending in a
/// slash: `None` where it is not given, an error that says what is wrong
/// where it is not a plain http or https address.
fn site_url(given: Option<&str>) -> Result<Option<Url>> {
    let Some(given) = given.map(str::trim).filter(|url| !url.is_empty()) else {
        return Ok(None);
    };
    let mut url = Url::parse(given).with_context(|| {
        format!("SITE_URL {given} is not a whole address (such as https://example.org/explainer/)")
    })?;
    anyhow::ensure!(
        matches!(url.scheme(), "http" | "https"),
        "SITE_URL {given} is not an http or https address"
    );
    anyhow::ensure!(
        url.username().is_empty() && url.password().is_none(),
        "SITE_URL {given} names a user, which a public address does not"
    );
    anyhow::ensure!(
        url.query().is_none() && url.fragment().is_none(),
        "SITE_URL {given} has a query or a fragment, which the site's addresses cannot carry"
    );
    if !url.path().ends_with('/') {
        url.set_path(&format!("{}/", url.path()));
    }
    Ok(Some(url))
}

/// The path the site is served under: `PUBLIC_URL` where it is given,
/// else the path of the site's address, else (`None`) the one Trunk built
/// it for. Given both, they must agree, or every address made from the
/// site's would be wrong.
fn public_path(public: Option<&str>, site: Option<&Url>) -> Result<Option<String>> {
    match (public.filter(|path| !path.is_empty()), site) {
        (Some(public), Some(site)) => {
            anyhow::ensure!(
                site.path() == public,
                "SITE_URL {site} has the path {}, but PUBLIC_URL is {public}",
                site.path()
            );
            Ok(Some(public.to_owned()))
        }
        (Some(public), None) => Ok(Some(public.to_owned())),
        (None, site) => Ok(site.map(|site| site.path().to_owned())),
    }
}

fn build(dist: &Path) -> Result<usize> {
    let content = Content::get();
    let site = site_url(std::env::var("SITE_URL").ok().as_deref())?;
    let public = public_path(std::env::var("PUBLIC_URL").ok().as_deref(), site.as_ref())?;
    let template = Template::from_trunk(dist, public.as_deref())?;
    let base = template.base().to_owned();
    if site.is_none() {
        println!("prerender: link previews need the site's address: make dist SITE_URL=https://…/");
    }
    let routes = routes(content);
    let runtime = runtime()?;
    let painter = Painter::new()?;
    for route in &routes {
        let (kicker, card_title, card_says) = card_text(route, content);
        let card = Card {
            kicker: &kicker,
            title: &card_title,
            text: &card_says,
        };
        write_bytes(
            &dist.join(card_file(route)),
            &painter.png(&card, site_name())?,
        )?;
        let image_alt = [kicker.as_str(), &card_title, &card_says]
            .iter()
            .filter(|part| !part.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(". ");
        let path = route.to_path();
        let body = render(&runtime, &path, &base);
        let title = document_title(&route.title(content));
        // A shared verdict's link points at /verdict/, whose title is the
        // reader's own ("Your verdict"): its preview names no one's. A
        // verdict shared with its estimates in the address names them.
        let preview_title = match route {
            Route::Verdict => document_title("A verdict on the essay"),
            Route::SharedVerdict { before, after } => document_title(&estimates(*before, *after)),
            _ => title.clone(),
        };
        let description = route.description(content);
        let url = match route {
            Route::NotFound => None,
            _ => site
                .as_ref()
                .map(|site| format!("{site}{}", path.trim_start_matches('/'))),
        };
        let preview = Preview {
            title: &preview_title,
            description: &description,
            url,
            image: site
                .as_ref()
                .map(|site| format!("{site}{}", card_file(route))),
            image_alt: &image_alt,
        };
        let html = template
            .page(route.family(), &path, &title, &preview, &body)
            .with_context(|| format!("writing the page for {path}"))?;
        write(&dist.join(page_file(route)), &html)?;
    }
    write(&dist.join("_headers"), &template.headers())?;
    write(&dist.join(install::MANIFEST), &install::manifest(&base))?;
    for icon in &install::ICONS {
        write_bytes(&dist.join(icon.file), &install::icon_png(icon)?)?;
    }
    Ok(routes.len())
}

fn main() -> ExitCode {
    let Some(dist) = std::env::args_os().nth(1) else {
        eprintln!("usage: prerender <dist folder>");
        return ExitCode::from(2);
    };
    match build(Path::new(&dist)) {
        Ok(count) => {
            println!("prerender: wrote {count} pages");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("prerender: {error:#}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use model::page_id;

    use super::*;

    fn rendered(path: &str, base: &str) -> String {
        render(&runtime().unwrap(), path, base)
    }

    #[test]
    fn every_route_gets_a_file_of_its_own() {
        let content = Content::get();
        let routes = routes(content);
        let files: BTreeSet<PathBuf> = routes.iter().map(page_file).collect();
        assert_eq!(files.len(), routes.len(), "no two routes share a file");
        for step in content.argument.steps() {
            let file = PathBuf::from(format!("step/{}/index.html", step.id));
            assert!(files.contains(&file), "{}", file.display());
        }
        for file in [
            "index.html",
            "404.html",
            "all/index.html",
            "teach/hand-in/index.html",
            "assignment/index.html",
            "verdict/likely-to-unlikely/index.html",
        ] {
            assert!(files.contains(&PathBuf::from(file)), "{file}");
        }
    }

    /// Text as the server renderer writes it between tags.
    fn escaped(text: &str) -> String {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    }

    #[test]
    fn a_prerendered_step_holds_its_title_claim_and_the_essays_words() {
        let content = Content::get();
        let steps = content.argument.steps();
        // A step with a step after it, whose link the page holds.
        let (index, step) = content.argument.indexed().nth(steps.len() / 2).unwrap();
        let html = rendered(&Route::step(&step.id).to_path(), "/");
        assert!(html.contains(&escaped(step.title)));
        let place = content.argument.position(index);
        assert!(html.contains(&place), "{place}");
        assert!(html.contains(&escaped(step.quotes[0].text)));
        let next = Route::step(&steps[index.number()].id).to_path();
        assert!(html.contains(&format!(r#"href="{next}""#)), "{next}");
    }

    #[test]
    fn a_page_under_a_sub_path_links_under_it() {
        let content = Content::get();
        let html = rendered("/map", "/explainer/");
        let first = Route::step(&content.argument.steps()[0].id).to_path();
        assert!(
            html.contains(&format!(r#"href="/explainer{first}""#)),
            "{first}"
        );
        assert!(html.contains(&Route::Map.title(content)));
    }

    /// The browser renders one page where the build rendered them all in
    /// turn: any state carried from page to page (a counter for ids, say)
    /// would make the build's page differ from the browser's.
    #[test]
    fn a_page_renders_the_same_whatever_was_rendered_before_it() {
        let runtime = runtime().unwrap();
        let content = Content::get();
        let first = render(&runtime, "/essay/", "/");
        let steps = content.argument.steps();
        let step = Route::step(&steps[steps.len() / 2].id).to_path();
        for path in ["/all/", &step, "/glossary/"] {
            render(&runtime, path, "/");
        }
        assert_eq!(render(&runtime, "/essay/", "/"), first);
        let marked = content.essay_first_uses();
        let definition = content
            .essay
            .passages()
            .flat_map(|passage| {
                let runs = 0..content.essay_runs(passage).len();
                runs.map(|run| page_id::run_place(passage.id, run))
            })
            .find_map(|place| {
                let mut terms = content.glossary.indexed();
                let (_, term) = terms.find(|(index, _)| marked.is_marked_at(*index, &place))?;
                Some(page_id::definition(&place, term.id))
            })
            .expect("the essay page marks a term");
        assert!(first.contains(&format!(r#"aria-describedby="{definition}""#)));
    }

    #[test]
    fn the_site_url_gives_absolute_addresses_under_its_path() {
        let site = |given| site_url(Some(given)).unwrap().unwrap().to_string();
        assert_eq!(site_url(None).unwrap(), None);
        assert_eq!(site_url(Some(" ")).unwrap(), None);
        assert_eq!(site("https://example.org"), "https://example.org/");
        assert_eq!(site("HTTPS://Example.ORG:443/a/"), "https://example.org/a/");
        assert_eq!(
            site("http://127.0.0.1:4174/explainer"),
            "http://127.0.0.1:4174/explainer/"
        );
        for (given, expected) in [
            ("example.org/", "is not a whole address"),
            ("https://", "is not a whole address"),
            ("https://exa mple.org/", "is not a whole address"),
            ("ftp://example.org/", "not an http or https address"),
            ("https://me:secret@example.org/", "names a user"),
            ("https://example.org/?lang=en", "has a query or a fragment"),
            ("https://example.org/#top", "has a query or a fragment"),
        ] {
            let error = format!("{:#}", site_url(Some(given)).unwrap_err());
            assert!(error.contains(expected), "{given}: {error}");
        }
    }

    #[test]
    fn the_site_is_served_under_public_url_or_the_site_url_path() {
        let url = |given: &str| Url::parse(given).unwrap();
        let sub = url("https://example.org/explainer/");
        assert_eq!(public_path(None, None).unwrap(), None);
        assert_eq!(public_path(Some(""), None).unwrap(), None);
        assert_eq!(
            public_path(None, Some(&sub)).unwrap().as_deref(),
            Some("/explainer/")
        );
        assert_eq!(
            public_path(Some("/explainer/"), Some(&sub))
                .unwrap()
                .as_deref(),
            Some("/explainer/")
        );
        assert_eq!(
            public_path(Some("/x/"), None).unwrap().as_deref(),
            Some("/x/")
        );
        for (public, site) in [
            ("/elsewhere/", &sub),
            ("/explainer/", &url("https://example.org/")),
        ] {
            let error = public_path(Some(public), Some(site))
                .unwrap_err()
                .to_string();
            assert!(error.contains("has the path"), "{public}: {error}");
        }
    }

    #[test]
    fn the_not_found_page_is_prerendered() {
        assert!(rendered("/404", "/").contains("Page not found"));
    }
}
