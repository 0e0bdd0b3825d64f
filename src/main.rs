//! Starts the explainer in the browser.

fn main() {
    yew::Renderer::<diplomacy_explainer::app::App>::new().render();
}
