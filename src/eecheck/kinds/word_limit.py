"""Kind ``word_limit``: the IB count exceeds a limit (LEN001)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from eecheck.kinds.base import CheckContext, Hit, HitLocation, Kind


def _words(n: int) -> str:
    return f"{n:,} word" if n == 1 else f"{n:,} words"


def check(context: CheckContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    limit = int(params["limit"])
    count = context.word_count
    if count.countable <= limit:
        return
    cutoff = count.cutoff
    where = cutoff.part if cutoff else "essay"
    if cutoff and cutoff.note:
        where = f"note {cutoff.note}"
    yield Hit(
        fields={
            "count": count.countable,
            "limit": limit,
            "over": count.countable - limit,
            "over_words": _words(count.countable - limit),
            "cutoff_part": where,
            "cutoff_excerpt": cutoff.excerpt if cutoff else "",
        },
        location=HitLocation(block=cutoff.block if cutoff else None, excerpt=cutoff.excerpt if cutoff else None),
    )


def _validate(params: Mapping[str, Any]) -> str | None:
    return None if params["limit"] > 0 else "limit: must be a positive number of words"


KIND = Kind(
    name="word_limit",
    fields=frozenset({"count", "limit", "over", "over_words", "cutoff_part", "cutoff_excerpt"}),
    cases=frozenset(),
    params={"limit": int},
    validate=_validate,
    check=check,
)
