//! Reading a journal line's time, fast.
//!
//! Every journal line carries its wall-clock time in the one form chrono writes,
//! `2026-12-02T14:00:00.123456789+01:00` (or `Z`). chrono's RFC 3339 reader, which
//! accepts every variant of the standard, was the largest part of reading a
//! 10,000-event journal after the JSON itself; this reads only that one form and
//! hands anything else (a space for the `T`, a leap second, lower case) to chrono,
//! so both give the same time for every text (a test compares them).

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};

/// The time written as `text`, as chrono's RFC 3339 reader reads it.
pub(crate) fn rfc3339(text: &str) -> Option<DateTime<FixedOffset>> {
    exact(text.as_bytes()).or_else(|| DateTime::parse_from_rfc3339(text).ok())
}

/// `YYYY-MM-DDTHH:MM:SS`, an optional fraction of 1 to 9 digits, and `Z` or
/// `±HH:MM`; `None` for anything else.
fn exact(b: &[u8]) -> Option<DateTime<FixedOffset>> {
    let punct = |at: usize, c: u8| (b.get(at) == Some(&c)).then_some(());
    let year = digits(b, 0, 4)?;
    punct(4, b'-')?;
    let month = digits(b, 5, 2)?;
    punct(7, b'-')?;
    let day = digits(b, 8, 2)?;
    punct(10, b'T')?;
    let hour = digits(b, 11, 2)?;
    punct(13, b':')?;
    let minute = digits(b, 14, 2)?;
    punct(16, b':')?;
    let second = digits(b, 17, 2)?;
    let mut at = 19;
    let mut nanos = 0;
    if b.get(at) == Some(&b'.') {
        let n = b[at + 1..].iter().take_while(|c| c.is_ascii_digit()).count();
        if !(1..=9).contains(&n) {
            return None;
        }
        nanos = digits(b, at + 1, n)? * 10u32.pow(9 - n as u32);
        at += 1 + n;
    }
    let offset = match b.get(at..)? {
        b"Z" => 0,
        [sign @ (b'+' | b'-'), ..] if b.len() == at + 6 => {
            punct(at + 3, b':')?;
            let secs = (digits(b, at + 1, 2)? * 60 + digits(b, at + 4, 2)?) * 60;
            // chrono refuses offsets of a day or more; so does `east_opt`.
            let secs = i32::try_from(secs).ok()?;
            if *sign == b'-' { -secs } else { secs }
        }
        _ => return None,
    };
    // A leap second (60) is chrono's to read.
    if second > 59 || minute > 59 {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)?;
    let local = date.and_time(NaiveTime::from_hms_nano_opt(hour, minute, second, nanos)?);
    let offset = FixedOffset::east_opt(offset)?;
    let utc = local.checked_sub_offset(offset)?;
    Some(DateTime::from_naive_utc_and_offset(utc, offset))
}

/// The number written in `len` ASCII digits at `at`.
fn digits(b: &[u8], at: usize, len: usize) -> Option<u32> {
    b.get(at..at + len)?
        .iter()
        .try_fold(0u32, |n, c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn same(text: &str) -> Result<(), TestCaseError> {
        let chrono = DateTime::parse_from_rfc3339(text).ok();
        let ours = rfc3339(text);
        prop_assert_eq!(ours, chrono, "{}", text);
        // Equal instants may still differ in offset: compare what is shown too.
        prop_assert_eq!(ours.map(|t| t.to_rfc3339()), chrono.map(|t| t.to_rfc3339()));
        Ok(())
    }

    #[test]
    fn reads_what_chrono_writes() {
        for text in [
            "2026-12-02T14:00:00.123456789+01:00",
            "2026-12-02T14:00:00Z",
            "2026-12-02T14:00:00.5-07:30",
            "2024-02-29T23:59:59.000000001+00:00",
        ] {
            assert!(exact(text.as_bytes()).is_some(), "{text}");
            same(text).unwrap();
        }
    }

    #[test]
    fn leaves_the_rest_to_chrono() {
        for text in [
            "2026-12-02 14:00:00Z",
            "2026-12-02t14:00:00z",
            "2016-12-31T23:59:60Z",
            "2026-12-02T14:00:00.1234567891Z",
            "2026-02-30T14:00:00Z",
            "2026-12-02T14:00:00+24:00",
            "2026-12-02T14:00:00+0100",
            "2026-12-02T14:00:00",
            "+2026-12-02T14:00:00Z",
        ] {
            assert!(exact(text.as_bytes()).is_none(), "{text}");
            same(text).unwrap();
        }
    }

    proptest! {
        /// Any time chrono writes reads back the same, offset and all.
        #[test]
        fn reads_any_written_time(secs in -62_000_000_000i64..250_000_000_000, nanos in 0..1_000_000_000u32, offset in -86_399..86_400i32) {
            let offset = FixedOffset::east_opt(offset / 60 * 60).unwrap();
            let t = DateTime::from_timestamp(secs, nanos).unwrap().with_timezone(&offset);
            let text = t.to_rfc3339();
            prop_assert_eq!(rfc3339(&text).map(|t| t.to_rfc3339()), Some(text.clone()));
            same(&text)?;
        }

        /// Any text at all (mostly near-misses of the form): the same answer as chrono.
        #[test]
        fn agrees_on_any_text(text in "[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{0,11})?(Z|z|[+-][0-9]{2}:?[0-9]{2})?") {
            same(&text)?;
        }
    }
}
