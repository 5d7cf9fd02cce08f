"""Kind ``section_present``: an optional part is in the essay, worth a note (STR007 abstract).

Says that the part is there, where it starts, and how many of its words the
IB count includes, so a rule can remind the candidate what the part costs
(an abstract counts toward the 4,000 words).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from eecheck.kinds.base import CheckContext, Hit, HitLocation, Kind
from eecheck.model import Section
from eecheck.text.parts import PART_NAMES, part_runs, section_names


def check(context: CheckContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    section = Section(params["section"])
    run = next((r for r in part_runs(context.document) if r.section is section), None)
    if run is None:
        return
    words = context.word_count.by_part.get(section.value, 0)
    yield Hit(
        fields={
            "section": PART_NAMES[section],
            "heading": f"“{run.label}”",
            "words": words,
            "words_text": f"{words:,} word" if words == 1 else f"{words:,} words",
            "limit": context.word_count.limit,
        },
        location=HitLocation(block=run.first.index),
    )


def _validate(params: Mapping[str, Any]) -> str | None:
    if params["section"] not in section_names():
        return f"section: {params['section']!r} is not a section (known: {', '.join(sorted(section_names()))})"
    return None


KIND = Kind(
    name="section_present",
    fields=frozenset({"section", "heading", "words", "words_text", "limit"}),
    cases=frozenset(),
    params={"section": str},
    check=check,
    validate=_validate,
)
