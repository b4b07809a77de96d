//! What needs no terminal: a long journal made and replayed, a big plan made.

use super::*;

pub fn app(members: &str) -> App {
    let lib = Library::load(None);
    let spec = MeetingSpec::of(lib.get("peer-circle").unwrap().clone());
    let members = members.split(',').map(String::from).collect();
    App::new(
        spec,
        Some(members),
        Settings::default(),
        Theme::new(circle::config::ThemeName::Mono),
        false,
    )
    .unwrap()
}

/// The median time from spawning a program that prints the ready screen's two
/// marks at once until they are on the (emulated) screen: what any program pays.
/// A journal of `events` events a long meeting made, about `gap_ms` apart on
/// average: notes, extensions, moves, pauses.
pub fn make_journal(dir: &Path, events: usize, gap_ms: u64) -> PathBuf {
    let c = ManualClock::new(chrono::Local::now());
    let mut a = app(MEMBERS);
    let mut entries = Vec::new();
    let key = |a: &mut App, code: KeyCode| -> Vec<Entry> {
        let effects = a.update(Msg::Key(KeyEvent::new(code, KeyModifiers::NONE)), c.now());
        effects
            .into_iter()
            .filter_map(|e| match e {
                Effect::Journal(entry) => Some(entry),
                _ => None,
            })
            .collect()
    };
    entries.extend(key(&mut a, KeyCode::Char(' ')));
    let mut i = 0u64;
    while entries.len() < events {
        c.advance_ms(gap_ms - 450 + i % 900);
        match i % 8 {
            0..=2 => {
                entries.extend(key(&mut a, KeyCode::Char('i')));
                for ch in format!("note {i}: what would help most?").chars() {
                    entries.extend(key(&mut a, KeyCode::Char(ch)));
                }
                entries.extend(key(&mut a, KeyCode::Enter));
                entries.extend(key(&mut a, KeyCode::Esc));
            }
            3 => entries.extend(key(&mut a, KeyCode::Char('+'))),
            4 => entries.extend(key(&mut a, KeyCode::Char(' '))),
            5 => entries.extend(key(&mut a, KeyCode::Char(' '))),
            6 => entries.extend(key(&mut a, KeyCode::Char('n'))),
            _ => entries.extend(key(&mut a, KeyCode::Char('p'))),
        }
        i += 1;
    }
    entries.truncate(events);
    let path = dir.join(format!("bench-{events}.journal"));
    let _ = std::fs::remove_file(&path);
    let mut text = serde_json::to_string(&a.meeting.as_ref().and_then(|m| m.journal_header()).unwrap()).unwrap();
    text.push('\n');
    for e in &entries {
        text.push_str(&serde_json::to_string(e).unwrap());
        text.push('\n');
    }
    std::fs::write(&path, text).unwrap();
    path
}

pub fn replay_10k_ms(dir: &Path, runs: usize) -> f64 {
    let path = make_journal(dir, 10_000, 1_150);
    let mut times = Vec::new();
    for _ in 0..runs.max(1) {
        let t0 = Instant::now();
        let j: Journal = journal::read(&path).expect("journal reads");
        assert_eq!(j.entries.len(), 10_000);
        let (meeting, _) = Meeting::from_journal(&j, Settings::default()).expect("replays");
        times.push(t0.elapsed().as_secs_f64() * 1000.0);
        std::hint::black_box(meeting);
    }
    median(&mut times)
}

pub fn plan_15_us(runs: usize) -> f64 {
    let lib = Library::load(None);
    let protocol = lib.get("mastermind").unwrap().clone();
    let members: Vec<String> = (1..=15).map(|i| format!("Member {i}")).collect();
    let request = PlanRequest {
        members,
        presenters: PresenterChoice::ProtocolDefault,
        length: None,
        rotation: None,
        extras: Default::default(),
    };
    let mut times = Vec::new();
    for _ in 0..runs {
        let t0 = Instant::now();
        let plan = plan::build(&protocol, &request).expect("plans");
        times.push(t0.elapsed().as_secs_f64() * 1e6);
        std::hint::black_box(plan);
    }
    median(&mut times)
}
