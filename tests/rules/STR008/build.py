"""Build STR008's DOCX fixtures: footers with and without Word's PAGE field.

python tests/rules/STR008/build.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from tests.rules.essay_docx import (  # noqa: E402
    centred,
    contents,
    heading,
    p,
    page_break,
    page_number_footer,
    plain,
    r,
    write,
)

ESSAY = [
    p(r("Rainfall and the Third Rice Crop in An Giang"), style="Title"),
    centred(
        "Research question: To what extent did the 2016 drought reduce third-crop rice yields in An Giang province?"
    ),
    centred("Subject: Geography"),
    centred("Word count: 54"),
    page_break(),
    *contents([("Introduction", 3), ("Yields", 4), ("Conclusion", 5), ("Bibliography", 6)]),
    heading("Introduction"),
    plain(
        "Rice farmers in An Giang plant three crops a year. This essay asks to what extent the 2016 drought "
        "reduced third-crop rice yields in An Giang province."
    ),
    heading("Yields"),
    plain("Third-crop yields fell from 5.9 to 4.1 tonnes per hectare (Nguyen, 2018, p. 4)."),
    heading("Conclusion"),
    plain("The drought reduced yields sharply, most of all where salt water reached the fields."),
    heading("Bibliography"),
    plain("Nguyen, V. A. (2018). Water and Rice in the Mekong Delta. Can Tho: Can Tho University Press."),
]


def build(out_dir: Path = HERE) -> list[Path]:
    typed = p(r("Page 1"), jc="center")
    running_header = p(r("Extended essay: Geography"), jc="right")
    simple_field = p(r("Page "), f'<w:fldSimple w:instr=" PAGE ">{r("1")}</w:fldSimple>', jc="right")
    return [
        write("fail_no_footer", ESSAY, out_dir),
        # A number typed into the footer: "Page 1" on every page.
        write("fail_typed_number", ESSAY, out_dir, header=running_header, footer=typed),
        # Insert › Page Number: a complex PAGE field in the footer.
        write("pass_footer_field", ESSAY, out_dir, footer=page_number_footer()),
        # A simple PAGE field in the header, and a footer without one.
        write("pass_header_simple_field", ESSAY, out_dir, header=simple_field, footer=p(r("Geography"), jc="center")),
    ]


if __name__ == "__main__":
    for path in build():
        print(f"wrote {path.name}")
