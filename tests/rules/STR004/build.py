"""Build STR004's DOCX fixtures: no contents page, and a near miss with Word's own table of contents.

python tests/rules/STR004/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.rules.essay_docx import centred, field, gb, heading, p, page_break, plain, r, write  # noqa: E402

TITLE_PAGE = [
    p(r("Caffeine and the Heart Rate of Daphnia magna"), style="Title"),
    centred("Research question: How does the concentration of caffeine affect the heart rate of Daphnia magna?"),
    centred("Subject: Biology"),
    centred("Word count: 77"),
    page_break(),
]
ESSAY = [
    heading("Introduction"),
    plain(
        "Caffeine is the most widely used stimulant in the world. The contents of a single cup of coffee can "
        "raise a person’s heart rate within minutes. This investigation asks how the concentration of caffeine "
        "affects the heart rate of Daphnia magna."
    ),
    heading("Method"),
    plain(
        "Five animals were tested at each of six concentrations, and heart beats were counted for 15 seconds "
        "under a microscope."
    ),
    heading("Conclusion"),
    plain("Heart rate rose with caffeine concentration and levelled off above 0.30 mg cm⁻³."),
    heading("Works Cited"),
    plain(
        "Corotto, Frank, et al. “Making the Most of the Daphnia Heart Rate Lab.” The American Biology Teacher, "
        "vol. 72, no. 3, 2010, pp. 176–79."
    ),
]
TOC_STYLES = [
    gb.pstyle("TOCHeading", "TOC Heading", based="Heading1", ppr='<w:outlineLvl w:val="9"/>'),
    gb.pstyle("TOC1", "toc 1", ppr='<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs>'),
]


def _toc() -> list[str]:
    """Word's References › Table of Contents: a TOC field whose result is one "toc 1" paragraph per heading."""
    entries = [("Introduction", "3"), ("Method", "4"), ("Conclusion", "5"), ("Works Cited", "6")]
    lines = [p(r("Table of Contents"), style="TOCHeading")]
    for n, (text, page) in enumerate(entries):
        lead = field([' TOC \\o "1-3" \\h \\z \\u '], [])[:-1] if n == 0 else []
        lines.append(p(*lead, r(text), gb.TAB, *field([f" PAGEREF _Toc{n} \\h "], [r(page)]), style="TOC1"))
    lines.append(p(gb.raw_run('<w:fldChar w:fldCharType="end"/>')))
    return [*lines, page_break()]


def build(out_dir: Path = HERE) -> list[Path]:
    return [
        write("fail", TITLE_PAGE + ESSAY, out_dir),
        gb.write_docx("pass", TITLE_PAGE + _toc() + ESSAY, styles=TOC_STYLES, out_dir=out_dir),
    ]


if __name__ == "__main__":
    for path in build():
        print(f"wrote {path.name}")
