//! Interim: bakes the content folders from TOML until `check::load` lands.

use std::fmt::Write;
use std::{env, fs, path::Path};

fn main() {
    println!("cargo::rerun-if-env-changed=CONTENT_DIR");
    let folder = env::var("CONTENT_DIR").unwrap_or_else(|_| "../content".to_owned());
    let dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for (from, to) in [(folder.as_str(), "content.rs"), ("fixture", "fixture.rs")] {
        let code = bake(from);
        fs::write(Path::new(&dir).join(to), code).unwrap();
    }
}

fn read(folder: &str, name: &str) -> String {
    let path = format!("{folder}/{name}");
    println!("cargo::rerun-if-changed={path}");
    fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

fn camel(kebab: &str) -> String {
    kebab
        .split('-')
        .map(|word| word[..1].to_uppercase() + &word[1..])
        .collect()
}

fn s(value: &toml::Value) -> String {
    format!("{:?}", value.as_str().unwrap())
}

fn quotes(list: Option<&toml::Value>) -> String {
    let mut out = String::from("&[");
    for q in list.and_then(|v| v.as_array()).into_iter().flatten() {
        write!(
            out,
            "crate::step::Quote {{ passage: {}, text: {} }},",
            s(&q["passage"]),
            s(&q["text"])
        )
        .unwrap();
    }
    out + "]"
}

fn bake(folder: &str) -> String {
    let essay = read(folder, "essay.txt");
    let mut blocks: Vec<String> = Vec::new();
    let mut current = String::new();
    for line in essay.lines() {
        if line.trim() == "Comments" {
            break;
        }
        if line.trim().is_empty() {
            if !current.is_empty() {
                blocks.push(std::mem::take(&mut current));
            }
        } else {
            if !current.is_empty() {
                current.push('\n');
            }
            current.push_str(line.trim());
        }
    }
    if !current.is_empty() {
        blocks.push(current);
    }
    let mut out = String::from("crate::content::Baked {\n essay: crate::essay::Essay { ");
    write!(
        out,
        "title: crate::essay::Passage {{ id: \"title\", text: {:?} }}, paragraphs: &[",
        blocks[0]
    )
    .unwrap();
    for (i, b) in blocks[1..].iter().enumerate() {
        write!(
            out,
            "crate::essay::Passage {{ id: \"p{}\", text: {b:?} }},",
            i + 1
        )
        .unwrap();
    }
    out.push_str("] },\n argument: crate::argument::Argument { steps: &[");
    let argument: toml::Table = toml::from_str(&read(folder, "argument.toml")).unwrap();
    for step in argument["step"].as_array().unwrap() {
        write!(
            out,
            "crate::step::Step {{ id: crate::step::StepId::of_content({}), kind: crate::step::StepKind::{}, title: {}, claim: {}, quotes: {}, plain: {}, why: {}, evidence: &[",
            s(&step["id"]),
            camel(step["kind"].as_str().unwrap()),
            s(&step["title"]),
            s(&step["claim"]),
            quotes(step.get("quote")),
            s(&step["plain"]),
            s(&step["why"]),
        )
        .unwrap();
        for e in step
            .get("evidence")
            .and_then(|v| v.as_array())
            .into_iter()
            .flatten()
        {
            write!(
                out,
                "crate::step::Evidence {{ passage: {}, text: {}, note: {} }},",
                s(&e["passage"]),
                s(&e["text"]),
                s(&e["note"])
            )
            .unwrap();
        }
        out.push_str("], probes: &[");
        for p in step["questions"].as_array().unwrap() {
            write!(out, "{},", s(p)).unwrap();
        }
        out.push_str("], replies_to: ");
        match step.get("replies-to") {
            Some(r) => write!(
                out,
                "Some(crate::step::Reply {{ step: crate::step::StepId::of_content({}), words: {} }})",
                s(&r["step"]),
                s(&r["words"])
            )
            .unwrap(),
            None => out.push_str("None"),
        }
        out.push_str(" },\n");
    }
    let answer = &argument["answer"];
    write!(
        out,
        "], answer: crate::argument::EssayAnswer {{ likelihood: crate::likelihood::Likelihood::{}, words: {} }}, ",
        camel(answer["likelihood"].as_str().unwrap()),
        quotes(answer.get("words"))
    )
    .unwrap();
    let p = &argument["provenance"];
    let opt = |key: &str| match p.get(key) {
        Some(v) => format!("Some({})", s(v)),
        None => "None".to_owned(),
    };
    write!(
        out,
        "provenance: crate::argument::Provenance {{ published_on: {}, author: {}, date: {} }} }},\n",
        s(&p["published-on"]),
        opt("author"),
        opt("date")
    )
    .unwrap();
    out.push_str(" glossary: crate::glossary::Glossary { terms: &[");
    let glossary: toml::Table = toml::from_str(&read(folder, "glossary.toml")).unwrap();
    for t in glossary["term"].as_array().unwrap() {
        write!(
            out,
            "crate::glossary::Term {{ id: {}, headword: {}, matches: &[",
            s(&t["id"]),
            s(&t["headword"])
        )
        .unwrap();
        for m in t["matches"].as_array().unwrap() {
            write!(out, "{},", s(m)).unwrap();
        }
        write!(out, "], definition: {} }},", s(&t["definition"])).unwrap();
    }
    out + "] },\n}\n"
}
