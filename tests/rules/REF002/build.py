#!/usr/bin/env python3
"""Build this folder's DOCX fixtures for REF002 (footnote-orphan): real Word footnotes.

    python tests/rules/REF002/build.py

``fail_empty.docx`` has a footnote whose text was deleted, leaving only its
number; ``fail_missing.docx`` references a footnote id the footnotes part does
not hold. ``pass.docx`` is the near miss: a footnote whose mark was deleted
with tracked changes (Word keeps the note until the change is accepted) and a
footnote that is only a URL. The package helpers (fixed zip times, so the
bytes are reproducible) are the DOCX goldens' own, in
tests/readers/docx_goldens/build.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Run as a script, so the repository root goes on the path to reach the goldens' helpers.
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from tests.readers.docx_goldens import build as docx  # noqa: E402

p, r, fn_ref, note = docx.p, docx.r, docx.fn_ref, docx.note

# A footnote emptied in Word: the paragraph keeps its number (footnoteRef) and a space.
EMPTY_NOTE = (
    '<w:footnote w:id="{id}"><w:p><w:pPr><w:pStyle w:val="EssayNote"/></w:pPr>'
    '<w:r><w:rPr><w:rStyle w:val="NoteMark"/></w:rPr><w:footnoteRef/></w:r>'
    '<w:r><w:t xml:space="preserve"> </w:t></w:r></w:p></w:footnote>'
)
DELETED_REF = (
    '<w:del w:id="900" w:author="Reviewer" w:date="2024-02-10T10:00:00Z">'
    '<w:r><w:rPr><w:rStyle w:val="NoteMark"/></w:rPr><w:footnoteReference w:id="{id}"/></w:r></w:del>'
)


def essay(refs: list[str]) -> list[str]:
    """Three sentences, each followed by the given reference run (or none)."""
    return [
        p(docx.r("Introduction"), style="Heading1"),
        p(
            r(
                "The Green Revolution raised wheat yields in the Punjab from about 1.2 to 2.2 tonnes a hectare "
                "between 1965 and 1975."
            ),
            refs[0],
            r(" The new varieties needed irrigation and fertiliser, which richer farmers could afford first."),
            refs[1],
        ),
        p(r("Inequality"), style="Heading1"),
        p(
            r("Francine Frankel found that the gap between large and small farms widened in the first decade."),
            refs[2],
        ),
        p(r("Bibliography"), style="Heading1"),
        p(
            r(
                "Frankel, Francine R. India’s Green Revolution: Economic Gains and Political Costs. Princeton: "
                "Princeton University Press, 1971."
            )
        ),
        p(
            r(
                "Hazell, Peter B. R. The Asian Green Revolution. Washington, DC: International Food Policy "
                "Research Institute, 2009."
            )
        ),
    ]


def build() -> list[Path]:
    styles = [docx.pstyle("EssayNote", "Essay Note", rpr_='<w:sz w:val="20"/>')]
    hazell = note("footnote", 2, "Hazell, The Asian Green Revolution, 4.")
    frankel = note("footnote", 4, "Frankel, India’s Green Revolution, 191.")
    return [
        docx.write_docx(
            "fail_empty",
            essay([fn_ref(2), fn_ref(3), fn_ref(4)]),
            styles=styles,
            footnotes=[hazell, EMPTY_NOTE.format(id=3), frankel],
            out_dir=HERE,
        ),
        docx.write_docx(
            "fail_missing",
            essay([fn_ref(2), fn_ref(3), fn_ref(4)]),
            styles=styles,
            footnotes=[hazell, frankel],
            out_dir=HERE,
        ),
        docx.write_docx(
            "pass",
            essay([fn_ref(2), DELETED_REF.format(id=3), fn_ref(5)]),
            styles=styles,
            footnotes=[
                hazell,
                note("footnote", 3, "Ibid., 6."),
                note(
                    "footnote", 5, "https://www.ifpri.org/publication/asian-green-revolution (accessed 3 March 2024)."
                ),
            ],
            out_dir=HERE,
        ),
    ]


if __name__ == "__main__":
    for path in build():
        print(path)
