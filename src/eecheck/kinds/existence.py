"""Kind ``existence``: a pattern must not appear in the rule's scope; one hit per match.

The rule-pack workhorse (after Vale's ``existence``): a regular expression
(``pattern``), any of several (``patterns``) or a spaCy token pattern (``tokens``),
searched in each text unit of the scope (``eecheck.text.scopes``). ``ignore_case``
(default true) applies to regular expressions; token patterns say it themselves
(``LOWER``). Used by STR003 and INT002, and by school rule packs ("no
Wikipedia in the bibliography").
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from eecheck.kinds.base import CheckContext, Hit, Kind
from eecheck.kinds.text_search import PATTERN_PARAMS, UNIT_FIELDS, location, matcher_from, pattern_problem, unit_fields
from eecheck.text.scopes import units


def check(context: CheckContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    scope_units = units(context.document, context.scope)
    matcher = matcher_from(params).narrowed([unit.text for unit in scope_units])
    if matcher.empty:
        return
    for unit in scope_units:
        for span in matcher.spans(unit.text):
            yield Hit(fields=unit_fields(context.scope, unit, span), location=location(unit, span))


KIND = Kind(
    name="existence",
    fields=UNIT_FIELDS,
    cases=frozenset(),
    params={},
    optional=PATTERN_PARAMS,
    validate=pattern_problem,
    check=check,
)
