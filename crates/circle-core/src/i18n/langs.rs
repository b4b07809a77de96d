//! The languages circle speaks, as data: one entry per language in
//! [`languages!`] below, and its catalogue in `locales/<tag>/`. Everything
//! per-language elsewhere (caches, the locale choice, the catalogue test) walks
//! [`Lang::ALL`], so adding a language touches this file and adds a folder.

/// What circle needs to know about one language besides its messages.
#[derive(Debug)]
pub struct Spec {
    /// The tag a person types (`--lang de`, `lang = "de"`) and the folder name.
    pub tag: &'static str,
    /// The language's name as people write it in config.toml (`deutsch`).
    pub names: &'static [&'static str],
    /// The catalogue, one text per file of [`FILES`], in that order.
    pub files: [&'static str; FILES.len()],
    /// The months' names, January first, and the short forms %b writes.
    pub months: [&'static str; 12],
    pub months_short: [&'static str; 12],
    /// The weekdays' names, Monday first, and the short forms %a writes. Here
    /// rather than chrono's locales: those are every language's names, thousands
    /// of strings whose addresses the loader fixed up at every start (7,253 of
    /// circle's 12,197 relocations), for the two a person reads.
    pub weekdays: [&'static str; 7],
    pub weekdays_short: [&'static str; 7],
    /// "Sunday 22 November 2026, 14:00".
    pub long_date_time: &'static str,
    /// "Tue 8 Dec 2026".
    pub short_date: &'static str,
    /// "15 Feb": a day in a row of them.
    pub day_month: &'static str,
    /// Whether a day in a sentence is written as an ISO date (2026-12-08), which
    /// scripts read: English keeps what circle always printed.
    pub iso_days: bool,
    /// The decimal separator: "4.2" · "4,2".
    pub decimal_point: char,
    /// The built-in protocol a new meeting or group runs when none is named, if
    /// not circle's default (named in `defaults`, which i18n does not import).
    pub protocol: Option<&'static str>,
}

pub use super::files::FILES;

/// A language's compiled-in catalogue, in the order of [`FILES`] (a test checks
/// the two lists agree).
macro_rules! catalogue {
    ($tag:literal) => {
        [
            include_str!(concat!("../../../../locales/", $tag, "/common.ftl")),
            include_str!(concat!("../../../../locales/", $tag, "/screen.ftl")),
            include_str!(concat!("../../../../locales/", $tag, "/keys.ftl")),
            include_str!(concat!("../../../../locales/", $tag, "/commands.ftl")),
            include_str!(concat!("../../../../locales/", $tag, "/cli.ftl")),
            include_str!(concat!("../../../../locales/", $tag, "/errors.ftl")),
            include_str!(concat!("../../../../locales/", $tag, "/notes.ftl")),
            include_str!(concat!("../../../../locales/", $tag, "/coach.ftl")),
        ]
    };
}

/// Declares [`Lang`] and [`Lang::ALL`] from one list, so the enum, the list and
/// each language's [`Spec`] cannot drift apart: a language's index is its place
/// in the list, which sizes every per-language cache.
macro_rules! languages {
    ($($variant:ident => $spec:expr),+ $(,)?) => {
        /// The languages circle speaks, complete.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Lang {
            $($variant),+
        }

        impl Lang {
            /// Every language, English first: English is what others are held to.
            pub const ALL: [Lang; [$(Lang::$variant),+].len()] = [$(Lang::$variant),+];

            /// What circle knows about this language.
            pub fn spec(self) -> &'static Spec {
                match self {
                    $(Lang::$variant => {
                        const SPEC: Spec = $spec;
                        &SPEC
                    })+
                }
            }
        }
    };
}

languages! {
    En => Spec {
        tag: "en",
        names: &["english", "englisch"],
        files: catalogue!("en"),
        months: [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ],
        months_short: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        weekdays_short: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
        long_date_time: "%A %-d %B %Y, %H:%M",
        short_date: "%a %-d %b %Y",
        day_month: "%-d %b",
        iso_days: true,
        decimal_point: '.',
        protocol: None,
    },
    De => Spec {
        tag: "de",
        names: &["german", "deutsch"],
        files: catalogue!("de"),
        months: [
            "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
            "November", "Dezember",
        ],
        months_short: ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"],
        weekdays: ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
        weekdays_short: ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"],
        long_date_time: "%A, %-d. %B %Y, %H:%M",
        // German short months read oddly ("Mär"): the month is written out.
        short_date: "%a, %-d. %B %Y",
        day_month: "%-d. %B",
        iso_days: false,
        decimal_point: ',',
        protocol: Some("kollegiale-beratung"),
    },
}

impl Lang {
    /// The place in [`Lang::ALL`], for per-language caches.
    pub(crate) fn index(self) -> usize {
        self as usize
    }

    /// The language at `index`, which came from [`Lang::index`].
    pub(crate) fn at(index: usize) -> Lang {
        Lang::ALL[index]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_sits_at_its_index_and_names_its_folder() {
        for (i, lang) in Lang::ALL.into_iter().enumerate() {
            assert_eq!(lang.index(), i);
            assert_eq!(Lang::at(i), lang);
            let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../locales")
                .join(lang.spec().tag);
            let mut on_disk: Vec<String> = std::fs::read_dir(&folder)
                .unwrap()
                .flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".ftl"))
                .collect();
            on_disk.sort();
            let mut listed: Vec<String> = FILES.iter().map(|f| f.to_string()).collect();
            listed.sort();
            assert_eq!(
                on_disk,
                listed,
                "{}: the files compiled in are not the folder's",
                lang.spec().tag
            );
            for (name, text) in FILES.iter().zip(lang.spec().files) {
                let path = folder.join(name);
                assert_eq!(
                    std::fs::read_to_string(&path).unwrap(),
                    text,
                    "{} is compiled in out of place",
                    path.display()
                );
            }
        }
    }

    #[test]
    fn tags_and_names_name_one_language_each() {
        let mut seen = std::collections::BTreeSet::new();
        for lang in Lang::ALL {
            let spec = lang.spec();
            assert!(seen.insert(spec.tag), "{} twice", spec.tag);
            for name in spec.names {
                assert!(seen.insert(name), "{name} twice");
            }
        }
    }
}
