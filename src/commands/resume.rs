//! `circle resume`: find an interrupted meeting's journal, replay it, and carry on.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::app::App;
use crate::cli::{ResumeArgs, ThemeName};
use crate::commands::{CliError, setup};
use crate::config::Config;
use crate::engine::{Clock, ShiftedClock, SystemClock};
use crate::journal::writer::{OpenError, holder};
use crate::journal::{self, Journal, JournalError, JournalWriter};
use crate::meeting::Meeting;
use crate::plan::same_name;
use crate::safe_text::printable;
use crate::tui::Persist;

/// A journal found on disk: readable and unfinished, or not readable at all.
pub enum Found {
    Unfinished(Box<Journal>),
    Unreadable(PathBuf, JournalError),
}

/// Every unfinished or unreadable journal, most recent first.
pub fn unfinished(data: &Path, group: Option<&str>) -> Vec<Found> {
    let mut found: Vec<Found> = journal::find_all(data)
        .into_iter()
        .filter(|path| !journal::ends_finished(path))
        .filter_map(|path| match journal::read(&path) {
            Ok(j) if j.is_finished() => None,
            Ok(j) => Some(Found::Unfinished(Box::new(j))),
            Err(e) => Some(Found::Unreadable(path, e)),
        })
        .filter(|f| match (f, group) {
            (Found::Unfinished(j), Some(g)) => j.header.context.group.as_deref().is_some_and(|jg| same_name(jg, g)),
            (Found::Unreadable(p, _), Some(g)) => p.starts_with(crate::memory::GroupDir::new(data, g).path),
            _ => true,
        })
        .collect();
    found.sort_by_key(|f| match f {
        Found::Unfinished(j) => std::cmp::Reverse(Some(j.last_wall())),
        Found::Unreadable(..) => std::cmp::Reverse(None),
    });
    found
}

/// Keep a readable error beside a journal that cannot be read; never delete it.
fn keep_error(path: &Path, e: &JournalError) -> PathBuf {
    let file = journal::error_file(path);
    if !file.exists() {
        // The file ends in a line break, which a catalogue cannot hold.
        let text = format!("{}\n", crate::t!("cmd-resume-error-file", error = e.to_string()));
        let _ = crate::store::write_atomic(&file, text.as_bytes());
    }
    file
}

pub fn describe(j: &Journal) -> String {
    let h = &j.header;
    let open = holder(&j.path).map(|by| format!("  ({by})")).unwrap_or_default();
    let group = match h.context.group.as_deref() {
        Some(g) => printable(g),
        None => crate::t!("cmd-no-group"),
    };
    let cut = match j.cut_off {
        Some(_) => format!("  {}", crate::t!("cmd-resume-cut-off")),
        None => String::new(),
    };
    let cut = match j.skipped.len() {
        0 => cut,
        n => format!("{cut}  {}", crate::t!("cmd-resume-skipped", count = n)),
    };
    let saved = crate::t!("cmd-resume-last-saved", time = super::day_time(&j.last_wall()));
    format!(
        "{}  {group}  {}, {saved}{cut}{open}",
        printable(&h.id),
        printable(&h.protocol_id),
    )
}

pub fn resume_command(args: &ResumeArgs, data: Option<&Path>, config: &Config) -> Result<(), CliError> {
    let data = setup::data_dir(data)?;
    let found = unfinished(&data, args.group.as_deref());
    if args.list {
        let out = &mut crate::safe_out::Escaping::new(std::io::stdout().lock());
        if found.is_empty() {
            writeln!(out, "{}", crate::t!("cmd-resume-none"))?;
        }
        for f in &found {
            match f {
                Found::Unfinished(j) => writeln!(out, "{}", describe(j)),
                Found::Unreadable(p, e) => {
                    let kept = keep_error(p, e);
                    let text = crate::t!(
                        "cmd-resume-unreadable",
                        error = e.to_string(),
                        path = kept.display().to_string()
                    );
                    writeln!(out, "{text}")
                }
            }?;
        }
        return Ok(());
    }
    if args.discard && args.id.is_none() {
        return Err(CliError::BadInput(crate::t!("cmd-resume-discard-needs-id")));
    }
    let chosen = match &args.id {
        Some(id) => found.into_iter().find(|f| match f {
            Found::Unfinished(j) => j.header.id == *id,
            Found::Unreadable(p, _) => p.file_stem().is_some_and(|s| s == id.as_str()),
        }),
        None => found.into_iter().next(),
    };
    match chosen {
        Some(Found::Unfinished(j)) if args.discard => {
            let gone = discard(&j).map_err(CliError::Failed)?;
            println!(
                "{}",
                crate::t!("cmd-resume-discarded", id = printable(&j.header.id), gone = gone)
            );
            Ok(())
        }
        Some(Found::Unfinished(j)) => resume(&j, args.quiet, args.theme, config),
        Some(Found::Unreadable(p, e)) => {
            // A lost header is rebuilt from the record beside it, when there is one.
            if matches!(e, JournalError::NoHeader { .. })
                && !args.discard
                && let Ok(note) = super::resume_rebuild::rebuild(&p)
            {
                eprintln!("{}", crate::t!("cmd-note", note = printable(&note)));
                let j = journal::read(&p).map_err(|e| CliError::BadInput(e.to_string()))?;
                return resume(&j, args.quiet, args.theme, config);
            }
            let kept = keep_error(&p, &e);
            Err(CliError::BadInput(crate::t!(
                "cmd-resume-unreadable-error",
                error = e.to_string(),
                path = kept.display().to_string()
            )))
        }
        None => Err(CliError::BadInput(match &args.id {
            Some(id) => crate::t!("cmd-resume-unknown", id = printable(id)),
            None => crate::t!("cmd-resume-nothing"),
        })),
    }
}

