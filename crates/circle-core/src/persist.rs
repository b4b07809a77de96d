//! A meeting's link to the disk: the journal (every event, synced before the screen
//! shows it), the record and summary (rewritten when the notes change), and, when
//! the disk says no, a status for the screen and a fallback on the way out.
//!
//! It reads the [`Meeting`] and never changes it; what the disk said goes back to
//! the screen as a [`DiskStatus`] message.

use std::path::PathBuf;

use crate::engine::{Ms, Now};
use crate::journal::writer::JournalCloser;
use crate::journal::{Entry, Event, JournalWriter};
use crate::meeting::Meeting;
use crate::record::Record;

/// How often a meeting under way notes that it is still alive, so a resume after a
/// kill knows within this much when it stopped: the step's time and the time away
/// are then at most this stale. The loop wakes at least each second (at each flip of
/// the countdown), and a heartbeat is not synced and replaces the one before it
/// (see [`JournalWriter::heartbeat`]), so it costs one small write and one line.
pub const ALIVE_EVERY_MS: Ms = 1_000;
/// A heartbeat is written at a wake this long after the last write. Half the
/// cadence, not all of it: wakes a second apart land a millisecond either side of
/// it, and a full second's threshold skipped every other one (gaps of 1 s and 2 s).
const ALIVE_DUE_MS: Ms = ALIVE_EVERY_MS / 2;
/// A changed half-typed note goes into the journal this soon after the last
/// write, however fast the typing: a kill seconds after typing loses none of it.
pub const DRAFT_DEBOUNCE_MS: Ms = 300;

/// What the disk said, for the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiskStatus {
    Saved,
    Refused(String),
}

pub struct Persist {
    pub dir: PathBuf,
    journal: Option<JournalWriter>,
    /// Entries the disk has not taken yet, in order.
    pending: Vec<Entry>,
    last_write: Ms,
    record_saved: bool,
    /// The last status handed to the screen, so only changes are sent.
    told: Option<DiskStatus>,
    /// The meeting's id once its journal is created (unique in its folder).
    id: Option<String>,
    /// The summary's path, once it has been written.
    summary: Option<PathBuf>,
    /// The half-typed note the journal's newest heartbeat holds ("" for none).
    draft_written: String,
    /// The last heartbeat the disk refused, to tell the screen at the next update.
    heartbeat_refused: Option<String>,
    /// A group made from the names typed at the setup screen, forgotten again if
    /// its meeting never begins (a mistyped name, a quit on the ready screen).
    pub made_group: Option<PathBuf>,
    /// Events are written but synced only after the next frame (see
    /// [`Persist::resumed`]).
    sync_after_frame: bool,
}

impl Persist {
    pub fn new(dir: PathBuf) -> Persist {
        Persist {
            dir,
            journal: None,
            pending: Vec::new(),
            last_write: 0,
            record_saved: true,
            told: None,
            id: None,
            summary: None,
            draft_written: String::new(),
            heartbeat_refused: None,
            made_group: None,
            sync_after_frame: false,
        }
    }

    /// Go on with a journal a resumed meeting was replayed from. The first events
    /// carried out (the resume itself) are synced after the first frame, not before: the
    /// sync was a third of a resume's time, and the screen saying "Resumed" a few
    /// milliseconds before the disk has it risks nothing (the line is in the file
    /// at once; only a power cut in those milliseconds could lose it, and with it
    /// nothing but the note that the meeting was resumed).
    pub fn resumed(dir: PathBuf, journal: JournalWriter, now: Ms) -> Persist {
        Persist {
            journal: Some(journal),
            last_write: now,
            sync_after_frame: true,
            ..Persist::new(dir)
        }
    }

    /// Right after a frame is drawn: sync what was written unsynced for it.
    pub fn after_frame(&mut self) {
        let Some(journal) = self.journal.as_mut() else { return };
        if let Err(e) = journal.sync() {
            self.heartbeat_refused = Some(format!("{e:#}"));
        }
    }

    /// Write the new journal entries (each synced), a heartbeat if one is due, and
    /// the record when `save` says the notes changed or an earlier save failed.
    /// Returns the disk's status when it differs from what the screen was last told.
    pub fn carry_out(
        &mut self,
        entries: impl IntoIterator<Item = Entry>,
        save: bool,
        meeting: &Meeting,
        now: Now,
    ) -> Option<DiskStatus> {
        self.pending.extend(entries);
        let mut status = match self.heartbeat_refused.take() {
            Some(why) => DiskStatus::Refused(why),
            None => DiskStatus::Saved,
        };
        if !self.pending.is_empty() {
            // A new line follows the heartbeat: the next one starts a line of its
            // own, and says again what is on the notes line.
            self.draft_written.clear();
            match self.write_pending(meeting) {
                Ok(()) => {
                    self.last_write = now.mono;
                    status = DiskStatus::Saved;
                }
                Err(e) => status = DiskStatus::Refused(format!("{e:#}")),
            }
        }
        if (save || !self.record_saved)
            && let Err(e) = self.save_record(meeting, now)
        {
            status = DiskStatus::Refused(format!("{e:#}"));
        }
        if self.told.as_ref() == Some(&status) || (self.told.is_none() && status == DiskStatus::Saved) {
            return None;
        }
        self.told = Some(status.clone());
        Some(status)
    }

