//! Session protocols: the TOML format, its checks, and the built-in library.
//! No terminal code lives here.

pub mod bounds;
pub mod builtin;
pub mod kinds;
pub mod library;
pub mod model;
pub mod parse;
mod parse_phase;
mod phase_extras;

pub use crate::duration::{Secs, Warn};
pub use crate::toml_reader::{Diagnostic, Diagnostics};
pub use bounds::TurnBounds;
pub use kinds::{Category, KindRules, Runs, StepList};
pub use library::{Library, LoadError};
pub use model::{GroupSize, Kind, Phase, PresenterCount, Protocol, Role, Section, Timing, TurnMode};
pub use parse::parse_protocol;
