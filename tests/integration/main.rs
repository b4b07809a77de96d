//! One integration test binary (faster to link than one per file), with modules.

mod bigread;
mod boundary;
mod cli;
mod contrast;
mod crash;
mod engine;
mod hangup;
mod hostile_inputs;
mod hostile_props;
mod journal_integrity;
mod keys;
mod live_binary;
mod live_binary_keys;
mod live_keys;
mod live_screen;
mod memory;
mod paste;
mod palette;
mod plan_props;
mod protocols;
mod pty;
mod pty_spawn;
mod questions;
mod render;
mod support;
mod turns;
