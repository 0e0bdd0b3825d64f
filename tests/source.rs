//! The promises about the source's shape that ARCHITECTURE.md makes and the
//! crates' boundaries cannot keep: within the app (`src/`) and within the
//! model (`model/src/`), no loop of imports and each layer importing only
//! what is below it; and every document id made from the content built, and
//! read back, in `model::page_id` alone; no crate of the browser's among
//! the model's dependencies (`Cargo.lock`); and no word of the essay in a
//! string of the code, outside its tests. The files are read by `syn`, as the
//! compiler reads them. A module imports another when it names it or an item
//! of it by a path of two names or more: in a `use`, in code, or among a
//! macro's tokens (`html!`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use proc_macro2::{TokenStream, TokenTree};
use syn::visit::{self, Visit};

mod common;
use common::rust_files;

/// A module's path in its crate: `["pages", "step"]`, `[]` for the root,
/// `["argument", "tests"]` for a module inside a file.
type ModulePath = Vec<String>;

/// What one module names: the paths it names, each as written
/// (`super::argument::Argument`), and the names it re-exports (`pub use`),
/// each with the path it stands for.
#[derive(Default)]
struct Module {
    paths: Vec<Vec<String>>,
    exports: BTreeMap<String, Vec<String>>,
}

/// A crate's modules, by path.
type Modules = BTreeMap<ModulePath, Module>;

/// The app's layers, top to bottom, as ARCHITECTURE.md's code map names
/// them: each module of `src/` but the root is in one, and imports only from
/// its own layer and those below it. (The binaries, `main.rs` and `bin/`,
/// are crates of their own above them all, and the model a crate below.)
static APP_LAYERS: [&str; 7] = [
    "boot",
    "app",
    "pages",
    "components",
    "hooks",
    "router",
    "route",
];

/// What a layer of the model must not import, as ARCHITECTURE.md says:
/// a step and a section neither the argument nor the progress.
const MODEL_BARS: [(&str, &[&str]); 2] = [
    ("step", &["argument", "progress"]),
    ("section", &["argument", "progress"]),
];

/// The modules of the library crate whose files are under `src` (every
/// file but the binaries', `main.rs` and `bin/`).
fn crate_modules(src: &Path) -> Modules {
    let mut modules = Modules::new();
    for file in rust_files(src) {
        let relative = file.strip_prefix(src).expect("under its folder");
        let mut path: ModulePath = relative
            .with_extension("")
            .iter()
            .map(|part| part.to_string_lossy().into_owned())
            .collect();
        if path == ["main"] || path[0] == "bin" {
            continue;
        }
        if matches!(path.last().map(String::as_str), Some("mod" | "lib")) {
            path.pop();
        }
        let text = std::fs::read_to_string(&file).expect("a source file is readable");
        read_file(&text, path, &mut modules);
    }
    modules
}

/// The modules of a crate made of these files, each given by its module's
/// path (`pages::step`, or `` for the root) and its text.
fn modules_of(files: &[(&str, &str)]) -> Modules {
    let mut modules = Modules::new();
    for (path, text) in files {
        let path = path.split("::").filter(|part| !part.is_empty());
        read_file(text, path.map(str::to_owned).collect(), &mut modules);
    }
    modules
}

/// Reads what one file's module, and the modules inside it, name.
fn read_file(text: &str, path: ModulePath, modules: &mut Modules) {
    let file = syn::parse_file(text).expect("a source file parses");
    modules.entry(path.clone()).or_default();
    Names { modules, at: path }.visit_file(&file);
}

/// A walk through a file that records what each module in it names.
struct Names<'a> {
    modules: &'a mut Modules,
    /// The module the walk is in.
    at: ModulePath,
}

impl Names<'_> {
    fn module(&mut self) -> &mut Module {
        self.modules.entry(self.at.clone()).or_default()
    }
}

