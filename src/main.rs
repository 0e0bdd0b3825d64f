//! Starts the explainer in the browser.

fn main() {
    diplomacy_explainer::app::start();
}
