//! Property tests: the plan's promises hold for random protocols, groups and lengths.

use proptest::prelude::*;

use circle::plan::{PlanRequest, PresenterChoice, build};
use circle::protocol::{GroupSize, Kind, Phase, PresenterCount, Protocol, Section, Timing, TurnMode};

fn phase(section: Section) -> impl Strategy<Value = Phase> {
    let modes = if section == Section::Round {
        vec![TurnMode::Open, TurnMode::Presenter, TurnMode::Each, TurnMode::Coaches]
    } else {
        vec![TurnMode::Open, TurnMode::Each]
    };
    (prop::sample::select(modes), 1u64..3600, any::<bool>()).prop_map(|(turns, secs, per_turn)| Phase {
        kind: Kind::Custom,
        title: format!("phase {secs}"),
        // A protocol file cannot promise a turn under 10 s.
        timing: if per_turn && turns != TurnMode::Open {
            Timing::PerTurn(secs.max(circle::plan::MIN_STEP_SECS))
        } else {
            Timing::Total(secs)
        },
        turns,
        speaker: None,
        prompts: vec![],
        rules: vec![],
        warn: None,
        min_turn: None,
        max_turn: None,
        group_only: false,
    })
}

fn protocol() -> impl Strategy<Value = Protocol> {
    (
        prop::collection::vec(phase(Section::Opening), 0..4),
        prop::collection::vec(phase(Section::Round), 1..6),
        prop::collection::vec(phase(Section::Closing), 0..4),
        prop::option::of(600u64..6 * 3600),
    )
        .prop_map(|(opening, round, closing, length)| Protocol {
            source: String::new(),
            id: "random".into(),
            origin: "proptest".into(),
            name: "Random".into(),
            summary: String::new(),
            language: None,
            length,
            group: GroupSize::default(),
            presenters: PresenterCount::Count(1),
            warn: None,
            auto_advance: false,
            pairs: false,
            givers: None,
            norms: vec![],
            roles: vec![],
            opening,
            round,
            closing,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn plans_end_exactly_on_time_with_equal_turns(
        protocol in protocol(),
        members in 2usize..16,
        presenters in 1usize..16,
        length in prop::option::of(60u64..8 * 3600),
    ) {
        let names: Vec<String> = (0..members).map(|i| format!("M{i}")).collect();
        let presenters = presenters.min(members) as u32;
        let request = PlanRequest { members: names, presenters: PresenterChoice::Count(presenters), length, rotation: None, extras: Default::default() };
        let plan = match build(&protocol, &request) {
            Ok(plan) => plan,
            Err(e) => {
                // The only refusals for valid input: turns under 10 s, or over 100 h.
                let e = e.to_string();
                prop_assert!(e.contains("too short") || e.contains("longer than circle plans"), "{e}");
                return Ok(());
            }
        };
        // A meeting of 2.5 h or more has one break; without a length asked for, it
        // comes on top of the protocol's own times.
        let breaks = plan.steps.iter().filter(|s| s.kind == Kind::Break).count();
        let asked = length.or(protocol.length).unwrap_or(plan.natural);
        let phases = protocol.opening.len() + protocol.round.len() * plan.presenters.len() + protocol.closing.len();
        prop_assert_eq!(breaks, usize::from(asked >= circle::plan::BREAK_FROM_SECS && phases > 1));
        let target = length
            .or(protocol.length)
            .unwrap_or(plan.natural + circle::plan::BREAK_SECS * breaks as u64);
        prop_assert_eq!(plan.length, target);
        prop_assert_eq!(plan.steps.iter().map(|s| s.length).sum::<u64>(), target);

        // Steps follow each other without gaps.
        let mut clock = 0;
        for s in &plan.steps {
            prop_assert_eq!(s.start, clock);
            prop_assert!(s.length >= circle::plan::MIN_STEP_SECS || s.spare);
            clock += s.length;
        }

        // Turns of one phase are exactly equal, but for the one step that took the
        // rounding remainder.
        for a in plan.steps.iter().filter(|s| !s.spare) {
            for b in plan.steps.iter().filter(|s| !s.spare) {
                if a.section == b.section && a.round == b.round && a.phase == b.phase && a.turn.is_some() {
                    prop_assert_eq!(a.length, b.length);
                }
            }
        }

        // Every presenter's round is identical, step for step.
        let round = |n: usize| {
            plan.steps
                .iter()
                .filter(|s| s.round == Some(n) && s.kind != Kind::Break)
                .map(|s| if s.spare { s.length - plan.spare } else { s.length })
                .collect::<Vec<_>>()
        };
        for n in 2..=plan.presenters.len() {
            prop_assert_eq!(round(n), round(1));
        }

        // The remainder lives in exactly one place: a single step outside the rounds
        // when there is one, else the meeting's last step; a "Spare time" step of its
        // own only when it is a minute or more.
        let spares: Vec<_> = plan.steps.iter().filter(|s| s.spare).collect();
        prop_assert!(spares.len() <= 1);
        prop_assert_eq!(spares.len() == 1, plan.spare > 0);
        let single_outside = plan.steps.iter().any(|s| s.round.is_none() && s.turn.is_none() && s.kind != Kind::Break && s.phase.is_some());
        for s in &spares {
            if single_outside {
                prop_assert!(s.round.is_none() && s.turn.is_none());
            }
            if s.phase.is_none() {
                prop_assert!(s.length >= circle::plan::SPARE_STEP_FROM_SECS, "a spare step of {}s", s.length);
            } else if s.round.is_some() || s.turn.is_some() {
                prop_assert_eq!(s.end(), plan.length, "the remainder joins the last step");
            }
        }
    }
}
