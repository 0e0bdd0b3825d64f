//! The reader's progress: the last step read, the steps visited, and which
//! sections of each step are open.
//!
//! The state changes only through [`Reader::apply`] with a named [`Action`],
//! and is saved in a versioned form, [`SavedReader`]. Saved data is never trusted: anything
//! corrupt, from another version, or naming a step that no longer exists is
//! dropped, keeping whatever of it is still valid.

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::argument::Argument;

/// The version of the saved format; saved data of any other version is
/// discarded.
pub const SAVE_VERSION: u32 = 1;

/// The expandable sections of a step, in the order they are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SectionKind {
    /// The essay's own words.
    Essay,
    /// The claim in plain words.
    Plain,
    /// Why the step matters.
    Why,
    /// The evidence the essay offers.
    Evidence,
    /// Questions a careful reader would ask.
    Questions,
}

impl SectionKind {
    /// Every section, in display order.
    pub const ALL: [SectionKind; 5] = [
        SectionKind::Essay,
        SectionKind::Plain,
        SectionKind::Why,
        SectionKind::Evidence,
        SectionKind::Questions,
    ];

    /// The section's heading.
    pub fn heading(self) -> &'static str {
        match self {
            SectionKind::Essay => "In the essay's words",
            SectionKind::Plain => "In plain words",
            SectionKind::Why => "Why it matters",
            SectionKind::Evidence => "The evidence the essay offers",
            SectionKind::Questions => "Questions a careful reader would ask",
        }
    }

    /// A short, stable name, used in element ids.
    pub fn slug(self) -> &'static str {
        match self {
            SectionKind::Essay => "essay",
            SectionKind::Plain => "plain",
            SectionKind::Why => "why",
            SectionKind::Evidence => "evidence",
            SectionKind::Questions => "questions",
        }
    }

    /// The section a [`SectionKind::slug`] names.
    pub fn from_slug(slug: &str) -> Option<SectionKind> {
        SectionKind::ALL
            .into_iter()
            .find(|kind| kind.slug() == slug)
    }

    /// The document id of this section of a step: the step's id, then the
    /// section's slug.
    pub fn element_id(self, step: &str) -> String {
        format!("{step}-{}", self.slug())
    }

    /// The step and section an [`SectionKind::element_id`] names. Step ids may
    /// hold hyphens, slugs do not.
    pub fn parse_element_id(id: &str) -> Option<(&str, SectionKind)> {
        let (step, slug) = id.rsplit_once('-')?;
        Some((step, SectionKind::from_slug(slug)?))
    }

    /// Whose words the section holds, said plainly to the reader.
    pub fn source(self) -> &'static str {
        match self {
            SectionKind::Essay => "The essay's words",
            SectionKind::Plain | SectionKind::Why => "Our explanation",
            SectionKind::Evidence => "Our notes, citing the essay",
            SectionKind::Questions => "Our questions",
        }
    }

    /// Whether the section is the essay's words, quoted in full, rather than
    /// ours (the evidence is our notes, citing the essay by its opening words).
    pub fn quotes_the_essay(self) -> bool {
        self == SectionKind::Essay
    }
}

/// The sections open on a step the reader has not touched yet.
const DEFAULT_OPEN: [SectionKind; 1] = [SectionKind::Essay];

/// What a reader can do that changes their saved progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// The reader arrived at a step.
    Visit(Rc<str>),
    /// One section of a step was opened (`true`) or closed: by the reader,
    /// or by the browser when find-in-page found a match in it.
    SetOpen(Rc<str>, SectionKind, bool),
    /// The reader opened every section of a step.
    ExpandAll(Rc<str>),
    /// The reader closed every section of a step.
    CollapseAll(Rc<str>),
    /// The reader asked to forget everything and start again.
    StartOver,
    /// Progress saved earlier was read back once the page had started. What
    /// the reader did since (the step they opened, say) stays on top of it.
    Restore(Reader),
}

/// The reader's progress through the argument.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "kebab-case")]
pub struct Reader {
    /// The step the reader was last on.
    last: Option<Rc<str>>,
    /// Every step the reader has been on.
    visited: BTreeSet<Rc<str>>,
    /// The open sections of each step the reader has opened or closed any
    /// section of; other steps show [`DEFAULT_OPEN`].
    open: BTreeMap<Rc<str>, BTreeSet<SectionKind>>,
}

/// The saved form of the reader's progress: the state with its format
/// version. Deserialise saved data into this, then turn it into a [`Reader`]
/// with [`SavedReader::into_reader`], which drops what no longer applies.
#[derive(Debug, Serialize, Deserialize)]
pub struct SavedReader {
    version: u32,
    #[serde(flatten)]
    reader: Reader,
}

