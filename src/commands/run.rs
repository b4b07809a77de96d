//! `circle run` (and `circle` alone): plan the meeting, offer to resume an
//! unfinished one of the group, and open the live screen.

use std::io::Write;
use std::path::Path;

use super::{CliError, plan_output, resume, setup};
use crate::cli::RunArgs;

pub fn run_command(args: RunArgs, data: Option<&Path>) -> Result<(), CliError> {
    let config = super::config()?;
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
    let app = crate::app::App::new(
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
        let offer = crate::memory::remembered::by_last_met(&setup::data_dir(data)?)
            .into_iter()
            .next()
            .map(|(g, _)| crate::app::Offer {
                members: g.members(),
                group: g.name,
            });
        app.remembering(offer)
    } else {
        app
    };
    super::require_terminal(|| crate::t!("cmd-needs-terminal"))?;
    // The group about to meet: named, or offered on the setup screen.
    let meeting_group = setup
        .group
        .as_ref()
        .map(|g| g.group.name.clone())
        .or_else(|| match &app.screen {
            crate::app::Screen::Setup(form) => form.offer.as_ref().map(|o| o.group.clone()),
            _ => None,
        });
    if let (Some(g), false) = (meeting_group, args.no_save) {
        match super::waiting::offer(&setup::data_dir(data)?, &g, &mut read_answer)? {
            super::waiting::Choice::Resume(j) => return resume::resume(&j, args.quiet, args.theme, &config),
            super::waiting::Choice::Stop => return Ok(()),
            super::waiting::Choice::New => {}
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
        Some(crate::tui::Persist::new(crate::memory::sessions_dir(&data, group)))
    };
    let shared = setup.group.as_ref().filter(|_| !args.no_save).map(|g| g.dir.clone());
    if let Some(dir) = &shared {
        offer_sync(dir, &setup)?;
    }
    let ended = live(app, &crate::engine::SystemClock, saver);
    if let (Ok(()), Some(dir)) = (&ended, &shared) {
        offer_sync(dir, &setup)?;
    }
    ended
}

/// A shared group is offered a sync before and after its meeting: one key, and a
/// laptop that is offline says so and goes on.
fn offer_sync(dir: &crate::memory::GroupDir, setup: &setup::MeetingSetup) -> Result<(), CliError> {
    if !dir.path.join(".git").exists() {
        return Ok(());
    }
    let Some(g) = &setup.group else { return Ok(()) };
    let answer = read_answer(&format!("{} ", crate::t!("cmd-run-sync-offer")));
    if !matches!(answer.trim().to_lowercase().as_str(), "" | "y" | "yes" | "j" | "ja") {
        return Ok(());
    }
    super::git::be_quick();
    let said = match super::sync::sync_one(dir, &g.group.name) {
        Ok(files) => super::sync::came_in(&g.group.name, &files),
        Err(e) => crate::t!("cmd-run-sync-failed", error = e.to_string()),
    };
    let _ = writeln!(std::io::stderr(), "{}", crate::safe_text::printable(&said));
    Ok(())
}

/// The live screen; a meeting stopped by a signal or a hung-up terminal (its notes
/// saved) exits with the shell's code for it: 129 for a hang-up, 143 for SIGTERM.
pub fn live(
    app: crate::app::App,
    clock: &dyn crate::engine::Clock,
    persist: Option<crate::tui::Persist>,
) -> Result<(), CliError> {
    match crate::tui::run(app, clock, persist)? {
        crate::tui::Ending::Quit => Ok(()),
        crate::tui::Ending::Stopped(stop) => std::process::exit(stop.exit_code()),
    }
}

/// Ask a question on the terminal and read one line of answer. A terminal that is
/// gone (end of input) is no answer at all: circle stops with the hang-up's code.
fn read_answer(question: &str) -> String {
    // Not eprint!: it panics when the terminal has gone.
    let _ = write!(std::io::stderr(), "{question}");
    let _ = std::io::stderr().flush();
    let mut line = String::new();
    if std::io::stdin().read_line(&mut line).unwrap_or(0) == 0 {
        std::process::exit(crate::tui::lifeline::HANGUP_EXIT);
    }
    line
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
