#!/usr/bin/env python3
"""Draws the packages' icon, docs/package/icon.png (128 x 128): three bars of a bar chart, white and orange, on the
purple rounded square of the HTML report's accent colour. Standard library only; the same bytes on every run.

    python3 scripts/package/make-icon.py
"""
import os
import struct
import zlib

SIZE = 128
PURPLE = (0x5B, 0x2A, 0x86)
WHITE = (0xFF, 0xFF, 0xFF)
ORANGE = (0xD9, 0x68, 0x1A)
RADIUS = 22
# Bars: (left, top, right) in pixels, all standing on the same base line.
BASE = 104
BARS = [((26, 64, 46), WHITE), ((54, 40, 74), WHITE), ((82, 24, 102), ORANGE)]


def inside_rounded_square(x, y):
    cx = min(max(x, RADIUS), SIZE - 1 - RADIUS)
    cy = min(max(y, RADIUS), SIZE - 1 - RADIUS)
    return (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS ** 2


def pixel(x, y):
    if not inside_rounded_square(x, y):
        return (0, 0, 0, 0)
    for (left, top, right), colour in BARS:
        if left <= x < right and top <= y < BASE:
            return colour + (255,)
    if 20 <= x < 108 and BASE <= y < BASE + 4:  # the axis
        return WHITE + (255,)
    return PURPLE + (255,)


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def png():
    rows = b"".join(b"\x00" + bytes(v for x in range(SIZE) for v in pixel(x, y)) for y in range(SIZE))
    header = struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0)  # 8-bit RGBA
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


if __name__ == "__main__":
    target = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "docs", "package", "icon.png")
    with open(target, "wb") as f:
        f.write(png())
    print(os.path.normpath(target))
