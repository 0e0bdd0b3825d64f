//! The source keeps the promises ARCHITECTURE.md makes about its shape, read
//! off the `use` lines of every file under `src/`: no loop of imports; the
//! model imports nothing above it and nothing of the browser's, components
//! no page, and a step or a section neither the argument nor the reader; and
//! every document id made from the content is built, and read back, in
//! `model::page_id` alone.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

mod common;
use common::rust_files;

/// A module's path from the crate root: `["model", "content"]`, or
/// `["model", "content", "tests"]` for a module inside a file.
type ModulePath = Vec<String>;

/// What one module's `use` lines say: the paths it imports, each as written
/// (`super::argument::Argument`), and the names it re-exports with
/// `pub use`, each with the path it stands for.
#[derive(Default)]
struct Module {
    uses: Vec<Vec<String>>,
    exports: BTreeMap<String, Vec<String>>,
}

/// The library crate's modules, read from `src/` (`main.rs` and `bin/` are
/// binaries of their own, which import the library by its name).
fn library_modules(src: &Path) -> BTreeMap<ModulePath, Module> {
    let mut modules = BTreeMap::new();
    for file in rust_files(src) {
        let relative = file.strip_prefix(src).expect("under src/");
        let mut path: ModulePath = relative
            .with_extension("")
            .iter()
            .map(|part| part.to_string_lossy().into_owned())
            .collect();
        if path == ["main"] || path.first().is_some_and(|first| first == "bin") {
            continue;
        }
        if path
            .last()
            .is_some_and(|last| last == "mod" || last == "lib")
        {
            path.pop();
        }
        let text = std::fs::read_to_string(&file).expect("a source file is readable");
        read_modules(&text, &path, &mut modules);
    }
    modules
}

/// Reads the `use` lines of one file, as rustfmt lays them out, into the
/// module they belong to: the file's, or one declared inside it
/// (`mod tests {` … `}` at the same indent).
fn read_modules(text: &str, file: &ModulePath, modules: &mut BTreeMap<ModulePath, Module>) {
    modules.entry(file.clone()).or_default();
    // The modules open at this line: their indent and their path.
    let mut open: Vec<(usize, ModulePath)> = vec![(usize::MAX, file.clone())];
    let mut statement: Option<(bool, String)> = None;
    for line in text.lines() {
        let indent = line.len() - line.trim_start().len();
        let trimmed = line.trim();
        if let Some((public, mut text)) = statement.take() {
            text.push_str(trimmed);
            statement = Some((public, text));
        } else if let Some(name) = inline_module(trimmed) {
            let mut path = open.last().expect("the file's module").1.clone();
            path.push(name.to_owned());
            modules.entry(path.clone()).or_default();
            open.push((indent, path));
            continue;
        } else if trimmed == "}" && open.last().is_some_and(|(at, _)| *at == indent) {
            open.pop();
            continue;
        } else if let Some(rest) = trimmed.strip_prefix("use ") {
            statement = Some((false, rest.to_owned()));
        } else if let Some(rest) = ["pub use ", "pub(crate) use "]
            .iter()
            .find_map(|prefix| trimmed.strip_prefix(prefix))
        {
            statement = Some((true, rest.to_owned()));
        }
        if let Some((public, text)) = statement.take_if(|(_, text)| text.ends_with(';')) {
            let module = modules
                .get_mut(&open.last().expect("the file's module").1)
                .expect("an open module is known");
            for (path, name) in expand(text.trim_end_matches(';')) {
                if public {
                    module.exports.insert(name, path.clone());
                }
                module.uses.push(path);
            }
        }
    }
}

/// The name of a module declared inline on this line (`mod tests {`).
fn inline_module(line: &str) -> Option<&str> {
    let rest = line.strip_prefix("pub ").unwrap_or(line);
    rest.strip_prefix("mod ")?.strip_suffix(" {")
}

/// The paths a use tree names, each with the name it is known by:
/// `a::{b, c::{self, D as E}}` is `a::b`, `a::c` and `a::c::D` (as `E`).
fn expand(tree: &str) -> Vec<(Vec<String>, String)> {
    let tree: String = tree.split_whitespace().collect::<Vec<_>>().join(" ");
    let Some(open) = tree.find('{') else {
        let (path, name) = match tree.split_once(" as ") {
            Some((path, name)) => (path, Some(name)),
            None => (tree.as_str(), None),
        };
        let path: Vec<String> = path.split("::").map(str::to_owned).collect();
        let name = name.map_or_else(|| path.last().cloned().unwrap_or_default(), str::to_owned);
        return vec![(path, name)];
    };
    let prefix = &tree[..open];
    let inner = &tree[open + 1..tree.rfind('}').expect("a use tree's braces close")];
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (at, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..at]);
                start = at + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .flat_map(|part| match part {
            "self" => expand(prefix.trim_end_matches("::")),
            part => expand(&format!("{prefix}{part}")),
        })
        .collect()
}

