"""The one sentence splitter and the one abbreviation list.

Every part of eecheck that needs sentences (notes split into what references
and what explains, the research question in the introduction, a quotation and
the citation in its sentence, prose in table cells, the elements of a
bibliography entry) splits with :func:`sentence_spans` or :func:`full_stops`,
and every "a full stop after this word does not end a sentence" decision reads
:data:`ABBREVIATIONS`.

A full stop (or "?" or "!") ends a sentence when whitespace follows it and
the next word starts with a capital letter, a digit, or an opening quotation
mark or bracket, unless:

* the word before it is an initial ("Lorenz M. Lüthi", "W. W. Norton") or a
  dotted abbreviation ("U.S.", "D.C.", "e.g.");
* the word before it is an abbreviation (:data:`ABBREVIATIONS`): some always
  ("Dr.", "ed.", "et al.", "Mar."), some only before a number ("p. 45",
  "no. 3", "vol. 2"), some only inside references ("Univ.", "Publ.");
* it stands inside parentheses or brackets, or inside curly quotation marks
  (a quoted sentence belongs to the sentence that quotes it).

"Ibid." and "Id." end a sentence: a note "Ibid. The figure is disputed." has
two. No language model is used: the rules are the same on every machine, and
a sentence boundary eecheck reports can be explained.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator


class Abbreviation(enum.Enum):
    """When a word with a full stop after it does not end a sentence."""

    ALWAYS = "always"
    """Titles, roles, months, Latin: "Dr.", "ed.", "trans.", "Sept.", "cf.", "al."."""
    BEFORE_NUMBER = "before-number"
    """Locator words, only when a number follows: "p. 45", "no. 3", "vol. IV"."""
    IN_REFERENCES = "in-references"
    """Words abbreviated only in references and bibliography entries: "Univ.", "Publ.", "Ser."."""
    ROLE = "role"
    """A contributor's role or a name's suffix, which may close an author element: "Westad, Odd Arne,
    ed.", "King, Martin Luther, Jr."."""


_ALWAYS = """dr mr mrs ms mx prof st ste mt ft gen gov col capt lt sgt hon rt rev repr co inc ltd corp univ
    dept cf al op cit loc n.d s.d s.f e.g i.e etc vs viz approx esp ca c jan feb mar apr jun jul aug sep sept oct nov
    dec u.s u.k d.c n.p"""
_BEFORE_NUMBER = """p pp pg no nos vol vols ch chap chaps sec secs sect fig figs para paras par pt bk art col cols n nn
    l ll fol fols ser"""
_IN_REFERENCES = """edn ed.s intro orig pub publ assoc natl intl coll mag supp suppl narr"""
_ROLE = """ed eds trans tr comp comps dir dirs ill illus jr sr"""

ABBREVIATIONS: dict[str, Abbreviation] = {
    **{word: Abbreviation.ALWAYS for word in _ALWAYS.split()},
    **{word: Abbreviation.BEFORE_NUMBER for word in _BEFORE_NUMBER.split()},
    **{word: Abbreviation.IN_REFERENCES for word in _IN_REFERENCES.split()},
    **{word: Abbreviation.ROLE for word in _ROLE.split()},
}
"""The one abbreviation list: a word (folded, without its final full stop) and when it abbreviates."""

ENDS_A_SENTENCE = frozenset({"ibid", "ibidem", "id"})
"""Latin references that end their sentence: "Ibid. The figure is disputed." is two sentences."""

_OPENERS = "([{"
_CLOSERS = ")]}"
_QUOTE_OPEN = "“«"
_QUOTE_CLOSE = "”»"
_AFTER_MARK = "”\"’')]»"
_QUOTES_AFTER_MARK = "”\"’'»"
_NEXT_STARTS = re.compile(r"[^\W_]|[“\"‘'(«\[]")
_NUMBER_NEXT = re.compile(r"\s*(?:\d|[ivxlcdm]+\b|[IVXLCDM]+\b)")
_INITIAL_OR_DOTTED = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")


def is_abbreviation(word: str, following: str, *, references: bool) -> bool:
    """Whether ``word`` (the text before a full stop) abbreviates, given the text after the stop."""
    bare = word.lstrip("(“\"‘'[«").casefold()
    if not bare:
        return False
    if _INITIAL_OR_DOTTED.fullmatch(bare):
        return True  # an initial ("M.", "W."), or "U.S", "e.g", "D.C"
    kind = ABBREVIATIONS.get(bare)
    if kind is None:
        return False
    if kind is Abbreviation.BEFORE_NUMBER:
        return bool(_NUMBER_NEXT.match(following))
    if kind is Abbreviation.IN_REFERENCES:
        return references
    return True


