//! Which language to speak: `--lang`, then `lang` in config.toml, then the
//! environment (`LC_ALL`, `LC_MESSAGES`, `LANG`, as POSIX orders them), then English.

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

use super::Lang;

/// Where each possible choice comes from, most binding first.
#[derive(Debug, Clone, Default)]
pub struct LangChoice {
    /// `--lang`, already checked.
    pub flag: Option<Lang>,
    /// `lang = "…"` in config.toml, already checked.
    pub config: Option<Lang>,
    /// `LC_ALL`, `LC_MESSAGES` and `LANG`, in that order, as found.
    pub env: Vec<String>,
}

impl LangChoice {
    /// The environment of this process.
    pub fn env_of_process() -> Vec<String> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|k| std::env::var(k).ok())
            .collect()
    }
}

pub fn choose(c: &LangChoice) -> Lang {
    if let Some(l) = c.flag.or(c.config) {
        return l;
    }
    // The first variable that is set decides, even when it names a language
    // circle does not speak: LC_ALL=fr_FR means French, not "try LANG next".
    match c.env.iter().find(|v| !v.is_empty()) {
        Some(tag) => from_env_tag(tag).unwrap_or(Lang::En),
        None => Lang::En,
    }
}

/// `de`, `de-AT`, `de_CH.UTF-8`, `en_GB@euro`, `C`: the language circle speaks
/// for a tag, if it speaks one close enough.
pub fn from_env_tag(tag: &str) -> Option<Lang> {
    let bare = tag.split(['.', '@']).next().unwrap_or("").replace('_', "-");
    // A language's name, as people write it in config.toml.
    let name = bare.to_lowercase();
    if let Some(l) = Lang::ALL.into_iter().find(|l| l.spec().names.contains(&name.as_str())) {
        return Some(l);
    }
    if bare == "C" || bare == "POSIX" {
        return Some(Lang::En);
    }
    let requested: LanguageIdentifier = bare.parse().ok()?;
    let available: Vec<LanguageIdentifier> = Lang::ALL.iter().filter_map(|l| l.tag().parse().ok()).collect();
    let found = negotiate_languages(&[requested], &available, None, NegotiationStrategy::Filtering);
    let first = found.first()?;
    Lang::ALL.into_iter().find(|l| l.tag() == first.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_tags_as_the_environment_writes_them() {
        assert_eq!(from_env_tag("de_DE.UTF-8"), Some(Lang::De));
        assert_eq!(from_env_tag("de-AT"), Some(Lang::De));
        assert_eq!(from_env_tag("de_CH@euro"), Some(Lang::De));
        assert_eq!(from_env_tag("en_GB.UTF-8"), Some(Lang::En));
        assert_eq!(from_env_tag("C.UTF-8"), Some(Lang::En));
        assert_eq!(from_env_tag("fr_FR.UTF-8"), None);
        assert_eq!(from_env_tag(""), None);
        assert_eq!(from_env_tag("Deutsch"), Some(Lang::De));
        assert_eq!(from_env_tag("english"), Some(Lang::En));
        assert_eq!(from_env_tag("klingon"), None);
    }

    #[test]
    fn flag_beats_config_beats_environment() {
        let env = vec!["de_DE.UTF-8".to_string()];
        let c = |flag, config| LangChoice {
            flag,
            config,
            env: env.clone(),
        };
        assert_eq!(choose(&c(None, None)), Lang::De);
        assert_eq!(choose(&c(None, Some(Lang::En))), Lang::En);
        assert_eq!(choose(&c(Some(Lang::De), Some(Lang::En))), Lang::De);
        // LC_ALL set to a language circle lacks: English, not LANG's German.
        let lc_all_french = LangChoice {
            env: vec!["fr_FR.UTF-8".into(), "de_DE.UTF-8".into()],
            ..LangChoice::default()
        };
        assert_eq!(choose(&lc_all_french), Lang::En);
        assert_eq!(choose(&LangChoice::default()), Lang::En);
    }
}
