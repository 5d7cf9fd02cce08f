"""Build STR002's DOCX fixtures: the research question inside the title page's paragraphs.

python tests/rules/STR002/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.rules.essay_docx import bold_line, centred, contents, heading, p, page_break, plain, r, write  # noqa: E402

RQ = "To what extent did ideological differences cause the Sino-Soviet split between 1956 and 1963?"
TITLE = p(r("Ideology and the Sino-Soviet Split"), style="Title")
CONTENTS = contents([("Introduction", 2), ("De-Stalinisation", 3), ("Conclusion", 4), ("Bibliography", 5)])
REST = [
    heading("De-Stalinisation"),
    plain(
        "Mao insisted that Stalin was “three parts bad and seven parts good” (Lüthi, 2008, p. 52). The quarrel "
        "over Stalin’s legacy became a quarrel over who led the communist world."
    ),
    heading("Conclusion"),
    plain("Ideology gave the quarrel its language, but national interest gave it its force."),
    heading("Bibliography"),
    plain(
        "Lüthi, L. M. (2008). The Sino-Soviet Split: Cold War in the Communist World. Princeton: Princeton "
        "University Press."
    ),
]
OPENING = (
    "In February 1956 Khrushchev denounced Stalin at the Twentieth Party Congress, and no Chinese delegate had "
    "been warned."
)


def build(out_dir: Path = HERE) -> list[Path]:
    # The introduction tells the story but never asks the question.
    not_restated = [
        TITLE,
        centred(f"Research question: {RQ}"),
        centred("Subject: History"),
        centred("Word count: 95"),
        page_break(),
        *CONTENTS,
        heading("Introduction"),
        plain(
            f"{OPENING} Mao Zedong later called the speech a mistake that handed weapons to the enemies of "
            "communism. By 1963 the two parties were exchanging open letters of accusation, and the Soviet "
            "specialists had already left China."
        ),
        *REST,
    ]
    # Near miss: the label and the question on separate lines of the title page; the introduction
    # restates the question on a bold line of its own, in quotation marks.
    restated_alone = [
        TITLE,
        centred("Research question:"),
        centred(f"“{RQ}”"),
        centred("Subject: History"),
        centred("Word count: 83"),
        page_break(),
        *CONTENTS,
        heading("Introduction"),
        plain(f"{OPENING} This essay sets out to answer the following question:"),
        bold_line(f"“{RQ}”"),
        *REST,
    ]
    return [
        write("fail_not_restated", not_restated, out_dir),
        write("pass", restated_alone, out_dir),
    ]


if __name__ == "__main__":
    for path in build():
        print(f"wrote {path.name}")
