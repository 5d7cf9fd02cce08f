"""Kind ``page_numbers``: a Word file whose headers and footers number no page (STR008).

Page numbers in Word are a PAGE field in a header or footer; the DOCX reader
flags each header and footer that holds one (``HeaderFooter.has_page_field``).
A number typed into a footer repeats the same number on every page, so it does
not count. Markdown has no pages, so a Markdown essay never fires: whatever
turns it into a PDF decides the numbering.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from eecheck.kinds.base import CheckContext, Hit, HitLocation, Kind


def check(context: CheckContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    document = context.document
    if document.format != "docx":
        return
    parts = document.headers_footers
    if any(part.has_page_field for part in parts):
        return
    if not parts:
        yield Hit(fields={"parts": ""}, location=HitLocation(part="word/document.xml"), case="no-header-footer")
        return
    kinds = sorted({part.kind for part in parts}, key=("header", "footer").index)
    yield Hit(
        fields={"parts": " or ".join(f"the {kind}" for kind in kinds)},
        location=HitLocation(part=parts[0].part, excerpt=parts[0].text or None),
        case="no-page-field",
    )


KIND = Kind(
    name="page_numbers",
    fields=frozenset({"parts"}),
    cases=frozenset({"no-header-footer", "no-page-field"}),
    params={},
    check=check,
    scopes=frozenset({"headers-footers", "document"}),
)
