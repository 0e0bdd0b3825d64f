//! Starts the explainer in the browser.

/// Talc: a smaller allocator than the standard library's, for fewer bytes to
/// download. The WebAssembly has one thread, without atomics.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    diplomacy_explainer::start::start();
}
