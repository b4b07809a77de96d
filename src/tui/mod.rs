//! The live screen's runtime: terminal set-up, the event loop, and carrying out
//! the effects [`crate::app`] asks for; [`crate::view`] draws each frame.
//!
//! The loop sleeps until the next key or the next moment the screen must change
//! (the next second of the countdown, a flash edge, a bell, the wall clock's next
//! minute). There is no fixed-rate tick.

pub mod lifeline;
mod remember;
pub mod resident;
pub mod showcase;
pub mod watch;
pub mod wire;

use std::io::Write;
use std::time::Duration;

use ratatui::crossterm;
use ratatui::crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste, Event};

use crate::app::{App, Effect, Msg};
use crate::view::AppView;
use lifeline::{Lifeline, Stop, Wake};

pub use crate::persist::Persist;

use crate::engine::{Clock, Ms};

/// Longest sleep: the screen is redrawn at least this often.
const MAX_SLEEP_MS: Ms = 1000;
/// How long the drain waits for more input once input has come.
const DRAIN_WAIT: Duration = Duration::from_millis(1);
/// Shortest gap between frames while input pours in (a paste without bracketed
/// paste, a held key): the keys are taken at once, the screen at most this often.
/// A key typed by itself still draws at once.
const BURST_FRAME_GAP: Duration = Duration::from_millis(16);
/// Events read at once that make a burst: one key (or a few typed fast) draws at once.
const BURST_EVENTS: usize = 8;
/// How often the console counts the `circle watch` following it (about a
/// millisecond each time, see [`crate::meeting::follow::readers`]).
const COUNT_WATCHERS_EVERY: Duration = Duration::from_secs(3);

/// How the live screen ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// The facilitator quit (or the meeting is over).
    Quit,
    /// A signal, or the terminal went away: exit with `Stop::exit_code`.
    Stopped(Stop),
}

/// Run the app on the real terminal until the user quits, a signal arrives or the
/// terminal goes away. Every way out closes the journal and saves the record first;
/// the terminal is restored on each of them (on a panic by ratatui's hook).
pub fn run(mut app: App, clock: &dyn Clock, mut persist: Option<Persist>) -> anyhow::Result<Ending> {
    let lifeline = Lifeline::start()?;
    let mut terminal = init_terminal()?;
    let result = event_loop(&mut terminal, &mut app, clock, &lifeline, persist.as_mut());
    // The last word on the notes, before the terminal is handed back.
    let farewell = match (persist.as_mut(), &app.meeting) {
        (Some(p), Some(meeting)) => p.close(meeting, clock.now()),
        _ => None,
    };
    if let Some(p) = &persist {
        let begun = app
            .meeting
            .as_ref()
            .is_some_and(|m| m.stage() != crate::meeting::Stage::Ready);
        remember::forget_unbegun(p, begun);
    }
    lifeline.saved();
    let gone = matches!(result, Ok(Ending::Stopped(Stop::TerminalGone)));
    if !gone {
        let _ = terminal.backend_mut().reset_pen();
        let _ = terminal.show_cursor();
        let _ = crossterm::execute!(std::io::stdout(), DisableBracketedPaste);
        // Not `ratatui::restore`: it prints (and so panics) when the terminal is gone.
        let _ = ratatui::try_restore();
    }
    // ratatui's Terminal shows the cursor again when dropped and *prints* (panics, on a
    // terminal that is gone) if it cannot: the cursor is already dealt with above.
    std::mem::forget(terminal);
    if let Some(f) = farewell {
        // A terminal that is gone refuses these; that must not become a panic.
        if let Some(notes) = &f.print {
            let _ = writeln!(std::io::stdout(), "{notes}");
        }
        let _ = writeln!(std::io::stderr(), "{}", f.say);
    }
    result
}

/// The live screen's terminal: frames go out through [`wire::Wire`], a frame in
/// one write.
pub type Term = ratatui::Terminal<wire::Wire<std::io::BufWriter<std::io::Stdout>>>;

