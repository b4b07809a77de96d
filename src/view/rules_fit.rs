//! A phase's rules fitted to the room they get: whole rules only. They are packed
//! in the protocol's order (its first rules are its most important), a rule that
//! no longer fits is left out, and a rule longer than a line wraps at its words.
//! Never half a rule: "NO IDEAS YET, NO…" would hide exactly what matters.

use unicode_width::UnicodeWidthStr;

use super::fold::wrap;

/// Between two rules on one line.
pub const SEP: &str = "  ◆  ";

/// The rules (already as shown: capitals, printable) on at most `max_lines`
/// lines of `width` columns; as many whole rules as fit, in order.
pub fn lines(rules: &[String], width: usize, max_lines: usize) -> Vec<String> {
    pack(rules, SEP, width, max_lines).0
}

/// Whole items joined by `sep` on at most `max_lines` lines of `width` columns,
/// in order, an item that no longer fits left out; and how many were left out.
pub fn pack(items: &[String], sep: &str, width: usize, max_lines: usize) -> (Vec<String>, usize) {
    let mut out: Vec<String> = Vec::new();
    let mut left_out = 0;
    if width == 0 || max_lines == 0 {
        return (out, items.len());
    }
    for item in items {
        // On the last line, beside what is there already.
        if let Some(last) = out.last_mut() {
            let joined = format!("{last}{sep}{item}");
            if joined.width() <= width {
                *last = joined;
                continue;
            }
        }
        // Else on lines of its own, if there are enough left; after the first
        // line, the separator leads, so the line reads as the next item.
        let lead = if out.is_empty() { "" } else { sep.trim_start() };
        let mut own = wrap(item, width.saturating_sub(lead.width()), usize::MAX);
        if let Some(first) = own.first_mut() {
            first.insert_str(0, lead);
        }
        let whole = own.iter().all(|l| !l.ends_with('…'));
        if whole && out.len() + own.len() <= max_lines {
            out.extend(own);
        } else {
            left_out += 1;
        }
    }
    (out, left_out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn keeps_whole_rules_and_drops_the_last() {
        let rules = r(&["NO IDEAS YET, NO ADVICE", "LISTEN", "TAKE NOTES FOR THE PRESENTER"]);
        assert_eq!(lines(&rules, 40, 1), ["NO IDEAS YET, NO ADVICE  ◆  LISTEN"]);
        assert_eq!(
            lines(&rules, 40, 2),
            ["NO IDEAS YET, NO ADVICE  ◆  LISTEN", "◆  TAKE NOTES FOR THE PRESENTER"]
        );
        // A later, shorter rule still goes where a longer one did not fit.
        assert_eq!(lines(&r(&["AAAA", "BBBBBBBBBB", "CC"]), 12, 1), ["AAAA  ◆  CC"]);
    }

    #[test]
    fn a_rule_longer_than_a_line_wraps_whole_or_is_left_out() {
        let rules = r(&["NOCH KEINE IDEEN, KEINE RATSCHLÄGE"]);
        assert_eq!(lines(&rules, 20, 2), ["NOCH KEINE IDEEN,", "KEINE RATSCHLÄGE"]);
        assert!(lines(&rules, 20, 1).is_empty());
    }
}
