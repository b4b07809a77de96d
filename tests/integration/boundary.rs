//! The domain never touches the terminal or the command line: the meeting can be
//! planned, run, replayed and saved with no screen. This reads the source itself,
//! so an import of ratatui, crossterm or clap in a domain module fails the build's
//! tests, whoever adds it.

use std::path::{Path, PathBuf};

/// Modules and files that must stay free of screen and command-line crates.
const DOMAIN: &[&str] = &[
    "src/protocol",
    "src/plan",
    "src/engine",
    "src/notes",
    "src/meeting",
    "src/toml_reader",
    "src/persist.rs",
    "src/store.rs",
    "src/safe_text.rs",
    "src/roster.rs",
    "src/config.rs",
    "src/paths.rs",
];
const FORBIDDEN: &[&str] = &["ratatui", "crossterm", "clap"];

fn rust_files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        for entry in std::fs::read_dir(path).unwrap().flatten() {
            rust_files(&entry.path(), out);
        }
    } else if path.extension().is_some_and(|e| e == "rs") {
        out.push(path.to_path_buf());
    }
}

/// Code mentions of a crate: `ratatui::…` or `use ratatui` (comments are skipped).
fn mentions(text: &str, krate: &str) -> Vec<usize> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim_start().starts_with("//"))
        .filter(|(_, l)| l.contains(&format!("{krate}::")) || l.contains(&format!("use {krate}")))
        .map(|(i, _)| i + 1)
        .collect()
}

#[test]
fn domain_modules_import_no_screen_or_cli_crate() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for d in DOMAIN {
        let p = root.join(d);
        assert!(
            p.exists(),
            "{d} is listed as domain but does not exist; update this test"
        );
        rust_files(&p, &mut files);
    }
    assert!(files.len() > 20, "found only {} domain files", files.len());
    let mut found = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        for krate in FORBIDDEN {
            for line in mentions(&text, krate) {
                found.push(format!(
                    "{}:{line}: uses {krate}",
                    f.strip_prefix(root).unwrap().display()
                ));
            }
        }
    }
    assert!(
        found.is_empty(),
        "the domain must not touch the screen or the CLI:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_catches_an_import() {
    assert_eq!(mentions("use ratatui::style::Color;\n", "ratatui"), [1]);
    assert_eq!(mentions("fn f() { clap::Command::new(\"x\"); }\n", "clap"), [1]);
    assert!(mentions("// ratatui:: is not used here\n", "ratatui").is_empty());
}
