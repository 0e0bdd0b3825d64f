//! Hooks that join the model to the browser, one concern a file: the state
//! the app provides ([`context`]), keeping it in localStorage
//! ([`persisted`]), the keyboard ([`keys`]), the text the classroom kit keeps
//! ([`kept`]), showing a page ([`page`]) and the assignment a student
//! follows ([`assignment`], [`use_following`]).

pub mod assignment;
pub mod context;
pub mod held;
pub mod kept;
pub mod keys;
pub mod page;
pub mod persisted;

pub use context::{use_answers, use_content, use_following, use_progress};
pub use keys::use_step_keys;
pub use page::{elements_under, use_fragment_target, use_mounted, use_origin, use_page_heading};
pub use persisted::use_persisted;
