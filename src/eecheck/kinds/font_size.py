"""Kind ``font_size``: most of the running text is not set in the expected size (FMT002).

Reads ``Document.formatting`` (DOCX only; a Markdown essay has no formatting, so
it never fires): the font size covering the most characters of the
introduction, body and conclusion paragraphs, as the DOCX reader resolved it.
Only that dominant size is judged; smaller block quotations or a few larger
lines do not make the essay hard to read.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from eecheck.kinds.base import CheckContext, Hit, HitLocation, Kind


def check(context: CheckContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    formatting = context.document.formatting
    if formatting is None or formatting.font_size is None or not formatting.characters:
        return
    low, high = float(params["min_size"]), float(params["max_size"])
    size = formatting.font_size
    if low <= size <= high:
        return
    yield Hit(
        fields={
            "size": size,
            "share": round(100 * formatting.font_size_characters / formatting.characters),
            "characters": formatting.characters,
            "min_size": low,
            "max_size": high,
            "direction": "smaller" if size < low else "larger",
        },
        location=HitLocation(part="word/document.xml"),
    )


def _validate(params: Mapping[str, Any]) -> str | None:
    if not 0 < params["min_size"] <= params["max_size"]:
        return "min_size: must be positive and no larger than max_size"
    return None


KIND = Kind(
    name="font_size",
    fields=frozenset({"size", "share", "characters", "min_size", "max_size", "direction"}),
    cases=frozenset(),
    params={},
    optional={"min_size": ((int, float), 11), "max_size": ((int, float), 12)},
    check=check,
    validate=_validate,
    scopes=frozenset({"essay"}),
)
