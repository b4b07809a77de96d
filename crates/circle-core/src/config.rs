//! `<config dir>/circle/config.toml`: a person's defaults. Flags override them.
//!
//! ```toml
//! theme = "high-contrast"     # default | high-contrast | mono
//! bell = true                 # ring the terminal bell at wrap-up and time
//! default_protocol = "peer-circle"
//! warn = "1m"                 # wrap-up warning for phases whose protocol sets none
//! grace = "2m"                # overtime before the third bell
//! lang = "de"                 # en | de; --lang overrides, LANG is used when unset
//!
//! [keys]                      # change keys: an action, and a key or a list
//! next = "x"
//! back = ["z", "left"]
//! ```

use std::ops::Range;
use std::path::Path;

use toml::de::DeValue;

use crate::protocol::{LoadError, Secs, Warn};
use crate::toml_reader::{Collector, Diagnostics};
use crate::toml_reader::{TableReader, parse_document};

/// The colour themes, by the name a person types (`--theme`, `config.toml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThemeName {
    /// Colours for warnings on the terminal's own background
    Default,
    /// For projectors, screen shares and bright rooms
    HighContrast,
    /// No colour at all; warnings still show as text and shapes
    Mono,
}

impl ThemeName {
    pub const ALL: [ThemeName; 3] = [ThemeName::Default, ThemeName::HighContrast, ThemeName::Mono];

    /// The name as typed.
    pub fn id(self) -> &'static str {
        match self {
            ThemeName::Default => "default",
            ThemeName::HighContrast => "high-contrast",
            ThemeName::Mono => "mono",
        }
    }

    /// Every name, for error messages: `default, high-contrast, mono`.
    pub fn choices() -> String {
        ThemeName::ALL.map(ThemeName::id).join(", ")
    }
}

impl std::str::FromStr for ThemeName {
    type Err = String;

