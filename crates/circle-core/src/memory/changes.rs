//! A group's memory as small records that merge by themselves. `group.toml` is
//! written once, when the group is made (or moved to this layout); every later
//! change (a member joins, is renamed or leaves, a norm is adopted, the programme
//! or a setting changes) is a new file of its own in `changes/`, named by the time
//! it was made and a random suffix. The group as it stands is `group.toml` with
//! every change applied in the order of their names.
//!
//! So two laptops, or a synced folder, never rewrite the same file: git merges
//! them without a conflict, and a folder synced newest-wins loses nothing. Where
//! two laptops disagree (both renamed Ana), the later change wins; two changes made
//! in the same millisecond are ordered by their random suffix, the same on every
//! laptop. Adding a norm twice keeps it once.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::dates::every::Every;
use crate::memory::group::{Group, Member};
use crate::plan::same_name;

/// One change to a group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "change", rename_all = "kebab-case")]
pub enum Change {
    Join {
        id: String,
        name: String,
    },
    Rename {
        id: String,
        name: String,
    },
    Leave {
        id: String,
        on: NaiveDate,
    },
    Return {
        id: String,
    },
    /// A setting: protocol, length, every, meetings, facilitator (`None` clears it).
    Set {
        key: String,
        value: Option<String>,
    },
    NormAdd {
        norm: String,
    },
    NormReplace {
        old: String,
        norm: String,
    },
    NormRemove {
        norm: String,
    },
}

/// The changes that turn `old` into `new`, in an order that replays to it.
pub fn diff(old: &Group, new: &Group) -> Vec<Change> {
    let mut out = Vec::new();
    for m in &new.roster {
        match old.by_id(&m.id) {
            None => {
                out.push(Change::Join {
                    id: m.id.clone(),
                    name: m.name.clone(),
                });
                if let Some(on) = m.left {
                    out.push(Change::Leave { id: m.id.clone(), on });
                }
            }
            Some(before) => {
                if before.name != m.name {
                    out.push(Change::Rename {
                        id: m.id.clone(),
                        name: m.name.clone(),
                    });
                }
                match (before.left, m.left) {
                    (None, Some(on)) => out.push(Change::Leave { id: m.id.clone(), on }),
                    (Some(_), None) => out.push(Change::Return { id: m.id.clone() }),
                    _ => {}
                }
            }
        }
    }
    let set = |key: &str, a: Option<String>, b: Option<String>, out: &mut Vec<Change>| {
        if a != b {
            out.push(Change::Set {
                key: key.to_string(),
                value: b,
            });
        }
    };
    set("protocol", old.protocol.clone(), new.protocol.clone(), &mut out);
    set("length", old.length.clone(), new.length.clone(), &mut out);
    set(
        "every",
        Some(old.every.to_string()),
        Some(new.every.to_string()),
        &mut out,
    );
    set(
        "meetings",
        old.meetings.map(|n| n.to_string()),
        new.meetings.map(|n| n.to_string()),
        &mut out,
    );
    set(
        "facilitator",
        old.facilitator.clone(),
        new.facilitator.clone(),
        &mut out,
    );
    out.extend(norm_changes(old.norms.as_deref(), new.norms.as_deref()));
    out
}

/// Norms as operations (replace, add, remove), so two laptops that each adopt a
/// norm both keep theirs.
fn norm_changes(old: Option<&[String]>, new: Option<&[String]>) -> Vec<Change> {
    let (old, new) = (old.unwrap_or_default(), new.unwrap_or_default());
    let mut out = Vec::new();
    for (i, n) in new.iter().enumerate() {
        if old.contains(n) {
            continue;
        }
        match old.get(i).filter(|o| !new.contains(o)) {
            Some(o) => out.push(Change::NormReplace {
                old: o.clone(),
                norm: n.clone(),
            }),
            None => out.push(Change::NormAdd { norm: n.clone() }),
        }
    }
    let replaced: Vec<String> = out
        .iter()
        .filter_map(|c| match c {
            Change::NormReplace { old, .. } => Some(old.clone()),
            _ => None,
        })
        .collect();
    for o in old {
        if !new.contains(o) && !replaced.contains(o) {
            out.push(Change::NormRemove { norm: o.clone() });
        }
    }
    out
}

/// Apply one change. A change about a member this laptop has not heard of yet,
/// or a norm already gone, changes nothing: it cannot lose anything either.
pub fn apply(g: &mut Group, change: &Change) {
    match change {
        Change::Join { id, name } => {
            if g.by_id(id).is_some() {
                return;
            }
            // Two laptops that each added "Gil" added one person: the second id
            // becomes another id of the member who joined by that name. A name
            // that is taken otherwise (someone renamed to it) is told apart.
            let same = g
                .roster
                .iter_mut()
                .find(|m| m.left.is_none() && same_name(&m.name, name));
            match same {
                Some(m) if m.former.is_empty() => m.aliases.push(id.clone()),
                _ => {
                    let name = free_name(g, name, id);
                    g.roster.push(Member {
                        id: id.clone(),
                        name,
                        former: Vec::new(),
                        left: None,
                        aliases: Vec::new(),
                    });
                }
            }
        }
        Change::Rename { id, name } => {
            let name = free_name(g, name, id);
            if let Some(m) = member_mut(g, id)
                && m.name != name
            {
                let old = std::mem::replace(&mut m.name, name);
                if !m.former.iter().any(|f| same_name(f, &old)) {
                    m.former.push(old);
                }
            }
        }
        Change::Leave { id, on } => {
            if let Some(m) = member_mut(g, id) {
                m.left = Some(*on);
            }
        }
        Change::Return { id } => {
            if let Some(m) = member_mut(g, id) {
                m.left = None;
            }
        }
        Change::Set { key, value } => set(g, key, value.clone()),
        Change::NormAdd { norm } => {
            let list = g.norms.get_or_insert_with(Vec::new);
            if !list.contains(norm) {
                list.push(norm.clone());
            }
        }
        Change::NormReplace { old, norm } => {
            let list = g.norms.get_or_insert_with(Vec::new);
            match list.iter().position(|n| n == old) {
                Some(i) if !list.contains(norm) => list[i] = norm.clone(),
                Some(_) => {}
                None if !list.contains(norm) => list.push(norm.clone()),
                None => {}
            }
        }
        Change::NormRemove { norm } => {
            if let Some(list) = &mut g.norms {
                list.retain(|n| n != norm);
            }
        }
    }
}

