//! The group's own norms. A note typed in the norms phase proposes one: "Phones
//! away" adds a norm, "2: Cameras on" changes the second. The group adopts a
//! proposal with a key; the change is kept in the record and in `group.toml`.

use crate::record::NormChange;

/// What a proposal typed as `text` would do to `norms`.
pub fn proposal(text: &str, norms: &[String]) -> NormChange {
    let text = text.trim();
    if let Some((n, rest)) = text.split_once([':', '='])
        && let Ok(n) = n.trim().trim_start_matches('#').parse::<usize>()
        && let Some(old) = n.checked_sub(1).and_then(|i| norms.get(i))
        && !rest.trim().is_empty()
    {
        return NormChange {
            replaces: Some(old.clone()),
            norm: rest.trim().to_string(),
        };
    }
    NormChange {
        replaces: None,
        norm: text.to_string(),
    }
}

/// The norm a proposal words, without a leading "2:" that says which it changes.
pub fn wording(text: &str) -> &str {
    let t = text.trim();
    match t.split_once([':', '=']) {
        Some((n, rest)) if n.trim().trim_start_matches('#').parse::<usize>().is_ok() && !rest.trim().is_empty() => {
            rest.trim()
        }
        _ => t,
    }
}

/// Apply a change; applying it twice changes nothing the second time.
pub fn apply(norms: &mut Vec<String>, change: &NormChange) {
    if norms.contains(&change.norm) {
        return;
    }
    match change
        .replaces
        .as_ref()
        .and_then(|old| norms.iter().position(|n| n == old))
    {
        Some(i) => norms[i] = change.norm.clone(),
        None => norms.push(change.norm.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms() -> Vec<String> {
        vec!["Confidential".into(), "Phones away".into()]
    }

    #[test]
    fn a_numbered_proposal_changes_that_norm_and_others_add_one() {
        let mut n = norms();
        let change = proposal("2: Phones face down", &n);
        assert_eq!(change.replaces.as_deref(), Some("Phones away"));
        apply(&mut n, &change);
        apply(&mut n, &change);
        assert_eq!(n, vec!["Confidential", "Phones face down"]);
        let add = proposal("Start on time", &n);
        assert_eq!(add.replaces, None);
        apply(&mut n, &add);
        assert_eq!(n.len(), 3);
        // A number that names no norm is just text.
        assert_eq!(proposal("9: Be kind", &n).replaces, None);
    }
}
