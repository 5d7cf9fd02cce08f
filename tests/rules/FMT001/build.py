#!/usr/bin/env python3
"""Build this folder's DOCX fixtures for FMT001 (file-size).

    python tests/rules/FMT001/build.py

``fail.docx`` and ``pass.docx`` are the same essay with the same photograph, except
that ``fail.docx`` keeps it at 96×96 pixels of detail zlib cannot shrink (31,408
bytes in all) and ``pass.docx`` has it cropped to 84×84 (24,916 bytes).
``expected.json`` sets ``max_bytes`` to 25,000, just above the near miss, so the
fixtures stay small while the rule is tested at its edge. The image data come from a seeded generator, and the package
helpers (fixed zip times) are the DOCX goldens' own, so the bytes are reproducible.
"""

from __future__ import annotations

import random
import struct
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Run as a script, so the repository root goes on the path to reach the goldens' helpers.
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from tests.readers.docx_goldens import build as docx  # noqa: E402

p, r, field = docx.p, docx.r, docx.field


def photograph(side: int) -> bytes:
    """A side×side RGB PNG of seeded noise: a photograph's worth of detail that zlib cannot shrink."""
    rng = random.Random(1960)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    rows = b"".join(b"\x00" + bytes(rng.randrange(256) for _ in range(side * 3)) for _ in range(side))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def build(name: str, side: int) -> Path:
    docx.tiny_png = lambda: photograph(side)  # write_docx embeds whatever tiny_png returns
    body = [
        p(r("The Recall of the Soviet Specialists, 1960"), style="Title"),
        p(r("Research question: To what extent was the recall of 1960 caused by ideological disagreement?")),
        p(r("Subject: History")),
        p(r("Word count: 3,950")),
        p(docx.PAGE_BREAK),
        p(r("Introduction"), style="Heading1"),
        p(r("When Khrushchev recalled the Soviet specialists from China in July 1960, a thousand engineers left.")),
        p(docx._picture()),
        p(r("Figure 1: Soviet specialists leaving Beijing station, August 1960."), style="Caption"),
        p(r("Conclusion"), style="Heading1"),
        p(r("The recall made the split visible to the world.")),
    ]
    footer = p(r("Page "), *field([" PAGE "], [r("1")]), jc="center")
    return docx.write_docx(name, body, image=True, footer=footer, out_dir=HERE)


def main() -> None:
    for name, side in (("fail", 96), ("pass", 84)):
        path = build(name, side)
        print(path, path.stat().st_size)


if __name__ == "__main__":
    main()
