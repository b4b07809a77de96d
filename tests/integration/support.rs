//! Helpers shared by the integration tests; the larger sets each in their own
//! module under `support/`.

pub mod group_app;
pub mod laptops;
pub mod meeting;
pub mod programme;
pub mod rehearsal;
pub mod screen;
pub mod watching;
pub mod window;

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixtures() -> PathBuf {
    root().join("tests/fixtures")
}

/// The real `circle` binary, with its config and data dirs in a fresh temp dir so a
/// developer's own files never change a test's outcome.
pub struct Circle {
    pub home: tempfile::TempDir,
}

impl Circle {
    pub fn new() -> Circle {
        Circle {
            home: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn config_dir(&self) -> PathBuf {
        self.home.path().join("config")
    }

    pub fn data_dir(&self) -> PathBuf {
        self.home.path().join("data")
    }

    pub fn cmd(&self) -> Command {
        let mut cmd = Command::new(assert_cmd::cargo::cargo_bin!("circle"));
        cmd.env("CIRCLE_CONFIG_DIR", self.config_dir())
            .env("CIRCLE_DATA_DIR", self.data_dir())
            .env("NO_COLOR", "1")
            .env_remove("RUST_BACKTRACE")
            // English unless a test asks for another language.
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C.UTF-8");
        cmd
    }
}

pub fn toml_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    files
}

/// A copy of a folder tree (a fixture group's data dir, to change freely).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

/// `circle plan … --format json`, which must succeed.
pub fn plan_json(circle: &Circle, args: &[&str]) -> Value {
    let out = circle
        .cmd()
        .arg("plan")
        .args(args)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// `circle plan …` as text: (exit code, stdout, stderr).
pub fn plan_text(circle: &Circle, args: &[&str]) -> (i32, String, String) {
    let out = circle.cmd().arg("plan").args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// A JSON array of strings.
pub fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|x| x.as_str().unwrap().to_string())
        .collect()
}

/// Every file under `dir` whose name ends in `.ext`.
pub fn files_named(dir: &Path, ext: &str, found: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            files_named(&p, ext, found);
        } else if p.extension().is_some_and(|x| x == ext) {
            found.push(p);
        }
    }
}
