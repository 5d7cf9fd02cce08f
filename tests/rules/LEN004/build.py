#!/usr/bin/env python3
"""Build this folder's DOCX fixtures for LEN004 (prose-in-tables): real Word tables.

    python tests/rules/LEN004/build.py

``fail.docx`` holds a table whose last column explains each cause in sentences,
under a caption in Word's Caption style; ``pass.docx`` holds a data table of the same
shape (years, figures, short labels) under a caption of normal length. The package
helpers (fixed zip times, so the bytes are reproducible) are the DOCX goldens' own,
in tests/readers/docx_goldens/build.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Run as a script, so the repository root goes on the path to reach the goldens' helpers.
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from tests.readers.docx_goldens import build as docx  # noqa: E402

p, r = docx.p, docx.r

TABLE_STYLE = (
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
    '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
    "</w:tblBorders></w:tblPr></w:style>"
)


def table(rows: list[list[str]]) -> str:
    cols = len(rows[0])
    grid = "<w:tblGrid>" + '<w:gridCol w:w="3000"/>' * cols + "</w:tblGrid>"
    body = "".join(
        "<w:tr>"
        + "".join(f'<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>{p(r(cell))}</w:tc>' for cell in row)
        + "</w:tr>"
        for row in rows
    )
    return (
        f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>{grid}{body}</w:tbl>'
    )


def essay(caption: str, rows: list[list[str]]) -> list[str]:
    return [
        p(r("Aid and Rivalry in the Sino-Soviet Alliance"), style="Title"),
        p(r("Research question: How far did Soviet aid shape Chinese industrialisation between 1950 and 1960?")),
        p(r("Subject: History")),
        p(r("Word count: 35")),
        p(docx.PAGE_BREAK),
        p(r("Introduction"), style="Heading1"),
        p(r("Soviet aid built the core of Chinese heavy industry in the 1950s. This essay weighs its effect.")),
        p(r("Soviet aid"), style="Heading1"),
        p(r(caption), style="Caption"),
        table(rows),
        p(r("Conclusion"), style="Heading1"),
        p(r("Soviet aid was decisive until 1960, when the recall of the specialists ended it.")),
    ]


FAIL_ROWS = [
    ["Project", "Year", "Significance"],
    [
        "Anshan steel works",
        "1953",
        "This was the largest project of the first Five-Year Plan, and it made Anshan the centre of "
        "Chinese steel production.",
    ],
    [
        "Changchun lorry factory",
        "1956",
        "The factory showed that China could build vehicles of its own, which Mao used as proof that "
        "Soviet methods worked.",
    ],
]
PASS_ROWS = [
    ["Project", "Year completed", "Output in 1960"],
    ["Anshan steel works", "1953", "5.3 million tonnes of steel"],
    ["Changchun lorry factory", "1956", "16,000 lorries"],
    ["Wuhan Yangtze bridge", "1957", "road and rail crossing"],
]


def build() -> list[Path]:
    styles = [TABLE_STYLE]
    return [
        docx.write_docx(
            "fail",
            essay("Table 1: Major Soviet aid projects and their significance", FAIL_ROWS),
            styles=styles,
            out_dir=HERE,
        ),
        docx.write_docx(
            "pass",
            essay("Table 1: Major Soviet aid projects, 1953–1957, with output in 1960", PASS_ROWS),
            styles=styles,
            out_dir=HERE,
        ),
    ]


if __name__ == "__main__":
    for path in build():
        print(path)
