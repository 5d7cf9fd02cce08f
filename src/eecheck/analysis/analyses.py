"""Analyses: everything the kinds share about one document, each built once, when first asked for.

The engine hands one :class:`Analyses` to every kind through ``CheckContext``
(as jsonschema hands its keyword functions the validator): the bibliography
entries, the citations read with the one grammar, their resolution against
the entries, the reading of every note, the IB word count that follows from
them, and the identity scan. Each is a ``cached_property``: built the first
time a kind (or the report) reads it, never again for this document, and never
kept beyond it.

The order of dependence is fixed: entries → citations (numbers in parentheses
are entry numbers when the list is numbered) → resolution → note readings →
word count. The count and the REF rules therefore read one decision about
what is a citation.
"""

from __future__ import annotations

from functools import cached_property

from eecheck.analysis.bibliography.entries import entries
from eecheck.analysis.bibliography.model import Entry
from eecheck.analysis.citations.model import Citation
from eecheck.analysis.citations.reader import citations
from eecheck.analysis.identity import Finding, identity_scan
from eecheck.analysis.notes import NoteReading, read_note
from eecheck.analysis.resolve import Resolution, notes_in_reading_order, resolve_citations
from eecheck.analysis.wordcount import WordCount, count_words_ib
from eecheck.model import Document

DEFAULT_LIMIT = 4000
"""The IB's limit for the extended essay (LEN001 may set another)."""


class Analyses:
    """The shared analyses of one document (see the module docstring)."""

    def __init__(self, document: Document, *, limit: int = DEFAULT_LIMIT) -> None:
        self.document = document
        self.limit = limit

    @cached_property
    def entries(self) -> tuple[Entry, ...]:
        """The bibliography's entries, written or made from a reference manager's records."""
        return entries(self.document)

    @cached_property
    def numbered_bibliography(self) -> bool:
        """The reference list is numbered ("[1] …", "1. …"), as IEEE and Vancouver lists are."""
        return any(entry.label is not None for entry in self.entries)

    @cached_property
    def citations(self) -> tuple[Citation, ...]:
        """Every citation the one reader finds, whether it counts or not, in reading order."""
        return citations(self.document, numbered=self.numbered_bibliography)

    @cached_property
    def resolution(self) -> Resolution:
        """The citations that count, each resolved against the entries."""
        return resolve_citations(self.citations, self.entries, notes_in_reading_order(self.document))

    @cached_property
    def counted_citations(self) -> tuple[Citation, ...]:
        """The citations that count: what the word count leaves out and the REF rules read."""
        return tuple(r.citation for r in self.resolution.citations)

    @cached_property
    def note_readings(self) -> dict[str, NoteReading]:
        """Note id -> what in the note references and what explains."""
        by_note: dict[str, list[Citation]] = {}
        for citation in self.counted_citations:
            if citation.note_id is not None:
                by_note.setdefault(citation.note_id, []).append(citation)
        return {note.id: read_note(note, by_note.get(note.id, ())) for note in self.document.notes}

    @cached_property
    def word_count(self) -> WordCount:
        """The IB count, its exclusions, and where reading stops."""
        return count_words_ib(
            self.document, counted=self.counted_citations, readings=self.note_readings, limit=self.limit
        )

    @cached_property
    def identity(self) -> tuple[Finding, ...]:
        """What the essay's text gives away about the candidate (INT001 and INT004 read it)."""
        return identity_scan(self.document)
