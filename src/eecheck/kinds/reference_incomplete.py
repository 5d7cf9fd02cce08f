"""Kind ``reference_incomplete``: a bibliography entry without author, year or title (REF010).

The IB's minimum for a reference is its author, date of publication and
title. An entry has an author when it names one (a person or an organisation),
or when it opens with its title, as an anonymous work does; it has a year
when it gives one, or "n.d."; a title when one can be read after the author.
A "———." entry takes the previous entry's author.

An undated web page with an access date ("“Chinua Achebe.” Poetry
Foundation, www…. Accessed 12 Mar. 2025.") is complete by default: MLA and
Chicago date such a page by its access date, and eecheck cannot ask for a
date the page does not give. ``undated_online_ok: false`` asks for "n.d."
there too.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from eecheck.analysis.bibliography.entries import describe, excerpt
from eecheck.analysis.bibliography.model import Entry
from eecheck.kinds.base import CheckContext, Hit, HitLocation, Kind


def missing_parts(entry: Entry, *, undated_online_ok: bool) -> list[str]:
    """The parts of the IB minimum the entry lacks, in the order author, year, title."""
    missing: list[str] = []
    if not entry.lead and not entry.authors:
        missing.append("author")
    if entry.year is None and not (undated_online_ok and entry.accessed):
        missing.append("year")
    if entry.title is None:
        missing.append("title")
    return missing


def _joined(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def check(context: CheckContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    undated_online_ok = bool(params["undated_online_ok"])
    for entry in context.analyses.entries:
        missing = missing_parts(entry, undated_online_ok=undated_online_ok)
        if not missing:
            continue
        yield Hit(
            fields={"entry": describe(entry), "missing": _joined(missing)},
            location=HitLocation(block=entry.block, excerpt=excerpt(entry)),
        )


KIND = Kind(
    name="reference_incomplete",
    fields=frozenset({"entry", "missing"}),
    cases=frozenset(),
    params={},
    optional={"undated_online_ok": (bool, True)},
    scopes=frozenset({"bibliography"}),
    check=check,
)
