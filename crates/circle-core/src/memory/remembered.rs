//! A group that meets at one laptop is remembered without ceremony: the names
//! typed on the setup screen become a group (or find the one they already are),
//! so the next meeting has its report-back, its fair rotation and its history.
//!
//! The rule, said the same in the README: typed names belong to a known group when
//! every one of them is a current member of it and they are at least half of its
//! members (the others are away today). Of several such groups, the one with the
//! fewest away wins, then the one that met most recently (a group that never met
//! comes after every one that did). Otherwise a new group is made, named after its
//! members.

use std::path::Path;

use crate::dates::every::Every;
use crate::memory::group::{self, Group, GroupError};
use crate::memory::group_dir::{self, GroupDir};
use crate::plan::same_name;

/// The group typed names were found in, or made into.
#[derive(Debug, Clone)]
pub struct Found {
    pub group: Group,
    pub dir: GroupDir,
    /// Members of the group who were not typed: away today.
    pub absent: Vec<String>,
    /// True when the group was made just now.
    pub new: bool,
}

/// Every readable group, the one that met most recently first (by its newest
/// meeting record); groups that never met after, the newest made first.
pub fn by_last_met(data_dir: &Path) -> Vec<(Group, GroupDir)> {
    let mut groups: Vec<(LastMet, (Group, GroupDir))> = group_dir::list(data_dir)
        .into_iter()
        .map(|(g, d)| (last_met(&d), (g, d)))
        .collect();
    groups.sort_by_key(|g| std::cmp::Reverse(g.0));
    groups.into_iter().map(|(_, g)| g).collect()
}

/// (has met, when): a group that met sorts before one that never did.
type LastMet = (bool, std::time::SystemTime);

fn last_met(dir: &GroupDir) -> LastMet {
    let modified = |p: &Path| std::fs::symlink_metadata(p).and_then(|m| m.modified()).ok();
    let newest = crate::store::toml_files(&dir.sessions())
        .iter()
        .filter_map(|p| modified(p))
        .max();
    match newest {
        Some(t) => (true, t),
        None => (false, modified(&dir.file()).unwrap_or(std::time::UNIX_EPOCH)),
    }
}

/// The known group these names belong to, by the rule above.
pub fn matching<'a>(groups: &'a [(Group, GroupDir)], names: &[String]) -> Option<&'a (Group, GroupDir)> {
    groups
        .iter()
        .filter(|(g, _)| {
            let members = g.members();
            !names.is_empty()
                && names.iter().all(|n| members.iter().any(|m| same_name(m, n)))
                && names.len() * 2 >= members.len()
        })
        // Fewest away first; `groups` is in the order they last met, and
        // `min_by_key` keeps the first of equals.
        .min_by_key(|(g, _)| g.members().len() - names.len())
}

/// A name for a new group made of these members: their names, shortened when long
/// ("Ana, Ben, Chen and 9 more"), and numbered when a group of that name exists.
pub fn name_for(names: &[String], taken: &[(Group, GroupDir)]) -> String {
    let mut base = names.join(", ");
    let mut shown = names.len();
    while base.chars().count() > 60 && shown > 1 {
        shown -= 1;
        base = crate::t!(
            "remembered-name-more",
            names = names[..shown].join(", "),
            more = names.len() - shown
        );
    }
    let base: String = base.chars().take(group::MAX_NAME).collect();
    let free = |n: &str| !taken.iter().any(|(g, _)| same_name(&g.name, n));
    if free(&base) {
        return base;
    }
    (2..).map(|k| format!("{base} ({k})")).find(|n| free(n)).unwrap_or(base)
}

/// Find the group these names belong to, or make one (on disk, 0600) that keeps
/// this protocol and its norms.
pub fn find_or_make(
    data_dir: &Path,
    names: &[String],
    protocol: &crate::protocol::Protocol,
) -> Result<Found, GroupError> {
    let groups = by_last_met(data_dir);
    if let Some((g, d)) = matching(&groups, names) {
        let absent = g
            .members()
            .into_iter()
            .filter(|m| !names.iter().any(|n| same_name(m, n)))
            .collect();
        return Ok(Found {
            group: g.clone(),
            dir: d.clone(),
            absent,
            new: false,
        });
    }
    group::check_roster(names)?;
    let name = name_for(names, &groups);
    group::check_name(&name)?;
    let mut g = Group::new(name.clone(), names, Every::Months(1));
    g.protocol = Some(protocol.id.clone());
    g.norms = Some(protocol.norms.clone());
    let dir = GroupDir::new(data_dir, &name);
    dir.save(&g).map_err(GroupError::Io)?;
    Ok(Found {
        group: g,
        dir,
        absent: Vec::new(),
        new: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(s: &str) -> Vec<String> {
        s.split(',').map(|n| n.trim().to_string()).collect()
    }

    fn group(name: &str, members: &str) -> (Group, GroupDir) {
        let g = Group::new(name.into(), &names(members), Every::Months(1));
        let d = GroupDir {
            path: std::path::PathBuf::from("/nowhere").join(name),
        };
        (g, d)
    }

    #[test]
    fn the_same_names_in_any_order_or_case_are_the_same_group() {
        let groups = vec![group("A", "Ana, Ben, Chen, Dee, Eve")];
        assert!(matching(&groups, &names("eve, Dee, chen, Ben, ANA")).is_some());
        // Three of five: the others are away.
        assert!(matching(&groups, &names("Ana, Ben, Chen")).is_some());
        // Two of five is not enough to claim the group; a stranger never belongs.
        assert!(matching(&groups, &names("Ana, Ben")).is_none());
        assert!(matching(&groups, &names("Ana, Ben, Chen, Zed")).is_none());
    }

    #[test]
    fn the_closest_then_most_recent_group_wins_and_names_are_numbered() {
        let groups = vec![group("new", "Ana, Ben, Chen"), group("old", "Ana, Ben, Chen, Dee")];
        assert_eq!(matching(&groups, &names("Ana, Ben, Chen")).unwrap().0.name, "new");
        // Nobody away beats a more recent group with someone away.
        let groups = vec![group("recent", "Ana, Ben, Chen, Eve"), group("exact", "Ana, Ben, Chen")];
        assert_eq!(matching(&groups, &names("Ana, Ben, Chen")).unwrap().0.name, "exact");
        // Equally close: the one listed first (the one that met last).
        let groups = vec![
            group("met", "Ana, Ben, Chen, Dee"),
            group("never", "Ana, Ben, Chen, Eve"),
        ];
        assert_eq!(matching(&groups, &names("Ana, Ben, Chen")).unwrap().0.name, "met");
        let taken = vec![group("Ana, Ben", "Ana, Ben")];
        assert_eq!(name_for(&names("Ana, Ben"), &taken), "Ana, Ben (2)");
        let many: Vec<String> = (1..=12).map(|i| format!("Member{i}")).collect();
        let long = name_for(&many, &[]);
        assert!(long.chars().count() <= 80, "{long}");
        assert!(long.starts_with("Member1, Member2"), "{long}");
    }
}
