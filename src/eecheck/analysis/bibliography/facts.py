"""Publication facts: the container and publisher after an entry's title, and the style its shape suggests."""

from __future__ import annotations

import re

from eecheck.analysis.bibliography.dates import _DATE_ONLY, _MONTHS, _YEAR_TOKEN
from eecheck.analysis.bibliography.elements import boundaries

# --- publication facts -----------------------------------------------------------

# "Chapel Hill: University of North Carolina Press, 2001" (Chicago), "Nairobi: Central Bank
# of Kenya." (Harvard), "Boston: Little, Brown, 1970": a short place, then the publisher.
_PLACE_PUBLISHER = re.compile(
    r"""(?:^|(?<=[.;,]\s))
        (?P<place>[A-Z][\w.'’\u00C0-\u024F-]*(?:\s+[A-Z][\w.'’\u00C0-\u024F-]*){0,3}(?:,\s*[A-Z][\w.]{1,12})?)
        :\s*
        (?P<publisher>[A-Z\d][^:;(),]*?(?:,\s*[A-Z][a-z]+(?:\s+(?:and|&)\s+[A-Z][a-z]+)?)?)
        (?=,\s*(?:\d{4}|n\.\s?d|pp?\.)|(?<![\s.][A-Z])\.(?:\s|$)|$)""",
    re.VERBOSE,
)
_JOURNAL_TAIL = re.compile(
    r"""^(?P<container>[^()]+?)
        (?:,?\s+(?:vol\.\s*)?\d+(?:\s*\(\d[\d/–-]*\)|,\s*no\.|\s+no\.|,\s*\d|\s*\()|,\s*vol\.|\s+\d+,\s*no\.)""",
    re.IGNORECASE | re.VERBOSE,
)
_NOT_PUBLISHER = re.compile(
    r"""^(?:vol|vols|no|nos|pp|p|ed|edn|\d+(?:st|nd|rd|th)\s+ed|edited|translated|directed|performed|produced
         |created|narrated|uploaded|season|episode|series|chap|ch|part|\d+|in|accessed|originally|reprint|repr)
        (?![a-z])""",
    re.IGNORECASE | re.VERBOSE,
)


def _elements(text: str) -> list[str]:
    """The comma- and period-separated elements of publication facts."""
    # Publishers whose names hold a comma.
    text = re.sub(r"\b(Little|Farrar),(\s+)(Brown|Straus)", "\\1\u0000\\2\\3", text)
    elements: list[str] = []
    for sentence in _split_at(text, boundaries(text)):
        elements.extend(part.strip(" .").replace("\u0000", ",") for part in sentence.split(",") if part.strip(" ."))
    return elements


def _split_at(text: str, offsets: list[int]) -> list[str]:
    pieces: list[str] = []
    start = 0
    for offset in offsets:
        pieces.append(text[start:offset].strip())
        start = offset
    pieces.append(text[start:].strip())
    return [p for p in pieces if p]


