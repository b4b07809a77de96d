//! Due dates typed after a commitment: "Call Sam by next friday", "… due 2026-03-01",
//! "… by 15 March". Read with `interim` (natural English dates, UK dialect: "next
//! friday" is the Friday of next week), and in German ("Sam anrufen bis morgen",
//! "… fällig am 15. März", see `due_german`). A date that is impossible or already
//! past is flagged, never silently replaced.

use chrono::{Datelike, NaiveDate, TimeZone, Utc};

/// What the end of a commitment says about its due date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DuePhrase {
    /// No date was given: due at the next meeting.
    None,
    /// Understood: the text without the phrase, the phrase, and its date.
    Understood {
        what: String,
        phrase: String,
        date: NaiveDate,
    },
    /// A date that has already passed.
    Past { phrase: String, date: NaiveDate },
    /// It looks like a date, but no such day exists (2026-02-30) or circle cannot
    /// read it ("by the end of the quarter").
    Impossible { phrase: String },
}

/// Words a due date follows, tried in this order; the last one in the text wins
/// within each. "in" and "within" only ever take a span ("in two weeks").
const MARKERS: [&str; 7] = [" by ", " due ", " within ", " in ", " bis ", " fällig ", " innerhalb "];
/// The markers a German phrase follows: its date is read the German way first.
const GERMAN_MARKERS: [&str; 3] = [" bis ", " fällig ", " innerhalb "];
/// Markers after which only a span or a day is a date ("in person" is not).
const SPAN_MARKERS: [&str; 3] = [" in ", " within ", " innerhalb "];
/// Month and day names: a word names one if it starts one (3 letters at least).
pub(super) const NAMES: [&str; 19] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Read the due date at the end of `text`, relative to `today`.
pub fn read(text: &str, today: NaiveDate) -> DuePhrase {
    let lower = text.to_lowercase();
    for marker in MARKERS {
        let Some(i) = lower.rfind(marker) else { continue };
        // Lower-casing can shift byte offsets in rare scripts; only trust a match
        // that lands on the same place in the original text.
        if !text.is_char_boundary(i) || !text[i..].to_lowercase().starts_with(marker) {
            continue;
        }
        let phrase = text[i + marker.len()..]
            .trim()
            .trim_end_matches(['.', ',', ';', '!'])
            .trim_end();
        if phrase.is_empty() {
            continue;
        }
        let parsed = if SPAN_MARKERS.contains(&marker) {
            // "in March" is a month, not a due date; "in two weeks" and "innerhalb
            // von zwei Wochen" are.
            let german = phrase.to_lowercase().replace("von ", "");
            crate::dates::due_english::parse(phrase, today).or_else(|| crate::dates::due_german::parse(&german, today))
        } else {
            parse(phrase, today, GERMAN_MARKERS.contains(&marker)).map(|d| next_if_yearless(d, phrase, today))
        };
        match parsed {
            Some(date) if date < today => {
                return DuePhrase::Past {
                    phrase: phrase.to_string(),
                    date,
                };
            }
            Some(date) => {
                return DuePhrase::Understood {
                    what: without_trailing_marks(&text[..i]),
                    phrase: phrase.to_string(),
                    date,
                };
            }
            None if !SPAN_MARKERS.contains(&marker) && looks_like_date(phrase) => {
                return DuePhrase::Impossible {
                    phrase: phrase.to_string(),
                };
            }
            None => {}
        }
    }
    DuePhrase::None
}

/// A commitment's own words, without the comma or dash typed before its date
/// ("Call Sam, by Friday").
pub fn without_trailing_marks(text: &str) -> String {
    text.trim_end()
        .trim_end_matches([',', ';', ':', '–', '—', '-'])
        .trim_end()
        .to_string()
}

