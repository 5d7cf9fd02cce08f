"""Years and access dates in bibliography entries.

Owns the year of publication of an entry ("(2014)", "2008a", "n.d.", "(1961)
1963"), normalised no-date forms, and the access date in the forms the four
styles and their French, German and Spanish versions write ("Accessed 12 Mar.
2025", "Retrieved March 3, 2024, from", "(Accessed: 2 February 2025)",
"consulté le"). The year and month pieces are the grammar's
(:mod:`eecheck.analysis.citations.grammar`).
"""

from __future__ import annotations

import re

from eecheck.analysis.bibliography.identifiers import Cut
from eecheck.analysis.citations.grammar import LETTERED_YEAR, MONTHS, NO_DATE, YEAR_NUMBER, normal_year

_MONTHS = str(MONTHS)
_YEAR_NUMBER = str(YEAR_NUMBER)
_NO_DATE = str(NO_DATE)
_YEAR_TOKEN = str(LETTERED_YEAR)

_DATE = rf"""(?:
    \d{{1,2}}(?:st|nd|rd|th|er|\.)?\s+(?:of\s+|de\s+)?{_MONTHS}\.?,?\s+(?:de\s+)?{_YEAR_NUMBER}
  | {_MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR_NUMBER}
  | {_YEAR_NUMBER},?\s+{_MONTHS}\.?\s+\d{{1,2}}(?!\d)
  | {_MONTHS}\.?,?\s+{_YEAR_NUMBER}
  | {_YEAR_NUMBER}-\d{{1,2}}-\d{{1,2}}
  | \d{{1,2}}[/.]\d{{1,2}}[/.](?:\d{{4}}|\d{{2}})(?!\d)
)"""
_ACCESS = re.compile(
    rf"""(?P<all>
        [\[(]?\s*
        (?:(?:date\s+)?(?:last\s+)?(?:accessed|retrieved|viewed|consulted|cited|visited)
          |date\s+of\s+access|generated|date\s+generated|output\s+generated
          |consult[ée]|abgerufen|zugegriffen|zugriff|abrufdatum|consultado|recuperado|visitado|visto)
        (?:\s+(?:on|in|le|am|el|en))?\s*:?\s*
        (?P<date>{_DATE})
        (?:\s*,?\s*(?:from|de)\b)?
        \s*[\])]?
      | \bWeb\.\s+(?P<webdate>{_DATE})
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_DATE_ONLY = re.compile(_DATE, re.IGNORECASE | re.VERBOSE)

_YEAR_TOKEN = rf"(?:{_YEAR_NUMBER}[a-z]?)"
# Case matters for the short forms: "S. F. Smith" and "O. J. Simpson" are initials.
_NO_DATE = (
    r"(?:(?-i:[nN]\.\s?d\.)(?:-?[a-z])?|(?-i:[nN]\.d)\b|no\s+date|undated|in\s+press|forthcoming"
    r"|(?-i:s\.\s?[df]\.)|(?-i:o\.\s?J\.))"
)
# "(2014)", "(2014a)", "(2021, March 3)", "(n.d.)", "(in press)", "(2019/2020)".
_PAREN_YEAR = re.compile(
    rf"""\(\s*(?:c\.\s*|ca\.\s*)?
        (?:(?P<year>{_YEAR_TOKEN})(?:\s*[,/–-]\s*[^()]{{0,40}})?|(?P<nodate>{_NO_DATE}))
        \s*\)""",
    re.IGNORECASE | re.VERBOSE,
)

# Words a period does not end: initials are handled separately.

# --- years ---------------------------------------------------------------------

# A year, or the first of a range ("1998–2002", a work in several volumes); a "no date" form.
_FACT_YEAR = re.compile(
    rf"(?<![\d/–-])(?P<year>{_YEAR_NUMBER}[a-z]?)(?!\d)(?:\s*[–-]\s*(?:{_YEAR_NUMBER}|\d\d)(?!\d))?"
    rf"|(?<![\w.])(?P<nodate>{_NO_DATE})",
    re.IGNORECASE,
)


def _year_in(facts: str) -> str | None:
    """The publication year among an entry's publication facts (after the title)."""
    # A quoted prompt or subtitle ("Response to the prompt “… Mao in 1960.”") holds no publication year.
    facts = re.sub(r"“[^”]*”|\"[^\"]*\"|‘(?:[^’]|’(?=[A-Za-z]))*’", " ", facts)
    # A year in parentheses: Chicago journals "116, no. 1 (2011): 109–32".
    paren = _PAREN_YEAR.search(facts)
    if paren:
        return _year_value(paren)
    candidates: list[str] = []
    for match in _FACT_YEAR.finditer(facts):
        before = facts[: match.start()]
        if re.search(r"(?:\bpp?\.|\bno\.|\bvol\.|\bnos\.|:)\s*$", before, re.IGNORECASE):
            continue  # a page, issue or volume number that looks like a year
        if re.search(r"\d\s*[–-]\s*$", before):
            continue  # the end of a page range
        candidates.append(_year_value(match))
    return candidates[-1] if candidates else None


def _normal_year(text: str) -> str:
    """A year as the entry gives it, no-date forms written "n.d." (:func:`normal_year`)."""
    if re.fullmatch(_YEAR_TOKEN, text):
        return text
    return normal_year(text)  # no-date forms, and "(1961) 1963" as "1961/1963"


def _year_value(match: re.Match[str]) -> str:
    return match.group("year") or _normal_year(match.group("nodate"))


_DATE_AFTER_URL = re.compile(
    rf"""(?:https?://|www\.)[^\s<>"“”]+\s*[.,;]?\s*[\[(]?\s*(?P<date>{_DATE})\s*[\])]?\s*\.?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)


def _find_access(cut: Cut) -> str | None:
    found = None
    for match in _ACCESS.finditer(cut.text):
        date = match.group("date") or match.group("webdate")
        found = date.strip()
        cut.remove(*match.span())
    if found is None:
        after_url = _DATE_AFTER_URL.search(cut.text)
        if after_url:
            found = after_url.group("date").strip()
            start = after_url.start("date")
            cut.remove(start, after_url.end())
    return found
