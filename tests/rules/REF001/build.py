#!/usr/bin/env python3
"""Build this folder's DOCX fixtures for REF001 (footnote-sequence): typed note numbers.

    python tests/rules/REF001/build.py

``fail_typed.docx`` types superscript note numbers 1, 2, 3, 5 in the text and a
Notes list numbered the same way: both skip 4. ``fail_restart.docx`` starts
the numbering again at 1 in its second chapter, in the text and in the list.
``pass_typed.docx`` is the near
miss: marks 1, "2,3" (two notes at one place) and 4, and a Notes list whose
numbers are typed as superscripts, with a note of two paragraphs. The package
helpers (fixed zip times, so the bytes are reproducible) are the DOCX goldens'
own, in tests/readers/docx_goldens/build.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Run as a script, so the repository root goes on the path to reach the goldens' helpers.
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from tests.readers.docx_goldens import build as docx  # noqa: E402

p, r = docx.p, docx.r

KYLE = "Kyle, Keith. Suez: Britain’s End of Empire in the Middle East. London: I. B. Tauris, 2003."


def fail_typed() -> list[str]:
    return [
        p(r("Introduction"), style="Heading1"),
        p(
            r(
                "The Suez Canal Company was nationalised by Nasser on 26 July 1956, a week after the United "
                "States withdrew its offer to finance the Aswan High Dam."
            ),
            r("1", sup=True),
            r(" Britain and France began planning military action almost at once."),
            r("2", sup=True),
        ),
        p(r("Collusion at Sèvres"), style="Heading1"),
        p(
            r(
                "At Sèvres in October 1956 the British, French and Israeli governments agreed that Israel would "
                "attack first and that the two European powers would then intervene as peacemakers."
            ),
            r("3", sup=True),
            r(" Eisenhower’s refusal to support the pound forced Eden to accept a ceasefire on 6 November."),
            r("5", sup=True),
        ),
        p(r("Notes"), style="Heading1"),
        p(r("1. Kyle, Suez, 131.")),
        p(r("2. Ibid., 136.")),
        p(r("3. Kyle, Suez, 314.")),
        p(r("5. Ibid., 467.")),
        p(r("Bibliography"), style="Heading1"),
        p(r(KYLE)),
    ]


def fail_restart() -> list[str]:
    return [
        p(r("Nationalisation"), style="Heading1"),
        p(
            r("Nasser announced the nationalisation of the canal company in a speech in Alexandria."),
            r("1", sup=True),
            r(" The company’s shareholders were promised compensation at the closing price on the Paris bourse."),
            r("2", sup=True),
            r(" Eden told the Cabinet that Nasser could not be allowed to have his thumb on Britain’s windpipe."),
            r("3", sup=True),
        ),
        p(r("Intervention"), style="Heading1"),
        p(
            r("British and French paratroopers landed at Port Said on 5 November 1956."),
            r("1", sup=True),
            r(" A run on sterling followed within days, and Washington refused to help."),
            r("2", sup=True),
        ),
        p(r("Notes"), style="Heading1"),
        p(r("1. Kyle, Suez, 135.")),
        p(r("2. Ibid., 138.")),
        p(r("3. Ibid., 152.")),
        p(r("1. Kyle, Suez, 441.")),
        p(r("2. Ibid., 464.")),
        p(r("Bibliography"), style="Heading1"),
        p(r(KYLE)),
    ]


def pass_typed() -> list[str]:
    return [
        p(r("Introduction"), style="Heading1"),
        p(
            r(
                "The Suez Canal Company was nationalised by Nasser on 26 July 1956, a week after the United "
                "States withdrew its offer to finance the Aswan High Dam."
            ),
            r("1", sup=True),
            r(" Britain and France began planning military action almost at once."),
            r("2,3", sup=True),
        ),
        p(r("Collusion at Sèvres"), style="Heading1"),
        p(
            r(
                "At Sèvres in October 1956 the British, French and Israeli governments agreed that Israel would "
                "attack first and that the two European powers would then intervene as peacemakers."
            ),
            r("4", sup=True),
        ),
        p(r("Notes"), style="Heading1"),
        p(r("1", sup=True), r(" Kyle, Suez, 131.")),
        p(r("2", sup=True), r(" Ibid., 136.")),
        p(r("3", sup=True), r(" Lucas, Divided We Stand, 142.")),
        p(r("4", sup=True), r(" Kyle, Suez, 314. The protocol was signed on 24 October 1956.")),
        p(r("Only three copies of it were made, and Eden ordered the British copy to be destroyed.")),
        p(r("Bibliography"), style="Heading1"),
        p(r(KYLE)),
        p(r("Lucas, W. Scott. Divided We Stand: Britain, the US and the Suez Crisis. London: Hodder, 1991.")),
    ]


def build() -> list[Path]:
    return [
        docx.write_docx("fail_typed", fail_typed(), out_dir=HERE),
        docx.write_docx("fail_restart", fail_restart(), out_dir=HERE),
        docx.write_docx("pass_typed", pass_typed(), out_dir=HERE),
    ]


if __name__ == "__main__":
    for path in build():
        print(path)
