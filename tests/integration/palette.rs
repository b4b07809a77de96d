//! What colour a person sees in a terminal cell, and how far apart two colours are:
//! the xterm 256-colour palette, WCAG 2 relative luminance and contrast, and a
//! deuteranopia simulation (Viénot, Brettel & Mollon 1999). Written from the
//! standards, not from circle's themes, so the contrast test is an outside judge.
//! Shared by the contrast test and the screenshot renderer (examples/screens.rs).

#![allow(dead_code)]

use ratatui::buffer::Cell;
use ratatui::style::{Color, Modifier};

pub type Rgb = (u8, u8, u8);

/// A terminal's defaults: what `Reset` means there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Terminal {
    pub name: &'static str,
    pub fg: Rgb,
    pub bg: Rgb,
}

pub const DARK: Terminal = Terminal {
    name: "dark",
    fg: (0xd0, 0xd0, 0xd0),
    bg: (0x1e, 0x1e, 0x1e),
};
pub const LIGHT: Terminal = Terminal {
    name: "light",
    fg: (0x00, 0x00, 0x00),
    bg: (0xff, 0xff, 0xff),
};

/// xterm's defaults for the 16 named colours.
const ANSI: [Rgb; 16] = [
    (0, 0, 0),
    (205, 0, 0),
    (0, 205, 0),
    (205, 205, 0),
    (0, 0, 238),
    (205, 0, 205),
    (0, 205, 205),
    (229, 229, 229),
    (127, 127, 127),
    (255, 0, 0),
    (0, 255, 0),
    (255, 255, 0),
    (92, 92, 255),
    (255, 0, 255),
    (0, 255, 255),
    (255, 255, 255),
];

pub fn indexed(i: u8) -> Rgb {
    match i {
        0..=15 => ANSI[i as usize],
        16..=231 => {
            let n = i - 16;
            let level = |v: u8| if v == 0 { 0 } else { 55 + 40 * v };
            (level(n / 36), level((n / 6) % 6), level(n % 6))
        }
        _ => {
            let g = 8 + 10 * (i - 232);
            (g, g, g)
        }
    }
}

/// A colour as `term` shows it; `None` for Reset (the caller picks fg or bg).
pub fn rgb(c: Color) -> Option<Rgb> {
    Some(match c {
        Color::Reset => return None,
        Color::Black => ANSI[0],
        Color::Red => ANSI[1],
        Color::Green => ANSI[2],
        Color::Yellow => ANSI[3],
        Color::Blue => ANSI[4],
        Color::Magenta => ANSI[5],
        Color::Cyan => ANSI[6],
        Color::Gray => ANSI[7],
        Color::DarkGray => ANSI[8],
        Color::LightRed => ANSI[9],
        Color::LightGreen => ANSI[10],
        Color::LightYellow => ANSI[11],
        Color::LightBlue => ANSI[12],
        Color::LightMagenta => ANSI[13],
        Color::LightCyan => ANSI[14],
        Color::White => ANSI[15],
        Color::Indexed(i) => indexed(i),
        Color::Rgb(r, g, b) => (r, g, b),
    })
}

/// The foreground and background a person sees in `cell` on `term`, after
/// REVERSED swaps them.
pub fn effective(cell: &Cell, term: Terminal) -> (Rgb, Rgb) {
    let fg = rgb(cell.fg).unwrap_or(term.fg);
    let bg = rgb(cell.bg).unwrap_or(term.bg);
    if cell.modifier.contains(Modifier::REVERSED) {
        (bg, fg)
    } else {
        (fg, bg)
    }
}

fn linear(c: u8) -> f64 {
    let c = f64::from(c) / 255.0;
    if c <= 0.04045 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

/// WCAG 2 relative luminance.
pub fn luminance((r, g, b): Rgb) -> f64 {
    0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
}

/// WCAG 2 contrast ratio, 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// How a deuteranope sees `c` (Viénot, Brettel & Mollon 1999, in linear RGB).
pub fn deuteranopia((r, g, b): Rgb) -> Rgb {
    let (r, g, b) = (linear(r), linear(g), linear(b));
    let sim = [
        0.29275 * r + 0.70725 * g,
        0.29275 * r + 0.70725 * g,
        -0.02234 * r + 0.02234 * g + b,
    ];
    let back = |v: f64| {
        let v = v.clamp(0.0, 1.0);
        let s = if v <= 0.003_130_8 {
            12.92 * v
        } else {
            1.055 * v.powf(1.0 / 2.4) - 0.055
        };
        (s * 255.0).round() as u8
    };
    (back(sim[0]), back(sim[1]), back(sim[2]))
}

/// CIE76 colour difference in CIELAB (D65): above ~20, two colours read as
/// clearly different at a glance.
pub fn delta_e(a: Rgb, b: Rgb) -> f64 {
    let lab = |(r, g, b): Rgb| {
        let (r, g, b) = (linear(r), linear(g), linear(b));
        let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        let f = |t: f64| {
            if t > 0.008856 {
                t.cbrt()
            } else {
                7.787 * t + 16.0 / 116.0
            }
        };
        let (fx, fy, fz) = (f(x), f(y), f(z));
        (116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz))
    };
    let (l1, a1, b1) = lab(a);
    let (l2, a2, b2) = lab(b);
    ((l1 - l2).powi(2) + (a1 - a2).powi(2) + (b1 - b2).powi(2)).sqrt()
}

pub fn hex((r, g, b): Rgb) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

#[test]
fn the_standards_give_their_known_values() {
    assert!((contrast((0, 0, 0), (255, 255, 255)) - 21.0).abs() < 1e-9);
    assert!((contrast((0x77, 0x77, 0x77), (255, 255, 255)) - 4.48).abs() < 0.01);
    assert_eq!(indexed(196), (255, 0, 0));
    assert_eq!(indexed(31), (0, 0x87, 0xaf));
    assert_eq!(indexed(244), (0x80, 0x80, 0x80));
    // A deuteranope sees pure red and pure green as near the same yellow-brown.
    let (red, green) = (deuteranopia((255, 0, 0)), deuteranopia((0, 160, 0)));
    assert!(delta_e(red, green) < delta_e((255, 0, 0), (0, 160, 0)) / 3.0);
}
