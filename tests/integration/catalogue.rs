//! The message catalogues agree with each other and with the code: every
//! message the code names exists in every language with the same variables,
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

/// Every `t!("id"` and `label!("id"` in the source, with the file that names it.
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
        for call in ["t!(", "label!("] {
            for (i, _) in text.match_indices(call) {
                // `t!(` itself, not the end of `format!(` or `print!(`.
                let before = text[..i].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                // `cargo fmt` may put the id on the next line.
                let Some(rest) = text[i + call.len()..].trim_start().strip_prefix('"') else {
                    continue;
                };
                let id = &rest[..rest.find('"').unwrap()];
                out.insert(id.to_string(), f.display().to_string());
            }
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
fn every_language_has_english_s_messages_with_english_s_variables() {
    // Every language circle speaks is held to English: a half-done catalogue would
    // otherwise show English without a word. English is held to itself, which
    // finds its own duplicates and empty messages.
    let english = Lang::En.spec().files;
    for lang in Lang::ALL {
        let problems = i18n::check::compare(&english, &lang.spec().files);
        assert!(problems.is_empty(), "{}: {problems:#?}", lang.tag());
    }
}

/// `text` without the message `id` (its first line and the indented lines after).
fn without(text: &str, id: &str) -> String {
    let mut out = String::new();
    let mut dropping = false;
    for line in text.split_inclusive('\n') {
        if line.starts_with(&format!("{id} =")) {
            dropping = true;
        } else if !line.starts_with(' ') {
            dropping = false;
        }
        if !dropping {
            out.push_str(line);
        }
    }
    out
}

#[test]
fn a_french_catalogue_with_one_message_missing_fails() {
    // French made up from English's files, one message taken out: what a
    // half-done translation looks like.
    let english = Lang::En.spec().files;
    let french: Vec<String> = english.iter().map(|f| without(f, "setup-title")).collect();
    let french: Vec<&str> = french.iter().map(String::as_str).collect();
    assert_ne!(french, english, "the message was not taken out");
    assert_eq!(
        i18n::check::compare(&english, &french),
        [i18n::check::Problem::Missing("setup-title".into())]
    );
}

#[test]
fn a_catalogue_with_other_variables_or_an_empty_message_fails() {
    let english = Lang::En.spec().files;
    let id = "err-problems-found";
    let renamed: Vec<String> = english.iter().map(|f| f.replace("{ $count }", "{ $anzahl }")).collect();
    let renamed: Vec<&str> = renamed.iter().map(String::as_str).collect();
    let problems = i18n::check::compare(&english, &renamed);
    assert!(
        problems
            .iter()
            .any(|p| matches!(p, i18n::check::Problem::Variables { id: i, .. } if i == id)),
        "{problems:?}"
    );
    let mut emptied: Vec<String> = english.iter().map(|f| without(f, "setup-title")).collect();
    emptied[0].push_str("setup-title = { \"\" }\n");
    let emptied: Vec<&str> = emptied.iter().map(String::as_str).collect();
    assert!(i18n::check::compare(&english, &emptied).contains(&i18n::check::Problem::Empty("setup-title".into())));
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
