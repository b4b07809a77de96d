//! circle's domain, without a screen: protocol file → [`plan`] → live meeting
//! ([`meeting`], timed by [`engine`]) → notes on disk ([`notes`]).
//!
//! This crate has no terminal or command-line dependency; the `circle` binary
//! crate draws it and drives it.

pub mod coach;
pub mod config;
pub mod dates;
pub mod defaults;
pub mod duration;
pub mod engine;
pub mod i18n;
pub mod journal;
pub mod meeting;
pub mod memory;
pub mod names;
pub mod notes;
pub mod paths;
pub mod persist;
pub mod plan;
pub mod protocol;
pub mod record;
pub mod roster;
pub mod safe_out;
pub mod safe_read;
pub mod safe_text;
pub mod store;
pub mod toml_reader;
