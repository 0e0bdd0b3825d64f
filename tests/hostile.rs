//! Any address a reader can type or be sent is a page: [`Route::recognize`]
//! never panics, whatever the path holds, and every route it gives leads
//! back to itself through the link the app writes for it ([`Route::to_path`]),
//! with a title and a description. The browser test opens one hostile address
//! the whole way through the page (`tests/browser/hardening.spec.mjs`); these
//! properties fuzz the rest natively, where thousands of cases cost a second.
#![cfg(not(target_arch = "wasm32"))]

use diplomacy_explainer::route::Route;
use model::Content;
use proptest::prelude::*;

/// Pieces of hostile or unlucky paths: traversal, bad, encoded and overlong
/// percent-encodings, markup, separators and what they look like encoded.
const PIECES: &[&str] = &[
    "..",
    "%2e%2e",
    "%2F",
    "%2f",
    "%25",
    "%3F",
    "%23",
    "%00",
    "%E0%A4%A",
    "%FF",
    "%",
    "%%",
    "<script>alert(1)</script>",
    "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
    "cold-war",
    "Cold-War",
    "likely",
    "-to-",
    "404",
    "index.html",
    "'",
    "\"",
    "%22",
    "javascript:alert(1)",
    "é",
    "%C3%A9",
    "☃",
    " ",
    "%20",
    "#",
    "?",
    "&",
    "=",
    "\\",
    "\u{0}",
    "\u{fffd}",
    "\u{202e}",
];

/// The site's own segments, which lead somewhere.
const SEGMENTS: &[&str] = &[
    "step",
    "verdict",
    "all",
    "map",
    "essay",
    "glossary",
    "teach",
    "assignment",
    "likely-to-unlikely",
];

/// A segment of a path built of those pieces, or of any text.
fn segment() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        6 => proptest::sample::select(PIECES).prop_map(str::to_owned),
        1 => any::<String>(),
        1 => "[a-z-]{1,300}",
    ];
    proptest::collection::vec(piece, 0..4).prop_map(|pieces| pieces.concat())
}

/// A path of the site's segments and of segments built of those pieces,
/// with or without its leading and trailing slashes.
fn path() -> impl Strategy<Value = String> {
    let segment = prop_oneof![
        1 => proptest::sample::select(SEGMENTS).prop_map(str::to_owned),
        1 => segment(),
    ];
    (
        any::<bool>(),
        proptest::collection::vec(segment, 0..5),
        any::<bool>(),
    )
        .prop_map(|(lead, segments, trail)| {
            let lead = if lead { "/" } else { "" };
            let trail = if trail { "/" } else { "" };
            format!("{lead}{}{trail}", segments.join("/"))
        })
}

/// Checks what a reader meets at `path`: a route that reads back from its
/// own link, and a title and a description to show.
fn check(path: &str) -> Result<(), TestCaseError> {
    let route = Route::recognize(path);
    if route != Route::NotFound {
        let link = route.to_path();
        prop_assert!(link.starts_with('/') && link.ends_with('/'), "{link}");
        prop_assert_eq!(
            Route::recognize(&link),
            route.clone(),
            "{} from {:?}",
            link,
            path
        );
    }
    let content = Content::get();
    prop_assert!(!route.title(content).is_empty());
    prop_assert!(!route.description(content).is_empty());
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2048))]

    #[test]
    fn any_path_is_a_page_whose_link_leads_back_to_it(path in path()) {
        check(&path)?;
    }

    #[test]
    fn any_step_or_verdict_is_a_page(segment in segment()) {
        for path in [format!("/step/{segment}"), format!("/verdict/{segment}/")] {
            check(&path)?;
        }
    }

    #[test]
    fn any_text_at_all_is_a_page(text in any::<String>()) {
        check(&text)?;
        check(&format!("/{text}"))?;
    }
}
