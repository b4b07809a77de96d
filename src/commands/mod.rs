//! What each command does. `main` only parses arguments and maps errors to exit codes.

pub mod chart;
pub mod commitments;
pub mod export;
pub mod git;
pub mod group;
pub mod history;
pub mod plan_output;
pub mod protocols;
pub mod questions;
pub mod resume;
pub mod resume_rebuild;
pub mod run;
pub mod setup;
pub mod sync;
pub mod waiting;
pub mod watch;

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
    /// Output went to a pipe whose reader has gone (`| head`).
    pub fn is_broken_pipe(&self) -> bool {
        match self {
            CliError::Failed(e) => e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }),
            CliError::BadInput(_) => false,
        }
    }

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
    // Text for people is escaped on its way out; a completion script, or an
    // iCalendar file going to a program rather than a terminal, goes out as it is.
    let to_terminal = std::io::IsTerminal::is_terminal(&std::io::stdout());
    let raw = match cli.command {
        Some(CliCommand::Completions { .. }) => true,
        Some(CliCommand::Export(_)) => !to_terminal,
        _ => false,
    };
    let mut plain;
    let mut escaped;
    let out: &mut dyn Write = if raw {
        plain = std::io::stdout().lock();
        &mut plain
    } else {
        escaped = crate::safe_out::Escaping::new(std::io::stdout().lock());
        &mut escaped
    };
    let data = cli.data_dir.as_deref();
    // A broken config.toml stops every command that reads it, not only those that
    // use what is broken: `config path` (to find it) and completions go on.
    let reads_config_later = matches!(
        cli.command,
        None | Some(CliCommand::Run(_) | CliCommand::Plan(_) | CliCommand::Resume(_) | CliCommand::Watch(_))
    );
    let never = matches!(
        cli.command,
        Some(CliCommand::Config(_) | CliCommand::Completions { .. })
    );
    if !reads_config_later && !never {
        config()?;
    }
    match cli.command {
        None => run::run_command(RunArgs::default_run(), data),
        Some(CliCommand::Run(args)) => run::run_command(args, data),
        Some(CliCommand::Plan(args)) => plan_output::plan_command(&args, data, out),
        Some(CliCommand::Group(cmd)) => group::group_command(cmd, &setup::data_dir(data)?, out),
        Some(CliCommand::History { group, format }) => {
            history::history_command(&setup::data_dir(data)?, group.as_deref(), format, today()?, out)
        }
        Some(CliCommand::Commitments {
            action: None,
            group,
            open,
            format,
        }) => commitments::commitments_command(&setup::data_dir(data)?, group.as_deref(), open, format, today()?, out),
        Some(CliCommand::Commitments {
            action: Some(action),
            group,
            ..
        }) => commitments::mark_command(
            &setup::data_dir(data)?,
            group.as_deref(),
            action,
            crate::engine::clock::wall_now().fixed_offset(),
            out,
        ),
        Some(CliCommand::Export(ExportCommand::Ics {
            group,
            output,
            check_ins,
        })) => export::ics_command(
            &setup::data_dir(data)?,
            &group,
            export::IcsOptions {
                output: output.as_deref(),
                check_ins,
                today: today()?,
            },
            out,
        ),
        Some(CliCommand::Questions(QuestionsCommand::Check {
            questions,
            clarifying,
            language,
            format,
        })) => questions::check_command(
            &questions,
            clarifying,
            language.unwrap_or_else(crate::i18n::lang),
            format,
            out,
        ),
        Some(CliCommand::Resume(args)) => {
            let config = config()?;
            resume::resume_command(&args, data, &config)
        }
        Some(CliCommand::Watch(args)) => {
            let config = config()?;
            watch::watch_command(&args, data, &config)
        }
        Some(CliCommand::Protocols(cmd)) => protocols::protocols_command(cmd, out),
        Some(CliCommand::Completions { shell }) => {
            // Descriptions in the language too (zsh and fish show them).
            let mut cmd = crate::cli_i18n::command();
            clap_complete::generate(shell, &mut cmd, "circle", out);
            Ok(())
        }
        Some(CliCommand::Config(ConfigCommand::Path)) => {
            let path =
                crate::paths::config_file().ok_or_else(|| CliError::BadInput(crate::t!("cmd-config-no-home")))?;
            writeln!(out, "{}", path.display())?;
            Ok(())
        }
    }
}

