//! Text the classroom kit keeps on this device, each in localStorage under a
//! name of its own, in this essay's key of that name
//! ([`Content::storage_key`]): on the teacher's page the assignment until a new one, and
//! on the class page the last paste, the roster and the assignment the page
//! counts for, until the teacher clears them.

use crate::hooks::persisted::storage;
use model::Content;

/// The text kept under a name, if any; none where the browser refuses
/// storage.
pub fn kept(name: &str) -> Option<String> {
    storage()?
        .get_item(&Content::get().storage_key(name))
        .ok()
        .flatten()
}

/// Keeps text under a name in place of any kept before; blank text removes
/// it. Whether it is kept: a full or refused storage keeps nothing, and the
/// page goes on with what it shows.
pub fn keep(name: &str, text: &str) -> bool {
    let Some(storage) = storage() else {
        return false;
    };
    let key = &Content::get().storage_key(name);
    let kept = if text.trim().is_empty() {
        storage.remove_item(key)
    } else {
        storage.set_item(key, text)
    };
    kept.is_ok()
}