/// What `ratatui::init` does (raw mode, the alternate screen, a panic hook that
/// restores the terminal), with circle's own backend, and the size asked once here
/// and again only on a resize: a full-screen viewport asks the terminal its size at
/// every frame (crossterm opens `/dev/tty` for it), a fixed one does not.
///
/// Entering the alternate screen goes out with the first frame, in one write.
fn init_terminal() -> std::io::Result<Term> {
    let (cols, rows) = wire::window_cells()?;
    let area = ratatui::layout::Rect::new(0, 0, cols, rows);
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        // The wire backend keeps its colours between frames: plain ones first.
        let _ = std::io::stdout().write_all(b"\x1b[0m");
        let _ = ratatui::try_restore();
        hook(info);
    }));
    crossterm::terminal::enable_raw_mode()?;
    let mut out = std::io::BufWriter::with_capacity(1 << 15, std::io::stdout());
    // A paste arrives as one event, not as thousands of key presses.
    crossterm::queue!(out, crossterm::terminal::EnterAlternateScreen, EnableBracketedPaste)?;
    ratatui::Terminal::with_options(
        wire::Wire::new(out),
        ratatui::TerminalOptions {
            viewport: ratatui::Viewport::Fixed(area),
        },
    )
}

fn event_loop(
    terminal: &mut Term,
    app: &mut App,
    clock: &dyn Clock,
    lifeline: &Lifeline,
    mut persist: Option<&mut Persist>,
) -> anyhow::Result<Ending> {
    let mut pending = vec![Msg::Tick];
    // After a resize the terminal may hold output drawn for another size, and ratatui
    // only clears when the size it sees has changed: so a resize always redraws whole.
    let mut resized = false;
    let mut bursting = false;
    let mut last_draw = std::time::Instant::now();
    let mut counted = std::time::Instant::now();
    // Start-up's memory is let go once, when the meeting is counting.
    let mut shed = false;
    loop {
        let mut effects = Vec::new();
        for msg in pending.drain(..) {
            // Keys after the one that quit (typed ahead) are not for this meeting.
            if !app.quit {
                effects.extend(app.update(msg, clock.now()));
            }
        }
        if ring(terminal, &effects).is_err() {
            return Ok(Ending::Stopped(lifeline.terminal_gone()));
        }
        if let Some(p) = persist.as_deref_mut() {
            // The journal first: an event is on disk before the screen confirms it.
            let more = carry_out(app, p, effects, clock.now());
            lifeline.watch_journal(p.closer());
            if ring(terminal, &more).is_err() {
                return Ok(Ending::Stopped(lifeline.terminal_gone()));
            }
        }
        if app.quit {
            return Ok(Ending::Quit);
        }
        if counted.elapsed() >= COUNT_WATCHERS_EVERY
            && let Some(journal) = persist.as_deref().and_then(Persist::journal_path)
        {
            counted = std::time::Instant::now();
            let n = crate::meeting::follow::readers(journal);
            if n.is_some() && n != app.ui.watchers {
                pending.extend(n.map(Msg::Watchers));
            }
        }
        if let Some(stop) = lifeline.stopped() {
            return Ok(Ending::Stopped(stop));
        }
        if std::mem::take(&mut resized) {
            // `resize` clears the screen and the back buffer without querying the
            // cursor (which `clear` does, and a terminal may never answer). The
            // viewport is fixed (see `init_terminal`): this is where it follows.
            let size = terminal.size()?;
            terminal.resize(ratatui::layout::Rect::new(0, 0, size.width, size.height))?;
        }
        // Input arriving faster than frames can be drawn is gathered before the
        // next draw, so a 5,000-character paste costs dozens of frames, not thousands.
        if bursting && last_draw.elapsed() < BURST_FRAME_GAP {
            let left = BURST_FRAME_GAP.saturating_sub(last_draw.elapsed());
            match lifeline.wait(left.as_millis().max(1) as Ms) {
                Wake::Stop(stop) => return Ok(Ending::Stopped(stop)),
                Wake::Input => match read_waiting(lifeline, &mut pending, &mut resized) {
                    Ok(()) => {
                        bursting = pending.len() >= BURST_EVENTS;
                        continue;
                    }
                    Err(stop) => return Ok(Ending::Stopped(stop)),
                },
                Wake::Timeout => {}
            }
        }
        bursting = false;
        last_draw = std::time::Instant::now();
        let now = clock.now();
        if terminal
            .draw(|f| f.render_widget(AppView { app, now }, f.area()))
            .is_err()
        {
            // A terminal that refuses output has hung up.
            return Ok(Ending::Stopped(lifeline.terminal_gone()));
        }
        // What was written unsynced for this frame (a resume) is made durable now.
        if let Some(p) = persist.as_deref_mut() {
            p.after_frame();
        }
        if !shed && app.meeting.as_ref().is_some_and(crate::meeting::Meeting::is_running) {
            resident::shed_startup_pages();
            shed = true;
        }
        let mut sleep = app.next_wake_in(now).unwrap_or(MAX_SLEEP_MS).clamp(1, MAX_SLEEP_MS);
        // The heartbeat after the frame: a slow write must not hold the screen up.
        if let (Some(p), Some(meeting)) = (persist.as_deref_mut(), &app.meeting) {
            let draft = app.draft();
            p.heartbeat(meeting, draft, clock.now());
            if let Some(due) = p.draft_due_in(meeting, draft, clock.now()) {
                sleep = sleep.min(due.max(1));
            }
        }
        match lifeline.wait(clock.real_wait(sleep)) {
            Wake::Timeout => {
                pending.push(Msg::Tick);
                // Events crossterm already read off the terminal wake no poll(2):
                // take them now rather than at the next key (a zero-timeout poll
                // only looks at crossterm's own queue).
                if event::poll(std::time::Duration::ZERO).unwrap_or(false)
                    && let Err(stop) = read_waiting(lifeline, &mut pending, &mut resized)
                {
                    return Ok(Ending::Stopped(stop));
                }
            }
            Wake::Stop(stop) => return Ok(Ending::Stopped(stop)),
            Wake::Input => {
                if let Err(stop) = read_waiting(lifeline, &mut pending, &mut resized) {
                    return Ok(Ending::Stopped(stop));
                }
                bursting = pending.len() >= BURST_EVENTS;
                if pending.is_empty() {
                    pending.push(Msg::Tick);
                }
            }
        }
    }
}

