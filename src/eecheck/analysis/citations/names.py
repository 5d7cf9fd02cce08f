"""Names as citations write them: "Jack & Suri", "van der Berg", "Central Bank of Kenya et al.", "WHO".

Owns :func:`is_name_group` (one person's or one body's name) and
:func:`parse_authors` (the author part of a citation split into names), built
from the grammar's name pieces (:mod:`eecheck.analysis.citations.grammar`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eecheck.analysis.citations.grammar import ALIAS, ET_AL, INITIAL, JOINERS, NAME_WORD, NOT_AUTHORS, PARTICLES
from eecheck.analysis.citations.model import Certainty

_ET_AL_AT_END = re.compile(rf"(?:{ET_AL})$", re.IGNORECASE)
_ALIAS_AT_END = re.compile(rf"(?:{ALIAS})\s*$")
_AUTHOR_SPLIT = re.compile(r"\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+")
_ACRONYM = re.compile(r"[A-Z]{2,}[a-z]?|(?:[A-Z]\.){2,}")

MAX_NAME_WORDS = 8
"""A name (a person's, or a body's such as "Délégation générale du Gouvernement en Algérie") has at most
eight words; a longer run of capitals in a parenthesis is a title or a phrase."""


def is_name_word(token: str) -> bool:
    """A capitalised name word ("Lüthi", "l’Armée") or initials ("J.", "J.-P.")."""
    return bool(NAME_WORD.fullmatch(token)) or bool(INITIAL.fullmatch(token))


@dataclass(frozen=True, slots=True)
class NameShape:
    """How a run of words reads as a name."""

    is_name: bool
    lower_case_words: int = 0
    """Lower-case words that are neither particles nor joiners ("générale" in "Délégation générale du
    Gouvernement en Algérie"): a corporate name may hold a few; prose holds many."""


def name_shape(text: str) -> NameShape:
    """Whether ``text`` reads as one person's or one body's name, and how many lower-case words it holds.

    "Lüthi", "van der Berg", "World Bank", "UNESCO", "Musée de l’Armée" and "Délégation générale du
    Gouvernement en Algérie" are names. A name starts and ends with a capitalised word (or an
    acronym); inside it may hold particles, joiners, and lower-case words up to a third of its
    capitalised ones.
    """
    tokens = text.split()
    if not tokens or len(tokens) > MAX_NAME_WORDS:
        return NameShape(False)
    named = lower = 0
    for position, token in enumerate(tokens):
        folded = token.casefold()
        if is_name_word(token) or _ACRONYM.fullmatch(token):
            named += 1
        elif folded in PARTICLES or folded in JOINERS:
            continue
        elif position and position < len(tokens) - 1 and token[:1].islower() and token.isalpha():
            lower += 1
        else:
            return NameShape(False)
    last = tokens[-1]
    if not named or not (is_name_word(last) or _ACRONYM.fullmatch(last)):
        return NameShape(False)
    if lower and (named < 2 or lower * 3 > named):
        return NameShape(False)
    return NameShape(True, lower)


def is_name_group(text: str) -> bool:
    """Whether ``text`` reads as one person's or one body's name (see :func:`name_shape`)."""
    return name_shape(text).is_name


def label_certainty(names: tuple[str, ...], otherwise: Certainty) -> Certainty:
    """``MATCH`` when a name holds a word that usually labels something else ("Table", "War", "Day"),
    or lower-case words (a corporate name is then as likely a phrase): those count only when they resolve."""
    for name in names:
        words = [w.casefold().strip(",.") for w in name.split()]
        # a label opens or ends a name ("Table 2", "Suez Crisis", "World War"); inside one it is a
        # body's word ("US Census Bureau")
        if words and (words[0] in NOT_AUTHORS or words[-1] in NOT_AUTHORS):
            return Certainty.MATCH
        if name_shape(name).lower_case_words:
            return Certainty.MATCH
    return otherwise


@dataclass(frozen=True, slots=True)
class AuthorPart:
    """The author part of a citation, split into names."""

    names: tuple[str, ...]
    et_al: bool
    alias: str | None
    text: str


def _only_initials(text: str) -> bool:
    return all(INITIAL.fullmatch(t) for t in text.split())


def parse_authors(text: str) -> AuthorPart | None:
    """The author part of a citation: names split on ","/"and"/"&", "et al.", an "[ABBR]" alias."""
    raw = text.strip().rstrip(",").strip()
    body = raw
    et_al = False
    if match := _ET_AL_AT_END.search(body):
        et_al = True
        body = body[: match.start()].strip()
    alias = None
    if (match := _ALIAS_AT_END.search(body)) and is_name_group(body[: match.start()]):
        alias = match.group("alias")
        body = body[: match.start()].strip()
    if not body:
        return None
    parts = [p.strip() for p in _AUTHOR_SPLIT.split(body) if p.strip()]
    if parts and all(is_name_group(p) and not _only_initials(p) for p in parts):
        return AuthorPart(tuple(parts), et_al, alias, raw)
    if is_name_group(body):
        return AuthorPart((body,), et_al, alias, raw)
    return None
