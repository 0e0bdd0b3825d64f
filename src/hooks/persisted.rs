//! Keeping the reader's state in localStorage: read back once mounted, saved
//! on every change, under a key of this essay's (`Content::storage_key`) that
//! may change (the answers' follows the
//! assignment a student follows, see `hooks::assignment`). The assignment
//! followed is kept so too, under a key of its own.

use yew::prelude::*;

use model::{
    AnswerAction, Answers, Argument, Content, FollowAction, Following, Progress, ProgressAction,
    Saved,
};

use super::held::{Applies, Held};

/// State kept in localStorage, in its saved form ([`Saved`]), which is
/// checked against the argument when it is read back.
pub trait Persisted: Applies + Saved + Default {
    /// The action that puts state read back from storage beneath the state.
    fn restore_action(state: Self) -> Self::Action;
    /// The action that forgets the whole state, before state saved under
    /// another key takes its place.
    fn reset_action() -> Self::Action;

    /// What the reader changed on the prerendered page, once what was saved
    /// is known: by default, as it is.
    fn on_page(on_page: Self, _saved: &Self, _argument: &Argument) -> Self {
        on_page
    }
}

impl Persisted for Progress {
    fn restore_action(state: Progress) -> ProgressAction {
        ProgressAction::Restore(state)
    }

    fn reset_action() -> ProgressAction {
        ProgressAction::Reset
    }
}

impl Persisted for Answers {
    fn restore_action(state: Answers) -> AnswerAction {
        AnswerAction::Restore(state)
    }

    fn reset_action() -> AnswerAction {
        AnswerAction::Reset
    }

    /// A guess chosen on the prerendered page by a reader who has read a
    /// step, which the page could not know, is kept as the app would have
    /// kept it ([`Answers::with_guess_kept`]).
    fn on_page(on_page: Answers, saved: &Answers, argument: &Argument) -> Answers {
        let has_read = load_from::<Progress>(&Progress::key(), argument)
            .last()
            .is_some();
        on_page.with_guess_kept(saved, has_read)
    }
}

impl Persisted for Following {
    fn restore_action(state: Following) -> FollowAction {
        FollowAction::Restore(state)
    }

    fn reset_action() -> FollowAction {
        FollowAction::Reset
    }
}

/// localStorage, where the browser lets the page have it: browsers can
/// refuse it (privacy settings, sandboxed frames).
pub(super) fn storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// The state saved under a key, or the empty state where none is saved or
/// what is saved cannot be used.
pub(super) fn load_from<T: Persisted>(key: &str, argument: &Argument) -> T {
    storage()
        .and_then(|storage| storage.get_item(key).ok().flatten())
        .map(|saved| T::from_saved(&saved, argument))
        .unwrap_or_default()
}

/// Saves the state under a key; the empty state leaves nothing behind.
fn save<T: Persisted>(key: &str, state: &T, argument: &Argument) {
    let Some(storage) = storage() else {
        return;
    };
    let saved = if *state == T::default() {
        storage.remove_item(key)
    } else {
        storage.set_item(key, &state.to_saved(argument))
    };
    if saved.is_err() {
        // A full or read-only storage loses this change only; the page goes on.
        gloo::console::warn!(format!("could not save {key}"));
    }
}

/// State loaded from localStorage under `key` and saved there on every
/// change.
///
/// The first render uses `first`: the empty state, as the page prerendered
/// at build time did, with only those changes the reader made on it that
/// change no more than attributes the page has (sections opened or closed),
/// so hydration finds the page it expects. Once mounted, `on_page` (what
/// else the reader changed there before the app started, which may change
/// what the page shows) is put in, and the saved state read beneath both.
/// What was read is not written back: another tab may have saved newer state
/// since, and a page that only looks must not overwrite it.
///
/// When the key changes, the state saved under the new key takes the whole
/// state's place: what was shown stays saved under the old key, where every
/// change was saved as it was made.
#[hook]
pub fn use_persisted<T: Persisted>(
    first: T,
    on_page: T,
    key: AttrValue,
) -> UseReducerHandle<Held<T>> {
    let state = use_reducer(|| Held(first));
    // The key the state belongs to and the state as storage holds it there;
    // `None` until it has been read.
    let stored = use_mut_ref(|| None::<(AttrValue, T)>);
    // Whether storage has been read: the state may differ from it already
    // then (what the reader did before the app started), with no change of
    // state to say so.
    let read = use_state(|| false);
    {
        let stored = stored.clone();
        use_effect_with((state.clone(), *read), move |(state, _)| {
            let mut stored = stored.borrow_mut();
            if let Some((key, kept)) = stored.as_mut()
                && kept != &state.0
            {
                save(key, &state.0, &Content::get().argument);
                *kept = state.0.clone();
            }
        });
    }
    {
        let state = state.clone();
        let on_page = Some(on_page);
        use_effect_with(key, move |key| {
            let argument = &Content::get().argument;
            let loaded = load_from::<T>(key, argument);
            let before = stored.replace(Some((key.clone(), loaded.clone())));
            if before.is_some() {
                // Both dispatches change the state at once: the next render
                // shows the new key's state, and nothing else is saved there.
                state.dispatch(T::reset_action());
            } else if let Some(on_page) = on_page {
                // Put in beneath the first render's state, `on_page` adds
                // what that state lacks; the saved state goes beneath both.
                state.dispatch(T::restore_action(T::on_page(on_page, &loaded, argument)));
            }
            state.dispatch(T::restore_action(loaded));
            read.set(true);
        });
    }
    state
}
