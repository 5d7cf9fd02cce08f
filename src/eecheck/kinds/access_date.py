"""Kind ``access_date``: an online source in the bibliography without an access date (REF006).

An entry is an online source when it gives a web address (``https://…``,
``www.…``, ``site.org/path``) or names a web-only publisher or medium
(YouTube, a "[Video]" or "[Blog post]" tag, "Web."). Its access date is any
of the forms the four styles use: "Accessed 12 Mar. 2025", "Retrieved March
3, 2024, from", "(Accessed: 2 February 2025)", "[accessed 3 March 2024]",
"viewed 3 March 2024"; for generative-AI output, the date it was generated.

A journal article or book identified by a DOI is exempt: a DOI is a
persistent identifier, not a web page. ``doi_needs_access_date: true`` asks
for an access date on those too. Entries from a reference manager or
bibliography file are read from their record's ``accessed`` field.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from eecheck.analysis.bibliography.entries import describe, excerpt
from eecheck.kinds.base import CheckContext, Hit, HitLocation, Kind


def check(context: CheckContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    doi_needs_date = bool(params["doi_needs_access_date"])
    for entry in context.analyses.entries:
        if entry.accessed:
            continue
        if entry.doi is not None:
            if not doi_needs_date:
                continue
            case, medium = "doi", "DOI"
        elif entry.online == "url":
            case, medium = "url", "web address"
        elif entry.online is not None:
            case, medium = "web", entry.online
        else:
            continue
        yield Hit(
            fields={"entry": describe(entry), "medium": medium, "address": entry.url or entry.doi or ""},
            location=HitLocation(block=entry.block, excerpt=excerpt(entry)),
            case=case,
        )


KIND = Kind(
    name="access_date",
    fields=frozenset({"entry", "medium", "address"}),
    cases=frozenset({"url", "web", "doi"}),
    params={},
    optional={"doi_needs_access_date": (bool, False)},
    scopes=frozenset({"bibliography"}),
    check=check,
)
