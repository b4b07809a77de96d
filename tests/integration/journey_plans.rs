//! Where a meeting stands in its group's life, in every built-in's plan: a first
//! meeting contracts and has no report-back, a meeting without a group has none
//! either, a later one reports back, and a programme's last one looks back.

use circle::plan::{Extras, PlanRequest, PresenterChoice, build};
use circle::protocol::{Kind, Library};

fn plan(id: &str, extras: Extras) -> circle::plan::Plan {
    let lib = Library::load(None);
    let protocol = lib.get(id).unwrap();
    let n = protocol
        .group
        .min
        .unwrap_or(2)
        .max(4)
        .min(protocol.group.max.unwrap_or(4)) as usize;
    let request = PlanRequest {
        members: (1..=n).map(|i| format!("M{i}")).collect(),
        presenters: PresenterChoice::ProtocolDefault,
        length: None,
        rotation: None,
        extras,
    };
    build(protocol, &request).unwrap_or_else(|e| panic!("{id}: {e}"))
}

fn kinds(p: &circle::plan::Plan) -> Vec<Kind> {
    p.steps.iter().map(|s| s.kind).collect()
}

#[test]
fn every_built_in_contracts_first_reports_back_later_and_reviews_last() {
    let lib = Library::load(None);
    let ids: Vec<String> = lib.ids().into_iter().map(String::from).collect();
    assert!(ids.len() >= 7, "{ids:?}");
    for id in &ids {
        let alone = kinds(&plan(id, Extras::default()));
        assert!(!alone.contains(&Kind::ReportBack), "{id} without a group: {alone:?}");
        assert!(!alone.contains(&Kind::Contracting), "{id} without a group: {alone:?}");

        let first = plan(
            id,
            Extras {
                in_group: true,
                first: true,
                ..Default::default()
            },
        );
        let k = kinds(&first);
        assert_eq!(k.first(), Some(&Kind::Contracting), "{id} first meeting: {k:?}");
        assert!(k.contains(&Kind::Norms), "{id} first meeting agrees norms: {k:?}");
        assert!(!k.contains(&Kind::ReportBack), "{id} first meeting: {k:?}");
        // Everyone says why they are here, each on their own turn.
        let turns = first.steps.iter().filter(|s| s.kind == Kind::Contracting).count();
        assert_eq!(turns, first.members.len(), "{id}");
        // Confidentiality is the first thing the norms step asks.
        let norms = first.steps.iter().find(|s| s.kind == Kind::Norms).unwrap();
        assert!(
            norms.prompts[0].to_lowercase().contains("confidential") || norms.prompts[0].contains("Vertraulich"),
            "{id}: {:?}",
            norms.prompts
        );

        let later = kinds(&plan(
            id,
            Extras {
                in_group: true,
                ..Default::default()
            },
        ));
        assert!(
            !later.contains(&Kind::Contracting) && !later.contains(&Kind::Review),
            "{id}: {later:?}"
        );

        let last = plan(
            id,
            Extras {
                in_group: true,
                last: true,
                ..Default::default()
            },
        );
        let k = kinds(&last);
        let review = k
            .iter()
            .position(|x| *x == Kind::Review)
            .unwrap_or_else(|| panic!("{id} last: {k:?}"));
        if let Some(check_out) = k.iter().position(|x| *x == Kind::CheckOut) {
            assert!(review < check_out, "{id}: the review comes before the check-out: {k:?}");
        }
        assert_eq!(
            last.length,
            last.steps.iter().map(|s| s.length).sum::<u64>(),
            "{id} ends on time"
        );
    }
}

#[test]
fn a_german_protocol_contracts_in_german_whatever_the_screen_speaks() {
    let first = plan(
        "kollegiale-beratung",
        Extras {
            in_group: true,
            first: true,
            ..Default::default()
        },
    );
    assert_eq!(first.steps[0].title, "Warum wir hier sind");
}

#[test]
fn a_programme_is_extended_or_ended_early_with_its_review() {
    let c = crate::support::Circle::new();
    let run = |args: &[&str]| {
        let out = c.cmd().args(args).output().unwrap();
        let text = String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
        (out.status.code(), text)
    };
    let (code, _) = run(&["group", "new", "Six", "--members", "A,B,C", "--meetings", "6"]);
    assert_eq!(code, Some(0));
    let (_, plan) = run(&["plan", "--group", "Six"]);
    assert!(
        !plan.contains("Looking back"),
        "meeting 1 of 6 does not look back:\n{plan}"
    );
    let (code, said) = run(&["group", "edit", "Six", "--end-next"]);
    assert_eq!(code, Some(0), "{said}");
    assert!(said.contains("ends at the next meeting"), "{said}");
    let (_, plan) = run(&["plan", "--group", "Six"]);
    assert!(
        plan.contains("Looking back on our programme"),
        "ended early, it closes:\n{plan}"
    );
    assert!(plan.contains("meeting 1 of 1"), "{plan}");
    let (code, said) = run(&["group", "edit", "Six", "--meetings", "8"]);
    assert_eq!(code, Some(0), "{said}");
    let (_, plan) = run(&["plan", "--group", "Six"]);
    assert!(
        plan.contains("meeting 1 of 8") && !plan.contains("Looking back"),
        "{plan}"
    );
}
