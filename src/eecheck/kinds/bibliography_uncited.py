"""Kind ``bibliography_uncited``: a bibliography entry that no in-text citation names (REF004).

Reads the document's resolution (``Analyses.resolution``). Only entries written in the
essay are checked: a bibliography *file* (pandoc's ``bibliography:``) or a
reference manager's source list may hold works the essay never meant to
list. An essay in which no citation at all is recognised is not checked
entry by entry (its citations are in a form eecheck does not read, and
every entry would fire). A numbered list (IEEE, Vancouver, ACS) is checked
like any other: its entries are cited by number ("[3]", superscript 3).

Before an entry is reported, one more look: a note that names the entry's
first author and a word of its title (or the whole name of a corporate
author, such as an archive) cites it in a form the note parser did not read
("Letter, Mao to Stalin, 2 October 1950, Wilson Center Digital Archive").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from eecheck.analysis.bibliography.model import Entry
from eecheck.analysis.folding import fold
from eecheck.analysis.resolve import excerpt, significant_words
from eecheck.kinds.base import CheckContext, Hit, HitLocation, Kind
from eecheck.model import Document


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


def check(context: CheckContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    document = context.document
    resolution = context.analyses.resolution
    if not resolution.citations:
        return
    cited = resolution.cited()
    for index, entry in enumerate(resolution.entries):
        if index in cited or entry.block is None or _named_in_a_note(entry, document):
            continue
        shown = excerpt(entry.text, 70)
        yield Hit(fields={"entry": shown}, location=HitLocation(block=entry.block, excerpt=shown))


KIND = Kind(
    name="bibliography_uncited",
    fields=frozenset({"entry"}),
    cases=frozenset(),
    params={},
    check=check,
)
