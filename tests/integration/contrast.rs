//! Can a person see the clock? Every state in every theme is drawn off-screen, each
//! digit cell's colours are resolved as a terminal shows them (REVERSED applied,
//! Reset taken as a dark and as a light terminal's defaults), and the WCAG contrast
//! between the digits and the clock's background must be at least 3:1.
//!
//! The digits are found without asking circle where it put them: they are the
//! tallest run of screen rows holding block glyphs (the name and the alert word
//! are shorter bands of the same glyphs, and are checked too).

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier, Style};

use circle::app::App;
use circle::cli::ThemeName;
use circle::engine::Clock;
use circle::tui::showcase::{Shown, THEMES, app_in, theme_key};
use circle::view::AppView;

use crate::palette::{self, DARK, LIGHT, Rgb, contrast, delta_e, deuteranopia, effective, hex};

const MIN: f64 = 3.0;
const SIZES: [(u16, u16); 3] = [(80, 24), (120, 36), (200, 60)];

fn is_block(symbol: &str) -> bool {
    symbol
        .chars()
        .next()
        .is_some_and(|c| ('\u{2580}'..='\u{259f}').contains(&c))
}

fn render(app: &App, now: circle::engine::Now, w: u16, h: u16) -> Buffer {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| f.render_widget(AppView { app, now }, f.area())).unwrap();
    t.backend().buffer().clone()
}

/// The rows of the tallest run of rows that hold block glyphs.
fn digit_rows(buf: &Buffer) -> std::ops::Range<u16> {
    let area = buf.area;
    let has_block = |y: u16| (0..area.width).any(|x| is_block(buf[(x, y)].symbol()));
    let mut best = 0..0;
    let mut y = 0;
    while y < area.height {
        if has_block(y) {
            let start = y;
            while y < area.height && has_block(y) {
                y += 1;
            }
            if y - start > best.end - best.start {
                best = start..y;
            }
        } else {
            y += 1;
        }
    }
    best
}

/// The background most blank cells have: the clock's background.
fn background(buf: &Buffer, term: palette::Terminal) -> Rgb {
    let mut counts: Vec<(Rgb, usize)> = Vec::new();
    for cell in buf.content() {
        if cell.symbol() == " " {
            let (_, bg) = effective(cell, term);
            match counts.iter_mut().find(|(c, _)| *c == bg) {
                Some((_, n)) => *n += 1,
                None => counts.push((bg, 1)),
            }
        }
    }
    counts.into_iter().max_by_key(|(_, n)| *n).map_or(term.bg, |(c, _)| c)
}

/// Every block cell below 3:1 against its own background or the clock's, as text.
fn violations(buf: &Buffer, term: palette::Terminal) -> (Vec<String>, usize) {
    let bg = background(buf, term);
    let digits = digit_rows(buf);
    let mut bad = Vec::new();
    let mut digit_cells = 0;
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            let cell = &buf[(x, y)];
            if !is_block(cell.symbol()) {
                continue;
            }
            let in_digits = digits.contains(&y);
            digit_cells += usize::from(in_digits);
            let (fg, own_bg) = effective(cell, term);
            for (against, what) in [(bg, "the clock's background"), (own_bg, "its own background")] {
                let ratio = contrast(fg, against);
                if ratio < MIN {
                    let part = if in_digits { "digit" } else { "band" };
                    bad.push(format!(
                        "{part} cell ({x},{y}) {:?}: {} on {what} {} is {ratio:.2}:1",
                        cell.symbol(),
                        hex(fg),
                        hex(against)
                    ));
                }
            }
        }
    }
    (bad, digit_cells)
}

fn check(app: &App, now: circle::engine::Now, label: &str) -> Vec<String> {
    let mut all = Vec::new();
    for (w, h) in SIZES {
        let buf = render(app, now, w, h);
        for term in [DARK, LIGHT] {
            let (bad, digit_cells) = violations(&buf, term);
            assert!(digit_cells >= 40, "{label} {w}×{h}: no digits found");
            all.extend(
                bad.into_iter()
                    .take(3)
                    .map(|b| format!("{label} {w}×{h} on a {} terminal: {b}", term.name)),
            );
        }
    }
    all
}

