//! Due dates typed in German: "bis morgen", "bis nächste Woche", "bis Freitag",
//! "bis nächsten Montag", "bis in 2 Wochen", "fällig am 15. März", "bis 15.3.2027".
//! `interim` reads English only, so these are worked out here, with the same
//! meaning the English reader gives ("nächsten Freitag" is the Friday of next week,
//! as the UK dialect reads "next friday").

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use crate::dates::due_days::{
    Span, after, coming, coming_or_today, end_of_named_month, month_end, next_weeks, number_in,
};

/// Month names as German writes them (and their usual short forms).
const MONTHS: [&str; 12] = [
    "januar",
    "februar",
    "märz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
];
const WEEKDAYS: [(&str, Weekday); 7] = [
    ("montag", Weekday::Mon),
    ("dienstag", Weekday::Tue),
    ("mittwoch", Weekday::Wed),
    ("donnerstag", Weekday::Thu),
    ("freitag", Weekday::Fri),
    ("samstag", Weekday::Sat),
    ("sonntag", Weekday::Sun),
];

/// Words that say a phrase is about time, for telling a misread date from words.
pub const TIME_WORDS: [&str; 14] = [
    "morgen",
    "übermorgen",
    "heute",
    "nächste",
    "nächsten",
    "nächster",
    "kommenden",
    "ende",
    "woche",
    "wochen",
    "monat",
    "monaten",
    "jahr",
    "tagen",
];

/// True for a word that names a German month or weekday, or starts one (4 letters
/// at least, so that "die" is not read as Dienstag).
pub fn names_a_day_or_month(word: &str) -> bool {
    word.chars().count() >= 4
        && (MONTHS.iter().any(|m| m.starts_with(word)) || WEEKDAYS.iter().any(|(d, _)| d.starts_with(word)))
}

/// The date a German phrase names, counted from `today`.
pub fn parse(phrase: &str, today: NaiveDate) -> Option<NaiveDate> {
    let lower = phrase.trim().trim_end_matches('.').replace(',', " ").to_lowercase();
    let mut words: Vec<&str> = lower.split_whitespace().collect();
    // "bis zum 15. März", "fällig am Montag", "bis spätestens Freitag", and a
    // weekday before its date: "Montag, den 7. Dezember".
    loop {
        match words.as_slice() {
            [first, ..] if ["zum", "am", "den", "spätestens"].contains(first) => words.remove(0),
            [first, _, ..] if weekday(first).is_some() => words.remove(0),
            _ => break,
        };
    }
    match words.as_slice() {
        ["heute"] => Some(today),
        ["morgen"] => today.checked_add_days(Days::new(1)),
        ["übermorgen"] => today.checked_add_days(Days::new(2)),
        ["nächste" | "kommende", "woche"] => today.checked_add_days(Days::new(7)),
        ["nächsten" | "kommenden", "monat"] => today.checked_add_months(Months::new(1)),
        ["ende", "der" | "dieser", "woche"] => coming_or_today(Weekday::Fri, today),
        ["ende", "des" | "dieses", "monats"] | ["monatsende"] => month_end(today.year(), today.month()),
        ["ende", month] => end_of_named_month(month, &MONTHS, today),
        // "diesen Freitag", "kommenden Freitag": the one coming; "nächsten Freitag"
        // is the Friday of next week, as the UK English reading has it.
        ["diesen" | "kommenden" | "dieser", day] => coming(weekday(day)?, today),
        ["nächsten" | "nächster", day] => next_weeks(weekday(day)?, today),
        [day] if weekday(day).is_some() => coming(weekday(day)?, today),
        ["in" | "innerhalb", n, unit] | [n, unit] if number(n).is_some() => later(number(n)?, unit, today),
        _ => day_and_month(&words, today),
    }
}

fn weekday(word: &str) -> Option<Weekday> {
    WEEKDAYS.iter().find(|(d, _)| *d == word).map(|(_, w)| *w)
}

