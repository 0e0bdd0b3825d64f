//! Boots the explainer in the browser. The release build has the
//! explainer's pages only (the classroom kit is `src/bin/classroom.rs`);
//! `trunk serve` builds this binary alone, in debug, with every page.

use diplomacy_explainer::Pages;

/// The pages this build has: every page in the debug build.
#[cfg(debug_assertions)]
const PAGES: Pages = Pages::EVERY;
/// The pages this build has: the explainer's alone in the release build, so
/// that it never names the classroom kit's.
#[cfg(not(debug_assertions))]
const PAGES: Pages = Pages::EXPLAINER;

fn main() {
    diplomacy_explainer::boot::boot(PAGES);
}
