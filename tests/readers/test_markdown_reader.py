"""The Markdown reader: front matter, title page, footnotes, lines, page breaks, encodings."""

from __future__ import annotations

import pytest

from eecheck.errors import InputError
from eecheck.model import BlockKind, Section
from eecheck.readers import read_document
from eecheck.readers.markdown import read_markdown_text

ESSAY = """\
---
title: Monsoon variability and rice yields in the Mekong Delta
research_question: To what extent does monsoon variability explain rice yields in An Giang, 2000–2020?
subject: Geography
word_count: "3,874"
---

\\newpage

# Contents

- Introduction 3
- Conclusion 9

\\newpage

# Introduction

Rice farmers in An Giang plant three crops a year.[^1] The monsoon decides
how much of the third crop survives.[^dry]

## Rainfall records

The provincial records begin in 2000.[^1]

# Conclusion

Rainfall explains most of the variation.[^missing]

# Bibliography

Nguyen, Van. *Delta Farming*. Hanoi: Agricultural Press, 2015.

[^1]: Nguyen, *Delta Farming*, 45.
[^dry]: The dry season crop is irrigated and depends less on rain.
[^unused]: This note is never referenced.
"""


@pytest.fixture(scope="module")
def doc():
    return read_markdown_text(ESSAY, path="essay.md")


def test_front_matter_is_the_title_page(doc):
    tp = doc.title_page
    assert tp.title == "Monsoon variability and rice yields in the Mekong Delta"
    assert tp.research_question == "To what extent does monsoon variability explain rice yields in An Giang, 2000–2020?"
    assert tp.subject == "Geography"
    assert tp.declared_word_count == 3874
    assert tp.declared_word_count_text == "3,874"
    assert tp.source == "front-matter"


def test_blocks_sections_and_lines(doc):
    got = [(b.kind.value, b.section.value, b.text, b.location.line) for b in doc.blocks]
    assert got == [
        ("page-break", "body", "", 8),
        ("heading", "contents", "Contents", 10),
        ("contents-entry", "contents", "Introduction 3", 12),
        ("contents-entry", "contents", "Conclusion 9", 13),
        ("page-break", "contents", "", 15),
        ("heading", "introduction", "Introduction", 17),
        (
            "paragraph",
            "introduction",
            "Rice farmers in An Giang plant three crops a year. The monsoon decides\n"
            "how much of the third crop survives.",
            19,
        ),
        ("heading", "introduction", "Rainfall records", 22),
        ("paragraph", "introduction", "The provincial records begin in 2000.", 24),
        ("heading", "conclusion", "Conclusion", 26),
        ("paragraph", "conclusion", "Rainfall explains most of the variation.", 28),
        ("heading", "bibliography", "Bibliography", 30),
        ("paragraph", "bibliography", "Nguyen, Van. Delta Farming. Hanoi: Agricultural Press, 2015.", 32),
    ]
    assert [b.level for b in doc.blocks if b.kind is BlockKind.HEADING] == [1, 1, 2, 1, 1]


def test_footnotes_references_definitions_dangling_and_unused(doc):
    notes = {n.label: n for n in doc.notes}
    assert set(notes) == {"1", "dry", "unused"}
    assert notes["1"].text == "Nguyen, Delta Farming, 45."
    assert notes["1"].referenced_from == (6, 8)
    assert notes["1"].location.line == 34
    assert notes["dry"].text == "The dry season crop is irrigated and depends less on rain."
    assert notes["unused"].referenced_from == ()
    assert [(d.label, d.block, d.location.line) for d in doc.dangling_note_refs] == [("missing", 10, 28)]
    # The literal "[^missing]" is not body text.
    assert "[^" not in doc.blocks[10].text
    intro = doc.blocks[6]
    assert [(r.offset, intro.text[r.offset - 1]) for r in intro.note_refs] == [(50, "."), (107, ".")]


def test_bibliography_entries(doc):
    assert [e.text for e in doc.bibliography] == ["Nguyen, Van. Delta Farming. Hanoi: Agricultural Press, 2015."]


def test_title_page_without_front_matter_is_the_lines_before_the_first_heading():
    doc = read_markdown_text(
        "Monsoon variability and rice yields\n\n"
        "Research question: How far does rainfall explain rice yields?\n\n"
        "Subject: Geography\n\nWord count: 3 874\n\n# Introduction\n\nText of the essay.\n"
    )
    tp = doc.title_page
    assert (tp.title, tp.research_question, tp.subject, tp.declared_word_count) == (
        "Monsoon variability and rice yields",
        "How far does rainfall explain rice yields?",
        "Geography",
        3874,
    )
    assert tp.source == "before-heading"
    assert [b.section for b in doc.blocks[:4]] == [Section.TITLE_PAGE] * 4


