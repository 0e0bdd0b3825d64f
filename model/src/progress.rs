//! The reader's progress: the last step read, the steps visited, and which
//! kinds of section the reader keeps open.
//!
//! The sections open are the reader's for every step, not for one: a reader
//! who opens "In plain words" on one step finds it open on the next, so that
//! reading everything takes a click per kind of section, not per section.
//!
//! The state changes only through [`Progress::apply`] with a named [`ProgressAction`],
//! and is saved in the form every saved state takes ([`Saved`]).

use std::collections::BTreeSet;

use super::argument::Argument;
use super::page_id;
use super::saved::{self, Saved};
use super::section::SectionKind;
use super::step::StepId;

/// The sections open for a reader who has not opened or closed any yet.
const DEFAULT_OPEN: [SectionKind; 1] = [SectionKind::Essay];

/// What a reader can do that changes their saved progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProgressAction {
    /// The reader arrived at a step.
    Visit(StepId),
    /// A kind of section was opened (`true`) or closed, on every step: by
    /// the progress, or by the browser when find-in-page found a match in it.
    SetOpen(SectionKind, bool),
    /// The reader opened every section.
    ExpandAll,
    /// The reader closed every section.
    CollapseAll,
    /// The reader asked to forget their progress and start again (the start
    /// page's Start over).
    Reset,
    /// Progress saved earlier was read back once mounted. What
    /// the reader did since (the step they opened, say) stays on top of it.
    Restore(Progress),
}

/// The reader's progress through the argument.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Progress {
    /// The step the reader was last on.
    last: Option<StepId>,
    /// Every step the reader has been on.
    visited: BTreeSet<StepId>,
    /// The kinds of section open on every step, once the reader has opened
    /// or closed one; until then [`DEFAULT_OPEN`].
    open: Option<BTreeSet<SectionKind>>,
}

impl Progress {
    /// The step the reader was last on, if any.
    pub fn last(&self) -> Option<&str> {
        self.last.as_deref()
    }

    /// Whether the reader has been on this step.
    pub fn has_visited(&self, step: &str) -> bool {
        self.visited.contains(step)
    }

    /// Whether this kind of section is open.
    pub fn is_open(&self, section: SectionKind) -> bool {
        match &self.open {
            Some(open) => open.contains(&section),
            None => DEFAULT_OPEN.contains(&section),
        }
    }

    /// The state after an action.
    pub fn apply(&self, action: ProgressAction) -> Progress {
        let mut next = self.clone();
        match action {
            ProgressAction::Visit(step) => {
                next.visited.insert(step.clone());
                next.last = Some(step);
            }
            // The browser reports every toggle, including those the app made
            // itself (a new step's sections, Expand all): one that changes
            // nothing leaves the state as it is.
            ProgressAction::SetOpen(section, now_open) if self.is_open(section) == now_open => {}
            ProgressAction::SetOpen(section, now_open) => {
                let open = next
                    .open
                    .get_or_insert_with(|| DEFAULT_OPEN.into_iter().collect());
                if now_open {
                    open.insert(section);
                } else {
                    open.remove(&section);
                }
            }
            ProgressAction::ExpandAll => next.open = Some(SectionKind::ALL.into_iter().collect()),
            ProgressAction::CollapseAll => next.open = Some(BTreeSet::new()),
            ProgressAction::Reset => next = Progress::default(),
            ProgressAction::Restore(saved) => {
                next.last = self.last.clone().or(saved.last);
                next.visited.extend(saved.visited);
                next.open = self.open.clone().or(saved.open);
            }
        }
        next
    }

    /// What turns this state's open sections into those a page shows: for
    /// each section on it, by its [`page_id::section`] id and whether it is
    /// open, a [`ProgressAction::SetOpen`] where the two differ. Ids that name
    /// no section are passed over.
    pub fn changes_on_page<'a>(
        &self,
        sections: impl IntoIterator<Item = (&'a str, bool)>,
    ) -> Vec<ProgressAction> {
        sections
            .into_iter()
            .filter_map(|(id, open)| {
                let (_, kind) = page_id::parse_section(id)?;
                (self.is_open(kind) != open).then_some(ProgressAction::SetOpen(kind, open))
            })
            .collect()
    }
}

