//! An in-browser, step-by-step explainer of one essay: whether Russia and the
//! West could close all diplomatic relations.
//!
//! [`model`] is plain Rust (the essay, the argument, the reader's progress);
//! the yew app in [`app`] and [`components`] sits on top of it.

pub mod app;
pub mod components;
pub mod hooks;
pub mod model;
pub mod route;
pub mod router;
