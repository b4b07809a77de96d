//! The live screen: terminal set-up, the event loop, and drawing.
//!
//! The loop sleeps until the next key or the next moment the screen must change
//! (the next second of the countdown, a flash edge, a bell, the wall clock's next
//! minute). There is no fixed-rate tick.

pub mod app;
pub mod frame;
pub mod keys;
pub mod text;
pub mod theme;
pub mod view;

use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use ratatui::crossterm::event::{self, Event};
use ratatui::{DefaultTerminal, crossterm};

use app::{App, Effect, Msg};
use view::AppView;

pub use crate::persist::Persist;

use crate::session::{Clock, Ms};

/// Longest sleep, so a SIGTERM/SIGHUP is noticed within it even while paused.
const MAX_SLEEP_MS: Ms = 1000;

/// Run the app on the real terminal until the user quits or a signal arrives.
/// The terminal is restored on every way out: quit, error, panic (ratatui's hook),
/// SIGTERM and SIGHUP.
pub fn run(mut app: App, clock: &dyn Clock, mut persist: Option<Persist>) -> anyhow::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let mut terminal = ratatui::init();
    let result = event_loop(&mut terminal, &mut app, clock, &stop, persist.as_mut());
    // The last word on the notes, before the terminal is handed back.
    let said = match (persist.as_mut(), &app.meeting) {
        (Some(p), Some(meeting)) => p.close(meeting, clock.now()),
        _ => None,
    };
    let _ = terminal.show_cursor();
    ratatui::restore();
    if let Some(said) = said {
        eprintln!("{said}");
    }
    result
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    clock: &dyn Clock,
    stop: &AtomicBool,
    mut persist: Option<&mut Persist>,
) -> anyhow::Result<()> {
    let mut pending = Some(Msg::Tick);
    // After a resize the terminal may hold output drawn for another size, and ratatui
    // only clears when the size it sees has changed: so a resize always redraws whole.
    let mut resized = false;
    loop {
        let now = clock.now();
        let mut effects = app.update(pending.take().unwrap_or(Msg::Tick), now);
        // Drain every key already waiting before drawing: holding a key down costs
        // one frame per batch, and the countdown is read from the clock at draw time.
        while !app.quit && event::poll(Duration::ZERO)? {
            match event::read()? {
                Event::Key(key) => effects.extend(app.update(Msg::Key(key), clock.now())),
                Event::Resize(..) => resized = true,
                _ => {}
            }
        }
        ring(terminal, &effects)?;
        if let Some(p) = persist.as_deref_mut() {
            // The journal first: an event is on disk before the screen confirms it.
            let more = carry_out(app, p, effects, clock.now());
            ring(terminal, &more)?;
        }
        if app.quit || stop.load(Ordering::Relaxed) {
            return Ok(());
        }
        if std::mem::take(&mut resized) {
            // `resize` clears the screen and the back buffer without querying the
            // cursor (which `clear` does, and a terminal may never answer).
            let size = terminal.size()?;
            terminal.resize(ratatui::layout::Rect::new(0, 0, size.width, size.height))?;
        }
        let now = clock.now();
        terminal.draw(|f| f.render_widget(AppView { app, now }, f.area()))?;
        let sleep = app.next_wake_in(now).unwrap_or(MAX_SLEEP_MS).clamp(1, MAX_SLEEP_MS);
        if event::poll(Duration::from_millis(sleep))? {
            match event::read()? {
                Event::Key(key) => pending = Some(Msg::Key(key)),
                Event::Resize(..) => resized = true,
                _ => {}
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
    now: crate::session::Now,
) -> Vec<Effect> {
    let mut bells = Vec::new();
    // The disk's answer is itself an update, whose own effects go round once more.
    for _ in 0..2 {
        let Some(meeting) = &app.meeting else { break };
        let save = effects.contains(&Effect::Save);
        let entries = effects.into_iter().filter_map(|e| match e {
            Effect::Journal(entry) => Some(entry),
            Effect::Bell | Effect::Save => None,
        });
        let Some(status) = persist.carry_out(entries, save, meeting, now) else {
            break;
        };
        effects = app.update(Msg::Disk(status), now);
        bells.extend(effects.iter().filter(|e| **e == Effect::Bell).cloned());
    }
    bells
}

fn ring(terminal: &mut DefaultTerminal, effects: &[Effect]) -> std::io::Result<()> {
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
