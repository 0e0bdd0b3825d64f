//! The page template's inline scripts (`index.html`), which run before the
//! app has started, read and write the reader's progress as the model does:
//! what they know of the site (the key and version `Progress` is saved in,
//! the kinds of section open by default and every kind, the steps) they read
//! from `builtSite`, which the prerenderer fills in from the model
//! (`prerender/src/describe.rs`, whose tests check the values), never from a
//! copy of their own; and they read each section's kind from its id as
//! `model::page_id` writes it.

use model::{Progress, Saved, SectionKind, page_id};

/// The text of every inline script of the template.
fn inline_scripts() -> Vec<String> {
    let template = std::fs::read_to_string("index.html").expect("the template is readable");
    template
        .split("<script")
        .skip(1)
        .filter_map(|tail| {
            let (attributes, rest) = tail.split_once('>')?;
            let (body, _) = rest.split_once("</script>")?;
            (!attributes.contains("src=")).then(|| body.to_owned())
        })
        .collect()
}

/// Every string literal in double quotation marks in a script that starts
/// with `prefix`.
fn literals_starting(scripts: &[String], prefix: &str) -> Vec<String> {
    scripts
        .iter()
        .flat_map(|script| script.split('"').skip(1).step_by(2))
        .filter(|literal| literal.starts_with(prefix))
        .map(str::to_owned)
        .collect()
}

/// What the scripts read of the site's description, each as they name it.
const FACTS: [&str; 5] = [
    "builtSite.progressKey",
    "builtSite.progressVersion",
    "builtSite.openByDefault",
    "builtSite.kinds",
    "builtSite.steps",
];

#[test]
fn the_scripts_take_what_they_know_of_the_site_from_the_prerenderer() {
    let scripts = inline_scripts();
    assert!(!scripts.is_empty(), "the template has inline scripts");
    // Declared once, null until the prerenderer fills it in
    // (`describe::PLACEHOLDER`, which it fails without).
    let declared = scripts
        .iter()
        .map(|script| script.matches("var builtSite = null;").count())
        .sum::<usize>();
    assert_eq!(declared, 1, "the scripts declare builtSite once, as null");
    for fact in FACTS {
        assert!(
            scripts.iter().any(|script| script.contains(fact)),
            "the scripts read {fact}"
        );
    }
    assert_eq!(hand_copies(&scripts), Vec::<String>::new());
}

/// The literals in the scripts that copy what the site's description says:
/// a storage key, a saved version, a kind of section, a step's id.
fn hand_copies(scripts: &[String]) -> Vec<String> {
    let content = model::Content::get();
    let steps: Vec<String> = content
        .argument
        .steps()
        .iter()
        .map(|step| step.id.to_string())
        .collect();
    let kinds: Vec<&str> = SectionKind::ALL
        .into_iter()
        .map(SectionKind::slug)
        .collect();
    // The saved version is written after `v=`, which is the format's.
    let version = |literal: &String| literal.len() > 2 && literal.starts_with("v=");
    // Any key of the essay's storage begins with its namespace.
    let mut copies = literals_starting(scripts, &format!("{}.", content.namespace));
    copies.extend(literals_starting(scripts, "v=").into_iter().filter(version));
    copies.extend(
        literals_starting(scripts, "")
            .into_iter()
            .filter(|literal| kinds.contains(&literal.as_str()) || steps.contains(literal)),
    );
    copies
}

#[test]
fn the_scripts_read_a_sections_kind_from_its_id() {
    let scripts = inline_scripts();
    // The scripts take a section's kind as what follows the last hyphen of
    // its id.
    assert!(
        scripts
            .iter()
            .any(|script| script.contains(r#"details.id.slice(details.id.lastIndexOf("-") + 1)"#)),
        "the scripts read a section's kind from its id"
    );
    for kind in SectionKind::ALL {
        let id = page_id::section("a-step", kind);
        assert_eq!(&id[id.rfind('-').expect("a hyphen") + 1..], kind.slug());
    }
}

#[test]
fn a_script_with_a_copy_of_its_own_is_found() {
    let scripts = vec![
        format!(
            r#"var key = "{}"; var v = "v={}";"#,
            Progress::key(),
            Progress::VERSION
        ),
        r#"var openByDefault = ["essay", "why"];"#.to_owned(),
    ];
    assert_eq!(
        hand_copies(&scripts),
        [
            Progress::key(),
            format!("v={}", Progress::VERSION),
            "essay".to_owned(),
            "why".to_owned()
        ]
    );
}
