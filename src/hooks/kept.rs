//! Text the classroom kit keeps on this device, each in localStorage under a
//! key of its own: on the teacher's page the assignment until a new one, and
//! on the class page the last paste, the roster and the assignment the page
//! counts for, until the teacher clears them.

use crate::hooks::persisted::storage;

/// The text kept under a key, if any; none where the browser refuses
/// storage.
pub fn kept(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Keeps text under a key in place of any kept before; blank text removes
/// it. Whether it is kept: a full or refused storage keeps nothing, and the
/// page goes on with what it shows.
pub fn keep(key: &str, text: &str) -> bool {
    let Some(storage) = storage() else {
        return false;
    };
    let kept = if text.trim().is_empty() {
        storage.remove_item(key)
    } else {
        storage.set_item(key, text)
    };
    kept.is_ok()
}
