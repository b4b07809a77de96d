//! circle: a terminal facilitator for peer-coaching circles.
//!
//! Data flows one way: protocol file → [`plan`] → live meeting → notes on disk.
//! The domain modules (`protocol`, `plan`) never touch the terminal.

pub mod cli;
pub mod cli_errors;
pub mod cli_i18n;
pub mod commands;
pub mod config;
pub mod defaults;
pub mod engine;
pub mod i18n;
pub mod meeting;
pub mod names;
pub mod notes;
pub mod paths;
pub mod persist;
pub mod plan;
pub mod protocol;
pub mod roster;
pub mod safe_out;
pub mod safe_read;
pub mod safe_text;
pub mod store;
pub mod toml_reader;
pub mod tui;
