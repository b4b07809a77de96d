//! One integration test binary (faster to link than one per file), with modules.

mod boundary;
mod calendar;
mod cli;
mod crash;
mod engine;
mod group_memory;
mod hangup;
mod hostile_inputs;
mod hostile_props;
mod journal_integrity;
mod keys;
mod live_binary;
mod memory;
mod norms;
mod paste;
mod plan_props;
mod practice;
mod programme;
mod protocols;
mod pty;
mod pty_spawn;
mod questions;
mod render;
mod support;
mod turns;
