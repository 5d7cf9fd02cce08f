"""Kind ``citation_unresolved``: an in-text citation that names no bibliography entry (REF003).

Reads the document's resolution (``Analyses.resolution``). Five cases: ``unresolved`` (no
entry by that author or title; a close misspelling is named), ``year`` (the
author has entries, but not for that year: the nearest is named), ``title``
(a note's author has entries, but none with that title) and ``missing-key``
(a pandoc key or reference-manager field whose source is not in the
bibliography file) and ``number`` (a numeric citation "[14]" whose number the
numbered reference list lacks). A personal communication that no entry names
is not reported: APA and Chicago cite those in the text only. An essay with no bibliography entries at all is left to
the rule that asks for a bibliography: every citation would fire.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from eecheck.analysis.note_marks import describe_numbers
from eecheck.analysis.resolve import Status, citation_place, entry_number, excerpt, note_places, shown
from eecheck.kinds.base import CheckContext, Hit, HitLocation, Kind

_CASES = {Status.UNRESOLVED, Status.YEAR, Status.TITLE, Status.MISSING_KEY, Status.NUMBER}


def check(context: CheckContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    document = context.document
    resolution = context.analyses.resolution
    if not resolution.entries and not document.source_records:
        return
    places = note_places(document)
    for resolved in resolution.citations:
        if resolved.status not in _CASES:
            continue
        if resolved.status is not Status.MISSING_KEY and not resolution.entries:
            continue
        citation = resolved.citation
        if citation.named_nearby:
            continue  # a page alone "(45)" names no source of its own: nothing to report it against
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
                "missing": _missing_numbers(citation.numbers, resolution.entries),
                "listed": _listed(resolution.entries),
            },
            location=HitLocation(block=place.block, line=place.line, part=place.part, excerpt=written),
            case=str(resolved.status),
        )


def _missing_numbers(numbers: tuple[int, ...], entries: tuple[object, ...]) -> str:
    listed = {entry_number(e) for e in entries}  # type: ignore[arg-type]
    missing = [str(n) for n in numbers if n not in listed]
    return ", ".join(missing)


def _listed(entries: tuple[object, ...]) -> str:
    numbers = sorted({n for e in entries if (n := entry_number(e)) is not None})  # type: ignore[arg-type]
    return describe_numbers(numbers) if numbers else "no entries"


KIND = Kind(
    name="citation_unresolved",
    fields=frozenset(
        {"citation", "where", "year", "key", "nearest", "nearest_year", "suggestion", "missing", "listed"}
    ),
    cases=frozenset(str(case) for case in _CASES),
    params={},
    check=check,
)
