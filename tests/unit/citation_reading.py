"""Test helpers: what the one citation reader and the note readings make of a stretch of text.

Text is read the way the engine reads an essay: as a Markdown document (an introduction holding the
text, or a note holding it), through its ``Analyses``, so the helpers see exactly what the word count
and the REF rules see.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from eecheck.analysis.analyses import Analyses
from eecheck.analysis.notes import NoteReading
from eecheck.analysis.wordcount import breakdown_kind, excluded_spans
from eecheck.model import CitedItem, FieldCitation, Location
from eecheck.readers.markdown import read_markdown_text


def excluded_in_text(text: str) -> list[tuple[str, str]]:
    """(text, breakdown kind) of what the count leaves out of one paragraph of an essay with no bibliography."""
    analyses = Analyses(read_markdown_text(f"# Introduction\n\n{text}\n"))
    block = analyses.document.blocks[1]
    counted = [c for c in analyses.counted_citations if c.block == block.index and c.note_id is None]
    return [(block.text[s:e].strip(), breakdown_kind(c)) for s, e, c in excluded_spans(counted)]


def note_reading(text: str, *, cited: Sequence[str] = ()) -> NoteReading:
    """The reading of one note (referenced from the introduction) of an essay with no bibliography.

    ``cited`` are texts in the note that a reference manager's field holds.
    """
    document = read_markdown_text(f"# Introduction\n\nA sentence.[^1]\n\n[^1]: {text}\n")
    note = document.notes[0]
    fields = tuple(
        FieldCitation("zotero", (CitedItem(key=f"item{i}", record=None),), shown, None, note.id, Location("notes"))
        for i, shown in enumerate(cited)
    )
    return Analyses(replace(document, field_citations=fields)).note_readings[note.id]
