//! `circle watch`: follow a live meeting read-only, on a screen of its own.

use std::path::{Path, PathBuf};

use super::CliError;
use crate::app::watch::Watch;
use crate::cli::WatchArgs;
use crate::config::Config;
use crate::meeting::follow::{self, Target};
use crate::safe_text::printable;
use crate::tui::watch::{Ending, Source};

pub fn watch_command(args: &WatchArgs, data: Option<&Path>, config: &Config) -> Result<(), CliError> {
    let data = data_dir(data)?;
    let target = match &args.meeting {
        None => Target::AnyLive,
        Some(name) => follow::resolve(&data, name)
            .ok_or_else(|| CliError::BadInput(crate::t!("watch-unknown", name = printable(name))))?,
    };
    let awaited = match &target {
        Target::Group(g) => crate::t!("watch-awaited-group", group = printable(g)),
        Target::AnyLive | Target::Journal(_) => crate::t!("watch-awaited-any"),
    };
    let waiting_for_one = !matches!(target, Target::Journal(_));
    if args.once && waiting_for_one && follow::live(&data, &target, std::time::SystemTime::now()).is_empty() {
        return Err(CliError::BadInput(crate::t!(
            "watch-none-live",
            awaited = awaited.as_str(),
            dir = data.display().to_string()
        )));
    }
    super::require_terminal(|| crate::t!("cmd-watch-needs-terminal"))?;
    let watch = Watch::new(super::settings(config), super::theme(args.theme, config), args.fill);
    match crate::tui::watch::run(watch, Source::new(data, target), &awaited)? {
        Ending::Quit => Ok(()),
        Ending::Ended => {
            println!("{}", crate::t!("watch-ended"));
            Ok(())
        }
        Ending::Stopped(stop) => std::process::exit(stop.exit_code()),
    }
}

/// The data dir, checked as every command checks it, but left as it is: a watcher
/// writes nothing, not even the clearing away of old temp files.
fn data_dir(flag: Option<&Path>) -> Result<PathBuf, CliError> {
    let dir = match flag {
        Some(d) => d.to_path_buf(),
        None => crate::paths::data_dir().ok_or_else(|| CliError::BadInput(crate::t!("cmd-setup-no-home")))?,
    };
    crate::store::check_data_tree(&dir).map_err(|e| CliError::BadInput(format!("{e:#}")))?;
    Ok(dir)
}
