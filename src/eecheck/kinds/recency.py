"""Kind ``recency``: the title or research question names a year within the last N years (SUB001).

"Within the last ``years`` years" is decided by calendar year, and a year is
recent when any day of it lies in the ``years`` years before ``as_of``. Since
``as_of`` minus ``years`` years always falls in the year ``as_of.year -
years``, that is exactly: the latest year named is ``as_of.year - years`` or
later. With ``years: 10`` and ``as_of`` 2026-11-26, 2016 is recent and 2015 is
not, on any day of 2026. What counts as naming a year (ranges, decades,
centuries, "to the present") is :mod:`eecheck.text.years`.

The check itself knows nothing of subjects: the History overlay
(``rules/subjects/history.yml``) is what switches it on.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from eecheck.kinds.base import CheckContext, Hit, HitLocation, Kind
from eecheck.model import Document
from eecheck.text.years import YearMention, latest_mention


def _block_holding(document: Document, text: str) -> int | None:
    """The title-page block a title-page field was read from, when it was read from a block."""
    wanted = " ".join(text.split())
    for index in document.title_page.blocks:
        if wanted and wanted in " ".join(document.blocks[index].text.split()):
            return index
    return None


def check(context: CheckContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    years = int(params["years"])
    present = context.as_of.year
    first_recent = present - years
    title_page = context.document.title_page
    best: tuple[str, str, YearMention] | None = None
    # The research question first: on a tie it is the better place to point at.
    for where, text in (("research question", title_page.research_question), ("title", title_page.title)):
        if not text:
            continue
        mention = latest_mention(text, present_year=present)
        if mention is not None and (best is None or mention.last > best[2].last):
            best = (where, text, mention)
    if best is None or best[2].last < first_recent:
        return
    where, text, mention = best
    yield Hit(
        fields={
            "where": where,
            "named": mention.text,
            "year": mention.last,
            "years": years,
            "first_recent": first_recent,
            "last_allowed": first_recent - 1,
            "as_of_year": present,
        },
        location=HitLocation(block=_block_holding(context.document, text), excerpt=text),
    )


def _validate(params: Mapping[str, Any]) -> str | None:
    if int(params["years"]) < 1:
        return "years: must be at least 1"
    return None


KIND = Kind(
    name="recency",
    fields=frozenset({"where", "named", "year", "years", "first_recent", "last_allowed", "as_of_year"}),
    cases=frozenset(),
    params={"years": int},
    validate=_validate,
    scopes=frozenset({"title-page"}),
    check=check,
)