impl SavedReader {
    /// The saved state, keeping only what is valid for this argument: saved
    /// data of another format version gives the empty state, and steps the
    /// argument no longer has are dropped.
    pub fn into_reader(self, argument: &Argument) -> Reader {
        if self.version != SAVE_VERSION {
            return Reader::default();
        }
        let Reader {
            last,
            visited,
            open,
        } = self.reader;
        Reader {
            last: last.filter(|step| argument.contains(step)),
            visited: visited
                .into_iter()
                .filter(|step| argument.contains(step))
                .collect(),
            open: open
                .into_iter()
                .filter(|(step, _)| argument.contains(step))
                .collect(),
        }
    }
}

impl Reader {
    /// The step the reader was last on, if any.
    pub fn last(&self) -> Option<&str> {
        self.last.as_deref()
    }

    /// Whether the reader has been on this step.
    pub fn has_visited(&self, step: &str) -> bool {
        self.visited.contains(step)
    }

    /// Whether a section of a step is open.
    pub fn is_open(&self, step: &str, section: SectionKind) -> bool {
        match self.open.get(step) {
            Some(open) => open.contains(&section),
            None => DEFAULT_OPEN.contains(&section),
        }
    }

    /// The state after an action.
    pub fn apply(&self, action: Action) -> Reader {
        let mut next = self.clone();
        match action {
            Action::Visit(step) => {
                next.visited.insert(step.clone());
                next.last = Some(step);
            }
            // The browser reports every toggle, including those the app made
            // itself (a new step's sections, Expand all): one that changes
            // nothing leaves the state as it is, with no entry for the step.
            Action::SetOpen(step, section, now_open)
                if self.is_open(&step, section) == now_open => {}
            Action::SetOpen(step, section, now_open) => {
                let open = next
                    .open
                    .entry(step)
                    .or_insert_with(|| DEFAULT_OPEN.into_iter().collect());
                if now_open {
                    open.insert(section);
                } else {
                    open.remove(&section);
                }
            }
            Action::ExpandAll(step) => {
                next.open
                    .insert(step, SectionKind::ALL.into_iter().collect());
            }
            Action::CollapseAll(step) => {
                next.open.insert(step, BTreeSet::new());
            }
            Action::StartOver => next = Reader::default(),
            Action::Restore(saved) => {
                next.last = self.last.clone().or(saved.last);
                next.visited.extend(saved.visited);
                for (step, open) in saved.open {
                    next.open.entry(step).or_insert(open);
                }
            }
        }
        next
    }

    /// What turns this state's open sections into those a page shows: for
    /// each section on it, by its [`SectionKind::element_id`] and whether it
    /// is open, an [`Action::SetOpen`] where the two differ. Ids that name no
    /// section are passed over.
    pub fn changes_on_page<'a>(
        &self,
        sections: impl IntoIterator<Item = (&'a str, bool)>,
    ) -> Vec<Action> {
        sections
            .into_iter()
            .filter_map(|(id, open)| {
                let (step, kind) = SectionKind::parse_element_id(id)?;
                (self.is_open(step, kind) != open).then(|| Action::SetOpen(step.into(), kind, open))
            })
            .collect()
    }

