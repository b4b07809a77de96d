//! Where notes live on disk, and how they are written: folders 0700, files 0600,
//! every write atomic (a temp file in the same folder, synced, then renamed over
//! the old one), so a crash leaves either the old file or the new one, never half.

use std::fs;
use std::io::Write;
use std::path::Path;

use anyhow::Context;

/// Create a folder and its missing parents, private to this user.
pub fn private_dir(dir: &Path) -> anyhow::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
        if !dir.exists() {
            fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(dir)
                .with_context(|| format!("cannot create {}", dir.display()))?;
        }
        // A folder made earlier by hand may be wider open: close it.
        let mode = fs::metadata(dir)?.permissions().mode() & 0o777;
        if mode != 0o700 {
            fs::set_permissions(dir, fs::Permissions::from_mode(0o700))
                .with_context(|| format!("cannot make {} private", dir.display()))?;
        }
    }
    #[cfg(not(unix))]
    fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    Ok(())
}

/// Write `contents` to `path` atomically, in a private folder, readable by this user only.
pub fn write_private(path: &Path, contents: &[u8]) -> anyhow::Result<()> {
    let dir = path.parent().context("a file needs a folder")?;
    private_dir(dir)?;
    write_atomic(path, contents)
}

/// Write `contents` to `path` atomically (mode 0600), in a folder that exists.
pub fn write_atomic(path: &Path, contents: &[u8]) -> anyhow::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    // tempfile creates the file 0600 on unix.
    let mut tmp = tempfile::Builder::new()
        .prefix(".circle-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .with_context(|| format!("cannot write in {}", dir.display()))?;
    tmp.write_all(contents)
        .and_then(|()| tmp.as_file().sync_all())
        .with_context(|| format!("cannot write {}", path.display()))?;
    tmp.persist(path)
        .map_err(|e| e.error)
        .with_context(|| format!("cannot save {}", path.display()))?;
    // Make the rename itself durable.
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
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
