//! `circle group share | join | sync`: a group's memory travels between laptops
//! through a git repository. Every change is a new file (see `notes/changes.rs`),
//! so a pull merges without a conflict; only the group's own folder is ever in the
//! repository, and what stays on one laptop (journals, private notes, locks) is
//! kept out of it by its `.gitignore`.

use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::CliError;
use super::git::git;
use crate::journal::writer::holder;
use crate::memory::GroupDir;
use crate::safe_text::printable;

/// What never leaves this laptop.
const IGNORED: &str = "# circle: these stay on this laptop and never travel with the group.
*.journal
*.journal.*
*.private.md
*.tmp
.lock
*.offered
*.error.txt
unsaved-*
backup-before-v3/
";

/// `circle group share NAME --git URL`: make the group's folder a repository (if
/// it is not one), commit what it holds and push it.
pub fn share(data: &Path, name: &str, url: &str, out: &mut dyn Write) -> Result<(), CliError> {
    let dir = GroupDir::new(data, name);
    let group = dir.load(name)?;
    refuse_live(&dir)?;
    let _lock = dir.lock()?;
    dir.migrate()?;
    if !dir.path.join(".git").exists() {
        git(&dir.path, &["init", "-q", "-b", "main"])?;
    }
    crate::store::write_private(&dir.path.join(".gitignore"), IGNORED.as_bytes())?;
    commit(&dir, &crate::t!("cmd-sync-commit", name = group.name.as_str()))?;
    refuse_another_group(&dir, url)?;
    let has_origin = git(&dir.path, &["remote"])?.stdout.lines().any(|r| r == "origin");
    if has_origin {
        git(&dir.path, &["remote", "set-url", "origin", url])?;
    } else {
        git(&dir.path, &["remote", "add", "origin", url])?;
    }
    git(&dir.path, &["push", "-q", "-u", "origin", "HEAD"])?;
    writeln!(
        out,
        "{}",
        crate::t!("cmd-share-done", name = printable(&group.name), url = printable(url))
    )?;
    Ok(())
}

/// A repository that already holds another group's memory (a history with no
/// commit in common with this group's) is not this group's to push into: git
/// would only say "rejected", and a forced push would lose the other group.
fn refuse_another_group(dir: &GroupDir, url: &str) -> Result<(), CliError> {
    let heads = git(&dir.path, &["ls-remote", "--heads", url])?.stdout;
    let Some(branch) = heads
        .lines()
        .find_map(|l| l.split_once('\t').map(|(_, r)| r.to_string()))
    else {
        return Ok(()); // empty: the first share
    };
    git(&dir.path, &["fetch", "-q", url, &branch])?;
    if git(&dir.path, &["merge-base", "HEAD", "FETCH_HEAD"]).is_ok() {
        return Ok(()); // this group, shared before (from here or another laptop)
    }
    let theirs = git(&dir.path, &["show", "FETCH_HEAD:group.toml"])
        .ok()
        .and_then(|said| crate::memory::group::parse_group(&said.stdout).ok())
        .map(|g| g.name)
        .unwrap_or_default();
    Err(CliError::BadInput(crate::t!(
        "cmd-share-other-group",
        url = printable(url),
        other = printable(&theirs)
    )))
}

