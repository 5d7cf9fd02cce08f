"""Citations whose source is known exactly: reference-manager fields and pandoc keys.

The readers record them as :class:`eecheck.model.FieldCitation` (Zotero,
Mendeley, EndNote and Word fields in a Word file; pandoc ``[@key]`` citations
in Markdown). Each cited item becomes a :class:`Citation` that carries its
source record, at the place where the field's displayed text stands.
"""

from __future__ import annotations

import re

from eecheck.analysis.citations.model import Citation, CitationKind
from eecheck.model import FieldCitation, Note

_NARRATIVE_LOCATOR = re.compile(r"\[[^\[\]@]*\]\s*$")


def field_spans(text: str, fields: list[FieldCitation]) -> list[tuple[int, int, FieldCitation]]:
    """Where each field's displayed text stands in ``text``, in order; a field not found stands at the end."""
    spans: list[tuple[int, int, FieldCitation]] = []
    cursor = 0
    for field in fields:
        shown = field.text.strip()
        if field.offset is not None and text.startswith(shown, field.offset):
            at = field.offset
        else:
            at = text.find(shown, cursor) if shown else -1
        if at < 0:
            spans.append((len(text), len(text), field))
        else:
            spans.append((at, at + len(shown), field))
            cursor = at + len(shown)
    return spans


def _count_span(field: FieldCitation, start: int, end: int) -> tuple[int, int] | None:
    """A narrative pandoc citation ``@key [p. 33]`` stands for the author's name, which the rendered
    essay prints and the count reads: only its locator is left out. Every other field is citation
    through and through."""
    shown = field.text.strip()
    if field.source != "pandoc" or shown.startswith("["):
        return None
    locator = _NARRATIVE_LOCATOR.search(shown)
    if locator is None:
        return (end, end)
    return (start + locator.start(), end)


def field_citations(
    field: FieldCitation, *, block: int | None, note: Note | None, span: tuple[int, int] | None = None
) -> list[Citation]:
    """The citations of one field, one per cited item, at ``span`` of the text that holds the field."""
    kind = CitationKind.PANDOC_KEY if field.source == "pandoc" else CitationKind.FIELD
    start, end = span if span is not None and span[1] > span[0] else (None, None)
    count_span = _count_span(field, start, end) if start is not None and end is not None else None
    return [
        Citation(
            kind=kind,
            authors=item.record.authors if item.record else (),
            year=item.record.year if item.record else None,
            title=item.record.title if item.record else None,
            locator=item.locator,
            text=field.text,
            block=block,
            note_label=note.label if note else None,
            record=item.record,
            key=item.key,
            note_id=note.id if note else None,
            source_text=field.text,
            start=start,
            end=end,
            count_span=count_span,
        )
        for item in field.items
    ]
