//! Text that does not fit is wrapped at spaces or elided with `…`, never cut
//! mid-word without a mark. Widths are terminal columns (a CJK character is two).

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthChar;

use super::util::printable;

/// Columns `s` takes on screen: an ideograph takes two.
pub fn width(s: &str) -> usize {
    s.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// `text` made printable and fitted to `max` columns: whole if it fits, else cut at
/// the last space that keeps at least half the room (or mid-word when a single word
/// is longer), always ending in `…`.
pub fn elide(text: &str, max: usize) -> String {
    let clean = printable(text);
    if width(&clean) <= max {
        return clean;
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    let mut last_space = None;
    for c in clean.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > max - 1 {
            break;
        }
        if c == ' ' {
            last_space = Some(out.len());
        }
        out.push(c);
        used += w;
    }
    if let Some(at) = last_space
        && width(&out[..at]) * 2 >= max
    {
        out.truncate(at);
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out.push('…');
    out
}

/// `text` wrapped at spaces into at most `max_lines` lines of `max` columns; the
/// last line is elided when text remains.
pub fn wrap(text: &str, max: usize, max_lines: usize) -> Vec<String> {
    let clean = printable(text);
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    let words: Vec<&str> = clean.split(' ').filter(|w| !w.is_empty()).collect();
    let mut i = 0;
    while i < words.len() {
        let word = words[i];
        let candidate = if current.is_empty() {
            word.to_string()
        } else {
            format!("{current} {word}")
        };
        if width(&candidate) <= max {
            current = candidate;
            i += 1;
            continue;
        }
        if current.is_empty() {
            // A word longer than a line: elided on its own line.
            current = elide(word, max);
            i += 1;
        }
        lines.push(std::mem::take(&mut current));
        if lines.len() == max_lines {
            break;
        }
    }
    if !current.is_empty() && lines.len() < max_lines {
        lines.push(current);
    } else if i < words.len()
        && let Some(last) = lines.last_mut()
    {
        // Text remains: say so on the last line.
        let rest = words[i..].join(" ");
        *last = elide(&format!("{last} {rest}"), max);
    }
    lines
}

/// Spans fitted to `max` columns: whole spans while they fit, the first that does
/// not is elided, the rest dropped.
pub fn fit_spans(spans: Vec<Span<'static>>, max: usize) -> Line<'static> {
    let mut out = Vec::new();
    let mut used = 0;
    for s in spans {
        let w = width(&s.content);
        if used + w <= max {
            used += w;
            out.push(s);
            continue;
        }
        let room = max - used;
        if room > 1 {
            out.push(Span::styled(elide(&s.content, room), s.style));
        } else if let Some(last) = out.pop() {
            // No room for even "x…": mark the cut on the span before.
            let w = width(&last.content);
            out.push(Span::styled(elide(&format!("{}…", last.content), w), last.style));
        }
        break;
    }
    Line::from(out)
}

/// Items joined by `sep`, as many as fit in `max` columns, then "… N more".
pub fn join_fitting(items: &[String], sep: &str, max: usize, style: Style) -> Span<'static> {
    let mut shown = String::new();
    for (k, item) in items.iter().enumerate() {
        let next = if shown.is_empty() {
            item.clone()
        } else {
            format!("{shown}{sep}{item}")
        };
        let left = items.len() - k - 1;
        let tail = if left > 0 {
            format!("{sep}{}", crate::t!("fold-more", count = left))
        } else {
            String::new()
        };
        if width(&next) + width(&tail) > max {
            let rest = items.len() - k;
            let more = if shown.is_empty() {
                let tail = crate::t!("fold-more", count = rest - 1);
                elide(item, max.saturating_sub(width(&format!("{sep}{tail}"))))
            } else {
                format!("{shown}{sep}{}", crate::t!("fold-more", count = rest))
            };
            return Span::styled(elide(&more, max), style);
        }
        shown = next;
    }
    Span::styled(shown, style)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_percent_sign_stays_with_its_number_in_german() {
        let line = crate::i18n::with_lang(crate::i18n::Lang::De, || {
            crate::t!("celebration-kept", kept = 4, due = 4, percent = 100)
        });
        for max in 12..line.chars().count() {
            let lines = wrap(&line, max, 9);
            assert!(
                lines.iter().all(|l| !l.ends_with("100") && !l.starts_with('%')),
                "{lines:?}"
            );
        }
    }

    #[test]
    fn elides_at_a_word_with_a_mark() {
        assert_eq!(elide("Ask open questions that start", 20), "Ask open questions…");
        assert_eq!(elide("short", 20), "short");
        assert_eq!(elide("Supercalifragilistic", 8), "Superca…");
        assert_eq!(elide("李李李李", 5), "李李…");
    }

    #[test]
    fn wraps_at_spaces_and_marks_what_is_left() {
        assert_eq!(wrap("one two three four", 9, 3), ["one two", "three", "four"]);
        assert_eq!(wrap("one two three four five six", 9, 2), ["one two", "three…"]);
        for line in wrap("a bb ccc dddd eeeee ffffff", 7, 10) {
            assert!(width(&line) <= 7, "{line}");
        }
    }

    #[test]
    fn joins_what_fits_then_counts_the_rest() {
        let names: Vec<String> = ["Ana", "Ben", "Chen", "Dee"].iter().map(|s| s.to_string()).collect();
        assert_eq!(
            join_fitting(&names, ", ", 40, Style::new()).content,
            "Ana, Ben, Chen, Dee"
        );
        assert_eq!(
            join_fitting(&names, ", ", 18, Style::new()).content,
            "Ana, Ben, … 2 more"
        );
    }
}
