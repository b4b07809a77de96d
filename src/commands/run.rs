//! `circle run` (and `circle` alone): plan the meeting, offer to resume an
//! unfinished one of the group, and open the live screen.

// Messages named in calls that rustfmt splits over lines:
// i18n-ids: cmd-run-open-elsewhere

use std::io::Write;
use std::path::Path;

use super::{CliError, plan_output, resume, setup};
use crate::cli::RunArgs;
use crate::notes::journal_writer::holder;

pub fn run_command(args: RunArgs, data: Option<&Path>) -> Result<(), CliError> {
    let config = crate::config::load(crate::paths::config_file().as_deref())?;
    let setup = setup::resolve(&args.meeting, data, &config)?;
    for problem in setup.group.iter().flat_map(|g| &g.problems) {
        crate::safe_out::warn(&crate::t!("cmd-run-problem", problem = problem.as_str()));
    }
    if args.print {
        let out = &mut crate::safe_out::Escaping::new(std::io::stdout().lock());
        let plan = setup.plan()?;
        let context = setup.group_context(&plan);
        return plan_output::write_text(&plan, crate::engine::clock::wall_now(), context.as_ref(), out)
            .map_err(CliError::from);
    }
    // Planning the meeting checks the members before the screen is taken over, so
    // mistakes print plainly (and without a terminal, too).
    let app = crate::tui::app::App::new(
        setup.spec.clone(),
        setup.members.clone(),
        super::settings(&config),
        super::theme(args.theme, &config),
        config.bell && !args.quiet,
    )
    .map_err(CliError::BadInput)?;
    // Names typed on the setup screen are kept as a group, and the group that met
    // here last is offered: a group at one laptop is remembered without ceremony.
    let app = if setup.members.is_none() && !args.no_save {
        let offer = crate::notes::remembered::by_last_met(&setup::data_dir(data)?)
            .into_iter()
            .next()
            .map(|(g, _)| crate::tui::app::Offer {
                members: g.members(),
                group: g.name,
            });
        app.remembering(offer)
    } else {
        app
    };
    super::require_terminal()?;
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
            // The prompt's trailing space is kept here: a catalogue trims it.
            match ask_choice(&format!(
                "{} ",
                crate::t!("cmd-run-waiting", meeting = resume::describe(j))
            )) {
                'd' => eprintln!("{}", resume::discard(j).map_err(CliError::Failed)?),
                'k' => {}
                _ => return resume::resume(j, args.quiet, args.theme, &config),
            }
        } else if let Some(j) = open.first() {
            let by = holder(&j.path).map(|b| b.to_string()).unwrap_or_default();
            if !ask(&format!(
                "{} ",
                crate::t!(
                    "cmd-run-open-elsewhere",
                    id = crate::safe_text::printable(&j.header.id),
                    by = by
                )
            ))? {
                return Ok(());
            }
        }
    }
    if !args.no_save {
        // The meeting is about to open: what it was asked to run on becomes the group's.
        super::remember_protocol(&setup, &args.meeting)?;
    }
    let saver = if args.no_save {
        None
    } else {
        let data = setup::data_dir(data)?;
        let group = setup.group.as_ref().map(|g| g.group.name.as_str());
        Some(crate::tui::Persist::new(crate::notes::sessions_dir(&data, group)))
    };
    live(app, &crate::engine::SystemClock, saver)
}

/// The live screen; a meeting stopped by a signal or a hung-up terminal (its notes
/// saved) exits with the shell's code for it: 129 for a hang-up, 143 for SIGTERM.
pub fn live(
    app: crate::tui::app::App,
    clock: &dyn crate::engine::Clock,
    persist: Option<crate::tui::Persist>,
) -> Result<(), CliError> {
    match crate::tui::run(app, clock, persist)? {
        crate::tui::Ending::Quit => Ok(()),
        crate::tui::Ending::Stopped(stop) => std::process::exit(stop.exit_code()),
    }
}

/// Ask a yes/no question on the terminal; Enter means yes. A terminal that is gone
/// (end of input) is no answer at all: circle stops with the hang-up's exit code.
fn ask(question: &str) -> Result<bool, CliError> {
    let _ = write!(std::io::stderr(), "{question}");
    let _ = std::io::stderr().flush();
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) | Err(_) => std::process::exit(crate::tui::lifeline::HANGUP_EXIT),
        // "j"/"ja" for a German yes; the English letters work in any language.
        Ok(_) => Ok(matches!(
            line.trim().to_lowercase().as_str(),
            "" | "y" | "yes" | "j" | "ja"
        )),
    }
}

/// Ask which of resume, discard or keep: the answer's first letter ('r' for Enter:
/// resume, the safe default that loses nothing). Anything else asks again.
fn ask_choice(question: &str) -> char {
    loop {
        // Not eprint!: it panics when the terminal has gone.
        let _ = write!(std::io::stderr(), "{question}");
        let _ = std::io::stderr().flush();
        let mut line = String::new();
        // A terminal that is gone is no answer: stop as a hang-up does.
        if std::io::stdin().read_line(&mut line).unwrap_or(0) == 0 {
            std::process::exit(crate::tui::lifeline::HANGUP_EXIT);
        }
        match line.trim().to_lowercase().chars().next() {
            None | Some('r' | 'y') => return 'r',
            Some('d') => return 'd',
            Some('k' | 'n') => return 'k',
            Some(_) => {
                let _ = writeln!(std::io::stderr(), "{}", crate::t!("cmd-run-type-rdk"));
            }
        }
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
                givers: None,
                seed: None,
                facilitator: None,
            },
            quiet: false,
            theme: None,
            print: false,
            no_save: false,
        }
    }
}
