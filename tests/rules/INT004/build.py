#!/usr/bin/env python3
"""Build this folder's DOCX fixtures for INT004 (anonymity-placeholder).

    python tests/rules/INT004/build.py

* ``fail.docx``: an old template's title-page table with the candidate's name left
  empty and the personal code written as "xxxxxx", and a header that keeps
  "Candidate session number: XXXXXX-XXXX".
* ``pass.docx``: the same table holding only fields that belong on the title page
  (subject, session, word count), and a header naming the subject.

The package helpers (fixed zip times, so the bytes are reproducible) are the DOCX
goldens' own, in tests/readers/docx_goldens/build.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Run as a script, so the repository root goes on the path to reach the goldens' helpers.
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from tests.readers.docx_goldens import build as docx  # noqa: E402

p, r, field = docx.p, docx.r, docx.field
FOOTER = p(r("Page "), *field([" PAGE "], [r("1")]), jc="center")


def table(rows: list[list[str]]) -> str:
    def cell(text: str) -> str:
        return f'<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>{p(r(text)) if text else p()}</w:tc>'

    grid = "".join('<w:gridCol w:w="4500"/>' for _ in rows[0])
    body = "".join(f"<w:tr>{''.join(cell(c) for c in row)}</w:tr>" for row in rows)
    return f'<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>'


def essay(rows: list[list[str]]) -> list[str]:
    return [
        p(r("The Recall of the Soviet Specialists, 1960"), style="Title"),
        p(r("Research question: To what extent was the recall of 1960 caused by ideological disagreement?")),
        table(rows),
        p(docx.PAGE_BREAK),
        p(r("Introduction"), style="Heading1"),
        p(r("When Khrushchev recalled the Soviet specialists from China in July 1960, a thousand engineers left.")),
        p(r("Conclusion"), style="Heading1"),
        p(r("The recall made the split visible to the world.")),
    ]


def build_fail() -> Path:
    rows = [["Subject", "History"], ["Candidate name", ""], ["Personal code", "xxxxxx"], ["Word count", "3,950"]]
    return docx.write_docx(
        "fail",
        essay(rows),
        header=p(r("Candidate session number: XXXXXX-XXXX")),
        footer=FOOTER,
        out_dir=HERE,
    )


def build_pass() -> Path:
    rows = [["Subject", "History"], ["Session", "May 2027"], ["Word count", "3,950"]]
    return docx.write_docx("pass", essay(rows), header=p(r("Extended Essay in History")), footer=FOOTER, out_dir=HERE)


def main() -> None:
    for build in (build_fail, build_pass):
        print(build())


if __name__ == "__main__":
    main()