fn member_mut<'a>(g: &'a mut Group, id: &str) -> Option<&'a mut Member> {
    g.roster
        .iter_mut()
        .find(|m| m.id == id || m.aliases.iter().any(|a| a == id))
}

/// `name`, or "name (2)", "name (3)"… when another current member (not `id`) has
/// it: two laptops' changes that meet never leave two members of one name.
fn free_name(g: &Group, name: &str, id: &str) -> String {
    let taken = |n: &str| {
        g.current()
            .any(|m| m.id != id && !m.aliases.iter().any(|a| a == id) && same_name(&m.name, n))
    };
    if !taken(name) {
        return name.to_string();
    }
    (2..)
        .map(|k| format!("{name} ({k})"))
        .find(|n| !taken(n))
        .unwrap_or_else(|| name.to_string())
}

fn set(g: &mut Group, key: &str, value: Option<String>) {
    match key {
        "protocol" => g.protocol = value,
        "length" => g.length = value,
        "every" => {
            if let Some(e) = value.as_deref().and_then(|v| Every::parse(v).ok()) {
                g.every = e;
            }
        }
        "meetings" => g.meetings = value.and_then(|v| v.parse().ok()),
        "facilitator" => g.facilitator = value,
        // A setting from a newer circle: left for it.
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group(names: &[&str]) -> Group {
        let names: Vec<String> = names.iter().map(|s| s.to_string()).collect();
        Group::new("G".into(), &names, Every::Months(1))
    }

    #[test]
    fn a_diff_replays_to_what_was_saved() {
        let old = group(&["Ana", "Ben", "Chen"]);
        let mut new = old.clone();
        new.add("Dee");
        new.roster[0].name = "Anna".into();
        new.roster[0].former.push("Ana".into());
        new.roster[2].left = NaiveDate::from_ymd_opt(2026, 3, 1);
        new.meetings = Some(6);
        new.norms = Some(vec!["Phones away".into()]);
        let mut replayed = old.clone();
        for c in diff(&old, &new) {
            apply(&mut replayed, &c);
        }
        assert_eq!(replayed, new);
        assert!(diff(&new, &replayed).is_empty());
    }

    #[test]
    fn two_laptops_changes_both_survive_in_either_order() {
        let base = group(&["Ana", "Ben"]);
        let mut a = base.clone();
        a.add("Chen");
        a.norms = Some(vec!["Cameras on".into()]);
        let mut b = base.clone();
        b.add("Dee");
        b.norms = Some(vec!["Start on time".into()]);
        let (da, db) = (diff(&base, &a), diff(&base, &b));
        let merged = |first: &[Change], second: &[Change]| {
            let mut g = base.clone();
            for c in first.iter().chain(second) {
                apply(&mut g, c);
            }
            g
        };
        for g in [merged(&da, &db), merged(&db, &da)] {
            assert_eq!(g.members().len(), 4, "{:?}", g.members());
            let norms = g.norms.clone().unwrap();
            assert!(norms.contains(&"Cameras on".to_string()) && norms.contains(&"Start on time".to_string()));
        }
        assert_ne!(a.roster[2].id, b.roster[2].id, "ids made on two laptops differ");
    }

    #[test]
    fn two_laptops_never_leave_two_members_of_one_name() {
        let base = group(&["Ana", "Ben", "Chen"]);
        // Both add Gil; A renames Ben to Zed while B adds a Zed.
        let mut a = base.clone();
        a.add("Gil");
        a.roster[1].name = "Zed".into();
        a.roster[1].former.push("Ben".into());
        let mut b = base.clone();
        b.add("Gil");
        b.add("Zed");
        let (da, db) = (diff(&base, &a), diff(&base, &b));
        for (first, second) in [(&da, &db), (&db, &da)] {
            let mut g = base.clone();
            for c in first.iter().chain(second.iter()) {
                apply(&mut g, c);
            }
            let names = g.members();
            assert_eq!(names.iter().filter(|n| *n == "Gil").count(), 1, "{names:?}");
            assert!(crate::plan::check_members_plain(&names).is_empty(), "{names:?}");
            // Both of Gil's ids find him: records made on either laptop are his.
            let gil = |id: &str| g.by_id(id).map(|m| m.name.clone());
            assert_eq!(gil(&a.roster[3].id).as_deref(), Some("Gil"));
            assert_eq!(gil(&b.roster[3].id).as_deref(), Some("Gil"));
            // Ben-now-Zed and the new Zed stay two people with two names.
            assert_eq!(names.iter().filter(|n| n.starts_with("Zed")).count(), 2, "{names:?}");
        }
    }
}
