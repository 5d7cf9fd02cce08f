"""Build STR003's DOCX fixtures: a question title in Word's Title style, and a labelled statement title.

python tests/rules/STR003/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.rules.essay_docx import centred, heading, p, page_break, plain, r, write  # noqa: E402

RQ = "To what extent did ideological differences cause the Sino-Soviet split between 1956 and 1963?"
ESSAY = [
    heading("Introduction"),
    plain(
        "In 1950 Mao Zedong and Stalin signed a treaty of friendship; by 1963 the two parties were denouncing "
        "each other in open letters. This essay asks to what extent ideological differences caused the "
        "Sino-Soviet split between 1956 and 1963."
    ),
    heading("Conclusion"),
    plain("Ideology supplied the language of the quarrel, but rivalry for leadership gave it its force."),
    heading("Bibliography"),
    plain("Chen, J. (2001). Mao’s China and the Cold War. Chapel Hill: University of North Carolina Press."),
]


def title_page(title_paragraph: str) -> list[str]:
    return [
        title_paragraph,
        centred(f"Research question: {RQ}"),
        centred("Subject: History"),
        centred("Word count: 64"),
        page_break(),
    ]


def build() -> list[Path]:
    question = p(r("How Did the Sino-Soviet Split Begin"), style="Title")
    # Near miss: a statement that opens with "Why", given after a "Title:" label.
    statement = centred("Title: Why Stalin Trusted Mao: The Sino-Soviet Alliance, 1949–1953")
    return [
        write("fail", title_page(question) + ESSAY, HERE),
        write("pass", title_page(statement) + ESSAY, HERE),
    ]


if __name__ == "__main__":
    for path in build():
        print(path)
