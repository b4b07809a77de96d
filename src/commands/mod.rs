//! What each command does. `main` only parses arguments and maps errors to exit codes.

pub mod meeting;
pub mod plan_output;
pub mod protocols;

use std::io::Write;

use crate::cli::{Cli, Command, ConfigCommand, RunArgs};

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
    match cli.command {
        None => run(RunArgs::default_run()),
        Some(Command::Run(args)) => run(args),
        Some(Command::Plan(args)) => plan_output::plan_command(&args, out),
        Some(Command::Protocols(cmd)) => protocols::protocols_command(cmd, out),
        Some(Command::Completions { shell }) => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut cmd, "circle", out);
            Ok(())
        }
        Some(Command::Config(ConfigCommand::Path)) => {
            let path = crate::paths::config_file()
                .ok_or_else(|| anyhow::anyhow!("no home folder found, so there is no config dir"))?;
            writeln!(out, "{}", path.display()).map_err(anyhow::Error::from)?;
            Ok(())
        }
    }
}

fn run(args: RunArgs) -> Result<(), CliError> {
    let out = &mut std::io::stdout().lock();
    let setup = meeting::resolve(&args.meeting)?;
    match setup.plan()? {
        Some(plan) => plan_output::write_text(&plan, chrono::Local::now(), out).map_err(anyhow::Error::from)?,
        None => {
            return Err(CliError::BadInput(
                "no members: name them with --members \"Ana,Ben,Chen\" or --roster FILE".into(),
            ));
        }
    }
    Ok(())
}

impl RunArgs {
    /// `circle` with no arguments: the default protocol, members typed on screen.
    pub fn default_run() -> RunArgs {
        RunArgs {
            meeting: crate::cli::MeetingArgs {
                protocol: None,
                members: None,
                roster: None,
                presenters: None,
                length: None,
            },
            quiet: false,
            theme: None,
            print: false,
        }
    }
}