/// Saved as `last`, the step last read; `visited`, the steps visited; and
/// `open`, once the reader has opened or closed a section, the slugs of the
/// kinds open. What names a step the argument no longer has is dropped.
/// Version 2 kept the sections open step by step (`open.<step>`): its steps
/// read and last read are kept, and its open sections dropped.
impl Saved for Progress {
    const NAME: &'static str = "reader";
    const VERSION: u32 = 3;
    const OLDER: &'static [u32] = &[2];

    fn fields(&self, _argument: &Argument) -> Vec<(String, String)> {
        let last = self
            .last
            .iter()
            .map(|step| ("last".to_owned(), step.to_string()));
        let visited = (!self.visited.is_empty()).then(|| {
            (
                "visited".to_owned(),
                saved::join(self.visited.iter().map(|s| &**s)),
            )
        });
        let open = self.open.iter().map(|open| {
            let slugs = saved::join(open.iter().map(|kind| kind.slug()));
            ("open".to_owned(), slugs)
        });
        last.chain(visited).chain(open).collect()
    }

    fn read_field(&mut self, name: &str, value: &str, argument: &Argument) {
        match name {
            "last" if argument.contains(value) => self.last = Some(value.into()),
            "visited" => {
                let steps = saved::list(value).filter(|step| argument.contains(step));
                self.visited.extend(steps.map(StepId::from));
            }
            "open" => {
                let open: Option<BTreeSet<SectionKind>> =
                    saved::list(value).map(SectionKind::from_slug).collect();
                if open.is_some() {
                    self.open = open;
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;

    fn argument() -> Argument {
        fixture::content().argument
    }

    fn step(index: usize) -> StepId {
        fixture::STEPS[index].into()
    }

    #[test]
    fn visiting_records_last_and_visited() {
        let progress = Progress::default()
            .apply(ProgressAction::Visit(step(0)))
            .apply(ProgressAction::Visit(step(2)));
        assert_eq!(progress.last(), Some(&*step(2)));
        assert!(progress.has_visited(&step(0)));
        assert!(!progress.has_visited(&step(1)));
    }

    #[test]
    fn sections_toggle_from_the_default_for_every_step() {
        let progress = Progress::default();
        assert!(progress.is_open(SectionKind::Essay));
        assert!(!progress.is_open(SectionKind::Why));
        let progress = progress
            .apply(ProgressAction::SetOpen(SectionKind::Essay, false))
            .apply(ProgressAction::SetOpen(SectionKind::Why, true));
        assert!(!progress.is_open(SectionKind::Essay));
        assert!(progress.is_open(SectionKind::Why));
        assert!(
            !progress.is_open(SectionKind::Plain),
            "others keep the default"
        );
    }

    #[test]
    fn opening_an_open_section_changes_nothing() {
        let progress = Progress::default();
        assert_eq!(
            progress.apply(ProgressAction::SetOpen(SectionKind::Essay, true)),
            progress,
            "a section open by default, reported open, adds no entry"
        );
        assert_eq!(
            progress.apply(ProgressAction::SetOpen(SectionKind::Why, false)),
            progress
        );
    }

    #[test]
    fn the_sections_a_page_shows_become_the_readers() {
        let id = step(1);
        let on_page = [
            page_id::section(&id, SectionKind::Essay),
            page_id::section(&id, SectionKind::Why),
            page_id::section(&id, SectionKind::Plain),
            "not-a-section".to_owned(),
        ];
        let open = [false, true, false, true];
        let fresh = Progress::default();
        let changes = fresh.changes_on_page(on_page.iter().map(String::as_str).zip(open));
        assert_eq!(
            changes,
            [
                ProgressAction::SetOpen(SectionKind::Essay, false),
                ProgressAction::SetOpen(SectionKind::Why, true),
            ],
            "only what differs from the state, and only sections"
        );
        let changed = changes
            .into_iter()
            .fold(fresh, |progress, action| progress.apply(action));
        assert!(!changed.is_open(SectionKind::Essay));
        assert!(changed.is_open(SectionKind::Why));
        assert!(!changed.is_open(SectionKind::Plain));
    }

    #[test]
    fn expand_and_collapse_all() {
        let expanded = Progress::default().apply(ProgressAction::ExpandAll);
        assert!(SectionKind::ALL.iter().all(|&s| expanded.is_open(s)));
        let collapsed = expanded.apply(ProgressAction::CollapseAll);
        assert!(SectionKind::ALL.iter().all(|&s| !collapsed.is_open(s)));
    }

    #[test]
    fn reset_forgets_everything() {
        let progress = Progress::default()
            .apply(ProgressAction::Visit(step(4)))
            .apply(ProgressAction::ExpandAll)
            .apply(ProgressAction::Reset);
        assert_eq!(progress, Progress::default());
    }

    #[test]
    fn restoring_brings_back_saved_progress() {
        let saved = Progress::default()
            .apply(ProgressAction::Visit(step(3)))
            .apply(ProgressAction::ExpandAll);
        assert_eq!(
            Progress::default().apply(ProgressAction::Restore(saved.clone())),
            saved
        );
    }

    #[test]
    fn what_the_reader_did_before_the_restore_stays_on_top() {
        let saved = Progress::default()
            .apply(ProgressAction::Visit(step(3)))
            .apply(ProgressAction::ExpandAll);
        let progress = Progress::default()
            .apply(ProgressAction::Visit(step(1)))
            .apply(ProgressAction::Restore(saved));
        assert_eq!(progress.last(), Some(&*step(1)));
        assert!(progress.has_visited(&step(3)));
        assert!(progress.is_open(SectionKind::Why));
        let progress = Progress::default()
            .apply(ProgressAction::CollapseAll)
            .apply(ProgressAction::Restore(progress));
        assert!(!progress.is_open(SectionKind::Why), "newer choice wins");
    }

    #[test]
    fn saved_state_round_trips() {
        let progress = Progress::default()
            .apply(ProgressAction::Visit(step(1)))
            .apply(ProgressAction::Visit(step(5)))
            .apply(ProgressAction::SetOpen(SectionKind::Probes, true));
        let saved = progress.to_saved(&argument());
        assert_eq!(
            saved,
            "v=3&last=unless&visited=granted.unless&open=essay.questions"
        );
        assert_eq!(Progress::from_saved(&saved, &argument()), progress);
        let collapsed = progress.apply(ProgressAction::CollapseAll);
        assert_eq!(
            Progress::from_saved(&collapsed.to_saved(&argument()), &argument()),
            collapsed
        );
        assert_eq!(Progress::default().to_saved(&argument()), "v=3");
    }

    #[test]
    fn the_older_form_keeps_the_steps_read_and_drops_its_sections() {
        let saved = "v=2&last=rivals&visited=question.rivals&open.rivals=why";
        let expected = Progress::default()
            .apply(ProgressAction::Visit(step(0)))
            .apply(ProgressAction::Visit(step(2)));
        assert_eq!(Progress::from_saved(saved, &argument()), expected);
    }

    #[test]
    fn corrupt_or_foreign_data_restores_nothing() {
        for text in [
            "",
            "{",
            "null",
            "[]",
            "\"text\"",
            "{\"version\":1,\"last\":\"question\"}",
            "v=1&last=question",
            "v=4&last=question",
            "last=question&v=3",
            "v=3&last=7&visited=&open=nonsense&open.question=why",
        ] {
            assert_eq!(
                Progress::from_saved(text, &argument()),
                Progress::default(),
                "{text}"
            );
        }
    }

    #[test]
    fn steps_that_no_longer_exist_are_dropped_and_the_rest_kept() {
        let kept = step(2);
        let saved =
            format!("v=3&last=gone&visited=gone.{kept}&open=why&extra=true&&=&open=why.nonsense");
        let expected = Progress::default()
            .apply(ProgressAction::Visit(kept.clone()))
            .apply(ProgressAction::SetOpen(SectionKind::Essay, false))
            .apply(ProgressAction::SetOpen(SectionKind::Why, true));
        let expected = Progress {
            last: None,
            ..expected
        };
        assert_eq!(Progress::from_saved(&saved, &argument()), expected);
    }
}
