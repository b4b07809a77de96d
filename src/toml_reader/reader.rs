//! A small schema-driven reader over toml's spanned document tree.
//!
//! serde stops at the first error; a person fixing a protocol file wants every
//! problem at once, each with its line and column. So instead of deserializing we
//! walk the spanned tree (`toml::de::DeTable`), read each key with its expected
//! type, and record every mismatch, unknown key and bad value in a [`Collector`].

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::diagnostic::{Collector, did_you_mean};
use crate::protocol::duration::{Secs, Warn, parse_secs};

/// A value read from the file, with where it was.
#[derive(Debug, Clone)]
pub struct At<T> {
    pub value: T,
    pub span: Range<usize>,
}

/// One TOML table being read, with the keys it may hold.
pub struct TableReader<'t, 'i> {
    table: &'t DeTable<'i>,
    path: String,
}

impl<'t, 'i> TableReader<'t, 'i> {
    /// Start reading `table` (at key path `path`); unknown keys are reported at once,
    /// with the closest allowed key as a suggestion.
    pub fn new(diag: &mut Collector, table: &'t DeTable<'i>, path: &str, allowed: &[&str]) -> Self {
        for (key, _) in table.iter() {
            let name: &str = key.get_ref();
            if !allowed.contains(&name) {
                let help = match did_you_mean(name, allowed) {
                    Some(best) => format!("did you mean `{best}`?"),
                    None => format!("allowed keys here: {}", allowed.join(", ")),
                };
                diag.error(
                    Some(key.span()),
                    &join_path(path, name),
                    format!("unknown key `{name}`"),
                    Some(help),
                );
            }
        }
        Self {
            table,
            path: path.to_string(),
        }
    }

    pub fn path_of(&self, key: &str) -> String {
        join_path(&self.path, key)
    }

    fn get(&self, key: &str) -> Option<&'t Spanned<DeValue<'i>>> {
        self.table
            .iter()
            .find(|(k, _)| {
                let name: &str = k.get_ref();
                name == key
            })
            .map(|(_, v)| v)
    }

    fn wrong_type(&self, diag: &mut Collector, key: &str, value: &Spanned<DeValue>, expected: &str) {
        diag.error(
            Some(value.span()),
            &self.path_of(key),
            format!("expected {expected}, found {}", describe(value.get_ref())),
            None,
        );
    }

    pub fn string(&self, diag: &mut Collector, key: &str) -> Option<At<String>> {
        let v = self.get(key)?;
        match v.get_ref() {
            DeValue::String(s) => Some(At {
                value: s.to_string(),
                span: v.span(),
            }),
            _ => {
                self.wrong_type(diag, key, v, "a string");
                None
            }
        }
    }

    /// A required, non-empty string.
    pub fn required_string(
        &self,
        diag: &mut Collector,
        key: &str,
        what: &str,
        table_span: Option<Range<usize>>,
    ) -> Option<String> {
        match self.string(diag, key) {
            Some(s) if s.value.trim().is_empty() => {
                diag.error(Some(s.span), &self.path_of(key), format!("{what} is empty"), None);
                None
            }
            Some(s) => Some(s.value),
            None => {
                if self.get(key).is_none() {
                    diag.error(
                        table_span,
                        &self.path_of(key),
                        format!("missing `{key}`: {what} is required"),
                        Some(format!("add a line like: {key} = \"…\"")),
                    );
                }
                None
            }
        }
    }

