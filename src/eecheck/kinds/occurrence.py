"""Kind ``occurrence``: a pattern must appear at least ``min`` and/or at most ``max`` times in the scope.

Counts the matches of ``pattern``/``patterns``/``tokens`` over every text unit of
the scope together (after Vale's ``occurrence``). One hit when the count is out
of bounds: at the first match past ``max``, or, when there are too few, at the
scope's first unit (no location when the scope is empty). ``^\\S`` counts units,
e.g. bibliography entries.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from eecheck.kinds.base import CheckContext, Hit, HitLocation, Kind
from eecheck.kinds.text_search import PATTERN_PARAMS, UNIT_FIELDS, location, matcher_from, pattern_problem, unit_fields
from eecheck.text.patterns import Span
from eecheck.text.scopes import TextUnit, units


def _bounds_problem(params: Mapping[str, Any]) -> str | None:
    low, high = params.get("min"), params.get("max")
    if low is None and high is None:
        return "min: give min, max or both"
    for key, value in (("min", low), ("max", high)):
        if value is not None and value < 0:
            return f"{key}: must be 0 or more"
    if low is not None and high is not None and low > high:
        return f"min: {low} is more than max {high}"
    return pattern_problem(params)


def _expected(low: int | None, high: int | None) -> str:
    if low is not None and high is not None:
        return f"exactly {low}" if low == high else f"between {low} and {high}"
    return f"at least {low}" if low is not None else f"at most {high}"


def check(context: CheckContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    matcher = matcher_from(params)
    low, high = params.get("min"), params.get("max")
    scope_units = units(context.document, context.scope)
    matches: list[tuple[TextUnit, Span]] = [(unit, span) for unit in scope_units for span in matcher.spans(unit.text)]
    count = len(matches)
    too_many = high is not None and count > high
    if not too_many and (low is None or count >= low):
        return
    fields: dict[str, Any] = {"count": count, "min": low, "max": high, "expected": _expected(low, high)}
    if too_many and high is not None:
        unit, span = matches[high]  # the first match past the limit
        yield Hit(fields={**unit_fields(context.scope, unit, span), **fields}, location=location(unit, span))
    elif scope_units:
        first = scope_units[0]
        yield Hit(fields={**unit_fields(context.scope, first, None), **fields}, location=location(first, None))
    else:
        empty = {"match": "", "scope": context.scope, "where": context.scope, "text": "", "excerpt": ""}
        yield Hit(fields={**empty, **fields}, location=HitLocation())


KIND = Kind(
    name="occurrence",
    fields=UNIT_FIELDS | {"count", "min", "max", "expected"},
    cases=frozenset(),
    params={},
    optional={**PATTERN_PARAMS, "min": (int, None), "max": (int, None)},
    validate=_bounds_problem,
    check=check,
)
