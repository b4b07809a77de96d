//! The house rules a newcomer relies on, read off the source tree: small files,
//! no module that swallows the rest, and a core whose modules import each other
//! in one direction only.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const MAX_LINES: usize = 400;
/// The code that is the program (tests and benchmarks are counted for file length,
/// not for the modules' shares).
const CODE_ROOTS: &[&str] = &["src", "crates/circle-core/src"];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        for entry in std::fs::read_dir(path).unwrap().flatten() {
            rust_files(&entry.path(), out);
        }
    } else if path.is_file() && path.extension().is_some_and(|e| e == "rs") {
        out.push(path.to_path_buf());
    }
}

fn lines(path: &Path) -> usize {
    std::fs::read_to_string(path).unwrap().lines().count()
}

#[test]
fn no_source_file_is_over_400_lines() {
    let mut files = Vec::new();
    for d in CODE_ROOTS.iter().chain(&["tests", "benches", "examples"]) {
        rust_files(&root().join(d), &mut files);
    }
    assert!(files.len() > 150, "found only {} files", files.len());
    let long: Vec<String> = files
        .iter()
        .map(|f| (f, lines(f)))
        .filter(|(_, n)| *n > MAX_LINES)
        .map(|(f, n)| format!("{}: {n} lines", f.strip_prefix(root()).unwrap().display()))
        .collect();
    assert!(long.is_empty(), "split these by job:\n{}", long.join("\n"));
}

/// Lines per top-level module (a folder or a file beside `lib.rs`) of every crate.
fn module_sizes() -> BTreeMap<String, usize> {
    let mut sizes = BTreeMap::new();
    for code in CODE_ROOTS {
        for entry in std::fs::read_dir(root().join(code)).unwrap().flatten() {
            let path = entry.path();
            let name = path.file_stem().unwrap().to_string_lossy().to_string();
            if ["lib", "main"].contains(&name.as_str()) {
                continue;
            }
            let mut files = Vec::new();
            rust_files(&path, &mut files);
            let n: usize = files.iter().map(|f| lines(f)).sum();
            sizes.insert(format!("{code}/{name}"), n);
        }
    }
    sizes
}

#[test]
fn no_top_level_module_holds_more_than_a_fifth_of_the_code() {
    let sizes = module_sizes();
    let total: usize = sizes.values().sum();
    assert!(total > 10_000, "counted only {total} lines");
    let big: Vec<String> = sizes
        .iter()
        .filter(|(_, n)| **n * 5 > total)
        .map(|(m, n)| format!("{m}: {n} of {total} lines"))
        .collect();
    assert!(big.is_empty(), "split by job:\n{}", big.join("\n"));
}

/// The core's top-level modules and which others each one names (`crate::x`).
fn core_imports() -> BTreeMap<String, BTreeSet<String>> {
    let core = root().join("crates/circle-core/src");
    let modules: BTreeSet<String> = std::fs::read_dir(&core)
        .unwrap()
        .flatten()
        .map(|e| e.path().file_stem().unwrap().to_string_lossy().to_string())
        .filter(|n| n != "lib")
        .collect();
    let mut graph = BTreeMap::new();
    for m in &modules {
        let mut files = Vec::new();
        rust_files(&core.join(m), &mut files);
        rust_files(&core.join(format!("{m}.rs")), &mut files);
        let mut uses = BTreeSet::new();
        for f in files {
            // Code only: a doc link to another module is not an import.
            let text: String = std::fs::read_to_string(f)
                .unwrap()
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            for (i, _) in text.match_indices("crate::") {
                let rest = &text[i + 7..];
                // `crate::{a, b::c}` names each; `crate::a::…` names one.
                let names: Vec<&str> = match rest.strip_prefix('{') {
                    Some(list) => list[..list.find('}').unwrap_or(0)]
                        .split(',')
                        .map(|s| s.trim().split("::").next().unwrap_or(""))
                        .collect(),
                    None => vec![
                        rest.split(|c: char| !c.is_alphanumeric() && c != '_')
                            .next()
                            .unwrap_or(""),
                    ],
                };
                uses.extend(
                    names
                        .into_iter()
                        .filter(|n| modules.contains(*n) && *n != m)
                        .map(str::to_string),
                );
            }
        }
        graph.insert(m.clone(), uses);
    }
    graph
}