/// The module an import from `module` reaches: the last module its path
/// names, or, where it names an item a module re-exports (as `model`'s
/// `pub use`), the module the item comes from. `None` for another crate's.
fn reached(
    modules: &BTreeMap<ModulePath, Module>,
    module: &ModulePath,
    path: &[String],
) -> Option<ModulePath> {
    let (mut at, rest) = match path.first()?.as_str() {
        "crate" => (Vec::new(), &path[1..]),
        "self" => (module.clone(), &path[1..]),
        "super" => {
            let supers = path.iter().take_while(|part| *part == "super").count();
            let at = module[..module.len().checked_sub(supers)?].to_vec();
            (at, &path[supers..])
        }
        first => {
            let child = [module.as_slice(), &[first.to_owned()]].concat();
            if !modules.contains_key(&child) {
                return None;
            }
            (module.clone(), path)
        }
    };
    for part in rest {
        let child = [at.as_slice(), std::slice::from_ref(part)].concat();
        if modules.contains_key(&child) {
            at = child;
        } else if let Some(exported) = modules[&at].exports.get(part) {
            return reached(modules, &at, exported);
        } else {
            break;
        }
    }
    Some(at)
}

/// Which modules each module imports, itself aside.
fn imports(modules: &BTreeMap<ModulePath, Module>) -> BTreeMap<ModulePath, BTreeSet<ModulePath>> {
    modules
        .iter()
        .map(|(from, module)| {
            let to = module
                .uses
                .iter()
                .filter_map(|path| reached(modules, from, path))
                .filter(|to| to != from)
                .collect();
            (from.clone(), to)
        })
        .collect()
}

/// Each loop of imports, as `a -> b::c -> a`: one for each module that is
/// the least (in path order) of a loop, the shortest through it.
fn import_cycles(modules: &BTreeMap<ModulePath, Module>) -> Vec<String> {
    let imports = imports(modules);
    let name = |path: &ModulePath| format!("crate::{}", path.join("::"));
    let mut cycles = Vec::new();
    for start in imports.keys() {
        // Breadth first from `start` through modules after it, each reached
        // from the one before it on the shortest way.
        let mut before: BTreeMap<&ModulePath, &ModulePath> = BTreeMap::new();
        let mut next = vec![start];
        let mut closing = None;
        while closing.is_none() && !next.is_empty() {
            let mut further = Vec::new();
            for from in next {
                for to in imports.get(from).into_iter().flatten() {
                    if to == start {
                        closing = Some(from);
                        break;
                    }
                    if to > start && !before.contains_key(to) {
                        before.insert(to, from);
                        further.push(to);
                    }
                }
                if closing.is_some() {
                    break;
                }
            }
            next = further;
        }
        if let Some(mut at) = closing {
            let mut way = vec![name(start)];
            while at != start {
                way.insert(1, name(at));
                at = before[at];
            }
            way.push(name(start));
            cycles.push(way.join(" -> "));
        }
    }
    cycles
}

/// Each import that crosses a layer the wrong way: out of the model, from a
/// component to a page, or from a step or a section to the argument or the
/// progress, as `crate::a imports crate::b`.
fn layer_breaches(modules: &BTreeMap<ModulePath, Module>) -> Vec<String> {
    let name = |path: &ModulePath| format!("crate::{}", path.join("::"));
    let under = |path: &ModulePath, parts: &[&str]| {
        path.len() >= parts.len() && path.iter().zip(parts).all(|(a, b)| a == b)
    };
    let mut breaches = Vec::new();
    for (from, to) in imports(modules) {
        for other in to {
            let breach = (under(&from, &["model"]) && !under(&other, &["model"]))
                || (under(&from, &["components"]) && under(&other, &["pages"]))
                || ((under(&from, &["model", "step"]) || under(&from, &["model", "section"]))
                    && (under(&other, &["model", "argument"])
                        || under(&other, &["model", "progress"])));
            if breach {
                breaches.push(format!("{} imports {}", name(&from), name(&other)));
            }
        }
    }
    breaches
}

#[test]
fn each_layer_imports_only_what_is_below_it() {
    let modules = library_modules(Path::new("src"));
    let breaches = layer_breaches(&modules);
    assert!(
        breaches.is_empty(),
        "imports across a layer:\n{}",
        breaches.join("\n")
    );
}

/// The modules of a crate made of these files: each a module's path
/// (`model::map`, or `` for the crate's root) and its text.
fn modules_of(files: &[(&str, &str)]) -> BTreeMap<ModulePath, Module> {
    let mut modules = BTreeMap::new();
    for (path, text) in files {
        let path = path.split("::").filter(|part| !part.is_empty());
        read_modules(text, &path.map(str::to_owned).collect(), &mut modules);
    }
    modules
}

#[test]
fn an_import_across_a_layer_is_named() {
    let modules = modules_of(&[
        ("model::map", "use crate::router::Route;\n"),
        ("components::claim", "use crate::pages::Step;\n"),
        ("model::step", "use super::progress::Progress;\n"),
        ("pages::step", "use crate::model::Step;\n"),
        ("router", ""),
        ("pages", ""),
        ("model::progress", ""),
        ("model", ""),
    ]);
    assert_eq!(
        layer_breaches(&modules),
        [
            "crate::components::claim imports crate::pages",
            "crate::model::map imports crate::router",
            "crate::model::step imports crate::model::progress",
        ]
    );
}

