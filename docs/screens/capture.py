#!/usr/bin/env python3
"""A terminal screen as a picture: reads what `tmux capture-pane -e -N -p` printed
(text with its colour escapes; -N keeps the spaces at a line's end, which circle's
big digits are drawn with, in reverse video) on stdin and writes an SVG of it on stdout, with
block elements drawn as exact rectangles. Used by journey.sh to show screens of
the real binary, run on the rehearsal clock, at the size a person's window has.
`rsvg-convert` turns the SVG into a PNG."""

import html
import re
import sys
import unicodedata

CELL_W, CELL_H = 10, 20
DEFAULT_FG, DEFAULT_BG = "#d0d0d0", "#1e1e1e"
BASE = ["#000000", "#cd3131", "#0dbc79", "#e5e510", "#2472c8", "#bc3fbc", "#11a8cd", "#e5e5e5",
        "#666666", "#f14c4c", "#23d18b", "#f5f543", "#3b8eea", "#d670d6", "#29b8db", "#ffffff"]
BLOCKS = {"█": [(0, 0, 1, 1)], "▀": [(0, 0, 1, .5)], "▄": [(0, .5, 1, .5)],
          "▌": [(0, 0, .5, 1)], "▐": [(.5, 0, .5, 1)]}
# Quadrant blocks (the big letters), by the quarters they fill.
for ch, quarters in zip("▘▝▖▗▚▞▛▜▙▟", [(0,), (1,), (2,), (3,), (0, 3), (1, 2),
                                      (0, 1, 2), (0, 1, 3), (0, 2, 3), (1, 2, 3)]):
    BLOCKS[ch] = [((q % 2) * .5, (q // 2) * .5, .5, .5) for q in quarters]
# Braille cells (big letters in a 16-row font at 80×24): dot k's column and row.
BRAILLE_DOTS = [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2), (0, 3), (1, 3)]


def xterm256(n):
    if n < 16:
        return BASE[n]
    if n < 232:
        n -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return "#%02x%02x%02x" % (steps[n // 36], steps[(n // 6) % 6], steps[n % 6])
    v = 8 + (n - 232) * 10
    return "#%02x%02x%02x" % (v, v, v)


def sgr(params, state):
    p = [int(x) if x else 0 for x in params.split(";")] if params else [0]
    i = 0
    while i < len(p):
        c = p[i]
        if c == 0:
            state.update(fg=None, bg=None, bold=False, rev=False)
        elif c == 1:
            state["bold"] = True
        elif c == 7:
            state["rev"] = True
        elif c == 22:
            state["bold"] = False
        elif c == 27:
            state["rev"] = False
        elif 30 <= c <= 37:
            state["fg"] = BASE[c - 30]
        elif 90 <= c <= 97:
            state["fg"] = BASE[c - 90 + 8]
        elif 40 <= c <= 47:
            state["bg"] = BASE[c - 40]
        elif 100 <= c <= 107:
            state["bg"] = BASE[c - 100 + 8]
        elif c == 39:
            state["fg"] = None
        elif c == 49:
            state["bg"] = None
        elif c in (38, 48) and i + 1 < len(p):
            key = "fg" if c == 38 else "bg"
            if p[i + 1] == 5 and i + 2 < len(p):
                state[key] = xterm256(p[i + 2])
                i += 2
            elif p[i + 1] == 2 and i + 4 < len(p):
                state[key] = "#%02x%02x%02x" % tuple(p[i + 2:i + 5])
                i += 4
        i += 1


def main():
    rows = sys.stdin.read().split("\n")
    cols = int(sys.argv[1]) if len(sys.argv) > 1 else 80
    height = int(sys.argv[2]) if len(sys.argv) > 2 else len(rows)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{cols * CELL_W}" height="{height * CELL_H}">',
           f'<rect width="100%" height="100%" fill="{DEFAULT_BG}"/>']
    state = dict(fg=None, bg=None, bold=False, rev=False)
    for y, line in enumerate(rows[:height]):
        x = 0
        for token in re.finditer(r"\x1b\[([0-9;]*)m|(.)", line):
            if token.group(1) is not None or token.group(0).startswith("\x1b"):
                sgr(token.group(1), state)
                continue
            ch = token.group(2)
            fg, bg = state["fg"] or DEFAULT_FG, state["bg"] or DEFAULT_BG
            if state["rev"]:
                fg, bg = bg, fg
            px, py = x * CELL_W, y * CELL_H
            if bg != DEFAULT_BG:
                out.append(f'<rect x="{px}" y="{py}" width="{CELL_W}" height="{CELL_H}" fill="{bg}"/>')
            if ch in BLOCKS:
                for (bx, by, bw, bh) in BLOCKS[ch]:
                    out.append(f'<rect x="{px + bx * CELL_W}" y="{py + by * CELL_H}" '
                               f'width="{bw * CELL_W}" height="{bh * CELL_H}" fill="{fg}"/>')
            elif 0x2800 < ord(ch) <= 0x28FF:
                # As a terminal font draws braille: round dots on a 2×4 grid.
                for k, (dx, dy) in enumerate(BRAILLE_DOTS):
                    if (ord(ch) - 0x2800) & (1 << k):
                        out.append(f'<circle cx="{px + (dx + .5) * CELL_W / 2}" '
                                   f'cy="{py + (dy + .5) * CELL_H / 4}" r="1.5" fill="{fg}"/>')
            elif ch != " ":
                weight = ' font-weight="bold"' if state["bold"] else ""
                out.append(f'<text x="{px}" y="{py + 15}" fill="{fg}" font-family="DejaVu Sans Mono" '
                           f'font-size="16"{weight}>{html.escape(ch)}</text>')
            # A wide character (李) takes two cells, as in the terminal.
            x += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
    out.append("</svg>")
    print("\n".join(out))


if __name__ == "__main__":
    main()
