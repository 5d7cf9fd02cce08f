"""Kind ``declared_word_count``: the title page's count is missing or off (LEN002)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from eecheck.kinds.base import CheckContext, Hit, HitLocation, Kind


def check(context: CheckContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    tolerance = float(params["tolerance"])
    count = context.word_count.countable
    title_page = context.document.title_page
    declared = title_page.declared_word_count
    first_block = title_page.blocks[0] if title_page.blocks else None
    if declared is None:
        yield Hit(fields={"count": count}, location=HitLocation(block=first_block), case="missing")
        return
    difference = count - declared
    base = max(count, 1)
    if abs(difference) / base <= tolerance:
        return
    yield Hit(
        fields={
            "count": count,
            "declared": declared,
            "difference": difference,
            "percent": 100.0 * difference / base,
        },
        location=HitLocation(block=first_block, excerpt=title_page.declared_word_count_text),
        case="mismatch",
    )


KIND = Kind(
    name="declared_word_count",
    fields=frozenset({"count", "declared", "difference", "percent"}),
    cases=frozenset({"mismatch", "missing"}),
    params={"tolerance": (int, float)},
    check=check,
)
