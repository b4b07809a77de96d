//! The engine driven by a manual clock through whole meetings, checked to the ms.

use chrono::{Local, TimeZone};

use circle::engine::{Alert, Clock, Command, Engine, ManualClock, Outcome, Refusal, RunState, Settings};
use circle::plan::{Plan, PlanRequest, PresenterChoice, build};
use circle::protocol::{Library, Section};

fn plan(id: &str, members: &str, length: Option<u64>) -> Plan {
    let lib = Library::load(None);
    let request = PlanRequest {
        members: members.split(',').map(String::from).collect(),
        presenters: PresenterChoice::ProtocolDefault,
        length,
        rotation: None,
        extras: Default::default(),
    };
    build(lib.get(id).unwrap(), &request).unwrap()
}

fn clock() -> ManualClock {
    ManualClock::new(Local.with_ymd_and_hms(2026, 11, 22, 14, 0, 0).unwrap())
}

#[test]
fn a_whole_three_hour_meeting_to_the_millisecond() {
    let plan = plan("mastermind", "Ana,Ben,Chen,Dee,Eve,Farid,Gus", Some(3 * 3600));
    let lengths: Vec<i64> = plan.steps.iter().map(|s| s.length as i64 * 1000).collect();
    let c = clock();
    let mut s = Engine::new(plan, Settings::default());
    assert_eq!(s.apply(Command::Next, c.now()), Outcome::Ignored(Refusal::NotBegun));
    s.apply(Command::Start, c.now());
    let planned_end = s.schedule(c.now()).planned_end;
    assert_eq!(planned_end, Local.with_ymd_and_hms(2026, 11, 22, 17, 0, 0).unwrap());

    // Step 0: run 1.234 s, pause ten minutes (time stands still), resume.
    c.advance_ms(1234);
    assert_eq!(s.time(c.now()).remaining_ms, lengths[0] - 1234);
    assert_eq!(
        s.time(c.now()).shown_remaining_secs(),
        (lengths[0] as u64 - 1234).div_ceil(1000)
    );
    s.apply(Command::TogglePause, c.now());
    c.advance_secs(600);
    assert_eq!(s.time(c.now()).remaining_ms, lengths[0] - 1234);
    assert_eq!(s.next_change_in(c.now()), None, "a paused countdown needs no redraws");
    // The pause pushed the projected end back by exactly ten minutes.
    assert_eq!(s.schedule(c.now()).behind_secs, 600);
    s.apply(Command::TogglePause, c.now());

    // Extend by a minute, then cut by one: back where we were.
    s.apply(Command::Adjust { secs: 60 }, c.now());
    assert_eq!(s.time(c.now()).remaining_ms, lengths[0] - 1234 + 60_000);
    s.apply(Command::Adjust { secs: -60 }, c.now());
    assert_eq!(s.time(c.now()).remaining_ms, lengths[0] - 1234);

    // Run to exactly zero: shows 0:00, then overtime counts up.
    c.advance_ms(lengths[0] as u64 - 1234 - 1);
    assert_eq!(s.time(c.now()).shown_remaining_secs(), 1);
    c.advance_ms(1);
    let t = s.time(c.now());
    assert_eq!((t.remaining_ms, t.shown_remaining_secs(), t.alert), (0, 0, Alert::Time));
    c.advance_secs(15);
    assert_eq!(s.time(c.now()).overtime_secs(), 15);
    c.advance_secs(120 - 15);
    assert_eq!(s.time(c.now()).alert, Alert::Overdue, "past the 2-minute grace");

    // Next, then previous: the earlier step keeps the time it used.
    s.apply(Command::Next, c.now());
    assert_eq!(s.time(c.now()).remaining_ms, lengths[1]);
    c.advance_ms(5_000);
    s.apply(Command::Previous, c.now());
    assert_eq!(s.current_index(), 0);
    assert_eq!(s.time(c.now()).remaining_ms, -120_000);
    s.apply(Command::Next, c.now());
    assert_eq!(s.time(c.now()).remaining_ms, lengths[1] - 5_000);
    // Restart gives the step its whole time again.
    s.apply(Command::Restart, c.now());
    assert_eq!(s.time(c.now()).remaining_ms, lengths[1]);

    // Walk every step to its end, checking remaining time at start, 1 ms in, the
    // middle, the last ms and zero.
    let mut i = 1;
    while s.state() != RunState::Finished {
        assert_eq!(s.current_index(), i);
        let len = s.time(c.now()).allotted_ms as i64;
        assert_eq!(s.time(c.now()).remaining_ms, len);
        c.advance_ms(1);
        assert_eq!(s.time(c.now()).remaining_ms, len - 1);
        c.advance_ms(len as u64 / 2 - 1);
        assert_eq!(s.time(c.now()).remaining_ms, len - len / 2);
        c.advance_ms((len - len / 2 - 1) as u64);
        assert_eq!(s.time(c.now()).remaining_ms, 1);
        assert_eq!(s.time(c.now()).shown_remaining_secs(), 1);
        c.advance_ms(1);
        assert_eq!(s.time(c.now()).remaining_ms, 0);
        s.apply(Command::Next, c.now());
        i += 1;
    }
    // Ten minutes of pause, two minutes of overrun, and the 5 s spent on a step
    // that was then restarted: 12:05 late.
    let sched = s.schedule(c.now());
    assert_eq!(sched.behind_secs, 12 * 60 + 5);
    assert_eq!(sched.projected_end, planned_end + chrono::Duration::seconds(725));
    let used: u64 = s.used_ms(c.now()).iter().sum();
    // The 5 s before the restart were spent too: a restart keeps them on record.
    assert_eq!(
        used,
        3 * 3600 * 1000 + 120_000 + 5_000,
        "every ms of running time is accounted for"
    );
}

