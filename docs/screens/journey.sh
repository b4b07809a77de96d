#!/bin/sh
# Screens of a group's first and last meetings, from the real binary in tmux on the
# rehearsal clock (CIRCLE_NOW), at 80×24 and 200×60: the no-argument start, the
# contracting step, and at the programme's last meeting the review and the
# celebration. Needs tmux, python3 and rsvg-convert; nothing in the build or the
# tests needs them.
set -eu
cd "$(dirname "$0")/../.."
out=docs/screens
cargo build --quiet
bin="$PWD/target/$(rustc --print host-tuple)/debug/circle"
home=$(mktemp -d)
trap 'tmux -L journey kill-server 2>/dev/null || true; rm -rf "$home"' EXIT
export CIRCLE_DATA_DIR="$home/data" CIRCLE_CONFIG_DIR="$home/config" TZ=UTC LANG=C.UTF-8

# shot NAME COLS ROWS: the tmux pane as a PNG.
shot() {
    tmux -L journey capture-pane -e -N -p -t j >"$home/pane"
    python3 "$out/capture.py" "$2" "$3" <"$home/pane" >"$home/pane.svg"
    rsvg-convert "$home/pane.svg" -o "$out/journey-$1-$2x$3.png"
}
keys() { tmux -L journey send-keys -t j "$@"; sleep 0.4; }
# The phase title: the title row's first words.
title() { tmux -L journey capture-pane -p -t j | sed -n 2p; }
# meeting NOW COLS ROWS ARGS...: circle in a fresh tmux window of that size.
meeting() {
    now=$1 cols=$2 rows=$3
    shift 3
    tmux -L journey kill-server 2>/dev/null || true
    sleep 0.5
    tmux -L journey new-session -d -s j -x "$cols" -y "$rows" \
        "env CIRCLE_NOW=$now $bin $*; sleep 2"
    sleep 0.6
}

for size in "80 24" "200 60"; do
    set -- $size
    rm -rf "$home/data"
    # The first meeting: the README's first command, five names typed.
    meeting 2026-01-15T18:00:00Z "$1" "$2"
    shot first-setup "$1" "$2"
    keys "Ana, Ben, Chen, Dee, Eve" Enter
    keys Enter
    shot first-ready "$1" "$2"
    keys Space
    sleep 1
    shot first-contracting "$1" "$2"
    for _ in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26; do
        if title | grep -q "^Commit to an"; then break; fi
        keys n
    done
    keys i
    keys "Call Sam in two weeks," Enter
    shot first-commitment "$1" "$2"
    keys Escape
    for _ in 1 2 3 4 5 6 7 8; do keys n; done
    keys q
    sleep 2.2
    "$bin" group edit "Ana, Ben, Chen, Dee, Eve" --meetings 2 >/dev/null
    # The last meeting: the review, then the celebration.
    meeting 2026-02-15T18:00:00Z "$1" "$2"
    keys Enter
    keys Space
    for _ in $(seq 1 40); do
        if title | grep -q "^Looking back"; then break; fi
        if tmux -L journey capture-pane -p -t j | grep -q "▶ Ana:"; then keys 1; fi
        keys n
    done
    shot last-review "$1" "$2"
    for _ in $(seq 1 12); do
        if tmux -L journey capture-pane -p -t j | grep -q "Meeting complete"; then break; fi
        keys 5
        keys n
    done
    shot last-celebration "$1" "$2"
    keys q
done
ls "$out"/journey-*.png
