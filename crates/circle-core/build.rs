//! Indexes the Fluent catalogues (`locales/<tag>/*.ftl`) at build time: for each
//! language, every message's id and where its source text lies, sorted by id.
//! Building that index at start-up (splitting ~70 KB into lines and hashing ~900
//! ids) was a tenth of circle's own time to its first frame.

use std::fmt::Write;
use std::path::Path;

#[path = "src/i18n/entries.rs"]
mod entries;
#[path = "src/i18n/files.rs"]
mod files;

fn main() {
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    println!("cargo::rerun-if-changed={}", locales.display());
    let mut tags: Vec<String> = std::fs::read_dir(&locales)
        .expect("the locales folder")
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    tags.sort();
    let mut out = String::from(
        "/// Each message's id, the file (its place in `FILES`) and the byte range of its\n\
         /// source text, sorted by id; the first of two messages of one id wins, as in Fluent.\n\
         pub fn index(tag: &str) -> &'static [(&'static str, u8, u32, u32)] {\n    match tag {\n",
    );
    for tag in &tags {
        let mut seen = std::collections::BTreeMap::new();
        for (file, name) in files::FILES.iter().enumerate() {
            let path = locales.join(tag).join(name);
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            for (id, start, end) in entries::spans(&text) {
                seen.entry(id.to_string()).or_insert((file, start, end));
            }
        }
        writeln!(out, "        {tag:?} => &[").unwrap();
        for (id, (file, start, end)) in seen {
            writeln!(out, "            ({id:?}, {file}, {start}, {end}),").unwrap();
        }
        writeln!(out, "        ],").unwrap();
    }
    out.push_str("        _ => &[],\n    }\n}\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("catalogue_index.rs");
    std::fs::write(dest, out).unwrap();
}
