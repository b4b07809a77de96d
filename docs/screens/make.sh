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
# The README's two windows side by side (circle run, private; circle watch, shared),
# with a caption over each: ImageMagick only.
if convert -version 2>/dev/null | grep -q '^Version: ImageMagick'; then
    convert -background '#2b2b2b' -fill '#e0e0e0' -font DejaVu-Sans -pointsize 30 \
        \( -size 1000x70 -gravity center label:'circle run — the console, kept private' \
            "$out/two-windows-console-100x30.png" -append -bordercolor '#2b2b2b' -border 20x0 \) \
        \( -size 1400x70 -gravity center label:'circle watch — the window you share' \
            "$out/two-windows-watch-140x42.png" -append -bordercolor '#2b2b2b' -border 20x0 \) \
        -gravity north +append -bordercolor '#2b2b2b' -border 0x20 +repage -depth 8 -strip "$out/two-windows.png"
fi
rm -f "$out"/two-windows-console-100x30.png "$out"/two-windows-watch-140x42.png
ls "$out"/*.png | wc -l