    /// After the frame is drawn (a slow disk must not hold the screen up): note that
    /// the meeting is still under way, with the half-typed note `draft` if there is
    /// one. Due at each wake of the loop (at least once a second), and soon after
    /// the draft changes.
    pub fn heartbeat(&mut self, meeting: &Meeting, draft: &str, now: Now) {
        if self.heartbeat_in(meeting, draft, now) != Some(0) {
            return;
        }
        let Some(journal) = self.journal.as_mut() else { return };
        let event = match draft.trim().is_empty() {
            true => Event::Alive,
            false => Event::Draft {
                text: draft.to_string(),
            },
        };
        match journal.heartbeat(&entry(event, now)) {
            Ok(()) => {
                self.last_write = now.mono;
                self.draft_written = draft.to_string();
            }
            Err(e) => self.heartbeat_refused = Some(format!("{e:#}")),
        }
    }

    /// How soon the loop must wake to journal a changed draft; `None` when the
    /// draft is as journaled (the loop's own wakes bring the heartbeats).
    pub fn draft_due_in(&self, meeting: &Meeting, draft: &str, now: Now) -> Option<Ms> {
        let changed = draft.trim() != self.draft_written.trim();
        self.heartbeat_in(meeting, draft, now).filter(|_| changed)
    }

    /// How long until a heartbeat is due (0: now); `None` when none is to be
    /// written (no meeting under way, or events still waiting for the disk).
    fn heartbeat_in(&self, meeting: &Meeting, draft: &str, now: Now) -> Option<Ms> {
        let under_way = meeting.notes().is_some() && !meeting.engine().is_finished();
        if !under_way || !self.pending.is_empty() || self.journal.is_none() {
            return None;
        }
        let since = now.mono.saturating_sub(self.last_write);
        Some(heartbeat_wait(since, draft.trim() != self.draft_written.trim()))
    }

    fn write_pending(&mut self, meeting: &Meeting) -> anyhow::Result<()> {
        if self.journal.is_none() {
            let Some(header) = meeting.journal_header() else {
                return Ok(());
            };
            // Two meetings begun in the same second must not share a journal: it is
            // created exclusively, and the meeting's files take the id it got.
            let (writer, id) = JournalWriter::create_unique(&self.dir, &header)?;
            self.id = Some(id);
            self.journal = Some(writer);
        }
        let journal = self.journal.as_mut().expect("opened above");
        // Entries leave the queue only once in the file, so a refusal keeps the rest in order.
        let mut written = 0;
        let unsynced = self.sync_after_frame;
        let result = self.pending.iter().try_for_each(|entry| {
            match match unsynced {
                true => journal.append_unsynced(entry),
                false => journal.append(entry),
            } {
                Ok(()) => {
                    written += 1;
                    Ok(())
                }
                Err(e) => {
                    written += usize::from(e.in_file);
                    Err(e)
                }
            }
        });
        self.pending.drain(..written);
        // Only the first events (a resume's own); every later one is synced before
        // the screen shows it.
        self.sync_after_frame = false;
        Ok(result?)
    }

    /// The meeting's journal, once it has one.
    pub fn journal_path(&self) -> Option<&std::path::Path> {
        self.journal.as_ref().map(|j| j.path.as_path())
    }

    /// Where the summary was last written, for the finished screen.
    pub fn summary(&self) -> Option<&std::path::Path> {
        self.summary.as_deref()
    }

    /// A handle to close the journal from another thread, once it is open.
    pub fn closer(&self) -> Option<JournalCloser> {
        self.journal.as_ref().map(JournalWriter::closer)
    }

    /// The record as it is to be saved: under the id its journal got.
    fn record(&self, meeting: &Meeting, now: Now) -> Option<Record> {
        let mut record = meeting.record_at(now)?;
        if let Some(id) = &self.id
            && *id != record.id
        {
            let own = format!("{}#", record.id);
            for c in &mut record.commitments {
                if let Some(n) = c.id.strip_prefix(&own) {
                    c.id = format!("{id}#{n}");
                }
            }
            record.id = id.clone();
        }
        Some(record)
    }

    /// Rewrite the record and summary.
    fn save_record(&mut self, meeting: &Meeting, now: Now) -> anyhow::Result<()> {
        let Some(record) = self.record(meeting, now) else {
            return Ok(());
        };
        let result = crate::memory::save(&self.dir, &record);
        self.record_saved = result.is_ok();
        if let Ok(md) = &result {
            self.summary = Some(md.clone());
        }
        result.map(|_| ())
    }

