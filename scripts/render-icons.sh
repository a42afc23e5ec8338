#!/usr/bin/env bash
# scripts/render-icons.sh — regenerate the application icon PNGs from the SVG sources.
#
#   resources/icons/logtriage.svg     the icon (24 px and up)
#   resources/icons/logtriage-16.svg  the pixel-aligned 16 px variant
#   -> resources/icons/hicolor/<N>x<N>/logtriage.png for N in 16 32 48 64 128 256
#
# The PNGs are committed: the build does not need an SVG renderer, and Qt's SVG icon engine
# (qt6-svg) is not a dependency. Run this after editing an SVG and commit the result.
# Needs rsvg-convert (Debian/Ubuntu: apt-get install librsvg2-bin) or Inkscape 1.x; runs on
# the host or inside the build environment (scripts/lt exec scripts/render-icons.sh).
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
ICONS="$REPO/resources/icons"
SIZES=(16 32 48 64 128 256)

die() { printf '\033[1;31m[render-icons] error:\033[0m %s\n' "$*" >&2; exit 1; }

render() {   # render SVG SIZE OUT
    if command -v rsvg-convert >/dev/null 2>&1; then
        rsvg-convert --width "$2" --height "$2" --output "$3" "$1"
    elif command -v inkscape >/dev/null 2>&1; then
        inkscape --export-type=png --export-width="$2" --export-height="$2" \
            --export-filename="$3" "$1" >/dev/null 2>&1
    else
        die "needs rsvg-convert (apt-get install librsvg2-bin) or inkscape"
    fi
}

for size in "${SIZES[@]}"; do
    src="$ICONS/logtriage.svg"
    [ "$size" -le 16 ] && src="$ICONS/logtriage-16.svg"
    out="$ICONS/hicolor/${size}x${size}/logtriage.png"
    mkdir -p "$(dirname "$out")"
    render "$src" "$size" "$out"
    printf '%s\n' "${out#"$REPO"/}"
done

# The Windows icon of logtriage.exe (app/gui/logtriage.rc): the same PNGs in an .ico.
python3 "$REPO/scripts/make-ico.py"
