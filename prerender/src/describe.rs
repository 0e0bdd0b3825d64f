//! The site's inventory: an account of the site the prerenderer built,
//! written from the model (never read off the pages), for whatever needs to
//! know the site without knowing its essay:
//!
//! - `inventory.json` beside the pages, for the browser tests
//!   (`tests/site.mjs`): the site's words about its essay (`content/site.toml`,
//!   by key: `question`, `directions.against`, …); every page (its path,
//!   kind, family, title and description); every step as its page names it (its
//!   place, role, heading, sections, quotes and the glossary terms it marks);
//!   the map's groups; the glossary's terms and where each is marked; the
//!   essay's passages and provenance; the scale and the essay's answer on it;
//!   and the keys the reader's data is saved under. No page links to it, and
//!   the service worker does not precache it (it fetches no JSON).
//! - `builtSite`, the object the template's inline scripts read before the
//!   app has started (`index.html`): the key and version the reader's
//!   progress is saved in, the kinds of section, and the steps. It is put
//!   in Trunk's page before the template is made of it, so the policy
//!   hashes the script as it runs.

use std::path::Path;

use anyhow::{Context, Result, ensure};
use diplomacy_explainer::route::{Route, document_title};
use model::site::Site;
use model::{
    Answers, Content, FirstUses, Following, Point, Progress, Saved, SectionKind, Segment, page_id,
};
use serde_json::{Value, json};

/// The inventory's file, beside the pages.
pub const FILE: &str = "inventory.json";

/// What the template's inline scripts hold until the prerenderer fills it in.
const PLACEHOLDER: &str = "var builtSite = null;";

/// Writes the inventory beside the pages in `dist`, and fills in what the
/// inline scripts of Trunk's `index.html` there know of the site.
pub fn write(dist: &Path, content: &Content) -> Result<()> {
    let inventory = serde_json::to_string_pretty(&inventory(content))?;
    let file = dist.join(FILE);
    std::fs::write(&file, inventory).with_context(|| format!("writing {}", file.display()))?;
    let index = dist.join("index.html");
    let html =
        std::fs::read_to_string(&index).with_context(|| format!("reading {}", index.display()))?;
    let filled = fill(&html, content).with_context(|| format!("filling {}", index.display()))?;
    std::fs::write(&index, filled).with_context(|| format!("writing {}", index.display()))
}

/// The template with `builtSite` given its value: the placeholder must
/// stand in it once.
fn fill(html: &str, content: &Content) -> Result<String> {
    ensure!(
        html.matches(PLACEHOLDER).count() == 1,
        "the template's scripts do not declare `{PLACEHOLDER}` once"
    );
    // A script's text ends at the first `</`, which JSON may write as `<\/`.
    let facts = script_facts(content).to_string().replace("</", r"<\/");
    Ok(html.replace(PLACEHOLDER, &format!("var builtSite = {facts};")))
}

/// What the inline scripts need to know: where the reader's progress is
/// saved and in which version, the kinds of section open until the reader
/// opens or closes one, every kind, every step's id, and the addresses of an
/// assignment's first screen and of the hand-in page (kept for offline use
/// when an assignment is opened).
fn script_facts(content: &Content) -> Value {
    let kinds = SectionKind::ALL.into_iter();
    let open = kinds
        .clone()
        .filter(|&kind| Progress::default().is_open(kind));
    json!({
        "progressKey": Progress::key(),
        "progressVersion": Progress::VERSION,
        "openByDefault": open.map(SectionKind::slug).collect::<Vec<_>>(),
        "kinds": kinds.map(SectionKind::slug).collect::<Vec<_>>(),
        "steps": content.argument.steps().iter().map(|step| &*step.id).collect::<Vec<_>>(),
        // Relative to the site's root, as the page's `<base>` resolves them.
        "assignmentPath": Route::Assignment.to_path().trim_start_matches('/'),
        "handInPath": Route::HandIn.to_path().trim_start_matches('/'),
    })
}