    /// On the way out: close the journal and write the record; if the disk still says
    /// no, write the notes to a fallback file in the data dir, or hand them back to be
    /// printed once the terminal is back. Returns what to tell the person then.
    pub fn close(&mut self, meeting: &Meeting, now: Now) -> Option<Farewell> {
        meeting.notes()?;
        let finished = meeting.engine().is_finished();
        self.pending.push(entry(Event::Closed { finished }, now));
        let journal_ok = self.write_pending(meeting).is_ok();
        let record_ok = self.save_record(meeting, now).is_ok();
        let record = self.record(meeting, now)?;
        let stem = crate::store::slug(&record.id);
        let summary = self.dir.join(format!("{stem}.md"));
        if journal_ok && record_ok {
            let resume = if finished {
                String::new()
            } else {
                format!("\n{}", crate::t!("cmd-saved-resume"))
            };
            let saved = crate::t!("cmd-saved-in", path = summary.display().to_string());
            return Some(Farewell::said(format!("{saved}{resume}")));
        }
        let markdown = crate::record::summary::markdown(&record);
        // In the data dir, beside its own folders; never in $TMPDIR, where other
        // people's programs look.
        let fallback = crate::memory::data_dir_of(&self.dir).join(format!("unsaved-{stem}.md"));
        match crate::store::write_private(&fallback, markdown.as_bytes()) {
            Ok(()) => Some(Farewell::said(crate::t!(
                "cmd-saved-fallback",
                dir = self.dir.display().to_string(),
                path = fallback.display().to_string()
            ))),
            Err(_) => Some(Farewell {
                print: Some(markdown),
                say: crate::t!(
                    "cmd-saved-printed",
                    dir = self.dir.display().to_string(),
                    path = fallback.display().to_string()
                ),
            }),
        }
    }
}

/// What to show once the terminal is handed back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Farewell {
    /// The notes themselves, when no file would take them (to standard output).
    pub print: Option<String>,
    /// One or two lines for standard error.
    pub say: String,
}

impl Farewell {
    fn said(say: String) -> Farewell {
        Farewell { print: None, say }
    }
}

/// How long after now a heartbeat is due, `since` the last write.
fn heartbeat_wait(since: Ms, draft_changed: bool) -> Ms {
    let wait = match draft_changed {
        true => DRAFT_DEBOUNCE_MS.min(ALIVE_DUE_MS),
        false => ALIVE_DUE_MS,
    };
    wait.saturating_sub(since)
}

fn entry(event: Event, now: Now) -> Entry {
    Entry {
        t: now.mono,
        wall: now.wall.fixed_offset(),
        event,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wake_each_second_writes_a_heartbeat_each_second() {
        // Wakes at the countdown's flips land a millisecond either side of a second
        // after the last write; each of them is due.
        for since in [999, 1000, 1003] {
            assert_eq!(heartbeat_wait(since, false), 0, "{since} ms");
        }
        // A key pressed just after a heartbeat does not write another.
        assert!(heartbeat_wait(40, false) > 0);
        // A changed draft is written soon, not at the next second.
        assert_eq!(heartbeat_wait(100, true), DRAFT_DEBOUNCE_MS - 100);
        assert_eq!(heartbeat_wait(DRAFT_DEBOUNCE_MS, true), 0);
    }

    #[test]
    fn a_resume_is_in_the_file_at_once_and_synced_after_its_frame() {
        use crate::engine::{Clock, Command, ManualClock, Settings};
        use crate::meeting::{Meeting, MeetingSpec};

        let dir = tempfile::tempdir().unwrap();
        let clock = ManualClock::new(chrono::Local::now());
        let protocol = crate::protocol::Library::load(None).get("peer-circle").unwrap().clone();
        let members = ["Ana", "Ben", "Chen"].map(String::from).to_vec();
        let mut meeting = Meeting::plan(MeetingSpec::of(protocol), members, Settings::default()).unwrap();
        let start = entry(Event::Engine { cmd: Command::Start }, clock.now());
        meeting.apply(&start.event, clock.now());
        let mut first = Persist::new(dir.path().to_path_buf());
        first.carry_out([start], false, &meeting, clock.now());
        let path = first.journal_path().unwrap().to_path_buf();
        drop(first);

        let writer = JournalWriter::reopen(&path).unwrap();
        let mut p = Persist::resumed(dir.path().to_path_buf(), writer, clock.now().mono);
        let lines = |p: &Persist| {
            std::fs::read_to_string(p.journal_path().unwrap())
                .unwrap()
                .lines()
                .count()
        };
        let reopened = lines(&p);
        p.carry_out([entry(Event::Alive, clock.now())], false, &meeting, clock.now());
        let waits = |p: &Persist| p.journal.as_ref().unwrap().waits_for_sync();
        assert!(waits(&p), "the resume's own event waits for the frame");
        assert_eq!(lines(&p), reopened + 1, "and in the file at once");
        p.after_frame();
        assert!(!waits(&p), "and is synced right after it");
        // Every later event is synced before the screen shows it.
        p.carry_out([entry(Event::Alive, clock.now())], false, &meeting, clock.now());
        assert!(!waits(&p));
        assert_eq!(lines(&p), reopened + 2);
    }
}
