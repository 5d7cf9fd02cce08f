"""Numeric citations: the number of an entry in a numbered reference list.

IEEE writes "[1]", "[1, p. 3]", "[2, 5]", "[3–5]" and "[1]–[3]"; Vancouver (NLM)
"(1,2)" or superscripts; ACS superscripts "¹,²" or "1,2" set as superscript
(``Block.superscripts``). :func:`numeric_citations` finds them in one stretch
of text. Brackets are IEEE's form and count as citations by form; numbers in
parentheses and superscripts are as often something else (an enumeration
"steps (1) and (2)", an exponent "10²"), so they count only when they resolve
to an entry of a numbered reference list (:mod:`eecheck.analysis.resolve`).
"""

from __future__ import annotations

import re

from eecheck.analysis.citations.grammar import (
    NUMERIC_BRACKET,
    NUMERIC_BRACKET_RANGE,
    NUMERIC_PARENTHESIS,
    NUMERIC_SUPERSCRIPT,
    numbers_in,
)
from eecheck.analysis.citations.model import Certainty, Citation, CitationKind

_BRACKETS = re.compile(rf"{NUMERIC_BRACKET_RANGE}|{NUMERIC_BRACKET}", re.IGNORECASE)
_PARENTHESES = re.compile(str(NUMERIC_PARENTHESIS))
_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
# "[^1]" and "[@key]" are a Markdown reader's business; "[1]" after a word character is an index ("a[1]").
_NOT_AFTER = re.compile(r"[\w^@]$")
# "10⁶", "cm⁻³": a superscript after a digit or a superscript sign is an exponent
_EXPONENT_BEFORE = re.compile(r"[\d⁻⁺^]$")


def numeric_citations(
    text: str,
    *,
    superscripts: tuple[tuple[int, int], ...] = (),
    block: int | None,
    note_label: str | None = None,
    note_id: str | None = None,
    skip: tuple[tuple[int, int], ...] = (),
    numbered: bool = False,
) -> list[Citation]:
    """The numeric citations of one stretch of text, in order (groups are numbered from 1).

    Numbers in parentheses and superscripts are read only when the essay's reference list is
    ``numbered``: elsewhere "(1)" enumerates and "cm⁻³" is a unit.
    """
    found: list[tuple[int, int, tuple[int, ...], str | None, Certainty]] = []
    for match in _BRACKETS.finditer(text):
        if _NOT_AFTER.search(text[: match.start()]):
            continue
        if match.group("first"):
            # "[1]–[3]": every entry from the first to the last
            numbers = numbers_in(f"{match.group('first')}–{match.group('last')}")
        else:
            numbers = numbers_in(match.group("numbers"))
        found.append((match.start(), match.end(), numbers, match.group("loc"), Certainty.STYLE))
    if numbered:
        for match in _PARENTHESES.finditer(text):
            found.append((match.start(), match.end(), numbers_in(match.group("numbers")), None, Certainty.STYLE))
        for start, end in superscripts:
            shown = text[start:end].translate(_SUPERSCRIPT_DIGITS).strip()
            if NUMERIC_SUPERSCRIPT.fullmatch(shown) and not _EXPONENT_BEFORE.search(text[:start]):
                found.append((start, end, numbers_in(shown), None, Certainty.STYLE))
    found.sort()
    citations: list[Citation] = []
    for group, (start, end, numbers, locator, certainty) in enumerate(found, start=1):
        if any(s < end and start < e for s, e in skip):
            continue
        # one citation per entry named, as "(Chen, 2001; Westad, 1998)" gives one per source
        citations.extend(
            Citation(
                kind=CitationKind.NUMERIC,
                authors=(),
                year=None,
                title=None,
                locator=locator,
                text=text[start:end],
                block=block,
                note_label=note_label,
                note_id=note_id,
                certainty=certainty,
                start=start,
                end=end,
                group=group,
                numbers=(number,),
            )
            for number in numbers
        )
    return citations
