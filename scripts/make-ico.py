#!/usr/bin/env python3
"""Packs the committed icon PNGs into resources/icons/logtriage.ico for logtriage.exe.

An .ico may hold PNG images as they are (Windows Vista and later read them), so the file is
the six PNGs of resources/icons/hicolor/ behind a 6-byte header and one 16-byte directory
entry each; nothing is resampled. scripts/render-icons.sh runs this after rendering.
"""
import pathlib
import struct

REPO = pathlib.Path(__file__).resolve().parent.parent
ICONS = REPO / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256)


def main() -> None:
    images = [(size, (ICONS / "hicolor" / f"{size}x{size}" / "logtriage.png").read_bytes()) for size in SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))          # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(images)
    directory = b""
    for size, png in images:
        side = 0 if size >= 256 else size                     # 0 means 256 in the directory
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    out = ICONS / "logtriage.ico"
    out.write_bytes(header + directory + b"".join(png for _, png in images))
    print(out.relative_to(REPO))


if __name__ == "__main__":
    main()
