//! Where notes live on disk, and how they are written: folders 0700, files 0600,
//! every write atomic (a temp file in the same folder, synced, then renamed over
//! the old one), so a crash leaves either the old file or the new one, never half.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;

/// Create a folder and its missing parents, private to this user (0700). A folder
/// that already exists is left as its owner set it: circle never changes the
/// permissions of something it did not create. A symbolic link is refused, so notes
/// never follow a link out of the data dir.
pub fn private_dir(dir: &Path) -> anyhow::Result<()> {
    refuse_link(dir)?;
    if dir.is_dir() {
        return Ok(());
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .with_context(|| crate::t!("err-cannot-create", path = dir.display().to_string()))?;
    }
    #[cfg(not(unix))]
    fs::create_dir_all(dir).with_context(|| crate::t!("err-cannot-create", path = dir.display().to_string()))?;
    Ok(())
}

/// An error when `path` is a symbolic link.
pub fn refuse_link(path: &Path) -> anyhow::Result<()> {
    if fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        anyhow::bail!(
            "{}",
            crate::t!(
                "err-store-symlink",
                path = crate::safe_text::printable(&path.display().to_string())
            )
        );
    }
    Ok(())
}

/// The folders inside the data dir that circle writes to: none may be a link (the
/// data dir itself may be one: it is where the person chose to keep their notes).
pub fn check_data_tree(data: &Path) -> anyhow::Result<()> {
    for dir in managed_dirs(data).iter().skip(1) {
        refuse_link(dir)?;
    }
    check_owner(data)
}

