"""Finding the years a line of text names: years, ranges, decades, centuries and "the present".

Used by the History recency check (SUB001) on the title and research question.
Each mention knows the *latest* year it reaches, because a topic is recent when
any part of it is recent:

* a year, ``1000``–``2099``: itself (``2016``); not when it is ``BC``/``BCE``,
  a percentage, or part of a longer number (``12,2016``, ``2016.5``);
* a range ``1956–1963``: both years are mentions; ``1956–63`` (the end
  abbreviated) reaches ``1963``;
* a range that runs to the present, ``1991–present``, ``1991 to the present
  day``, ``from 1991 until today``: reaches the present year;
* a decade, ``the 1990s`` / ``1990's``: its last year (``1999``), so a decade
  reaches into a recent window as soon as any of its years does;
* an ordinal century, ``the 21st century``, ``twentieth-century``: its last
  year, capped at the present year (``the 21st century`` reaches the present).

Two-digit decades (``the '90s``) and open phrases such as ``since 1991`` are not
read: "an ally since 1950" names no recent event, and a rule that fires on it
would be wrong more often than right.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_YEAR = r"1\d{3}|20\d{2}"
# A year must stand alone: not inside a longer number ("12,2016", "2016.5",
# "$2016"), not a percentage, and not a year before the common era.
_BEFORE = r"(?<![\d.,/:$£€¥])"
_NOT_AFTER = r"(?![\d,]|\.\d|\s*%|\s*(?:BCE?|B\.\s?C\.(?:\s?E\.)?)(?![A-Za-z]))"
_DASH = r"\s*[-–—]\s*"

_TO_PRESENT = re.compile(
    rf"{_BEFORE}\b(?P<first>{_YEAR})(?:{_DASH}|\s+(?:to|until|till)\s+)"
    r"(?:the\s+)?(?P<now>present(?:[\s-]+day)?|today|now)\b",
    re.IGNORECASE,
)
_SHORT_RANGE = re.compile(rf"{_BEFORE}\b(?P<first>{_YEAR}){_DASH}(?P<end>\d{{2}})(?![\d,]|\.\d|\s*%)")
_DECADE = re.compile(rf"{_BEFORE}\b(?P<decade>(?:1\d|20)\d0)['’]?s\b")
_PLAIN = re.compile(rf"{_BEFORE}\b(?P<year>{_YEAR})\b{_NOT_AFTER}")
_ORDINAL_WORDS = {
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
    "twenty first": 21,
}
_CENTURY = re.compile(
    r"\b(?P<ordinal>(?P<number>1[1-9]|2[01])(?:st|nd|rd|th)|"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _ORDINAL_WORDS)
    + r")[\s-]+century\b(?!\s*(?:BCE?|B\.\s?C\.))",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class YearMention:
    """One way a text names a time: the words as written and the latest year they reach."""

    text: str
    last: int
    start: int
    end: int
    present: bool = False
    """The mention runs to the present ("1991–present", "the 21st century")."""


def year_mentions(text: str, *, present_year: int) -> list[YearMention]:
    """Every year, range end, decade and century ``text`` names, in order of position."""
    found: list[YearMention] = []
    for match in _TO_PRESENT.finditer(text):
        found.append(YearMention(match.group(), present_year, match.start(), match.end(), present=True))
    for match in _SHORT_RANGE.finditer(text):
        first = int(match.group("first"))
        end = first // 100 * 100 + int(match.group("end"))
        if end <= first:
            end += 100  # "1998–02" ends in 2002
        found.append(YearMention(match.group(), end, match.start(), match.end()))
    for match in _DECADE.finditer(text):
        found.append(YearMention(match.group(), int(match.group("decade")) + 9, match.start(), match.end()))
    for match in _CENTURY.finditer(text):
        ordinal = match.group("ordinal").lower()
        number = int(match.group("number")) if match.group("number") else _ORDINAL_WORDS[" ".join(ordinal.split())]
        first, last = (number - 1) * 100 + 1, number * 100
        present = first <= present_year <= last
        found.append(YearMention(match.group(), min(last, present_year), match.start(), match.end(), present=present))
    for match in _PLAIN.finditer(text):
        found.append(YearMention(match.group(), int(match.group("year")), match.start(), match.end()))
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    return found


def latest_mention(text: str, *, present_year: int) -> YearMention | None:
    """The mention reaching the latest year; on a tie, the one written first and widest."""
    mentions = year_mentions(text, present_year=present_year)
    if not mentions:
        return None
    latest = max(m.last for m in mentions)
    return next(m for m in mentions if m.last == latest)
