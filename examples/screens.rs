//! Screenshots of the live screen, drawn from the real screen buffer: every state
//! at 80×24 and 200×60 in each theme, as SVG with the cells' real colours (a dark
//! terminal's defaults for Reset). `docs/screens/make.sh` runs this and turns the
//! SVGs into PNGs.
//!
//!     cargo run --example screens -- docs/screens        # SVGs
//!     cargo run --example screens -- --text 80x24 calm default

use std::fmt::Write as _;
use std::path::PathBuf;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;

use circle::app::App;
use circle::engine::{Clock, ManualClock};
use circle::i18n::{Lang, with_lang};
use circle::tui::showcase::{Shown, THEMES, app_in, consultation, put_in, theme_key};
use circle::view::AppView;

#[path = "../tests/integration/palette.rs"]
mod palette;
#[path = "screens/watch.rs"]
mod watch;
#[path = "screens/whole.rs"]
mod whole;

const CELL_W: u32 = 10;
const CELL_H: u32 = 20;

fn render(shown: Shown, theme: circle::cli::ThemeName, w: u16, h: u16) -> Buffer {
    let (app, c) = app_in(shown, theme);
    draw(&app, &c, w, h)
}

/// A German group on the built-in `kollegiale-beratung`, in its first
/// consultation turn, in `shown`, with the chrome in German.
fn german(shown: Shown, w: u16, h: u16) -> Buffer {
    with_lang(Lang::De, || {
        let (a, c) = put_in(consultation(circle::cli::ThemeName::Default), shown);
        draw(&a, &c, w, h)
    })
}

fn draw(app: &App, c: &ManualClock, w: u16, h: u16) -> Buffer {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| f.render_widget(AppView { app, now: c.now() }, f.area()))
        .unwrap();
    t.backend().buffer().clone()
}

/// Block elements as exact rectangles (fonts leave seams between them): which
/// quarters of the cell, or for ▀ ▄ ▌ ▐ which half, are filled.
fn block_rects(c: char) -> Option<Vec<(f32, f32, f32, f32)>> {
    let q = |tl: bool, tr: bool, bl: bool, br: bool| {
        let mut v = Vec::new();
        for (on, x, y) in [(tl, 0.0, 0.0), (tr, 0.5, 0.0), (bl, 0.0, 0.5), (br, 0.5, 0.5)] {
            if on {
                v.push((x, y, 0.5, 0.5));
            }
        }
        v
    };
    Some(match c {
        '█' => vec![(0.0, 0.0, 1.0, 1.0)],
        '▀' => vec![(0.0, 0.0, 1.0, 0.5)],
        '▄' => vec![(0.0, 0.5, 1.0, 0.5)],
        '▌' => vec![(0.0, 0.0, 0.5, 1.0)],
        '▐' => vec![(0.5, 0.0, 0.5, 1.0)],
        '▘' => q(true, false, false, false),
        '▝' => q(false, true, false, false),
        '▖' => q(false, false, true, false),
        '▗' => q(false, false, false, true),
        '▚' => q(true, false, false, true),
        '▞' => q(false, true, true, false),
        '▛' => q(true, true, true, false),
        '▜' => q(true, true, false, true),
        '▙' => q(true, false, true, true),
        '▟' => q(false, true, true, true),
        _ => return None,
    })
}

/// The dots (column, row) a braille character shows.
fn braille_dots(c: char) -> Option<Vec<(u32, u32)>> {
    let bits = (c as u32).checked_sub(0x2800).filter(|b| *b < 0x100)?;
    // Dots 1–3 and 7 down the left column, 4–6 and 8 down the right.
    let at = [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2), (0, 3), (1, 3)];
    Some((0..8).filter(|k| bits & (1 << k) != 0).map(|k| at[k]).collect())
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

