//! Hooks that join the model to the browser, one concern a file: the state
//! the app provides ([`context`]), keeping it in localStorage
//! ([`persisted`]), the keyboard ([`keys`]) and showing a page ([`page`]).

pub mod context;
pub mod keys;
pub mod page;
pub mod persisted;

pub use context::{use_answers, use_content, use_reader};
pub use keys::use_step_keys;
pub use page::{use_fragment_target, use_hydrated, use_page_heading};
pub use persisted::use_persisted;
