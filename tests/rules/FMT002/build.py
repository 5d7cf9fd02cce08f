#!/usr/bin/env python3
"""Build this folder's DOCX fixtures for FMT002 (font-size).

    python tests/rules/FMT002/build.py

Each file is the same short essay; only where its body text gets its size differs:

* ``fail.docx``: the document defaults are 10 pt and nothing overrides them.
* ``fail_based_on.docx``: 12 pt defaults, but the paragraphs use pandoc's "First
  Paragraph" and "Body Text" styles, and "Body Text" (which "First Paragraph" is
  based on) is 14 pt: text enlarged to fill pages.
* ``fail_direct.docx``: 12 pt styles, with 10.5 pt set directly on every run.
* ``pass.docx``: 12 pt body text, with a 10 pt block quotation (a "Quote" style), a
  9 pt phrase (a character style), 14 pt headings, a 9 pt table and 10 pt footnotes:
  the dominant size is what counts.
* ``pass_word_default.docx``: Word's own defaults since 2013 (Calibri 11 pt).

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

p, r, fn_ref, note, pstyle, cstyle = docx.p, docx.r, docx.fn_ref, docx.note, docx.pstyle, docx.cstyle
FOOTER = p(r("Page "), *docx.field([" PAGE "], [r("1")]), jc="center")
PARAGRAPHS = [
    "When Khrushchev recalled the Soviet specialists from China in July 1960, more than a thousand "
    "engineers left within a month, taking their blueprints with them.",
    "Several hundred industrial projects stopped, and Chinese officials called the recall a betrayal "
    "of proletarian internationalism.",
    "The recall followed the ideological quarrel of the spring, but it also served Soviet interests, "
    "since the aid had become expensive and its results uncertain.",
]


def defaults(half_points: int, *, line: int = 360) -> str:
    """``w:docDefaults``: the size every run has unless a style or the run says otherwise."""
    return (
        f'<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>'
        '<w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
        f'<w:spacing w:after="160" w:line="{line}" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
    )


def run(text: str, size: int | None) -> str:
    if size is None:
        return r(text)
    return f'<w:r><w:rPr><w:sz w:val="{size}"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def essay(
    name: str,
    *,
    half_points: int,
    line: int = 360,
    styles: list[str] = (),
    body_style: str | None = None,
    first_style: str | None = None,
    run_size: int | None = None,
    extras: list[str] = (),
) -> Path:
    docx.BASE_STYLES[0] = defaults(half_points, line=line)
    body = [
        p(r("The Recall of the Soviet Specialists, 1960"), style="Title"),
        p(r("Research question: To what extent was the recall of 1960 caused by ideological disagreement?")),
        p(r("Subject: History")),
        p(r("Word count: 3,950")),
        p(docx.PAGE_BREAK),
        p(r("Introduction"), style="Heading1"),
        p(run(PARAGRAPHS[0], run_size), fn_ref(2), style=first_style),
        p(r("The recall"), style="Heading1"),
        p(run(PARAGRAPHS[1], run_size), style=body_style),
        *extras,
        p(r("Conclusion"), style="Heading1"),
        p(run(PARAGRAPHS[2], run_size), style=first_style),
    ]
    footnotes = [note("footnote", 2, "Lüthi, The Sino-Soviet Split, 174.")]
    return docx.write_docx(
        name,
        body,
        styles=[*styles, pstyle("EssayNote", "footnote text", rpr_='<w:sz w:val="20"/>')],
        footnotes=footnotes,
        footer=FOOTER,
        out_dir=HERE,
    )


PANDOC_STYLES = [
    pstyle("BodyText", "Body Text", rpr_='<w:sz w:val="28"/><w:szCs w:val="28"/>'),
    pstyle("FirstParagraph", "First Paragraph", based="BodyText"),
]


def table(rows: list[list[str]]) -> str:
    def cell(text: str) -> str:
        return f'<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>{p(run(text, 18))}</w:tc>'

    grid = "".join('<w:gridCol w:w="4500"/>' for _ in rows[0])
    body = "".join(f"<w:tr>{''.join(cell(c) for c in row)}</w:tr>" for row in rows)
    return f'<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>'


def build_pass() -> Path:
    styles = [
        pstyle("Quote", "Quote", ppr='<w:ind w:left="720" w:right="720"/>', rpr_='<w:sz w:val="20"/>'),
        cstyle("Small", "Small Print", '<w:sz w:val="18"/>'),
    ]
    extras = [
        p(
            r("“The Soviet Government has decided to recall all its specialists,” the note of 16 July 1960 began."),
            style="Quote",
        ),
        p(r("Chinese sources give the total as "), r("1,390 specialists and their families", rstyle="Small"), r(".")),
        table(
            [
                ["Year", "Specialists"],
                ["1959", "1,500 (an estimate from several ministries' records)"],
                ["1960", "1,390 (the number recalled in July and August)"],
            ]
        ),
    ]
    return essay("pass", half_points=24, styles=styles, extras=extras)


def main() -> None:
    built = [
        essay("fail", half_points=20),
        essay(
            "fail_based_on",
            half_points=24,
            styles=PANDOC_STYLES,
            body_style="BodyText",
            first_style="FirstParagraph",
        ),
        essay("fail_direct", half_points=24, run_size=21),
        build_pass(),
        essay("pass_word_default", half_points=22, line=259),
    ]
    for path in built:
        print(path)


if __name__ == "__main__":
    main()
