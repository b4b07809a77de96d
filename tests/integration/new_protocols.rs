//! The built-ins issue 20 adds (troika, wise-crowds, action-learning), planned for
//! every size they are for: the plan sums to its length, turns fit their bounds,
//! the client's silent listening is one step that names them, and action learning
//! has questions and no advice.

use circle::plan::{Extras, Plan, PlanRequest, PresenterChoice, build};
use circle::protocol::{Kind, Library, TurnMode};

fn names(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("M{i}")).collect()
}

fn plan(id: &str, n: usize, length: Option<u64>, extras: Extras) -> Plan {
    let request = PlanRequest {
        members: names(n),
        presenters: PresenterChoice::ProtocolDefault,
        length,
        rotation: None,
        extras,
    };
    build(Library::load(None).get(id).unwrap(), &request).unwrap_or_else(|e| panic!("{id} with {n}: {e}"))
}

/// Whatever else a plan is, it ends on its length and fits its turns.
fn sound(p: &Plan, what: &str) {
    assert_eq!(p.steps.iter().map(|s| s.length).sum::<u64>(), p.length, "{what}");
    assert!(p.steps.iter().all(|s| s.length >= 60), "{what}: a step under a minute");
    assert!(p.warnings.is_empty(), "{what}: {:?}", p.warnings);
}

/// The consultation of each round: one step, led by the consultants, whose first
/// rule says the round's client listens turned away.
fn silent_listening(p: &Plan, what: &str) {
    for (i, client) in p.presenters.iter().enumerate() {
        let consult: Vec<_> = p
            .steps
            .iter()
            .filter(|s| s.round == Some(i + 1) && s.kind == Kind::Options)
            .collect();
        assert_eq!(consult.len(), 1, "{what}: one consultation step a round");
        let c = consult[0];
        assert!(c.speaker.is_none() && c.turn.is_none(), "{what}: a conversation");
        assert_eq!(c.role.as_deref(), Some("coach"));
        assert_eq!(
            c.rules[0],
            format!("{client} listens: back turned, camera off"),
            "{what}"
        );
    }
}

#[test]
fn troika_for_three_and_four_takes_about_half_an_hour_a_client() {
    for n in 3..=4 {
        for extras in [
            Extras::default(),
            Extras {
                in_group: true,
                ..Default::default()
            },
        ] {
            let p = plan("troika", n, None, extras);
            let what = format!("troika with {n}");
            sound(&p, &what);
            silent_listening(&p, &what);
            assert_eq!(p.presenters.len(), n, "{what}: everyone is a client once");
            let round: u64 = p.steps.iter().filter(|s| s.round == Some(1)).map(|s| s.length).sum();
            assert!((25 * 60..=35 * 60).contains(&round), "{what}: a round of {round}s");
            // Explain, ask, consult, reflect: in that order, the client first and last.
            let kinds: Vec<Kind> = p.steps.iter().filter(|s| s.round == Some(1)).map(|s| s.kind).collect();
            assert_eq!(
                kinds,
                [Kind::Challenge, Kind::Clarifying, Kind::Options, Kind::Reflection]
            );
            let first = p.steps.iter().find(|s| s.round == Some(1)).unwrap();
            assert_eq!(first.speaker.as_deref(), Some("M0"));
        }
    }
    // Two or five are not a troika.
    for n in [2, 5] {
        let request = PlanRequest {
            members: names(n),
            presenters: PresenterChoice::ProtocolDefault,
            length: None,
            rotation: None,
            extras: Extras::default(),
        };
        assert!(build(Library::load(None).get("troika").unwrap(), &request).is_err());
    }
}

#[test]
fn wise_crowds_for_every_crowd_size() {
    for n in 3..=15 {
        let p = plan("wise-crowds", n, None, Extras::default());
        let what = format!("wise-crowds with {n}");
        sound(&p, &what);
        silent_listening(&p, &what);
    }
    // More clients in a longer meeting.
    let p = plan("wise-crowds", 8, Some(3600), Extras::default());
    assert_eq!(p.presenters.len(), 1);
    let request = PlanRequest {
        members: names(8),
        presenters: PresenterChoice::Count(4),
        length: None,
        rotation: None,
        extras: Extras::default(),
    };
    let four = build(Library::load(None).get("wise-crowds").unwrap(), &request).unwrap();
    sound(&four, "four clients");
    silent_listening(&four, "four clients");
}

#[test]
fn action_learning_asks_questions_only_with_a_set_adviser() {
    for n in 4..=8 {
        for extras in [
            Extras::default(),
            Extras {
                in_group: true,
                ..Default::default()
            },
        ] {
            let p = plan("action-learning", n, None, extras);
            let what = format!("action-learning with {n}");
            sound(&p, &what);
            assert_eq!(p.length, 2 * 3600);
            // No phase for advice or ideas: the set only asks.
            assert!(
                p.steps
                    .iter()
                    .all(|s| !matches!(s.kind, Kind::Options | Kind::Feedback)),
                "{what}"
            );
            let q: Vec<_> = p.steps.iter().filter(|s| s.kind == Kind::Questions).collect();
            assert_eq!(
                q.len(),
                p.presenters.len(),
                "{what}: one open floor of questions a round"
            );
            assert!(
                q.iter()
                    .all(|s| s.speaker.is_none() && s.rules[0].starts_with("Questions only"))
            );
            // The set adviser leads the ground rules and the reflection on learning.
            let led: Vec<_> = p
                .steps
                .iter()
                .filter(|s| s.role.as_deref() == Some("adviser"))
                .collect();
            assert!(led.iter().any(|s| s.kind == Kind::Norms) && led.iter().any(|s| s.kind == Kind::Reflection));
        }
    }
    let al = Library::load(None).get("action-learning").unwrap().clone();
    assert_eq!(al.role_name("adviser"), "Set adviser");
    assert!(
        al.round
            .iter()
            .any(|p| p.kind == Kind::Questions && p.turns == TurnMode::Open)
    );
}

#[test]
fn the_new_protocols_start_and_end_a_programme_too() {
    for (id, n) in [("troika", 3), ("wise-crowds", 5), ("action-learning", 6)] {
        let first = plan(
            id,
            n,
            None,
            Extras {
                in_group: true,
                first: true,
                ..Default::default()
            },
        );
        assert!(first.steps.iter().any(|s| s.kind == Kind::Contracting), "{id}");
        let last = plan(
            id,
            n,
            None,
            Extras {
                in_group: true,
                last: true,
                ..Default::default()
            },
        );
        assert!(last.steps.iter().any(|s| s.kind == Kind::Review), "{id}");
        assert_eq!(first.steps.iter().map(|s| s.length).sum::<u64>(), first.length);
    }
}
