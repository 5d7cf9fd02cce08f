#!/usr/bin/env python3
"""Build this folder's DOCX fixtures for REF009 (ibid-misuse): "Ibid." in real Word footnotes.

    python tests/rules/REF009/build.py

``fail_footnotes.docx``: footnote 1 is an "Ibid." with no note before it,
and footnote 3 is "Ibid., 31." after a footnote that cites two sources.
``pass_footnotes.docx`` is the near miss: a full first note, the second
source in a note of its own, and the same "Ibid., 31." after it. The
package helpers (fixed zip times, so the bytes are reproducible) are the
DOCX goldens' own, in tests/readers/docx_goldens/build.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Run as a script, so the repository root goes on the path to reach the goldens' helpers.
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from tests.readers.docx_goldens import build as docx  # noqa: E402

p, r, fn_ref, note = docx.p, docx.r, docx.fn_ref, docx.note

CHEN_FULL = "Chen Jian, Mao’s China and the Cold War (Chapel Hill: University of North Carolina Press, 2001), 50."
LUTHI_SHORT = "Lüthi, Sino-Soviet Split, 30."


def essay() -> list[str]:
    return [
        p(r("Introduction"), style="Heading1"),
        p(
            r("Mao waited in Moscow for two months."),
            fn_ref(2),
            r(" Stalin agreed to a new treaty in January."),
            fn_ref(3),
            r(" Its protocols closed Manchuria to third countries."),
            fn_ref(4),
        ),
        p(r("Bibliography"), style="Heading1"),
        p(r("Chen Jian. Mao’s China and the Cold War. Chapel Hill: University of North Carolina Press, 2001.")),
        p(
            r(
                "Lüthi, Lorenz M. The Sino-Soviet Split: Cold War in the Communist World. Princeton: Princeton "
                "University Press, 2008."
            )
        ),
    ]


def build() -> list[Path]:
    styles = [docx.pstyle("EssayNote", "Essay Note", rpr_='<w:sz w:val="20"/>')]
    return [
        docx.write_docx(
            "fail_footnotes",
            essay(),
            styles=styles,
            footnotes=[
                note("footnote", 2, "Ibid."),
                note("footnote", 3, f"{CHEN_FULL[:-1]}; {LUTHI_SHORT}"),
                note("footnote", 4, "Ibid., 31."),
            ],
            out_dir=HERE,
        ),
        docx.write_docx(
            "pass_footnotes",
            essay(),
            styles=styles,
            footnotes=[
                note("footnote", 2, CHEN_FULL),
                note("footnote", 3, LUTHI_SHORT),
                note("footnote", 4, "Ibid., 31."),
            ],
            out_dir=HERE,
        ),
    ]


if __name__ == "__main__":
    for path in build():
        print(path)
