//! Boots the classroom kit's pages in the browser: the teacher's page, the
//! class's answers and the hand-in page. A binary of their own, so that a
//! page of the steps never loads them (see `pages::Pages`).

fn main() {
    diplomacy_explainer::boot::boot(diplomacy_explainer::Pages::CLASSROOM);
}
