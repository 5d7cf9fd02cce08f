"""Sort keys: every first element an entry may fairly be alphabetised under (REF005)."""

from __future__ import annotations

import re

from eecheck.analysis.bibliography.authors import PARTICLES as _PARTICLES
from eecheck.analysis.bibliography.model import Author
from eecheck.analysis.folding import fold

_ARTICLES = ("the ", "a ", "an ", "le ", "la ", "les ", "l'", "el ", "los ", "las ", "der ", "die ", "das ")

# --- sort keys -----------------------------------------------------------------


def _strip_article(text: str) -> str:
    folded = text
    for article in _ARTICLES:
        if folded.startswith(article) and len(folded) > len(article):
            return folded[len(article) :]
    return folded


def _key(text: str) -> str:
    """Word-by-word sort key: folded, punctuation gone, words separated by one space."""
    folded = fold(text)
    folded = re.sub(r"['’]", "", folded)
    folded = re.sub(r"[^\w\s]|_", " ", folded)
    return re.sub(r"\s+", " ", folded).strip()


def _lead_and_keys(authors: tuple[Author, ...], title: str | None, *, title_first: bool) -> tuple[str, tuple[str, ...]]:
    if authors and not title_first:
        first = authors[0]
        name = first.family
        lead = _key(name)
        keys = {lead, lead.replace(" ", "")}
        if first.corporate:
            bare = _strip_article(lead)
            keys |= {bare, bare.replace(" ", "")}
            lead = bare
        words = lead.split()
        # "de Gaulle" under D or G, "van der Berg" under V or B, "al-Rashid" under A or R.
        skip = 0
        while skip < len(words) - 1 and words[skip] in _PARTICLES:
            skip += 1
        if skip:
            rest = " ".join(words[skip:])
            keys |= {rest, rest.replace(" ", "")}
        if first.given and not first.corporate:
            given_words = _key(first.given).split()
            particles = [w for w in given_words if w in _PARTICLES]
            if particles and given_words[-len(particles) :] == particles:
                # "Gaulle, Charles de": also under "de Gaulle".
                full = " ".join([*particles, lead])
                keys |= {full, full.replace(" ", "")}
        return lead, tuple(sorted(keys))
    if title:
        lead = _strip_article(_key(title.strip("“”\"‘’' ")))
        whole = _key(title.strip("“”\"‘’' "))
        keys = {lead, lead.replace(" ", ""), whole, whole.replace(" ", "")}
        return lead, tuple(sorted(keys))
    return "", ()