impl<'ast> Visit<'ast> for Names<'_> {
    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        // A module in a file of its own (`mod step;`) is read from that file.
        if item.content.is_some() {
            self.at.push(item.ident.to_string());
            self.module();
            visit::visit_item_mod(self, item);
            self.at.pop();
        }
    }

    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        let public = !matches!(item.vis, syn::Visibility::Inherited);
        let mut found = Vec::new();
        use_paths(&[], &item.tree, &mut found);
        let module = self.module();
        for (path, name) in found {
            if let (true, Some(name)) = (public, name) {
                module.exports.insert(name, path.clone());
            }
            module.paths.push(path);
        }
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        if path.segments.len() > 1 {
            let names = path.segments.iter().map(|part| part.ident.to_string());
            self.module().paths.push(names.collect());
        }
        visit::visit_path(self, path);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        let mut found = Vec::new();
        token_paths(mac.tokens.clone(), &mut found);
        self.module().paths.extend(found);
        visit::visit_macro(self, mac);
    }
}

/// The paths a use tree under `prefix` names, each with the name it is
/// known by (none for a glob): `a::{self, b::C as D}` is `a` and `a::b::C`
/// (as `D`).
fn use_paths(
    prefix: &[String],
    tree: &syn::UseTree,
    found: &mut Vec<(Vec<String>, Option<String>)>,
) {
    let with = |ident: &syn::Ident| [prefix, &[ident.to_string()]].concat();
    match tree {
        syn::UseTree::Path(path) => use_paths(&with(&path.ident), &path.tree, found),
        syn::UseTree::Name(name) if name.ident == "self" => {
            found.push((prefix.to_vec(), prefix.last().cloned()));
        }
        syn::UseTree::Name(name) => found.push((with(&name.ident), Some(name.ident.to_string()))),
        syn::UseTree::Rename(rename) => {
            found.push((with(&rename.ident), Some(rename.rename.to_string())));
        }
        syn::UseTree::Glob(_) => found.push((prefix.to_vec(), None)),
        syn::UseTree::Group(group) => {
            for tree in &group.items {
                use_paths(prefix, tree, found);
            }
        }
    }
}

/// The paths of two names or more among a macro's tokens, at any depth:
/// `crate::hooks::use_content` in `html! { {crate::hooks::use_content()} }`.
fn token_paths(tokens: TokenStream, found: &mut Vec<Vec<String>>) {
    let mut path: Vec<String> = Vec::new();
    // The colons after the path's last name: two make `::`.
    let mut colons = 0;
    for token in tokens {
        match token {
            TokenTree::Ident(ident) if colons == 2 => {
                path.push(ident.to_string());
                colons = 0;
            }
            TokenTree::Punct(punct) if punct.as_char() == ':' && !path.is_empty() && colons < 2 => {
                colons += 1;
            }
            other => {
                if path.len() > 1 {
                    found.push(std::mem::take(&mut path));
                }
                path.clear();
                colons = 0;
                match other {
                    TokenTree::Ident(ident) => path.push(ident.to_string()),
                    TokenTree::Group(group) => token_paths(group.stream(), found),
                    _ => {}
                }
            }
        }
    }
    if path.len() > 1 {
        found.push(path);
    }
}

