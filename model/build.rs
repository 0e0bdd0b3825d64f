//! Checks the content and embeds it: `check::load` reads the content folder
//! (`content/`, or the folder `CONTENT_DIR` names) and checks every rule of
//! `content/README.md`; a broken rule stops the build with the checker's
//! report, as `make check` prints it. Otherwise `check::bake` writes the
//! content out as Rust that builds the model's own types, which the model
//! includes as a static (`Content::get`): the app reads it as it is, with no
//! parser, no deserialising and no checker in the WebAssembly. The model's
//! test fixture, `fixture/`, is checked and baked the same way.

use std::path::{Path, PathBuf};
use std::{env, fs};

/// The files a content folder may hold, each watched for changes where it
/// is there.
const FILES: [&str; 5] = [
    "essay.txt",
    "argument.toml",
    "glossary.toml",
    "site.toml",
    "hedges.toml",
];

fn main() {
    // Another folder of content, in place of `content/`: another essay's
    // (`make dist CONTENT=dir`), or the browser tests' changed copy.
    println!("cargo::rerun-if-env-changed=CONTENT_DIR");
    // Cargo runs this in `model/`: the content is the workspace's `content/`.
    let content = env::var_os("CONTENT_DIR").map_or_else(|| "../content".into(), PathBuf::from);
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    bake(&content, &out.join("content.rs"));
    bake(Path::new("fixture"), &out.join("fixture.rs"));
}

/// Checks the folder `dir` and writes it out as Rust to `to`, or stops the
/// build with every diagnostic.
fn bake(dir: &Path, to: &Path) {
    // The folder, for a file added to it, and each file in it. A file it
    // lacks is not named: Cargo takes a missing file as a change, and would
    // rebuild the model and the app on every build (each `trunk build` of
    // `make app` after the first, when the fixture has no hedges.toml).
    println!("cargo::rerun-if-changed={}", dir.display());
    for file in FILES
        .map(|file| dir.join(file))
        .iter()
        .filter(|file| file.exists())
    {
        println!("cargo::rerun-if-changed={}", file.display());
    }
    let document = check::load(dir).unwrap_or_else(|report| {
        panic!(
            "the content does not pass its checks:\n{}",
            check::output(dir, &report, false)
        )
    });
    fs::write(to, check::bake(&document))
        .unwrap_or_else(|error| panic!("writing {}: {error}", to.display()));
}
