//! Due dates typed in English that are read by one documented rule here, before
//! `interim` reads the rest ("15 March", "2026-03-01", "tomorrow"). The rule, the
//! same as the German reader's:
//!
//! - "Friday", "this Friday", "coming Friday": the next Friday after today;
//! - "next Friday": the Friday of next week (weeks start on Monday), whatever day
//!   it is typed on;
//! - "the end of the week": this Friday (today, on a Friday); "the end of the
//!   month": its last day; "the end of March": the last day of March;
//! - "in two weeks", "within 2 weeks", "in 10 days", "in a month", "a fortnight":
//!   counted from today; "next week" is in seven days, "next month" in one month.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use crate::dates::due_days::{
    Span, after, coming, coming_or_today, end_of_named_month, month_end, next_weeks, number_in,
};

/// Weekdays in the order `due::NAMES` lists them, after its twelve months.
const WEEKDAYS: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// The date an English phrase names by the rule above; `None` leaves it to `interim`.
pub fn parse(phrase: &str, today: NaiveDate) -> Option<NaiveDate> {
    let lower = phrase
        .trim()
        .trim_end_matches(['.', ',', ';', '!'])
        .replace(',', " ")
        .to_lowercase();
    let mut words: Vec<&str> = lower.split_whitespace().collect();
    // "by the end of …", "within the next 2 weeks", "in about two weeks".
    while let [first, _, ..] = words.as_slice() {
        if ["the", "about", "around", "roughly", "within", "in"].contains(first) {
            words.remove(0);
        } else {
            break;
        }
    }
    if words.first() == Some(&"next") && words.len() == 3 && number(words[1]).is_some() {
        words.remove(0);
    }
    match words.as_slice() {
        ["next", "week"] => today.checked_add_days(Days::new(7)),
        ["next", "month"] => today.checked_add_months(Months::new(1)),
        ["a" | "one", "fortnight"] | ["fortnight"] => today.checked_add_days(Days::new(14)),
        ["end", "of", "the" | "this", "week"] | ["end", "of", "week"] | ["week's" | "weeks", "end"] => {
            coming_or_today(Weekday::Fri, today)
        }
        ["end", "of", "the" | "this", "month"] | ["end", "of", "month"] | ["month's" | "months", "end"] => {
            month_end(today.year(), today.month())
        }
        ["end", "of", month] => end_of_named_month(month, &crate::dates::due::NAMES[..12], today),
        ["this" | "coming", day] => coming(weekday(day)?, today),
        ["next", day] => next_weeks(weekday(day)?, today),
        [day] if weekday(day).is_some() => coming(weekday(day)?, today),
        [n, unit] if number(n).is_some() => later(number(n)?, unit, today),
        [n, unit, "time" | "time's"] if number(n).is_some() => later(number(n)?, unit.trim_end_matches('\''), today),
        _ => None,
    }
}

fn weekday(word: &str) -> Option<Weekday> {
    crate::dates::due::NAMES[12..]
        .iter()
        .position(|d| *d == word || (word.len() >= 3 && d.starts_with(word)))
        .map(|i| WEEKDAYS[i])
}

fn number(word: &str) -> Option<u32> {
    const WORDS: [&str; 12] = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    ];
    number_in(word, &WORDS, &["a", "an"])
}

fn later(n: u32, unit: &str, today: NaiveDate) -> Option<NaiveDate> {
    let span = match unit {
        "day" | "days" => Span::Days,
        "week" | "weeks" => Span::Weeks,
        "month" | "months" => Span::Months,
        _ => return None,
    };
    after(n, span, today)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn next_friday_is_next_weeks_friday_whatever_the_day() {
        // Monday 7 December 2026 to Sunday 13 December: next Friday is the 18th.
        for day in 7..=13 {
            assert_eq!(
                parse("next Friday", d(2026, 12, day)),
                Some(d(2026, 12, 18)),
                "typed on the {day}th"
            );
        }
        // "Friday" alone is the coming one.
        assert_eq!(parse("Friday", d(2026, 12, 7)), Some(d(2026, 12, 11)));
        assert_eq!(parse("friday", d(2026, 12, 11)), Some(d(2026, 12, 18)));
    }

    #[test]
    fn spans_and_ends() {
        let today = d(2026, 1, 15);
        assert_eq!(parse("two weeks", today), Some(d(2026, 1, 29)));
        assert_eq!(parse("2 weeks", today), Some(d(2026, 1, 29)));
        assert_eq!(parse("10 days", today), Some(d(2026, 1, 25)));
        assert_eq!(parse("the next 3 days", today), Some(d(2026, 1, 18)));
        assert_eq!(parse("a month", today), Some(d(2026, 2, 15)));
        assert_eq!(parse("the end of the month", today), Some(d(2026, 1, 31)));
        assert_eq!(parse("the end of February", today), Some(d(2026, 2, 28)));
        assert_eq!(parse("end of the week", today), Some(d(2026, 1, 16)));
        assert_eq!(parse("Sam", today), None);
        assert_eq!(parse("person", today), None);
    }
}
