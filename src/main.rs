//! Boots the explainer in the browser. The release build has the steps'
//! pages only (the other views are `src/bin/views.rs`, the classroom kit
//! `src/bin/classroom.rs`); `trunk serve` builds this binary alone, in
//! debug, with every page.

use diplomacy_explainer::Pages;

/// The pages this build has: every page in the debug build.
#[cfg(debug_assertions)]
const PAGES: Pages = Pages::EVERY;
/// The pages this build has: the steps' alone in the release build, so that
/// a reader walking the steps loads neither the other views nor the
/// classroom kit.
#[cfg(not(debug_assertions))]
const PAGES: Pages = Pages::STEPS;

fn main() {
    diplomacy_explainer::boot::boot(PAGES);
}
