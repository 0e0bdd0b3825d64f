//! The notes name the code as it is: every Rust path written in backticks in
//! `ARCHITECTURE.md` and `docs/words.md` (`Progress::apply`, `model::page_id`,
//! `route::Family`, or a type on its own, `StartId`) names, segment by
//! segment, something the source defines: a module, function, type, trait,
//! constant, variant, field or macro in `src/`, `model/src/`,
//! `prerender/src/` or `check/src/`. A rename that the notes miss fails here.

use std::collections::BTreeSet;
use std::path::Path;

use syn::visit::{self, Visit};

mod common;
use common::rust_files;

/// The notes checked.
const NOTES: [&str; 2] = ["ARCHITECTURE.md", "docs/words.md"];

/// The folders whose Rust defines what the notes may name.
const SOURCES: [&str; 4] = ["src", "model/src", "prerender/src", "check/src"];

/// The workspace's own crates, which a path may start with.
const OUR_CRATES: [&str; 4] = ["model", "prerender", "check", "crate"];

/// Crates not ours, whose paths the notes name as they are.
const FOREIGN_CRATES: [&str; 8] = [
    "yew",
    "web_sys",
    "gloo",
    "std",
    "serde",
    "wasm_bindgen",
    "js_sys",
    "lol_html",
];

/// Names the notes write like a Rust type that are not ours: the browser's
/// (`BarcodeDetector`), the standard library's (`Debug`), a file's.
const NOT_OURS: [&str; 3] = ["BarcodeDetector", "Debug", "Makefile"];

/// Every name the source defines.
fn defined_names() -> BTreeSet<String> {
    let mut names = Names::default();
    for folder in SOURCES {
        for path in rust_files(Path::new(folder)) {
            let text = std::fs::read_to_string(&path).expect("a source file is readable");
            let file = syn::parse_file(&text).expect("a source file parses");
            names.visit_file(&file);
        }
    }
    names.0
}

/// A walk that records every name a file defines.
#[derive(Default)]
struct Names(BTreeSet<String>);

impl Names {
    fn add(&mut self, ident: &syn::Ident) {
        self.0.insert(ident.to_string());
    }
}

impl<'ast> Visit<'ast> for Names {
    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        self.add(&item.ident);
        visit::visit_item_mod(self, item);
    }
    fn visit_item_fn(&mut self, item: &'ast syn::ItemFn) {
        self.add(&item.sig.ident);
        visit::visit_item_fn(self, item);
    }
    fn visit_item_struct(&mut self, item: &'ast syn::ItemStruct) {
        self.add(&item.ident);
        visit::visit_item_struct(self, item);
    }
    fn visit_item_enum(&mut self, item: &'ast syn::ItemEnum) {
        self.add(&item.ident);
        visit::visit_item_enum(self, item);
    }
    fn visit_variant(&mut self, variant: &'ast syn::Variant) {
        self.add(&variant.ident);
        visit::visit_variant(self, variant);
    }
    fn visit_field(&mut self, field: &'ast syn::Field) {
        if let Some(ident) = &field.ident {
            self.add(ident);
        }
        visit::visit_field(self, field);
    }
    fn visit_item_trait(&mut self, item: &'ast syn::ItemTrait) {
        self.add(&item.ident);
        visit::visit_item_trait(self, item);
    }
    fn visit_item_type(&mut self, item: &'ast syn::ItemType) {
        self.add(&item.ident);
        visit::visit_item_type(self, item);
    }
    fn visit_item_const(&mut self, item: &'ast syn::ItemConst) {
        self.add(&item.ident);
        visit::visit_item_const(self, item);
    }
    fn visit_item_static(&mut self, item: &'ast syn::ItemStatic) {
        self.add(&item.ident);
        visit::visit_item_static(self, item);
    }
    fn visit_item_macro(&mut self, item: &'ast syn::ItemMacro) {
        if let Some(ident) = &item.ident {
            self.add(ident);
        }
        visit::visit_item_macro(self, item);
    }
    fn visit_use_rename(&mut self, rename: &'ast syn::UseRename) {
        self.add(&rename.rename);
        visit::visit_use_rename(self, rename);
    }
    fn visit_impl_item_fn(&mut self, item: &'ast syn::ImplItemFn) {
        self.add(&item.sig.ident);
        visit::visit_impl_item_fn(self, item);
    }
    fn visit_impl_item_const(&mut self, item: &'ast syn::ImplItemConst) {
        self.add(&item.ident);
        visit::visit_impl_item_const(self, item);
    }
    fn visit_impl_item_type(&mut self, item: &'ast syn::ImplItemType) {
        self.add(&item.ident);
        visit::visit_impl_item_type(self, item);
    }
    fn visit_trait_item_fn(&mut self, item: &'ast syn::TraitItemFn) {
        self.add(&item.sig.ident);
        visit::visit_trait_item_fn(self, item);
    }
    fn visit_trait_item_const(&mut self, item: &'ast syn::TraitItemConst) {
        self.add(&item.ident);
        visit::visit_trait_item_const(self, item);
    }
    fn visit_trait_item_type(&mut self, item: &'ast syn::TraitItemType) {
        self.add(&item.ident);
        visit::visit_trait_item_type(self, item);
    }
}

