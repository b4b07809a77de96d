//! Every default circle falls back on, in one place, so the engine, the config
//! file, the command line and a group's file never disagree.

use crate::protocol::{Secs, Warn};

/// Wrap-up warning for phases whose protocol sets none.
pub const WARN: Warn = Warn::Before(60);
/// Overtime allowed before the third bell.
pub const GRACE_SECS: Secs = 120;
/// Days between a group's meetings, and so when a commitment falls due.
pub const CADENCE_DAYS: i64 = 28;
/// The protocol `circle` runs when none is named, and a group made without one.
pub const PROTOCOL: &str = crate::protocol::builtin::DEFAULT_ID;

/// The protocol for a new meeting or group when none is named, in the language
/// circle speaks: a German group gets the German peer consultation.
pub fn protocol_for_language() -> &'static str {
    crate::i18n::lang().spec().protocol.unwrap_or(PROTOCOL)
}
