//! Every word circle shows, in the language the person chose.
//!
//! Text lives in Fluent catalogues under `locales/<lang>/*.ftl`, one file per
//! part of the program, compiled into the binary. Code never spells out a
//! sentence; it names a message and passes its variables:
//!
//! ```ignore
//! t!("ready-start")
//! t!("plan-phases", count = plan.phases.len())
//! ```
//!
//! The language is chosen once at start-up ([`choose`]); tests render in another
//! language on their own thread with [`with_lang`], so parallel tests do not meet.

mod catalogue;
pub mod check;
mod choose;
pub mod dates;
#[cfg(test)]
mod entries;
mod files;
mod labels;
mod langs;

use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};

pub use choose::{LangChoice, choose, from_env_tag};
pub use fluent_bundle::FluentArgs;
pub use labels::label;
pub use langs::{FILES, Lang, Spec};

impl Lang {
    /// The tag a person types (`--lang de`, `lang = "de"`).
    pub fn tag(self) -> &'static str {
        self.spec().tag
    }

    /// Every tag, for error messages: `en, de`.
    pub fn choices() -> String {
        Lang::ALL.map(Lang::tag).join(", ")
    }
}

impl std::str::FromStr for Lang {
    type Err = String;

    /// A tag as a person types it: `de`, `de-AT`, `de_CH.UTF-8`, `en`.
    fn from_str(text: &str) -> Result<Lang, String> {
        from_env_tag(text).ok_or_else(|| {
            // Not through the catalogue's language: it is being chosen right now.
            crate::t!("lang-unknown", tag = text, choices = Lang::choices())
        })
    }
}

/// The process's language (its index in [`Lang::ALL`]), set once by [`set_lang`].
static CURRENT: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    /// A test's language on its own thread; `None` follows the process.
    static OVERRIDE: Cell<Option<Lang>> = const { Cell::new(None) };
}

pub fn set_lang(lang: Lang) {
    CURRENT.store(lang.index(), Ordering::Relaxed);
}

/// The language text is produced in on this thread.
pub fn lang() -> Lang {
    OVERRIDE
        .with(Cell::get)
        .unwrap_or_else(|| Lang::at(CURRENT.load(Ordering::Relaxed)))
}

/// Run `f` with this thread speaking `lang` (tests, screenshots).
pub fn with_lang<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            OVERRIDE.with(|o| o.set(self.0));
        }
    }
    let _restore = Restore(OVERRIDE.with(|o| o.replace(Some(lang))));
    f()
}

/// The message `id` in the current language, with `args` filled in. A message
/// missing from a translation falls back to English; one missing from English
/// shows its id (a test keeps that from shipping).
pub fn text(id: &str, args: Option<&FluentArgs>) -> String {
    catalogue::format(lang(), id, args)
}

pub use catalogue::parse_errors;

/// Every message id and its English and translated text, for the tests that
/// check the catalogues agree and that no English is left on a German screen.
pub fn messages(lang: Lang) -> Vec<(String, String)> {
    catalogue::messages(lang)
}

/// The variables each message uses, for the test that checks translations.
pub fn variables(lang: Lang, id: &str) -> Vec<String> {
    catalogue::variables(lang, id)
}

/// A message by id, with named variables: `t!("id")`, `t!("id", name = value)`.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::text($id, None)
    };
    ($id:literal, $($key:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $( args.set(stringify!($key), $value); )+
        $crate::i18n::text($id, Some(&args))
    }};
}

/// A decimal number as the language writes it: "4.2" · "4,2".
pub fn decimal(x: f64, places: usize) -> String {
    let s = format!("{x:.places$}");
    s.replace('.', &lang().spec().decimal_point.to_string())
}
