//! The message catalogues agree with each other and with the code: every
//! message the code names exists in English and German with the same variables,
//! every file parses, and nothing in the catalogue is left unused.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use circle::i18n::{self, Lang};

fn rust_files(path: &Path, out: &mut Vec<std::path::PathBuf>) {
    if path.is_dir() {
        for entry in std::fs::read_dir(path).unwrap().flatten() {
            rust_files(&entry.path(), out);
        }
    } else if path.extension().is_some_and(|e| e == "rs") {
        out.push(path.to_path_buf());
    }
}

/// Every `t!("id"` in the source, with the file that names it.
fn ids_in_code() -> BTreeMap<String, String> {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    rust_files(Path::new("crates"), &mut files);
    let mut out = BTreeMap::new();
    for f in files {
        let source = std::fs::read_to_string(&f).unwrap();
        // Code only: a doc comment's example names no real message.
        let text: String = source
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        for (i, _) in text.match_indices("t!(") {
            // `t!(` itself, not the end of `format!(` or `print!(`.
            let before = text[..i].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            // `cargo fmt` may put the id on the next line.
            let Some(rest) = text[i + 3..].trim_start().strip_prefix('"') else {
                continue;
            };
            let id = &rest[..rest.find('"').unwrap()];
            out.insert(id.to_string(), f.display().to_string());
        }
        // Ids built at run time name themselves with a marker comment:
        // `// i18n-ids: key-help-next key-help-back`.
        for line in source.lines().filter_map(|l| l.trim().strip_prefix("// i18n-ids:")) {
            for id in line.split_whitespace() {
                out.insert(id.to_string(), f.display().to_string());
            }
        }
    }
    out
}

fn ids(lang: Lang) -> BTreeSet<String> {
    i18n::messages(lang).into_iter().map(|(id, _)| id).collect()
}

#[test]
fn every_catalogue_file_parses() {
    assert_eq!(i18n::parse_errors(), Vec::<String>::new());
}

#[test]
fn no_message_is_defined_twice() {
    for lang in Lang::ALL {
        let mut seen = BTreeSet::new();
        for (id, _) in i18n::messages(lang) {
            assert!(seen.insert(id.clone()), "{}: `{id}` is defined twice", lang.tag());
        }
    }
}

#[test]
fn english_and_german_have_the_same_messages_and_variables() {
    // Every language circle speaks is held to English: a half-done catalogue would
    // otherwise show English without a word.
    let en = ids(Lang::En);
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let other = ids(lang);
        let missing: Vec<_> = en.difference(&other).collect();
        let extra: Vec<_> = other.difference(&en).collect();
        assert!(missing.is_empty(), "not translated into {}: {missing:?}", lang.tag());
        assert!(extra.is_empty(), "{} only (no English): {extra:?}", lang.tag());
        for id in &en {
            assert_eq!(
                i18n::variables(Lang::En, id),
                i18n::variables(lang, id),
                "`{id}` uses other variables in {}",
                lang.tag()
            );
        }
    }
}

#[test]
fn every_message_the_code_names_exists_and_every_message_is_used() {
    let code = ids_in_code();
    let en = ids(Lang::En);
    let unknown: Vec<_> = code.iter().filter(|(id, _)| !en.contains(*id)).collect();
    assert!(unknown.is_empty(), "named in code but not in locales/en: {unknown:?}");
    let unused: Vec<_> = en.iter().filter(|id| !code.contains_key(*id)).collect();
    assert!(unused.is_empty(), "in locales/en but named nowhere in src: {unused:?}");
}

#[test]
fn the_language_follows_the_thread_that_asked() {
    let de = i18n::with_lang(Lang::De, || circle::t!("setup-title"));
    let en = i18n::with_lang(Lang::En, || circle::t!("setup-title"));
    assert_eq!(en, "Who is here today?");
    assert_eq!(de, "Wer ist heute da?");
}
