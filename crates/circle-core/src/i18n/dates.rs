//! Dates and times as the chosen language writes them.

use chrono::{Locale, NaiveDate, TimeZone};

use super::lang;

fn locale() -> Locale {
    lang().spec().locale
}

/// "Sunday 22 November 2026, 14:00" · "Sonntag, 22. November 2026, 14:00".
pub fn long_date_time<Tz: TimeZone>(t: &chrono::DateTime<Tz>) -> String
where
    Tz::Offset: std::fmt::Display,
{
    t.format_localized(lang().spec().long_date_time, locale()).to_string()
}

/// A day in a sentence, a list or a hint: English keeps the ISO date circle always
/// printed (scripts read it), other languages write it as their readers do.
pub fn day(d: NaiveDate) -> String {
    if lang().spec().iso_days {
        d.to_string()
    } else {
        short_date(d)
    }
}

/// "Tue 8 Dec 2026" · "Di, 8. Dezember 2026" (German short months read oddly: "Mär").
pub fn short_date(d: NaiveDate) -> String {
    d.format_localized(lang().spec().short_date, locale()).to_string()
}

/// "15 Feb" · "15. Februar": a day in a row of them (a commitment's history).
pub fn day_month(d: NaiveDate) -> String {
    d.format_localized(lang().spec().day_month, locale()).to_string()
}