/// Throw an unfinished meeting away: its journal and everything beside it (record,
/// summary, error note, lock note, torn tail). It then never counts (rotation,
/// marks, ratings). A meeting open in another window is not touched. Returns what
/// was removed.
pub fn discard(j: &Journal) -> anyhow::Result<String> {
    if let Some(by) = crate::journal::writer::holder(&j.path) {
        anyhow::bail!(crate::t!(
            "cmd-resume-open-elsewhere",
            id = j.header.id.as_str(),
            by = by.to_string()
        ));
    }
    let dir = j.path.parent().map(Path::to_path_buf).unwrap_or_default();
    let prefix = format!("{}.", crate::store::slug(&j.header.id));
    let mut removed = Vec::new();
    for entry in std::fs::read_dir(&dir)?.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with(&prefix) {
            std::fs::remove_file(entry.path()).map_err(|e| {
                anyhow::anyhow!(crate::t!(
                    "cmd-resume-cannot-remove",
                    path = entry.path().display().to_string(),
                    error = e.to_string()
                ))
            })?;
            removed.push(name);
        }
    }
    removed.sort();
    Ok(crate::t!("cmd-resume-removed", files = removed.join(", ")))
}

/// Replay a journal and run the meeting on from where it stopped, paused.
pub fn resume(found: &Journal, quiet: bool, theme: Option<ThemeName>, config: &Config) -> Result<(), CliError> {
    super::require_terminal(|| crate::t!("cmd-needs-terminal"))?;
    // The lock first, then the journal as it is now: another window may have
    // written to it since it was listed.
    let writer = JournalWriter::reopen(&found.path).map_err(|e| match e {
        OpenError::Locked(by) => CliError::BadInput(crate::t!(
            "cmd-resume-locked",
            id = found.header.id.as_str(),
            by = by.to_string()
        )),
        e => CliError::Failed(anyhow::anyhow!("{e}")),
    })?;
    // The journal as listed, unless it changed before the lock was taken (or
    // reopening repaired its end): then once more, as it is now.
    let again;
    let j = match writer.len_at_open() == found.len && writer.repaired.is_none() {
        true => found,
        false => {
            again = journal::read(&found.path).map_err(|e| CliError::BadInput(e.to_string()))?;
            &again
        }
    };
    let notes = writer.repaired.as_ref().or(j.cut_off.as_ref()).into_iter();
    for note in notes.chain(&j.skipped) {
        eprintln!("{}", crate::t!("cmd-note", note = printable(note)));
    }
    let settings = super::settings(config);
    let (meeting, last) =
        Meeting::from_journal(j, settings).map_err(|e| CliError::BadInput(format!("{}: {e}", j.path.display())))?;
    let clock = ShiftedClock::starting_at(SystemClock, last);
    let now = clock.now();
    let away = (now.wall.fixed_offset() - j.last_wall()).num_seconds().max(0) as u64;
    let mut app = App::resumed(meeting, settings, super::theme(theme, config), config.bell && !quiet);
    // The resume is journaled like any event: written before the screen shows it.
    let dir = j.path.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut persist = Persist::resumed(dir, writer, now.mono);
    let effects = app.resume_after(now, away);
    if let Some(draft) = j.draft() {
        app.restore_draft(draft);
    }
    crate::tui::carry_out(&mut app, &mut persist, effects, now);
    super::run::live(app, &clock, Some(persist))
}
