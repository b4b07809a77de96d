//! Dates and times as the chosen language writes them.

use chrono::{Datelike, NaiveDate, TimeZone};

use super::{Spec, lang};

/// "Sunday 22 November 2026, 14:00" · "Sonntag, 22. November 2026, 14:00".
pub fn long_date_time<Tz: TimeZone>(t: &chrono::DateTime<Tz>) -> String
where
    Tz::Offset: std::fmt::Display,
{
    let spec = lang().spec();
    t.format(&with_names(spec.long_date_time, spec, t.date_naive()))
        .to_string()
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
    let spec = lang().spec();
    d.format(&with_names(spec.short_date, spec, d)).to_string()
}

/// "15 Feb" · "15. Februar": a day in a row of them (a commitment's history).
pub fn day_month(d: NaiveDate) -> String {
    let spec = lang().spec();
    d.format(&with_names(spec.day_month, spec, d)).to_string()
}

/// `format` with the names of `day`'s weekday (`%A`, `%a`) and month (`%B`, `%b`)
/// written in, in the language of `spec`; chrono fills in the rest.
fn with_names(format: &str, spec: &Spec, day: NaiveDate) -> String {
    let weekday = day.weekday().num_days_from_monday() as usize;
    let month = day.month0() as usize;
    let mut out = String::with_capacity(format.len() + 16);
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let name = match chars.next() {
            Some('A') => spec.weekdays[weekday],
            Some('a') => spec.weekdays_short[weekday],
            Some('B') => spec.months[month],
            Some('b') => spec.months_short[month],
            // Any other specifier (and `%%`) is chrono's.
            Some(other) => {
                out.push('%');
                out.push(other);
                continue;
            }
            None => {
                out.push('%');
                break;
            }
        };
        out.push_str(&name.replace('%', "%%"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// chrono's own locale data (a dev-dependency feature, not in circle) as the
    /// oracle for each language's names.
    fn chrono_locale(lang: Lang) -> chrono::Locale {
        match lang.tag() {
            "en" => chrono::Locale::en_GB,
            "de" => chrono::Locale::de_DE,
            tag => panic!("name the chrono locale of `{tag}` here"),
        }
    }

    #[test]
    fn every_day_of_two_years_reads_as_chrono_writes_it() {
        let start = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        for lang in Lang::ALL {
            let spec = lang.spec();
            let locale = chrono_locale(lang);
            for offset in 0..731 {
                let d = start + chrono::Days::new(offset);
                let t = chrono::Utc.from_utc_datetime(&d.and_hms_opt(14, 5, 0).unwrap());
                for format in [spec.long_date_time, spec.short_date, spec.day_month] {
                    assert_eq!(
                        t.format(&with_names(format, spec, d)).to_string(),
                        t.format_localized(format, locale).to_string(),
                        "{} {format} on {d}",
                        lang.tag()
                    );
                }
            }
        }
    }

    #[test]
    fn other_specifiers_and_percent_signs_are_left_to_chrono() {
        let spec = Lang::De.spec();
        let d = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
        assert_eq!(with_names("%%A %A %b %Y %", spec, d), "%%A Montag Mär %Y %");
        assert_eq!(d.format(&with_names("%%A %A", spec, d)).to_string(), "%A Montag");
    }
}
