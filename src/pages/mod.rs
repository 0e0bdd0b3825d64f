//! The explainer's pages, one per route (`crate::route::Route`), each in
//! its own file, and the shell around them, which picks one for the address
//! shown.

pub mod essay;
pub mod glossary;
pub mod map;
pub mod not_found;
pub mod shell;
pub mod start;
pub mod step;
pub mod verdict;
pub mod whole_argument;
