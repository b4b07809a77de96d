#!/bin/sh
# Screenshots of the live screen, drawn from the real screen buffer (ratatui's
# TestBackend) by examples/screens.rs as SVG with the cells' real colours, then
# turned into PNG. Needs rsvg-convert (Debian: librsvg2-bin) or ImageMagick; nothing
# in the build or the tests needs either.
set -eu
cd "$(dirname "$0")/../.."
out=docs/screens
cargo run --quiet --example screens -- "$out"
for svg in "$out"/*.svg; do
    png="${svg%.svg}.png"
    if command -v rsvg-convert >/dev/null; then
        rsvg-convert "$svg" -o "$png"
    else
        convert "$svg" "$png"
    fi
    rm "$svg"
done
ls "$out"/*.png | wc -l