/// A name written as the content writes it: `ReasonAgainst` as
/// `reason-against`.
fn kebab(name: &str) -> String {
    let mut kebab = String::new();
    for (at, letter) in name.char_indices() {
        if letter.is_uppercase() && at > 0 {
            kebab.push('-');
        }
        kebab.push(letter.to_ascii_lowercase());
    }
    kebab
}

/// The kind of page a route is, as the inventory names it.
fn page_kind(route: &Route) -> &'static str {
    match route {
        Route::Start => "start",
        Route::Step { .. } => "step",
        Route::UnknownStep { .. } | Route::NotFound => "not-found",
        Route::All => "all",
        Route::Map => "map",
        Route::Essay => "essay",
        Route::Glossary => "glossary",
        Route::Verdict => "verdict",
        Route::SharedVerdict { .. } => "shared-verdict",
        Route::Teach => "teach",
        Route::Class => "class",
        Route::HandIn => "hand-in",
        Route::Assignment => "assignment",
    }
}

/// The glossary terms a page marks among its texts (each a place and the
/// text there, in the page's order), each where it is marked: the term's
/// id and headword, the words marked, and the place.
fn marks<'a>(
    content: &Content,
    uses: &FirstUses,
    texts: impl IntoIterator<Item = (String, &'a str)>,
) -> Vec<Value> {
    let glossary = &content.glossary;
    let mut marks = Vec::new();
    for (place, text) in texts {
        for segment in glossary.mark(text) {
            if let Segment::Term(words, term) = segment
                && uses.is_marked_at(term, &place)
            {
                let term = &glossary[term];
                marks.push(json!({
                    "term": term.id,
                    "headword": term.headword,
                    "words": words,
                    "place": place,
                }));
            }
        }
    }
    marks
}

