//! The catalogue's files, shared with the build script that indexes them.

/// One Fluent file per part of the program, so that changing one screen's words
/// touches one file per language.
pub const FILES: [&str; 8] = [
    "common.ftl",
    "screen.ftl",
    "keys.ftl",
    "commands.ftl",
    "cli.ftl",
    "errors.ftl",
    "notes.ftl",
    "coach.ftl",
];
