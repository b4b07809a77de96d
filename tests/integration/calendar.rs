//! The calendar export, read back by a parser circle does not use to write it (the
//! `ical` crate), and checked against RFC 5545's rules: one VCALENDAR with VERSION
//! and PRODID and at least one component; CRLF lines of at most 75 octets; every
//! component with a UID (unique) and DTSTAMP; an all-day event's DTEND a later
//! date than its DTSTART; every alarm with its ACTION, TRIGGER and DESCRIPTION.

use std::collections::BTreeSet;
use std::io::BufReader;

use chrono::{Local, NaiveDate, TimeZone};

use circle::commands::export::calendar;
use circle::dates::every::Every;
use circle::memory::{Group, Memory};
use circle::notes::{GroupContext, MeetingNotes};
use circle::plan::PresenterChoice;
use circle::protocol::{Kind, Library};

use crate::support::Circle;

/// An event as the independent parser read it.
#[derive(Debug, Clone)]
pub struct ParsedEvent {
    pub summary: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub alarm_triggers: Vec<String>,
}

fn prop<'a>(props: &'a [ical::property::Property], name: &str) -> Option<&'a ical::property::Property> {
    props.iter().find(|p| p.name == name)
}

fn date(p: &ical::property::Property) -> NaiveDate {
    let is_date = p
        .params
        .iter()
        .flatten()
        .any(|(k, v)| k == "VALUE" && v.iter().any(|x| x == "DATE"));
    assert!(is_date, "{} is an all-day date (VALUE=DATE): {p:?}", p.name);
    NaiveDate::parse_from_str(p.value.as_deref().unwrap_or_default(), "%Y%m%d").unwrap()
}

/// Check `text` against the rules above; the events, for further checks.
pub fn check_rfc5545(text: &str) -> Vec<ParsedEvent> {
    for line in text.split_inclusive('\n') {
        assert!(line.ends_with("\r\n"), "lines end in CRLF: {line:?}");
        assert!(line.len() - 2 <= 75, "lines are folded at 75 octets: {line:?}");
    }
    let mut calendars: Vec<_> = ical::IcalParser::new(BufReader::new(text.as_bytes()))
        .collect::<Result<_, _>>()
        .unwrap_or_else(|e| panic!("not a calendar ({e}):\n{text}"));
    assert_eq!(calendars.len(), 1, "one VCALENDAR");
    let cal = calendars.remove(0);
    assert_eq!(
        prop(&cal.properties, "VERSION").and_then(|p| p.value.as_deref()),
        Some("2.0")
    );
    assert!(prop(&cal.properties, "PRODID").is_some(), "PRODID is required");
    assert!(
        !(cal.events.is_empty() && cal.todos.is_empty() && cal.journals.is_empty()),
        "a calendar has at least one component:\n{text}"
    );
    let mut uids = BTreeSet::new();
    let mut check_common = |props: &[ical::property::Property]| {
        let uid = prop(props, "UID")
            .and_then(|p| p.value.clone())
            .expect("UID is required");
        assert!(uids.insert(uid.clone()), "UIDs are unique: {uid}");
        assert!(prop(props, "DTSTAMP").is_some(), "DTSTAMP is required");
    };
    for todo in &cal.todos {
        check_common(&todo.properties);
    }
    let mut events = Vec::new();
    for e in &cal.events {
        check_common(&e.properties);
        let start = date(prop(&e.properties, "DTSTART").expect("DTSTART"));
        let end = date(prop(&e.properties, "DTEND").expect("an all-day event has a DTEND"));
        assert!(end > start, "DTEND after DTSTART: {e:?}");
        let mut triggers = Vec::new();
        for a in &e.alarms {
            for required in ["ACTION", "TRIGGER", "DESCRIPTION"] {
                assert!(
                    prop(&a.properties, required).is_some(),
                    "VALARM needs {required}: {a:?}"
                );
            }
            triggers.push(prop(&a.properties, "TRIGGER").and_then(|p| p.value.clone()).unwrap());
        }
        events.push(ParsedEvent {
            summary: prop(&e.properties, "SUMMARY")
                .and_then(|p| p.value.clone())
                .unwrap_or_default(),
            start,
            end,
            alarm_triggers: triggers,
        });
    }
    events
}

#[test]
fn an_all_day_event_of_zero_length_is_refused_by_the_check() {
    // The check itself must catch what the export used to do.
    let broken = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20260101T000000Z\r\n\
DTSTART;VALUE=DATE:20260301\r\nDTEND;VALUE=DATE:20260301\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    assert!(std::panic::catch_unwind(|| check_rfc5545(broken)).is_err());
    let empty = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nEND:VCALENDAR\r\n";
    assert!(std::panic::catch_unwind(|| check_rfc5545(empty)).is_err());
}

