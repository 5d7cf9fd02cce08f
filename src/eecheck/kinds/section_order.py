"""Kind ``section_order``: parts of the essay out of the expected order (STR006).

The rule gives the order as a list of groups of section names; parts in one
group may come in either order among themselves (an abstract and
acknowledgements may stand before or after the contents page), and parts the
rule does not list (a typed notes list) may stand anywhere.

The essay is read as a sequence of parts (:func:`eecheck.text.parts.part_runs`).
The parts that are out of place are the fewest whose removal leaves the rest
in order: a heaviest non-decreasing subsequence, where the introduction,
conclusion, bibliography and contents page weigh most, so that one misplaced
appendix is reported as the appendix, not as everything after it. A run of
body text without a heading (an epigraph after the contents page) is not a
part of its own and is left out.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from eecheck.kinds.base import CheckContext, Hit, HitLocation, Kind
from eecheck.model import Section
from eecheck.text.parts import PART_NAMES, PartRun, part_runs, section_names
from eecheck.text.sections import normalise_heading

# Which part is more likely the misplaced one when two orders are equally
# short: a part every essay has once outweighs the body, which outweighs the
# optional parts.
_WEIGHT: dict[Section, int] = {
    Section.TITLE_PAGE: 3,
    Section.CONTENTS: 3,
    Section.INTRODUCTION: 3,
    Section.CONCLUSION: 3,
    Section.BIBLIOGRAPHY: 3,
    Section.BODY: 2,
}


def _ranks(order: Sequence[Sequence[str] | str]) -> dict[Section, int]:
    ranks: dict[Section, int] = {}
    for rank, group in enumerate(order):
        for name in [group] if isinstance(group, str) else group:
            ranks[Section(name)] = rank
    return ranks


def _kept(runs: Sequence[PartRun], ranks: Mapping[Section, int]) -> set[int]:
    """Indexes of the runs in the heaviest non-decreasing sequence of ranks (earliest on ties)."""
    best: list[int] = []
    previous: list[int | None] = []
    for i, run in enumerate(runs):
        weight = _WEIGHT.get(run.section, 1)
        choice: int | None = None
        for j in range(i):
            if ranks[runs[j].section] <= ranks[run.section] and (choice is None or best[j] > best[choice]):
                choice = j
        best.append(weight + (best[choice] if choice is not None else 0))
        previous.append(choice)
    if not runs:
        return set()
    end: int | None = max(range(len(runs)), key=lambda i: (best[i], -i))
    kept: set[int] = set()
    while end is not None:
        kept.add(end)
        end = previous[end]
    return kept


def _described(run: PartRun) -> str:
    """ "the conclusion", or "the bibliography (“Reference list”)" when the heading says more than the name."""
    name = PART_NAMES[run.section]
    if normalise_heading(run.label) in (name, normalise_heading(name)):
        return f"the {name}"
    return f"the {name} (“{run.label}”)"


def _order_text(order: Sequence[Sequence[str] | str]) -> str:
    groups = []
    for group in order:
        names = [PART_NAMES[Section(n)] for n in ([group] if isinstance(group, str) else group)]
        groups.append(" / ".join(names))
    return ", ".join(groups)


def check(context: CheckContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    order = params["order"]
    ranks = _ranks(order)
    runs = [
        run
        for run in part_runs(context.document)
        if run.section in ranks and not (run.section is Section.BODY and run.heading is None)
    ]
    kept = _kept(runs, ranks)
    for i, run in enumerate(runs):
        if i in kept:
            continue
        rank = ranks[run.section]
        earlier = [j for j in range(i) if j in kept and ranks[runs[j].section] > rank]
        if earlier:
            other, case = runs[earlier[0]], "late"
        else:
            later = next(j for j in range(i + 1, len(runs)) if j in kept and ranks[runs[j].section] < rank)
            other, case = runs[later], "early"
        yield Hit(
            fields={
                "section": PART_NAMES[run.section],
                "heading": f"“{run.label}”",
                "part": _described(run),
                "other": PART_NAMES[other.section],
                "other_heading": f"“{other.label}”",
                "other_part": _described(other),
                "order": _order_text(order),
            },
            location=HitLocation(block=run.first.index),
            case=case,
        )


def _validate(params: Mapping[str, Any]) -> str | None:
    order = params["order"]
    known = section_names()
    seen: set[str] = set()
    if not order:
        return "order: list the sections in order"
    for group in order:
        names = [group] if isinstance(group, str) else group
        if not isinstance(names, list) or not names:
            return "order: each entry is a section or a list of sections that may come in either order"
        for name in names:
            if not isinstance(name, str) or name not in known:
                return f"order: {name!r} is not a section (known: {', '.join(sorted(known))})"
            if name in seen:
                return f"order: {name} is listed twice"
            seen.add(name)
    return None


KIND = Kind(
    name="section_order",
    fields=frozenset({"section", "heading", "part", "other", "other_heading", "other_part", "order"}),
    cases=frozenset({"late", "early"}),
    params={"order": list},
    check=check,
    validate=_validate,
    scopes=frozenset({"document"}),
)
