//! Names as people type them: one form to keep (Unicode NFC, so "é" typed as one
//! character or as "e" + accent is the same name), one key to compare by (NFKC and
//! case-folded, so "ＡＮＡ" in fullwidth letters and "ana" are the same person), and
//! a folder name for a group that is unique even when the name has no Latin letters.

use std::path::Path;

use unicode_normalization::UnicodeNormalization;

/// Longest group or member name circle takes, wherever it is given (`plan`,
/// `run`, `group new`, a roster file): one limit, one message.
pub const MAX_NAME: usize = 200;

/// The form a name is kept in: trimmed, NFC, without the invisible characters
/// that only hide a difference ("A\u{200b}na" is kept as "Ana"). The joiners
/// (U+200C, U+200D) stay: Persian and Indic names and emoji need them to be drawn.
pub fn normalize(name: &str) -> String {
    let seen: String = name.chars().filter(|c| !invisible(*c)).collect();
    seen.trim().nfc().collect()
}

/// Characters that draw nothing and join nothing: zero-width space, word joiner,
/// byte-order mark, soft hyphen, the invisible operators, the Mongolian vowel
/// separator, and the direction marks.
fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00ad}'
            | '\u{180e}'
            | '\u{200b}'
            | '\u{200e}'
            | '\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{feff}'
    )
}

/// What two names are compared by: compatibility-normalised (fullwidth letters,
/// ligatures), lower-cased, with runs of spaces as one, and without any character
/// that draws nothing (the joiners too: "A\u{200d}na" is Ana).
pub fn key(name: &str) -> String {
    let seen = name
        .chars()
        .filter(|c| !invisible(*c) && !matches!(c, '\u{200c}' | '\u{200d}' | '\u{fe00}'..='\u{fe0f}'));
    let folded: String = seen.collect::<String>().nfkc().flat_map(char::to_lowercase).collect();
    // Lower-casing can leave decomposed forms (e.g. "İ"): normalise once more.
    let folded: String = folded.nfkc().collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// True when two names are the same name.
pub fn same(a: &str, b: &str) -> bool {
    // Plain ASCII (most names): the same answer as comparing keys, without building
    // them; names are compared in every step of a replay.
    if a.is_ascii() && b.is_ascii() {
        let mut x = a.split_whitespace();
        let mut y = b.split_whitespace();
        loop {
            match (x.next(), y.next()) {
                (None, None) => return true,
                (Some(p), Some(q)) if p.eq_ignore_ascii_case(q) => {}
                _ => return false,
            }
        }
    }
    key(a) == key(b)
}

/// The folder a group's files go in, under `groups`. A plain-ASCII name keeps its
/// readable slug ("Tuesday circle" → `tuesday-circle`). Any other name adds a short
/// hash of its key, so names the slug cannot spell ("東京", "Ｔｏｋｙｏ", "..") each get
/// their own folder. A folder made by an earlier circle under the plain slug is
/// still found: it is used when its `group.toml` names this group.
pub fn group_folder(groups: &Path, name: &str) -> String {
    let plain = crate::store::slug(name);
    if name.is_ascii() && plain != "group" {
        return plain;
    }
    let hashed = format!("{plain}-{:010x}", fnv1a(key(name).as_bytes()) & 0xff_ffff_ffff);
    if !groups.join(&hashed).exists() && folder_names(&groups.join(&plain), name) {
        return plain;
    }
    hashed
}

/// True when `dir/group.toml` is the group `name`.
fn folder_names(dir: &Path, name: &str) -> bool {
    #[derive(serde::Deserialize)]
    struct Named {
        name: String,
    }
    crate::safe_read::read_regular_text(&dir.join("group.toml"), crate::safe_read::SMALL_FILE_CAP)
        .ok()
        .and_then(|t| toml::from_str::<Named>(&t).ok())
        .is_some_and(|g| same(&g.name, name))
}

/// FNV-1a, 64 bits: a hash that is the same in every build (unlike std's).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn composed_decomposed_fullwidth_and_case_are_one_name() {
        assert!(same("Zoë", "Zoe\u{308}"));
        assert!(same("ＡＮＡ", "ana"));
        assert!(same("  Ana   Lima ", "ana lima"));
        assert!(!same("Ana", "Anna"));
        assert_eq!(normalize(" Zoe\u{308} "), "Zoë");
    }

    #[test]
    fn names_without_latin_letters_get_folders_of_their_own() {
        let groups = tempfile::tempdir().unwrap();
        let g = groups.path();
        let folders: Vec<String> = ["東京", "北京", "Ｔｏｋｙｏ", ".", "..", "Tuesday circle"]
            .iter()
            .map(|n| group_folder(g, n))
            .collect();
        let mut unique = folders.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), folders.len(), "{folders:?}");
        assert_eq!(folders[5], "tuesday-circle");
        assert!(folders.iter().all(|f| !f.contains('/') && f != "." && f != ".."));
        assert_eq!(group_folder(g, "東京"), folders[0], "the same name, the same folder");
    }
}

#[cfg(test)]
mod same_tests {
    use super::{key, same};

    /// The ASCII shortcut agrees with the full comparison.
    #[test]
    fn the_ascii_shortcut_agrees_with_the_keys() {
        let names = [
            "Ana", "ana", " Ana ", "Ana  Lu", "ana lu", "Anal u", "Ben", "", " ", "A\tB", "a b", "A\u{b}B",
        ];
        for a in names {
            for b in names {
                assert_eq!(same(a, b), key(a) == key(b), "{a:?} vs {b:?}");
            }
        }
    }
}