#[test]
fn every_state_in_every_theme_is_visible_on_dark_and_light_terminals() {
    let mut failures = Vec::new();
    for theme in THEMES {
        for shown in Shown::ALL {
            let (app, c) = app_in(shown, theme);
            failures.extend(check(&app, c.now(), &format!("{} {}", theme_key(theme), shown.key())));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_flash_never_blanks_the_digits() {
    for theme in THEMES {
        let (on, c_on) = app_in(Shown::FlashOn, theme);
        let (off, c_off) = app_in(Shown::FlashOff, theme);
        let a = render(&on, c_on.now(), 80, 24);
        let b = render(&off, c_off.now(), 80, 24);
        let rows = digit_rows(&a);
        assert_eq!(rows, digit_rows(&b), "{}: the digits moved", theme_key(theme));
        // Same glyphs, same colours in the digits (the clock shows +0:00 in both):
        // from the first to the last column the digits fill with the bars off
        // (the bars stand beside them and blink).
        let off_buf = &b;
        let filled: Vec<u16> = rows
            .clone()
            .flat_map(|y| (0..80).filter(move |&x| off_buf[(x, y)].symbol() != " "))
            .collect();
        let span = *filled.iter().min().unwrap()..*filled.iter().max().unwrap() + 1;
        let inner = |buf: &Buffer, y: u16| -> Vec<(String, Color, Color, Modifier)> {
            span.clone()
                .map(|x| {
                    let c = &buf[(x, y)];
                    (c.symbol().to_string(), c.fg, c.bg, c.modifier)
                })
                .collect()
        };
        for y in rows {
            assert_eq!(
                inner(&a, y),
                inner(&b, y),
                "{}: the flash changed the digits",
                theme_key(theme)
            );
        }
    }
}

/// The colour most digit cells have.
fn digit_colour(app: &App, now: circle::engine::Now, term: palette::Terminal) -> Rgb {
    let buf = render(app, now, 80, 24);
    let mut counts: Vec<(Rgb, usize)> = Vec::new();
    for y in digit_rows(&buf) {
        for x in 0..80 {
            let cell = &buf[(x, y)];
            if is_block(cell.symbol()) {
                let (fg, _) = effective(cell, term);
                match counts.iter_mut().find(|(c, _)| *c == fg) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((fg, 1)),
                }
            }
        }
    }
    counts.into_iter().max_by_key(|(_, n)| *n).unwrap().0
}

#[test]
fn calm_and_time_differ_for_red_green_colour_blindness() {
    for theme in [ThemeName::Default, ThemeName::HighContrast] {
        for term in [DARK, LIGHT] {
            let (calm, c1) = app_in(Shown::Calm, theme);
            let (time, c2) = app_in(Shown::Time, theme);
            let (a, b) = (digit_colour(&calm, c1.now(), term), digit_colour(&time, c2.now(), term));
            let seen = delta_e(deuteranopia(a), deuteranopia(b));
            assert!(
                seen >= 25.0,
                "{} on {}: calm {} and time {} are ΔE {seen:.1} apart for a deuteranope",
                theme_key(theme),
                term.name,
                hex(a),
                hex(b)
            );
        }
    }
}

#[test]
fn a_broken_theme_colour_fails_the_oracle() {
    // A dark red that vanishes on a dark terminal.
    let (mut app, c) = app_in(Shown::Time, ThemeName::Default);
    app.theme.time = Style::new().fg(Color::Indexed(52));
    assert!(!check(&app, c.now(), "broken").is_empty(), "a #5f0000 clock passed");
    // A pale yellow that vanishes on a light one.
    let (mut app, c) = app_in(Shown::WrapUp, ThemeName::Default);
    app.theme.wrap_up = Style::new().fg(Color::Indexed(229));
    assert!(!check(&app, c.now(), "broken").is_empty(), "a #ffffaf clock passed");
    // Reverse video on full blocks paints them in the background colour.
    let (mut app, c) = app_in(Shown::Calm, ThemeName::Mono);
    app.theme.calm = Style::new().add_modifier(Modifier::REVERSED);
    assert!(!check(&app, c.now(), "broken").is_empty(), "reversed blocks passed");
    // High contrast paints its own background: a black digit on it disappears.
    let (mut app, c) = app_in(Shown::Calm, ThemeName::HighContrast);
    app.theme.calm = Style::new().fg(Color::Indexed(16));
    assert!(!check(&app, c.now(), "broken").is_empty(), "black on black passed");
}
