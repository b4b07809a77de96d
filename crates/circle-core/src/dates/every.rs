//! How often a group meets: a number of days, or of calendar months. A month is a
//! calendar month (15 March → 15 April → 15 May), not 28 days, so a monthly group's
//! meetings and due dates stay on the same day of the month.

use std::fmt;

use chrono::{Days, Months, NaiveDate};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Every {
    Days(u32),
    Months(u32),
}

impl Default for Every {
    fn default() -> Every {
        Every::Days(crate::defaults::CADENCE_DAYS as u32)
    }
}

/// Longest gap between meetings circle accepts: a year.
const MAX_DAYS: u32 = 366;
const MAX_MONTHS: u32 = 12;

impl Every {
    /// "month", "2 months", "monthly", "week", "4 weeks", "fortnight", "28", "28 days", "28d";
    /// and in German "Monat", "alle 2 Monate", "monatlich", "4 Wochen", "28 Tage".
    pub fn parse(text: &str) -> Result<Every, String> {
        let lower = text.trim().to_lowercase();
        let t = lower
            .strip_prefix("alle ")
            .map_or(lower.as_str(), str::trim)
            .to_string();
        let help = || {
            let shown = crate::safe_text::clipped(text, 40);
            format!("\"{shown}\": {}", crate::t!("err-every-help"))
        };
        let (n, unit) = match t.find(|c: char| !c.is_ascii_digit()) {
            Some(0) => (1, t.as_str()),
            Some(i) => (t[..i].parse::<u32>().map_err(|_| help())?, t[i..].trim()),
            None => (t.parse::<u32>().map_err(|_| help())?, "days"),
        };
        let every = match unit.trim_start_matches("every ").trim() {
            "d" | "day" | "days" | "daily" | "tag" | "tage" | "täglich" => Every::Days(n),
            "w" | "week" | "weeks" | "weekly" | "woche" | "wochen" | "wöchentlich" => Every::Days(n.saturating_mul(7)),
            "fortnight" | "fortnights" | "fortnightly" => Every::Days(n.saturating_mul(14)),
            "m" | "mo" | "month" | "months" | "monthly" | "monat" | "monate" | "monatlich" => Every::Months(n),
            _ => return Err(help()),
        };
        match every {
            Every::Days(d) if (1..=MAX_DAYS).contains(&d) => Ok(every),
            Every::Months(m) if (1..=MAX_MONTHS).contains(&m) => Ok(every),
            _ => Err(format!(
                "\"{}\": {}",
                crate::safe_text::clipped(text, 40),
                crate::t!("err-every-range")
            )),
        }
    }

    /// The date one gap after `date`. A month after 31 January is the last day of February.
    pub fn after(self, date: NaiveDate) -> NaiveDate {
        let next = match self {
            Every::Days(d) => date.checked_add_days(Days::new(u64::from(d))),
            Every::Months(m) => date.checked_add_months(Months::new(m)),
        };
        next.unwrap_or(date)
    }

    /// The date `n` gaps after `date`, counted from `date` itself so that month ends
    /// do not drift (31 Jan + 2 months is 31 March, not 28 March).
    pub fn nth_after(self, date: NaiveDate, n: u32) -> NaiveDate {
        match self {
            Every::Days(d) => date.checked_add_days(Days::new(u64::from(d) * u64::from(n))),
            Every::Months(m) => date.checked_add_months(Months::new(m.saturating_mul(n))),
        }
        .unwrap_or(date)
    }
}

impl Every {
    /// The gap in words, in the language circle speaks: "2 months" · "2 Monate".
    /// (`Display` is the form `group.toml` stores, and stays English.)
    pub fn describe(self) -> String {
        match self {
            Every::Days(d) => crate::t!("every-days", count = d),
            Every::Months(m) => crate::t!("every-months", count = m),
        }
    }
}

impl fmt::Display for Every {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Every::Days(1) => write!(f, "1 day"),
            Every::Days(d) => write!(f, "{d} days"),
            Every::Months(1) => write!(f, "1 month"),
            Every::Months(m) => write!(f, "{m} months"),
        }
    }
}

impl serde::Serialize for Every {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> serde::Deserialize<'de> for Every {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Every, D::Error> {
        let text = String::deserialize(d)?;
        Every::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn gaps_are_read_as_people_say_them() {
        assert_eq!(Every::parse("month"), Ok(Every::Months(1)));
        assert_eq!(Every::parse("2 months"), Ok(Every::Months(2)));
        assert_eq!(Every::parse("Monthly"), Ok(Every::Months(1)));
        assert_eq!(Every::parse("4 weeks"), Ok(Every::Days(28)));
        assert_eq!(Every::parse("28"), Ok(Every::Days(28)));
        assert_eq!(Every::parse("14d"), Ok(Every::Days(14)));
        assert!(Every::parse("0 days").is_err());
        assert!(Every::parse("13 months").is_err());
        assert!(Every::parse("sometimes").is_err());
    }

    #[test]
    fn gaps_are_read_in_german_too() {
        assert_eq!(Every::parse("Monat"), Ok(Every::Months(1)));
        assert_eq!(Every::parse("alle 2 Monate"), Ok(Every::Months(2)));
        assert_eq!(Every::parse("monatlich"), Ok(Every::Months(1)));
        assert_eq!(Every::parse("4 Wochen"), Ok(Every::Days(28)));
        assert_eq!(Every::parse("alle 14 Tage"), Ok(Every::Days(14)));
        assert_eq!(Every::parse("wöchentlich"), Ok(Every::Days(7)));
    }

    #[test]
    fn gaps_are_described_in_the_language_spoken() {
        use crate::i18n::{Lang, with_lang};
        // After "every": "every day", "every month".
        assert_eq!(with_lang(Lang::En, || Every::Days(1).describe()), "day");
        assert_eq!(
            with_lang(Lang::En, || Every::Months(2).describe()),
            Every::Months(2).to_string()
        );
        assert_eq!(with_lang(Lang::De, || Every::Days(28).describe()), "28 Tage");
        assert_eq!(with_lang(Lang::De, || Every::Months(1).describe()), "1 Monat");
    }

    #[test]
    fn a_month_is_a_calendar_month() {
        assert_eq!(Every::Months(1).after(d(2026, 1, 15)), d(2026, 2, 15));
        assert_eq!(Every::Months(1).after(d(2026, 1, 31)), d(2026, 2, 28));
        assert_eq!(Every::Months(1).nth_after(d(2026, 1, 31), 2), d(2026, 3, 31));
        assert_eq!(Every::Days(28).after(d(2026, 1, 15)), d(2026, 2, 12));
    }
}