/// `circle group join URL`: bring a shared group onto this laptop.
pub fn join(data: &Path, url: &str, out: &mut dyn Write) -> Result<(), CliError> {
    let groups = data.join("groups");
    crate::store::private_dir(&groups)?;
    let landing = groups.join(format!(".joining-{}", crate::memory::fresh::hex(4)));
    let landing_name = landing
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    git(&groups, &["clone", "-q", url, &landing_name])?;
    let cleanup = |e: CliError| {
        let _ = std::fs::remove_dir_all(&landing);
        e
    };
    // A bare repository whose HEAD names another branch than the one pushed
    // clones empty: check out the branch the group was pushed to.
    if git(&landing, &["rev-parse", "--verify", "-q", "HEAD"]).is_err() {
        let branches = git(&landing, &["branch", "-r"]).map_err(cleanup)?.stdout;
        let Some(remote) = branches.lines().map(str::trim).find(|b| !b.contains("->")) else {
            return Err(cleanup(CliError::BadInput(crate::t!(
                "cmd-join-empty",
                url = printable(url)
            ))));
        };
        let remote = remote.to_string();
        let local = remote.trim_start_matches("origin/").to_string();
        git(&landing, &["checkout", "-q", "-b", &local, &remote]).map_err(cleanup)?;
    }
    let text = crate::safe_read::read_regular_text(&landing.join("group.toml"), crate::safe_read::SMALL_FILE_CAP)
        .map_err(|e| cleanup(CliError::BadInput(e.to_string())))?;
    let group = crate::memory::group::parse_group(&text)
        .map_err(|e| cleanup(CliError::BadInput(e.in_file(&landing.join("group.toml")))))?;
    let dir = GroupDir::new(data, &group.name);
    if dir.path.exists() {
        return Err(cleanup(CliError::BadInput(crate::t!(
            "cmd-join-exists",
            name = printable(&group.name),
            path = dir.path.display().to_string()
        ))));
    }
    std::fs::rename(&landing, &dir.path).map_err(|e| cleanup(e.into()))?;
    private_tree(&dir.path);
    let group = dir.load(&group.name)?;
    writeln!(
        out,
        "{}",
        crate::t!(
            "cmd-join-done",
            name = printable(&group.name),
            members = printable(&group.members().join(", "))
        )
    )?;
    Ok(())
}

/// `circle group sync [NAME]`: commit what is new here, pull what is new there,
/// push; and say what came in. Without a name, every group that has a remote.
pub fn sync(data: &Path, name: Option<&str>, out: &mut dyn Write) -> Result<(), CliError> {
    let dirs: Vec<(String, GroupDir)> = match name {
        Some(n) => {
            let dir = GroupDir::new(data, n);
            let g = dir.load(n)?;
            if !dir.path.join(".git").exists() {
                return Err(CliError::BadInput(crate::t!(
                    "cmd-sync-not-shared",
                    name = printable(&g.name),
                    quoted = crate::safe_text::shell_quoted(&g.name)
                )));
            }
            vec![(g.name, dir)]
        }
        None => crate::memory::group_dir::list(data)
            .into_iter()
            .filter(|(_, d)| d.path.join(".git").exists())
            .map(|(g, d)| (g.name, d))
            .collect(),
    };
    for (name, dir) in dirs {
        let (sent, came) = sync_both_ways(&dir, &name)?;
        if let Some(sent) = sent_out(&name, &sent) {
            writeln!(out, "{sent}")?;
        }
        writeln!(out, "{}", came_in(&name, &came))?;
    }
    Ok(())
}

/// Sync one group; what the pull brought, as the files that are new here.
pub fn sync_one(dir: &GroupDir, name: &str) -> Result<BTreeSet<PathBuf>, CliError> {
    sync_both_ways(dir, name).map(|(_, came)| came)
}

/// Sync one group: (the files this laptop sent, the files that came in).
fn sync_both_ways(dir: &GroupDir, name: &str) -> Result<(BTreeSet<PathBuf>, BTreeSet<PathBuf>), CliError> {
    refuse_live(dir)?;
    let _lock = dir.lock()?;
    dir.migrate()?;
    crate::store::write_private(&dir.path.join(".gitignore"), IGNORED.as_bytes())?;
    let mut sent = unpushed(dir);
    if commit(dir, &crate::t!("cmd-sync-commit", name = name))? {
        sent.extend(new_since(dir));
    }
    let before = tracked(dir)?;
    let branch = git(&dir.path, &["rev-parse", "--abbrev-ref", "HEAD"])?
        .stdout
        .trim()
        .to_string();
    // A merge, never a rebase: every file is new on one side only, so it merges.
    git(
        &dir.path,
        &["pull", "-q", "--no-rebase", "--no-edit", "origin", &branch],
    )?;
    git(&dir.path, &["push", "-q", "origin", &format!("HEAD:{branch}")])?;
    private_tree(&dir.path);
    let after = tracked(dir)?;
    Ok((sent, after.difference(&before).cloned().collect()))
}