def test_raw_html_page_break_and_pagebreak_command():
    doc = read_markdown_text(
        'Title line\n\n<div style="page-break-after: always"></div>\n\n'
        "# Introduction\n\nText.\n\n\\pagebreak\n\nMore.\n"
    )
    assert [b.kind.value for b in doc.blocks] == [
        "paragraph",
        "page-break",
        "heading",
        "paragraph",
        "page-break",
        "paragraph",
    ]
    assert doc.title_page.title == "Title line"


def test_bold_line_and_single_numbered_item_are_headings():
    doc = read_markdown_text(
        "# Introduction\n\nText.\n\n**The treaty of 1950**\n\nMore text.\n\n2. Method\n\nEven more.\n\n"
        "**This bold sentence is emphasis, not a heading.**\n"
    )
    kinds = [(b.kind.value, b.text, b.heading_source and b.heading_source.value) for b in doc.blocks]
    assert kinds == [
        ("heading", "Introduction", "style"),
        ("paragraph", "Text.", None),
        ("heading", "The treaty of 1950", "bold-line"),
        ("paragraph", "More text.", None),
        ("heading", "2. Method", "numbered"),
        ("paragraph", "Even more.", None),
        ("paragraph", "This bold sentence is emphasis, not a heading.", None),
    ]


def test_sup_typed_notes_with_a_notes_list():
    doc = read_markdown_text(
        "# Introduction\n\nMao went to Moscow in 1949.<sup>1</sup> He stayed for two months.<sup>2</sup>\n\n"
        "# Notes\n\n1. Chen, *Mao's China*, 45.\n2. Ibid., 47.\n"
    )
    para = doc.blocks[1]
    assert para.text == "Mao went to Moscow in 1949. He stayed for two months."
    assert [(n.kind.value, n.label, n.text, n.referenced_from) for n in doc.notes] == [
        ("typed", "1", "Chen, Mao's China, 45.", (1,)),
        ("typed", "2", "Ibid., 47.", (1,)),
    ]


def test_superscripts_without_a_notes_list_stay_text():
    doc = read_markdown_text("# Introduction\n\nThe delta covers 40,000 km<sup>2</sup> of farmland.\n")
    assert doc.blocks[1].text == "The delta covers 40,000 km2 of farmland."
    assert doc.notes == ()


def test_gfm_table_is_one_block():
    doc = read_markdown_text("# Introduction\n\n| Year | Yield |\n|---|---|\n| 2000 | 5.1 |\n| 2001 | 5.4 |\n")
    table = doc.blocks[1]
    assert table.kind is BlockKind.TABLE
    assert table.text == "Year\tYield\n2000\t5.1\n2001\t5.4"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        ("# Intro\n\nCaf\xe9 society.\n".encode("cp1252"), "undecodable"),
        (b"# Intro\x00\x01\x02 binary", "binary"),
        (b"", "empty"),
    ],
)
def test_bad_bytes_are_input_errors(tmp_path, data, kind):
    path = tmp_path / "essay.md"
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert caught.value.kind == kind


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_boms_are_read(tmp_path, encoding):
    path = tmp_path / "essay.md"
    path.write_bytes("# Introduction\n\nCafé society.\n".encode(encoding))
    doc = read_document(path)
    assert [b.text for b in doc.blocks] == ["Introduction", "Café society."]


def test_inline_note_is_a_note_at_its_reference():
    doc = read_markdown_text(
        "# Introduction\n\nThe treaty was signed in 1950.^[Its secret protocol stayed hidden until 1991.]\n"
    )
    [note] = doc.notes
    assert note.text == "Its secret protocol stayed hidden until 1991."
    assert note.referenced_from == (1,)
    assert note.location.line == 3
    assert doc.blocks[1].text == "The treaty was signed in 1950."


def test_inline_note_keeps_its_line_breaks_and_escapes():
    # An inline note is read like any other text: a line break inside it separates words,
    # and an escaped character is kept.
    doc = read_markdown_text("# Introduction\n\nText.^[Its secret\nprotocol cost \\$5 *then*.]\n")
    [note] = doc.notes
    assert note.text == "Its secret\nprotocol cost $5 then."
