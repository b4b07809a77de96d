//! What each command does. `main` only parses arguments and maps errors to exit codes.

pub mod export;
pub mod group;
pub mod history;
pub mod plan_output;
pub mod protocols;
pub mod questions;
pub mod resume;
pub mod run;
pub mod setup;

use std::io::Write;

use crate::cli::{Cli, CliCommand, ConfigCommand, ExportCommand, QuestionsCommand, RunArgs};

/// How a command failed: bad input is the user's to fix (exit 2); anything else is
/// circle's or the system's (exit 1).
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("{0}")]
    BadInput(String),
    #[error("{0:#}")]
    Failed(#[from] anyhow::Error),
}

impl CliError {
    pub fn exit_code(&self) -> i32 {
        match self {
            CliError::BadInput(_) => 2,
            CliError::Failed(_) => 1,
        }
    }
}

impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> Self {
        CliError::Failed(e.into())
    }
}

impl From<crate::protocol::LoadError> for CliError {
    fn from(e: crate::protocol::LoadError) -> Self {
        if e.is_bad_input() {
            CliError::BadInput(e.to_string())
        } else {
            CliError::Failed(anyhow::Error::new(e))
        }
    }
}

pub fn dispatch(cli: Cli) -> Result<(), CliError> {
    let out = &mut std::io::stdout().lock();
    let data = cli.data_dir.as_deref();
    match cli.command {
        None => run::run_command(RunArgs::default_run(), data),
        Some(CliCommand::Run(args)) => run::run_command(args, data),
        Some(CliCommand::Plan(args)) => plan_output::plan_command(&args, data, out),
        Some(CliCommand::Group(cmd)) => group::group_command(cmd, &setup::data_dir(data)?, out),
        Some(CliCommand::History { group, format }) => {
            history::history_command(&setup::data_dir(data)?, group.as_deref(), format, out)
        }
        Some(CliCommand::Commitments { group, open, format }) => {
            history::commitments_command(&setup::data_dir(data)?, group.as_deref(), open, format, out)
        }
        Some(CliCommand::Export(ExportCommand::Ics { group, output })) => {
            export::ics_command(&setup::data_dir(data)?, &group, output.as_deref(), out)
        }
        Some(CliCommand::Questions(QuestionsCommand::Check {
            questions,
            clarifying,
            format,
        })) => questions::check_command(&questions, clarifying, format, out),
        Some(CliCommand::Resume(args)) => {
            let config = crate::config::load(crate::paths::config_file().as_deref())?;
            resume::resume_command(&args, data, &config)
        }
        Some(CliCommand::Protocols(cmd)) => protocols::protocols_command(cmd, out),
        Some(CliCommand::Completions { shell }) => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut cmd, "circle", out);
            Ok(())
        }
        Some(CliCommand::Config(ConfigCommand::Path)) => {
            let path = crate::paths::config_file()
                .ok_or_else(|| anyhow::anyhow!("no home folder found, so there is no config dir"))?;
            writeln!(out, "{}", path.display())?;
            Ok(())
        }
    }
}

/// The live screen needs a terminal on both ends.
pub fn require_terminal() -> Result<(), CliError> {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(CliError::BadInput(
            "the live screen needs a terminal; to print the plan instead use `circle plan` or `circle run --print`"
                .into(),
        ));
    }
    Ok(())
}

pub fn theme(flag: Option<crate::cli::ThemeName>, config: &crate::config::Config) -> crate::tui::theme::Theme {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    crate::tui::theme::Theme::choose(flag, config.theme, no_color)
}

pub fn settings(config: &crate::config::Config) -> crate::session::Settings {
    crate::session::Settings {
        default_warn: Some(config.warn),
        grace_secs: config.grace,
        auto_advance: false,
    }
}
