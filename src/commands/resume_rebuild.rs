//! A journal whose header line was lost (a disk or an editor damaged its first
//! line): what can be rebuilt is, from the record saved beside it, so the notes
//! and the meeting's course are not lost with one line.
//!
//! The record names the protocol, the members, the presenters and the group's
//! roles, buddies and norms; the meeting's chosen length and its draws (pairs,
//! givers) are not in it, and come back as the protocol's own. The damaged journal
//! is kept beside the rebuilt one, never overwritten.

use std::path::{Path, PathBuf};

use crate::engine::Settings;
use crate::journal::{self, Entry, Header, JOURNAL_VERSION};
use crate::meeting::Meeting;
use crate::notes::taking::GroupContext;
use crate::protocol::Library;
use crate::record::Record;
use crate::safe_read::{RECORD_CAP, read_own, read_regular_text};

/// Rebuild the journal at `path` from the record beside it. Returns what to tell
/// the person (what was rebuilt, where the damaged one is), or why it cannot be.
pub fn rebuild(path: &Path) -> Result<String, String> {
    let record_path = path.with_extension("toml");
    let text = read_regular_text(&record_path, RECORD_CAP).map_err(|e| e.to_string())?;
    let record = Record::from_toml(&text).map_err(|e| format!("{}: {e}", record_path.display()))?;
    let protocol = Library::resolve_in(crate::paths::user_protocols_dir().as_deref(), &record.protocol)
        .map_err(|e| e.to_string())?;
    let header = Header {
        journal: JOURNAL_VERSION,
        id: record.id.clone(),
        protocol_id: protocol.id.clone(),
        protocol_origin: protocol.origin.clone(),
        protocol_source: protocol.source.clone(),
        members: record.members.clone(),
        presenters: record.presenters.clone(),
        length: None,
        context: GroupContext {
            group: record.group.clone(),
            absent: record.absent.clone(),
            roles: record.roles.clone(),
            buddies: record.buddies.clone(),
            ids: record.ids.clone(),
            norms: record.norms.clone(),
            programme: record.programme,
            ..GroupContext::default()
        },
        started: record.started,
        extras: crate::plan::Extras {
            in_group: record.group.is_some(),
            ..Default::default()
        },
    };
    // Every line that is an event is kept, in order; the rest was the header.
    let bytes = read_own(path, crate::safe_read::JOURNAL_CAP).map_err(|e| e.to_string())?;
    let body = String::from_utf8_lossy(&bytes);
    let events: Vec<&str> = body
        .lines()
        .filter(|l| serde_json::from_str::<Entry>(l).is_ok())
        .collect();
    let header_line = serde_json::to_string(&header).map_err(|e| e.to_string())?;
    // The rebuilt meeting must replay before anything is written.
    let rebuilt = journal::Journal {
        path: path.to_path_buf(),
        header,
        entries: events.iter().filter_map(|l| serde_json::from_str(l).ok()).collect(),
        cut_off: None,
        skipped: Vec::new(),
        len: 0,
    };
    Meeting::from_journal(&rebuilt, Settings::default()).map_err(|e| e.to_string())?;
    let aside = damaged_file(path);
    std::fs::rename(path, &aside).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut text = header_line;
    for e in &events {
        text.push('\n');
        text.push_str(e);
    }
    text.push('\n');
    crate::store::write_atomic(path, text.as_bytes()).map_err(|e| format!("{e:#}"))?;
    Ok(crate::t!(
        "cmd-resume-rebuilt",
        path = path.display().to_string(),
        aside = aside.display().to_string()
    ))
}

/// Where the damaged journal is kept: beside it, never over an earlier one.
fn damaged_file(journal: &Path) -> PathBuf {
    let mut name = journal.file_name().unwrap_or_default().to_os_string();
    name.push(".damaged");
    let mut path = journal.with_file_name(&name);
    let mut n = 2;
    while std::fs::symlink_metadata(&path).is_ok() {
        path = journal.with_file_name(format!("{}-{n}", name.to_string_lossy()));
        n += 1;
    }
    path
}
