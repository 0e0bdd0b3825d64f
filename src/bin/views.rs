//! Boots the explainer's other views in the browser: the whole argument,
//! the map, the essay, the glossary and the verdict. A binary of their own,
//! so that a page of the steps never loads them (see `pages::Pages`).

fn main() {
    diplomacy_explainer::boot::boot(diplomacy_explainer::Pages::VIEWS);
}
