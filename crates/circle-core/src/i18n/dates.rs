//! Dates and times as the chosen language writes them.

use chrono::{Locale, NaiveDate, TimeZone};

use super::{Lang, lang};

fn locale() -> Locale {
    match lang() {
        Lang::En => Locale::en_GB,
        Lang::De => Locale::de_DE,
    }
}

/// "Sunday 22 November 2026, 14:00" · "Sonntag, 22. November 2026, 14:00".
pub fn long_date_time<Tz: TimeZone>(t: &chrono::DateTime<Tz>) -> String
where
    Tz::Offset: std::fmt::Display,
{
    let f = match lang() {
        Lang::En => "%A %-d %B %Y, %H:%M",
        Lang::De => "%A, %-d. %B %Y, %H:%M",
    };
    t.format_localized(f, locale()).to_string()
}

/// A day in a sentence, a list or a hint: English keeps the ISO date circle always
/// printed (scripts read it), other languages write it as their readers do.
pub fn day(d: NaiveDate) -> String {
    match lang() {
        Lang::En => d.to_string(),
        _ => short_date(d),
    }
}

/// "Tue 8 Dec 2026" · "Di, 8. Dezember 2026" (German short months read oddly: "Mär").
pub fn short_date(d: NaiveDate) -> String {
    let f = match lang() {
        Lang::En => "%a %-d %b %Y",
        Lang::De => "%a, %-d. %B %Y",
    };
    d.format_localized(f, locale()).to_string()
}

/// "15 Feb" · "15. Februar": a day in a row of them (a commitment's history).
pub fn day_month(d: NaiveDate) -> String {
    let f = match lang() {
        Lang::En => "%-d %b",
        Lang::De => "%-d. %B",
    };
    d.format_localized(f, locale()).to_string()
}
