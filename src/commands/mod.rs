//! What each command does. `main` only parses arguments and maps errors to exit codes.

pub mod export;
pub mod group;
pub mod history;
pub mod plan_output;
pub mod protocols;
pub mod questions;
pub mod resume;
pub mod setup;

use std::io::Write;

use crate::cli::{Cli, CliCommand, ConfigCommand, ExportCommand, QuestionsCommand, RunArgs};
use crate::notes::journal_writer::holder;

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
    let data = cli.data_dir.as_deref();
    match cli.command {
        None => run(RunArgs::default_run(), data),
        Some(CliCommand::Run(args)) => run(args, data),
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
        Some(CliCommand::Questions(QuestionsCommand::Check { questions, format })) => {
            questions::check_command(&questions, format, out)
        }
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
            writeln!(out, "{}", path.display()).map_err(anyhow::Error::from)?;
            Ok(())
        }
    }
}

fn run(args: RunArgs, data: Option<&std::path::Path>) -> Result<(), CliError> {
    let config = crate::config::load(crate::paths::config_file().as_deref())?;
    let mut meeting_args = args.meeting.clone();
    if meeting_args.protocol.is_none() {
        meeting_args.protocol = config.default_protocol.clone();
    }
    let setup = setup::resolve(&meeting_args, data)?;
    for problem in setup.group.iter().flat_map(|g| &g.problems) {
        eprintln!("warning: {problem} (this meeting is left out of the group's memory)");
    }
    if args.print {
        let out = &mut std::io::stdout().lock();
        let plan = setup.plan()?;
        let context = setup.group_context(&plan);
        return plan_output::write_text(&plan, chrono::Local::now(), context.as_ref(), out)
            .map_err(|e| CliError::Failed(e.into()));
    }
    // Planning the meeting checks the members before the screen is taken over, so
    // mistakes print plainly (and without a terminal, too).
    let app = crate::tui::app::App::new(
        setup.spec.clone(),
        setup.members.clone(),
        settings(&config),
        theme(args.theme, &config),
        config.bell && !args.quiet,
    )
    .map_err(CliError::BadInput)?;
    require_terminal()?;
    if let (Some(g), false) = (&setup.group, args.no_save) {
        let (free, open): (Vec<_>, Vec<_>) = resume::unfinished(&setup::data_dir(data)?, Some(&g.group.name))
            .into_iter()
            .filter_map(|f| match f {
                resume::Found::Unfinished(j) => Some(j),
                resume::Found::Unreadable(..) => None,
            })
            .partition(|j| holder(&j.path).is_none());
        // A meeting open in another window is never offered: one meeting, one writer.
        if let Some(j) = free.first() {
            if ask(&format!(
                "An unfinished meeting of this group is waiting:\n  {}\nResume it? [Y/n] ",
                resume::describe(j)
            ))? {
                return resume::resume(j, args.quiet, args.theme, &config);
            }
        } else if let Some(j) = open.first() {
            let by = holder(&j.path).map(|b| b.to_string()).unwrap_or_default();
            if !ask(&format!(
                "{}: {by}.\nStart a new meeting of this group here instead? [Y/n] ",
                crate::safe_text::printable(&j.header.id)
            ))? {
                return Ok(());
            }
        }
    }
    let saver = if args.no_save {
        None
    } else {
        let data = setup::data_dir(data)?;
        let group = setup.group.as_ref().map(|g| g.group.name.as_str());
        Some(crate::tui::Persist::new(crate::notes::sessions_dir(&data, group)))
    };
    live(app, &crate::session::SystemClock, saver)
}

/// The live screen; a meeting stopped by a signal or a hung-up terminal (its notes
/// saved) exits with the shell's code for it: 129 for a hang-up, 143 for SIGTERM.
pub fn live(
    app: crate::tui::app::App,
    clock: &dyn crate::session::Clock,
    persist: Option<crate::tui::Persist>,
) -> Result<(), CliError> {
    match crate::tui::run(app, clock, persist)? {
        crate::tui::Ending::Quit => Ok(()),
        crate::tui::Ending::Stopped(stop) => std::process::exit(stop.exit_code()),
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

/// Ask a yes/no question on the terminal; Enter means yes. A terminal that is gone
/// (end of input) is no answer at all: circle stops with the hang-up's exit code.
fn ask(question: &str) -> Result<bool, CliError> {
    let _ = write!(std::io::stderr(), "{question}");
    let _ = std::io::stderr().flush();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) | Err(_) => std::process::exit(crate::tui::lifeline::HANGUP_EXIT),
        Ok(_) => Ok(matches!(line.trim().to_lowercase().as_str(), "" | "y" | "yes")),
    }
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
                group: None,
                absent: None,
            },
            quiet: false,
            theme: None,
            print: false,
            no_save: false,
        }
    }
}
