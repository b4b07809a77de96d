//! The live screen's link to the disk: the journal (every event, flushed before the
//! screen shows it), the record and summary (rewritten when the notes change), and,
//! when the disk says no, a warning on screen and a fallback on the way out.

use std::path::PathBuf;

use super::app::App;
use crate::notes::journal::{Entry, Event, JournalWriter};
use crate::session::{Ms, Now, RunState};

/// How often a running meeting notes that it is still alive, so a resume after a
/// kill knows within this much when it stopped.
pub const ALIVE_EVERY_MS: Ms = 15_000;

pub struct Persist {
    pub dir: PathBuf,
    journal: Option<JournalWriter>,
    /// Entries the disk has not taken yet, in order.
    pending: Vec<Entry>,
    last_write: Ms,
    record_saved: bool,
}

impl Persist {
    pub fn new(dir: PathBuf) -> Persist {
        Persist {
            dir,
            journal: None,
            pending: Vec::new(),
            last_write: 0,
            record_saved: true,
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

    pub fn journal_path(&self, app: &App) -> Option<PathBuf> {
        let id = &app.notes.as_ref()?.record.id;
        Some(self.dir.join(format!("{}.journal", crate::store::slug(id))))
    }

    /// Write every waiting event, each synced to disk. False if the disk refused.
    pub fn flush(&mut self, app: &mut App, now: Now) -> bool {
        self.pending.extend(app.take_journal());
        let running = app
            .session
            .as_ref()
            .is_some_and(|s| matches!(s.state(), RunState::Running { .. }));
        if running && self.pending.is_empty() && now.mono.saturating_sub(self.last_write) >= ALIVE_EVERY_MS {
            self.pending.push(Entry {
                t: now.mono,
                wall: now.wall.fixed_offset(),
                event: Event::Alive,
            });
        }
        if self.pending.is_empty() {
            return true;
        }
        let result = self.write_pending(app);
        match &result {
            Ok(()) => {
                self.last_write = now.mono;
                if self.record_saved {
                    app.ui.disk_warning = None;
                }
            }
            Err(e) => app.ui.disk_warning = Some(format!("notes NOT saved ({e:#}); kept in memory, retrying")),
        }
        result.is_ok()
    }

    fn write_pending(&mut self, app: &App) -> anyhow::Result<()> {
        if self.journal.is_none() {
            let (Some(header), Some(path)) = (app.journal_header(), self.journal_path(app)) else {
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

    /// Rewrite the record and summary. False if the disk refused.
    pub fn save_record(&mut self, app: &mut App, now: Now) -> bool {
        let Some(record) = app.record_now(now) else { return true };
        match crate::notes::save(&self.dir, record) {
            Ok(_) => {
                self.record_saved = true;
                if self.pending.is_empty() {
                    app.ui.disk_warning = None;
                }
            }
            Err(e) => {
                self.record_saved = false;
                app.ui.disk_warning = Some(format!("notes NOT saved ({e:#}); kept in memory, retrying"));
            }
        }
        self.record_saved
    }

    /// On the way out: close the journal and write the record; if the disk still says
    /// no, write the notes to a fallback file, or print them. Returns what to tell the
    /// person once the terminal is back.
    pub fn close(&mut self, app: &mut App, now: Now) -> Option<String> {
        app.notes.as_ref()?;
        let finished = app.session.as_ref().is_some_and(|s| s.is_finished());
        self.pending.extend(app.take_journal());
        self.pending.push(Entry {
            t: now.mono,
            wall: now.wall.fixed_offset(),
            event: Event::Closed { finished },
        });
        let journal_ok = self.write_pending(app).is_ok();
        let record_ok = self.save_record(app, now);
        let record = app.record_now(now)?;
        let summary = self.dir.join(format!("{}.md", crate::store::slug(&record.id)));
        if journal_ok && record_ok {
            let resume = if finished {
                String::new()
            } else {
                "\nResume it with: circle resume".to_string()
            };
            return Some(format!("Notes saved in {}{resume}", summary.display()));
        }
        let markdown = crate::notes::summary::markdown(record);
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
