//! What the explainer says about its essay beyond the steps
//! (`content/site.toml`): the site's name, the question, the outcome the
//! question asks about, the scale the reader answers on, the two directions
//! a judged step points in, and what each page previews as. The code writes
//! no word of any essay: every such word is here, so another essay, with
//! another question and scale, is explained by the same code.

/// What the explainer says about its essay beyond the steps; the file's
/// header documents each field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Site {
    /// The site's name: in the header, on the start page and in every tab.
    pub name: &'static str,
    /// The name under an icon on a home screen.
    pub short_name: &'static str,
    /// The essay's question in our words: the start page's heading.
    pub question: &'static str,
    /// What the question asks about, as a noun phrase.
    pub outcome: &'static str,
    /// The question as a clause after "bear on" ("whether all relations
    /// will be closed").
    pub whether: &'static str,
    /// What the start page says the steps are, in order.
    pub outline: &'static str,
    /// The map page's introduction.
    pub map_intro: &'static str,
    /// What the start page says of the essay's title after it ("quoted as
    /// written"); `None` where the title needs no note.
    pub title_note: Option<&'static str>,
    /// The map legend's line for a condition; `None` where the argument
    /// has no condition step.
    pub condition: Option<&'static str>,
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Directions {
    /// Toward the outcome the question asks about.
    pub toward: &'static str,
    /// Against it.
    pub against: &'static str,
}

/// The scale the reader answers on, before and after reading, and the
/// sentences that speak of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scale {
    /// The choice's legend before reading.
    pub before: &'static str,
    /// The choice's legend after reading.
    pub after: &'static str,
    /// The question short, once the page has named the essay.
    pub ask: &'static str,
    /// The question after the whole argument.
    pub ask_now: &'static str,
    /// The question on the way to the verdict.
    pub verdict_ask: &'static str,
    /// What the verdict chart's axis measures.
    pub axis: &'static str,
    /// What the class page's charts show.
    pub class_axis: &'static str,
    /// What a higher point says of the outcome.
    pub more: &'static str,
    /// What a lower point says of the outcome.
    pub less: &'static str,
    /// A point above the middle, in words.
    pub above_middle: &'static str,
    /// A point below the middle, in words.
    pub below_middle: &'static str,
    /// The end of the sentence on a view that pulls against the answers,
    /// with `{point}` for the view.
    pub tension: &'static str,
    /// The points, from the most against the outcome to the most toward it.
    pub points: &'static [ScalePoint],
}

/// One point of the scale, as the content names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScalePoint {
    /// The point's slug, in an address and in the essay's `[answer]`.
    pub id: &'static str,
    /// The point in words.
    pub label: &'static str,
}

/// What a link to each page that names the essay's subject previews as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Descriptions {
    /// The start page's.
    pub start: &'static str,
    /// The map's.
    pub map: &'static str,
    /// The essay page's.
    pub essay: &'static str,
    /// The glossary's.
    pub glossary: &'static str,
    /// The verdict's.
    pub verdict: &'static str,
    /// A shared verdict's, with `{before}` and `{after}` for its estimates.
    pub shared_verdict: &'static str,
    /// The installed app's.
    pub manifest: &'static str,
}

/// The preview cards' texts where a card does not show its page's title and
/// description.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cards {
    /// The verdict's card title.
    pub verdict: &'static str,
    /// The line above a shared verdict card's estimates.
    pub shared_verdict_kicker: &'static str,
    /// The text under a shared verdict card's estimates.
    pub shared_verdict: &'static str,
}

impl Site {
    /// Every text of ours the site holds, with its key as `site.toml`
    /// writes it, for the site's inventory.
    pub fn texts(&self) -> Vec<(String, &'static str)> {
        let mut texts: Vec<(String, &'static str)> = [
            ("name", Some(self.name)),
            ("short-name", Some(self.short_name)),
            ("question", Some(self.question)),
            ("outcome", Some(self.outcome)),
            ("whether", Some(self.whether)),
            ("outline", Some(self.outline)),
            ("map-intro", Some(self.map_intro)),
            ("title-note", self.title_note),
            ("condition", self.condition),
            ("directions.toward", Some(self.directions.toward)),
            ("directions.against", Some(self.directions.against)),
        ]
        .into_iter()
        .filter_map(|(key, text)| Some((key.to_owned(), text?)))
        .collect();
        let scale = &self.scale;
        for (key, text) in [
            ("before", scale.before),
            ("after", scale.after),
            ("ask", scale.ask),
            ("ask-now", scale.ask_now),
            ("verdict-ask", scale.verdict_ask),
            ("axis", scale.axis),
            ("class-axis", scale.class_axis),
            ("more", scale.more),
            ("less", scale.less),
            ("above-middle", scale.above_middle),
            ("below-middle", scale.below_middle),
            ("tension", scale.tension),
        ] {
            texts.push((format!("scale.{key}"), text));
        }
        for point in scale.points {
            texts.push((format!("scale.point `{}`", point.id), point.label));
        }
        let descriptions = &self.descriptions;
        for (key, text) in [
            ("start", descriptions.start),
            ("map", descriptions.map),
            ("essay", descriptions.essay),
            ("glossary", descriptions.glossary),
            ("verdict", descriptions.verdict),
            ("shared-verdict", descriptions.shared_verdict),
            ("manifest", descriptions.manifest),
        ] {
            texts.push((format!("descriptions.{key}"), text));
        }
        for (key, text) in [
            ("verdict", self.cards.verdict),
            ("shared-verdict-kicker", self.cards.shared_verdict_kicker),
            ("shared-verdict", self.cards.shared_verdict),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_site_has_five_points() {
        assert_eq!(Site::embedded().scale.points.len(), 5);
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
