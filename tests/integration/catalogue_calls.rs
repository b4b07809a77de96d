//! Every `t!` call passes what its message needs: each `{ $name }` the message
//! uses in any language, and nothing it never uses. Fluent would show a missing
//! one as `{$name}` to the reader and ignore an extra one without a word.

use std::collections::BTreeSet;
use std::path::Path;

use circle::i18n::{self, Lang};

/// One `t!("id", a = …)` or `label!("id")` as written in the source.
#[derive(Debug)]
struct Call {
    place: String,
    id: String,
    args: BTreeSet<String>,
}

/// The calls in one file's text. Comment lines are blanked, not dropped, so the
/// line numbers stay the file's.
fn calls_in(file: &str, source: &str) -> Vec<Call> {
    let text: String = source
        .lines()
        .map(|l| if l.trim_start().starts_with("//") { "" } else { l })
        .collect::<Vec<_>>()
        .join("\n");
    let mut out = Vec::new();
    for name in ["t!(", "label!("] {
        for (i, _) in text.match_indices(name) {
            // `t!(` itself, not the end of `format!(` or `print!(`.
            if text[..i]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_')
            {
                continue;
            }
            let parts = arguments(&text[i + name.len()..]);
            // The macro's own definition passes `$id`, not a literal.
            let Some(id) = parts.first().and_then(|p| p.strip_prefix('"')?.strip_suffix('"')) else {
                continue;
            };
            let args = parts[1..]
                .iter()
                .filter_map(|p| Some(p.split_once('=')?.0.trim().to_string()))
                .collect();
            let line = text[..i].matches('\n').count() + 1;
            out.push(Call {
                place: format!("{file}:{line}"),
                id: id.to_string(),
                args,
            });
        }
    }
    out
}

/// The comma-separated arguments up to the `)` that closes the call, trimmed.
/// Commas inside strings, brackets and closures' parentheses do not split.
fn arguments(after_open: &str) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut depth = 0;
    let mut chars = after_open.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                parts.last_mut().unwrap().push(c);
                while let Some(s) = chars.next() {
                    parts.last_mut().unwrap().push(s);
                    match s {
                        '\\' => parts.last_mut().unwrap().extend(chars.next()),
                        '"' => break,
                        _ => {}
                    }
                }
                continue;
            }
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => break,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(String::new());
                continue;
            }
            _ => {}
        }
        parts.last_mut().unwrap().push(c);
    }
    parts
        .into_iter()
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect()
}

/// What is wrong with each call, held to every language's message.
fn mismatches(calls: &[Call]) -> Vec<String> {
    let mut out = Vec::new();
    for lang in Lang::ALL {
        let (shapes, _) = i18n::check::shapes(&lang.spec().files);
        for call in calls {
            // An unknown id is the other catalogue test's to report.
            let Some(shape) = shapes.get(&call.id) else { continue };
            let missing: Vec<_> = shape.variables.difference(&call.args).collect();
            let unused: Vec<_> = call.args.difference(&shape.variables).collect();
            if !missing.is_empty() || !unused.is_empty() {
                out.push(format!(
                    "{} `{}` ({}): not passed {missing:?}, passed but not used {unused:?}",
                    call.place,
                    call.id,
                    lang.tag()
                ));
            }
        }
    }
    out
}

fn rust_files(path: &Path, out: &mut Vec<std::path::PathBuf>) {
    if path.is_dir() {
        for entry in std::fs::read_dir(path).unwrap().flatten() {
            rust_files(&entry.path(), out);
        }
    } else if path.extension().is_some_and(|e| e == "rs") {
        out.push(path.to_path_buf());
    }
}

#[test]
fn every_call_passes_the_variables_its_message_uses_and_no_others() {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    rust_files(Path::new("crates"), &mut files);
    let mut calls = Vec::new();
    for f in files {
        calls.extend(calls_in(
            &f.display().to_string(),
            &std::fs::read_to_string(&f).unwrap(),
        ));
    }
    // The scan found the calls: a few hundred, some with several arguments.
    assert!(calls.len() > 300, "found only {} calls", calls.len());
    assert!(
        calls.iter().any(|c| c.args.len() >= 3),
        "no call with three arguments found"
    );
    let wrong = mismatches(&calls);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_check_finds_a_call_that_passes_too_little_or_too_much() {
    // rustfmt's way of splitting a long call, a comma inside a string and a
    // nested call among the arguments.
    let source = r#"
fn f() {
    let a = crate::t!(
        "err-problems-found",
        total = xs.len()
    );
    // t!("setup-title", ignored = 1)
    let b = t!("setup-title", name = format!("{}, {}", x, y));
    let c = t!("err-problems-found", count = count(a, b));
    let d = label!("setup-title");
}
"#;
    let calls = calls_in("made-up.rs", source);
    assert_eq!(calls.len(), 4, "{calls:?}");
    let wrong = mismatches(&calls);
    let places: BTreeSet<&str> = wrong.iter().map(|w| w.split(' ').next().unwrap()).collect();
    // Line 3 passes `total` for `count`; line 8 passes a `name` nobody uses.
    assert_eq!(places, BTreeSet::from(["made-up.rs:3", "made-up.rs:8"]), "{wrong:#?}");
    assert!(
        wrong
            .iter()
            .any(|w| w.contains(r#"not passed ["count"], passed but not used ["total"]"#))
    );
}
