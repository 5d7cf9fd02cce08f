"""Kind ``bibliography_order``: bibliography entries out of alphabetical order (REF005).

Reads the entries of ``eecheck.analysis.bibliography.entries.entries`` and compares their
first elements (the first author's family name, a corporate author, or the
title of an anonymous work) folded: case and diacritics do not count, nor do
leading articles or quotation marks. Where conventions differ, every fair key
is accepted: "de Gaulle" under D or G, "van der Berg" under V or B,
"al-Rashid" under A or R, word-by-word or letter-by-letter ("Van Dyke" before
or after "Vance"), "The Economist" under T or E.

The entries that are out of place are the fewest whose removal leaves the list
in order (a longest non-decreasing run, keeping earlier entries on ties), so
one misplaced entry gives one finding, not one per entry after it. Each part
of a divided bibliography ("Primary sources", "Secondary sources") is ordered
on its own. Lists typed with numbers ("[1]", "1.") or written the IEEE way
("T. Suri and W. Jack, “…”") follow a numeric style, ordered by first
citation, not alphabetically: a numbered list is checked for its numbers
instead, which must run 1, 2, 3 (case ``numbered``: "1, 2, 4, 3" has entry 3
after entry 4). Entries made from a bibliography file, which pandoc sorts
itself, are not checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from itertools import groupby
from typing import Any

from eecheck.analysis.bibliography.entries import describe, excerpt
from eecheck.analysis.bibliography.model import Entry
from eecheck.analysis.resolve import entry_number
from eecheck.kinds.base import CheckContext, Hit, HitLocation, Kind

_INITIALS_FIRST = re.compile(r"^(?:[A-Z\u00C0-\u024F]\.[\s-]*)+[A-Z\u00C0-\u024F][\w\u00C0-\u024F'’-]+,?\s")


def out_of_order(items: list[Entry]) -> list[tuple[Entry, Entry, str]]:
    """The misplaced entries of one list: (entry, neighbour, "before"|"after").

    The entry should come before the neighbour (the first kept entry that sorts
    after it), or after it when it sorts after every kept entry.
    """
    keyed = [(entry, entry.leads or (entry.lead,)) for entry in items if entry.lead]
    count = len(keyed)
    if count < 2:
        return []
    # best[i][k]: (length of the longest ordered run ending at entry i read by key k, previous (j, k')).
    best: list[list[tuple[int, tuple[int, int] | None]]] = []
    for i, (_, keys) in enumerate(keyed):
        row: list[tuple[int, tuple[int, int] | None]] = []
        for key in keys:
            length, back = 1, None
            for j in range(i):
                for kj, other in enumerate(keyed[j][1]):
                    if other <= key and best[j][kj][0] + 1 > length:
                        length, back = best[j][kj][0] + 1, (j, kj)
            row.append((length, back))
        best.append(row)
    end = max(
        ((i, k) for i in range(count) for k in range(len(best[i]))),
        key=lambda ik: (best[ik[0]][ik[1]][0], -ik[0]),
    )
    kept: set[int] = set()
    cursor: tuple[int, int] | None = end
    while cursor is not None:
        kept.add(cursor[0])
        cursor = best[cursor[0]][cursor[1]][1]
    chain = [keyed[i][0] for i in sorted(kept)]
    found: list[tuple[Entry, Entry, str]] = []
    for i, (entry, _) in enumerate(keyed):
        if i in kept:
            continue
        later = next((other for other in chain if other.lead > entry.lead), None)
        if later is not None:
            found.append((entry, later, "before"))
        else:
            found.append((entry, chain[-1], "after"))
    return found


def _numeric(entry: Entry) -> bool:
    """Typed with a number ("[1]", "1."), or written the IEEE way ("T. Suri and W. Jack, “…”")."""
    if entry.label is not None:
        return True
    return bool(_INITIALS_FIRST.match(entry.text))


def _out_of_sequence(items: list[Entry]) -> Iterator[Hit]:
    """A numbered list whose numbers do not go up by one: the first entry that breaks the run."""
    previous: int | None = None
    for entry in items:
        number = entry_number(entry)
        if number is None:
            continue
        if previous is not None and number != previous + 1:
            yield Hit(
                fields={"entry": describe(entry), "neighbour": "", "number": number, "previous": previous},
                location=HitLocation(block=entry.block, excerpt=excerpt(entry)),
                case="numbered",
            )
            return
        previous = number


def check(context: CheckContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    written = [e for e in context.analyses.entries if e.record is None]
    for _, group in groupby(written, key=lambda e: e.group):
        items = list(group)
        if items and all(_numeric(e) for e in items):
            # a numeric style (IEEE, Vancouver): ordered by first citation, numbered 1, 2, 3
            yield from _out_of_sequence(items)
            continue
        for entry, neighbour, case in out_of_order(items):
            yield Hit(
                fields={
                    "entry": describe(entry),
                    "neighbour": describe(neighbour),
                },
                location=HitLocation(block=entry.block, excerpt=excerpt(entry)),
                case=case,
            )


KIND = Kind(
    name="bibliography_order",
    fields=frozenset({"entry", "neighbour", "number", "previous"}),
    cases=frozenset({"before", "after", "numbered"}),
    params={},
    scopes=frozenset({"bibliography"}),
    check=check,
)
