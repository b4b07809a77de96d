//! Finding a protocol by id or path: built-ins, overridden by the user's own files.

use std::path::{Path, PathBuf};

use super::builtin::BUILTINS;
use super::model::Protocol;
use super::parse::{MAX_FILE_BYTES, parse_protocol};
use crate::toml_reader::{Diagnostics, did_you_mean};

#[derive(Debug)]
pub enum LoadError {
    Invalid(Diagnostics),
    NotFound { id: String, hint: String, known: String },
    Io { path: String, source: std::io::Error },
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Invalid(d) => write!(f, "{d}"),
            LoadError::NotFound { id, hint, known } => write!(
                f,
                "{}{hint}\n  {}\n  ({})",
                // What was typed may be anything, of any length: quoted shortened.
                crate::t!("err-no-protocol", id = crate::safe_text::clipped(id, 80)),
                crate::t!("err-known-protocols", known = known.as_str()),
                crate::t!("err-protocol-path-works")
            ),
            LoadError::Io { path, source } => {
                write!(f, "{path}: {}", crate::safe_read::cannot_read(source))
            }
        }
    }
}

impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            LoadError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

impl LoadError {
    /// Bad input (exit 2) as opposed to a failing system.
    pub fn is_bad_input(&self) -> bool {
        match self {
            LoadError::Invalid(_) | LoadError::NotFound { .. } => true,
            // A file that is missing, not readable to this user or a folder is the
            // person's to fix; anything else is the system failing.
            LoadError::Io { source, .. } => crate::safe_read::is_theirs(source),
        }
    }
}

/// Where a listed protocol came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    BuiltIn,
    User(PathBuf),
    /// A user file that overrides the built-in with the same id.
    Overrides(PathBuf),
}

/// Every protocol circle knows, plus the user files that failed to load.
#[derive(Debug, Default)]
pub struct Library {
    pub entries: Vec<(Protocol, Origin)>,
    pub broken: Vec<(PathBuf, LoadError)>,
}

impl Library {
    /// The built-ins, then every `*.toml` in `user_dir` (a user file with a built-in's
    /// id replaces it).
    pub fn load(user_dir: Option<&Path>) -> Library {
        let mut lib = Library::default();
        for (id, text) in BUILTINS {
            match parse_protocol(id, &format!("protocols/{id}.toml (built-in)"), text) {
                Ok(mut p) => {
                    p.origin = "built-in".into();
                    lib.entries.push((p, Origin::BuiltIn));
                }
                // Built-ins are checked by the test suite; this is unreachable in a
                // released binary, but a broken one must not take the others down.
                Err(d) => lib.broken.push((PathBuf::from(id), LoadError::Invalid(d))),
            }
        }
        let Some(dir) = user_dir else { return lib };
        let Ok(read) = std::fs::read_dir(dir) else { return lib };
        let mut files: Vec<PathBuf> = read
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        files.sort();
        for path in files {
            match load_file(&path) {
                Ok(p) => {
                    if let Some(slot) = lib.entries.iter_mut().find(|(e, _)| e.id == p.id) {
                        *slot = (p, Origin::Overrides(path));
                    } else {
                        lib.entries.push((p, Origin::User(path)));
                    }
                }
                Err(e) => lib.broken.push((path, e)),
            }
        }
        lib
    }

    /// `Library::load(user_dir).resolve(id_or_path)`, parsing only the protocol in
    /// use when it is a built-in that no user file overrides: parsing all the
    /// built-ins was a quarter of circle's start-up. Anything else (a user file, a
    /// path, a miss that needs the known ids) takes the whole library.
    pub fn resolve_in(user_dir: Option<&Path>, id_or_path: &str) -> Result<Protocol, LoadError> {
        let overridden =
            user_dir.is_some_and(|d| std::fs::symlink_metadata(d.join(format!("{id_or_path}.toml"))).is_ok());
        if !overridden
            && let Some((id, text)) = BUILTINS.iter().find(|(id, _)| *id == id_or_path)
            && let Ok(mut p) = parse_protocol(id, &format!("protocols/{id}.toml (built-in)"), text)
        {
            p.origin = "built-in".into();
            return Ok(p);
        }
        Library::load(user_dir).resolve(id_or_path)
    }

