//! Boots the explainer in the browser. The release build has the
//! explainer's pages only (the classroom kit is `src/bin/classroom.rs`);
//! `trunk serve` builds this binary alone, in debug, with every page.

use diplomacy_explainer::Pages;

fn main() {
    let pages = if cfg!(debug_assertions) {
        Pages::EVERY
    } else {
        Pages::EXPLAINER
    };
    diplomacy_explainer::boot::boot(pages);
}
