"""Note references in reading order, and the numbering they follow (REF001, REF002).

Readers give every block its note references (:class:`eecheck.model.NoteRef`,
including references to notes that do not exist) and the document its notes.
This module puts the references in the order an examiner reads them and
checks a run of note numbers the way a reader of the printed essay would:
numbers start at 1 and go up by one, each used once.

Only numbers the author wrote are checked: typed superscript marks (and the
numbers of a typed Notes list), and Markdown ``[^3]`` labels when all the
essay's Markdown labels are numbers. Word numbers its own notes, and pandoc
renumbers named labels (``[^dry]``), so neither can be out of sequence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from eecheck.model import Block, Document, Note, NoteKind

_EXCERPT_WORDS = 8


@dataclass(frozen=True, slots=True)
class Mark:
    """One note reference, where it stands in the text."""

    label: str
    """The typed mark, the Markdown label, or the note's label for other notes."""
    kind: NoteKind | None
    block: int
    offset: int
    note: Note | None
    """The note it leads to; None when there is none (a dangling reference)."""
    written: bool
    """The author wrote this label (a typed mark or a Markdown ``[^label]``)."""


def marks_in_reading_order(document: Document) -> list[Mark]:
    """Every note reference of the document, block by block, left to right."""
    notes = {note.id: note for note in document.notes}
    dangling = {(d.block, d.offset): d for d in document.dangling_note_refs}
    marks: list[Mark] = []
    for block in document.blocks:
        for ref in sorted(block.note_refs, key=lambda r: r.offset):
            note = notes.get(ref.note_id)
            if note is not None:
                typed = note.kind is NoteKind.TYPED
                label = ref.mark if typed and ref.mark is not None else note.label
                marks.append(
                    Mark(label, note.kind, block.index, ref.offset, note, typed or note.label_source == "written")
                )
                continue
            lost = dangling.get((block.index, ref.offset))
            kind = lost.kind if lost is not None else None
            label = lost.label if lost is not None else ref.mark or ref.note_id
            written = kind in (NoteKind.TYPED, NoteKind.MARKDOWN)
            marks.append(Mark(label, kind, block.index, ref.offset, None, written))
    return marks


def markdown_labels_are_numbers(document: Document) -> bool:
    """All the Markdown labels the author wrote, references and definitions, are numbers."""
    labels = [n.label for n in document.notes if n.kind is NoteKind.MARKDOWN and n.label_source == "written"]
    labels += [d.label for d in document.dangling_note_refs if d.kind is NoteKind.MARKDOWN]
    return bool(labels) and all(label.isdigit() for label in labels)


@dataclass(frozen=True, slots=True)
class NumberingFault:
    """Where a run of note numbers breaks: at ``position`` in the run."""

    case: str
    """``first`` (does not start at 1), ``skip``, ``repeat``, ``backwards`` or ``restart``."""
    position: int
    number: int
    previous: int | None
    missing: tuple[int, ...] = ()
    """The numbers that never appear at all (``first`` and ``skip``)."""


def numbering_faults(numbers: Sequence[int]) -> list[NumberingFault]:
    """The breaks in a run of note numbers that should read 1, 2, 3, …

    A number that appears later is out of order, not skipped: 1, 2, 4, 3, 5
    is one fault (3 goes backwards), not two. Starting again at 1, followed
    by 2, is one ``restart``, not a repeat of every number after it.
    """
    present = set(numbers)
    faults: list[NumberingFault] = []
    seen: set[int] = set()
    highest = 0
    previous: int | None = None
    for position, number in enumerate(numbers):
        following = numbers[position + 1] if position + 1 < len(numbers) else None
        if number == 1 and seen and following == 2:
            faults.append(NumberingFault("restart", position, number, previous))
            seen, highest = set(), 0
        elif number in seen:
            faults.append(NumberingFault("repeat", position, number, previous))
        elif number < highest:
            faults.append(NumberingFault("backwards", position, number, previous))
        elif number > highest + 1:
            missing = tuple(n for n in range(highest + 1, number) if n not in present)
            if missing:
                case = "first" if previous is None else "skip"
                faults.append(NumberingFault(case, position, number, previous, missing))
        seen.add(number)
        highest = max(highest, number)
        previous = number
    return faults


def describe_numbers(numbers: Sequence[int]) -> str:
    """4 · 4 and 5 · 4–7 · 4–6 and 9: a list of numbers as a reader writes it."""
    runs: list[list[int]] = []
    for number in sorted(numbers):
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    parts = [str(run[0]) if len(run) == 1 else f"{run[0]}–{run[-1]}" for run in runs]
    if len(runs) == 1 and len(runs[0]) == 2:
        parts = [str(runs[0][0]), str(runs[0][1])]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def excerpt_before(block: Block, offset: int) -> str:
    """The last few words before a note mark, as the reader sees them."""
    words = block.text[:offset].split()
    tail = " ".join(words[-_EXCERPT_WORDS:])
    return ("…" if len(words) > _EXCERPT_WORDS else "") + tail


def note_excerpt(text: str) -> str:
    """The first few words of a note's text."""
    words = text.split()
    return " ".join(words[:_EXCERPT_WORDS]) + ("…" if len(words) > _EXCERPT_WORDS else "")


def block_of(document: Document, note: Note) -> int | None:
    """The block a typed note's list entry was read from."""
    for block in document.blocks:
        if block.location == note.location:
            return block.index
    return None
