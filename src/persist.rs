//! A meeting's link to the disk: the journal (every event, synced before the screen
//! shows it), the record and summary (rewritten when the notes change), and, when
//! the disk says no, a status for the screen and a fallback on the way out.
//!
//! It reads the [`Meeting`] and never changes it; what the disk said goes back to
//! the screen as a [`DiskStatus`] message.

use std::path::PathBuf;

use crate::meeting::Meeting;
use crate::notes::journal::{Entry, Event, JournalWriter};
use crate::session::{Ms, Now};

/// How often a running meeting notes that it is still alive, so a resume after a
/// kill knows within this much when it stopped.
pub const ALIVE_EVERY_MS: Ms = 15_000;

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
        }
    }

    /// Go on with a journal a resumed meeting was replayed from.
    pub fn resumed(dir: PathBuf, journal: JournalWriter, now: Ms) -> Persist {
        Persist {
            journal: Some(journal),
            last_write: now,
            ..Persist::new(dir)
        }
    }

    pub fn journal_path(&self, meeting: &Meeting) -> Option<PathBuf> {
        let id = &meeting.notes()?.record.id;
        Some(self.dir.join(format!("{}.journal", crate::store::slug(id))))
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
        if meeting.is_running() && self.pending.is_empty() && now.mono.saturating_sub(self.last_write) >= ALIVE_EVERY_MS
        {
            self.pending.push(entry(Event::Alive, now));
        }
        let mut status = DiskStatus::Saved;
        if !self.pending.is_empty() {
            match self.write_pending(meeting) {
                Ok(()) => self.last_write = now.mono,
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

    fn write_pending(&mut self, meeting: &Meeting) -> anyhow::Result<()> {
        if self.journal.is_none() {
            let (Some(header), Some(path)) = (meeting.journal_header(), self.journal_path(meeting)) else {
                return Ok(());
            };
            self.journal = Some(if path.exists() {
                JournalWriter::reopen(&path)?
            } else {
                JournalWriter::create(&path, &header)?
            });
        }
        let journal = self.journal.as_mut().expect("opened above");
        // Entries leave the queue only once written, so a refusal keeps the rest in order.
        let mut written = 0;
        let result = self.pending.iter().try_for_each(|entry| {
            journal.append(entry)?;
            written += 1;
            anyhow::Ok(())
        });
        self.pending.drain(..written);
        result
    }

    /// Rewrite the record and summary.
    fn save_record(&mut self, meeting: &Meeting, now: Now) -> anyhow::Result<()> {
        let Some(record) = meeting.record_at(now) else {
            return Ok(());
        };
        let result = crate::notes::save(&self.dir, &record).map(|_| ());
        self.record_saved = result.is_ok();
        result
    }

    /// On the way out: close the journal and write the record; if the disk still says
    /// no, write the notes to a fallback file, or print them. Returns what to tell the
    /// person once the terminal is back.
    pub fn close(&mut self, meeting: &Meeting, now: Now) -> Option<String> {
        let record = meeting.record_at(now)?;
        let finished = meeting.session().is_finished();
        self.pending.push(entry(Event::Closed { finished }, now));
        let journal_ok = self.write_pending(meeting).is_ok();
        let record_ok = self.save_record(meeting, now).is_ok();
        let summary = self.dir.join(format!("{}.md", crate::store::slug(&record.id)));
        if journal_ok && record_ok {
            let resume = if finished {
                String::new()
            } else {
                "\nResume it with: circle resume".to_string()
            };
            return Some(format!("Notes saved in {}{resume}", summary.display()));
        }
        let markdown = crate::notes::summary::markdown(&record);
        let fallback = std::env::temp_dir().join(format!("circle-unsaved-{}.md", crate::store::slug(&record.id)));
        match crate::store::write_atomic(&fallback, markdown.as_bytes()) {
            Ok(()) => Some(format!(
                "circle could not write to {}; your notes are in {} instead",
                self.dir.display(),
                fallback.display()
            )),
            Err(_) => {
                println!("{markdown}");
                Some(format!(
                    "circle could not write to {} or {}; your notes are printed above",
                    self.dir.display(),
                    fallback.display()
                ))
            }
        }
    }
}

fn entry(event: Event, now: Now) -> Entry {
    Entry {
        t: now.mono,
        wall: now.wall.fixed_offset(),
        event,
    }
}
