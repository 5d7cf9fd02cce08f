"""LEN003's kind: when explanatory notes are counted, does the title page say the count includes them?"""

from __future__ import annotations

import pytest

from eecheck.kinds import explanatory_notes
from eecheck.kinds.base import CheckContext
from eecheck.readers.markdown import read_markdown_text

EXPLANATORY = "The figure usually given is 1,390 specialists, although Chinese sources give a higher number."
REFERENCE = "Lüthi, *The Sino-Soviet Split*, 174."


def _essay(
    title_lines: list[str], *, note: str = EXPLANATORY, referenced: bool = True, title: str = "The Recall"
) -> str:
    mark = "[^1]" if referenced else ""
    return (
        f"# {title}\n\nResearch question: Why were the Soviet specialists recalled in 1960?\n\n"
        + "".join(f"{line}\n\n" for line in title_lines)
        + "\\newpage\n\n# Introduction\n\n"
        + f"The specialists left China within a month of the recall.{mark}\n\n"
        + f"[^1]: {note}\n"
    )


def _hits(source: str):
    document = read_markdown_text(source, path="essay.md")
    context = CheckContext.of(document)
    return list(explanatory_notes.check(context, {}))


@pytest.mark.parametrize(
    "lines",
    [
        ["Word count: 31 (including explanatory footnotes)"],
        ["Word count: 31 (incl. footnotes)"],
        ["Word count: 31, endnotes included"],
        ["Word count: 31 (including explanatory notes, excluding reference notes)"],
        ["Word count: 31 (excluding reference footnotes but including explanatory notes)"],
        ["Word count (including notes): 31"],
        ["Word count: 31", "(including explanatory footnotes)"],
        ["Word count: 31", "The count includes explanatory notes."],
        ["Subject: History", "Words: 31 with foot-notes"],
    ],
)
def test_a_declaration_that_notes_are_included_passes(lines):
    assert _hits(_essay(lines)) == []


@pytest.mark.parametrize(
    ("lines", "case", "excerpt"),
    [
        (["Word count: 31"], "missing", "31"),
        (["Word count: 31", "Note: the bibliography is not counted"], "missing", "31"),
        ([], "missing", None),
        (["Word count: 17 (excluding footnotes)"], "excluded", "17 (excluding footnotes)"),
        (["Word count: 17 (not including notes)"], "excluded", "17 (not including notes)"),
        (
            ["Word count: 17", "Footnotes are excluded from the word count"],
            "excluded",
            "Footnotes are excluded from the word count",
        ),
        (["Word count: 17 (footnotes not counted)"], "excluded", "17 (footnotes not counted)"),
    ],
)
def test_no_declaration_fires(lines, case, excerpt):
    (hit,) = _hits(_essay(lines))
    assert hit.case == case
    assert hit.location.excerpt == excerpt
    assert hit.fields["notes"] == "note 1"
    assert hit.fields["note_words"] == 14


def test_title_and_research_question_do_not_declare():
    source = _essay(["Word count: 31"], title="Notes from Underground and the Word Count of Exile")
    (hit,) = _hits(source)
    assert hit.case == "missing"


def test_reference_notes_and_unreferenced_notes_need_no_declaration():
    assert _hits(_essay(["Word count: 17"], note=REFERENCE)) == []
    assert _hits(_essay(["Word count: 17"], referenced=False)) == []


def test_points_at_the_word_count_line_not_a_year_holding_its_digits():
    source = _essay(["Subject: History", "Word count: 96"], title="The Recall of 1960")
    document = read_markdown_text(source, path="essay.md")
    (hit,) = _hits(source)
    assert hit.location.block is not None
    assert document.blocks[hit.location.block].text == "Word count: 96"


def test_notes_phrase():
    phrase = explanatory_notes._notes_phrase
    assert phrase(["5"]) == "note 5"
    assert phrase(["5", "7"]) == "notes 5 and 7"
    assert phrase(["1", "2", "3"]) == "notes 1, 2 and 3"
    assert phrase([str(n) for n in range(1, 9)]) == "notes 1, 2, 3, 4, 5 and 3 more"
