//! Embeds the TOML content files in the app as Rust statics (a
//! [`Tree`](src/tree.rs) of strings, lists and tables), so that the
//! WebAssembly carries no TOML or JSON parser: serde reads the statics
//! directly when the app starts. A file that is not valid TOML, or holds a
//! value the content never uses (a number, a date), stops the build with the
//! file named; whether its content makes sense is checked when the model loads
//! it (and by `cargo test`).

use std::fmt::Write;
use std::{env, fs, path::Path};

/// Each content file, with the name of the static it becomes.
const FILES: [(&str, &str); 3] = [
    ("argument", "ARGUMENT"),
    ("glossary", "GLOSSARY"),
    ("site", "SITE"),
];

fn main() {
    // Another folder of content files, in place of `content/`: the browser
    // tests build a second version of the site from a changed copy.
    println!("cargo::rerun-if-env-changed=CONTENT_DIR");
    // Cargo runs this in `model/`: the content is the workspace's `content/`.
    let folder = env::var("CONTENT_DIR").unwrap_or_else(|_| "../content".to_owned());
    let mut out = String::new();
    for (name, constant) in FILES {
        let source = format!("{folder}/{name}.toml");
        println!("cargo::rerun-if-changed={source}");
        let text = fs::read_to_string(&source).unwrap_or_else(|error| panic!("{source}: {error}"));
        let table: toml::Table =
            toml::from_str(&text).unwrap_or_else(|error| panic!("{source}: {error}"));
        let mut tree = String::new();
        write_tree(&toml::Value::Table(table), &mut tree).unwrap_or_else(|kind| {
            panic!("{source}: content is text, lists and tables, not {kind}")
        });
        writeln!(
            out,
            "/// `{source}`, as written.\npub static {constant}: Tree = {tree};"
        )
        .unwrap();
    }
    let dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    fs::write(Path::new(&dir).join("content.rs"), out)
        .unwrap_or_else(|error| panic!("writing content.rs: {error}"));
}

/// Writes a value as a `Tree` expression; a kind of value the tree does not
/// hold is returned as the error, by its name ("integer", "datetime").
fn write_tree(value: &toml::Value, out: &mut String) -> Result<(), String> {
    match value {
        // Debug formatting quotes and escapes a string as a Rust literal.
        toml::Value::String(text) => write!(out, "Tree::Text({text:?})").unwrap(),
        toml::Value::Array(items) => {
            out.push_str("Tree::List(&[");
            for item in items {
                write_tree(item, out)?;
                out.push(',');
            }
            out.push_str("])");
        }
        toml::Value::Table(table) => {
            out.push_str("Tree::Table(&[");
            for (key, item) in table {
                write!(out, "({key:?}, ").unwrap();
                write_tree(item, out)?;
                out.push_str("),");
            }
            out.push_str("])");
        }
        other => return Err(other.type_str().to_owned()),
    }
    Ok(())
}