pub fn svg(buf: &Buffer) -> String {
    let term = palette::DARK;
    let (w, h) = (buf.area.width as u32, buf.area.height as u32);
    let mut out = String::new();
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{}" height="{}" viewBox="0 0 {} {}">"#,
        w * CELL_W,
        h * CELL_H,
        w * CELL_W,
        h * CELL_H
    );
    let _ = writeln!(
        out,
        r#"<rect width="100%" height="100%" fill="{}"/><g font-family="DejaVu Sans Mono, monospace" font-size="16">"#,
        palette::hex(term.bg)
    );
    for y in 0..h {
        for x in 0..w {
            let cell = &buf[(x as u16, y as u16)];
            let (fg, bg) = palette::effective(cell, term);
            let (px, py) = (x * CELL_W, y * CELL_H);
            if bg != term.bg {
                let _ = writeln!(
                    out,
                    r#"<rect x="{px}" y="{py}" width="{CELL_W}" height="{CELL_H}" fill="{}"/>"#,
                    palette::hex(bg)
                );
            }
            let sym = cell.symbol();
            let Some(c) = sym.chars().next() else { continue };
            if c == ' ' {
                continue;
            }
            let fill = if cell.modifier.contains(Modifier::DIM) {
                palette::hex((
                    (fg.0 as u16 * 6 / 10) as u8,
                    (fg.1 as u16 * 6 / 10) as u8,
                    (fg.2 as u16 * 6 / 10) as u8,
                ))
            } else {
                palette::hex(fg)
            };
            if let Some(rects) = block_rects(c) {
                for (rx, ry, rw, rh) in rects {
                    let _ = writeln!(
                        out,
                        r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{fill}"/>"#,
                        px as f32 + rx * CELL_W as f32,
                        py as f32 + ry * CELL_H as f32,
                        rw * CELL_W as f32,
                        rh * CELL_H as f32
                    );
                }
                continue;
            }
            if let Some(dots) = braille_dots(c) {
                // Braille as a terminal font draws it: round dots on a 2×4 grid.
                for (dx, dy) in dots {
                    let _ = writeln!(
                        out,
                        r#"<circle cx="{}" cy="{}" r="1.5" fill="{fill}"/>"#,
                        px as f32 + (dx as f32 + 0.5) * CELL_W as f32 / 2.0,
                        py as f32 + (dy as f32 + 0.5) * CELL_H as f32 / 4.0,
                    );
                }
                continue;
            }
            let weight = if cell.modifier.contains(Modifier::BOLD) {
                r#" font-weight="bold""#
            } else {
                ""
            };
            let _ = writeln!(
                out,
                r#"<text x="{}" y="{}" fill="{fill}"{weight}>{}</text>"#,
                px,
                py + CELL_H - 5,
                escape(sym)
            );
        }
    }
    out.push_str("</g></svg>\n");
    out
}

fn text(buf: &Buffer) -> String {
    (0..buf.area.height)
        .map(|y| (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--text") {
        let size = args.get(1).map_or("80x24", String::as_str);
        let (w, h) = size.split_once('x').expect("WxH");
        let shown = Shown::ALL
            .into_iter()
            .find(|s| Some(s.key()) == args.get(2).map(String::as_str))
            .unwrap_or(Shown::Calm);
        let theme = THEMES
            .into_iter()
            .find(|t| Some(theme_key(*t)) == args.get(3).map(String::as_str))
            .unwrap_or(circle::cli::ThemeName::Mono);
        println!(
            "{}",
            text(&render(shown, theme, w.parse().unwrap(), h.parse().unwrap()))
        );
        return;
    }
    let dir = PathBuf::from(args.first().map_or("docs/screens", String::as_str));
    std::fs::create_dir_all(&dir).expect("output folder");
    for theme in THEMES {
        for shown in Shown::ALL {
            for (w, h) in [(80u16, 24u16), (200, 60)] {
                let buf = render(shown, theme, w, h);
                let path = dir.join(format!("{}-{}-{w}x{h}.svg", theme_key(theme), shown.key()));
                std::fs::write(&path, svg(&buf)).expect("write svg");
            }
        }
    }
    watch::write(&dir, svg, draw);
    whole::write(&dir, svg, draw);
    for shown in [
        Shown::Calm,
        Shown::WrapUp,
        Shown::Time,
        Shown::Overtime,
        Shown::Paused,
        Shown::Curtain,
    ] {
        for (w, h) in [(80u16, 24u16), (200, 60)] {
            let path = dir.join(format!("de-{}-{w}x{h}.svg", shown.key()));
            std::fs::write(&path, svg(&german(shown, w, h))).expect("write svg");
        }
    }
}
