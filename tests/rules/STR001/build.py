"""Build STR001's DOCX fixtures: a title page without a title, and a near miss whose labels stand alone.

python tests/rules/STR001/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.rules.essay_docx import centred, contents, heading, p, page_break, plain, r, write  # noqa: E402

RQ = "To what extent did the Berlin Airlift of 1948–1949 make the division of Germany permanent?"
ESSAY = [
    *contents([("Introduction", 3), ("The blockade", 4), ("Conclusion", 6), ("Bibliography", 7)]),
    heading("Introduction"),
    plain(
        "When the Soviet Union closed the land routes to West Berlin in June 1948, the Western powers answered "
        "by flying in food and coal. This essay asks to what extent the Berlin Airlift of 1948–1949 made the "
        "division of Germany permanent."
    ),
    heading("The blockade"),
    plain(
        "The blockade was meant to stop the currency reform in the western zones (Harrington, 2012, p. 41). "
        "Instead it hardened opinion in the west, and in May 1949 the Federal Republic was founded."
    ),
    heading("Conclusion"),
    plain("The airlift did not create the division, but it made it far harder to undo."),
    heading("Bibliography"),
    plain(
        "Harrington, D. F. (2012). Berlin on the Brink: The Blockade, the Airlift, and the Early Cold War. "
        "Lexington: University Press of Kentucky."
    ),
]


def build(out_dir: Path = HERE) -> list[Path]:
    # The title page gives the question, subject and count, but no title line.
    no_title = [
        centred(f"Research question: {RQ}"),
        centred("Subject: History"),
        centred("Word count: 90"),
        page_break(),
    ]
    # Near miss: a Title-style title; each label on its own line, its value on the next.
    labels_alone = [
        p(r("The Berlin Airlift and the Division of Germany"), style="Title"),
        centred("Research question:", bold=True),
        centred(RQ),
        centred("Subject:", bold=True),
        centred("History"),
        centred("Word count (excluding bibliography): 90"),
        page_break(),
    ]
    return [
        write("fail_no_title", no_title + ESSAY, out_dir),
        write("pass", labels_alone + ESSAY, out_dir),
    ]


if __name__ == "__main__":
    for path in build():
        print(f"wrote {path.name}")
