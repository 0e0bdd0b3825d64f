//! What the explainer says about its essay beyond the steps
//! (`content/site.toml`): the site's name, the question, the outcome the
//! question asks about, the scale the reader answers on, the two directions
//! a judged step points in, and what each page previews as. The code writes
//! no word of any essay: every such word is here, so another essay, with
//! another question and scale, is explained by the same code.

use std::cell::OnceCell;
use std::rc::Rc;

use serde::Deserialize;

use super::Format;
use super::slug::is_slug;
use super::tree;

/// The site's source file, relative to the crate root.
pub const SITE_FILE: &str = "content/site.toml";

/// How many points the reader's scale has: the third is its middle.
pub const POINTS: usize = 5;

/// What the explainer says about its essay beyond the steps; the file's
/// header documents each field.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Site {
    /// The site's name: in the header, on the start page and in every tab.
    pub name: Rc<str>,
    /// The name under an icon on a home screen.
    pub short_name: Rc<str>,
    /// The essay's question in our words: the start page's heading.
    pub question: Rc<str>,
    /// What the question asks about, as a noun phrase.
    pub outcome: Rc<str>,
    /// The question as a clause after "bear on" ("whether all relations
    /// will be closed").
    pub whether: Rc<str>,
    /// What the start page says the steps are, in order.
    pub outline: Rc<str>,
    /// The map page's introduction.
    pub map_intro: Rc<str>,
    /// The map legend's line for a condition.
    pub condition: Rc<str>,
    /// The two directions' phrases.
    pub directions: Directions,
    /// The scale the reader answers on, and the sentences about it.
    pub scale: Scale,
    /// What a link to each page that names the essay's subject previews as.
    pub descriptions: Descriptions,
    /// The preview cards' own texts.
    pub cards: Cards,
}

/// The two directions a judged step points in, as phrases that follow
/// "reasons" or "point".
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Directions {
    /// Toward the outcome the question asks about.
    pub toward: Rc<str>,
    /// Against it.
    pub against: Rc<str>,
}

/// The scale the reader answers on, before and after reading, and the
/// sentences that speak of it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Scale {
    /// The choice's legend before reading.
    pub before: Rc<str>,
    /// The choice's legend after reading.
    pub after: Rc<str>,
    /// The question short, once the page has named the essay.
    pub ask: Rc<str>,
    /// The question after the whole argument.
    pub ask_now: Rc<str>,
    /// The question on the way to the verdict.
    pub verdict_ask: Rc<str>,
    /// What the verdict chart's axis measures.
    pub axis: Rc<str>,
    /// What the class page's charts show.
    pub class_axis: Rc<str>,
    /// What a higher point says of the outcome.
    pub more: Rc<str>,
    /// What a lower point says of the outcome.
    pub less: Rc<str>,
    /// A point above the middle, in words.
    pub above_middle: Rc<str>,
    /// A point below the middle, in words.
    pub below_middle: Rc<str>,
    /// The end of the sentence on a view that pulls against the answers,
    /// with `{point}` for the view.
    pub tension: Rc<str>,
    /// The points, from the most against the outcome to the most toward it.
    #[serde(rename = "point")]
    pub points: Vec<ScalePoint>,
}

/// One point of the scale, as the content names it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ScalePoint {
    /// The point's slug, in an address and in the essay's `[answer]`.
    pub id: Rc<str>,
    /// The point in words.
    pub label: Rc<str>,
}

/// What a link to each page that names the essay's subject previews as.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Descriptions {
    /// The start page's.
    pub start: Rc<str>,
    /// The map's.
    pub map: Rc<str>,
    /// The essay page's.
    pub essay: Rc<str>,
    /// The glossary's.
    pub glossary: Rc<str>,
    /// The verdict's.
    pub verdict: Rc<str>,
    /// A shared verdict's, with `{before}` and `{after}` for its estimates.
    pub shared_verdict: Rc<str>,
    /// The installed app's.
    pub manifest: Rc<str>,
}

/// The preview cards' texts where a card does not show its page's title and
/// description.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Cards {
    /// The verdict's card title.
    pub verdict: Rc<str>,
    /// The line above a shared verdict card's estimates.
    pub shared_verdict_kicker: Rc<str>,
    /// The text under a shared verdict card's estimates.
    pub shared_verdict: Rc<str>,
}

thread_local! {
    /// The site the build embedded, read and checked once. It is never
    /// freed: the content lives as long as the app.
    static EMBEDDED: OnceCell<&'static Result<Site, String>> = const { OnceCell::new() };
}

impl Site {
    /// The site the build embedded, read and checked, or what is wrong with
    /// it.
    pub fn load() -> Result<&'static Site, &'static str> {
        let read = EMBEDDED.with(|cell| {
            *cell.get_or_init(|| Box::leak(Box::new(parse_site::<tree::Embedded>(&tree::SITE))))
        });
        read.as_ref().map_err(String::as_str)
    }