    /// A list of strings; each bad item is reported on its own.
    pub fn strings(&self, diag: &mut Collector, key: &str) -> Vec<String> {
        let Some(v) = self.get(key) else { return Vec::new() };
        let DeValue::Array(items) = v.get_ref() else {
            self.wrong_type(diag, key, v, "a list of strings, like [\"…\", \"…\"]");
            return Vec::new();
        };
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            match item.get_ref() {
                DeValue::String(s) if !s.trim().is_empty() => out.push(s.to_string()),
                DeValue::String(_) => diag.error(
                    Some(item.span()),
                    &format!("{}[{i}]", self.path_of(key)),
                    "empty text; remove it or write something",
                    None,
                ),
                other => diag.error(
                    Some(item.span()),
                    &format!("{}[{i}]", self.path_of(key)),
                    format!("expected a string, found {}", describe(other)),
                    None,
                ),
            }
        }
        out
    }

    /// A duration written like `"8m"`; must be longer than zero.
    pub fn secs(&self, diag: &mut Collector, key: &str) -> Option<At<Secs>> {
        let v = self.get(key)?;
        let DeValue::String(text) = v.get_ref() else {
            let hint = match v.get_ref() {
                DeValue::Integer(i) => format!(" (write \"{}m\" or \"{}s\" with a unit)", i.as_str(), i.as_str()),
                _ => String::new(),
            };
            self.wrong_type(diag, key, v, &format!("a duration like \"8m\"{hint}"));
            return None;
        };
        match parse_secs(text) {
            Ok(0) => {
                diag.error(
                    Some(v.span()),
                    &self.path_of(key),
                    format!("\"{text}\" is zero; every time must be longer than zero"),
                    None,
                );
                None
            }
            Ok(secs) => Some(At {
                value: secs,
                span: v.span(),
            }),
            Err(message) => {
                diag.error(Some(v.span()), &self.path_of(key), message, None);
                None
            }
        }
    }

    pub fn warn(&self, diag: &mut Collector, key: &str) -> Option<Warn> {
        let v = self.get(key)?;
        let DeValue::String(text) = v.get_ref() else {
            self.wrong_type(diag, key, v, "a wrap-up warning like \"1m\" or \"20%\"");
            return None;
        };
        Warn::parse(text)
            .map_err(|message| diag.error(Some(v.span()), &self.path_of(key), message, None))
            .ok()
    }

    pub fn integer(&self, diag: &mut Collector, key: &str) -> Option<At<i64>> {
        let v = self.get(key)?;
        match v.get_ref() {
            DeValue::Integer(i) => match i64::from_str_radix(i.as_str(), i.radix()) {
                Ok(n) => Some(At {
                    value: n,
                    span: v.span(),
                }),
                Err(_) => {
                    diag.error(Some(v.span()), &self.path_of(key), "number is too large", None);
                    None
                }
            },
            _ => {
                self.wrong_type(diag, key, v, "a whole number");
                None
            }
        }
    }

    pub fn boolean(&self, diag: &mut Collector, key: &str) -> Option<bool> {
        let v = self.get(key)?;
        match v.get_ref() {
            DeValue::Boolean(b) => Some(*b),
            _ => {
                self.wrong_type(diag, key, v, "true or false");
                None
            }
        }
    }

    /// The raw value at `key`, for fields that accept more than one type.
    pub fn raw(&self, key: &str) -> Option<&'t Spanned<DeValue<'i>>> {
        self.get(key)
    }

    pub fn table(&self, diag: &mut Collector, key: &str) -> Option<At<&'t DeTable<'i>>> {
        let v = self.get(key)?;
        match v.get_ref() {
            DeValue::Table(t) => Some(At {
                value: t,
                span: v.span(),
            }),
            _ => {
                self.wrong_type(diag, key, v, "a table");
                None
            }
        }
    }

    /// An array of tables (`[[round]]`).
    pub fn tables(&self, diag: &mut Collector, key: &str) -> Vec<At<&'t DeTable<'i>>> {
        let Some(v) = self.get(key) else { return Vec::new() };
        let DeValue::Array(items) = v.get_ref() else {
            self.wrong_type(diag, key, v, &format!("a list of tables written as [[{key}]]"));
            return Vec::new();
        };
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            match item.get_ref() {
                DeValue::Table(t) => out.push(At {
                    value: t,
                    span: item.span(),
                }),
                other => diag.error(
                    Some(item.span()),
                    &format!("{}[{i}]", self.path_of(key)),
                    format!("expected a table, found {}", describe(other)),
                    None,
                ),
            }
        }
        out
    }

    pub fn has(&self, key: &str) -> bool {
        self.get(key).is_some()
    }
}

/// Parse a TOML document, recording every syntax error. `None` when there were any:
/// a damaged tree would only add confusing follow-on errors.
pub fn parse_document<'i>(diag: &mut Collector, text: &'i str) -> Option<Spanned<DeTable<'i>>> {
    let (doc, syntax_errors) = DeTable::parse_recoverable(text);
    for e in &syntax_errors {
        diag.error(
            e.span(),
            "",
            format!("TOML syntax: {}", e.message().trim()),
            Some("see https://toml.io for the file format".into()),
        );
    }
    syntax_errors.is_empty().then_some(doc)
}

pub fn join_path(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// "a string (\"abc\")", "an integer (5)", … for error messages.
pub fn describe(value: &DeValue) -> String {
    match value {
        DeValue::String(s) => format!("a string (\"{}\")", clip(s)),
        DeValue::Integer(i) => format!("a number ({})", i.as_str()),
        DeValue::Float(f) => format!("a decimal number ({})", f.as_str()),
        DeValue::Boolean(b) => format!("{b}"),
        DeValue::Datetime(d) => format!("a date/time ({d})"),
        DeValue::Array(_) => "a list".to_string(),
        DeValue::Table(_) => "a table".to_string(),
    }
}

/// Keep quoted user text in messages short and free of control characters.
fn clip(s: &str) -> String {
    crate::safe_text::clipped(s, 41)
}
