//! The bytes a frame costs on its way to the terminal (issue 23: at most 300 a
//! second while counting at 120×40).
//!
//! ratatui already sends only the cells that changed; this backend sends them in
//! fewer bytes than ratatui's own crossterm backend, with the same picture:
//! - a full block `█` (3 bytes of UTF-8), which the big digits are made of, goes
//!   out as a reversed space (1 byte): both paint the whole cell in the cell's
//!   foreground colour. Only where nothing could show the difference: a block
//!   that is also underlined, struck through, dim, italic, blinking or hidden, or
//!   painted in a colour that bold may brighten, is sent as it is;
//! - colours and attributes are sent only when they change, as one SGR sequence,
//!   and kept from one frame to the next (ratatui's backend resets them after
//!   every frame and sets them again at the next);
//! - a jump along the same row is a relative move (`CSI n C`), shorter than an
//!   absolute one;
//! - the cursor is hidden once, not at every frame;
//! - a frame is written in one piece (a buffered writer), not in 1 KB slices.
//!
//! Not the terminal's repeat sequence (REP, `CSI n b`): not every terminal knows
//! it, and one that does not would draw a digit's pixel one cell wide.

use std::io::{self, Write};

use ratatui::backend::{Backend, ClearType, IntoCrossterm, WindowSize};
use ratatui::buffer::Cell;
use ratatui::crossterm::style::Colored;
use ratatui::crossterm::{cursor, queue, terminal};
use ratatui::layout::{Position, Size};
use ratatui::style::{Color, Modifier};

/// Attributes under which a reversed space and a full block look the same.
const SAME_AS_BLOCK: Modifier = Modifier::BOLD.union(Modifier::REVERSED);

/// What the terminal's pen holds: the colours and attributes the next printed
/// character takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Pen {
    fg: Color,
    bg: Color,
    underline: Color,
    modifier: Modifier,
}

impl Pen {
    const RESET: Pen = Pen {
        fg: Color::Reset,
        bg: Color::Reset,
        underline: Color::Reset,
        modifier: Modifier::empty(),
    };
}

pub struct Wire<W: Write> {
    out: W,
    /// `None` until the first SGR: the terminal's pen is then unknown.
    pen: Option<Pen>,
    /// Whether the cursor is shown, once circle has said so.
    cursor_shown: Option<bool>,
}

impl<W: Write> Wire<W> {
    pub fn new(out: W) -> Wire<W> {
        Wire {
            out,
            pen: None,
            cursor_shown: None,
        }
    }

    /// Hand the terminal back with plain attributes (before leaving the screen).
    pub fn reset_pen(&mut self) -> io::Result<()> {
        self.plain()?;
        self.out.flush()
    }

    fn plain(&mut self) -> io::Result<()> {
        if self.pen != Some(Pen::RESET) {
            self.out.write_all(b"\x1b[0m")?;
            self.pen = Some(Pen::RESET);
        }
        Ok(())
    }

    /// Change the pen to `to`, in one SGR sequence of only what differs.
    fn set_pen(&mut self, to: Pen) -> io::Result<()> {
        let from = match self.pen {
            Some(p) if p == to => return Ok(()),
            Some(p) => p,
            None => Pen::RESET,
        };
        let mut params: Vec<String> = Vec::new();
        if self.pen.is_none() {
            params.push("0".into());
        }
        modifier_params(from.modifier, to.modifier, &mut params);
        if to.fg != from.fg {
            params.push(Colored::ForegroundColor(to.fg.into_crossterm()).to_string());
        }
        if to.bg != from.bg {
            params.push(Colored::BackgroundColor(to.bg.into_crossterm()).to_string());
        }
        if to.underline != from.underline {
            params.push(Colored::UnderlineColor(to.underline.into_crossterm()).to_string());
        }
        write!(self.out, "\x1b[{}m", params.join(";"))?;
        self.pen = Some(to);
        Ok(())
    }
}

/// The SGR parameters from one set of attributes to another, in the order
/// ratatui's own backend sends them ("normal intensity" ends both bold and dim, so
/// a remaining one is set again; where both are asked, the later one wins on some
/// terminals).
fn modifier_params(from: Modifier, to: Modifier, out: &mut Vec<String>) {
    let (removed, added) = (from - to, to - from);
    let mut push = |on: bool, code: &str| {
        if on {
            out.push(code.into());
        }
    };
    push(removed.contains(Modifier::REVERSED), "27");
    let reset_intensity = removed.intersects(Modifier::BOLD | Modifier::DIM);
    push(reset_intensity, "22");
    push(reset_intensity && to.contains(Modifier::DIM), "2");
    push(reset_intensity && to.contains(Modifier::BOLD), "1");
    push(removed.contains(Modifier::ITALIC), "23");
    push(removed.contains(Modifier::UNDERLINED), "24");
    push(removed.contains(Modifier::CROSSED_OUT), "29");
    push(removed.contains(Modifier::HIDDEN), "28");
    push(removed.intersects(Modifier::SLOW_BLINK | Modifier::RAPID_BLINK), "25");
    push(added.contains(Modifier::REVERSED), "7");
    push(added.contains(Modifier::BOLD) && !reset_intensity, "1");
    push(added.contains(Modifier::ITALIC), "3");
    push(added.contains(Modifier::UNDERLINED), "4");
    push(added.contains(Modifier::DIM) && !reset_intensity, "2");
    push(added.contains(Modifier::CROSSED_OUT), "9");
    push(added.contains(Modifier::HIDDEN), "8");
    push(added.contains(Modifier::SLOW_BLINK), "5");
    push(added.contains(Modifier::RAPID_BLINK), "6");
}

