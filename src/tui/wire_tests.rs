//! The wire backend against ratatui's own: every frame of a run of random screens
//! must look the same on a terminal (a vt100 emulator), cell by cell.

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

use ratatui::backend::{Backend, CrosstermBackend};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::{Terminal, TerminalOptions, Viewport};

use super::Wire;

/// Bytes written, readable while a backend holds the writer.
#[derive(Clone, Default)]
struct Tap(Rc<RefCell<Vec<u8>>>);

impl Write for Tap {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Tap {
    fn take(&self) -> Vec<u8> {
        std::mem::take(&mut self.0.borrow_mut())
    }
}

const W: u16 = 24;
const H: u16 = 6;

/// What a person sees in a cell: a solid colour (a space, a full block), or a
/// glyph in its colours with the attributes that show on a glyph.
#[derive(Debug, PartialEq)]
enum Seen {
    Solid(vt100::Color),
    Glyph(String, vt100::Color, vt100::Color, bool, bool, bool),
}

fn seen(screen: &vt100::Screen) -> Vec<Seen> {
    let mut out = Vec::new();
    for y in 0..H {
        for x in 0..W {
            let c = screen.cell(y, x).expect("a cell");
            let (fg, bg) = if c.inverse() {
                (c.bgcolor(), c.fgcolor())
            } else {
                (c.fgcolor(), c.bgcolor())
            };
            let text = c.contents();
            out.push(match text {
                "" | " " if !c.underline() => Seen::Solid(bg),
                "█" if !c.underline() => Seen::Solid(fg),
                _ => Seen::Glyph(text.to_string(), fg, bg, c.bold(), c.italic(), c.underline()),
            });
        }
    }
    out
}

/// A small deterministic generator: the same screens on every run.
struct Rng(u64);
impl Rng {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

fn random_style(r: &mut Rng) -> Style {
    let colours = [
        Color::Reset,
        Color::Indexed(31),
        Color::Indexed(196),
        Color::Red,
        Color::Rgb(10, 200, 30),
    ];
    let mods = [
        Modifier::empty(),
        Modifier::BOLD,
        Modifier::REVERSED,
        Modifier::BOLD | Modifier::REVERSED,
        Modifier::DIM,
        Modifier::UNDERLINED,
        Modifier::ITALIC | Modifier::BOLD,
    ];
    Style::new()
        .fg(colours[r.next(5) as usize])
        .bg(colours[r.next(5) as usize])
        .add_modifier(mods[r.next(7) as usize])
}

/// Frames like a clock's: mostly unchanged, some cells of blocks and text change.
fn frames() -> Vec<Buffer> {
    let mut r = Rng(23);
    let mut buf = Buffer::empty(Rect::new(0, 0, W, H));
    let mut out = Vec::new();
    for _ in 0..200 {
        for _ in 0..r.next(30) {
            let (x, y) = (r.next(W as u64) as u16, r.next(H as u64) as u16);
            let symbol = ["█", " ", "▀", "▄", "a", "7", "·"][r.next(7) as usize];
            // Whole styles, never bold and dim at once: a terminal (vt100 too) may
            // hold only one of the two, the last sent, and ratatui's own backend
            // sends them in an order that depends on the cell before.
            buf[(x, y)].reset();
            buf[(x, y)].set_symbol(symbol).set_style(random_style(&mut r));
        }
        out.push(buf.clone());
    }
    out
}

fn terminal<B: ratatui::backend::Backend>(backend: B) -> Terminal<B> {
    Terminal::with_options(
        backend,
        TerminalOptions {
            viewport: Viewport::Fixed(Rect::new(0, 0, W, H)),
        },
    )
    .expect("a terminal")
}

fn draw<B: ratatui::backend::Backend>(t: &mut Terminal<B>, frame: &Buffer) {
    t.draw(|f| f.buffer_mut().merge(frame))
        .map(|_| ())
        .unwrap_or_else(|_| panic!("draws"));
}

#[test]
fn every_frame_looks_as_ratatuis_own_backend_draws_it() {
    let (tap_ours, tap_theirs) = (Tap::default(), Tap::default());
    let mut ours = terminal(Wire::new(tap_ours.clone()));
    let mut theirs = terminal(CrosstermBackend::new(tap_theirs.clone()));
    let mut seen_ours = vt100::Parser::new(H, W, 0);
    let mut seen_theirs = vt100::Parser::new(H, W, 0);
    let (mut bytes_ours, mut bytes_theirs) = (0, 0);
    for (i, frame) in frames().iter().enumerate() {
        draw(&mut ours, frame);
        draw(&mut theirs, frame);
        let (a, b) = (tap_ours.take(), tap_theirs.take());
        bytes_ours += a.len();
        bytes_theirs += b.len();
        seen_ours.process(&a);
        seen_theirs.process(&b);
        let (a, b) = (seen(seen_ours.screen()), seen(seen_theirs.screen()));
        for (k, (x, y)) in a.iter().zip(&b).enumerate() {
            assert_eq!(x, y, "frame {i}, row {}, column {}", k / W as usize, k % W as usize);
        }
    }
    assert!(
        bytes_ours < bytes_theirs,
        "{bytes_ours} bytes, ratatui's own {bytes_theirs}"
    );
}

#[test]
fn a_full_block_goes_out_as_a_reversed_space_and_keeps_its_colour() {
    let tap = Tap::default();
    let mut t = terminal(Wire::new(tap.clone()));
    let mut frame = Buffer::empty(Rect::new(0, 0, W, H));
    let digits = Style::new().fg(Color::Indexed(31)).add_modifier(Modifier::BOLD);
    frame.set_string(0, 0, "██  ██", digits);
    draw(&mut t, &frame);
    let out = String::from_utf8(tap.take()).unwrap();
    assert!(!out.contains('█'), "{out:?}");
    let mut vt = vt100::Parser::new(H, W, 0);
    vt.process(out.as_bytes());
    let cell = vt.screen().cell(0, 1).unwrap();
    assert!(cell.inverse() && cell.fgcolor() == vt100::Color::Idx(31), "{out:?}");
    // Underlined, or bold in a colour bold may brighten (the terminal's own), the
    // two could differ: the block is sent as it is.
    for style in [
        digits.add_modifier(Modifier::UNDERLINED),
        Style::new().add_modifier(Modifier::BOLD),
        digits.fg(Color::Blue),
    ] {
        frame[(0, 1)].reset();
        frame.set_string(0, 1, "█", style);
        draw(&mut t, &frame);
        let out = String::from_utf8(tap.take()).unwrap();
        assert!(out.contains('█'), "{style:?}: {out:?}");
    }
}

#[test]
fn an_unchanged_frame_costs_nothing() {
    let tap = Tap::default();
    let mut t = terminal(Wire::new(tap.clone()));
    let frame = &frames()[5];
    draw(&mut t, frame);
    tap.take();
    draw(&mut t, frame);
    // ratatui's own backend sends a reset of every attribute and hides the cursor
    // again at every frame.
    assert_eq!(tap.take(), b"");
}

#[test]
fn erasing_starts_from_plain_attributes() {
    let tap = Tap::default();
    let mut t = terminal(Wire::new(tap.clone()));
    let mut frame = Buffer::empty(Rect::new(0, 0, W, H));
    frame.set_string(0, 0, "x", Style::new().bg(Color::Indexed(196)));
    draw(&mut t, &frame);
    t.backend_mut().clear().unwrap();
    let mut vt = vt100::Parser::new(H, W, 0);
    vt.process(&tap.take());
    assert_eq!(vt.screen().cell(3, 3).unwrap().bgcolor(), vt100::Color::Default);
}