def _publication_facts(facts: str, *, quoted_title: bool, apa_like: bool = False) -> tuple[str | None, str | None]:
    """(container, publisher) from the part of an entry after its title."""
    facts = re.sub(r"\(\s*original(?:ly)?\s+(?:work\s+)?published[^()]*\)", "", facts, flags=re.IGNORECASE)
    facts = facts.strip(" .,")
    if not facts:
        return None, None
    container: str | None = None
    publisher: str | None = None
    chapter = re.match(
        r"^in\s+(?:(?P<eds>[^()]+?)\s*\((?:eds?|editors?)\.?\),?\s*)?(?P<book>[^,(]+?)(?=[,(]|\.\s|\.?$)",
        facts,
        re.IGNORECASE,
    )
    if chapter:
        container = chapter.group("book").strip()
    else:
        journal = _JOURNAL_TAIL.match(facts)
        if journal and re.search(rf"\b{_MONTHS}\.?$", journal.group("container").strip(), re.IGNORECASE):
            journal = None  # "New York Times, March 4, 2024": a date, not a volume
        if journal and (quoted_title or apa_like or re.search(r"\d+\s*\(\d", facts)):
            container = journal.group("container").strip(" .")
        elif quoted_title:
            first = _split_at(facts, boundaries(facts))[0].split(",")[0].strip(" .")
            if first and not _NOT_PUBLISHER.match(first):
                container = first
    # The last one: a chapter's book title may hold a colon before it.
    places = list(_PLACE_PUBLISHER.finditer(facts))
    place = places[-1] if places else None
    if place:
        publisher = place.group("publisher").strip(" .,")
    else:
        elements = _elements(facts)
        for i, element in enumerate(elements):
            if (
                re.fullmatch(
                    rf"(?:{_MONTHS}\.?\s+)?(?:\d{{1,2}}\s+)?{_YEAR_TOKEN}|\d{{1,2}}\s+{_MONTHS}\.?\s+{_YEAR_TOKEN}",
                    element,
                    re.IGNORECASE,
                )
                and i
            ):
                back = i - 1
                # "New York Times, March 4, 2024": the month and day belong to the date.
                while back > 0 and re.fullmatch(
                    rf"{_MONTHS}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTHS}\.?", elements[back], re.IGNORECASE
                ):
                    back -= 1
                candidate = elements[back]
                if re.fullmatch(rf"{_MONTHS}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTHS}\.?", candidate, re.IGNORECASE):
                    break
                if (
                    candidate != container
                    and not _NOT_PUBLISHER.match(candidate)
                    and not _DATE_ONLY.fullmatch(candidate)
                ):
                    publisher = candidate
                break
        if publisher is None and not quoted_title and elements:
            last = elements[-1]
            if apa_like:
                # APA and Harvard end a book with its publisher, commas and all: "Farrar, Straus and Giroux."
                sentences = _split_at(facts, boundaries(facts))
                last = sentences[-1].strip(" .") if sentences else last
            if not _NOT_PUBLISHER.match(last) and not re.search(r"\d", last) and last != container:
                publisher = last
    if publisher and ":" in publisher:
        publisher = publisher.split(":", 1)[1].strip() or None
    return container or None, publisher or None


def _guess_style(
    text: str, facts: str, *, paren_year_then_period: bool | None, year_after_author: str | None
) -> str | None:
    """Which of the four styles an entry's shape suggests; None when nothing tells.

    ``year_after_author`` is "." for Chicago author–date ("Lüthi, Lorenz M. 2008.")
    and "," for Harvard's AGPS variant ("Ndung’u, N 2018, ‘Next steps…’").
    """
    if paren_year_then_period is True:
        return "apa"
    if paren_year_then_period is False or year_after_author == ",":
        return "harvard"
    if re.search(r"\(accessed:|available (?:at|from):|\[accessed|\bviewed\s+\d", text, re.IGNORECASE):
        return "harvard"
    if year_after_author == ".":
        return "chicago"
    if re.search(
        rf"\bvol\.\s*\d+,\s*no\.|,\s*pp\.\s*\d|\b\d{{1,2}}\s+{_MONTHS}\.\s+\d{{4}}|\b\d{{1,2}}\s+May\s+\d{{4}}\.?\s*$",
        text,
        re.IGNORECASE,
    ):
        return "mla"  # "vol. 72, no. 3", ", pp. 176–79", "12 Mar. 2025"
    if _PLACE_PUBLISHER.search(facts) or re.search(r"\d+,\s*no\.\s*\d+\s*\(", text):
        return "chicago"  # "Chapel Hill: University of North Carolina Press, 2001", "116, no. 1 (2011)"
    if re.search(rf"\b{_MONTHS}\.?\s+\d{{1,2}},\s+\d{{4}}", text, re.IGNORECASE):
        return "chicago"  # "March 4, 2024": MLA writes "4 Mar. 2024"
    if re.search(rf"[A-Za-z.],\s*{_YEAR_TOKEN}(?:,\s*pp?\.\s*[\d–-]+)?\.?(?:\s+[A-Z][^.]*\.?)?$", facts):
        return "mla"  # "Anchor Books, 1994." with no place of publication
    return None