/// Hand the journal entries and saves to the disk, and what the disk said back to
/// the screen. Returns any further effects (the bell) of that answer.
pub fn carry_out(
    app: &mut App,
    persist: &mut Persist,
    mut effects: Vec<Effect>,
    now: crate::engine::Now,
) -> Vec<Effect> {
    let mut bells = Vec::new();
    // Names to keep as a group are answered first: the meeting's files then go
    // to the group's folder.
    let mut asks: Vec<Vec<String>> = Vec::new();
    effects.retain(|e| match e {
        Effect::Remember(names) => {
            asks.push(names.clone());
            false
        }
        _ => true,
    });
    for names in asks {
        let msg = remember::answer(&names, &app.spec.protocol, persist);
        effects.extend(app.update(msg, now));
    }
    // The disk's answer is itself an update, whose own effects go round once more.
    for _ in 0..2 {
        let Some(meeting) = &app.meeting else { break };
        let save = effects.contains(&Effect::Save);
        let entries = effects.into_iter().filter_map(|e| match e {
            Effect::Journal(entry) => Some(entry),
            Effect::Bell | Effect::Save | Effect::Remember(_) => None,
        });
        let Some(status) = persist.carry_out(entries, save, meeting, now) else {
            break;
        };
        effects = app.update(Msg::Disk(status), now);
        bells.extend(effects.iter().filter(|e| **e == Effect::Bell).cloned());
    }
    app.ui.saved_to = persist.summary().map(std::path::Path::to_path_buf);
    bells
}

/// Take every event already waiting: holding a key down costs one frame per batch.
/// crossterm is asked only while the terminal is there (on a hung-up one it spins).
fn read_waiting(lifeline: &Lifeline, pending: &mut Vec<Msg>, resized: &mut bool) -> Result<(), Stop> {
    loop {
        if let Some(stop) = lifeline.check() {
            return Err(stop);
        }
        // crossterm's /dev/tty reader (see Cargo.toml) never reads at a zero timeout,
        // so the drain waits a millisecond for the next bytes before it stops.
        match event::poll(DRAIN_WAIT).and_then(|ready| ready.then(event::read).transpose()) {
            Ok(Some(Event::Key(key))) => pending.push(Msg::Key(key)),
            Ok(Some(Event::Paste(text))) => pending.push(Msg::Paste(text)),
            Ok(Some(Event::Resize(..))) => *resized = true,
            Ok(Some(_)) => {}
            Ok(None) => return Ok(()),
            Err(_) => return Err(lifeline.terminal_gone()),
        }
    }
}

fn ring(terminal: &mut Term, effects: &[Effect]) -> std::io::Result<()> {
    let rings = effects.iter().filter(|e| **e == Effect::Bell).count();
    if rings == 0 {
        return Ok(());
    }
    let out = terminal.backend_mut();
    for _ in 0..rings {
        out.write_all(b"\x07")?;
    }
    crossterm::execute!(out)?;
    out.flush()
}
