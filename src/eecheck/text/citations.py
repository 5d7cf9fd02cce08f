"""Recognising citations in running text and in notes, for the word count.

The IB guide excludes citations of every kind from the 4,000 words:
parenthetical author–date and author–page citations in the text, and notes
that only reference. Explanatory prose inside notes counts. This module finds
the spans to exclude; it does not resolve citations against the
bibliography (a later kind does).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A name element: "Chen", "Lüthi", "O'Neill", "van der Berg", "World Bank",
# "Central Bank of Kenya", "UNESCO".
_NAME = r"(?:(?:van|von|de|der|den|du|la|le|di|da|del|al)\s+)*[A-Z\u00C0-\u024F][\w\u00C0-\u024F'’\-\.]*"
_NAME_GROUP = rf"{_NAME}(?:\s+(?:of|and|for|the|on|&|{_NAME}))*"
_AUTHORS = rf"{_NAME_GROUP}(?:\s*(?:,|&|and)\s*{_NAME_GROUP})*(?:,?\s+et\s+al\.?)?"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)[a-z]?|n\.\s?d\.|forthcoming"
_PAGES = (
    r"(?:(?:p|pp|para|paras|ch|chap|sec|fig|vol)\.?\s*[\dIVXLCivxlc]+"
    r"(?:\s*[-–—]\s*[\dIVXLCivxlc]+)?(?:\s*,\s*\d+(?:\s*[-–—]\s*\d+)?)*)"
)
_LOCATOR = rf"(?:,?\s*{_PAGES}|,\s*\d+(?:\s*[-–—]\s*\d+)?)"

# Currency codes: "KSh 1,000 (USD 9)" gives an amount, not an author and page.
_CURRENCIES = "USD|EUR|GBP|JPY|CNY|RMB|INR|KES|KSh|Ksh|NGN|ZAR|CHF|AUD|CAD|HKD|SGD|BRL|MXN|RUB|TRY|SEK|NOK|DKK"
# Labels that look like "Name 3" but number a figure, table or part, not a page.
_NOT_AN_AUTHOR_WORDS = (
    "Figure|Fig|Table|Chapter|Chap|Appendix|Article|Art|Section|Sec|Part|Graph|Chart|Map|Image|"
    "Diagram|Plate|Source|Vol|Volume|Page|No|Number|Line|Verse|Act|Scene|Stage|Phase|Step|Level|"
    "Grade|Year|Class|Room|World War|Psalm|Figures|Tables"
)
_NOT_AN_AUTHOR = rf"(?!(?:{_NOT_AN_AUTHOR_WORDS}|{_CURRENCIES})\b)"

# (Chen, 2001, p. 45) · (Jack & Suri, 2014) · (World Bank 2022, p. 3) · (Smith et al. 2019, pp. 3–4)
_AUTHOR_DATE_ONE = (
    rf"(?:(?:see|cf\.|e\.g\.,?|also)\s+)?{_NOT_AN_AUTHOR}{_AUTHORS},?\s+(?:{_YEAR})(?:\s*,\s*(?:{_YEAR}))*{_LOCATOR}?"
)
# (Achebe 45) · (Achebe 45–47) · (Achebe, Things Fall Apart 45)
_AUTHOR_PAGE_ONE = rf"{_NOT_AN_AUTHOR}{_AUTHORS}(?:,\s*[^()]{{1,60}}?)?\s+\d{{1,4}}(?:\s*[-–—]\s*\d{{1,4}})?"
# (“Chinua Achebe”) · ("Climate Report" 12): an anonymous work cited by title
_QUOTED_TITLE_ONE = r"[“\"‘'][^”\"’()]{1,80}[”\"’'](?:,?\s*\d{1,4}(?:\s*[-–—]\s*\d{1,4})?)?"

_ONE = rf"(?:{_AUTHOR_DATE_ONE}|{_QUOTED_TITLE_ONE}|{_AUTHOR_PAGE_ONE})"
PARENTHETICAL = re.compile(rf"\(\s*{_ONE}(?:\s*;\s*{_ONE})*\s*\)")
# "Lüthi (2008) argues": the year in parentheses right after a name.
NARRATIVE_YEAR = re.compile(rf"(?<=[A-Za-z\u00C0-\u024F’'.])\s*\(\s*(?:{_YEAR})(?:{_LOCATOR})?\s*\)")


def parenthetical_citation_spans(text: str) -> list[tuple[int, int]]:
    """Spans of parenthetical citations in running text, to be left uncounted."""
    spans = [m.span() for m in PARENTHETICAL.finditer(text)]
    spans.extend(m.span() for m in NARRATIVE_YEAR.finditer(text))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


# --- notes ---------------------------------------------------------------------

_REFERENCE_SIGNALS = re.compile(
    r"""\bibid\b|\bop\.\s*cit\b|\bloc\.\s*cit\b|\bid\.\s|
        \bpp?\.\s*\d|
        https?://|\bwww\.|\bdoi\b|
        \baccessed\b|\bretrieved\b|
        \b(?:ed|eds|trans|comp|vol|no|repr)\.|
        (?-i:\b[A-Z][\w.&'’-]*\s+(?:Press|Publishers?|Publishing|Verlag|Books)\b)|
        \([^()]*\b(?:1[5-9]\d\d|20\d\d|n\.d\.)\)|
        ,["”’']?\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?\.?\s*$|
        ^\s*(?:see|cf\.)\s""",
    re.IGNORECASE | re.VERBOSE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\u00C0-\u024F“\"‘(])")
# Words after which a full stop does not end a sentence in a reference.
_ABBREVIATIONS = {
    "p",
    "pp",
    "ed",
    "eds",
    "trans",
    "vol",
    "vols",
    "no",
    "nos",
    "ch",
    "chap",
    "repr",
    "rev",
    "dr",
    "mr",
    "mrs",
    "ms",
    "st",
    "jr",
    "sr",
    "co",
    "inc",
    "ltd",
    "univ",
    "dept",
    "fig",
    "cf",
    "al",
    "ibid",
    "op",
    "cit",
    "loc",
    "n.d",
    "e.g",
    "i.e",
    "etc",
    "vs",
    "c",
    "ca",
    "approx",
    "esp",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
}


def _split_sentences(text: str) -> list[str]:
    """Sentence split that respects initials, abbreviations and parentheses."""
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        candidate = text[start : match.start()]
        last_word = candidate.rsplit(None, 1)[-1] if candidate.split() else ""
        stem = last_word.rstrip(".!?").strip('("“‘').casefold()
        if len(stem) == 1 and stem.isalpha():
            continue  # an initial: "Lorenz M. Lüthi", "W. W. Norton"
        if stem in _ABBREVIATIONS:
            continue
        if candidate.count("(") > candidate.count(")"):
            continue  # inside a parenthesis: "(New York: W. W. Norton, 2004)"
        sentences.append(candidate)
        start = match.end()
    sentences.append(text[start:])
    return [s for s in sentences if s.strip()]


_MIN_PROSE_WORDS = 6


@dataclass(frozen=True, slots=True)
class NoteReading:
    classification: str
    """``reference``, ``explanatory`` or ``mixed``."""
    prose: tuple[str, ...]
    """The explanatory sentences (counted)."""
    references: tuple[str, ...]
    """The referencing sentences (not counted)."""


def classify_note(text: str) -> NoteReading:
    """Split a note into referencing and explanatory sentences.

    A note is reference text unless a sentence is clearly prose: at least six
    words and no sign of a citation (page numbers, "Ibid.", a URL, a
    publisher, a parenthesised year, a trailing page locator).
    """
    prose: list[str] = []
    references: list[str] = []
    for sentence in _split_sentences(" ".join(text.split())):
        words = [w for w in sentence.split() if any(c.isalnum() for c in w)]
        if len(words) >= _MIN_PROSE_WORDS and not _REFERENCE_SIGNALS.search(sentence):
            prose.append(sentence)
        else:
            references.append(sentence)
    if prose and references:
        kind = "mixed"
    elif prose:
        kind = "explanatory"
    else:
        kind = "reference"
    return NoteReading(kind, tuple(prose), tuple(references))