fn number(word: &str) -> Option<u32> {
    const WORDS: [&str; 12] = [
        "einem", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
    ];
    number_in(word, &WORDS, &["einer", "einen"])
}

/// "in 2 Wochen", "in einem Monat", "in drei Tagen".
fn later(n: u32, unit: &str, today: NaiveDate) -> Option<NaiveDate> {
    let span = match unit {
        "tag" | "tage" | "tagen" => Span::Days,
        "woche" | "wochen" => Span::Weeks,
        "monat" | "monate" | "monaten" => Span::Months,
        _ => return None,
    };
    after(n, span, today)
}

/// "15. März", "15. März 2027", "15.3.", "15.03.2027": this year unless one is given.
fn day_and_month(words: &[&str], today: NaiveDate) -> Option<NaiveDate> {
    let joined = words.join(" ");
    let parts: Vec<&str> = joined.split(['.', ' ']).filter(|p| !p.is_empty()).collect();
    let (day, month, year) = match parts.as_slice() {
        [d, m] => (*d, *m, None),
        [d, m, y] => (*d, *m, Some(*y)),
        _ => return None,
    };
    let day: u32 = day.parse().ok()?;
    let month: u32 = match month.parse() {
        Ok(m) => m,
        Err(_) => {
            MONTHS
                .iter()
                .position(|name| name.starts_with(month) && month.chars().count() >= 3)? as u32
                + 1
        }
    };
    let year: i32 = match year {
        Some(y) => y.parse().ok()?,
        None => today.year(),
    };
    NaiveDate::from_ymd_opt(year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn german_phrases_name_their_days() {
        // A Wednesday.
        let today = d(2026, 1, 14);
        let p = |t: &str| parse(t, today);
        assert_eq!(p("heute"), Some(today));
        assert_eq!(p("morgen"), Some(d(2026, 1, 15)));
        assert_eq!(p("nächste Woche"), Some(d(2026, 1, 21)));
        assert_eq!(p("Freitag"), Some(d(2026, 1, 16)));
        assert_eq!(p("Montag"), Some(d(2026, 1, 19)));
        assert_eq!(p("Mittwoch"), Some(d(2026, 1, 21)));
        assert_eq!(p("nächsten Freitag"), Some(d(2026, 1, 23)));
        assert_eq!(p("in 2 Wochen"), Some(d(2026, 1, 28)));
        assert_eq!(p("in einem Monat"), Some(d(2026, 2, 14)));
        assert_eq!(p("zum 15. März"), Some(d(2026, 3, 15)));
        assert_eq!(p("15.3.2027"), Some(d(2027, 3, 15)));
        assert_eq!(p("30. Februar"), None);
        assert_eq!(p("die Kinder schlafen"), None);
        assert!(!names_a_day_or_month("die"));
        assert!(names_a_day_or_month("märz"));
    }

    #[test]
    fn the_phrases_people_also_write() {
        // A Wednesday.
        let today = d(2026, 12, 2);
        let p = |t: &str| parse(t, today);
        assert_eq!(p("diesen Freitag"), Some(d(2026, 12, 4)));
        assert_eq!(p("kommenden Freitag"), Some(d(2026, 12, 4)));
        assert_eq!(p("nächsten Freitag"), Some(d(2026, 12, 11)));
        assert_eq!(p("Ende der Woche"), Some(d(2026, 12, 4)));
        assert_eq!(p("Ende des Monats"), Some(d(2026, 12, 31)));
        assert_eq!(p("Monatsende"), Some(d(2026, 12, 31)));
        assert_eq!(p("Ende Januar"), Some(d(2027, 1, 31)));
        assert_eq!(p("Ende Februar"), Some(d(2027, 2, 28)));
        assert_eq!(p("Montag, den 7. Dezember"), Some(d(2026, 12, 7)));
        assert_eq!(p("in zwei Wochen"), Some(d(2026, 12, 16)));
        assert_eq!(p("Ende gut alles gut"), None);
    }
}
