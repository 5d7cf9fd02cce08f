#!/usr/bin/env python3
"""Build this folder's DOCX fixtures for FMT003 (line-spacing).

    python tests/rules/FMT003/build.py

Each file is the same short essay in 12 pt; only where its body text gets its line
spacing differs:

* ``fail.docx``: Word 2007's defaults, "multiple 1.15" (``w:line="276"``).
* ``fail_style.docx``: 1.5-line document defaults, but the "Body Text" style the
  paragraphs use sets single spacing, and the style wins; one paragraph has 1.5
  lines set directly, so single spacing covers 70% of the text.
* ``fail_exact.docx``: "exactly 18 pt" in the body style: about 1.25 lines of 12 pt
  text, not 1.5.
* ``pass.docx``: single-spaced defaults, "Body Text" at 1.5 lines, and a single-spaced
  block quotation, footnotes and table: the dominant spacing is what counts.
* ``pass_exact.docx``: "exactly 24 pt", about 1.67 lines of 12 pt text.

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

p, r, fn_ref, note, pstyle = docx.p, docx.r, docx.fn_ref, docx.note, docx.pstyle
FOOTER = p(r("Page "), *docx.field([" PAGE "], [r("1")]), jc="center")
PARAGRAPHS = [
    "When Khrushchev recalled the Soviet specialists from China in July 1960, more than a thousand "
    "engineers left within a month, taking their blueprints with them.",
    "Several hundred industrial projects stopped, and Chinese officials called the recall a betrayal "
    "of proletarian internationalism.",
    "The recall followed the ideological quarrel of the spring, but it also served Soviet interests, "
    "since the aid had become expensive and its results uncertain.",
]


def defaults(half_points: int, line: int) -> str:
    return (
        f'<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>'
        '<w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
        f'<w:spacing w:after="160" w:line="{line}" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
    )


def body_text(line: int, rule: str = "auto") -> str:
    """pandoc's "Body Text" style with its own line spacing."""
    return pstyle(
        "BodyText", "Body Text", ppr=f'<w:spacing w:before="180" w:after="180" w:line="{line}" w:lineRule="{rule}"/>'
    )


def direct(text: str, style: str | None, line: int) -> str:
    """A paragraph whose line spacing is set on the paragraph itself, over its style's."""
    style_xml = f'<w:pStyle w:val="{style}"/>' if style else ""
    return f'<w:p><w:pPr>{style_xml}<w:spacing w:line="{line}" w:lineRule="auto"/></w:pPr>{r(text)}</w:p>'


def table() -> str:
    def cell(text: str) -> str:
        return f'<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>{p(r(text))}</w:tc>'

    rows = [["Year", "Specialists"], ["1959", "1,500 (an estimate)"], ["1960", "1,390 (recalled in July)"]]
    grid = '<w:gridCol w:w="4500"/><w:gridCol w:w="4500"/>'
    body = "".join(f"<w:tr>{''.join(cell(c) for c in row)}</w:tr>" for row in rows)
    return f'<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>'


def essay(
    name: str,
    *,
    line: int,
    styles: list[str] = (),
    body_style: str | None = None,
    extras: list[str] = (),
    direct_line: int | None = None,
) -> Path:
    docx.BASE_STYLES[0] = defaults(24, line)
    body = [
        p(r("The Recall of the Soviet Specialists, 1960"), style="Title"),
        p(r("Research question: To what extent was the recall of 1960 caused by ideological disagreement?")),
        p(r("Subject: History")),
        p(r("Word count: 3,950")),
        p(docx.PAGE_BREAK),
        p(r("Introduction"), style="Heading1"),
        p(r(PARAGRAPHS[0]), fn_ref(2), style=body_style),
        p(r("The recall"), style="Heading1"),
        direct(PARAGRAPHS[1], body_style, direct_line) if direct_line else p(r(PARAGRAPHS[1]), style=body_style),
        *extras,
        p(r("Conclusion"), style="Heading1"),
        p(r(PARAGRAPHS[2]), style=body_style),
    ]
    footnotes = [note("footnote", 2, "Lüthi, The Sino-Soviet Split, 174.")]
    note_style = pstyle("EssayNote", "footnote text", ppr='<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>')
    return docx.write_docx(name, body, styles=[*styles, note_style], footnotes=footnotes, footer=FOOTER, out_dir=HERE)


def main() -> None:
    quote = pstyle(
        "Quote", "Quote", ppr='<w:spacing w:after="160" w:line="240" w:lineRule="auto"/><w:ind w:left="720"/>'
    )
    built = [
        essay("fail", line=276),
        essay("fail_style", line=360, styles=[body_text(240)], body_style="BodyText", direct_line=360),
        essay("fail_exact", line=240, styles=[body_text(360, "exact")], body_style="BodyText"),
        essay(
            "pass",
            line=240,
            styles=[body_text(360), quote],
            body_style="BodyText",
            extras=[
                p(
                    r("“The Soviet Government has decided to recall all its specialists,” the note began."),
                    style="Quote",
                ),
                table(),
            ],
        ),
        essay("pass_exact", line=240, styles=[body_text(480, "exact")], body_style="BodyText"),
    ]
    for path in built:
        print(path)


if __name__ == "__main__":
    main()
