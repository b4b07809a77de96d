//! A small bar chart for the terminal, drawn by ratatui's `BarChart` into an
//! off-screen buffer and printed as plain lines (no colour, no cursor movement), so
//! it reads the same in a pipe, a file or a README.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Bar, BarChart, BarGroup, Widget};

/// Rows of bar above the labels: one per rating point.
const HEIGHT: u16 = 5;
const BAR_WIDTH: u16 = 3;

/// One bar per meeting for ratings 1–5 (`None`: nobody rated), labelled 1, 2, 3…
/// and with a scale on the left. The value is printed under its bar.
pub fn bars(values: &[Option<f64>]) -> Vec<String> {
    let bars: Vec<Bar> = values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            Bar::default()
                // Tenths, so 4.2 stands a little higher than 4.0.
                .value(v.map_or(0, |x| (x * 10.0).round() as u64))
                .text_value(String::new())
                .label(format!("{}", i + 1))
        })
        .collect();
    let width = (values.len() as u16) * (BAR_WIDTH + 1);
    let area = Rect::new(0, 0, width.max(1), HEIGHT + 1);
    let mut buf = Buffer::empty(area);
    BarChart::default()
        .data(BarGroup::default().bars(&bars))
        .bar_width(BAR_WIDTH)
        .bar_gap(1)
        .max(50)
        .render(area, &mut buf);
    let mut lines = Vec::new();
    for y in 0..area.height {
        let row: String = (0..area.width).map(|x| buf[(x, y)].symbol().to_string()).collect();
        let scale = if y < HEIGHT {
            format!("{} ┤ ", HEIGHT - y)
        } else {
            "    ".to_string()
        };
        lines.push(format!("{scale}{}", row.trim_end()));
    }
    let values_line: String = values
        .iter()
        .map(|v| match v {
            Some(x) => format!("{:<4}", crate::i18n::decimal(*x, 1)),
            None => "—   ".to_string(),
        })
        .collect();
    lines.push(format!("    {}", values_line.trim_end()));
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rows a bar fills, counted from the chart's bottom, for the meeting in `col`.
    fn height(lines: &[String], col: usize) -> usize {
        lines[..HEIGHT as usize]
            .iter()
            .filter(|l| l.chars().nth(4 + col * 4).is_some_and(|c| c == '█'))
            .count()
    }

    #[test]
    fn a_higher_rating_is_a_taller_bar() {
        let lines = bars(&[Some(2.0), Some(5.0), None, Some(3.6)]);
        assert_eq!(height(&lines, 0), 2, "{lines:#?}");
        assert_eq!(height(&lines, 1), 5, "{lines:#?}");
        assert_eq!(height(&lines, 2), 0, "{lines:#?}");
        assert_eq!(height(&lines, 3), 3, "{lines:#?}");
        assert!(lines[HEIGHT as usize].contains('4'), "labels: {lines:#?}");
        assert!(lines.last().unwrap().contains("3.6"));
    }
}
