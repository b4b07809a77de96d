//! A six-meeting programme, monthly, on a manual clock: an absence, a rename, an
//! abandoned meeting, a member who leaves. What the group remembers must be fair
//! (rotation, buddy duty), exact (each commitment once, with its final state; the
//! kept rate) and close with a celebration of what was kept.

use std::collections::{BTreeMap, BTreeSet};

use ratatui::crossterm::event::KeyCode;

use circle::memory::{self, GroupDir};
use circle::protocol::Kind;
use circle::record::Record;
use circle::record::Status;

use crate::support::Circle;
use crate::support::programme::{G, cli, clock_for, meeting_app, presenters, run_meeting, save, screen, tag_of};
use crate::support::screen::press;

#[test]
fn a_six_meeting_programme_stays_fair_and_exact() {
    let circle = Circle::new();
    let data = circle.data_dir();
    let made = cli(
        &circle,
        &[
            "group",
            "new",
            G,
            "--members",
            "Ana,Ben,Chen,Dee,Eve,Fay",
            "--meetings",
            "6",
            "--every",
            "month",
        ],
    );
    assert!(made.status.success(), "{made:?}");
    let mut records: Vec<Record> = Vec::new();

    // Meeting 1: everyone is here.
    let c = clock_for(1);
    let mut app = meeting_app(&data, &[]);
    assert_eq!(presenters(&app), ["Ana", "Ben"]);
    let ready = screen(&app, &c);
    assert!(ready.contains("meeting 1 of 6"), "{ready}");
    let shots = run_meeting(&mut app, &c, 1, None);
    assert!(
        shots.iter().any(|s| s.contains("Ana's buddy: Ben")),
        "the buddy is named before the commitment is typed"
    );
    assert!(
        shots.iter().any(|s| s.contains("meeting 1 of 6 · round")),
        "the live screen says which meeting of the programme"
    );
    assert!(
        shots
            .iter()
            .any(|s| s.contains("saved as commitment of Ana") && s.contains(", buddy Ben")),
        "the buddy is named on screen as the commitment is saved:\n{}",
        shots.join("\n")
    );
    records.push(save(&app, &c, &data));

    // Meeting 2: Dee is away.
    let c = clock_for(2);
    let mut app = meeting_app(&data, &["Dee"]);
    assert_eq!(presenters(&app), ["Chen", "Eve"]);
    run_meeting(&mut app, &c, 2, Some("Ben"));
    records.push(save(&app, &c, &data));

    // Ana becomes Anna: her hot seat and her open commitment go with her.
    let renamed = cli(&circle, &["group", "edit", G, "--rename", "Ana=Anna"]);
    assert!(renamed.status.success(), "{renamed:?}");

    // Meeting 3, first try: abandoned a minute in, after marking Eve's commitment done.
    let c = clock_for(3);
    let mut app = meeting_app(&data, &[]);
    assert_eq!(presenters(&app), ["Dee", "Fay"], "Anna presented at meeting 1");
    press(&mut app, &c, KeyCode::Char(' '));
    while !(app.engine().unwrap().current_step().kind == Kind::ReportBack
        && app.engine().unwrap().current_step().speaker.as_deref() == Some("Eve"))
    {
        c.advance_secs(5);
        press(&mut app, &c, KeyCode::Char('n'));
    }
    press(&mut app, &c, KeyCode::Char('1'));
    c.advance_secs(5);
    let abandoned = save(&app, &c, &data);
    assert!(!abandoned.finished && abandoned.marks.len() == 1);
    let md =
        std::fs::read_to_string(memory::sessions_dir(&data, Some(G)).join(format!("{}.md", abandoned.id))).unwrap();
    assert!(!md.contains("presents"), "no empty presenter sections:\n{md}");
    assert!(
        md.contains("| Agree the norms |") && !md.contains("The challenge"),
        "no phases it never reached:\n{md}"
    );
    assert!(
        md.contains("Not marked (still open):\n\n- **Anna**: Try one new thing, Ana@1"),
        "{md}"
    );
    let open = cli(&circle, &["commitments", "--group", G, "--open", "--format", "json"]);
    let open: serde_json::Value = serde_json::from_slice(&open.stdout).unwrap();
    assert!(
        open.as_array()
            .unwrap()
            .iter()
            .any(|r| r["commitment"].as_str().unwrap().ends_with("Eve@2") && r["status"] == "open"),
        "a mark made in an abandoned meeting does not count: {open:#}"
    );

    // Meeting 3 again, on the same day: the abandoned one shifted nothing.
    let mut app = meeting_app(&data, &[]);
    assert_eq!(presenters(&app), ["Dee", "Fay"], "the abandoned round does not count");
    let report = run_meeting(&mut app, &c, 3, None);
    records.push(save(&app, &c, &data));
    assert!(
        records[2]
            .marks
            .iter()
            .any(|m| m.owner == "Anna" && m.status == Status::Done),
        "{report:?}"
    );

    // Meeting 4.
    let c = clock_for(4);
    let mut app = meeting_app(&data, &[]);
    assert_eq!(presenters(&app), ["Anna", "Ben"]);
    run_meeting(&mut app, &c, 4, None);
    records.push(save(&app, &c, &data));

    // Fay leaves with an open commitment: circle asks what to do with it.
    let asked = cli(&circle, &["group", "edit", G, "--remove", "Fay"]);
    assert_eq!(asked.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&asked.stderr).contains("--open carry"),
        "{asked:?}"
    );
    let left = cli(&circle, &["group", "edit", G, "--remove", "Fay", "--open", "drop"]);
    assert!(left.status.success(), "{left:?}");

    // Meeting 5: Eve is away; her open commitment is carried, not skipped.
    let c = clock_for(5);
    let mut app = meeting_app(&data, &["Eve"]);
    assert_eq!(presenters(&app), ["Chen", "Dee"]);
    let ready = screen(&app, &c);
    assert!(
        ready.contains("Carried to next time: one open commitment of Eve (away today)"),
        "{ready}"
    );
    let shots = run_meeting(&mut app, &c, 5, None);
    assert!(
        shots
            .iter()
            .any(|s| s.contains("Carried to next time (away today): one commitment of Eve")),
        "report-back says what is carried"
    );
    records.push(save(&app, &c, &data));
    let md5 =
        std::fs::read_to_string(memory::sessions_dir(&data, Some(G)).join(format!("{}.md", records[4].id))).unwrap();
    assert!(
        md5.contains("Carried to the next meeting (away today):\n\n- **Eve**: Try one new thing, Eve@2"),
        "{md5}"
    );

    // Meeting 6, the last: it closes with a celebration.
    let c = clock_for(6);
    let mut app = meeting_app(&data, &[]);
    assert_eq!(presenters(&app), ["Eve", "Anna"]);
    let last = run_meeting(&mut app, &c, 6, None);
    records.push(save(&app, &c, &data));
    let end = last.last().unwrap();
    assert!(end.contains("The programme is complete — 7 commitments kept"), "{end}");

    // ---- Fair rotation: nobody more than one hot seat ahead of another.
    let roster = ["Anna", "Ben", "Chen", "Dee", "Eve"];
    let dir = GroupDir::new(&data, G);
    let group = dir.load(G).unwrap();
    let (memory, _) = dir.memory(&group).unwrap();
    let finished: Vec<&Record> = memory.finished().collect();
    assert_eq!(finished.len(), 6);
    let count = |f: &dyn Fn(&Record) -> Vec<String>| -> BTreeMap<String, usize> {
        let mut m: BTreeMap<String, usize> = roster.iter().map(|r| (r.to_string(), 0)).collect();
        for r in &finished {
            for who in f(r) {
                if let Some(n) = m.get_mut(&who) {
                    *n += 1;
                }
            }
        }
        m
    };
    let spread = |m: &BTreeMap<String, usize>| m.values().max().unwrap() - m.values().min().unwrap();
    let seats = count(&|r| r.presented());
    assert!(spread(&seats) <= 1, "hot seats {seats:?}");
    let duties = count(&|r| r.buddies.iter().map(|b| b.buddy.clone()).collect());
    assert!(spread(&duties) <= 1, "buddy duties {duties:?}");
    // Everyone who committed had a buddy, and the pairs varied.
    let mut pairs = BTreeSet::new();
    for r in &finished {
        for c in &r.commitments {
            let b = c.buddy.clone().expect("every commitment has a buddy");
            assert_ne!(b, c.owner);
            pairs.insert((c.owner.clone(), b));
        }
    }
    assert!(pairs.len() >= 10, "pairs vary: {pairs:?}");

    // ---- Each commitment once, with its final state.
    let all = cli(&circle, &["commitments", "--group", G, "--format", "json"]);
    let all: serde_json::Value = serde_json::from_slice(&all.stdout).unwrap();
    let rows = all.as_array().unwrap();
    assert_eq!(rows.len(), 12, "two per meeting, each once: {all:#}");
    let ids: BTreeSet<&str> = rows.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids.len(), 12);
    let state: BTreeMap<String, String> = rows
        .iter()
        .map(|r| {
            (
                tag_of(r["commitment"].as_str().unwrap()),
                r["status"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let want: BTreeMap<String, String> = [
        ("Ana@1", "done"),
        ("Ben@1", "done"),
        ("Chen@2", "done"),
        ("Eve@2", "done"),
        ("Dee@3", "done"),
        ("Fay@3", "dropped"),
        ("Anna@4", "done"),
        ("Ben@4", "dropped"),
        ("Chen@5", "not yet"),
        ("Dee@5", "done"),
        ("Eve@6", "open"),
        ("Anna@6", "open"),
    ]
    .iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    assert_eq!(state, want);
    let owners: BTreeSet<&str> = rows.iter().map(|r| r["owner"].as_str().unwrap()).collect();
    assert!(!owners.contains("Ana"), "Ana's commitments are Anna's now: {owners:?}");
    let dues: Vec<&str> = rows.iter().map(|r| r["due"].as_str().unwrap()).collect();
    assert!(dues.windows(2).all(|w| w[0] <= w[1]), "sorted by due date: {dues:?}");

    // ---- The kept rate: 7 of the 10 that came due, each counted once.
    let h = cli(&circle, &["history", "--group", G, "--format", "json"]);
    let h: serde_json::Value = serde_json::from_slice(&h.stdout).unwrap();
    assert_eq!(h[0]["kept"]["kept"], 7);
    assert_eq!(h[0]["kept"]["due"], 10);
    assert_eq!(h[0]["kept_percent"], 70);
    assert_eq!(h[0]["meetings"].as_array().unwrap().len(), 7);
    assert_eq!(
        h[0]["trend"].as_array().unwrap().len(),
        6,
        "the abandoned meeting is not in the trend"
    );
    let ben = h[0]["members"]
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["member"] == "Ben")
        .unwrap();
    assert_eq!((ben["kept"].as_u64(), ben["due"].as_u64()), (Some(1), Some(2)));
    let text = String::from_utf8(cli(&circle, &["history", "--group", G]).stdout).unwrap();
    assert!(
        text.contains("Commitments kept: 7 of the 10 that came due (70%)"),
        "{text}"
    );
    assert!(text.contains("unfinished: nothing counted"), "{text}");
    assert!(text.contains("airtime"), "airtime per member: {text}");
    assert!(text.contains("5 ┤"), "a chart: {text}");
    let second = text.lines().find(|l| l.starts_with("  2026-02-15")).unwrap();
    assert!(second.contains("Ben"), "meeting 2 names who did not rate: {second}");

    // ---- The celebration lists exactly what was kept.
    let celebration = records[5].celebration.as_ref().expect("the last meeting celebrates");
    let kept: BTreeSet<String> = celebration.kept.iter().map(|k| tag_of(&k.text)).collect();
    let done: BTreeSet<String> = want
        .iter()
        .filter(|(_, s)| *s == "done")
        .map(|(t, _)| t.clone())
        .collect();
    assert_eq!(kept, done);
    assert_eq!((celebration.tally.kept, celebration.tally.due), (7, 10));
    assert_eq!(celebration.meetings, 6);
    let md6 =
        std::fs::read_to_string(memory::sessions_dir(&data, Some(G)).join(format!("{}.md", records[5].id))).unwrap();
    assert!(md6.contains("## Celebration: what we kept"), "{md6}");
    assert!(md6.contains("- **Anna**: Try one new thing, Ana@1"), "{md6}");
    assert!(
        md6.contains("Commitments kept: 7 of the 10 that came due (70%)"),
        "{md6}"
    );
    assert!(md6.contains("(meeting 6 of 6)"), "{md6}");
    assert!(md6.contains("## Accountability buddies"), "{md6}");

    // ---- The calendar passes an independent parser, DTEND after DTSTART.
    let ics = cli(&circle, &["export", "ics", "--group", G, "--check-ins"]);
    assert!(ics.status.success());
    if let Ok(keep) = std::env::var("CIRCLE_DEMO_COPY") {
        let _ = std::process::Command::new("cp")
            .args(["-r", data.to_str().unwrap(), &keep])
            .status();
    }
    let events = crate::calendar::check_rfc5545(&String::from_utf8(ics.stdout).unwrap());
    let summaries: Vec<&str> = events.iter().map(|e| e.summary.as_str()).collect();
    assert_eq!(events.len(), 5, "{summaries:#?}");
    // Open: Chen's "not yet", and the two made at the last meeting, each with its buddy.
    for tag in ["Chen@5", "Eve@6", "Anna@6"] {
        assert!(
            summaries.iter().any(|s| s.contains(tag) && s.contains("(buddy ")),
            "{tag}: {summaries:#?}"
        );
    }
    // Check-ins halfway to the two due next month; Chen's halfway day has passed.
    assert_eq!(summaries.iter().filter(|s| s.starts_with("Buddy check-in")).count(), 2);
    assert!(
        !summaries.iter().any(|s| s.contains("meeting 7")),
        "the programme is over"
    );
}

#[test]
fn a_round_counts_as_a_hot_seat_once_it_is_past_its_challenge_step() {
    let circle = Circle::new();
    let data = circle.data_dir();
    let made = cli(&circle, &["group", "new", G, "--members", "Ana,Ben,Chen,Dee"]);
    assert!(made.status.success());
    let c = clock_for(1);
    let mut app = meeting_app(&data, &[]);
    assert_eq!(presenters(&app), ["Ana", "Ben"]);
    press(&mut app, &c, KeyCode::Char(' '));
    // Through Ana's challenge into her first questions, then the window closes.
    while !(app.engine().unwrap().current_step().kind == Kind::Challenge) {
        c.advance_secs(5);
        press(&mut app, &c, KeyCode::Char('n'));
    }
    c.advance_secs(5);
    press(&mut app, &c, KeyCode::Char('n'));
    c.advance_secs(5);
    let cut = save(&app, &c, &data);
    assert!(!cut.finished);
    assert_eq!(cut.presented(), ["Ana"], "Ana's round ran; Ben's never started");
    let next = meeting_app(&data, &[]);
    assert_eq!(presenters(&next), ["Ben", "Chen"], "Ana had her hot seat; Ben did not");
}
