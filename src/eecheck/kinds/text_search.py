"""What the pattern kinds (existence, occurrence, conditional) share; not a kind itself.

Owns their common parameters (a regex ``pattern``, a list ``patterns`` or spaCy
``tokens``, and ``ignore_case``), turning them into a matcher, and turning a
match in a scope's text unit into a hit's fields and location.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from eecheck.kinds.base import HitLocation
from eecheck.text.patterns import (
    Matcher,
    Span,
    regex_list_problem,
    regex_matcher,
    regex_problem,
    token_matcher,
    token_patterns_problem,
)
from eecheck.text.scopes import TextUnit

PATTERN_PARAMS: dict[str, tuple[type | tuple[type, ...], Any]] = {
    "pattern": (str, None),
    "patterns": (list, None),
    "tokens": (list, None),
    "ignore_case": (bool, True),
}
"""Optional params of a kind that looks for one pattern: give exactly one of the first three."""

UNIT_FIELDS = frozenset({"match", "scope", "where", "text", "excerpt"})
"""Message fields every pattern kind gives for the unit a hit is in."""

_EXCERPT_CONTEXT = 40


def pattern_problem(params: Mapping[str, Any]) -> str | None:
    """Exactly one of pattern / patterns / tokens, and it is valid."""
    given = [key for key in ("pattern", "patterns", "tokens") if params.get(key) is not None]
    if len(given) != 1:
        return "pattern: give exactly one of pattern (a regular expression), patterns (a list) or tokens"
    key = given[0]
    if key == "pattern":
        return regex_problem(params[key], key)
    if key == "patterns":
        if not params[key]:
            return "patterns: must list at least one regular expression"
        return regex_list_problem(params[key], key)
    return token_patterns_problem(params[key], key)


def matcher_from(params: Mapping[str, Any]) -> Matcher:
    """The matcher a validated rule's pattern params describe."""
    if params.get("tokens") is not None:
        return token_matcher(params["tokens"])
    value = params["pattern"] if params.get("pattern") is not None else params["patterns"]
    return regex_matcher(value, ignore_case=bool(params.get("ignore_case", True)))


def excerpt(text: str, span: Span) -> str:
    """The match with a little context either side, on one line."""
    start = max(0, span.start - _EXCERPT_CONTEXT)
    end = min(len(text), span.end + _EXCERPT_CONTEXT)
    # Whole words only at either edge.
    if start > 0 and not text[start - 1].isspace():
        space = text.find(" ", start, span.start)
        start = space + 1 if space != -1 else start
    if end < len(text) and not text[end].isspace():
        space = text.rfind(" ", span.end, end)
        end = space if space != -1 else end
    snippet = " ".join(text[start:end].split())
    return ("…" if start > 0 else "") + snippet + ("…" if end < len(text) else "")


def unit_fields(scope: str, unit: TextUnit, span: Span | None) -> dict[str, Any]:
    return {
        "match": " ".join(span.text.split()) if span else "",
        "scope": scope,
        "where": unit.where,
        "text": " ".join(unit.text.split()),
        "excerpt": excerpt(unit.text, span) if span else " ".join(unit.text.split()),
    }


def location(unit: TextUnit, span: Span | None) -> HitLocation:
    """A block's index, else the unit's line and file part."""
    snippet = excerpt(unit.text, span) if span else None
    if unit.block is not None:
        return HitLocation(block=unit.block, excerpt=snippet)
    return HitLocation(line=unit.line, part=unit.part, excerpt=snippet)