/// The module of this crate a path named in `module` reaches: the last
/// module it names, or, where it names an item a module re-exports (as the
/// model's root does), the module the item comes from. `None` for a path
/// that starts elsewhere (another crate, a type, a variable).
fn reached(modules: &Modules, module: &ModulePath, path: &[String]) -> Option<ModulePath> {
    let (mut at, rest) = match path.first()?.as_str() {
        "crate" => (Vec::new(), &path[1..]),
        "self" => (module.clone(), &path[1..]),
        "super" => {
            let supers = path.iter().take_while(|part| *part == "super").count();
            let at = module[..module.len().checked_sub(supers)?].to_vec();
            (at, &path[supers..])
        }
        first if modules.contains_key(&[module.as_slice(), &[first.to_owned()]].concat()) => {
            (module.clone(), path)
        }
        _ => return None,
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
fn imports(modules: &Modules) -> BTreeMap<ModulePath, BTreeSet<ModulePath>> {
    modules
        .iter()
        .map(|(from, module)| {
            let to = module
                .paths
                .iter()
                .filter_map(|path| reached(modules, from, path));
            (from.clone(), to.filter(|to| to != from).collect())
        })
        .collect()
}

/// A module's path as the messages name it: `crate::pages::step`.
fn name(path: &ModulePath) -> String {
    ["crate"]
        .into_iter()
        .chain(path.iter().map(String::as_str))
        .collect::<Vec<_>>()
        .join("::")
}

/// Each import that closes a loop, as `crate::a imports crate::b, which
/// imports it back`: an import of a module from which the importer is
/// reached again.
fn loops(modules: &Modules) -> Vec<String> {
    let imports = imports(modules);
    let reaches = |from: &ModulePath, to: &ModulePath| {
        let mut seen = BTreeSet::new();
        let mut next = vec![from];
        while let Some(at) = next.pop() {
            if at == to {
                return true;
            }
            if seen.insert(at) {
                next.extend(&imports[at]);
            }
        }
        false
    };
    imports
        .iter()
        .flat_map(|(from, to)| to.iter().map(move |to| (from, to)))
        .filter(|(from, to)| reaches(to, from))
        .map(|(from, to)| format!("{} imports {}, which imports it back", name(from), name(to)))
        .collect()
}

/// Whether a module is `top` or inside it (`""` is every module).
fn under(module: &ModulePath, top: &str) -> bool {
    top.is_empty() || module.first().is_some_and(|first| first == top)
}

/// Each import from a module under one of `bars`' layers (`""`: any) into
/// a module under a layer it bars, as `crate::a imports crate::b`.
fn breaches(modules: &Modules, bars: &[(&str, &[&str])]) -> Vec<String> {
    let mut breaches = Vec::new();
    for (from, to) in imports(modules) {
        for (layer, barred) in bars.iter().filter(|(layer, _)| under(&from, layer)) {
            let crossing = |other: &&ModulePath| {
                !under(other, layer) && barred.iter().any(|top| under(other, top))
            };
            for other in to.iter().filter(crossing) {
                breaches.push(format!("{} imports {}", name(&from), name(other)));
            }
        }
    }
    breaches
}

/// Each module of the app in no layer, and each import up its layers.
fn app_breaches(modules: &Modules) -> Vec<String> {
    let in_no_layer = modules
        .keys()
        .filter(|module| !module.is_empty() && !APP_LAYERS.iter().any(|top| under(module, top)));
    let bars: Vec<(&str, &[&str])> = (0..APP_LAYERS.len())
        .map(|at| (APP_LAYERS[at], &APP_LAYERS[..at]))
        .collect();
    in_no_layer
        .map(|module| format!("{} is in no layer", name(module)))
        .chain(breaches(modules, &bars))
        .collect()
}

#[test]
fn no_loop_of_imports_in_the_app_or_the_model() {
    for src in ["src", "model/src"] {
        let modules = crate_modules(Path::new(src));
        assert!(modules.len() > 20, "{src}'s modules are read");
        let loops = loops(&modules);
        assert!(
            loops.is_empty(),
            "a loop of imports in {src}:\n{}",
            loops.join("\n")
        );
    }
}

#[test]
fn a_loop_of_imports_is_found_wherever_a_path_closes_it() {
    let modules = modules_of(&[
        ("", "pub mod a;\npub mod b;\npub mod c;\npub use c::C;\n"),
        ("a", "use crate::b::B;\n"),
        ("b", "fn f() { html! { <p>{ crate::C.g() }</p> } }\n"),
        (
            "c",
            "fn g() -> super::a::A { todo!() }\n#[cfg(test)]\nmod tests { use super::*; }\n",
        ),
    ]);
    assert_eq!(
        loops(&modules),
        [
            "crate::a imports crate::b, which imports it back",
            "crate::b imports crate::c, which imports it back",
            "crate::c imports crate::a, which imports it back",
        ]
    );
}

#[test]
fn each_layer_of_the_app_imports_only_what_is_below_it() {
    let modules = crate_modules(Path::new("src"));
    assert!(
        modules.contains_key(&vec!["pages".to_owned(), "start".to_owned()]),
        "the modules are read"
    );
    let breaches = app_breaches(&modules);
    assert!(
        breaches.is_empty(),
        "imports across a layer:\n{}",
        breaches.join("\n")
    );
}

#[test]
fn an_import_up_the_app_is_found() {
    let modules = modules_of(&[
        ("", "pub mod app;\npub mod boot;\npub use pages::Pages;\n"),
        ("app", "fn f() { crate::boot::boot() }\n"),
        (
            "components::claim",
            "use crate::{Pages, hooks::use_content};\n",
        ),
        (
            "route",
            "fn f() -> Vec<crate::router::Location> { Vec::new() }\n",
        ),
        ("boot", ""),
        ("pages", ""),
        ("hooks", ""),
        ("router", ""),
        ("util", "use crate::route::Route;\n"),
    ]);
    assert_eq!(
        app_breaches(&modules),
        [
            "crate::util is in no layer",
            "crate::app imports crate::boot",
            "crate::components::claim imports crate::pages",
            "crate::route imports crate::router",
        ]
    );
}

#[test]
fn no_step_or_section_imports_the_argument_or_the_progress() {
    let modules = crate_modules(Path::new("model/src"));
    assert!(
        modules.contains_key(&vec!["step".to_owned()]),
        "the modules are read"
    );
    let breaches = breaches(&modules, &MODEL_BARS);
    assert!(
        breaches.is_empty(),
        "imports across a layer:\n{}",
        breaches.join("\n")
    );
}

#[test]
fn an_import_the_model_bars_is_found() {
    let modules = modules_of(&[
        ("", "pub mod step;\npub use argument::Argument;\n"),
        ("argument", ""),
        ("progress", ""),
        ("step", "#[cfg(test)]\nmod tests { use crate::Argument; }\n"),
        ("section", "fn f(progress: &super::progress::Progress) {}\n"),
    ]);
    assert_eq!(
        breaches(&modules, &MODEL_BARS),
        [
            "crate::section imports crate::progress",
            "crate::step::tests imports crate::argument",
        ]
    );
}

/// Each string literal in these tokens that builds a document id (the
/// literal of a `format!` that joins words and placeholders with hyphens,
/// as `"whole-{}"` or `"{step}-claim"`) or reads one back (`strip_prefix`
/// or `strip_suffix` of a word and a hyphen, as `"term-"`), at any depth, in
/// a macro's tokens too. A class name's modifier (`"shape--{}"`) is no id.
fn id_literals(tokens: TokenStream, found: &mut Vec<String>) {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    for (at, token) in tokens.iter().enumerate() {
        let (call, arguments) = match (token, tokens.get(at + 1), tokens.get(at + 2)) {
            (
                TokenTree::Ident(call),
                Some(TokenTree::Punct(bang)),
                Some(TokenTree::Group(arguments)),
            ) if call == "format" && bang.as_char() == '!' => (call, arguments),
            (TokenTree::Ident(call), Some(TokenTree::Group(arguments)), _)
                if call == "strip_prefix" || call == "strip_suffix" =>
            {
                (call, arguments)
            }
            (TokenTree::Group(group), _, _) => {
                id_literals(group.stream(), found);
                continue;
            }
            _ => continue,
        };
        let Some(TokenTree::Literal(literal)) = arguments.stream().into_iter().next() else {
            continue;
        };
        let syn::Lit::Str(literal) = syn::Lit::new(literal) else {
            continue;
        };
        let text = literal.value();
        let joins = if call == "format" {
            text.contains("-{") || text.contains("}-")
        } else {
            text.starts_with('-') || text.ends_with('-')
        };
        let id_shaped = !text.contains("--")
            && text
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-{}_".contains(c));
        // A word outside the placeholders: `{}-{}` joins no word.
        let word = text.split('{').any(|part| {
            part.split_once('}')
                .map_or(part, |(_, after)| after)
                .contains(|c: char| c.is_ascii_lowercase())
        });
        if joins && id_shaped && word {
            found.push(format!("{call}(\"{text}\")"));
        }
    }
}

/// The ids built or read back in a file's text.
fn ids_in(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    id_literals(
        text.parse().expect("a source file's tokens read"),
        &mut found,
    );
    found
}

/// The literals shaped like an id that name something else, each after
/// its file: a Subresource Integrity value (the hash's name, then the hash)
/// and a test's temporary folder.
const NOT_IDS: [&str; 2] = [
    r#"prerender/src/template.rs: format("sha384-{}")"#,
    r#"prerender/src/template.rs: format("prerender-{name}-{}")"#,
];

#[test]
fn document_ids_are_built_and_read_back_in_page_id_alone() {
    let page_id = Path::new("model/src/page_id.rs");
    let mut outside = Vec::new();
    for src in ["src", "model/src", "prerender/src"] {
        for file in rust_files(Path::new(src)) {
            let ids = ids_in(&std::fs::read_to_string(&file).expect("a source file is readable"));
            if file == page_id {
                assert!(!ids.is_empty(), "page_id's own ids are found");
            } else {
                let named = ids.iter().map(|id| format!("{}: {id}", file.display()));
                outside.extend(named.filter(|named| !NOT_IDS.contains(&named.as_str())));
            }
        }
    }
    assert!(
        outside.is_empty(),
        "ids built or read outside model::page_id:\n{}",
        outside.join("\n")
    );
}

#[test]
fn an_id_built_or_read_back_is_found() {
    let text = r#"
        fn view(step: &Step) -> Html {
            html! { <p id={format!("whole-{}", step.id)} class={format!("shape--{}", step.kind)}>
                { format!("Step {} of {}", step.number, step.count) }
            </p> }
        }
        fn read(id: &str) -> Option<&str> {
            let quote = format!("{id}-quote-{}", 1);
            let code = format!("{}-{}-{}", 2, 6, 9);
            id.strip_prefix("term-").or(id.strip_suffix("index.html"))
        }
    "#;
    assert_eq!(
        ids_in(text),
        [
            r#"format("whole-{}")"#,
            r#"format("{id}-quote-{}")"#,
            r#"strip_prefix("term-")"#,
        ]
    );
}

/// The crates of the browser's, which the model must never reach: it is
/// plain Rust, tested natively, below the app.
fn is_browser_crate(name: &str) -> bool {
    ["yew", "web-sys", "js-sys", "wasm-bindgen"].contains(&name)
        || name.starts_with("gloo")
        || name.starts_with("wasm-bindgen-")
        || name.starts_with("yew-")
}

/// The names of the dependencies a manifest declares for every build of its
/// crate (`[dependencies]` and `[target.….dependencies]`), each as its
/// package is named: not its dev- or build-dependencies.
fn normal_dependencies(manifest: &toml::Table) -> BTreeSet<String> {
    let mut tables: Vec<&toml::Table> = manifest
        .get("dependencies")
        .and_then(toml::Value::as_table)
        .into_iter()
        .collect();
    if let Some(targets) = manifest.get("target").and_then(toml::Value::as_table) {
        tables.extend(
            targets
                .values()
                .filter_map(|target| target.get("dependencies")?.as_table()),
        );
    }
    tables
        .into_iter()
        .flat_map(|table| {
            table.iter().map(|(name, spec)| {
                spec.get("package")
                    .and_then(toml::Value::as_str)
                    .unwrap_or(name)
                    .to_owned()
            })
        })
        .collect()
}

/// One package of a lock file: its name, version and the dependencies it
/// was resolved with, each written as the lock file writes it (`name`,
/// `name version` or `name version (source)`).
struct Locked {
    name: String,
    version: String,
    dependencies: Vec<String>,
}

/// The packages of a lock file.
fn locked_packages(lock: &toml::Table) -> Vec<Locked> {
    let text = |package: &toml::Value, key: &str| {
        package
            .get(key)
            .and_then(toml::Value::as_str)
            .unwrap_or_default()
            .to_owned()
    };
    lock.get("package")
        .and_then(toml::Value::as_array)
        .expect("a lock file lists its packages")
        .iter()
        .map(|package| Locked {
            name: text(package, "name"),
            version: text(package, "version"),
            dependencies: package
                .get("dependencies")
                .and_then(toml::Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(toml::Value::as_str)
                .map(str::to_owned)
                .collect(),
        })
        .collect()
}

/// The packages a lock file's dependency entry stands for: the one of that
/// name, or, where several versions are locked, the one of that version.
fn resolved<'a>(packages: &'a [Locked], entry: &str) -> impl Iterator<Item = usize> + 'a {
    let mut words = entry.split(' ');
    let name = words.next().unwrap_or_default().to_owned();
    let version = words.next().map(str::to_owned);
    packages
        .iter()
        .enumerate()
        .filter_map(move |(index, package)| {
            (package.name == name && version.as_ref().is_none_or(|v| *v == package.version))
                .then_some(index)
        })
}

/// Every chain of dependencies by which a crate reaches a crate of the
/// browser's, from the crate's normal dependencies (its manifest) through
/// every dependency the lock file resolved for each crate after them (a lock
/// file does not say which are build-dependencies, so those count too).
fn browser_crates_reached(crate_name: &str, manifest: &str, lock: &str) -> Vec<String> {
    let manifest: toml::Table = manifest.parse().expect("the manifest is TOML");
    let lock: toml::Table = lock.parse().expect("the lock file is TOML");
    let packages = locked_packages(&lock);
    let normal = normal_dependencies(&manifest);
    let root = packages
        .iter()
        .find(|package| package.name == crate_name)
        .expect("the crate is in the lock file");
    let mut chains: BTreeMap<usize, String> = BTreeMap::new();
    let mut queue = Vec::new();
    for entry in &root.dependencies {
        if normal.contains(entry.split(' ').next().unwrap_or_default()) {
            for index in resolved(&packages, entry) {
                chains.insert(index, format!("{crate_name} -> {}", packages[index].name));
                queue.push(index);
            }
        }
    }
    let mut found = Vec::new();
    while let Some(index) = queue.pop() {
        let chain = chains[&index].clone();
        if is_browser_crate(&packages[index].name) {
            found.push(chain);
            continue;
        }
        for entry in &packages[index].dependencies {
            for next in resolved(&packages, entry) {
                if let std::collections::btree_map::Entry::Vacant(vacant) = chains.entry(next) {
                    vacant.insert(format!("{chain} -> {}", packages[next].name));
                    queue.push(next);
                }
            }
        }
    }
    found.sort();
    found
}

/// The model is plain Rust: no crate of the browser's (yew, web-sys, gloo,
/// wasm-bindgen, js-sys) is among its dependencies, however far down, as
/// `Cargo.lock` resolves them, so the compiler keeps it below the app.
#[test]
fn the_model_reaches_no_crate_of_the_browsers() {
    let read = |path: &str| std::fs::read_to_string(path).expect("the file is readable");
    let reached = browser_crates_reached("model", &read("model/Cargo.toml"), &read("Cargo.lock"));
    assert!(
        reached.is_empty(),
        "the model reaches crates of the browser's:\n{}",
        reached.join("\n")
    );
}

#[test]
fn a_crate_of_the_browsers_reached_by_the_model_is_found() {
    let manifest = r#"
        [dependencies]
        serde = "1"
        [target.'cfg(unix)'.dependencies]
        clock = { version = "1", package = "tick" }
        [dev-dependencies]
        yew = "0.23"
    "#;
    let lock = |tick_needs: &str| {
        format!(
            r#"
            version = 4
            [[package]]
            name = "model"
            version = "0.1.0"
            dependencies = ["serde", "tick 2.0.0", "yew"]
            [[package]]
            name = "serde"
            version = "1.0.0"
            [[package]]
            name = "tick"
            version = "1.0.0"
            dependencies = ["js-sys"]
            [[package]]
            name = "tick"
            version = "2.0.0"
            dependencies = [{tick_needs}]
            [[package]]
            name = "js-sys"
            version = "0.3.0"
            dependencies = ["wasm-bindgen"]
            [[package]]
            name = "wasm-bindgen"
            version = "0.2.0"
            [[package]]
            name = "yew"
            version = "0.23.0"
            dependencies = ["gloo"]
            [[package]]
            name = "gloo"
            version = "0.11.0"
            "#
        )
    };
    // A dev-dependency on yew, and an older tick that needs js-sys, are no
    // part of the model's build.
    assert!(browser_crates_reached("model", manifest, &lock(r#""serde""#)).is_empty());
    assert_eq!(
        browser_crates_reached("model", manifest, &lock(r#""serde", "js-sys""#)),
        ["model -> tick -> js-sys"]
    );
}

/// The essay's own words: what no string of the code may hold, so that the
/// code serves any essay and everything it says of this one is content. The
/// list is fixed here, not read off `content/essay.txt`, since most of the
/// essay's words (relations, channels, history) are as much the app's
/// words; these are the ones only this essay has, its names and its scale's
/// words ("likely"). The site's own names and words, read from
/// `content/site.toml`, are added to them ([`site_words`]).
const ESSAY_WORDS: [&str; 22] = [
    "Russia",
    "Russian",
    "Russians",
    "West",
    "Western",
    "diplomatic",
    "diplomats",
    "Ukraine",
    "Ukrainian",
    "Cold War",
    "Soviet",
    "Cuban",
    "sanctions",
    "embassy",
    "embassies",
    "ambassadors",
    "consulates",
    "severance",
    "a break",
    "full break",
    "likely",
    "unlikely",
];

/// The phrases `content/site.toml` names this essay's subject and scale by:
/// its name, short name, outcome, directions and the scale's points' labels.
fn site_words() -> Vec<String> {
    let site: toml::Table = std::fs::read_to_string("content/site.toml")
        .expect("the site's content is readable")
        .parse()
        .expect("the site's content is TOML");
    let text = |value: &toml::Value| value.as_str().expect("a text").to_owned();
    let mut words: Vec<String> = ["name", "short-name", "outcome"]
        .into_iter()
        .map(|key| text(&site[key]))
        .collect();
    let directions = site["directions"].as_table().expect("the directions");
    words.extend(directions.values().map(text));
    let points = site["scale"]["point"].as_array().expect("the points");
    words.extend(points.iter().map(|point| text(&point["label"])));
    words
}

/// Whether `text` holds `word` as a whole word or phrase, whatever its case:
/// "West" is in "the West" but not in "Lowest".
fn holds_word(text: &str, word: &str) -> bool {
    let (text, word) = (text.to_lowercase(), word.to_lowercase());
    let is_letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(&word).any(|(at, _)| {
        !is_letter(text[..at].chars().next_back())
            && !is_letter(text[at + word.len()..].chars().next())
    })
}

/// Whether an item's attributes keep it to tests: `#[test]`, or a `cfg`
/// that names `test`.
fn is_test_only(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|attr| {
        attr.path().is_ident("test")
            || (attr.path().is_ident("cfg")
                && matches!(&attr.meta, syn::Meta::List(list)
                    if list.tokens.clone().into_iter().any(|token| {
                        fn names_test(token: &TokenTree) -> bool {
                            match token {
                                TokenTree::Ident(ident) => ident == "test",
                                TokenTree::Group(group) => group.stream().into_iter().any(|t| names_test(&t)),
                                _ => false,
                            }
                        }
                        names_test(&token)
                    })))
    })
}

/// The string literals of a file outside its tests and its comments (a
/// comment is an attribute to `syn`, and no attribute is read), those in a
/// macro's tokens (`html!`, `format!`) too.
#[derive(Default)]
struct Strings {
    found: Vec<String>,
}

impl Strings {
    fn tokens(&mut self, tokens: TokenStream) {
        for token in tokens {
            match token {
                TokenTree::Group(group) => self.tokens(group.stream()),
                TokenTree::Literal(literal) => {
                    if let syn::Lit::Str(text) = syn::Lit::new(literal) {
                        self.found.push(text.value());
                    }
                }
                _ => {}
            }
        }
    }
}

impl<'a> Visit<'a> for Strings {
    fn visit_attribute(&mut self, _: &'a syn::Attribute) {}

    fn visit_item(&mut self, item: &'a syn::Item) {
        let attrs = match item {
            syn::Item::Fn(item) => &item.attrs,
            syn::Item::Mod(item) => &item.attrs,
            syn::Item::Impl(item) => &item.attrs,
            syn::Item::Const(item) => &item.attrs,
            syn::Item::Static(item) => &item.attrs,
            syn::Item::Use(item) => &item.attrs,
            _ => return visit::visit_item(self, item),
        };
        if !is_test_only(attrs) {
            visit::visit_item(self, item);
        }
    }

    fn visit_impl_item_fn(&mut self, item: &'a syn::ImplItemFn) {
        if !is_test_only(&item.attrs) {
            visit::visit_impl_item_fn(self, item);
        }
    }

    fn visit_lit_str(&mut self, literal: &'a syn::LitStr) {
        self.found.push(literal.value());
    }

    fn visit_macro(&mut self, mac: &'a syn::Macro) {
        self.tokens(mac.tokens.clone());
    }
}

/// A file's string literals outside its tests and comments.
fn code_strings(text: &str) -> Vec<String> {
    let file = syn::parse_file(text).expect("a source file parses");
    let mut strings = Strings::default();
    strings.visit_file(&file);
    strings.found
}

/// The files that are tests as a whole: those a `mod` item kept to tests
/// declares (the model's fixture).
fn test_only_files(src: &Path) -> BTreeSet<std::path::PathBuf> {
    let mut files = BTreeSet::new();
    for file in rust_files(src) {
        let text = std::fs::read_to_string(&file).expect("a source file is readable");
        let parsed = syn::parse_file(&text).expect("a source file parses");
        let dir = file.parent().expect("a file is in a folder");
        for item in parsed.items {
            if let syn::Item::Mod(module) = item
                && module.content.is_none()
                && is_test_only(&module.attrs)
            {
                let name = module.ident.to_string();
                files.insert(dir.join(format!("{name}.rs")));
                files.insert(dir.join(name).join("mod.rs"));
            }
        }
    }
    files
}

/// Each string of the code outside tests and comments that holds one of
/// the essay's words, with its file and the word.
fn essay_words_in(src: &Path, words: &[String]) -> Vec<String> {
    let tests = test_only_files(src);
    let mut found = Vec::new();
    for file in rust_files(src) {
        if tests.contains(&file) {
            continue;
        }
        let text = std::fs::read_to_string(&file).expect("a source file is readable");
        for string in code_strings(&text) {
            for word in words.iter().filter(|word| holds_word(&string, word)) {
                found.push(format!("{}: {word:?} in {string:?}", file.display()));
            }
        }
    }
    found
}

#[test]
fn no_string_of_the_code_holds_a_word_of_the_essay() {
    let mut words: Vec<String> = ESSAY_WORDS.map(str::to_owned).to_vec();
    words.extend(site_words());
    // Matching ignores case, so one word in two cases is one word.
    words.sort_by_key(|word| word.to_lowercase());
    words.dedup_by_key(|word| word.to_lowercase());
    assert!(
        words.iter().any(|word| word == "Russia–West"),
        "the site's short name is among the words"
    );
    let mut found = Vec::new();
    for src in ["src", "prerender/src", "model/src"] {
        found.extend(essay_words_in(Path::new(src), &words));
    }
    assert!(
        found.is_empty(),
        "the essay's words belong in content/, not in the code:\n{}",
        found.join("\n")
    );
}

#[test]
fn an_essay_word_in_a_string_of_the_code_is_found() {
    let text = r#"
        /// Whether Russia and the West could close all relations.
        pub const QUESTION: &str = "Could Russia and the West close it?";
        fn view() -> Html {
            html! { <p>{ format!("How likely is {}?", "a full break") }</p> }
        }
        // The West, in a comment.
        fn lowest() -> &'static str { "Lowest" }
        #[cfg(test)]
        mod tests {
            const WEST: &str = "the West";
        }
        #[test]
        fn west() { assert_eq!("West", "West"); }
    "#;
    let strings = code_strings(text);
    let words: Vec<String> = ESSAY_WORDS.map(str::to_owned).to_vec();
    let held: Vec<&String> = strings
        .iter()
        .filter(|string| words.iter().any(|word| holds_word(string, word)))
        .collect();
    assert_eq!(
        held,
        [
            "Could Russia and the West close it?",
            "How likely is {}?",
            "a full break"
        ]
    );
    assert!(!holds_word("Lowest", "West"));
    assert!(holds_word("west.", "West"));
}
