//! The options step's notes: "Move team + new skills - lose seniority" is an option
//! with its pros (after " + ") and cons (after " - "), listed so in the summary.

use std::fmt::Write;

use super::summary::{giver, inline};
use crate::protocol::Category;
use crate::record::Note;

pub(super) fn options(md: &mut String, notes: &[&Note]) {
    let items: Vec<&&Note> = notes.iter().filter(|n| n.category == Category::Option).collect();
    if items.is_empty() {
        return;
    }
    let _ = writeln!(md, "### {}\n", crate::t!("summary-options"));
    for n in items {
        let (option, pros, cons) = option_parts(&n.text);
        let mut line = format!("- {}", inline(option));
        if !pros.is_empty() {
            let pros = pros.iter().map(|p| inline(p)).collect::<Vec<_>>().join("; ");
            let _ = write!(line, " — {}", crate::t!("summary-pros", pros = pros));
        }
        if !cons.is_empty() {
            let cons = cons.iter().map(|c| inline(c)).collect::<Vec<_>>().join("; ");
            let _ = write!(line, " — {}", crate::t!("summary-cons", cons = cons));
        }
        let _ = writeln!(md, "{line}{}", giver(n));
    }
    md.push('\n');
}

/// "Move team + new skills + fresh start - lose seniority" → option, pros, cons.
pub fn option_parts(text: &str) -> (&str, Vec<&str>, Vec<&str>) {
    let mut pros = Vec::new();
    let mut cons = Vec::new();
    let mut option = text;
    let mut rest = text;
    let mut first = true;
    let mut current: Option<bool> = None;
    while let Some(i) = find_marker(rest) {
        let (part, plus) = (&rest[..i], rest[i..].starts_with(" + "));
        if first {
            option = part.trim();
            first = false;
        } else if let Some(p) = current {
            if p {
                pros.push(part.trim())
            } else {
                cons.push(part.trim())
            }
        }
        current = Some(plus);
        rest = &rest[i + 3..];
    }
    if let Some(p) = current {
        if p {
            pros.push(rest.trim())
        } else {
            cons.push(rest.trim())
        }
    }
    (option, pros, cons)
}

fn find_marker(s: &str) -> Option<usize> {
    match (s.find(" + "), s.find(" - ")) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_carry_pros_and_cons() {
        let (o, pros, cons) = option_parts("Move team + new skills + fresh start - lose seniority");
        assert_eq!(o, "Move team");
        assert_eq!(pros, vec!["new skills", "fresh start"]);
        assert_eq!(cons, vec!["lose seniority"]);
        assert_eq!(option_parts("Just ask"), ("Just ask", vec![], vec![]));
    }
}
