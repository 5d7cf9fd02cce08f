"""The one citation reader: every place an essay cites a source, in reading order.

:func:`citations` reads the essay's running text, its notes and its fields
with the one grammar (:mod:`eecheck.analysis.citations.grammar`) and returns
:class:`~eecheck.analysis.citations.model.Citation` values with exact spans:

* running text (:mod:`running_text`): author–date and author–page
  parentheses, narrative citations, MLA title and name forms, a page alone,
  personal communications;
* numeric citations (:mod:`numeric`): "[1]", "[1, p. 3]", "[1]–[3]", "(1,2)",
  superscript numbers;
* notes (:mod:`note_forms`): full and short notes, "Ibid.", several sources in
  one note, and the citations inside a note's sentences of prose;
* fields (:mod:`fields`): reference-manager fields and pandoc keys.

A note's citations stand where its first mark stands; notes nothing marks
come last. Citations written together (one parenthesis, one field, all the
sources of one note) share a ``group`` number. Whether a citation *counts*
(its certainty against the bibliography) is the resolver's decision
(:mod:`eecheck.analysis.resolve`); the word count and the REF rules both read
that one decision.
"""

from __future__ import annotations

from dataclasses import replace

from eecheck.analysis.citations.fields import field_citations, field_spans
from eecheck.analysis.citations.model import Citation
from eecheck.analysis.citations.note_forms import note_citations
from eecheck.analysis.citations.numeric import numeric_citations
from eecheck.analysis.citations.running_text import text_citations
from eecheck.model import Block, BlockKind, Document, FieldCitation, Note, Section

CITING_SECTIONS = frozenset(
    {Section.ABSTRACT, Section.INTRODUCTION, Section.BODY, Section.CONCLUSION, Section.APPENDIX,
     Section.ACKNOWLEDGEMENTS}
)  # fmt: skip
"""Where the text is read for citations: the essay's prose (never its title page, contents or bibliography)."""
CITING_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.CAPTION, BlockKind.TABLE})


def _note_block(note: Note) -> int | None:
    return note.referenced_from[0] if note.referenced_from else None


def block_citations(
    block: Block, fields: list[FieldCitation], *, numbered: bool = False
) -> list[tuple[int, tuple[object, ...], Citation]]:
    """The citations of one block: (offset, group key, citation), fields first among equals.

    ``numbered``: the essay's reference list is numbered, so "(3)" is entry 3, not a page.
    """
    events: list[tuple[int, tuple[object, ...], Citation]] = []
    spans = field_spans(block.text, fields)
    for number, (start, end, field) in enumerate(spans):
        for c in field_citations(field, block=block.index, note=None, span=(start, end)):
            events.append((start, ("field", block.index, number), c))
    if block.section in CITING_SECTIONS and block.kind in CITING_KINDS:
        skip = tuple((s, e) for s, e, _ in spans if e > s)
        for c in text_citations(block.text, block=block.index, skip=skip, numbered=numbered):
            events.append((c.start or 0, ("text", block.index, c.group), c))
        taken = skip + tuple(c.uncounted or (0, 0) for _, _, c in events if c.start is not None)
        for c in numeric_citations(
            block.text, superscripts=block.superscripts, block=block.index, skip=taken, numbered=numbered
        ):
            events.append((c.start or 0, ("numeric", block.index, c.group), c))
    return events


def note_events(note: Note, fields: list[FieldCitation], *, numbered: bool = False) -> list[Citation]:
    """The citations of one note, in the order they stand in it."""
    block = _note_block(note)
    spans = field_spans(note.text, fields)
    skip = tuple((s, e) for s, e, _ in spans if e > s)
    events = [(s, c) for s, e, f in spans for c in field_citations(f, block=block, note=note, span=(s, e))]
    events.extend((c.start or 0, c) for c in note_citations(note, block=block, skip=skip, numbered=numbered))
    taken = skip + tuple(c.uncounted or (0, 0) for _, c in events if c.start is not None)
    events.extend(
        (c.start or 0, c)
        for c in numeric_citations(
            note.text,
            superscripts=note.superscripts,
            block=block,
            note_label=note.label,
            note_id=note.id,
            skip=taken,
            numbered=numbered,
        )
    )
    events.sort(key=lambda e: e[0])
    return [c for _, c in events]


def citations(document: Document, *, numbered: bool = False) -> tuple[Citation, ...]:
    """Every citation in the essay, in reading order (see the module docstring).

    ``numbered``: the bibliography is a numbered list (IEEE, Vancouver), so numbers in
    parentheses are entry numbers, not pages.
    """
    notes = {note.id: note for note in document.notes}
    body_fields: dict[int, list[FieldCitation]] = {}
    note_fields: dict[str, list[FieldCitation]] = {}
    for field in document.field_citations:
        if field.note_id is not None:
            note_fields.setdefault(field.note_id, []).append(field)
        elif field.block is not None:
            body_fields.setdefault(field.block, []).append(field)
    ordered: list[tuple[tuple[object, ...], Citation]] = []
    emitted: set[str] = set()

    def read_note(note: Note) -> None:
        emitted.add(note.id)
        ordered.extend(
            (("note", note.id), c) for c in note_events(note, note_fields.get(note.id, []), numbered=numbered)
        )

    for block in document.blocks:
        events: list[tuple[int, int, tuple[object, ...], Citation | Note]] = [
            (offset, 1, key, c)
            for offset, key, c in block_citations(block, body_fields.get(block.index, []), numbered=numbered)
        ]
        for ref in block.note_refs:
            note = notes.get(ref.note_id)
            if note is not None:
                events.append((ref.offset, 0, ("note", note.id), note))
        events.sort(key=lambda e: (e[0], e[1]))
        for _, _, key, event in events:
            if isinstance(event, Note):
                if event.id not in emitted:
                    read_note(event)
            else:
                ordered.append((key, event))
    for note in document.notes:
        if note.id not in emitted:
            read_note(note)
    groups: dict[tuple[object, ...], int] = {}
    return tuple(replace(c, group=groups.setdefault(key, len(groups) + 1)) for key, c in ordered)
