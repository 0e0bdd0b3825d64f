//! The page template's inline scripts (`index.html`), which run before the
//! app has started, read and write the reader's progress as the model does:
//! under the key `Progress` is stored under, in its saved version, with the
//! kinds of section open by default and every kind there is, and each
//! section's kind read from its id as `model::page_id` writes it.

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

/// The quoted strings in the array a script assigns to `name` (`var name =
/// ["a", "b"];`).
fn array_named(scripts: &[String], name: &str) -> Option<Vec<String>> {
    let opening = format!("{name} = [");
    let script = scripts.iter().find(|script| script.contains(&opening))?;
    let after = script.split_once(&opening)?.1;
    let list = after.split_once(']')?.0;
    Some(
        list.split('"')
            .skip(1)
            .step_by(2)
            .map(str::to_owned)
            .collect(),
    )
}

#[test]
fn the_scripts_store_progress_under_its_key_in_its_version() {
    let scripts = inline_scripts();
    assert!(!scripts.is_empty(), "the template has inline scripts");
    assert_eq!(
        literals_starting(&scripts, "diplomacy-explainer."),
        [Progress::KEY],
        "the scripts' storage key is the progress's"
    );
    let versions = literals_starting(&scripts, "v=");
    assert!(!versions.is_empty(), "the scripts check the saved version");
    for version in versions {
        assert_eq!(
            version,
            format!("v={}", Progress::VERSION),
            "the scripts read the progress's saved version"
        );
    }
}

#[test]
fn the_scripts_know_the_kinds_open_by_default_and_read_kinds_from_ids() {
    let scripts = inline_scripts();
    let by_default: Vec<&str> = SectionKind::ALL
        .into_iter()
        .filter(|&kind| Progress::default().is_open(kind))
        .map(SectionKind::slug)
        .collect();
    assert_eq!(
        array_named(&scripts, "openByDefault").expect("the scripts name the kinds open by default"),
        by_default
    );
    // They keep a saved list of open kinds only if it names nothing but
    // kinds there are: every kind, so that none the app opens is refused.
    let every: Vec<&str> = SectionKind::ALL
        .into_iter()
        .map(SectionKind::slug)
        .collect();
    assert_eq!(
        array_named(&scripts, "kinds").expect("the scripts name every kind"),
        every
    );
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
fn a_script_out_of_step_with_the_model_is_found() {
    let scripts = vec![
        r#"var key = "diplomacy-explainer.progress"; var v = "v=2";"#.to_owned(),
        r#"var openByDefault = ["essay", "why"];"#.to_owned(),
    ];
    assert_ne!(
        literals_starting(&scripts, "diplomacy-explainer."),
        [Progress::KEY]
    );
    assert_ne!(
        literals_starting(&scripts, "v="),
        [format!("v={}", Progress::VERSION)]
    );
    assert_eq!(
        array_named(&scripts, "openByDefault"),
        Some(vec!["essay".to_owned(), "why".to_owned()])
    );
}
