"""Note readings: which parts of each note reference and which explain.

The IB counts a note's explanatory prose and leaves its referencing out. A
note is read segment by segment (its sentences, then their ";"-separated
parts, as the reader splits it into sources):

* a segment is **reference** when it is a citation that counts
  (:func:`eecheck.analysis.resolve.counts`): one that resolves to an entry, an
  "Ibid." of one, a short form of a resolved work, a certain form (a full
  note, a note with a page), a field; in an essay without a bibliography, a
  citation by form;
* a segment is **explanatory** when it is prose: the citations inside it come
  out ("As Chen argues (Chen 2001, 45), …"), and the rest counts, however
  short ("The figure is disputed; see Horne, *A Savage War of Peace*, 123."
  counts "The figure is disputed");
* what is left of a segment once its citations are out, when it is only the
  words that introduce a citation ("see", "see also", "cf.", "quoted in") or
  a note on the citation itself (:data:`APPARATUS`: "emphasis added",
  "translation mine"), belongs to the reference.

The word count (:mod:`eecheck.analysis.wordcount`) and LEN003 read these
readings; nothing else decides what in a note counts.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass

from eecheck.analysis.citations.model import Citation
from eecheck.analysis.sentences import sentence_spans, top_level
from eecheck.analysis.wordcount import excluded_spans
from eecheck.analysis.words import count_words
from eecheck.model import Note

APPARATUS = (
    "emphasis added",
    "emphasis in original",
    "emphasis mine",
    "italics added",
    "italics in original",
    "original emphasis",
    "my emphasis",
    "translation mine",
    "my translation",
    "author's translation",
    "author’s translation",
    "translated by the author",
    "my italics",
)
"""Remarks about a citation that belong to it, not to the essay's prose (Chicago 14.171 and 13.60)."""

_INTRODUCING_WORDS = (
    r"(?:see(?:\s+also)?|also|cf|compare|contra|but\s+see|e\.?\s?g|i\.?\s?e|for\s+(?:example|instance)"
    r"|(?:as\s+)?(?:quoted|qtd|cited|reproduced|reprinted)(?:\s+in)?)"
)
_LEFTOVER = re.compile(
    rf"^[\W_]*(?:(?:{_INTRODUCING_WORDS}|{'|'.join(re.escape(a) for a in APPARATUS)})\b[\W_]*)*$",
    re.IGNORECASE,
)
"""What may be left of a segment once its citations are out and still belong to them: the words that
introduce a citation ("See", "see also", "cf.", "quoted in"), however the citation was glued to them
("See³."), and the remarks of :data:`APPARATUS`."""


class NoteClass(enum.StrEnum):
    REFERENCE = "reference"
    """Every segment references: nothing in it counts."""
    EXPLANATORY = "explanatory"
    """Prose only: all of it counts."""
    MIXED = "mixed"
    """Both: the prose counts, the references do not."""


@dataclass(frozen=True, slots=True)
class NoteReading:
    classification: NoteClass
    prose: tuple[str, ...]
    """The explanatory segments (counted), with any citation inside them taken out."""
    references: tuple[str, ...]
    """The referencing segments and citations (not counted)."""

    @property
    def prose_words(self) -> int:
        return sum(count_words(p) for p in self.prose)

    @property
    def reference_words(self) -> int:
        return sum(count_words(r) for r in self.references)


def _is_leftover(text: str) -> bool:
    return not text.strip() or bool(_LEFTOVER.match(text))


def _clauses(sentence: str, offset: int) -> list[tuple[int, int]]:
    """A sentence's ";"-separated clauses, each keeping its ";" (as the sentence reads), as spans."""
    spans: list[tuple[int, int]] = []
    start = 0
    for at in top_level(sentence, ";"):
        spans.append((offset + start, offset + at + 1))
        start = at + 1
    spans.append((offset + start, offset + len(sentence)))
    return [(s, e) for s, e in spans if sentence[s - offset : e - offset].strip()]


def read_note(note: Note, counted: Iterable[Citation]) -> NoteReading:
    """Split one note into its referencing and its explanatory text.

    ``counted`` are the note's citations that count (the resolution's), with spans in the note's text.
    Each sentence's explanatory clauses make one prose piece, as the sentence reads.
    """
    text = note.text
    spans = [(s, e) for s, e, _ in excluded_spans(counted)]
    references: list[str] = []
    prose: list[str] = []
    taken: set[tuple[int, int]] = set()
    for sentence_start, sentence_end in sentence_spans(text, references=True):
        explaining: list[str] = []
        for start, end in _clauses(text[sentence_start:sentence_end], sentence_start):
            inside = [(s, e) for s, e in spans if s < end and start < e]
            kept: list[str] = []
            cursor = start
            for s, e in inside:
                if (s, e) not in taken:
                    references.append(" ".join(text[s:e].split()))
                    taken.add((s, e))
                kept.append(text[cursor : max(cursor, s)])
                cursor = max(cursor, e)
            kept.append(text[cursor:end])
            rest = " ".join("".join(kept).split())
            if inside and _is_leftover(rest):
                if count_words(rest):
                    references.append(rest)
            elif count_words(rest):
                explaining.append(rest)
        if explaining:
            prose.append(" ".join(explaining))
    # a citation the sentences did not reach still references
    references.extend(" ".join(text[s:e].split()) for s, e in spans if (s, e) not in taken)
    references = [r for r in references if r]
    if prose and references:
        kind = NoteClass.MIXED
    elif prose:
        kind = NoteClass.EXPLANATORY
    else:
        kind = NoteClass.REFERENCE
    return NoteReading(kind, tuple(prose), tuple(references))
