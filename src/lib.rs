//! circle: a terminal facilitator for peer-coaching circles.
//!
//! Data flows one way: protocol file → plan → live meeting → notes on disk. All of
//! that is the `circle-core` crate (no screen, no command line); this crate is the
//! command line ([`cli`], [`commands`]) and the screen: the model and its
//! update ([`app`]), drawing it ([`view`], in a [`theme`]) and the runtime ([`tui`]). The core's
//! modules are re-exported under their own names, so `crate::plan` means the same
//! thing on both sides of the line.

pub use circle_core::{
    coach, config, dates, defaults, duration, engine, i18n, journal, meeting, memory, names, notes, paths, persist,
    plan, protocol, record, roster, safe_out, safe_read, safe_text, store, t, toml_reader,
};

pub mod app;
pub mod cli;
pub mod cli_errors;
pub mod cli_i18n;
pub mod commands;
pub mod theme;
pub mod tui;
pub mod view;
