//! A group roster file: the group's name and its members, in order.
//!
//! ```toml
//! name = "Tuesday leaders"
//! members = ["Ana", "Ben", "Chen"]
//! ```

use crate::toml_reader::{Collector, Diagnostics};
use crate::toml_reader::{TableReader, parse_document};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Roster {
    pub name: String,
    pub members: Vec<String>,
}

const KEYS: &[&str] = &["name", "members"];

pub fn parse_roster(file: &str, text: &str) -> Result<Roster, Diagnostics> {
    let mut diag = Collector::new(file, text);
    let Some(doc) = parse_document(&mut diag, text) else {
        return Err(Diagnostics(diag.found));
    };
    let top = TableReader::new(&mut diag, doc.get_ref(), "", KEYS);
    let name = top.required_string(&mut diag, "name", &crate::t!("err-roster-name-what"), Some(0..0));
    // Kept in one Unicode form, whichever way the file spells them.
    let members: Vec<String> = top
        .strings(&mut diag, "members")
        .iter()
        .map(|m| crate::names::normalize(m))
        .collect();
    if !top.has("members") {
        diag.error(
            Some(0..0),
            "members",
            crate::t!("err-roster-no-members"),
            Some("members = [\"Ana\", \"Ben\"]".into()),
        );
    }
    diag.finish()?;
    Ok(Roster {
        name: name.unwrap_or_default(),
        members,
    })
}

pub fn load_roster(path: &std::path::Path) -> Result<Roster, crate::protocol::LoadError> {
    let shown = path.display().to_string();
    let text = read_input(path)?;
    parse_roster(&shown, &text).map_err(crate::protocol::LoadError::Invalid)
}

/// A small input file (roster, config): regular, not blocking, capped. Anything but a
/// failing disk is bad input, with one message that names the file.
pub fn read_input(path: &std::path::Path) -> Result<String, crate::protocol::LoadError> {
    use crate::safe_read::{ReadError, SMALL_FILE_CAP, read_regular_text};
    match read_regular_text(path, SMALL_FILE_CAP) {
        Ok(t) => Ok(t),
        Err(ReadError::Io { path, source }) => Err(crate::protocol::LoadError::Io { path, source }),
        Err(e) => Err(crate::protocol::LoadError::Invalid(
            crate::toml_reader::diagnostic::Diagnostics(vec![crate::toml_reader::diagnostic::Diagnostic {
                file: path.display().to_string(),
                line_col: None,
                path: String::new(),
                message: match e {
                    ReadError::NotRegular { kind, .. } => crate::t!("err-input-not-a-file", kind = kind),
                    ReadError::TooLarge { size, cap, .. } => {
                        crate::t!("err-input-too-large", size = size.to_string(), cap = cap.to_string())
                    }
                    ReadError::Io { .. } => unreachable!("handled above"),
                },
                help: Some(crate::t!("err-input-help")),
            }]),
        )),
    }
}