    /// The site the build embedded. [`crate::Content::load`] reports a site
    /// that does not load, and `cargo test` checks the one embedded, so the
    /// app never reaches the panic.
    pub fn embedded() -> &'static Site {
        Site::load().unwrap_or_else(|message| panic!("{SITE_FILE}: {message}"))
    }

    /// Every text of ours the site holds, with its key, for the checks that
    /// hold for any text of ours.
    pub fn texts(&self) -> Vec<(String, &str)> {
        let mut texts: Vec<(String, &str)> = vec![
            ("name".to_owned(), &self.name),
            ("short-name".to_owned(), &self.short_name),
            ("question".to_owned(), &self.question),
            ("outcome".to_owned(), &self.outcome),
            ("whether".to_owned(), &self.whether),
            ("outline".to_owned(), &self.outline),
            ("map-intro".to_owned(), &self.map_intro),
            ("condition".to_owned(), &self.condition),
            ("directions.toward".to_owned(), &self.directions.toward),
            ("directions.against".to_owned(), &self.directions.against),
        ];
        let scale = &self.scale;
        for (key, text) in [
            ("before", &scale.before),
            ("after", &scale.after),
            ("ask", &scale.ask),
            ("ask-now", &scale.ask_now),
            ("verdict-ask", &scale.verdict_ask),
            ("axis", &scale.axis),
            ("class-axis", &scale.class_axis),
            ("more", &scale.more),
            ("less", &scale.less),
            ("above-middle", &scale.above_middle),
            ("below-middle", &scale.below_middle),
            ("tension", &scale.tension),
        ] {
            texts.push((format!("scale.{key}"), text));
        }
        for point in &scale.points {
            texts.push((format!("scale.point `{}`", point.id), &point.label));
        }
        let descriptions = &self.descriptions;
        for (key, text) in [
            ("start", &descriptions.start),
            ("map", &descriptions.map),
            ("essay", &descriptions.essay),
            ("glossary", &descriptions.glossary),
            ("verdict", &descriptions.verdict),
            ("shared-verdict", &descriptions.shared_verdict),
            ("manifest", &descriptions.manifest),
        ] {
            texts.push((format!("descriptions.{key}"), text));
        }
        for (key, text) in [
            ("verdict", &self.cards.verdict),
            ("shared-verdict-kicker", &self.cards.shared_verdict_kicker),
            ("shared-verdict", &self.cards.shared_verdict),
        ] {
            texts.push((format!("cards.{key}"), text));
        }
        texts
    }
}

/// A template with each `{name}` of `values` filled in.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_owned(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

/// A text with its first letter in capitals, to begin a sentence or a label.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// A text with its first letter in lower case, to go on a sentence.
pub fn lowered(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_lowercase().chain(chars).collect()
    })
}

/// Reads and checks a site: every text given, five points with distinct
/// slugs and labels, and each template's placeholders there.
pub fn parse_site<F: Format>(source: &F::Source) -> Result<Site, String> {
    let site: Site = F::decode(source)?;
    let mut problems = Vec::new();
    for (key, text) in site.texts() {
        if text.trim().is_empty() {
            problems.push(format!("{key} is empty"));
        }
    }
    let points = &site.scale.points;
    if points.len() != POINTS {
        problems.push(format!(
            "the scale has {} points; it needs {POINTS}, from the most against to the most toward",
            points.len()
        ));
    }
    for (index, point) in points.iter().enumerate() {
        // A shared verdict's address joins two points with `-to-`.
        if !is_slug(&point.id) || point.id.split('-').any(|word| word == "to") {
            problems.push(format!(
                "point id `{}` must be lowercase letters, digits and single hyphens, without the word `to`",
                point.id
            ));
        }
        if points[..index].iter().any(|other| other.id == point.id) {
            problems.push(format!("point id `{}` is used twice", point.id));
        }
        if points[..index]
            .iter()
            .any(|other| other.label == point.label)
        {
            problems.push(format!("point label `{}` is used twice", point.label));
        }
    }
    let needs = [
        ("scale.tension", &site.scale.tension, "{point}"),
        (
            "descriptions.shared-verdict",
            &site.descriptions.shared_verdict,
            "{before}",
        ),
        (
            "descriptions.shared-verdict",
            &site.descriptions.shared_verdict,
            "{after}",
        ),
    ];
    for (key, text, placeholder) in needs {
        if !text.contains(placeholder) {
            problems.push(format!("{key} must hold {placeholder}"));
        }
    }
    if problems.is_empty() {
        Ok(site)
    } else {
        Err(problems.join("\n"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture::Toml;

    #[test]
    fn the_embedded_site_loads() {
        assert_eq!(Site::load().map(|site| site.scale.points.len()), Ok(POINTS));
    }

    #[test]
    fn a_site_says_what_is_wrong_with_it() {
        let text = include_str!("../../content/site.toml");
        let broken = text
            .replacen("id = \"unlikely\"", "id = \"very-unlikely\"", 1)
            .replace("{point}", "it")
            .replacen("label = \"Likely\"", "label = \"\"", 1);
        let problems = parse_site::<Toml>(&broken).unwrap_err();
        assert!(
            problems.contains("point id `very-unlikely` is used twice"),
            "{problems}"
        );
        assert!(
            problems.contains("scale.tension must hold {point}"),
            "{problems}"
        );
        assert!(
            problems.contains("scale.point `likely` is empty"),
            "{problems}"
        );
        let four = text.replacen(
            "[[scale.point]]\nid = \"likely\"\nlabel = \"Likely\"\n",
            "",
            1,
        );
        assert!(
            parse_site::<Toml>(&four)
                .unwrap_err()
                .contains("the scale has 4 points")
        );
        let to = text.replace("very-likely", "up-to-likely");
        assert!(
            parse_site::<Toml>(&to)
                .unwrap_err()
                .contains("without the word `to`")
        );
    }

    #[test]
    fn a_template_is_filled_and_a_text_recased() {
        assert_eq!(
            fill("{a} and {b}, {a}", &[("a", "x"), ("b", "y")]),
            "x and y, x"
        );
        assert_eq!(capitalised("toward a break"), "Toward a break");
        assert_eq!(lowered("How likely?"), "how likely?");
        assert_eq!(capitalised(""), "");
    }
}
