"""Kind ``unused_suppression``: an ``eecheck: ignore`` in the essay that silenced nothing.

Runs after the other rules' findings were suppressed, so it knows which
directives did something. A stale directive hides future findings for no
reason, like an unused ``noqa``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from eecheck.kinds.base import CheckContext, Hit, HitLocation, Kind


def check(context: CheckContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    for index, suppression in enumerate(context.document.suppressions):
        if context.suppression_use.get(index, 0):
            continue
        location = suppression.location
        yield Hit(
            fields={"codes": ", ".join(suppression.codes), "directive": " ".join(suppression.text.split())},
            location=HitLocation(line=location.line, part=location.part, excerpt=" ".join(suppression.text.split())),
        )


KIND = Kind(
    name="unused_suppression",
    fields=frozenset({"codes", "directive"}),
    cases=frozenset(),
    params={},
    check=check,
    scopes=frozenset({"document"}),
    after_suppression=True,
)
