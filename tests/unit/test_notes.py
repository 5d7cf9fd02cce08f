"""Notes and their numbering (text/notes.py) and what the readers give REF001 and REF002 to read."""

from __future__ import annotations

import pytest

from eecheck.analysis.note_marks import describe_numbers, marks_in_reading_order, numbering_faults
from eecheck.model import NoteKind
from eecheck.readers.markdown import read_markdown_text


def faults(numbers: list[int]) -> list[tuple[str, int, int | None, tuple[int, ...]]]:
    return [(f.case, f.number, f.previous, f.missing) for f in numbering_faults(numbers)]


@pytest.mark.parametrize(
    ("numbers", "expected"),
    [
        ([1, 2, 3, 4], []),
        ([], []),
        ([1, 2, 4], [("skip", 4, 2, (3,))]),
        ([1, 2, 5, 6], [("skip", 5, 2, (3, 4))]),
        ([2, 3, 4], [("first", 2, None, (1,))]),
        # Out of order is one fault, at the number that comes back: 3 is not "skipped".
        ([1, 2, 4, 3, 5], [("backwards", 3, 4, ())]),
        ([1, 2, 4, 3, 6], [("backwards", 3, 4, ()), ("skip", 6, 3, (5,))]),
        ([1, 2, 2, 3], [("repeat", 2, 2, ())]),
        ([1, 2, 3, 2], [("repeat", 2, 3, ())]),
        # Starting again at 1 (followed by 2) is one restart, not a repeat of every number after it.
        ([1, 2, 3, 1, 2, 3], [("restart", 1, 3, ())]),
        ([1, 2, 3, 1, 4], [("repeat", 1, 3, ())]),
    ],
)
def test_numbering_faults(numbers: list[int], expected: list[tuple]) -> None:
    assert faults(numbers) == expected


@pytest.mark.parametrize(
    ("numbers", "text"),
    [([4], "4"), ([4, 5], "4 and 5"), ([4, 5, 6], "4–6"), ([4, 5, 6, 9], "4–6 and 9"), ([2, 4, 6], "2, 4 and 6")],
)
def test_describe_numbers(numbers: list[int], text: str) -> None:
    assert describe_numbers(numbers) == text


# --- what the Markdown reader gives -------------------------------------------------------

MARKDOWN = """\
# Introduction

Text one.[^1] Text two.[^9] Text three.[^2] Inline.^[An inline note.]

Empty.[^3]

[^1]: Note one.
[^2]: Note two.
[^3]:
[^4]: Never referenced.
"""


def test_a_dangling_markdown_reference_keeps_its_place() -> None:
    doc = read_markdown_text(MARKDOWN)
    [lost] = doc.dangling_note_refs
    assert (lost.label, lost.kind, lost.block) == ("9", NoteKind.MARKDOWN, 1)
    block = doc.blocks[1]
    assert block.text[: lost.offset] == "Text one. Text two."
    marks = [(m.label, m.note is not None, m.written) for m in marks_in_reading_order(doc)]
    assert marks == [("1", True, True), ("9", False, True), ("2", True, True), ("1", True, False), ("3", True, True)]


def test_markdown_labels_and_inline_notes_say_where_their_label_comes_from() -> None:
    doc = read_markdown_text(MARKDOWN)
    by_text = {n.text: n for n in doc.notes}
    assert by_text["Note one."].label_source == "written"
    assert by_text["An inline note."].label_source == "order"
    assert by_text[""].label == "3" and by_text[""].referenced_from == (2,)
    assert by_text["Never referenced."].referenced_from == ()


# --- typed Notes lists ----------------------------------------------------------------------

TYPED = """\
# Introduction

First claim.<sup>1</sup> Second claim.<sup>2</sup> Third claim.<sup>3</sup>

# Notes

All translations are my own.

[1] Chen, *Mao’s China*, 45.

[2] Lüthi, *Sino-Soviet Split*, 92. The figure is disputed.

1960 was the year of the recall, and most figures come from Soviet records.

[2] Taubman, *Khrushchev*, 392.
"""


def test_typed_notes_list_keeps_every_entry_in_list_order() -> None:
    doc = read_markdown_text(TYPED)
    typed = sorted((n for n in doc.notes if n.kind is NoteKind.TYPED), key=lambda n: n.list_position or 0)
    assert [(n.id, n.label, n.list_position, bool(n.referenced_from)) for n in typed] == [
        ("typed-1", "1", 1, True),
        ("typed-2", "2", 2, True),
        ("typed-2@3", "2", 3, False),
    ]
    # An unnumbered paragraph continues the entry before it; "1960" is no label.
    assert typed[1].text.endswith(
        "The figure is disputed.\n1960 was the year of the recall, and most figures come from Soviet records."
    )
    # The line before the first entry introduces the list and is no note.
    assert not any("translations" in n.text for n in doc.notes)
    [lost] = doc.dangling_note_refs
    assert (lost.label, lost.kind) == ("3", NoteKind.TYPED)


def test_an_unnumbered_typed_list_numbers_its_entries_by_position() -> None:
    doc = read_markdown_text(
        "# Introduction\n\nClaim.<sup>1</sup> Claim.<sup>2</sup>\n\n# Notes\n\nChen, 45.\n\nLüthi, 92.\n"
    )
    assert [(n.label, n.text, n.list_position) for n in doc.notes] == [("1", "Chen, 45.", 1), ("2", "Lüthi, 92.", 2)]


def test_a_second_paragraph_of_a_numbered_list_item_continues_its_note() -> None:
    doc = read_markdown_text(
        "# Introduction\n\nClaim.<sup>1</sup> Claim.<sup>2</sup>\n\n# Notes\n\n1. Chen, 45.\n\n"
        "   The figure is disputed by later historians.\n2. Lüthi, 92.\n"
    )
    assert [(n.label, n.text, n.list_position) for n in doc.notes] == [
        ("1", "Chen, 45.\nThe figure is disputed by later historians.", 1),
        ("2", "Lüthi, 92.", 2),
    ]
