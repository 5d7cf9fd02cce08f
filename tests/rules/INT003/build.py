"""Build INT003's DOCX fixtures: an AI citation in a Word footnote, without and with the date generated.

python tests/rules/INT003/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.rules.essay_docx import centred, gb, heading, p, page_break, plain, r, write  # noqa: E402

PROMPT = "“Why did Khrushchev withdraw the Soviet advisers from China in July 1960?”"


def essay(footnote_text: str) -> tuple[list[str], list[str]]:
    body = [
        p(r("The Withdrawal of the Soviet Advisers, 1960"), style="Title"),
        centred(
            "Research question: To what extent did the withdrawal of the Soviet advisers in 1960 "
            "make the Sino-Soviet split irreversible?"
        ),
        centred("Subject: History"),
        centred("Word count: 71"),
        page_break(),
        heading("Introduction"),
        plain(
            "In July 1960 Khrushchev recalled some 1,390 Soviet advisers from China. This essay asks to what "
            "extent the withdrawal made the Sino-Soviet split irreversible."
        ),
        p(
            r("A chatbot summarised the Soviet explanation as a reaction to Chinese propaganda among the advisers."),
            gb.fn_ref(1),
        ),
        heading("Conclusion"),
        plain("The withdrawal ended the alliance in practice, years before it ended in law."),
        heading("Bibliography"),
        plain("Lüthi, L. M. (2008). The Sino-Soviet Split. Princeton: Princeton University Press."),
    ]
    return body, [gb.note("footnote", 1, footnote_text, style="FootnoteText")]


def build() -> list[Path]:
    # Chicago's note form names the prompt but not the date the text was generated.
    fail_body, fail_notes = essay(f"ChatGPT, response to {PROMPT}, OpenAI.")
    # Near miss: the same note with the date generated.
    pass_body, pass_notes = essay(f"ChatGPT, response to {PROMPT}, OpenAI, March 7, 2025.")
    return [
        write("fail", fail_body, HERE, footnotes=fail_notes),
        write("pass", pass_body, HERE, footnotes=pass_notes),
    ]


if __name__ == "__main__":
    for path in build():
        print(path)
