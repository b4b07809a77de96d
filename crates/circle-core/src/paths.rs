//! Where circle's files live: its config folder and its data folder. Tests and
//! users can move both.

use std::path::PathBuf;

/// `<config dir>/circle`, or `$CIRCLE_CONFIG_DIR` when set.
pub fn config_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("CIRCLE_CONFIG_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    project_dirs()
        .map(|d| d.config_dir().to_path_buf())
        .or_else(|| xdg_dir("XDG_CONFIG_HOME"))
}

/// The folder of user protocols: `<config dir>/circle/protocols`.
pub fn user_protocols_dir() -> Option<PathBuf> {
    config_dir().map(|d| d.join("protocols"))
}

/// `<config dir>/circle/config.toml`.
pub fn config_file() -> Option<PathBuf> {
    config_dir().map(|d| d.join("config.toml"))
}

/// `$CIRCLE_DATA_DIR`, else `<data dir>/circle` (e.g. ~/.local/share/circle).
pub fn data_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("CIRCLE_DATA_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    project_dirs()
        .map(|d| d.data_dir().to_path_buf())
        .or_else(|| xdg_dir("XDG_DATA_HOME"))
}

/// The platform's folders for circle, under `$HOME`; none without a `$HOME`.
/// `directories` would otherwise look the user up in the password database,
/// which a statically linked circle (see `.cargo/config.toml`) could only do by
/// loading the system's own NSS modules, of whatever glibc the machine has.
fn project_dirs() -> Option<directories::ProjectDirs> {
    std::env::var_os("HOME").filter(|h| !h.is_empty())?;
    directories::ProjectDirs::from("", "", "circle")
}

/// `$<var>/circle` when `var` names an absolute folder: where `directories` puts
/// circle's folders on Linux, found without a `$HOME` too.
fn xdg_dir(var: &str) -> Option<PathBuf> {
    let dir = PathBuf::from(std::env::var_os(var)?);
    dir.is_absolute().then(|| dir.join("circle"))
}