#[test]
fn rebalance_takes_an_overrun_back_from_shared_steps_of_the_round() {
    let plan = plan("peer-circle", "Ana,Ben,Chen,Dee,Eve", Some(2 * 3600));
    let challenge = plan.steps.iter().position(|s| s.title == "The challenge").unwrap();
    let reframe = plan
        .steps
        .iter()
        .position(|s| s.title == "Reframe the challenge")
        .unwrap();
    let commit = plan
        .steps
        .iter()
        .position(|s| s.title == "Commit to an action")
        .unwrap();
    let turns: Vec<usize> = (0..plan.steps.len())
        .filter(|&i| plan.steps[i].round == Some(1) && plan.steps[i].turn.is_some())
        .collect();
    let turn_lengths: Vec<u64> = turns.iter().map(|&i| plan.steps[i].length).collect();
    let c = clock();
    let mut s = Engine::new(plan.clone(), Settings::default());
    s.apply(Command::Start, c.now());
    // Everything before the challenge on time.
    while s.current_index() < challenge {
        c.advance_ms(s.time(c.now()).allotted_ms);
        s.apply(Command::Next, c.now());
    }
    // The challenge overruns by 4:20.
    c.advance_ms(s.time(c.now()).allotted_ms + 260_000);
    assert_eq!(s.schedule(c.now()).behind_secs, 260);
    let Outcome::Rebalanced(r) = s.apply(Command::Rebalance, c.now()) else {
        panic!("expected a rebalance")
    };
    assert_eq!(r.wanted_ms, 260_000);
    assert_eq!(r.taken_ms(), 260_000);
    assert_eq!(r.short_ms, 0);
    // Only shared steps give way: the reframe, the commitment and (since issue 20)
    // the open floors of questions, never a member's turn.
    let shared: Vec<usize> = (challenge + 1..plan.steps.len())
        .filter(|&i| plan.steps[i].round == Some(1) && plan.steps[i].turn.is_none())
        .collect();
    assert!(shared.contains(&reframe) && shared.contains(&commit));
    assert!(r.taken.iter().all(|(j, _)| shared.contains(j)), "{r:?}");
    assert_eq!(s.schedule(c.now()).behind_secs, 0, "the meeting ends on time again");
    // Members' turns are untouched.
    for (&i, &len) in turns.iter().zip(&turn_lengths) {
        assert_eq!(s.clocks()[i].allotted_ms, len * 1000);
    }
    // A second rebalance has nothing to do.
    assert_eq!(s.apply(Command::Rebalance, c.now()), Outcome::Ignored(Refusal::OnTime));
    // A huge overrun stops at the floors (half of each step).
    c.advance_secs(3600);
    let Outcome::Rebalanced(r) = s.apply(Command::Rebalance, c.now()) else {
        panic!()
    };
    assert!(r.short_ms > 0);
    for j in [reframe, commit] {
        assert_eq!(s.clocks()[j].allotted_ms, plan.steps[j].length.div_ceil(2) * 1000);
    }
}

#[test]
fn warnings_follow_the_protocol_and_flash_times_are_exact() {
    let plan = plan("peer-circle", "Ana,Ben,Chen", None);
    assert_eq!(plan.steps[0].section, Section::Opening);
    let c = clock();
    let mut s = Engine::new(plan, Settings::default());
    s.apply(Command::Start, c.now());
    let len = s.time(c.now()).allotted_ms;
    c.advance_ms(len - 60_000 - 1);
    assert_eq!(s.time(c.now()).alert, Alert::Calm);
    c.advance_ms(1);
    let t = s.time(c.now());
    assert_eq!(t.alert, Alert::WrapUp, "peer-circle warns 1m before the end");
    assert_eq!(t.alert_since, Some(c.now().mono));
    c.advance_ms(700);
    assert_eq!(s.time(c.now()).alert_since, Some(c.now().mono - 700));
    assert_eq!(s.time(c.now()).ms_to_next_second(), 300);
}

#[test]
fn auto_advance_moves_on_when_time_is_up() {
    let plan = plan("get-better", "Ana,Ben", None);
    let c = clock();
    let settings = Settings {
        auto_advance: true,
        ..Settings::default()
    };
    let mut s = Engine::new(plan, settings);
    s.apply(Command::Start, c.now());
    c.advance_ms(s.time(c.now()).allotted_ms - 1);
    assert!(!s.tick(c.now()));
    c.advance_ms(1);
    assert!(s.tick(c.now()));
    assert_eq!(s.current_index(), 1);
}

#[test]
fn airtime_counts_each_speakers_turns() {
    let plan = plan("feedforward", "Ana,Ben,Chen", None);
    let c = clock();
    let mut s = Engine::new(plan, Settings::default());
    s.apply(Command::Start, c.now());
    let mut spoken = std::collections::BTreeMap::<String, u64>::new();
    while !s.is_finished() {
        let step = s.current_step().clone();
        let ms = 1_000 + s.current_index() as u64 * 37;
        c.advance_ms(ms);
        if let Some(who) = step.speaker {
            *spoken.entry(who).or_default() += ms;
        }
        s.apply(Command::Next, c.now());
    }
    for (name, ms) in s.airtime_ms(c.now()) {
        assert_eq!(spoken.get(&name).copied().unwrap_or(0), ms, "{name}");
    }
}
