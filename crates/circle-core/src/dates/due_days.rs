//! The calendar arithmetic both due-date readers share: the coming weekday, next
//! week's, the end of a month, a span of days, weeks or months. Each language
//! supplies its own words (`due_english`, `due_german`).

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

/// A length of time a due date counts on from today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    Days,
    Weeks,
    Months,
}

/// `n` spans after today.
pub fn after(n: u32, span: Span, today: NaiveDate) -> Option<NaiveDate> {
    match span {
        Span::Days => today.checked_add_days(Days::new(u64::from(n))),
        Span::Weeks => today.checked_add_days(Days::new(u64::from(n) * 7)),
        Span::Months => today.checked_add_months(Months::new(n)),
    }
}

/// A number as digits or as one of a language's words (`words[0]` is 1); `ones`
/// are more ways that language says one.
pub fn number_in(word: &str, words: &[&str], ones: &[&str]) -> Option<u32> {
    if let Ok(n) = word.parse() {
        return Some(n);
    }
    if ones.contains(&word) {
        return Some(1);
    }
    words.iter().position(|w| *w == word).map(|i| i as u32 + 1)
}

/// "the end of March" / "Ende März": the last day of the month a word starts
/// (three letters at least) in `months`, next year's once this year's is past.
pub fn end_of_named_month(word: &str, months: &[&str], today: NaiveDate) -> Option<NaiveDate> {
    let month = months
        .iter()
        .position(|m| word.chars().count() >= 3 && m.starts_with(word))? as u32
        + 1;
    let end = month_end(today.year(), month)?;
    if end >= today {
        Some(end)
    } else {
        month_end(today.year() + 1, month)
    }
}

// That weekday this week, today included, else the next one.
pub fn coming_or_today(day: Weekday, today: NaiveDate) -> Option<NaiveDate> {
    if today.weekday() == day {
        Some(today)
    } else {
        coming(day, today)
    }
}

/// The last day of a month.
pub fn month_end(year: i32, month: u32) -> Option<NaiveDate> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    first.checked_add_months(Months::new(1))?.pred_opt()
}

/// The next such weekday after today.
pub fn coming(day: Weekday, today: NaiveDate) -> Option<NaiveDate> {
    let ahead = (day.num_days_from_monday() + 7 - today.weekday().num_days_from_monday()) % 7;
    today.checked_add_days(Days::new(u64::from(if ahead == 0 { 7 } else { ahead })))
}

/// That weekday in the week after this one (weeks start on Monday).
pub fn next_weeks(day: Weekday, today: NaiveDate) -> Option<NaiveDate> {
    let monday = today.checked_add_days(Days::new(u64::from(7 - today.weekday().num_days_from_monday())))?;
    monday.checked_add_days(Days::new(u64::from(day.num_days_from_monday())))
}
