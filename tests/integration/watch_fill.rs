//! `circle watch --fill`: the whole screen in the state's colour, like a speaker's
//! timing light, and still every word and shape readable on it. Drawn off-screen
//! from the same showcase states as the contrast test, through the watcher's own
//! model and view, and judged cell by cell as a terminal would show them.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;

use circle::app::App;
use circle::app::watch::Watch;
use circle::cli::ThemeName;
use circle::engine::{Clock, ManualClock, Settings};
use circle::meeting::follow::Console;
use circle::theme::{Theme, fill_colours};
use circle::tui::showcase::{Shown, app_in, theme_key};
use circle::view::WatchView;

use crate::palette::{DARK, LIGHT, contrast, delta_e, deuteranopia, effective, hex, rgb};

/// The watcher of `app`'s meeting at `w`×`h`, filled or not.
fn watcher(app: &App, c: &ManualClock, theme: ThemeName, fill: bool, w: u16, h: u16) -> Buffer {
    let mut watch = Watch::new(Settings::default(), Theme::new(theme), fill);
    let now = c.now();
    watch.follow(
        app.meeting.clone().expect("begun"),
        (now.mono, now.wall.fixed_offset()),
        Console::There,
    );
    watch.refresh(now.wall);
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    let view = WatchView {
        watch: &watch,
        wall: now.wall,
        awaited: "",
    };
    t.draw(|f| f.render_widget(view, f.area())).unwrap();
    t.backend().buffer().clone()
}

const STATES: [Shown; 5] = [Shown::Calm, Shown::WrapUp, Shown::Time, Shown::Overtime, Shown::Paused];

#[test]
fn fill_paints_the_screen_in_the_states_colour_with_everything_readable_on_it() {
    for theme in [ThemeName::Default, ThemeName::HighContrast] {
        for shown in STATES {
            let (app, c) = app_in(shown, theme);
            let alert = app.engine().unwrap().time(c.now()).alert;
            let paint = rgb(fill_colours(alert).0).unwrap();
            for (w, h) in [(80, 24), (200, 60)] {
                let buf = watcher(&app, &c, theme, true, w, h);
                let label = format!("{} {} {w}×{h}", theme_key(theme), shown.key());
                let cells: Vec<_> = buf.content.iter().collect();
                for term in [DARK, LIGHT] {
                    // The paint covers the screen (the rules band is drawn the other
                    // way round), whatever the terminal's own background.
                    let painted = cells.iter().filter(|c| effective(c, term).1 == paint).count();
                    assert!(
                        painted * 10 >= cells.len() * 8,
                        "{label} on {}: only {painted} of {} cells are {}",
                        term.name,
                        cells.len(),
                        hex(paint)
                    );
                    for (i, cell) in cells.iter().enumerate() {
                        if cell.symbol().trim().is_empty() {
                            continue;
                        }
                        let (fg, bg) = effective(cell, term);
                        let ratio = contrast(fg, bg);
                        assert!(
                            ratio >= 3.0,
                            "{label} on {}: {:?} at cell {i} is {} on {} ({ratio:.2}:1)",
                            term.name,
                            cell.symbol(),
                            hex(fg),
                            hex(bg)
                        );
                    }
                }
                // The words are all still there: the text under the clock.
                let text: String = cells.iter().map(|c| c.symbol()).collect();
                assert!(text.contains(" of "), "{label}: the time used is gone");
            }
        }
    }
}

#[test]
fn without_fill_or_colour_the_watcher_keeps_the_terminals_background() {
    let (app, c) = app_in(Shown::Time, ThemeName::Default);
    let plain = watcher(&app, &c, ThemeName::Default, false, 80, 24);
    let red = rgb(fill_colours(circle::engine::Alert::Time).0).unwrap();
    assert!(
        plain
            .content
            .iter()
            .all(|c| effective(c, DARK).1 != red || c.symbol() != " "),
        "no fill without --fill"
    );
    // No colour at all: reverse video from the wrap-up on, and not when calm.
    for (shown, reversed) in [(Shown::Calm, false), (Shown::WrapUp, true), (Shown::Time, true)] {
        let (app, c) = app_in(shown, ThemeName::Mono);
        let buf = watcher(&app, &c, ThemeName::Mono, true, 80, 24);
        let share = buf
            .content
            .iter()
            .filter(|c| c.modifier.contains(Modifier::REVERSED))
            .count();
        assert_eq!(
            share * 10 >= buf.content.len() * 8,
            reversed,
            "mono {}: {share} of {} cells reversed",
            shown.key(),
            buf.content.len()
        );
    }
}

#[test]
fn filled_calm_and_time_differ_for_red_green_colour_blindness() {
    let calm = rgb(fill_colours(circle::engine::Alert::Calm).0).unwrap();
    let time = rgb(fill_colours(circle::engine::Alert::Time).0).unwrap();
    let seen = delta_e(deuteranopia(calm), deuteranopia(time));
    assert!(
        seen >= 25.0,
        "calm {} and time {} are ΔE {seen:.1} apart",
        hex(calm),
        hex(time)
    );
    // And the ink differs too (white on blue, black on red).
    assert_ne!(
        fill_colours(circle::engine::Alert::Calm).1,
        fill_colours(circle::engine::Alert::Time).1
    );
}