/// The symbol and attributes a cell goes out with: a full block as a reversed
/// space where the two look the same.
fn on_the_wire(cell: &Cell) -> (&str, Modifier) {
    let painted = if cell.modifier.contains(Modifier::REVERSED) {
        cell.bg
    } else {
        cell.fg
    };
    if cell.symbol() == "█" && SAME_AS_BLOCK.contains(cell.modifier) && fixed(painted) {
        (" ", cell.modifier ^ Modifier::REVERSED)
    } else {
        (cell.symbol(), cell.modifier)
    }
}

/// A colour that is the same whether it paints a glyph or a background: the
/// 256-colour cube and grey ramp, and true colours (the themes' colours). Bold may
/// brighten the terminal's own and the 16 named colours on a glyph, and not on a
/// background, so blocks in those go out as blocks (`mono` and NO_COLOR, too).
fn fixed(c: Color) -> bool {
    matches!(c, Color::Indexed(16..) | Color::Rgb(..))
}

impl<W: Write> Write for Wire<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.out.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

impl<W: Write> Backend for Wire<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        // The last cell printed, and whether the cursor surely stands right after
        // it (a one-column character): only then is a jump along the row relative.
        let mut last: Option<(Position, bool)> = None;
        for (x, y, cell) in content {
            match last {
                // Contiguous cells, as ratatui's own backend judges them.
                Some((p, _)) if p.y == y && x == p.x + 1 => {}
                Some((p, true)) if p.y == y && x > p.x + 1 => {
                    write!(self.out, "\x1b[{}C", x - p.x - 1)?;
                }
                // 1-based row;column.
                _ => write!(self.out, "\x1b[{};{}H", y + 1, x + 1)?,
            }
            let (symbol, modifier) = on_the_wire(cell);
            self.set_pen(Pen {
                fg: cell.fg,
                bg: cell.bg,
                underline: cell.underline_color,
                modifier,
            })?;
            self.out.write_all(symbol.as_bytes())?;
            // A wide or ambiguous character may take other than one column on some
            // terminal: after one, the next jump is absolute.
            let one_column = matches!(symbol.as_bytes(), [b' '..=b'~']);
            last = Some((Position { x, y }, one_column));
        }
        Ok(())
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        if self.cursor_shown != Some(false) {
            queue!(self.out, cursor::Hide)?;
            self.cursor_shown = Some(false);
        }
        self.out.flush()
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        if self.cursor_shown != Some(true) {
            queue!(self.out, cursor::Show)?;
            self.cursor_shown = Some(true);
        }
        self.out.flush()
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        let (x, y) = cursor::position()?;
        Ok(Position { x, y })
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        let p = position.into();
        queue!(self.out, cursor::MoveTo(p.x, p.y))?;
        self.out.flush()
    }

    fn clear(&mut self) -> io::Result<()> {
        self.clear_region(ClearType::All)
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        // Erasing paints with the pen's background on most terminals: plain first.
        self.plain()?;
        let how = match clear_type {
            ClearType::All => terminal::ClearType::All,
            ClearType::AfterCursor => terminal::ClearType::FromCursorDown,
            ClearType::BeforeCursor => terminal::ClearType::FromCursorUp,
            ClearType::CurrentLine => terminal::ClearType::CurrentLine,
            ClearType::UntilNewLine => terminal::ClearType::UntilNewLine,
        };
        queue!(self.out, terminal::Clear(how))?;
        self.out.flush()
    }

    fn append_lines(&mut self, n: u16) -> io::Result<()> {
        self.plain()?;
        for _ in 0..n {
            self.out.write_all(b"\n")?;
        }
        self.out.flush()
    }

    fn size(&self) -> io::Result<Size> {
        let (width, height) = window_cells()?;
        Ok(Size { width, height })
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        let w = terminal::window_size()?;
        Ok(WindowSize {
            columns_rows: Size {
                width: w.columns,
                height: w.rows,
            },
            pixels: Size {
                width: w.width,
                height: w.height,
            },
        })
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// The terminal's size in columns and rows: asked of standard output, where the
/// live screen draws, and of crossterm (which opens `/dev/tty` each time) only when
/// standard output cannot say.
pub fn window_cells() -> io::Result<(u16, u16)> {
    // SAFETY: a zeroed winsize is a valid value for TIOCGWINSZ to fill.
    let mut size: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ writes one winsize through the pointer it is given.
    let rc = unsafe { libc::ioctl(libc::STDOUT_FILENO, libc::TIOCGWINSZ, &mut size) };
    if rc == 0 && size.ws_col > 0 && size.ws_row > 0 {
        return Ok((size.ws_col, size.ws_row));
    }
    terminal::size()
}

#[cfg(test)]
#[path = "wire_tests.rs"]
mod tests;
