//! Reading hand-written TOML (protocols, config, rosters, groups) with errors that
//! name the file, line and column and say what to do. Knows nothing of what the
//! files mean.

pub mod diagnostic;
pub mod reader;
pub mod syntax;

pub use diagnostic::{Collector, Diagnostic, Diagnostics, did_you_mean};
pub use reader::{At, TableReader, describe, parse_document};
pub use syntax::SyntaxKind;