    pub fn ids(&self) -> Vec<&str> {
        self.entries.iter().map(|(p, _)| p.id.as_str()).collect()
    }

    pub fn get(&self, id: &str) -> Option<&Protocol> {
        self.entries.iter().find(|(p, _)| p.id == id).map(|(p, _)| p)
    }

    /// Resolve what a person typed: a known id, or a path to a protocol file.
    pub fn resolve(&self, id_or_path: &str) -> Result<Protocol, LoadError> {
        if let Some(p) = self.get(id_or_path) {
            return Ok(p.clone());
        }
        if let Some((_, err)) = self.broken.iter().find(|(path, _)| file_id(path) == id_or_path) {
            return Err(match err {
                LoadError::Invalid(d) => LoadError::Invalid(d.clone()),
                other => LoadError::NotFound {
                    id: id_or_path.into(),
                    hint: format!(" ({})", crate::t!("err-protocol-unreadable", error = other.to_string())),
                    known: self.ids().join(", "),
                },
            });
        }
        let looks_like_path = id_or_path.contains(['/', '\\']) || id_or_path.ends_with(".toml");
        if looks_like_path || Path::new(id_or_path).is_file() {
            return load_file(Path::new(id_or_path));
        }
        let ids = self.ids();
        let hint = did_you_mean(id_or_path, &ids).map_or_else(String::new, |b| {
            format!(" — {}", crate::t!("err-did-you-mean-quoted", best = b))
        });
        Err(LoadError::NotFound {
            id: id_or_path.into(),
            hint,
            known: ids.join(", "),
        })
    }
}

/// The id of a protocol file: its name without `.toml`.
pub fn file_id(path: &Path) -> String {
    path.file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned())
}

/// Read and check one protocol file.
pub fn load_file(path: &Path) -> Result<Protocol, LoadError> {
    // A path of any length is quoted shortened (the system says why it failed).
    let shown = crate::safe_text::clipped(&path.display().to_string(), 300);
    let io = |source| LoadError::Io {
        path: shown.clone(),
        source,
    };
    // Only a regular file, opened without blocking (a FIFO must not hang circle) and
    // refused before reading when it is too large.
    let bytes = match crate::safe_read::read_regular(path, MAX_FILE_BYTES as u64) {
        Ok(b) => b,
        Err(crate::safe_read::ReadError::Io { source, .. }) => return Err(io(source)),
        Err(crate::safe_read::ReadError::TooLarge { size, .. }) => {
            let d = crate::toml_reader::diagnostic::Diagnostic {
                file: shown.clone(),
                line_col: None,
                path: String::new(),
                message: super::parse::too_big_message(size as usize),
                help: Some(crate::t!("err-protocol-too-big-help")),
            };
            return Err(LoadError::Invalid(Diagnostics(vec![d])));
        }
        Err(crate::safe_read::ReadError::NotRegular { kind, .. }) => {
            let d = crate::toml_reader::diagnostic::Diagnostic {
                file: shown.clone(),
                line_col: None,
                path: String::new(),
                message: crate::t!("err-protocol-not-a-file", kind = kind),
                help: Some(crate::t!("err-protocol-not-a-file-help")),
            };
            return Err(LoadError::Invalid(Diagnostics(vec![d])));
        }
    };
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
        let (line, col) = crate::toml_reader::diagnostic::line_col(&text, at);
        LoadError::Invalid(Diagnostics(vec![crate::toml_reader::diagnostic::Diagnostic {
            file: shown.clone(),
            line_col: Some((line, col)),
            path: String::new(),
            message: crate::t!("err-not-utf8"),
            help: Some(crate::t!("err-not-utf8-help")),
        }]))
    })?;
    parse_protocol(&file_id(path), &shown, &text).map_err(LoadError::Invalid)
}
