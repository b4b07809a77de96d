//! One integration test binary (faster to link than one per file), with modules.

mod cli;
mod engine;
mod plan_props;
mod protocols;
mod render;
mod support;
