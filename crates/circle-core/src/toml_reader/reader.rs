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
use crate::duration::{Secs, Warn, parse_secs};

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
                    Some(best) => crate::t!("err-did-you-mean-key", best = best),
                    None => crate::t!("err-allowed-keys", keys = allowed.join(", ")),
                };
                diag.error(
                    Some(key.span()),
                    &join_path(path, name),
                    crate::t!("err-unknown-key", key = name),
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
            expected_found(expected, value.get_ref()),
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
                self.wrong_type(diag, key, v, &crate::t!("err-type-string"));
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
                diag.error(
                    Some(s.span),
                    &self.path_of(key),
                    crate::t!("err-empty", what = what),
                    None,
                );
                None
            }
            Some(s) => Some(s.value),
            None => {
                if self.get(key).is_none() {
                    diag.error(
                        table_span,
                        &self.path_of(key),
                        crate::t!("err-missing-required", key = key, what = what),
                        Some(crate::t!("err-add-line", key = key)),
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
            self.wrong_type(diag, key, v, &crate::t!("err-type-strings"));
            return Vec::new();
        };
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            match item.get_ref() {
                DeValue::String(s) if !s.trim().is_empty() => out.push(s.to_string()),
                DeValue::String(_) => diag.error(
                    Some(item.span()),
                    &format!("{}[{i}]", self.path_of(key)),
                    crate::t!("err-empty-text"),
                    None,
                ),
                other => diag.error(
                    Some(item.span()),
                    &format!("{}[{i}]", self.path_of(key)),
                    expected_found(&crate::t!("err-type-string"), other),
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
                DeValue::Integer(i) => format!(" ({})", crate::t!("err-duration-unit-hint", n = i.as_str())),
                _ => String::new(),
            };
            self.wrong_type(diag, key, v, &format!("{}{hint}", crate::t!("err-type-duration")));
            return None;
        };
        match parse_secs(text) {
            Ok(0) => {
                diag.error(
                    Some(v.span()),
                    &self.path_of(key),
                    crate::t!("err-duration-zero", text = text.to_string()),
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
            self.wrong_type(diag, key, v, &crate::t!("err-type-warn"));
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
                    diag.error(
                        Some(v.span()),
                        &self.path_of(key),
                        crate::t!("err-number-too-large"),
                        None,
                    );
                    None
                }
            },
            _ => {
                self.wrong_type(diag, key, v, &crate::t!("err-type-whole-number"));
                None
            }
        }
    }

    pub fn boolean(&self, diag: &mut Collector, key: &str) -> Option<bool> {
        let v = self.get(key)?;
        match v.get_ref() {
            DeValue::Boolean(b) => Some(*b),
            _ => {
                self.wrong_type(diag, key, v, &crate::t!("err-type-bool"));
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
                self.wrong_type(diag, key, v, &crate::t!("err-type-table"));
                None
            }
        }
    }

    /// An array of tables (`[[round]]`).
    pub fn tables(&self, diag: &mut Collector, key: &str) -> Vec<At<&'t DeTable<'i>>> {
        let Some(v) = self.get(key) else { return Vec::new() };
        let DeValue::Array(items) = v.get_ref() else {
            self.wrong_type(diag, key, v, &crate::t!("err-type-tables", key = key));
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
                    expected_found(&crate::t!("err-type-table"), other),
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
            crate::t!("err-toml-syntax", message = super::syntax::SyntaxKind::of(e).message()),
            Some(crate::t!("err-toml-help")),
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

/// "expected a string, found a number (5)": what a key wanted and what it holds.
pub fn expected_found(expected: &str, found: &DeValue) -> String {
    crate::t!("err-expected-found", expected = expected, found = describe(found))
}

/// "a string (\"abc\")", "an integer (5)", … for error messages.
pub fn describe(value: &DeValue) -> String {
    match value {
        DeValue::String(s) => crate::t!("err-found-string", text = clip(s)),
        DeValue::Integer(i) => crate::t!("err-found-number", n = i.as_str()),
        DeValue::Float(f) => crate::t!("err-found-decimal", n = f.as_str()),
        DeValue::Boolean(b) => format!("{b}"),
        DeValue::Datetime(d) => crate::t!("err-found-datetime", d = d.to_string()),
        DeValue::Array(_) => crate::t!("err-found-list"),
        DeValue::Table(_) => crate::t!("err-type-table"),
    }
}

/// Keep quoted user text in messages short and free of control characters.
fn clip(s: &str) -> String {
    crate::safe_text::clipped(s, 41)
}
