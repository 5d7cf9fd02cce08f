"""The elements of a bibliography entry: where the author element, the title and the facts end.

A full stop ends an element unless it follows an initial or an abbreviation of
the one abbreviation list (:data:`eecheck.analysis.sentences.ABBREVIATIONS`);
:func:`boundaries` is the one sentence splitter read the way entries are
written (no capital letter needed after the stop).
"""

from __future__ import annotations

import re

from eecheck.analysis.folding import fold
from eecheck.analysis.sentences import ABBREVIATIONS, full_stops, role_abbreviations


def boundaries(text: str) -> list[int]:
    """Offsets just after each full stop (or ? !) that ends an element of the entry.

    The one sentence splitter, read as a reference (:func:`eecheck.analysis.sentences.full_stops`):
    a period after an initial ("Lorenz M.", "W. W. Norton") or an abbreviation ("ed.", "et al.",
    "Mar.", "Vol. 2") does not end an element; nor does the one of an edition ("2nd. ed.").
    """
    found: list[int] = []
    for end in full_stops(text, references=True, capital_next=False, nested=False):
        if re.search(r"\d+(?:st|nd|rd|th)\.[”\"’']*$", text[:end]) and re.match(r"\s*ed", text[end:]):
            continue
        found.append(end)
    return found


_ROLE_ABBREVIATIONS = role_abbreviations()


def author_end(text: str) -> int | None:
    """Where the author element of a Chicago or MLA entry ends (just after its full stop).

    Unlike a title, an author element may end on an initial ("Lüthi, Lorenz M.")
    or an abbreviation ("Corotto, Frank, et al.", "Westad, Odd Arne, ed."), so
    those end it here when they close the first author's given names or the
    author list, but not when a later author's name goes on ("John W. Lewis").
    """
    for match in re.finditer(r"[.?!](?=\s|$)", text):
        end = match.end()
        if match.group(0) != ".":
            return end
        before = text[: match.start()]
        word_match = re.search(r"([\w\u00C0-\u024F.'’-]*)$", before)
        word = (word_match.group(1) if word_match else "").strip(".")
        bare = fold(word)
        if len(word) == 1 and word.isalpha() and word.isupper():
            # An initial ends the element only as the first author's given names: "Lüthi, Lorenz M."
            names = before[: len(before) - len(word)]
            # ...unless another initial follows: "Innes, C. L. Chinua Achebe", "Yeats, W. B."
            another_initial = re.match(r"\s*[A-Z]\.(?=\s|$)", text[end:])
            # ACS separates authors with ";": only the last author's comma counts ("Suri, T.; Jack, W.")
            last_author = names.rsplit(";", 1)[-1]
            if last_author.count(",") == 1 and not re.search(r"\b(?:and|&)\b", last_author) and not another_initial:
                return end
            continue
        if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):
            continue
        if bare in _ROLE_ABBREVIATIONS:
            if re.search(r"(?:,|\bet|\()\s*\S+$", before):
                return end
            continue
        if bare in ABBREVIATIONS:
            continue
        return end
    return None


def first_boundary(text: str, start: int = 0) -> int | None:
    for offset in boundaries(text[start:]):
        if offset > 0:
            return start + offset
    return None


_OPEN_QUOTES = {"“": "”", '"': '"', "‘": "’", "'": "'", "«": "»", "„": "“"}


def quoted_at(text: str, start: int) -> tuple[str, int] | None:
    """The quoted span opening at ``start``: (inside, offset after the closing mark)."""
    if start >= len(text) or text[start] not in _OPEN_QUOTES:
        return None
    close = _OPEN_QUOTES[text[start]]
    position = start + 1
    while True:
        found = text.find(close, position)
        if found < 0:
            return None
        after = text[found + 1 : found + 2]
        # An apostrophe inside the title ("Kenya’s"): the closing mark is not followed by a letter.
        if close in "’'" and after.isalpha():
            position = found + 1
            continue
        return text[start + 1 : found], found + 1