    fn from_str(text: &str) -> Result<ThemeName, String> {
        ThemeName::ALL.into_iter().find(|t| t.id() == text).ok_or_else(|| {
            let unknown = crate::t!("err-config-unknown-theme", theme = text);
            format!("{unknown}; {}", crate::t!("err-one-of", choices = ThemeName::choices()))
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub theme: ThemeName,
    pub bell: bool,
    pub default_protocol: Option<String>,
    pub warn: Warn,
    pub grace: Secs,
    pub lang: Option<crate::i18n::Lang>,
    /// `[keys]`, in the file's order.
    pub keys: Vec<KeySetting>,
}

/// One line of `[keys]`: an action's name and the keys it is to answer to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeySetting {
    pub action: String,
    pub keys: Vec<String>,
}

/// A setting of `[keys]` found wrong.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct KeyProblem {
    /// Its index in `[keys]`.
    pub setting: usize,
    /// The action's name is what is wrong (an error then points at the name, not
    /// at its keys).
    pub in_name: bool,
    pub message: String,
    pub help: Option<String>,
}

/// The screen's judgement of `[keys]` (the key table is the screen's, not the
/// core's).
pub type KeyCheck = fn(&[KeySetting]) -> Vec<KeyProblem>;

/// For callers that do not use keys (`[keys]` is still read and its form checked).
pub fn any_keys(_: &[KeySetting]) -> Vec<KeyProblem> {
    Vec::new()
}

impl Default for Config {
    fn default() -> Self {
        Config {
            theme: ThemeName::Default,
            bell: true,
            default_protocol: None,
            warn: crate::defaults::WARN,
            grace: crate::defaults::GRACE_SECS,
            lang: None,
            keys: Vec::new(),
        }
    }
}

const KEYS: &[&str] = &["theme", "bell", "default_protocol", "warn", "grace", "lang", "keys"];

pub fn parse_config(file: &str, text: &str, check: KeyCheck) -> Result<Config, Diagnostics> {
    let mut diag = Collector::new(file, text);
    let Some(doc) = parse_document(&mut diag, text) else {
        return Err(Diagnostics(diag.found));
    };
    let t = TableReader::new(&mut diag, doc.get_ref(), "", KEYS);
    let mut config = Config::default();
    if let Some(theme) = t.string(&mut diag, "theme") {
        match theme.value.parse() {
            Ok(name) => config.theme = name,
            Err(_) => diag.error(
                Some(theme.span),
                "theme",
                crate::t!("err-config-unknown-theme", theme = theme.value.as_str()),
                Some(crate::t!("err-one-of", choices = ThemeName::choices())),
            ),
        }
    }
    if let Some(bell) = t.boolean(&mut diag, "bell") {
        config.bell = bell;
    }
    config.default_protocol = t.string(&mut diag, "default_protocol").map(|s| s.value);
    if let Some(w) = t.warn(&mut diag, "warn") {
        config.warn = w;
    }
    if let Some(g) = t.secs(&mut diag, "grace") {
        config.grace = g.value;
    }
    if let Some(lang) = t.string(&mut diag, "lang") {
        match lang.value.parse() {
            Ok(l) => config.lang = Some(l),
            Err(_) => diag.error(
                Some(lang.span),
                "lang",
                crate::t!("err-config-unknown-lang", lang = lang.value.as_str()),
                Some(crate::t!("err-one-of", choices = crate::i18n::Lang::choices())),
            ),
        }
    }
    if let Some(table) = t.table(&mut diag, "keys") {
        let spans;
        (config.keys, spans) = key_settings(&mut diag, table.value);
        for p in check(&config.keys) {
            let path = format!("keys.{}", config.keys[p.setting].action);
            let (name, value) = &spans[p.setting];
            let at = if p.in_name { name } else { value };
            diag.error(Some(at.clone()), &path, p.message, p.help);
        }
    }
    diag.finish()?;
    Ok(config)
}

fn not_a_key(diag: &mut Collector, span: Range<usize>, path: &str, found: &DeValue) {
    let found = crate::toml_reader::describe(found);
    diag.error(Some(span), path, crate::t!("err-keys-not-a-key", found = found), None);
}

/// Each `action = "key"` or `action = ["key", …]` of `[keys]`, with where its name
/// and its value are.
type NameAndValue = (Range<usize>, Range<usize>);
fn key_settings(diag: &mut Collector, table: &toml::de::DeTable) -> (Vec<KeySetting>, Vec<NameAndValue>) {
    let mut settings = Vec::new();
    let mut spans = Vec::new();
    for (name, value) in table.iter() {
        let action: &str = name.get_ref();
        let path = format!("keys.{action}");
        let keys = match value.get_ref() {
            DeValue::String(k) => vec![k.to_string()],
            DeValue::Array(items) => items
                .iter()
                .filter_map(|item| match item.get_ref() {
                    DeValue::String(k) => Some(k.to_string()),
                    other => {
                        not_a_key(diag, item.span(), &path, other);
                        None
                    }
                })
                .collect(),
            other => {
                not_a_key(diag, value.span(), &path, other);
                continue;
            }
        };
        settings.push(KeySetting {
            action: action.to_string(),
            keys,
        });
        spans.push((name.span(), value.span()));
    }
    (settings, spans)
}

/// The config file, or the defaults when there is none.
pub fn load(path: Option<&Path>, check: KeyCheck) -> Result<Config, LoadError> {
    let Some(path) = path else { return Ok(Config::default()) };
    let text = match crate::roster::read_input(path) {
        Ok(t) => t,
        Err(LoadError::Io { source, .. }) if source.kind() == std::io::ErrorKind::NotFound => {
            return Ok(Config::default());
        }
        Err(e) => return Err(e),
    };
    parse_config(&path.display().to_string(), &text, check).map_err(LoadError::Invalid)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_key() {
        let c = parse_config(
            "c.toml",
            "theme = \"mono\"\nbell = false\ndefault_protocol = \"mastermind\"\nwarn = \"20%\"\ngrace = \"30s\"\n\
             [keys]\nnext = \"x\"\nback = [\"z\", \"left\"]\n",
            any_keys,
        )
        .unwrap();
        assert_eq!(c.theme, ThemeName::Mono);
        assert!(!c.bell);
        assert_eq!(c.default_protocol.as_deref(), Some("mastermind"));
        assert_eq!(c.warn, Warn::Percent(20));
        assert_eq!(c.grace, 30);
        let keys: Vec<(&str, Vec<&str>)> = c
            .keys
            .iter()
            .map(|k| (k.action.as_str(), k.keys.iter().map(String::as_str).collect()))
            .collect();
        assert_eq!(keys, [("next", vec!["x"]), ("back", vec!["z", "left"])]);
    }

    #[test]
    fn a_key_that_is_no_key_is_named_with_its_place() {
        let err = parse_config("c.toml", "[keys]\nnext = 3\n", any_keys)
            .unwrap_err()
            .to_string();
        assert!(err.contains("c.toml:2:8: error in `keys.next`"), "{err}");
    }

    #[test]
    fn reports_bad_keys_with_places() {
        let err = parse_config("c.toml", "thme = \"mono\"\nbell = \"yes\"\n", any_keys)
            .unwrap_err()
            .to_string();
        assert!(err.contains("c.toml:1:1: error in `thme`: unknown key `thme`"), "{err}");
        assert!(err.contains("did you mean `theme`?"), "{err}");
        assert!(
            err.contains("c.toml:2:8: error in `bell`: expected true or false"),
            "{err}"
        );
    }
}
