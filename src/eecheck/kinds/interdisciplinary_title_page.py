"""Kind ``interdisciplinary_title_page``: an interdisciplinary essay's title page must name
both subjects and the framework (STR009, 2027 guide).

Looks at the title page's subject field and its other lines (never the title
or the research question, which may mention a subject without stating it).
The subjects and frameworks are the rule's data: a subject counts once however
often it is named, and a framework counts when all its words but one are on
the page ("Framework: Sustainability and change" names "Sustainability,
development, change"). Runs only where the rule is switched on: the
interdisciplinary subject overlay does that.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from eecheck.kinds.base import CheckContext, Hit, HitLocation, Kind


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().replace("&", " and ")
    return " " + " ".join(re.sub(r"[^\w]+", " ", text).split()) + " "


def subjects_named(text: str, subjects: Sequence[str]) -> list[str]:
    """The subjects of ``subjects`` that ``text`` names, in the order it names them.

    Longer names are matched first and their words used up, so "Environmental
    systems and societies" is one subject and "Language and literature" is not
    also "Literature".
    """
    remaining = _normalise(text)
    found: list[tuple[int, str]] = []
    for subject in sorted(subjects, key=lambda s: -len(_normalise(s))):
        needle = _normalise(subject)
        position = remaining.find(needle) if needle.strip() else -1
        if position >= 0:
            found.append((position, subject))
            # Same length, so later positions stay where they were.
            remaining = remaining.replace(needle, " " + "|" * (len(needle) - 2) + " ")
    return [subject for _, subject in sorted(found)]


def frameworks_named(text: str, frameworks: Sequence[str]) -> list[str]:
    words = set(_normalise(text).split())
    named = []
    for framework in frameworks:
        wanted = [w for w in _normalise(framework).split() if w != "and"]
        if wanted and sum(w in words for w in wanted) >= max(1, len(wanted) - 1):
            named.append(framework)
    return named


def check(context: CheckContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    title_page = context.document.title_page
    text = "\n".join([title_page.subject or "", *title_page.other_lines])
    first_block = title_page.blocks[0] if title_page.blocks else None
    subjects = subjects_named(text, params["subjects"])
    wanted = int(params["min_subjects"])
    fields = {
        "found": " and ".join(subjects) if subjects else "no subject",
        "count": len(subjects),
        "wanted": wanted,
        "frameworks": " · ".join(params["frameworks"]),
    }
    location = HitLocation(block=first_block, excerpt=title_page.subject)
    if len(subjects) < wanted:
        yield Hit(fields=fields, location=location, case="subjects")
    if not frameworks_named(text, params["frameworks"]):
        yield Hit(fields=fields, location=location, case="framework")


def _validate(params: Mapping[str, Any]) -> str | None:
    for key in ("subjects", "frameworks"):
        values = params[key]
        if not values or not all(isinstance(v, str) and v.strip() for v in values):
            return f"{key}: must be a non-empty list of names"
    if int(params["min_subjects"]) < 1:
        return "min_subjects: must be at least 1"
    return None


KIND = Kind(
    name="interdisciplinary_title_page",
    fields=frozenset({"found", "count", "wanted", "frameworks"}),
    cases=frozenset({"subjects", "framework"}),
    params={"subjects": list, "frameworks": list},
    optional={"min_subjects": (int, 2)},
    check=check,
    validate=_validate,
    scopes=frozenset({"title-page"}),
)
