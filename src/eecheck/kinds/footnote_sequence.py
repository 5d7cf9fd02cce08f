"""Kind ``footnote_sequence``: note numbers that skip, repeat or go backwards (REF001).

Two runs of numbers are read (:mod:`eecheck.analysis.note_marks`):

* the note marks in the text, in reading order: typed superscript numbers, and
  Markdown ``[^3]`` labels when every Markdown label is a number (dangling
  marks included: they still take a number);
* the entries of a typed Notes list, in list order: the list must be numbered
  the way the marks are, 1, 2, 3, …

Word's own footnotes and endnotes are numbered by Word and are not checked.
A number that appears later is out of order, not missing (1, 2, 4, 3, 5 is one
finding); starting again at 1 is one ``restart`` finding, not one per note.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from eecheck.analysis.note_marks import (
    Mark,
    block_of,
    describe_numbers,
    excerpt_before,
    markdown_labels_are_numbers,
    marks_in_reading_order,
    note_excerpt,
    numbering_faults,
)
from eecheck.kinds.base import CheckContext, Hit, HitLocation, Kind
from eecheck.model import Document, NoteKind

_MARK_CASES = ("first", "skip", "repeat", "backwards", "restart")


def _display(mark: Mark) -> str:
    return f"[^{mark.label}]" if mark.kind is NoteKind.MARKDOWN else mark.label


def _mark_hits(document: Document) -> Iterator[Hit]:
    marks = marks_in_reading_order(document)
    runs: list[list[Mark]] = [[m for m in marks if m.kind is NoteKind.TYPED and m.label.isdigit()]]
    if markdown_labels_are_numbers(document):
        runs.append([m for m in marks if m.kind is NoteKind.MARKDOWN and m.written])
    for run in runs:
        for fault in numbering_faults([int(m.label) for m in run]):
            mark = run[fault.position]
            previous = run[fault.position - 1] if fault.position else None
            yield Hit(
                fields={
                    "mark": _display(mark),
                    "previous": _display(previous) if previous else "",
                    "missing": describe_numbers(fault.missing) if fault.missing else "",
                },
                location=HitLocation(
                    block=mark.block, excerpt=excerpt_before(document.blocks[mark.block], mark.offset)
                ),
                case=fault.case,
            )


def _list_hits(document: Document) -> Iterator[Hit]:
    entries = sorted(
        (n for n in document.notes if n.kind is NoteKind.TYPED and n.list_position is not None),
        key=lambda n: n.list_position or 0,
    )
    if not entries or not all(n.label.isdigit() for n in entries):
        return
    for fault in numbering_faults([int(n.label) for n in entries]):
        note = entries[fault.position]
        yield Hit(
            fields={
                "mark": note.label,
                "previous": entries[fault.position - 1].label if fault.position else "",
                "missing": describe_numbers(fault.missing) if fault.missing else "",
            },
            location=HitLocation(block=block_of(document, note), excerpt=note_excerpt(note.text)),
            case=f"list-{fault.case}",
        )


def check(context: CheckContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    yield from _mark_hits(context.document)
    yield from _list_hits(context.document)


KIND = Kind(
    name="footnote_sequence",
    fields=frozenset({"mark", "previous", "missing"}),
    cases=frozenset({*_MARK_CASES, *(f"list-{case}" for case in _MARK_CASES)}),
    params={},
    scopes=frozenset({"document"}),
    check=check,
)
