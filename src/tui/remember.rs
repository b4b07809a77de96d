//! The disk's side of remembering a group typed on the setup screen: find or make
//! the group, read its memory, and point the meeting's files at its folder. The
//! answer goes back to the app as a message, like every other disk answer.

use crate::app::{Msg, Remembered};
use crate::memory::remembered;
use crate::notes::GroupMemory;
use crate::persist::Persist;
use crate::protocol::Protocol;

/// The message that answers `Effect::Remember(names)`; `None` (the meeting goes
/// on as one without a group, and says why) when the disk refuses.
pub fn answer(names: &[String], on_screen: &Protocol, persist: &mut Persist) -> Msg {
    let data = crate::memory::data_dir_of(&persist.dir);
    let found = match remembered::find_or_make(&data, names, on_screen) {
        Ok(f) => f,
        Err(e) => return Msg::Disk(crate::persist::DiskStatus::Refused(e.to_string())),
    };
    // A group keeps its own protocol; one that no longer reads is not a reason to
    // lose the meeting: it runs on the protocol on screen.
    let protocol = found
        .group
        .protocol
        .as_deref()
        .filter(|id| *id != on_screen.id)
        .and_then(|id| {
            crate::protocol::Library::load(crate::paths::user_protocols_dir().as_deref())
                .resolve(id)
                .ok()
        });
    persist.made_group = found.new.then(|| found.dir.path.clone());
    let (memory, _problems) = match found.dir.memory(&found.group) {
        Ok(m) => m,
        Err(e) => return Msg::Disk(crate::persist::DiskStatus::Refused(e.to_string())),
    };
    persist.dir = found.dir.sessions();
    Msg::Remembered(Box::new(Remembered {
        memory: GroupMemory::new(&found.group, found.absent, memory),
        protocol,
        new: found.new,
    }))
}

/// A group made at the setup screen whose meeting never began is not kept: it
/// would otherwise be the group offered next time. Only a folder that holds
/// nothing but what was made with it (no meeting) is removed.
pub fn forget_unbegun(persist: &Persist, begun: bool) {
    let Some(folder) = persist.made_group.as_ref().filter(|_| !begun) else {
        return;
    };
    let only_made = std::fs::read_dir(folder).into_iter().flatten().flatten().all(|e| {
        let name = e.file_name();
        name == "group.toml" || name == ".lock"
    });
    if only_made {
        let _ = std::fs::remove_dir_all(folder);
    }
}
