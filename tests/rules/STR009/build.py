"""Build STR009's DOCX fixture: an interdisciplinary title page with subjects and framework on lines of their own.

python tests/rules/STR009/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.rules.essay_docx import centred, contents, heading, p, page_break, plain, r, write  # noqa: E402


def build(out_dir: Path = HERE) -> list[Path]:
    body = [
        p(r("Water, Tourism and the Shrinking of Lake Naivasha"), style="Title"),
        centred(
            "Research question: To what extent has flower farming and tourism reduced the water level of Lake "
            "Naivasha since 2000?"
        ),
        centred("Subject: Interdisciplinary studies"),
        centred("Subjects combined: Economics and Geography"),
        centred("Framework: Sustainability, development, change"),
        centred("Word count: 41"),
        page_break(),
        *contents([("Introduction", 2), ("Conclusion", 3), ("Bibliography", 4)]),
        heading("Introduction"),
        plain(
            "Lake Naivasha supplies water to flower farms and hotels. This essay asks to what extent flower "
            "farming and tourism have reduced the water level of Lake Naivasha since 2000."
        ),
        heading("Conclusion"),
        plain("Abstraction for farms, not tourism, explains most of the fall."),
        heading("Bibliography"),
        plain("Mekonnen, M. M., et al. (2012). Water footprint of the Kenyan flower sector. Water, 4, 1–20."),
    ]
    return [write("pass_lines", body, out_dir)]


if __name__ == "__main__":
    for path in build():
        print(f"wrote {path.name}")
