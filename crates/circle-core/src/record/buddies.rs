//! Accountability buddies: everyone who commits gets one, chosen when they first
//! commit at a meeting. The duty is spread over the group's history (whoever has
//! been a buddy least often comes first) and pairs vary (among those, whoever has
//! buddied this member least often, and least recently).

use crate::plan::same_name;
use crate::record::Buddy;

/// The buddy for `owner` at this meeting: `today` holds the pairs already made.
/// `None` when nobody else is present.
pub fn choose(owner: &str, present: &[String], past: &[Vec<Buddy>], today: &[Buddy]) -> Option<String> {
    if let Some(b) = today.iter().find(|b| same_name(&b.member, owner)) {
        return Some(b.buddy.clone());
    }
    let load = |m: &str| {
        past.iter()
            .chain(std::iter::once(&today.to_vec()))
            .flatten()
            .filter(|b| same_name(&b.buddy, m))
            .count()
    };
    let paired = |b: &Buddy, m: &str| {
        (same_name(&b.member, owner) && same_name(&b.buddy, m))
            || (same_name(&b.member, m) && same_name(&b.buddy, owner))
    };
    let pairs = |m: &str| past.iter().flatten().filter(|b| paired(b, m)).count();
    let last = |m: &str| {
        past.iter()
            .rposition(|meeting| meeting.iter().any(|b| paired(b, m)))
            .map_or(-1, |i| i as i64)
    };
    present
        .iter()
        .enumerate()
        .filter(|(_, m)| !same_name(m, owner))
        .min_by_key(|(pos, m)| (load(m), pairs(m), last(m), *pos))
        .map(|(_, m)| m.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(s: &str) -> Vec<String> {
        s.split(',').map(str::to_string).collect()
    }

    fn pair(member: &str, buddy: &str) -> Buddy {
        Buddy {
            member: member.into(),
            buddy: buddy.into(),
        }
    }

    #[test]
    fn the_duty_goes_to_whoever_has_carried_it_least() {
        let present = names("Ana,Ben,Chen,Dee");
        let past = vec![vec![pair("Ana", "Ben"), pair("Chen", "Ben")], vec![pair("Dee", "Chen")]];
        // Ben has two duties, Chen one, Ana and Dee none; Ana was paired with Ben.
        assert_eq!(choose("Ben", &present, &past, &[]).as_deref(), Some("Dee"));
        // Dee took a duty today: Ana's turn.
        assert_eq!(
            choose("Ben", &present, &past, &[pair("Chen", "Dee")]).as_deref(),
            Some("Ana")
        );
        // Already paired today: the same buddy again.
        assert_eq!(
            choose("Chen", &present, &past, &[pair("Chen", "Ana")]).as_deref(),
            Some("Ana")
        );
        assert_eq!(choose("Ana", &names("Ana"), &past, &[]), None);
    }

    #[test]
    fn pairs_vary_when_the_load_is_even() {
        let present = names("Ana,Ben,Chen,Dee");
        let past = vec![
            vec![pair("Ana", "Ben"), pair("Chen", "Dee")],
            vec![pair("Ben", "Chen"), pair("Dee", "Ana")],
        ];
        // One duty each; Ana has been paired with Ben and with Dee, never with Chen.
        assert_eq!(choose("Ana", &present, &past, &[]).as_deref(), Some("Chen"));
    }
}
