#!/usr/bin/env python3
"""Build this folder's DOCX fixtures for REF003 (citation-unresolved): Word footnotes and a Zotero field.

    python tests/rules/REF003/build.py

Both documents are a short Chicago-notes essay with real Word footnotes, one
of which holds a Zotero citation field (a reference manager's record of the
source), and a typed bibliography. ``fail_footnotes.docx`` has a short note
whose author is not in the bibliography, and a Zotero field whose source the
bibliography lists under another year. ``pass_footnotes.docx`` is the near
miss: the same notes, all matching, with an "Ibid." after the field note.
The package helpers (fixed zip times, so the bytes are reproducible) are the
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

TAUBMAN = {
    "id": 21,
    "type": "book",
    "title": "Khrushchev: The Man and His Era",
    "publisher": "W. W. Norton",
    "publisher-place": "New York",
    "author": [{"family": "Taubman", "given": "William"}],
    "issued": {"date-parts": [["2003"]]},
}

BIBLIOGRAPHY = [
    "Chen Jian. Mao’s China and the Cold War. Chapel Hill: University of North Carolina Press, 2001.",
    "Lüthi, Lorenz M. The Sino-Soviet Split: Cold War in the Communist World. Princeton: Princeton University "
    "Press, 2008.",
]


def zotero_note(note_id: int) -> str:
    data = docx.csl_citation(
        "Tb1958aa",
        [docx.zotero_item(TAUBMAN, "TAUBMAN3", locator="391", label="page")],
        note_index=3,
        formattedCitation=(
            "William Taubman, <i>Khrushchev: The Man and His Era</i> (New York: W. W. Norton, 2003), 391."
        ),
        plainCitation="William Taubman, Khrushchev: The Man and His Era (New York: W. W. Norton, 2003), 391.",
    )
    return docx.note_with(
        "footnote",
        note_id,
        *docx.field(
            [" ADDIN ZOTERO_ITEM CSL_CITATION ", *docx.chunks(data, 41), " "],
            [r("William Taubman, "), r("Khrushchev: The Man and His Era"), r(" (New York: W. W. Norton, 2003), 391.")],
        ),
    )


def essay(taubman_year: str) -> list[str]:
    return [
        p(r("Introduction"), style="Heading1"),
        p(
            r("Mao waited in Moscow for two months before Stalin agreed to a new treaty."),
            fn_ref(2),
            r(" Ideology, not interest, divided the allies after 1956."),
            fn_ref(3),
        ),
        p(r("The visits"), style="Heading1"),
        p(
            r("Khrushchev’s visit of 1958 went badly."),
            fn_ref(4),
            r(" The talks of 1959 ended in a shouting match."),
            fn_ref(5),
        ),
        p(r("Bibliography"), style="Heading1"),
        *[p(r(text)) for text in BIBLIOGRAPHY],
        p(r(f"Taubman, William. Khrushchev: The Man and His Era. New York: W. W. Norton, {taubman_year}.")),
    ]


def build() -> list[Path]:
    styles = [docx.pstyle("EssayNote", "Essay Note", rpr_='<w:sz w:val="20"/>')]
    chen = note(
        "footnote",
        2,
        "Chen Jian, Mao’s China and the Cold War (Chapel Hill: University of North Carolina Press, 2001), 50.",
    )
    return [
        docx.write_docx(
            "fail_footnotes",
            essay("2004"),
            styles=styles,
            footnotes=[
                chen,
                note("footnote", 3, "Westad, Brothers in Arms, 165."),
                zotero_note(4),
                note("footnote", 5, "Ibid., 392."),
            ],
            out_dir=HERE,
        ),
        docx.write_docx(
            "pass_footnotes",
            essay("2003"),
            styles=styles,
            footnotes=[
                chen,
                note("footnote", 3, "Lüthi, Sino-Soviet Split, 46."),
                zotero_note(4),
                note("footnote", 5, "Ibid., 392."),
            ],
            out_dir=HERE,
        ),
    ]


if __name__ == "__main__":
    for path in build():
        print(path)
