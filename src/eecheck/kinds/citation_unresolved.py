"""Kind ``citation_unresolved``: an in-text citation that names no bibliography entry (REF003).

Reads :func:`eecheck.analysis.resolve.resolve`. Four cases: ``unresolved`` (no
entry by that author or title; a close misspelling is named), ``year`` (the
author has entries, but not for that year: the nearest is named), ``title``
(a note's author has entries, but none with that title) and ``missing-key``
(a pandoc key or reference-manager field whose source is not in the
bibliography file). An essay with no bibliography entries at all is left to
the rule that asks for a bibliography: every citation would fire.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from eecheck.kinds.base import CheckContext, Hit, HitLocation, Kind
from eecheck.analysis.resolve import citation_place, excerpt, note_places, resolve, shown

_CASES = {"unresolved", "year", "title", "missing-key"}


def check(context: CheckContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    document = context.document
    resolution = resolve(document)
    if not resolution.entries and not document.source_records:
        return
    places = note_places(document)
    for resolved in resolution.citations:
        if resolved.status not in _CASES:
            continue
        if resolved.status != "missing-key" and not resolution.entries:
            continue
        citation = resolved.citation
        nearest = resolution.entries[resolved.nearest] if resolved.nearest is not None else None
        place = citation_place(citation, places)
        written = shown(citation)
        yield Hit(
            fields={
                "citation": written,
                "where": f" in note {citation.note_label}" if citation.note_label is not None else "",
                "year": citation.year or "",
                "key": citation.key or "",
                "nearest": excerpt(nearest.text) if nearest else "",
                "nearest_year": (nearest.year or "no year") if nearest else "",
                "suggestion": f"; the nearest is “{excerpt(nearest.text)}”" if nearest else "",
            },
            location=HitLocation(block=place.block, line=place.line, part=place.part, excerpt=written),
            case=resolved.status,
        )


KIND = Kind(
    name="citation_unresolved",
    fields=frozenset({"citation", "where", "year", "key", "nearest", "nearest_year", "suggestion"}),
    cases=frozenset(_CASES),
    params={},
    check=check,
)