/// "by 15 March" typed in December means next March: a day and month with no year
/// that has already gone by this year is the next one. A weekday, "yesterday" or a
/// date with its year is left as it is.
fn next_if_yearless(date: NaiveDate, phrase: &str, today: NaiveDate) -> NaiveDate {
    let has_year = phrase.split(|c: char| !c.is_ascii_digit()).any(|n| n.len() == 4);
    let lower = phrase.to_lowercase();
    let names_month = lower
        .split(|c: char| !c.is_alphabetic())
        .any(|w| w.len() >= 3 && NAMES[..12].iter().chain(&GERMAN_MONTHS).any(|m| m.starts_with(w)));
    // "15.3." and "zum 15.3.": the date itself is the last word.
    let last = lower.split_whitespace().last().unwrap_or("");
    let day_dot_month = last.trim_end_matches('.').split('.').filter(|p| !p.is_empty()).count() == 2
        && last.chars().all(|c| c.is_ascii_digit() || c == '.');
    if date >= today || has_year || !(names_month || day_dot_month) {
        return date;
    }
    date.with_year(date.year() + 1).unwrap_or(date)
}

/// German month names that no English one starts (`NAMES` has the English).
const GERMAN_MONTHS: [&str; 8] = [
    "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember",
];

fn parse(phrase: &str, today: NaiveDate, german_first: bool) -> Option<NaiveDate> {
    // ISO dates first: exact, and never read as something else.
    if let Ok(d) = NaiveDate::parse_from_str(phrase, "%Y-%m-%d") {
        return Some(d);
    }
    let german = || crate::dates::due_german::parse(phrase, today);
    let english = || crate::dates::due_english::parse(phrase, today).or_else(|| english(phrase, today));
    if german_first {
        german().or_else(english)
    } else {
        english().or_else(german)
    }
}

fn english(phrase: &str, today: NaiveDate) -> Option<NaiveDate> {
    let base = Utc.from_utc_datetime(&today.and_hms_opt(12, 0, 0)?);
    interim::parse_date_string(phrase, base, interim::Dialect::Uk)
        .ok()
        .map(|dt| dt.date_naive())
}

/// Words that only a time phrase uses after "by": "by the end of the week".
const TIME_WORDS: [&str; 10] = [
    "next", "end", "week", "weeks", "month", "months", "tomorrow", "today", "tonight", "year",
];