/// Files in commits the remote has not got yet (from an earlier sync that could
/// not push).
fn unpushed(dir: &GroupDir) -> BTreeSet<PathBuf> {
    listed(dir, &["log", "--name-only", "--format=", "@{upstream}..HEAD"])
}

/// Files added by the commit just made, if one was.
fn new_since(dir: &GroupDir) -> BTreeSet<PathBuf> {
    listed(
        dir,
        &[
            "diff-tree",
            "--no-commit-id",
            "--name-only",
            "-r",
            "--diff-filter=A",
            "HEAD",
        ],
    )
}

/// The files a git command lists, one a line; none when git has no answer (no
/// upstream yet): what was sent is only said, never a reason to fail.
fn listed(dir: &GroupDir, args: &[&str]) -> BTreeSet<PathBuf> {
    git(&dir.path, args)
        .map(|s| s.stdout.lines().filter(|l| !l.is_empty()).map(PathBuf::from).collect())
        .unwrap_or_default()
}

/// "Sent: 1 meeting, 5 changes to the group and 2 marks" (`None` when nothing).
fn sent_out(name: &str, files: &BTreeSet<PathBuf>) -> Option<String> {
    let (meetings, changes, marks) = counts(files);
    (meetings + changes + marks > 0).then(|| {
        crate::t!(
            "cmd-sync-sent",
            name = printable(name),
            meetings = meetings,
            changes = changes,
            marks = marks
        )
    })
}

/// Meetings (records), changes to the group, and marks among these files.
fn counts(files: &BTreeSet<PathBuf>) -> (usize, usize, usize) {
    let under = |folder: &str| files.iter().filter(|f| f.starts_with(folder)).count();
    let meetings = files
        .iter()
        .filter(|f| f.starts_with("sessions") && f.extension().is_some_and(|x| x == "toml"))
        .count();
    (meetings, under("changes"), under("marks"))
}

/// "2 meetings, 1 new member, 3 marks from the other laptop".
pub fn came_in(name: &str, files: &BTreeSet<PathBuf>) -> String {
    let (meetings, changes, marks) = counts(files);
    if meetings + changes + marks == 0 {
        return crate::t!("cmd-sync-nothing", name = printable(name));
    }
    crate::t!(
        "cmd-sync-came",
        name = printable(name),
        meetings = meetings,
        changes = changes,
        marks = marks
    )
}

/// Commit what is new; whether there was anything.
fn commit(dir: &GroupDir, message: &str) -> Result<bool, CliError> {
    git(&dir.path, &["add", "-A", "."])?;
    let staged = git(&dir.path, &["status", "--porcelain"])?;
    if staged.stdout.trim().is_empty() {
        return Ok(false);
    }
    git(&dir.path, &["commit", "-q", "-m", message])?;
    Ok(true)
}

fn tracked(dir: &GroupDir) -> Result<BTreeSet<PathBuf>, CliError> {
    Ok(git(&dir.path, &["ls-files"])?
        .stdout
        .lines()
        .map(PathBuf::from)
        .collect())
}

/// A meeting of this group open here is never synced under it.
fn refuse_live(dir: &GroupDir) -> Result<(), CliError> {
    let live = std::fs::read_dir(dir.sessions())
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "journal"))
        .filter_map(|p| holder(&p))
        // A meeting open elsewhere has its pid beside its journal; a lock without
        // one is a journal closed already (this process's own meeting, just ended).
        .find(|by| by.pid.is_some_and(|pid| pid != std::process::id()));
    match live {
        Some(by) => Err(CliError::BadInput(crate::t!("cmd-sync-live", by = by.to_string()))),
        None => Ok(()),
    }
}

/// What git wrote (0644 files, 0755 folders) made private like every file circle
/// keeps: 0600 files, 0700 folders.
fn private_tree(root: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mut stack = vec![root.to_path_buf()];
        while let Some(dir) = stack.pop() {
            let _ = std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700));
            for e in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let p = e.path();
                match e.file_type() {
                    Ok(t) if t.is_dir() => stack.push(p),
                    Ok(t) if t.is_file() => {
                        let _ = std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o600));
                    }
                    _ => {}
                }
            }
        }
    }
}
