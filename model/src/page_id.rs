//! Every id a page gives an element after something the content names (a
//! step's section, a quote, a glossary term's definition, a passage, an
//! answer's option), the names of the radio groups that ask about a step,
//! and the names of the places on a page those definitions' ids
//! are made from: built here, and read back here, only.
//!
//! Ids are made from where things stand, never from a counter, so that the
//! page built ahead of time and the app in the browser make the same ones.

use super::section::SectionKind;

/// The id of one section of a step: the step's id, then the section's slug.
pub fn section(step: &str, kind: SectionKind) -> String {
    format!("{step}-{}", kind.slug())
}

/// The step and section a [`section`] id names. Step ids may hold hyphens,
/// slugs do not.
pub fn parse_section(id: &str) -> Option<(&str, SectionKind)> {
    let (step, slug) = id.rsplit_once('-')?;
    Some((step, SectionKind::from_slug(slug)?))
}

/// The id of the label saying whose words an element holds.
pub fn source(of: &str) -> String {
    format!("{of}-source")
}

/// The id of a step's quote at `index`, shared by the step's "show in the
/// essay" link and the words on the essay page.
pub fn quote(step: &str, index: usize) -> String {
    format!("quote-{step}-{}", index + 1)
}

/// The place where a step's claim stands.
pub fn claim_place(step: &str) -> String {
    format!("{step}-claim")
}

/// The place where the `index`-th text of one of a step's sections stands.
pub fn section_place(step: &str, kind: SectionKind, index: usize) -> String {
    format!("{}-{}", section(step, kind), index + 1)
}

/// The place where the `index`-th run of a passage stands on the essay page.
pub fn run_place(passage: &str, index: usize) -> String {
    format!("{passage}-{}", index + 1)
}

/// The id of a glossary term's definition, marked at a place.
pub fn definition(place: &str, term: &str) -> String {
    format!("{place}-{term}-definition")
}

/// The id of a glossary term's entry on the glossary page, which each
/// definition's link names.
pub fn term(id: &str) -> String {
    format!("term-{id}")
}

/// The id of a step's box on the argument map, which a step's link to the
/// map names.
pub fn map_box(step: &str) -> String {
    format!("map-{step}")
}

/// The id of a step's heading on the page of the whole argument, which its
/// table of contents links to.
pub fn whole_step(step: &str) -> String {
    format!("whole-{step}")
}

/// The id of the caption of a step's quote at `index`, which names the
/// quotation (its place in the essay, without the link beside it).
pub fn quote_caption(step: &str, index: usize) -> String {
    format!("{}-place", quote(step, index))
}

/// The id of a passage of the essay on the essay page: the passage's own id
/// (`title`, `p1`…), which a quote's `passage` names in the content.
pub fn passage(id: &str) -> String {
    id.to_owned()
}

/// The name of the radio group asking whether a judged step convinces (its
/// conviction); the page keeps the older word, `convinces-`.
pub fn conviction_group(step: &str) -> String {
    format!("convinces-{step}")
}

/// The step a [`conviction_group`] name asks about.
pub fn parse_conviction_group(name: &str) -> Option<&str> {
    name.strip_prefix("convinces-")
}

/// The name of the radio group asking how much a judged step bears on the
/// answer.
pub fn weight_group(step: &str) -> String {
    format!("weight-{step}")
}

/// The step a [`weight_group`] name asks about.
pub fn parse_weight_group(name: &str) -> Option<&str> {
    name.strip_prefix("weight-")
}

/// The id of the field for a student's own reason on a judged step.
pub fn reason(step: &str) -> String {
    format!("reason-{step}")
}

/// The id of the count of characters left under a field, which the field
/// names as its description.
pub fn characters_left(field: &str) -> String {
    format!("{field}-count")
}

/// The id of a field's hint, which the field names as its description.
pub fn hint(field: &str) -> String {
    format!("{field}-hint")
}

/// The id of the line under a field that says what is wrong with it, which
/// the field names as its description too.
pub fn error(field: &str) -> String {
    format!("{field}-error")
}

/// The id of the `index`-th option of a radio group.
pub fn option(group: &str, index: usize) -> String {
    format!("{group}-{index}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn section_ids_name_their_step_and_section() {
        for kind in SectionKind::ALL {
            let id = section("cold-war", kind);
            assert_eq!(parse_section(&id), Some(("cold-war", kind)));
        }
        assert_eq!(parse_section("cold-war"), None);
        assert_eq!(parse_section("cold-war-nonsense"), None);
    }

    #[test]
    fn radio_group_names_name_their_step() {
        assert_eq!(
            parse_conviction_group(&conviction_group("cold-war")),
            Some("cold-war")
        );
        assert_eq!(
            parse_weight_group(&weight_group("cold-war")),
            Some("cold-war")
        );
        assert_eq!(parse_conviction_group(&weight_group("cold-war")), None);
        assert_eq!(parse_weight_group(&conviction_group("cold-war")), None);
    }
}
