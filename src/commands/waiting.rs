//! An unfinished meeting of the group about to meet is offered once, with its
//! age. Enter resumes it only when it is less than a day old; an older one is kept
//! by default (a month-old meeting is not what a group sitting down today means),
//! and once answered it is not asked about again: `circle resume --list` still
//! finds it.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::CliError;
use super::resume::{self, Found};
use crate::journal::Journal;
use crate::journal::writer::holder;

/// Older than this, Enter keeps the meeting rather than resuming it.
pub const RESUME_BY_DEFAULT_HOURS: i64 = 24;

/// What the person chose for a waiting meeting.
pub enum Choice {
    Resume(Box<Journal>),
    /// Start a new meeting (the waiting one is kept or was discarded).
    New,
    /// Nothing to ask about; or a meeting open in another window, whose offer to
    /// start a new one here was declined.
    Stop,
}

/// The marker beside a journal that says it has been offered.
fn offered_marker(journal: &Path) -> PathBuf {
    let mut name = journal.as_os_str().to_os_string();
    name.push(".offered");
    PathBuf::from(name)
}

/// Ask about the group's waiting meeting, if any; `ask` reads one answer line.
pub fn offer(data: &Path, group: &str, ask: &mut dyn FnMut(&str) -> String) -> Result<Choice, CliError> {
    let (free, open): (Vec<_>, Vec<_>) = resume::unfinished(data, Some(group))
        .into_iter()
        .filter_map(|f| match f {
            Found::Unfinished(j) => Some(j),
            Found::Unreadable(..) => None,
        })
        .partition(|j| holder(&j.path).is_none());
    if let Some(j) = free.into_iter().find(|j| !offered_marker(&j.path).exists()) {
        let age = crate::engine::clock::wall_now().fixed_offset() - j.last_wall().fixed_offset();
        let fresh = age.num_hours() < RESUME_BY_DEFAULT_HOURS;
        let (meeting, age_said) = (resume::describe(&j), age_words(age));
        let question = if fresh {
            crate::t!("cmd-run-waiting", meeting = meeting, age = age_said)
        } else {
            crate::t!("cmd-run-waiting-old", meeting = meeting, age = age_said)
        };
        loop {
            let answer = ask(&format!("{question} "));
            let choice = match answer.trim().to_lowercase().chars().next() {
                None if fresh => 'r',
                None => 'k',
                Some(c @ ('r' | 'd' | 'k')) => c,
                Some('y' | 'j') => 'r',
                Some('n') => 'k',
                Some(_) => {
                    let _ = writeln!(std::io::stderr(), "{}", crate::t!("cmd-run-type-rdk"));
                    continue;
                }
            };
            return match choice {
                'r' => Ok(Choice::Resume(j)),
                'd' => {
                    eprintln!("{}", resume::discard(&j).map_err(CliError::Failed)?);
                    Ok(Choice::New)
                }
                _ => {
                    // Asked once: it waits in `circle resume --list` from now on.
                    let _ = crate::store::write_atomic(&offered_marker(&j.path), b"");
                    Ok(Choice::New)
                }
            };
        }
    }
    if let Some(j) = open.first() {
        let by = holder(&j.path).map(|b| b.to_string()).unwrap_or_default();
        let answer = ask(&format!(
            "{} ",
            crate::t!(
                "cmd-run-open-elsewhere",
                id = crate::safe_text::printable(&j.header.id),
                by = by
            )
        ));
        let yes = matches!(answer.trim().to_lowercase().as_str(), "" | "y" | "yes" | "j" | "ja");
        return Ok(if yes { Choice::New } else { Choice::Stop });
    }
    Ok(Choice::New)
}

/// "3 days", "5 hours", "12 minutes": how long ago a meeting was last saved.
pub fn age_words(age: chrono::TimeDelta) -> String {
    let (days, hours, minutes) = (age.num_days(), age.num_hours(), age.num_minutes().max(0));
    if days >= 1 {
        crate::t!("age-days", count = days)
    } else if hours >= 1 {
        crate::t!("age-hours", count = hours)
    } else {
        crate::t!("age-minutes", count = minutes)
    }
}