/// As ssh does with `~/.ssh`: a data dir that belongs to someone else is refused
/// (they could read or swap every note), and one that others may write in is
/// named in a warning (they could replace its files).
#[cfg(unix)]
fn check_owner(data: &Path) -> anyhow::Result<()> {
    use std::os::unix::fs::MetadataExt;
    let Ok(meta) = fs::metadata(data) else { return Ok(()) };
    let shown = || crate::safe_text::printable(&data.display().to_string());
    // SAFETY: geteuid(2) has no preconditions.
    let me = unsafe { libc::geteuid() };
    if meta.uid() != me {
        anyhow::bail!(
            "{}",
            crate::t!("err-store-not-yours", path = shown(), owner = meta.uid().to_string())
        );
    }
    let mode = meta.mode() & 0o7777;
    if mode & 0o022 != 0 {
        crate::safe_out::warn(&crate::t!(
            "err-store-writable",
            path = shown(),
            mode = format!("{mode:o}")
        ));
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_owner(_: &Path) -> anyhow::Result<()> {
    Ok(())
}

/// The data dir's own folders: itself, `sessions`, `groups`, and each group's folder
/// and `sessions` (links are listed, not followed, so the check above sees them).
fn managed_dirs(data: &Path) -> Vec<PathBuf> {
    let mut dirs = vec![data.to_path_buf(), data.join("sessions"), data.join("groups")];
    if !fs::symlink_metadata(data.join("groups")).is_ok_and(|m| m.is_dir()) {
        return dirs;
    }
    if let Ok(groups) = fs::read_dir(data.join("groups")) {
        for g in groups.flatten() {
            let path = g.path();
            let real_dir = g.file_type().is_ok_and(|t| t.is_dir());
            dirs.push(path.clone());
            if real_dir {
                dirs.push(path.join("sessions"));
            }
        }
    }
    dirs
}

/// How old a leftover temp file must be before it is removed: a save takes
/// milliseconds, so one this old belongs to no save in progress.
pub const STALE_TEMP_SECS: u64 = 30;

/// Remove `.circle-*.tmp` files that a save killed mid-way (kill -9, power loss) left
/// behind in the data dir's folders: they hold notes, and nothing reads them.
/// Returns how many were removed.
pub fn clean_stale_temps(data: &Path) -> usize {
    let now = std::time::SystemTime::now();
    let mut removed = 0;
    for dir in managed_dirs(data) {
        if !fs::symlink_metadata(&dir).is_ok_and(|m| m.is_dir()) {
            continue;
        }
        let Ok(entries) = fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if !(name.starts_with(".circle-") && name.ends_with(".tmp")) {
                continue;
            }
            let stale = entry
                .metadata()
                .ok()
                .filter(fs::Metadata::is_file)
                .and_then(|m| m.modified().ok())
                .and_then(|t| now.duration_since(t).ok())
                .is_some_and(|age| age.as_secs() >= STALE_TEMP_SECS);
            if stale && fs::remove_file(entry.path()).is_ok() {
                removed += 1;
            }
        }
    }
    removed
}

/// Write `contents` to `path` atomically, in a private folder, readable by this user only.
pub fn write_private(path: &Path, contents: &[u8]) -> anyhow::Result<()> {
    let dir = path.parent().with_context(|| crate::t!("err-store-no-folder"))?;
    private_dir(dir)?;
    write_atomic(path, contents)
}

/// Write `contents` to `path` by a rename (mode 0600, never through a link), not
/// synced: for a note nothing depends on after a power cut.
pub fn write_unsynced(path: &Path, contents: &[u8]) -> anyhow::Result<()> {
    replace(path, contents, false)
}

/// Write `contents` to `path` atomically (mode 0600), in a folder that exists.
pub fn write_atomic(path: &Path, contents: &[u8]) -> anyhow::Result<()> {
    replace(path, contents, true)
}

/// A temp file beside `path`, renamed over it; synced (file and folder) when
/// `durable`, so a crash leaves the old file or the new one, never half.
fn replace(path: &Path, contents: &[u8], durable: bool) -> anyhow::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    // tempfile creates the file 0600 on unix.
    let mut tmp = tempfile::Builder::new()
        .prefix(".circle-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| folder_error(e, dir))
        .with_context(|| crate::t!("err-cannot-write-in", path = dir.display().to_string()))?;
    tmp.write_all(contents)
        .and_then(|()| if durable { tmp.as_file().sync_all() } else { Ok(()) })
        .with_context(|| crate::t!("err-cannot-write", path = path.display().to_string()))?;
    tmp.persist(path)
        .map_err(|e| e.error)
        .with_context(|| crate::t!("err-cannot-save", path = path.display().to_string()))?;
    // Make the rename itself durable.
    if durable && let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// tempfile names its own temporary file in an error ("… at path …/.circle-x1y2.tmp");
/// the person needs the system's reason about the folder they named, in their
/// language. Asking the system about the folder gives it for the usual cases (no
/// such folder, not a folder); otherwise tempfile's words without its path.
fn folder_error(e: std::io::Error, dir: &Path) -> std::io::Error {
    let clean = match fs::metadata(dir) {
        Err(m) => m,
        Ok(m) if !m.is_dir() => std::io::Error::from(std::io::ErrorKind::NotADirectory),
        Ok(_) => {
            let text = e.to_string();
            let reason = text.split(" at path ").next().unwrap_or(&text).to_string();
            std::io::Error::new(e.kind(), reason)
        }
    };
    std::io::Error::new(clean.kind(), crate::safe_read::io_words(&clean))
}

/// A file-name-safe form of a name: lowercase letters, digits and dashes, at most
/// 48 characters, never empty, never `.` or `..`. Whatever the name, the slug is one
/// plain path component, so no name can reach outside the data dir.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
        if out.len() >= 48 {
            break;
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() { "group".to_string() } else { out }
}

/// The `.toml` files in a folder, sorted by name (none when it does not exist):
/// records that are one file each, read in the order their names give.
pub fn toml_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_one_safe_component() {
        assert_eq!(slug("Tuesday Circle"), "tuesday-circle");
        assert_eq!(slug("../../x"), "x");
        assert_eq!(slug("..."), "group");
        assert_eq!(slug("/etc/passwd"), "etc-passwd");
        assert_eq!(slug("Zoë's group!"), "zo-s-group");
        assert_eq!(slug(&"a".repeat(10_000)).len(), 48);
        assert_eq!(slug("\u{1b}[2J"), "2j");
    }

    #[cfg(unix)]
    #[test]
    fn writes_are_private_and_replace_whole_files() {
        use std::os::unix::fs::PermissionsExt;
        let home = tempfile::tempdir().unwrap();
        let file = home.path().join("a/b/notes.md");
        write_private(&file, b"first").unwrap();
        write_private(&file, b"second").unwrap();
        assert_eq!(fs::read_to_string(&file).unwrap(), "second");
        assert_eq!(fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o600);
        let dir = home.path().join("a/b");
        assert_eq!(fs::metadata(&dir).unwrap().permissions().mode() & 0o777, 0o700);
        let leftovers: Vec<_> = fs::read_dir(&dir).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no temp files left behind");
    }
}
