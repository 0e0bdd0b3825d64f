//! Finishes a site that `trunk build` has built: prerenders every page to
//! static HTML, which the app then hydrates, and hardens it.
//!
//! - Every route gets its own file (`step/<id>/index.html`, `map/index.html`,
//!   …, and `404.html` for anything else), so a plain static host serves deep
//!   links with no rewrite rules, and each page is readable before the
//!   WebAssembly arrives, or without JavaScript.
//! - The stylesheets are put inline, so the first paint waits for nothing
//!   but the page itself.
//! - The WebAssembly is fetched with Subresource Integrity, and a
//!   Content-Security-Policy that allows the page's inline script and style
//!   (by their hashes) and nothing else inline is put in every page and in
//!   `_headers`.
//!
//! Usage: `cargo run --package prerender -- <dist folder>`, after `trunk build`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use diplomacy_explainer::app::{App, AppProps, PRERENDERED_FOR, ROOT_ID};
use diplomacy_explainer::model::Content;
use diplomacy_explainer::route::{Route, document_title};
use diplomacy_explainer::router::Prerender;
use sha2::{Digest, Sha256, Sha384};
use tokio::runtime::Runtime;
use yew::LocalServerRenderer;

/// Where the app's markup goes in Trunk's `index.html`.
fn app_root() -> String {
    format!(r#"<div id="{ROOT_ID}"></div>"#)
}

/// The policy for every page, less the hashes of its inline scripts.
const CSP: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'{scripts}; \
    style-src 'self'{styles}; img-src 'self'; connect-src 'self'; base-uri 'self'; \
    form-action 'none'; object-src 'none'";

/// Headers for hosts that read a `_headers` file: what a `<meta>` tag cannot
/// say, and long caching for the hashed assets; pages keep the host's default.
const HEADERS: &str = "/*\n  Content-Security-Policy: {csp}; frame-ancestors 'none'\n  \
    X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n  \
    Permissions-Policy: camera=(), microphone=(), geolocation=()\n\
    /*.wasm\n  Cache-Control: public, max-age=31536000, immutable\n\
    /*.js\n  Cache-Control: public, max-age=31536000, immutable\n\
    /*.svg\n  Cache-Control: public, max-age=31536000, immutable\n";

/// The text between `start` and the next `end` after it, with its position.
fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<(usize, &'a str)> {
    let from = text.find(start)? + start.len();
    let to = from + text[from..].find(end)?;
    Some((from, &text[from..to]))
}

/// The site's base path, from the `<base href>` Trunk wrote.
fn base_path(template: &str) -> Result<String, String> {
    between(template, "<base href=\"", "\"")
        .map(|(_, base)| base.to_owned())
        .ok_or_else(|| "index.html has no <base href>".to_owned())
}

/// The stylesheets Trunk links are put inline, in one `<style>` in place of
/// the first link, and their files removed: a page then paints without
/// waiting for another request.
fn with_inline_styles(template: &str, dist: &Path, base: &str) -> Result<String, String> {
    let mut html = template.to_owned();
    let mut styles = String::new();
    let mut first = None;
    while let Some(start) = html.find(r#"<link rel="stylesheet" href=""#) {
        let end = start
            + html[start..]
                .find('>')
                .ok_or("an unclosed stylesheet link")?
            + 1;
        let (_, path) = between(&html[start..end], r#"href=""#, "\"")
            .ok_or("a stylesheet link with no href")?;
        let file = dist.join(path.strip_prefix(base).unwrap_or(path));
        let css = std::fs::read_to_string(&file)
            .map_err(|error| format!("{}: {error}", file.display()))?;
        styles.push_str(&css);
        std::fs::remove_file(&file).map_err(|error| format!("{}: {error}", file.display()))?;
        html.replace_range(start..end, "");
        first.get_or_insert(start);
    }
    let at = first.ok_or("index.html links no stylesheet")?;
    html.insert_str(at, &format!("<style>{styles}</style>"));
    Ok(html)
}

/// Trunk's start-up script loads the WebAssembly by its path; it is changed
/// to fetch it with the file's integrity hash, so a tampered file is refused.
fn with_wasm_integrity(template: &str, dist: &Path, base: &str) -> Result<String, String> {
    let marker = "module_or_path: '";
    let (at, path) = between(template, marker, "'").ok_or("no WebAssembly path in index.html")?;
    let file = dist.join(path.strip_prefix(base).unwrap_or(path));
    let wasm = std::fs::read(&file).map_err(|error| format!("{}: {error}", file.display()))?;
    let integrity = format!("sha384-{}", BASE64.encode(Sha384::digest(&wasm)));
    let start = at - marker.len();
    let end = at + path.len() + 1;
    Ok(format!(
        "{}module_or_path: fetch('{path}', {{ integrity: '{integrity}' }}){}",
        &template[..start],
        &template[end..]
    ))
}

/// The CSP hashes of every inline element that opens with `open` (an inline
/// script, or a style) and closes with `close`, each with a leading space.
fn inline_hashes(html: &str, open: &str, close: &str) -> String {
    let mut hashes = String::new();
    let mut rest = html;
    while let Some((at, inline)) = between(rest, open, close) {
        let digest = Sha256::digest(inline.as_bytes());
        hashes.push_str(&format!(" 'sha256-{}'", BASE64.encode(digest)));
        rest = &rest[at + inline.len()..];
    }
    hashes
}

/// The page for one route: the template with its title, the prerendered
/// app, and the policy.
fn page(template: &str, path: &str, title: &str, body: &str, csp: &str) -> Result<String, String> {
    let (at, old_title) =
        between(template, "<title>", "</title>").ok_or("index.html has no <title>")?;
    let mut html = format!(
        "{}{title}{}",
        &template[..at],
        &template[at + old_title.len()..]
    );
    let empty_root = app_root();
    let root = html
        .find(&empty_root)
        .ok_or(format!("index.html has no {empty_root}"))?;
    // The path is a route's own, made of slugs: nothing in it needs escaping.
    let app = format!(r#"<div id="{ROOT_ID}" {PRERENDERED_FOR}="{path}">{body}</div>"#);
    html.replace_range(root..root + empty_root.len(), &app);
    let charset = r#"<meta charset="utf-8" />"#;
    if !html.contains(charset) {
        return Err(format!("index.html has no {charset}"));
    }
    let meta = format!(r#"{charset}<meta http-equiv="Content-Security-Policy" content="{csp}" />"#);
    Ok(html.replacen(charset, &meta, 1))
}

/// The runtime the server renderer runs on, made once for every page.
fn runtime() -> Result<Runtime, String> {
    tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|error| error.to_string())
}

/// Renders the app at one path, as the browser will hydrate it.
fn render(runtime: &Runtime, path: &str, base: &str) -> String {
    let props = AppProps {
        prerender: Some(Prerender {
            path: path.to_owned().into(),
            base: base.to_owned().into(),
        }),
        ..AppProps::default()
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

/// Every page to write: each route, then the not-found page.
fn routes(content: &Content) -> Vec<Route> {
    let mut routes = Route::pages(content);
    routes.push(Route::NotFound);
    routes
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder)
            .map_err(|error| format!("{}: {error}", folder.display()))?;
    }
    std::fs::write(path, text).map_err(|error| format!("{}: {error}", path.display()))
}

fn build(dist: &Path) -> Result<usize, String> {
    let content = Content::load().map_err(|error| error.to_string())?;
    let index = dist.join("index.html");
    let template =
        std::fs::read_to_string(&index).map_err(|error| format!("{}: {error}", index.display()))?;
    if !template.contains(&app_root()) {
        return Err(format!(
            "{} is not Trunk's (prerendered already?): run trunk build first",
            index.display()
        ));
    }
    let base = base_path(&template)?;
    let template = with_wasm_integrity(&template, dist, &base)?;
    let template = with_inline_styles(&template, dist, &base)?;
    // Trunk's start-up script, and index.html's own for before it has run.
    let scripts = inline_hashes(&template, "<script type=\"module\">", "</script>")
        + &inline_hashes(&template, "<script>", "</script>");
    let csp = CSP
        .replace("{scripts}", &scripts)
        .replace("{styles}", &inline_hashes(&template, "<style>", "</style>"));
    let routes = routes(&content);
    let runtime = runtime()?;
    for route in &routes {
        let path = route.to_path();
        let body = render(&runtime, &path, &base);
        let title = document_title(&route.title(&content));
        let html = page(&template, &path, &title, &body, &csp)?;
        write(&dist.join(page_file(route)), &html)?;
    }
    write(&dist.join("_headers"), &HEADERS.replace("{csp}", &csp))?;
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
            eprintln!("prerender: {error}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rendered(path: &str, base: &str) -> String {
        render(&runtime().unwrap(), path, base)
    }

    #[test]
    fn every_route_gets_its_own_file() {
        let content = Content::load().unwrap();
        let files: Vec<PathBuf> = routes(&content).iter().map(page_file).collect();
        for file in [
            "index.html",
            "404.html",
            "step/question/index.html",
            "all/index.html",
            "map/index.html",
            "essay/index.html",
            "glossary/index.html",
            "verdict/index.html",
        ] {
            assert!(files.contains(&PathBuf::from(file)), "{file}");
        }
        assert_eq!(files.len(), content.argument.steps().len() + 7);
    }

    #[test]
    fn a_prerendered_step_holds_its_title_claim_and_the_essays_words() {
        let content = Content::load().unwrap();
        let html = rendered("/step/cold-war", "/");
        let step = content.argument.step("cold-war").unwrap();
        assert!(html.contains(&*step.title));
        assert!(html.contains("Step 3 of 10"));
        assert!(html.contains("the United States and the Soviet Union maintained"));
        assert!(html.contains(r#"href="/step/low-point/""#));
    }

    #[test]
    fn a_page_under_a_sub_path_links_under_it() {
        let html = rendered("/map", "/explainer/");
        assert!(html.contains(r#"href="/explainer/step/question/""#));
        assert!(html.contains("Argument map"));
    }

    /// The browser renders one page where the build rendered them all in
    /// turn: any state carried from page to page (a counter for ids, say)
    /// would make the build's page differ from the browser's.
    #[test]
    fn a_page_renders_the_same_whatever_was_rendered_before_it() {
        let runtime = runtime().unwrap();
        let first = render(&runtime, "/essay/", "/");
        for path in ["/all/", "/step/cold-war/", "/glossary/"] {
            render(&runtime, path, "/");
        }
        assert_eq!(render(&runtime, "/essay/", "/"), first);
        assert!(first.contains(r#"aria-describedby="p2-1-consulate-tip""#));
    }

    #[test]
    fn the_not_found_page_is_prerendered() {
        assert!(rendered("/404", "/").contains("Page not found"));
    }

    const TEMPLATE: &str = r#"<html><head><meta charset="utf-8" /><title>Old</title><base href="/x/" />
<script type="module">
import init from '/x/app.js';
const wasm = await init({ module_or_path: '/x/app_bg.wasm' });
</script></head><body><div id="app"></div></body></html>"#;

    #[test]
    fn pages_get_their_title_body_and_policy() {
        let html = page(TEMPLATE, "/map", "New", "<p>Hi</p>", "default-src 'none'").unwrap();
        assert!(html.contains("<title>New</title>"));
        assert!(html.contains(r#"<div id="app" data-route="/map"><p>Hi</p></div>"#));
        assert!(html.contains(
            r#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'" />"#
        ));
        assert!(page("<html></html>", "/", "T", "", "").is_err());
    }

    #[test]
    fn the_wasm_is_fetched_with_its_integrity_and_the_script_is_hashed() {
        let dist = std::env::temp_dir().join(format!("prerender-test-{}", std::process::id()));
        std::fs::create_dir_all(&dist).unwrap();
        std::fs::write(dist.join("app_bg.wasm"), b"wasm").unwrap();
        assert_eq!(base_path(TEMPLATE).unwrap(), "/x/");
        let html = with_wasm_integrity(TEMPLATE, &dist, "/x/").unwrap();
        let expected = format!("sha384-{}", BASE64.encode(Sha384::digest(b"wasm")));
        let fetch =
            format!("module_or_path: fetch('/x/app_bg.wasm', {{ integrity: '{expected}' }})");
        assert!(html.contains(&fetch));
        let script = "<script type=\"module\">";
        let hashes = inline_hashes(&html, script, "</script>");
        assert!(hashes.starts_with(" 'sha256-"));
        assert_eq!(hashes.matches("sha256").count(), 1);
        let before = inline_hashes(TEMPLATE, script, "</script>");
        assert_ne!(before, hashes, "the hash follows the script");
        std::fs::remove_dir_all(dist).unwrap();
    }

    #[test]
    fn stylesheets_are_put_inline_in_link_order() {
        let dist = std::env::temp_dir().join(format!("prerender-css-{}", std::process::id()));
        std::fs::create_dir_all(&dist).unwrap();
        std::fs::write(dist.join("a.css"), "a{}").unwrap();
        std::fs::write(dist.join("b.css"), "b{}").unwrap();
        let template = r#"<head><link rel="stylesheet" href="/x/a.css" integrity="sha384-1"/>
<link rel="stylesheet" href="/x/b.css"/></head>"#;
        let html = with_inline_styles(template, &dist, "/x/").unwrap();
        assert_eq!(html, "<head><style>a{}b{}</style>\n</head>");
        assert!(
            !dist.join("a.css").exists(),
            "an inlined stylesheet is removed"
        );
        assert!(with_inline_styles("<head></head>", &dist, "/x/").is_err());
        std::fs::remove_dir_all(dist).unwrap();
    }
}
