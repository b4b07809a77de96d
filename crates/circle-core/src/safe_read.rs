//! Reading a file someone else may have chosen: only a regular file, opened without
//! blocking (a FIFO given as a protocol must not hang circle), and only up to a size
//! cap (`/dev/zero` or a huge file must not eat memory).

use std::fs::File;
use std::io::Read;
use std::path::Path;

/// The most a protocol, roster, group or config file may hold.
pub const SMALL_FILE_CAP: u64 = 1024 * 1024;
/// The most a meeting's journal may hold (it carries the protocol's text and every note).
pub const JOURNAL_CAP: u64 = 64 * 1024 * 1024;
/// The most a meeting's record may hold: its notes (a meeting takes at most
/// `MAX_MEETING_NOTES_BYTES` of them), again as commitments, escaped.
pub const RECORD_CAP: u64 = 16 * 1024 * 1024;

/// Why a file could not be read; the message names the file and what to do.
#[derive(Debug)]
pub enum ReadError {
    Io {
        path: String,
        source: std::io::Error,
    },
    /// `kind` is already in words, in the language of the moment: "a folder".
    NotRegular {
        path: String,
        kind: String,
    },
    TooLarge {
        path: String,
        size: u64,
        cap: u64,
    },
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Io { path, source } => write!(f, "{path}: {}", cannot_read(source)),
            ReadError::NotRegular { path, kind } => {
                write!(f, "{path}: {}", crate::t!("err-read-not-regular", kind = kind.as_str()))
            }
            ReadError::TooLarge { path, size, cap } => write!(
                f,
                "{path}: {}",
                crate::t!("err-read-too-large", size = size.to_string(), cap = cap.to_string())
            ),
        }
    }
}

impl std::error::Error for ReadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ReadError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// "cannot read: No such file or directory (os error 2)".
pub fn cannot_read(e: &std::io::Error) -> String {
    crate::t!("err-cannot-read", error = io_words(e))
}

/// A system error in words. English keeps the system's own message (people
/// search for it); other languages say the common cases themselves and keep the
/// system's text only for the rare ones.
pub fn io_words(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    // A message circle made itself (`e.get_ref()`) is already in words.
    if crate::i18n::lang() == crate::i18n::Lang::En || e.get_ref().is_some() {
        return e.to_string();
    }
    match e.kind() {
        K::NotFound => crate::t!("err-io-not-found"),
        K::PermissionDenied => crate::t!("err-io-permission"),
        K::IsADirectory => crate::t!("err-io-is-folder"),
        K::AlreadyExists => crate::t!("err-io-exists"),
        K::InvalidData => crate::t!("err-io-invalid-data"),
        K::StorageFull => crate::t!("err-io-full"),
        K::ReadOnlyFilesystem => crate::t!("err-io-read-only"),
        _ => e.to_string(),
    }
}

impl ReadError {
    /// True when the file does not exist at all.
    pub fn is_not_found(&self) -> bool {
        matches!(self, ReadError::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound)
    }

    /// Everything but a failing disk is the person's to fix.
    pub fn is_bad_input(&self) -> bool {
        match self {
            ReadError::Io { source, .. } => is_theirs(source),
            _ => true,
        }
    }
}

/// A path that is missing, not this user's to read, a folder, a loop of links
/// (`a → b → a`), runs through a file as if it were a folder, or is too long: the
/// person's to fix (exit 2). Anything else is the system failing.
pub fn is_theirs(e: &std::io::Error) -> bool {
    use std::io::ErrorKind as K;
    matches!(
        e.kind(),
        K::NotFound | K::PermissionDenied | K::IsADirectory | K::NotADirectory | K::InvalidFilename
    ) || matches!(e.raw_os_error(), Some(libc::ELOOP | libc::ENAMETOOLONG | libc::ENOTDIR))
}

/// Read a regular file of at most `cap` bytes.
pub fn read_regular(path: &Path, cap: u64) -> Result<Vec<u8>, ReadError> {
    read_capped(path, cap, false)
}

/// `read_regular` for a file circle wrote itself in its data dir: a symbolic link
/// there was put by someone else, and is refused rather than followed.
pub fn read_own(path: &Path, cap: u64) -> Result<Vec<u8>, ReadError> {
    read_capped(path, cap, true)
}

fn read_capped(path: &Path, cap: u64, own: bool) -> Result<Vec<u8>, ReadError> {
    let shown = || crate::safe_text::printable(&path.display().to_string());
    let io = |source| ReadError::Io { path: shown(), source };
    let file = open_nonblocking(path, own).map_err(|e| match e.raw_os_error() {
        Some(libc::ELOOP) if own => ReadError::NotRegular {
            path: shown(),
            kind: crate::t!("err-kind-link"),
        },
        _ => io(e),
    })?;
    let meta = file.metadata().map_err(io)?;
    if !meta.is_file() {
        return Err(ReadError::NotRegular {
            path: shown(),
            kind: kind_of(&meta),
        });
    }
    if meta.len() > cap {
        return Err(ReadError::TooLarge {
            path: shown(),
            size: meta.len(),
            cap,
        });
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // The file may grow while it is read: never take more than the cap.
    file.take(cap + 1).read_to_end(&mut bytes).map_err(io)?;
    if bytes.len() as u64 > cap {
        return Err(ReadError::TooLarge {
            path: shown(),
            size: bytes.len() as u64,
            cap,
        });
    }
    Ok(bytes)
}

/// `read_regular` as text (invalid UTF-8 is an error that names the file).
pub fn read_regular_text(path: &Path, cap: u64) -> Result<String, ReadError> {
    let bytes = read_regular(path, cap)?;
    String::from_utf8(bytes).map_err(|e| ReadError::Io {
        path: crate::safe_text::printable(&path.display().to_string()),
        source: std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            crate::t!("err-read-not-utf8", error = e.to_string()),
        ),
    })
}

/// True for a regular file (not following a final symlink to something else).
pub fn is_regular(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.is_file())
}

fn open_nonblocking(path: &Path, no_link: bool) -> std::io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        let link = if no_link { libc::O_NOFOLLOW } else { 0 };
        std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK | libc::O_NOCTTY | link);
    }
    options.open(path)
}

fn kind_of(meta: &std::fs::Metadata) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let t = meta.file_type();
        if t.is_fifo() {
            return crate::t!("err-kind-pipe");
        }
        if t.is_char_device() {
            return crate::t!("err-kind-char-device");
        }
        if t.is_block_device() {
            return crate::t!("err-kind-block-device");
        }
        if t.is_socket() {
            return crate::t!("err-kind-socket");
        }
    }
    if meta.is_dir() {
        crate::t!("err-kind-folder")
    } else {
        crate::t!("err-kind-not-a-file")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn devices_folders_and_big_files_are_refused() {
        let e = read_regular(Path::new("/dev/zero"), 1024).unwrap_err();
        assert!(e.to_string().contains("character device"), "{e}");
        let e = read_regular(Path::new("/"), 1024).unwrap_err();
        assert!(e.to_string().contains("a folder"), "{e}");
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("big.toml");
        std::fs::write(&big, vec![b'x'; 2048]).unwrap();
        let e = read_regular(&big, 1024).unwrap_err();
        assert!(e.to_string().contains("too large"), "{e}");
        assert_eq!(read_regular(&big, 4096).unwrap().len(), 2048);
    }
}