/// A module that imports, through others, a module that imports it back.
fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        g: &BTreeMap<String, BTreeSet<String>>,
        m: &str,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| p == m) {
            let mut c = path[i..].to_vec();
            c.push(m.to_string());
            return Some(c);
        }
        if done.contains(m) {
            return None;
        }
        path.push(m.to_string());
        for next in g.get(m).into_iter().flatten() {
            if let Some(c) = visit(g, next, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(m.to_string());
        None
    }
    let mut done = BTreeSet::new();
    graph.keys().find_map(|m| visit(graph, m, &mut Vec::new(), &mut done))
}

#[test]
fn the_core_s_modules_import_each_other_in_one_direction() {
    let graph = core_imports();
    assert!(
        graph["journal"].contains("record"),
        "the import scan found nothing: {graph:?}"
    );
    if let Some(c) = cycle(&graph) {
        panic!("an import circle in the core: {}", c.join(" → "));
    }
}

#[test]
fn the_circle_check_finds_a_circle() {
    let g: BTreeMap<String, BTreeSet<String>> = [("a", "b"), ("b", "c"), ("c", "a"), ("d", "a")]
        .into_iter()
        .map(|(x, y)| (x.to_string(), BTreeSet::from([y.to_string()])))
        .collect();
    assert_eq!(cycle(&g).unwrap(), ["a", "b", "c", "a"]);
    let mut acyclic = g.clone();
    acyclic.insert("c".into(), BTreeSet::new());
    assert_eq!(cycle(&acyclic), None);
}

/// A phase kind's behaviour is asked of its row in `protocol/kinds.rs`; a check of
/// one kind by name anywhere else (`== Kind::Break`, `matches!(…, Kind::Norms)`,
/// a match arm) is behaviour that table does not know about. Naming a kind to
/// build a phase (`kind: Kind::Break`) is fine.
fn kind_checks(text: &str) -> Vec<usize> {
    let mut found = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim_start().starts_with("//") {
            continue;
        }
        for (i, _) in line.match_indices("Kind::") {
            let before = line[..i].chars().next_back();
            let rest = &line[i + 6..];
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_')
                || !rest.starts_with(|c: char| c.is_ascii_uppercase())
                || rest.starts_with("ALL")
            {
                continue;
            }
            let name_end = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
            let after = rest[name_end..].trim_start();
            let head = line[..i].trim_end();
            if head.ends_with("==")
                || head.ends_with("!=")
                || line.contains("matches!(")
                || after.starts_with("=>")
                || after.starts_with('|')
            {
                found.push(n + 1);
                break;
            }
        }
    }
    found
}

#[test]
fn phase_kinds_are_checked_only_in_their_table() {
    // The kinds' own table.
    const ALLOWED: &[&str] = &["crates/circle-core/src/protocol/kinds.rs"];
    let mut files = Vec::new();
    for d in CODE_ROOTS {
        rust_files(&root().join(d), &mut files);
    }
    let mut found = Vec::new();
    for f in &files {
        let rel = f.strip_prefix(root()).unwrap().display().to_string();
        if ALLOWED.contains(&rel.as_str()) {
            continue;
        }
        for n in kind_checks(&std::fs::read_to_string(f).unwrap()) {
            found.push(format!("{rel}:{n}"));
        }
    }
    assert!(
        found.is_empty(),
        "ask `kind.rules()` (protocol/kinds.rs) instead of naming a kind:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_kind_check_finds_a_named_kind() {
    assert_eq!(kind_checks("if step.kind == Kind::Break {"), [1]);
    assert_eq!(
        kind_checks("x\nif matches!(s.kind, Kind::Options | Kind::Feedback) {"),
        [2]
    );
    assert_eq!(kind_checks("    Kind::Norms => 3,"), [1]);
    assert!(kind_checks("kind: Kind::Break,\nio::ErrorKind::NotFound == e").is_empty());
    assert!(kind_checks("for k in Kind::ALL {").is_empty());
}
