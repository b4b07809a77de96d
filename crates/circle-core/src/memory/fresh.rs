//! Names that two laptops never both hand out: a member's id, a change's or a
//! mark's file name. Random bits from the system (`/dev/urandom`), else the clock's
//! nanoseconds mixed with the process id and a counter.

use std::io::Read;
use std::sync::atomic::{AtomicU64, Ordering};

/// `bytes` random bytes as lower-case hex.
pub fn hex(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    let from_system = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf));
    if from_system.is_err() {
        static COUNTER: AtomicU64 = AtomicU64::new(0);
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64);
        let mut x = nanos ^ (u64::from(std::process::id()) << 32) ^ COUNTER.fetch_add(1, Ordering::Relaxed);
        for b in &mut buf {
            // xorshift: spreads the few changing bits over every byte.
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            *b = x as u8;
        }
    }
    buf.iter().map(|b| format!("{b:02x}")).collect()
}

/// A member id: `m-` and 48 random bits (a collision in a group of a hundred
/// members is about one in ten billion).
pub fn member_id() -> String {
    format!("m-{}", hex(6))
}

/// A file name for a new record made now: the UTC time to the millisecond, then a
/// random suffix, so names sort by time and two laptops never make the same one.
pub fn stamped_name(now: chrono::DateTime<chrono::FixedOffset>, ext: &str) -> String {
    format!(
        "{}-{}.{ext}",
        now.with_timezone(&chrono::Utc).format("%Y%m%dT%H%M%S%.3fZ"),
        hex(4)
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn ids_differ_and_names_sort_by_time() {
        let ids: std::collections::BTreeSet<String> = (0..1000).map(|_| super::member_id()).collect();
        assert_eq!(ids.len(), 1000);
        let t = |s: &str| chrono::DateTime::parse_from_rfc3339(s).unwrap();
        let a = super::stamped_name(t("2026-01-15T18:00:00+01:00"), "toml");
        let b = super::stamped_name(t("2026-01-15T17:30:00+00:00"), "toml");
        assert!(a < b, "{a} {b}");
    }
}
