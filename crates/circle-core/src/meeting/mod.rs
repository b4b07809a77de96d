//! The meeting itself, with no screen: what it is before it starts ([`MeetingSpec`]),
//! and the live meeting ([`Meeting`]) — the engine, the notes and the group's
//! context — changed only by [`Meeting::apply`] with a journal [`Event`].
//!
//! Replaying a journal is applying its events in order, so `circle resume`, the
//! benchmark and the tests rebuild a meeting exactly as the live screen ran it.
//!
//! [`Event`]: crate::journal::Event

pub mod follow;
mod live;
mod replay;
mod spec;

pub use live::{Meeting, MeetingEffect, Notice, Stage};
pub use replay::ReplayError;
pub use spec::MeetingSpec;
