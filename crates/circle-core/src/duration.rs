//! Durations as people write them (`90s`, `8m`, `1h30m`), and wrap-up warnings
//! (`"1m"` before the end, or `"20%"` of the step).

/// Whole seconds. Every planned time in circle is a whole number of seconds.
pub type Secs = u64;

/// The longest time circle reads at all (the checks of each setting are tighter): no
/// time read from a file can overflow a sum or a count of milliseconds later.
pub const MAX_SECS: Secs = 1000 * 3600;

/// Parse a human duration into whole seconds. Zero is allowed here; callers decide.
/// Longer than [`MAX_SECS`] is an error.
pub fn parse_secs(text: &str) -> Result<Secs, String> {
    let trimmed = text.trim();
    if trimmed.starts_with('-') {
        return Err(crate::t!("err-duration-negative", text = text));
    }
    let parsed = humantime::parse_duration(trimmed).map_err(|_| crate::t!("err-duration-invalid", text = text))?;
    if parsed.subsec_nanos() != 0 {
        return Err(crate::t!("err-duration-fraction", text = text));
    }
    if parsed.as_secs() > MAX_SECS {
        return Err(crate::t!("err-duration-too-long", text = text));
    }
    Ok(parsed.as_secs())
}

/// A compact, readable duration: `45s`, `8m`, `7m 30s`, `2h`, `1h 05m`.
pub fn format_secs(secs: Secs) -> String {
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    match (h, m, s) {
        (0, 0, s) => format!("{s}s"),
        (0, m, 0) => format!("{m}m"),
        (0, m, s) => format!("{m}m {s:02}s"),
        (h, 0, 0) => format!("{h}h"),
        (h, m, 0) => format!("{h}h {m:02}m"),
        (h, m, s) => format!("{h}h {m:02}m {s:02}s"),
    }
}

/// A duration as a flag value to copy: `2h07m`, `45m`, with no space, so that a
/// suggested `--length 2h07m` works when pasted into a shell.
pub fn format_flag(secs: Secs) -> String {
    format_secs(secs).replace(' ', "")
}

/// A clock-style duration: `7:05`, `1:02:03`.
pub fn format_clock(secs: Secs) -> String {
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

/// When the wrap-up warning starts: a fixed time before the end, or a share of the step.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Warn {
    Before(Secs),
    Percent(u8),
}

impl Warn {
    pub fn parse(text: &str) -> Result<Warn, String> {
        let t = text.trim();
        if let Some(number) = t.strip_suffix('%') {
            let pct: u8 = number
                .trim()
                .parse()
                .map_err(|_| crate::t!("err-warn-not-share", text = text))?;
            if !(1..=99).contains(&pct) {
                return Err(crate::t!("err-warn-range", text = text));
            }
            return Ok(Warn::Percent(pct));
        }
        match parse_secs(t)? {
            0 => Err(crate::t!("err-warn-zero", text = text)),
            s => Ok(Warn::Before(s)),
        }
    }

    /// Seconds before the end of a step of `length` seconds at which to warn.
    /// At most half the step, so a short turn is not in "wrap up" from its start.
    pub fn lead_secs(self, length: Secs) -> Secs {
        match self {
            Warn::Before(s) => s.min(length / 2),
            Warn::Percent(p) => length * u64::from(p) / 100,
        }
    }

    pub fn describe(self) -> String {
        match self {
            Warn::Before(s) => crate::t!("protocol-warn-before", time = format_secs(s)),
            Warn::Percent(p) => crate::t!("protocol-warn-percent", percent = p),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_human_durations() {
        assert_eq!(parse_secs("90s"), Ok(90));
        assert_eq!(parse_secs("8m"), Ok(480));
        assert_eq!(parse_secs("1h30m"), Ok(5400));
        assert_eq!(parse_secs("1h 30m"), Ok(5400));
        assert_eq!(parse_secs("0s"), Ok(0));
        assert!(parse_secs("-5m").unwrap_err().contains("negative"));
        assert!(parse_secs("ten minutes").unwrap_err().contains("not a duration"));
        assert!(parse_secs("1500ms").unwrap_err().contains("fraction"));
    }

    #[test]
    fn formats_durations() {
        assert_eq!(format_secs(45), "45s");
        assert_eq!(format_secs(480), "8m");
        assert_eq!(format_secs(450), "7m 30s");
        assert_eq!(format_secs(7200), "2h");
        assert_eq!(format_secs(3900), "1h 05m");
        assert_eq!(format_secs(3901), "1h 05m 01s");
        assert_eq!(format_clock(425), "7:05");
        assert_eq!(format_clock(3723), "1:02:03");
    }

    #[test]
    fn parses_warnings() {
        assert_eq!(Warn::parse("1m"), Ok(Warn::Before(60)));
        assert_eq!(Warn::parse("20%"), Ok(Warn::Percent(20)));
        assert!(Warn::parse("0%").is_err());
        assert!(Warn::parse("100%").is_err());
        assert!(Warn::parse("0s").is_err());
        assert_eq!(Warn::Percent(20).lead_secs(600), 120);
        assert_eq!(Warn::Before(120).lead_secs(60), 30);
        assert_eq!(Warn::Before(60).lead_secs(600), 60);
    }
}
