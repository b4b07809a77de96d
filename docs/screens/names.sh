#!/bin/sh
# The real release binary in tmux, on the rehearsal clock (CIRCLE_NOW), with
# speakers named 李明, Łukasz and محمد (drawn small: Arabic needs shaping) presenting, at 80×24 and 200×60: their names in
# big letters as a terminal shows them. Needs tmux, python3 and rsvg-convert, and
# a CJK font for the small text (Debian: fonts-noto-cjk); nothing in the build or
# the tests needs them.
set -eu
cd "$(dirname "$0")/../.."
out=docs/screens
cargo build --quiet --release
bin="$PWD/target/$(rustc --print host-tuple)/release/circle"
home=$(mktemp -d)
trap 'tmux -L names kill-server 2>/dev/null || true; rm -rf "$home"' EXIT
export CIRCLE_DATA_DIR="$home/data" CIRCLE_CONFIG_DIR="$home/config" TZ=UTC LANG=C.UTF-8

keys() { tmux -L names send-keys -t j "$@"; sleep 0.4; }
title() { tmux -L names capture-pane -p -t j | sed -n 2p; }

for first in 李明 Łukasz محمد; do
    key=$(printf %s "$first" | sed 's/李明/li-ming/; s/Łukasz/lukasz/; s/محمد/muhammad/')
    for size in "80 24" "200 60"; do
        set -- $size
        rm -rf "$home/data"
        tmux -L names kill-server 2>/dev/null || true
        sleep 0.5
        tmux -L names new-session -d -s j -x "$1" -y "$2" \
            "env CIRCLE_NOW=2026-01-15T18:00:00Z $bin; sleep 2"
        sleep 0.6
        # The first member presents the challenge.
        keys "$first, Ana, Chen, Dee, Eve" Enter
        keys Enter
        keys Space
        for _ in $(seq 1 12); do
            if title | grep -q "^The challenge"; then break; fi
            keys n
        done
        sleep 1.2
        tmux -L names capture-pane -e -N -p -t j >"$home/pane"
        python3 "$out/capture.py" "$1" "$2" <"$home/pane" >"$home/pane.svg"
        rsvg-convert "$home/pane.svg" -o "$out/tmux-name-$key-$1x$2.png"
        keys q
        sleep 2.2
    done
done
ls "$out"/tmux-name-*.png