/// A protocol or length named for a group's meeting becomes the group's own, so
/// the next `run --group` needs neither.
pub(crate) fn remember_protocol(setup: &setup::MeetingSetup, args: &crate::cli::MeetingArgs) -> Result<(), CliError> {
    let Some(g) = &setup.group else { return Ok(()) };
    let _lock = g.dir.lock()?;
    let mut group = g.dir.load(&g.group.name)?;
    let before = group.clone();
    if args.protocol.is_some() {
        group.protocol = Some(setup.spec.protocol.id.clone());
    }
    if let Some(l) = &args.length {
        group.length = Some(l.clone());
    }
    if group != before {
        g.dir.save(&group)?;
        let length = group
            .length
            .as_deref()
            .map(|l| crate::t!("cmd-remember-for", length = l))
            .unwrap_or_default();
        eprintln!(
            "{}",
            crate::t!(
                "cmd-remember-protocol",
                name = crate::safe_text::printable(&group.name),
                protocol = setup.spec.protocol.id.as_str(),
                length = length
            )
        );
    }
    Ok(())
}

/// A moment in a list: English keeps its ISO date and time; other languages
/// write the date as their readers do.
pub(crate) fn day_time<Tz: chrono::TimeZone>(t: &chrono::DateTime<Tz>) -> String
where
    Tz::Offset: std::fmt::Display,
{
    if crate::i18n::lang().spec().iso_days {
        t.format("%Y-%m-%d %H:%M").to_string()
    } else {
        format!("{} {}", crate::i18n::dates::day(t.date_naive()), t.format("%H:%M"))
    }
}

/// Today's date, on circle's clock: a rehearsal's (`CIRCLE_NOW`, or the older
/// `CIRCLE_TODAY`) when one is set, for scripts and tests that need a fixed day.
pub fn today() -> Result<chrono::NaiveDate, CliError> {
    Ok(crate::engine::clock::wall_now().date_naive())
}

/// Read the rehearsal clock's settings (`CIRCLE_NOW`, `CIRCLE_SPEED`,
/// `CIRCLE_TODAY`) before anything reads the time; a bad value is bad input.
pub fn start_clock() -> Result<(), CliError> {
    crate::engine::rehearsal::init(crate::engine::clock::real_ms())
        .map(|_| ())
        .map_err(|bad| {
            CliError::BadInput(crate::t!(
                "cmd-rehearsal-bad",
                variable = bad.variable,
                text = crate::safe_text::clipped(&bad.value, 40)
            ))
        })
}

/// The live screen needs a terminal on both ends; without one, `refusal` says
/// what to do instead.
pub fn require_terminal(refusal: impl FnOnce() -> String) -> Result<(), CliError> {
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(CliError::BadInput(refusal()));
    }
    Ok(())
}

pub fn theme(flag: Option<crate::cli::ThemeName>, config: &crate::config::Config) -> crate::theme::Theme {
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    crate::theme::Theme::choose(flag, config.theme, no_color)
}

pub fn settings(config: &crate::config::Config) -> crate::engine::Settings {
    crate::engine::Settings {
        default_warn: Some(config.warn),
        grace_secs: config.grace,
        auto_advance: false,
    }
}

/// `config.toml`, with its `[keys]` checked against the key table and put to use
/// (a bad binding stops here, naming its line).
pub(crate) fn config() -> Result<crate::config::Config, CliError> {
    use crate::app::keys::custom;
    let config = crate::config::load(crate::paths::config_file().as_deref(), custom::check)?;
    // No `[keys]`: the built-in table stays in use, with no copy of it at start-up.
    if !config.keys.is_empty()
        && let Ok(table) = custom::apply(&config.keys)
    {
        custom::configure(table);
    }
    Ok(config)
}
