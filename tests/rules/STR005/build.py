"""Build STR005's DOCX fixtures: headings typed as bold lines or capitals, and an essay without an introduction.

python tests/rules/STR005/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.rules.essay_docx import bold_line, centred, contents, heading, page_break, plain, write  # noqa: E402


def title_page(word_count: int) -> list[str]:
    return [
        centred("Mobile Money and Household Resilience in Kenya", bold=True),
        centred(
            "Research question: To what extent has M-Pesa improved the ability of Kenyan households to cope with "
            "economic shocks?"
        ),
        centred("Subject: Economics"),
        centred(f"Word count: {word_count}"),
        page_break(),
    ]


INTRO = plain(
    "In 2007 Safaricom launched M-Pesa, a service that lets users store money on their phones and send it by "
    "text message. This essay asks: to what extent has M-Pesa improved the ability of Kenyan households to cope "
    "with economic shocks?"
)
BODY = plain(
    "Households without insurance share risk through gifts and loans from relatives. Lower transaction costs "
    "widen the network of people who can help (Jack & Suri, 2014, p. 190)."
)
CONCLUSION = plain(
    "M-Pesa has improved resilience to a large but uneven extent: households far from agents gained least."
)
REFERENCE = plain(
    "Jack, W., & Suri, T. (2014). Risk sharing and transactions costs: Evidence from Kenya’s mobile money "
    "revolution. American Economic Review, 104(1), 183–223."
)


def build(out_dir: Path = HERE) -> list[Path]:
    entries = [("Introduction", 3), ("Risk sharing", 4), ("Conclusion", 5), ("References", 6)]
    # No heading styles at all: every heading is a bold line of its own.
    bold = [
        *title_page(83),
        *contents(entries),
        bold_line("Introduction"),
        INTRO,
        bold_line("Risk sharing"),
        BODY,
        bold_line("Concluding Remarks"),
        CONCLUSION,
        bold_line("Reference list"),
        REFERENCE,
    ]
    # Headings typed in capitals, not bold, not styled.
    capitals = [
        *title_page(82),
        *contents(entries),
        plain("INTRODUCTION"),
        INTRO,
        plain("RISK SHARING"),
        BODY,
        plain("CONCLUSION"),
        CONCLUSION,
        plain("SOURCES"),
        REFERENCE,
    ]
    # Styled headings, but the essay opens with "Background": there is no introduction.
    no_intro = [
        *title_page(82),
        *contents([("Background", 3), ("Risk sharing", 4), ("Conclusion", 5), ("References", 6)]),
        heading("Background"),
        INTRO,
        heading("Risk sharing"),
        BODY,
        heading("Conclusion"),
        CONCLUSION,
        heading("References"),
        REFERENCE,
    ]
    return [
        write("pass_bold_lines", bold, out_dir),
        write("pass_capitals", capitals, out_dir),
        write("fail_no_introduction", no_intro, out_dir),
    ]


if __name__ == "__main__":
    for path in build():
        print(f"wrote {path.name}")