/// Digits and separators only, or a month or weekday name, or a word of time: a
/// date that did not parse is then a wrong or unreadable date, not ordinary words
/// ("Stand by my team" is not a date at all).
fn looks_like_date(phrase: &str) -> bool {
    let p = phrase.to_lowercase();
    let digits = p.chars().any(|c| c.is_ascii_digit());
    if digits && p.chars().all(|c| c.is_ascii_digit() || "-/. ".contains(c)) {
        return true;
    }
    let words: Vec<&str> = p
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // "mar", "march", "sat" name one; "marketing", "Sam" do not.
    let named = words.iter().any(|w| {
        (w.len() >= 3 && NAMES.iter().any(|n| n.starts_with(w))) || crate::dates::due_german::names_a_day_or_month(w)
    });
    let timely = words
        .iter()
        .any(|w| TIME_WORDS.contains(w) || crate::dates::due_german::TIME_WORDS.contains(w));
    (named || timely) && words.len() <= 6
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    // A Wednesday.
    const TODAY: (i32, u32, u32) = (2026, 1, 14);

    fn today() -> NaiveDate {
        d(TODAY.0, TODAY.1, TODAY.2)
    }

    #[test]
    fn natural_and_iso_dates_are_understood() {
        let understood = |t: &str| match read(t, today()) {
            DuePhrase::Understood { what, date, .. } => (what, date),
            other => panic!("{t}: {other:?}"),
        };
        assert_eq!(
            understood("Call Sam by 2026-12-01"),
            ("Call Sam".into(), d(2026, 12, 1))
        );
        assert_eq!(
            understood("Call Sam due 2026-12-01 "),
            ("Call Sam".into(), d(2026, 12, 1))
        );
        // UK: "next friday" is the Friday of next week; "friday" this coming one.
        assert_eq!(understood("Draft the plan by next friday").1, d(2026, 1, 23));
        assert_eq!(understood("Draft the plan by Friday").1, d(2026, 1, 16));
        assert_eq!(understood("Ask for the budget by 15 March").1, d(2026, 3, 15));
    }

    #[test]
    fn a_day_and_month_gone_by_this_year_is_next_years() {
        let december = d(2026, 12, 2);
        let date = |t: &str| match read(t, december) {
            DuePhrase::Understood { date, .. } => Some(date),
            _ => None,
        };
        assert_eq!(date("Ask for the budget by 15 March"), Some(d(2027, 3, 15)));
        assert_eq!(date("Budget anfragen bis 15. März"), Some(d(2027, 3, 15)));
        assert_eq!(date("Budget anfragen bis 15.3."), Some(d(2027, 3, 15)));
        assert_eq!(date("Budget anfragen bis zum 15.3."), Some(d(2027, 3, 15)));
        // With its year, or a day already named relative to today, it stays past.
        assert!(matches!(
            read("Call by 15 March 2026", december),
            DuePhrase::Past { .. }
        ));
        assert!(matches!(read("Call by yesterday", december), DuePhrase::Past { .. }));
        assert_eq!(date("Call by 20 December"), Some(d(2026, 12, 20)));
    }

    #[test]
    fn past_and_impossible_dates_are_flagged() {
        assert_eq!(
            read("Call Sam by 2020-01-01", today()),
            DuePhrase::Past {
                phrase: "2020-01-01".into(),
                date: d(2020, 1, 1)
            }
        );
        assert_eq!(
            read("Call Sam by 2026-02-30", today()),
            DuePhrase::Impossible {
                phrase: "2026-02-30".into()
            }
        );
        assert_eq!(
            read("Ship it by the end of the quarter", today()),
            DuePhrase::Impossible {
                phrase: "the end of the quarter".into()
            }
        );
        assert_eq!(read("Stand by my team", today()), DuePhrase::None);
        assert_eq!(read("Sit down by Sam and listen", today()), DuePhrase::None);
        assert_eq!(read("Meet by the marketing team", today()), DuePhrase::None);
        assert_eq!(read("Call Sam", today()), DuePhrase::None);
    }

    #[test]
    fn german_due_phrases_are_understood() {
        let understood = |t: &str| match read(t, today()) {
            DuePhrase::Understood { what, date, .. } => (what, date),
            other => panic!("{t}: {other:?}"),
        };
        assert_eq!(
            understood("Sam anrufen bis morgen"),
            ("Sam anrufen".into(), d(2026, 1, 15))
        );
        assert_eq!(understood("Plan entwerfen bis nächste Woche").1, d(2026, 1, 21));
        assert_eq!(understood("Budget klären bis Montag").1, d(2026, 1, 19));
        assert_eq!(understood("Budget klären bis in 2 Wochen").1, d(2026, 1, 28));
        assert_eq!(understood("Bericht schreiben fällig am 15. März").1, d(2026, 3, 15));
        assert_eq!(understood("Sam anrufen bis heute").1, today());
        assert_eq!(
            read("Sam anrufen bis 30. Februar", today()),
            DuePhrase::Impossible {
                phrase: "30. Februar".into()
            }
        );
        assert_eq!(read("Warten, bis die Kinder schlafen", today()), DuePhrase::None);
    }

    #[test]
    fn spans_ends_and_a_trailing_comma() {
        // Thursday 15 January 2026.
        let today = d(2026, 1, 15);
        let got = |t: &str| match read(t, today) {
            DuePhrase::Understood { what, date, .. } => (what, date),
            other => panic!("{t}: {other:?}"),
        };
        assert_eq!(got("Call Sam in two weeks,"), ("Call Sam".into(), d(2026, 1, 29)));
        assert_eq!(
            got("Draft the plan within 2 weeks"),
            ("Draft the plan".into(), d(2026, 1, 29))
        );
        assert_eq!(got("Ask HR, in 10 days"), ("Ask HR".into(), d(2026, 1, 25)));
        assert_eq!(
            got("Book the room by the end of the month."),
            ("Book the room".into(), d(2026, 1, 31))
        );
        assert_eq!(
            got("Talk to Ana by next Friday"),
            ("Talk to Ana".into(), d(2026, 1, 23))
        );
        assert_eq!(
            got("Sam anrufen in zwei Wochen"),
            ("Sam anrufen".into(), d(2026, 1, 29))
        );
        assert_eq!(
            got("Sam anrufen innerhalb von 3 Tagen"),
            ("Sam anrufen".into(), d(2026, 1, 18))
        );
        // Not dates at all.
        assert_eq!(read("Meet Sam in person", today), DuePhrase::None);
        assert_eq!(read("Present in March", today), DuePhrase::None);
        assert_eq!(without_trailing_marks("Call Sam, "), "Call Sam");
    }
}