    /// The state in its saved form.
    pub fn to_saved(&self) -> SavedReader {
        SavedReader {
            version: SAVE_VERSION,
            reader: self.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Content;

    fn argument() -> Argument {
        Content::load().expect("content loads").argument
    }

    fn step(index: usize) -> Rc<str> {
        argument().steps()[index].id.clone()
    }

    #[test]
    fn visiting_records_last_and_visited() {
        let reader = Reader::default()
            .apply(Action::Visit(step(0)))
            .apply(Action::Visit(step(2)));
        assert_eq!(reader.last(), Some(&*step(2)));
        assert!(reader.has_visited(&step(0)));
        assert!(!reader.has_visited(&step(1)));
    }

    #[test]
    fn sections_toggle_from_the_default() {
        let id = step(1);
        let reader = Reader::default();
        assert!(reader.is_open(&id, SectionKind::Essay));
        assert!(!reader.is_open(&id, SectionKind::Why));
        let reader = reader
            .apply(Action::SetOpen(id.clone(), SectionKind::Essay, false))
            .apply(Action::SetOpen(id.clone(), SectionKind::Why, true));
        assert!(!reader.is_open(&id, SectionKind::Essay));
        assert!(reader.is_open(&id, SectionKind::Why));
        assert!(
            reader.is_open(&step(0), SectionKind::Essay),
            "others keep the default"
        );
    }

    #[test]
    fn opening_an_open_section_changes_nothing() {
        let id = step(1);
        let reader = Reader::default();
        assert_eq!(
            reader.apply(Action::SetOpen(id.clone(), SectionKind::Essay, true)),
            reader,
            "a section open by default, reported open, adds no entry"
        );
        assert_eq!(
            reader.apply(Action::SetOpen(id, SectionKind::Why, false)),
            reader
        );
    }

    #[test]
    fn section_ids_name_their_step_and_section() {
        for kind in SectionKind::ALL {
            let id = kind.element_id("cold-war");
            assert_eq!(SectionKind::parse_element_id(&id), Some(("cold-war", kind)));
        }
        assert_eq!(SectionKind::parse_element_id("cold-war"), None);
        assert_eq!(SectionKind::parse_element_id("cold-war-nonsense"), None);
    }

    #[test]
    fn the_sections_a_page_shows_become_the_readers() {
        let id = step(1);
        let on_page = [
            SectionKind::Essay.element_id(&id),
            SectionKind::Why.element_id(&id),
            SectionKind::Plain.element_id(&id),
            "not-a-section".to_owned(),
        ];
        let shown = [false, true, false, true];
        let before = Reader::default();
        let changes = before.changes_on_page(on_page.iter().map(String::as_str).zip(shown));
        assert_eq!(
            changes,
            [
                Action::SetOpen(id.clone(), SectionKind::Essay, false),
                Action::SetOpen(id.clone(), SectionKind::Why, true),
            ],
            "only what differs from the state, and only sections"
        );
        let after = changes
            .into_iter()
            .fold(before, |reader, action| reader.apply(action));
        assert!(!after.is_open(&id, SectionKind::Essay));
        assert!(after.is_open(&id, SectionKind::Why));
        assert!(!after.is_open(&id, SectionKind::Plain));
    }

    #[test]
    fn expand_and_collapse_all() {
        let id = step(3);
        let expanded = Reader::default().apply(Action::ExpandAll(id.clone()));
        assert!(SectionKind::ALL.iter().all(|&s| expanded.is_open(&id, s)));
        let collapsed = expanded.apply(Action::CollapseAll(id.clone()));
        assert!(SectionKind::ALL.iter().all(|&s| !collapsed.is_open(&id, s)));
    }

    #[test]
    fn start_over_forgets_everything() {
        let reader = Reader::default()
            .apply(Action::Visit(step(4)))
            .apply(Action::ExpandAll(step(4)))
            .apply(Action::StartOver);
        assert_eq!(reader, Reader::default());
    }

    /// Restores saved JSON as the app does: anything that does not parse
    /// gives the empty state.
    fn restore(json: &str) -> Reader {
        serde_json::from_str::<SavedReader>(json)
            .map(|saved| saved.into_reader(&argument()))
            .unwrap_or_default()
    }

    #[test]
    fn restoring_brings_back_saved_progress() {
        let saved = Reader::default()
            .apply(Action::Visit(step(3)))
            .apply(Action::ExpandAll(step(3)));
        assert_eq!(
            Reader::default().apply(Action::Restore(saved.clone())),
            saved
        );
    }

    #[test]
    fn what_the_reader_did_before_the_restore_stays_on_top() {
        let saved = Reader::default()
            .apply(Action::Visit(step(3)))
            .apply(Action::ExpandAll(step(3)))
            .apply(Action::ExpandAll(step(1)));
        let reader = Reader::default()
            .apply(Action::Visit(step(1)))
            .apply(Action::Restore(saved));
        assert_eq!(reader.last(), Some(&*step(1)));
        assert!(reader.has_visited(&step(3)));
        assert!(reader.is_open(&step(3), SectionKind::Why));
        assert!(reader.is_open(&step(1), SectionKind::Why));
        let reader = Reader::default()
            .apply(Action::CollapseAll(step(1)))
            .apply(Action::Restore(reader));
        assert!(
            !reader.is_open(&step(1), SectionKind::Why),
            "newer choice wins"
        );
    }

    #[test]
    fn saved_state_round_trips() {
        let reader = Reader::default()
            .apply(Action::Visit(step(1)))
            .apply(Action::Visit(step(5)))
            .apply(Action::SetOpen(step(5), SectionKind::Questions, true))
            .apply(Action::CollapseAll(step(1)));
        let json = serde_json::to_string(&reader.to_saved()).unwrap();
        assert_eq!(restore(&json), reader);
    }

    fn check_restored(json: &str, expected: Reader) {
        assert_eq!(restore(json), expected, "{json}");
    }

    #[test]
    fn corrupt_or_foreign_data_restores_nothing() {
        for json in [
            "",
            "{",
            "null",
            "[]",
            "\"text\"",
            "{\"version\":2,\"last\":\"question\"}",
            "{\"version\":\"1\"}",
            "{\"last\":\"question\"}",
            "{\"version\":1,\"last\":7}",
            "{\"version\":1,\"open\":{\"question\":[\"nonsense\"]}}",
            "{\"version\":1,\"visited\":\"question\"}",
        ] {
            check_restored(json, Reader::default());
        }
    }

    #[test]
    fn steps_that_no_longer_exist_are_dropped_and_the_rest_kept() {
        let kept = step(2);
        let json = format!(
            "{{\"version\":1,\"last\":\"gone\",\"visited\":[\"gone\",\"{kept}\"],\
             \"open\":{{\"gone\":[\"why\"],\"{kept}\":[\"why\"]}},\"extra\":true}}"
        );
        let expected = Reader::default()
            .apply(Action::Visit(kept.clone()))
            .apply(Action::SetOpen(kept.clone(), SectionKind::Essay, false))
            .apply(Action::SetOpen(kept.clone(), SectionKind::Why, true));
        let expected = Reader {
            last: None,
            ..expected
        };
        check_restored(&json, expected);
    }
}