#[test]
fn no_loop_of_imports() {
    let modules = library_modules(Path::new("src"));
    assert!(
        modules.contains_key(&vec!["pages".to_owned(), "start".to_owned()]),
        "the modules are read"
    );
    let cycles = import_cycles(&modules);
    assert!(
        cycles.is_empty(),
        "modules that import each other:\n{}",
        cycles.join("\n")
    );
}

#[test]
fn an_import_through_a_re_export_reaches_the_module_it_comes_from() {
    let modules = modules_of(&[
        (
            "",
            "pub mod a;\npub use a::{Thing, other::{self, Other as Renamed}};\n",
        ),
        ("a", "use crate::{Renamed, b};\n"),
        ("a::other", ""),
        (
            "b",
            "use super::Thing;\n\n#[cfg(test)]\nmod tests {\n    use super::*;\n    use crate::b::{\n        X,\n    };\n}\n",
        ),
    ]);
    let file = |names: &[&str]| {
        names
            .iter()
            .map(|name| (*name).to_owned())
            .collect::<ModulePath>()
    };
    let imports = imports(&modules);
    assert_eq!(imports[&file(&["b"])], BTreeSet::from([file(&["a"])]));
    assert_eq!(
        imports[&file(&["a"])],
        BTreeSet::from([file(&["a", "other"]), file(&["b"])])
    );
    assert_eq!(
        imports[&file(&["b", "tests"])],
        BTreeSet::from([file(&["b"])])
    );
    assert_eq!(
        import_cycles(&modules),
        ["crate::a -> crate::b -> crate::a"]
    );
}

#[test]
fn a_loop_through_three_modules_is_named_once() {
    let modules = modules_of(&[
        ("router", "use crate::c::C;\n"),
        ("pages", "use crate::router::R;\n"),
        ("c", "use crate::pages::P;\n"),
        ("d", "use crate::c::C;\n"),
    ]);
    assert_eq!(
        import_cycles(&modules),
        ["crate::c -> crate::pages -> crate::router -> crate::c"]
    );
}

/// The string literals in `text` that build a document id (`format!` with
/// words and placeholders joined by hyphens, as `"whole-{}"` or
/// `"{step}-claim"`) or read one back (`strip_prefix("term-")`,
/// `strip_suffix("-definition")`): the ways this code makes and reads ids. A class
/// name's modifier (`"shape--{}"`) is not an id.
fn id_literals(text: &str) -> Vec<String> {
    let id_shaped = |literal: &str| {
        !literal.is_empty()
            && !literal.contains("--")
            && literal
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-{}_".contains(c))
    };
    let mut found = Vec::new();
    for call in ["format!(\"", "strip_prefix(\"", "strip_suffix(\""] {
        for (at, _) in text.match_indices(call) {
            let rest = &text[at + call.len()..];
            let literal = &rest[..rest.find('"').unwrap_or(rest.len())];
            let builds = if call.starts_with("format") {
                literal.contains("-{") || literal.contains("}-")
            } else {
                literal.starts_with('-') || literal.ends_with('-')
            };
            if builds && id_shaped(literal) {
                found.push(format!("{call}{literal}\""));
            }
        }
    }
    found
}

#[test]
fn document_ids_are_built_and_read_back_in_page_id_alone() {
    let page_id = Path::new("model/src/page_id.rs");
    let mut outside = Vec::new();
    for file in rust_files(Path::new("src")) {
        let text = std::fs::read_to_string(&file).expect("a source file is readable");
        let literals = id_literals(&text);
        if file == page_id {
            assert!(!literals.is_empty(), "page_id's own ids are found");
        } else {
            outside.extend(
                literals
                    .into_iter()
                    .map(|literal| format!("{}: {literal}", file.display())),
            );
        }
    }
    assert!(
        outside.is_empty(),
        "ids built or read outside model::page_id:\n{}",
        outside.join("\n")
    );
}

#[test]
fn a_string_that_builds_or_reads_an_id_is_caught() {
    for built in [
        r#"id={format!("whole-{}", step.id)}"#,
        r#"format!("{step}-claim")"#,
        r#"format!("{place}-{term}-definition")"#,
        r#"name.strip_prefix("convinces-")"#,
        r#"id.strip_suffix("-source")"#,
    ] {
        assert_eq!(id_literals(built).len(), 1, "{built}");
    }
    for other in [
        r#"format!("shape--{shape}")"#,
        r#"format!("Step {} of {}", a, b)"#,
        r#"format!("/{STEP}/{}/")"#,
        r#"format!("p{}", index + 1)"#,
        r#"path.strip_suffix("index.html")"#,
    ] {
        assert_eq!(id_literals(other), Vec::<String>::new(), "{other}");
    }
}