/// The text of every inline code span of a Markdown text, outside its fenced
/// blocks (a diagram there is not a list of names).
fn code_spans(markdown: &str) -> Vec<String> {
    let mut prose = String::new();
    let mut fenced = false;
    for line in markdown.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
        } else if !fenced {
            prose.push_str(line);
            prose.push('\n');
        }
    }
    prose
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

/// The segments of a code span that reads as a path of ours, its generic
/// arguments and a call's brackets left off: `Progress::apply`,
/// `model::page_id`, `Held<T>`, or a type's name alone (`StartId`). `None` for
/// anything else: a file name, an id, a class, a word in snake case alone
/// (as likely a setting's or a crate's as ours), or a foreign crate's path.
fn our_path(span: &str) -> Option<Vec<&str>> {
    let path = span.split('<').next()?.trim_end_matches("()");
    let segments: Vec<&str> = path.split("::").collect();
    let is_ident = |segment: &&str| {
        segment
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
            && segment
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_')
    };
    if !segments.iter().all(is_ident) || FOREIGN_CRATES.contains(&segments[0]) {
        return None;
    }
    let is_type_name = |name: &str| {
        name.starts_with(|c: char| c.is_ascii_uppercase())
            && name.chars().any(|c| c.is_ascii_lowercase())
            && !name.contains('_')
    };
    match segments.as_slice() {
        [name] if !is_type_name(name) || NOT_OURS.contains(name) => None,
        _ => Some(
            segments
                .into_iter()
                .filter(|segment| !OUR_CRATES.contains(segment))
                .collect(),
        ),
    }
}

/// Every path of ours in a Markdown text that names something `defined` does
/// not hold, and how many paths were checked.
fn unknown_paths(markdown: &str, defined: &BTreeSet<String>) -> (Vec<String>, usize) {
    let mut unknown = Vec::new();
    let mut checked = 0;
    for span in code_spans(markdown) {
        let Some(segments) = our_path(&span) else {
            continue;
        };
        checked += 1;
        if segments.iter().any(|segment| !defined.contains(*segment)) {
            unknown.push(span);
        }
    }
    (unknown, checked)
}

#[test]
fn every_path_the_notes_name_is_defined_in_the_source() {
    let defined = defined_names();
    let mut checked = 0;
    let mut unknown = Vec::new();
    for note in NOTES {
        let text = std::fs::read_to_string(note).expect("a note is readable");
        let (found, count) = unknown_paths(&text, &defined);
        checked += count;
        unknown.extend(found.into_iter().map(|path| format!("{note}: `{path}`")));
    }
    assert!(
        checked > 100,
        "the notes' paths are found ({checked} checked)"
    );
    assert!(
        unknown.is_empty(),
        "names in the notes that the source does not define (renamed or gone?):\n{}",
        unknown.join("\n")
    );
}

/// Checks which paths of a Markdown text the real source does not define.
fn check(markdown: &str, expected_unknown: &[&str]) {
    let (unknown, _) = unknown_paths(markdown, &defined_names());
    assert_eq!(unknown, expected_unknown, "in {markdown:?}");
}

#[test]
fn a_name_the_source_does_not_define_is_caught() {
    check("`Progress::apply` and `model::page_id`", &[]);
    check("`Progress::no_such_action`", &["Progress::no_such_action"]);
    check("`NoSuchType`, `hooks::context::Held<T>`", &["NoSuchType"]);
    check("`no_such_module::Progress`", &["no_such_module::Progress"]);
    check("| a | `route::NoFamily` |", &["route::NoFamily"]);
}

#[test]
fn what_is_not_a_path_of_ours_is_left_alone() {
    check("`content/essay.txt`, `step-list`, `v=1&st=…`", &[]);
    check(
        "`yew::NoSuchRenderer`, `BarcodeDetector`, `pattern_script`",
        &[],
    );
    check("```\nNotThere::at_all\n```\n", &[]);
}