#[test]
fn a_group_with_nothing_open_still_exports_a_valid_calendar() {
    let circle = Circle::new();
    circle
        .cmd()
        .args(["group", "new", "Quiet circle", "--members", "Ana,Ben"])
        .assert()
        .success();
    let out = circle
        .cmd()
        .args(["export", "ics", "--group", "Quiet circle"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let events = check_rfc5545(&String::from_utf8(out.stdout).unwrap());
    assert!(events.is_empty(), "no meeting yet and nothing open: a to-do says so");
}

#[test]
fn commitments_carry_their_buddy_a_reminder_and_a_check_in() {
    let protocol = Library::load(None).get("peer-circle").unwrap().clone();
    let group = Group::new(
        "Tuesday circle".into(),
        &["Ana".into(), "Ben".into(), "Chen".into()],
        Every::Months(1),
    );
    let spec = circle::meeting::MeetingSpec {
        protocol,
        presenters: PresenterChoice::Count(1),
        length: None,
        group: None,
        extras: Default::default(),
    };
    let plan = spec.plan(group.members()).unwrap();
    let started = Local.with_ymd_and_hms(2026, 3, 10, 18, 0, 0).unwrap();
    let mut notes = MeetingNotes::new(
        GroupContext {
            group: Some(group.name.clone()),
            every: Some(Every::Months(1)),
            cadence_days: 30,
            ..GroupContext::default()
        },
        &plan,
        started,
    );
    let i = plan.steps.iter().position(|s| s.kind == Kind::Commitment).unwrap();
    notes
        .add(i, &plan.steps[i], "Ask for the budget by 2026-03-31", started)
        .unwrap();
    notes.add(i, &plan.steps[i], "Write to the board", started).unwrap();
    // A hand-edited record could hold anything: the export never carries it raw.
    notes
        .add(i, &plan.steps[i], "Clear \u{1b}[2J the air", started)
        .unwrap();
    notes.finish(started + chrono::Duration::hours(2));
    let memory = Memory::new(vec![notes.record.clone()]);
    let today = NaiveDate::from_ymd_opt(2026, 3, 11).unwrap();

    let text = calendar(&group, &memory, true, today);
    assert_eq!(
        text,
        calendar(&group, &memory, true, today),
        "the same export, the same file"
    );
    let events = check_rfc5545(&text);
    let find = |s: &str| {
        events
            .iter()
            .find(|e| e.summary.contains(s))
            .unwrap_or_else(|| panic!("{s}: {events:#?}"))
    };
    let budget = find("Ask for the budget");
    assert_eq!(budget.start, NaiveDate::from_ymd_opt(2026, 3, 31).unwrap());
    assert_eq!(budget.end, NaiveDate::from_ymd_opt(2026, 4, 1).unwrap());
    assert!(budget.summary.contains("(buddy "), "{budget:?}");
    assert_eq!(budget.alarm_triggers, ["-P1D"], "a reminder the day before");
    // The default due date is the next meeting, a calendar month on.
    assert_eq!(
        find("Write to the board").start,
        NaiveDate::from_ymd_opt(2026, 4, 10).unwrap()
    );
    let check_in = find("Buddy check-in");
    assert!(check_in.start > today && check_in.start < NaiveDate::from_ymd_opt(2026, 3, 31).unwrap());
    let next = find("next meeting");
    assert_eq!(next.start, NaiveDate::from_ymd_opt(2026, 4, 10).unwrap());
}

/// `export ics -o` into a folder that is not there is the person's to fix: exit 2,
/// the folder they named, the system's reason in their language, and never
/// circle's own temporary file name.
#[test]
fn exporting_into_a_missing_folder_says_so_in_the_persons_words() {
    let circle = Circle::new();
    let made = circle
        .cmd()
        .args(["group", "new", "G", "--members", "A,B,C"])
        .output()
        .unwrap();
    assert!(made.status.success());
    let target = circle.home.path().join("not-there/x.ics");
    for (lang, reason) in [("en", "No such file or directory"), ("de", "nicht gefunden")] {
        let out = circle
            .cmd()
            .args(["--lang", lang, "export", "ics", "--group", "G", "-o"])
            .arg(&target)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(err.contains("not-there") && err.contains(reason), "{lang}: {err}");
        assert!(!err.contains(".circle-"), "{lang}: {err}");
    }
}
