//! Where each message of a Fluent source starts and ends, without parsing it.
//! Shared with the build script, which indexes the catalogues once, at build time
//! (see `catalogue.rs`).

/// The messages of a Fluent source as (id, start, end) byte offsets of their
/// source text: a message starts at a line that starts with a letter and runs
/// until the next line that starts another entry (a letter, a comment's `#`, a
/// term's `-`) or the end; indented lines and a selector's closing `}` continue it.
pub fn spans(source: &str) -> Vec<(&str, usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut at = 0;
    let close = |start: Option<usize>, end: usize, out: &mut Vec<_>| {
        if let Some(s) = start {
            let text: &str = &source[s..end];
            let id_end = text.bytes().position(|b| b == b'=' || b.is_ascii_whitespace());
            out.push((&text[..id_end.unwrap_or(text.len())], s, end));
        }
    };
    for line in source.split_inclusive('\n') {
        let first = line.as_bytes().first().copied().unwrap_or(b' ');
        if first.is_ascii_alphabetic() || first == b'#' || first == b'-' {
            close(start.take(), at, &mut out);
            if first.is_ascii_alphabetic() {
                start = Some(at);
            }
        }
        at += line.len();
    }
    close(start, at, &mut out);
    out
}
