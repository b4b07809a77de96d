//! `circle export ics`: a group's calendar. Each open commitment is an all-day
//! event on its due date (DTEND the day after, as RFC 5545 wants for a whole day),
//! naming the buddy, with a reminder the day before; the next meeting is an event
//! too; `--check-ins` adds a buddy check-in halfway to each due date. A calendar
//! always has at least one component, as the standard requires.

use std::io::Write;
use std::path::Path;

use chrono::{Days, NaiveDate, TimeZone, Utc};
use icalendar::{Alarm, Calendar, Component, EventLike, Related, Trigger};

use crate::commands::CliError;
use crate::memory::group::check_name;
use crate::memory::{Group, GroupDir, Memory};
use crate::safe_text::printable;

pub struct IcsOptions<'a> {
    pub output: Option<&'a Path>,
    pub check_ins: bool,
    pub today: NaiveDate,
}

pub fn ics_command(data: &Path, group: &str, options: IcsOptions, out: &mut dyn Write) -> Result<(), CliError> {
    check_name(group)?;
    let dir = GroupDir::new(data, group);
    let g = dir.load(group)?;
    let (memory, problems) = dir.memory(&g)?;
    for p in problems {
        crate::safe_out::warn(&crate::t!("cmd-warning", message = p));
    }
    let text = calendar(&g, &memory, options.check_ins, options.today);
    match options.output {
        Some(path) => crate::store::write_atomic(path, text.as_bytes()).map_err(|e| {
            // A folder that is not there or not ours to write in is the person's to fix.
            let theirs = e.chain().filter_map(|c| c.downcast_ref::<std::io::Error>()).any(|io| {
                matches!(
                    io.kind(),
                    std::io::ErrorKind::NotFound
                        | std::io::ErrorKind::PermissionDenied
                        | std::io::ErrorKind::NotADirectory
                )
            });
            if theirs {
                CliError::BadInput(format!("{e:#}"))
            } else {
                CliError::Failed(e)
            }
        }),
        None => out.write_all(text.as_bytes()).map_err(CliError::from),
    }
}

/// An all-day event: DTSTART the day, DTEND the next day (exclusive).
fn all_day(
    uid: &str,
    summary: &str,
    description: &str,
    day: NaiveDate,
    stamp: chrono::DateTime<Utc>,
) -> icalendar::Event {
    icalendar::Event::new()
        .uid(uid)
        .timestamp(stamp)
        .summary(summary)
        .description(description)
        .starts(day)
        .ends(day.checked_add_days(Days::new(1)).unwrap_or(day))
        .done()
}

/// A reminder the day before the start of the (all-day) event, written as a day
/// ("-P1D") rather than the crate's seconds, which some clients show oddly. Its UID
/// and stamp are fixed too, so the same export gives the same file.
fn reminder(text: &str, uid: &str, stamp: chrono::DateTime<Utc>) -> Alarm {
    Alarm::display(
        &printable(text),
        Trigger::from((-chrono::Duration::days(1), Related::Start)),
    )
    .add_property("TRIGGER", "-P1D")
    .uid(&format!("{uid}-reminder"))
    .timestamp(stamp)
    .done()
}

/// The next meeting's date: the first date on the group's rhythm (counted from its
/// first meeting, so calendar months keep their day) after its last meeting; none
/// once a programme is complete.
pub fn next_meeting(g: &Group, memory: &Memory) -> Option<NaiveDate> {
    let finished: Vec<_> = memory.finished().collect();
    let first = finished.first()?.started.date_naive();
    let last = finished.last()?.started.date_naive();
    let held = finished.len() as u32;
    if g.meetings.is_some_and(|n| held >= n) {
        return None;
    }
    // A skipped or moved meeting leaves the rhythm behind: step on past the last.
    (held..held + 1000)
        .map(|n| g.every.nth_after(first, n))
        .find(|d| *d > last)
}

pub fn calendar(g: &Group, memory: &Memory, check_ins: bool, today: NaiveDate) -> String {
    // A fixed stamp (today, midnight UTC) keeps the export the same each time it is run.
    let stamp = Utc.from_utc_datetime(&today.and_hms_opt(0, 0, 0).unwrap_or_default());
    let mut cal = Calendar::new();
    cal.name(&printable(&crate::t!("cmd-ics-calendar", name = g.name.as_str())));
    let mut any = false;
    if let Some(day) = next_meeting(g, memory) {
        let n = memory.finished().count() + 1;
        let label = match g.meetings {
            Some(of) => crate::t!("cmd-ics-meeting-of", name = g.name.as_str(), n = n, of = of),
            None => crate::t!("cmd-ics-next-meeting", name = g.name.as_str()),
        };
        let uid = format!("{}-meeting-{n}@circle", crate::store::slug(&g.name));
        let mut event = all_day(
            &uid,
            &label,
            &crate::t!("cmd-ics-meeting-description", every = g.every.describe()),
            day,
            stamp,
        );
        event.alarm(reminder(
            &crate::t!("cmd-ics-tomorrow", label = label.as_str()),
            &uid,
            stamp,
        ));
        cal.push(event);
        any = true;
    }
    for open in memory.open_commitments() {
        let c = &open.commitment;
        let buddy = c.buddy.as_deref();
        let mut description = crate::t!(
            "cmd-ics-committed",
            made = crate::i18n::dates::day(open.made),
            name = g.name.as_str()
        );
        if let Some(b) = buddy {
            description.push_str(&crate::t!("cmd-ics-buddy", buddy = b));
        }
        let summary = match buddy {
            Some(b) => crate::t!(
                "cmd-ics-summary-buddy",
                owner = c.owner.as_str(),
                text = c.text.as_str(),
                buddy = b
            ),
            None => format!("{}: {}", c.owner, c.text),
        };
        let uid = format!("{}@circle", c.id);
        let mut event = all_day(&uid, &summary, &description, c.due, stamp);
        event.alarm(reminder(
            &crate::t!("cmd-ics-due-tomorrow", summary = summary.as_str()),
            &uid,
            stamp,
        ));
        cal.push(event);
        any = true;
        if check_ins
            && let Some(b) = buddy
            && let Some(day) = halfway(open.made, c.due).filter(|d| *d >= today)
        {
            cal.push(all_day(
                &format!("{}-check-in@circle", c.id),
                &crate::t!(
                    "cmd-ics-check-in",
                    buddy = b,
                    owner = c.owner.as_str(),
                    text = c.text.as_str()
                ),
                &crate::t!(
                    "cmd-ics-check-in-description",
                    buddy = b,
                    owner = c.owner.as_str(),
                    due = crate::i18n::dates::day(c.due)
                ),
                day,
                stamp,
            ));
        }
    }
    if !any {
        // Nothing open and no meeting planned: still a valid calendar, with one entry
        // saying so rather than none.
        cal.push(
            icalendar::Todo::new()
                .uid(&format!("{}-nothing-open-{today}@circle", crate::store::slug(&g.name)))
                .timestamp(stamp)
                .summary(&printable(&crate::t!(
                    "cmd-ics-nothing-open",
                    name = g.name.as_str(),
                    today = crate::i18n::dates::day(today)
                )))
                .status(icalendar::TodoStatus::Completed)
                .done(),
        );
    }
    cal.done().to_string()
}

/// The day halfway between two dates, if there is one strictly between them.
fn halfway(from: NaiveDate, to: NaiveDate) -> Option<NaiveDate> {
    let days = (to - from).num_days();
    (days >= 2).then(|| from + chrono::Duration::days(days / 2))
}
