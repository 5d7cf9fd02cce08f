#!/usr/bin/env python3
"""Build this folder's DOCX fixtures for LEN003 (explanatory-notes): real Word footnotes.

    python tests/rules/LEN003/build.py

``fail.docx`` explains in a footnote and declares a bare count; ``pass.docx`` is the
same essay whose title page says the count includes the explanatory footnotes. The
package helpers (fixed zip times, so the bytes are reproducible) are the DOCX
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

FOOTNOTES = [
    note("footnote", 2, "Lüthi, The Sino-Soviet Split, 174."),
    note(
        "footnote",
        3,
        "The figure usually given is 1,390 specialists, although Chinese sources count their families "
        "as well and give a higher number.",
    ),
]


def essay(word_count_line: str) -> list[str]:
    return [
        p(r("The Recall of the Soviet Specialists, 1960"), style="Title"),
        p(
            r(
                "Research question: To what extent was the recall of the Soviet specialists from China "
                "in 1960 caused by ideological disagreement?"
            )
        ),
        p(r("Subject: History")),
        p(r(word_count_line)),
        p(docx.PAGE_BREAK),
        p(r("Introduction"), style="Heading1"),
        p(
            r(
                "When Khrushchev recalled the Soviet specialists from China in July 1960, more than a "
                "thousand engineers left within a month."
            ),
            fn_ref(2),
            r(" This essay asks how far the recall was caused by ideological disagreement."),
        ),
        p(r("Conclusion"), style="Heading1"),
        p(
            r("The specialists took their blueprints with them, and several hundred projects stopped."),
            fn_ref(3),
        ),
        p(r("Bibliography"), style="Heading1"),
        p(
            r(
                "Lüthi, Lorenz M. The Sino-Soviet Split: Cold War in the Communist World. Princeton: "
                "Princeton University Press, 2008."
            )
        ),
    ]


def build() -> list[Path]:
    styles = [pstyle("EssayNote", "Essay Note", rpr_='<w:sz w:val="20"/>')]
    return [
        docx.write_docx(name, essay(line), styles=styles, footnotes=FOOTNOTES, out_dir=HERE)
        for name, line in (
            ("fail", "Word count: 66"),
            ("pass", "Word count: 66 (including explanatory footnotes)"),
        )
    ]


if __name__ == "__main__":
    for path in build():
        print(path)
