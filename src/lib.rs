//! An in-browser, step-by-step explainer of one essay, whose words
//! (`content/`) the build embeds: the code is the same for any essay.
//!
//! The [`model`] crate is plain Rust (the essay, the argument, the reader's
//! progress); this yew app sits on top of it: [`boot`] takes over the page, [`app`] is
//! its root, `pages` are what the routes ([`route`], [`router`]) show, built
//! of `components` and joined to the browser by `hooks`.

pub mod app;
pub mod boot;
pub(crate) mod components;
pub(crate) mod hooks;
pub(crate) mod pages;
pub mod route;
pub mod router;

pub use pages::Pages;

/// Talc: a smaller allocator than the standard library's, for fewer bytes to
/// download. The WebAssembly has one thread, without atomics.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
