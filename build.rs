//! Hands the TOML content files to the app as JSON, so that the WebAssembly
//! needs no TOML parser (a fifth of its size once). A file that is not valid
//! TOML stops the build with the file named; whether its content makes sense
//! is checked when the model loads it (and by `cargo test`).

use std::{env, fs, path::Path};

const FILES: [&str; 2] = ["argument", "glossary"];

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for name in FILES {
        let source = format!("content/{name}.toml");
        println!("cargo::rerun-if-changed={source}");
        let text = fs::read_to_string(&source).unwrap_or_else(|error| panic!("{source}: {error}"));
        let value: toml::Value =
            toml::from_str(&text).unwrap_or_else(|error| panic!("{source}: {error}"));
        let json = serde_json::to_string(&value).expect("TOML values are JSON values");
        fs::write(Path::new(&out).join(format!("{name}.json")), json)
            .unwrap_or_else(|error| panic!("writing {name}.json: {error}"));
    }
}