/// The site's inventory: see the module's documentation.
pub fn inventory(content: &Content) -> Value {
    let argument = &content.argument;
    let map = &content.map;
    let id = |index| &*argument[index].id;
    let ids = |indexes: &[model::StepIndex]| indexes.iter().map(|&i| id(i)).collect::<Vec<_>>();

    let mut pages: Vec<Route> = Route::pages(content);
    pages.extend(Route::shared_verdicts());
    pages.push(Route::NotFound);
    let pages: Vec<Value> = pages
        .iter()
        .map(|route| {
            let title = route.title(content);
            // The not-found page is written as 404.html, not as a folder.
            let path = match route {
                Route::NotFound => "/404.html".to_owned(),
                route => route.to_path(),
            };
            json!({
                "path": path,
                "kind": page_kind(route),
                "family": route.family().name(),
                "title": title,
                "documentTitle": document_title(&title),
                "description": route.description(content),
            })
        })
        .collect();

    let mut marked: Vec<(String, Vec<Value>)> = Vec::new();
    let steps: Vec<Value> = argument
        .indexed()
        .map(|(index, step)| {
            let path = Route::step(&step.id).to_path();
            let role = map.role(index);
            let heading = match &role {
                Some(role) => format!("{role}: {}", step.title),
                None => step.title.to_string(),
            };
            let sections: Vec<SectionKind> = step.page_sections().collect();
            let quotes: Vec<Value> = (step.quotes.iter().enumerate())
                .map(|(at, quote)| {
                    json!({
                        "id": page_id::quote(&step.id, at),
                        "passage": quote.passage,
                        "text": quote.text,
                    })
                })
                .collect();
            let step_marks = marks(content, &content.step_first_uses(index), step.prose());
            marked.push((path.clone(), step_marks.clone()));
            json!({
                "id": &*step.id,
                "path": path,
                "kind": kebab(&format!("{:?}", step.kind)),
                "direction": argument.direction(step.kind).map(|direction| direction.slug()),
                "directionLabel": argument.direction(step.kind).map(|direction| direction.label()),
                "number": index.number(),
                "place": argument.position(index),
                "role": role,
                "title": step.title,
                "heading": heading,
                "standing": content.where_it_stands(index),
                "label": argument.label(index),
                "labelInProse": argument.label_in_prose(index),
                "positionAndTitle": argument.position_and_title(index),
                "headings": std::iter::once(heading.clone())
                    .chain(sections.iter().map(|kind| kind.heading().to_owned()))
                    .collect::<Vec<_>>(),
                "sections": sections.iter().map(|kind| kind.slug()).collect::<Vec<_>>(),
                "sectionIds": sections.iter().map(|&kind| page_id::section(&step.id, kind)).collect::<Vec<_>>(),
                "claim": step.claim,
                "gist": step.gist(),
                "prose": step.prose().map(|(_, text)| text),
                "quotes": quotes,
                "marks": step_marks,
                "repliesTo": step.replies_to.as_ref().map(|reply| json!({
                    "step": &*reply.step,
                    "words": reply.words,
                })),
                "repliedToBy": map.replied_by(index).into_iter().map(id).collect::<Vec<_>>(),
            })
        })
        .collect();

    let whole = argument.steps().iter().flat_map(|step| step.prose());
    marked.push((
        Route::All.to_path(),
        marks(content, &content.argument_first_uses(), whole),
    ));
    let runs: Vec<(String, &str)> = content
        .essay
        .passages()
        .flat_map(|passage| {
            let runs = content.essay_runs(passage).into_iter().enumerate();
            runs.map(|(at, run)| (page_id::run_place(passage.id, at), run.text))
        })
        .collect();
    marked.push((
        Route::Essay.to_path(),
        marks(content, &content.essay_first_uses(), runs),
    ));

    let glossary: Vec<Value> = content
        .glossary
        .terms()
        .iter()
        .map(|term| {
            let at: Vec<Value> = marked
                .iter()
                .flat_map(|(page, marks)| {
                    marks
                        .iter()
                        .filter(|mark| mark["term"] == *term.id)
                        .map(move |mark| {
                            json!({ "page": page, "words": mark["words"], "place": mark["place"] })
                        })
                })
                .collect();
            json!({
                "id": term.id,
                "headword": term.headword,
                "definition": term.definition,
                "marked": at,
            })
        })
        .collect();

    let bearing: Vec<Value> = map
        .bearing
        .iter()
        .map(|&(relation, index)| {
            json!({ "step": id(index), "relation": kebab(&format!("{relation:?}")) })
        })
        .collect();

    json!({
        "site": Site::embedded().texts().into_iter().map(|(key, text)| (key, Value::from(text))).collect::<serde_json::Map<_, _>>(),
        "pages": pages,
        "steps": steps,
        "map": {
            "question": ids(&map.question_steps),
            "clarifications": ids(&map.clarifications),
            "answer": ids(&map.answer_steps),
            "bearing": bearing,
            "replies": map.replies.iter().map(|&(from, to)| json!({ "from": id(from), "to": id(to) })).collect::<Vec<_>>(),
        },
        "marks": marked.into_iter().map(|(page, marks)| (page, Value::from(marks))).collect::<serde_json::Map<_, _>>(),
        "glossary": glossary,
        "essay": {
            "publishedOn": argument.provenance().published_on,
            "credit": argument.provenance().credit(),
            "passages": content.essay.passages().map(|passage| json!({
                "id": passage.id,
                "text": passage.text,
            })).collect::<Vec<_>>(),
        },
        "scale": Point::ALL.into_iter().map(|point| json!({
            "id": point.id(),
            "label": point.label(),
            "rank": point.rank(),
        })).collect::<Vec<_>>(),
        "answer": {
            "point": argument.answer().point.id(),
            "words": argument.answer().words.iter().map(|quote| quote.text).collect::<Vec<_>>(),
        },
        "storage": {
            "namespace": content.namespace,
            "progress": { "key": Progress::key(), "version": Progress::VERSION },
            "answers": { "key": Answers::key(), "version": Answers::VERSION },
            "following": { "key": Following::key(), "version": Following::VERSION },
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_inventory_names_every_step_as_its_page_does() {
        let content = Content::get();
        let inventory = inventory(content);
        let steps = inventory["steps"].as_array().unwrap();
        assert_eq!(steps.len(), content.argument.steps().len());
        for ((index, step), described) in content.argument.indexed().zip(steps) {
            assert_eq!(described["id"], *step.id);
            assert_eq!(described["place"], content.argument.position(index));
            assert!(described["heading"].as_str().unwrap().ends_with(step.title));
            assert_eq!(
                described["quotes"].as_array().unwrap().len(),
                step.quotes.len()
            );
        }
        let paths: Vec<&str> = (inventory["pages"].as_array().unwrap().iter())
            .map(|page| page["path"].as_str().unwrap())
            .collect();
        assert!(
            paths.contains(&"/") && paths.contains(&"/404.html"),
            "{paths:?}"
        );
        let family = |path: &str| {
            (inventory["pages"].as_array().unwrap().iter())
                .find(|page| page["path"] == path)
                .map(|page| page["family"].as_str().unwrap().to_owned())
                .unwrap()
        };
        let first = Route::step(&content.argument.steps()[0].id).to_path();
        for (path, expected) in [
            ("/", "steps"),
            (first.as_str(), "steps"),
            ("/404.html", "steps"),
            ("/assignment/", "steps"),
            ("/map/", "views"),
            ("/verdict/", "views"),
            ("/teach/", "classroom"),
        ] {
            assert_eq!(family(path), expected, "{path}");
        }
    }

    #[test]
    fn every_term_marked_on_a_page_is_in_the_glossary_with_the_page() {
        let content = Content::get();
        let inventory = inventory(content);
        let marks = inventory["marks"].as_object().unwrap();
        assert!(marks.contains_key("/essay/") && marks.contains_key("/all/"));
        for (page, marks) in marks {
            for mark in marks.as_array().unwrap() {
                let term = (inventory["glossary"].as_array().unwrap().iter())
                    .find(|term| term["id"] == mark["term"])
                    .unwrap();
                let at = term["marked"].as_array().unwrap();
                assert!(
                    at.iter()
                        .any(|use_| use_["page"] == *page && use_["place"] == mark["place"])
                );
            }
        }
    }

    #[test]
    fn the_scripts_are_given_what_the_model_saves() {
        let content = Content::get();
        let filled = fill("<script>var builtSite = null;</script>", content).unwrap();
        let facts = filled
            .strip_prefix("<script>var builtSite = ")
            .and_then(|rest| rest.strip_suffix(";</script>"))
            .unwrap();
        let facts: Value = serde_json::from_str(facts).unwrap();
        assert_eq!(facts["progressKey"], Progress::key());
        assert_eq!(facts["progressVersion"], Progress::VERSION);
        let open: Vec<&str> = SectionKind::ALL
            .into_iter()
            .filter(|&kind| Progress::default().is_open(kind))
            .map(SectionKind::slug)
            .collect();
        assert_eq!(facts["openByDefault"], json!(open));
        assert_eq!(
            facts["kinds"].as_array().unwrap().len(),
            SectionKind::ALL.len()
        );
        assert_eq!(facts["steps"][0], *content.argument.steps()[0].id);
        assert!(fill("<script>var other = 1;</script>", content).is_err());
        let twice = "<script>var builtSite = null;var builtSite = null;</script>";
        assert!(fill(twice, content).is_err());
    }

    #[test]
    fn names_are_written_as_the_content_writes_them() {
        assert_eq!(kebab("ReasonAgainst"), "reason-against");
        assert_eq!(kebab("Question"), "question");
    }
}
