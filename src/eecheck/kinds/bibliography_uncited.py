"""Kind ``bibliography_uncited``: a bibliography entry that no in-text citation names (REF004).

Reads :func:`eecheck.analysis.resolve.resolve`. Only entries written in the
essay are checked: a bibliography *file* (pandoc's ``bibliography:``) or a
reference manager's source list may hold works the essay never meant to
list. An essay in which no citation at all is recognised is not checked
entry by entry (its citations are in a form eecheck does not read, and
every entry would fire); nor are the numbered entries of an essay that
cites by number ("[3]", IEEE and Vancouver styles).

Before an entry is reported, one more look: a note that names the entry's
first author and a word of its title (or the whole name of a corporate
author, such as an archive) cites it in a form the note parser did not read
("Letter, Mao to Stalin, 2 October 1950, Wilson Center Digital Archive").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from eecheck.kinds.base import CheckContext, Hit, HitLocation, Kind
from eecheck.model import Document
from eecheck.analysis.bibliography.entries import Entry, fold
from eecheck.analysis.resolve import excerpt, resolve, significant_words


def _named_in_a_note(entry: Entry, document: Document) -> bool:
    """Whether a note names the entry's author (and, for a person, a word of its title)."""
    if not entry.authors:
        # an anonymous work: a note that holds every word of its main title
        words = set(significant_words(re.split(r"[:.?!]\s", entry.title or "")[0]))
        return len(words) >= 2 and any(words <= set(significant_words(n.text)) for n in document.notes)
    author = entry.authors[0]
    family = fold(author.family)
    pattern = re.compile(rf"(?<!\w){re.escape(family)}(?!\w)")
    title_words = set(significant_words(re.split(r"[:.?!]\s", entry.title or "")[0]))
    if len(family) < 2 or not (author.corporate or title_words):
        return False
    for note in document.notes:
        if not pattern.search(fold(note.text)):
            continue
        if author.corporate or title_words & set(significant_words(note.text)):
            return True
    return False


_NUMBERED_CITATION = re.compile(r"\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]")


def _cited_by_number(document: Document) -> bool:
    """Whether the text cites by number ("[3]", "[2, 5]"), a form eecheck does not resolve."""
    return any(_NUMBERED_CITATION.search(block.text) for block in document.blocks)


def check(context: CheckContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    document = context.document
    resolution = resolve(document)
    if not resolution.citations:
        return
    cited = resolution.cited()
    by_number = _cited_by_number(document)
    for index, entry in enumerate(resolution.entries):
        if index in cited or entry.block is None or _named_in_a_note(entry, document):
            continue
        if entry.label is not None and by_number:
            continue  # a numbered list cited as "[3]": not read, so never reported
        shown = excerpt(entry.text, 70)
        yield Hit(fields={"entry": shown}, location=HitLocation(block=entry.block, excerpt=shown))


KIND = Kind(
    name="bibliography_uncited",
    fields=frozenset({"entry"}),
    cases=frozenset(),
    params={},
    check=check,
)