def role_abbreviations() -> frozenset[str]:
    """The abbreviations that name a contributor's role (they may close an author element)."""
    return frozenset(word for word, kind in ABBREVIATIONS.items() if kind is Abbreviation.ROLE) | {"al"}


def top_level(text: str, marks: str, *, quotes: bool = True) -> Iterator[int]:
    """Offsets of the characters in ``marks`` that stand outside brackets (and curly quotation marks)."""
    depth = 0
    quoted = False
    pattern = re.compile(f"[{re.escape(_OPENERS + _CLOSERS + _QUOTE_OPEN + _QUOTE_CLOSE + marks)}]")
    for found in pattern.finditer(text):
        ch = found.group()
        i = found.start()
        if ch in marks and depth == 0 and not quoted:
            yield i
            continue
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS:
            depth = max(0, depth - 1)
        elif quotes and ch in _QUOTE_OPEN:
            quoted = True
        elif quotes and ch in _QUOTE_CLOSE:
            quoted = False


def split_top(text: str, separator: str) -> list[tuple[int, str]]:
    """``text`` split at ``separator`` outside brackets and curly quotes: (offset, piece) pairs."""
    pieces: list[tuple[int, str]] = []
    start = 0
    for i in top_level(text, separator):
        pieces.append((start, text[start:i]))
        start = i + 1
    pieces.append((start, text[start:]))
    return pieces


def full_stops(text: str, *, references: bool = False, capital_next: bool = True, nested: bool = True) -> list[int]:
    """Offsets just after each mark that ends a sentence (or an element of a reference).

    ``references``: the text is a note or a bibliography entry, where more words abbreviate.
    ``capital_next``: a sentence must be followed by a capital, digit, quotation mark or bracket
    (prose); a bibliography entry's elements need not be ("Lüthi, Lorenz M. 2008. The …").
    ``nested``: stops inside brackets and curly quotes do not count, except a stop that closes
    the quotation ("… we will win.” Then"), which ends the quoting sentence too.
    """
    ends: list[int] = []
    depth = 0
    quoted = False
    for found in _STOP_SCAN.finditer(text):
        ch = found.group()
        i = found.start()
        if ch in _OPENERS:
            depth += 1
            continue
        if ch in _CLOSERS:
            depth = max(0, depth - 1)
            continue
        if ch in _QUOTE_OPEN:
            quoted = True
            continue
        if ch in _QUOTE_CLOSE:
            quoted = False
            continue
        j = i + 1
        closing = _AFTER_MARK if nested else _QUOTES_AFTER_MARK
        while j < len(text) and text[j] in closing:
            j += 1
        if nested and (depth or (quoted and not any(c in _QUOTE_CLOSE for c in text[i + 1 : j]))):
            continue
        if j < len(text) and not text[j].isspace():
            continue
        k = j
        while k < len(text) and text[k].isspace():
            k += 1
        if k < len(text) and capital_next:
            following = text[k]
            if references and following.isdigit():
                continue  # "vol. 2. 45": in a reference, a number after a stop is a page or a volume
            if not (following.isupper() or following.isdigit() or following in "“\"‘'(«["):
                continue
        if ch == ".":
            word = _word_before(text, i)
            if word.casefold().lstrip("(“\"‘'[«") not in ENDS_A_SENTENCE and is_abbreviation(
                word, text[j:], references=references
            ):
                continue
        ends.append(j)
    return ends


_STOP_SCAN = re.compile(f"[{re.escape(_OPENERS + _CLOSERS + _QUOTE_OPEN + _QUOTE_CLOSE)}.!?]")


def _word_before(text: str, stop: int) -> str:
    """The word a full stop closes: "M" in "Lorenz M.", "U.S" in "U.S.", "pp" in "pp."."""
    start = stop
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:stop]


def sentence_spans(text: str, *, references: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``, leading and trailing spaces left out."""
    spans: list[tuple[int, int]] = []
    start = 0
    for end in [*full_stops(text, references=references), len(text)]:
        piece = text[start:end]
        lead = len(piece) - len(piece.lstrip())
        trimmed = piece.strip()
        if trimmed:
            spans.append((start + lead, start + lead + len(trimmed)))
        start = end
    return spans


def sentences(text: str, *, references: bool = False) -> list[str]:
    """The sentences of ``text``, in order."""
    return [text[s:e] for s, e in sentence_spans(text, references=references)]


def sentence_start(text: str, offset: int) -> int:
    """Where the sentence holding ``text[offset]`` starts."""
    start = 0
    for end in full_stops(text[:offset]):
        start = end
    while start < offset and text[start].isspace():
        start += 1
    return start
