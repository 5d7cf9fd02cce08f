"""Kind ``footnote_orphan``: a note reference with no note text, or a note nothing references (REF002).

From the model's notes and dangling references:

* ``undefined``: a Markdown ``[^x]`` with no ``[^x]:`` definition;
* ``no-entry``: a typed note mark whose number the typed Notes list lacks;
* ``missing``: a Word note reference whose note is not in the file;
* ``empty``: a referenced note with no text (an emptied Word note, ``[^4]:``
  with nothing after it, a Notes list entry that is only its number);
* ``unreferenced``: a note nothing in the text points to (a Markdown
  definition, a Notes list entry whose number no mark uses, a Word note).

A second Notes list entry with a number the list already has is a numbering
fault (REF001), not a note without a mark, and is left to that rule. A Word
note whose mark is in tracked-deleted text is deleted with it (the reader
drops it).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from eecheck.analysis.note_marks import block_of, excerpt_before, note_excerpt
from eecheck.kinds.base import CheckContext, Hit, HitLocation, Kind
from eecheck.model import Document, Note, NoteKind

_KIND_NAMES = {NoteKind.FOOTNOTE: "footnote", NoteKind.ENDNOTE: "endnote"}


def _name(note: Note) -> str:
    """How the essay's reader identifies the note."""
    if note.kind is NoteKind.MARKDOWN:
        if note.label_source == "written":
            return f"footnote [^{note.label}]"
        return f"the inline footnote ^[{note_excerpt(note.text)}]"
    if note.kind is NoteKind.TYPED:
        return f"note {note.label} of the Notes list"
    noun = _KIND_NAMES.get(note.kind, "note")
    if note.label:
        return f"{noun} {note.label}"
    return f"the {noun} “{note_excerpt(note.text)}”"


def _dangling_hits(document: Document) -> Iterator[Hit]:
    for lost in document.dangling_note_refs:
        if lost.kind is NoteKind.MARKDOWN:
            case, mark = "undefined", f"[^{lost.label}]"
        elif lost.kind is NoteKind.TYPED:
            case, mark = "no-entry", lost.label
        else:
            case, mark = "missing", lost.label
        block = document.blocks[lost.block]
        yield Hit(
            fields={
                "mark": mark,
                "note": mark,
                "kind_name": _KIND_NAMES.get(lost.kind, "note") if lost.kind else "note",
            },
            location=HitLocation(
                block=lost.block, excerpt=excerpt_before(block, lost.offset if lost.offset is not None else 0)
            ),
            case=case,
        )


def _empty_hits(document: Document) -> Iterator[Hit]:
    for note in document.notes:
        if not note.referenced_from or note.text.strip():
            continue
        block = document.blocks[note.referenced_from[0]]
        offset = next((r.offset for r in block.note_refs if r.note_id == note.id), 0)
        yield Hit(
            fields={"mark": note.label, "note": _name(note), "kind_name": _KIND_NAMES.get(note.kind, "note")},
            location=HitLocation(block=block.index, excerpt=excerpt_before(block, offset)),
            case="empty",
        )


def _unreferenced_hits(document: Document) -> Iterator[Hit]:
    referenced_typed = {n.label for n in document.notes if n.kind is NoteKind.TYPED and n.referenced_from}
    for note in document.notes:
        if note.referenced_from:
            continue
        if note.kind is NoteKind.TYPED and note.label in referenced_typed:
            continue  # a repeated number in the list: REF001's list-repeat
        if note.kind is NoteKind.TYPED:
            location = HitLocation(block=block_of(document, note), excerpt=note_excerpt(note.text))
        else:
            location = HitLocation(line=note.location.line, part=note.location.part, excerpt=note_excerpt(note.text))
        yield Hit(
            fields={"mark": note.label, "note": _name(note), "kind_name": _KIND_NAMES.get(note.kind, "note")},
            location=location,
            case="unreferenced",
        )


def check(context: CheckContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    document = context.document
    yield from _dangling_hits(document)
    yield from _empty_hits(document)
    yield from _unreferenced_hits(document)


KIND = Kind(
    name="footnote_orphan",
    fields=frozenset({"mark", "note", "kind_name"}),
    cases=frozenset({"undefined", "no-entry", "missing", "empty", "unreferenced"}),
    params={},
    scopes=frozenset({"document"}),
    check=check,
)
