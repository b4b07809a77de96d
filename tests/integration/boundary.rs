//! The domain never touches the terminal or the command line: the meeting can be
//! planned, run, replayed and saved with no screen. The build enforces it, since
//! `circle-core`'s Cargo.toml names no screen or command-line crate; this test reads
//! Cargo.lock (which cargo writes, not us) and fails if one ever becomes reachable
//! from the core, directly or through another crate.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const CORE: &str = "circle-core";
const FORBIDDEN: &[&str] = &["ratatui", "crossterm", "clap", "clap_builder"];

/// Package name → the names of the packages it depends on, from Cargo.lock.
fn lock_graph(lock: &str) -> BTreeMap<String, Vec<String>> {
    let doc: toml::Table = lock.parse().expect("Cargo.lock is TOML");
    let mut graph = BTreeMap::new();
    for p in doc["package"].as_array().expect("[[package]] entries") {
        let name = p["name"].as_str().unwrap().to_string();
        let deps: Vec<String> = p
            .get("dependencies")
            .and_then(|d| d.as_array())
            .map(|d| {
                d.iter()
                    // "name version" when two versions are locked; the name is enough.
                    .filter_map(|x| x.as_str()?.split(' ').next().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        graph.entry(name).or_insert_with(Vec::new).extend(deps);
    }
    graph
}

fn reachable(graph: &BTreeMap<String, Vec<String>>, from: &str) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut todo = vec![from.to_string()];
    while let Some(p) = todo.pop() {
        if seen.insert(p.clone()) {
            todo.extend(graph.get(&p).into_iter().flatten().cloned());
        }
    }
    seen
}

#[test]
fn the_core_crate_reaches_no_screen_or_cli_crate() {
    let lock = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.lock"))
        .expect("Cargo.lock is committed");
    let graph = lock_graph(&lock);
    let core = reachable(&graph, CORE);
    assert!(core.len() > 10, "the core's dependencies were not found");
    let bad: Vec<_> = FORBIDDEN.iter().filter(|f| core.contains(**f)).collect();
    assert!(bad.is_empty(), "{CORE} must not depend on {bad:?}");
    // The walk can see them: the binary crate does reach all of them.
    let binary = reachable(&graph, "circle");
    for f in ["ratatui", "crossterm", "clap"] {
        assert!(binary.contains(f), "the walk missed {f} from circle");
    }
}

#[test]
fn the_core_crate_s_manifest_names_no_screen_or_cli_crate() {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/circle-core/Cargo.toml");
    let doc: toml::Table = std::fs::read_to_string(manifest).unwrap().parse().unwrap();
    for section in ["dependencies", "dev-dependencies", "build-dependencies"] {
        let Some(deps) = doc.get(section).and_then(|d| d.as_table()) else {
            continue;
        };
        for f in FORBIDDEN {
            assert!(!deps.contains_key(*f), "[{section}] of {CORE} names {f}");
        }
    }
}
