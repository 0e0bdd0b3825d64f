//! Gives every route of a built site its own HTML file, so the site works on
//! a plain static host with no rewrite rules: `/step/<id>` is served from
//! `step/<id>/index.html`, and the host's `404.html` shows the not-found page.
//!
//! Usage: `static-routes <dist folder>`, after `trunk build`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use diplomacy_explainer::model::Content;
use diplomacy_explainer::route::Route;
use yew_router::Routable;

/// Where each route's page goes, relative to the site's root. The start page
/// is Trunk's own `index.html`.
fn page_files(content: &Content) -> Vec<PathBuf> {
    Route::pages(content)
        .into_iter()
        .filter(|route| *route != Route::Start)
        .map(|route| PathBuf::from(route.to_path().trim_start_matches('/')).join("index.html"))
        .chain([PathBuf::from("404.html")])
        .collect()
}

fn write_pages(dist: &Path) -> Result<usize, String> {
    let content = Content::load().map_err(|error| error.to_string())?;
    let index = dist.join("index.html");
    let html = std::fs::read(&index).map_err(|error| format!("{}: {error}", index.display()))?;
    let files = page_files(&content);
    for file in &files {
        let path = dist.join(file);
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder)
                .map_err(|error| format!("{}: {error}", folder.display()))?;
        }
        std::fs::write(&path, &html).map_err(|error| format!("{}: {error}", path.display()))?;
    }
    Ok(files.len())
}

fn main() -> ExitCode {
    let Some(dist) = std::env::args_os().nth(1) else {
        eprintln!("usage: static-routes <dist folder>");
        return ExitCode::from(2);
    };
    match write_pages(Path::new(&dist)) {
        Ok(count) => {
            println!("static-routes: wrote {count} pages");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("static-routes: {error}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_gets_a_page() {
        let content = Content::load().unwrap();
        let files = page_files(&content);
        assert!(files.contains(&PathBuf::from("step/question/index.html")));
        for page in ["all", "map", "essay", "glossary", "verdict"] {
            assert!(
                files.contains(&PathBuf::from(page).join("index.html")),
                "{page}"
            );
        }
        assert!(files.contains(&PathBuf::from("404.html")));
        assert!(!files.contains(&PathBuf::from("index.html")));
        assert_eq!(files.len(), content.argument.steps().len() + 6);
    }
}
