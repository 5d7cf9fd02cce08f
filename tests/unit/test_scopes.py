"""The text units of each scope: what they hold, and where each one points."""

from __future__ import annotations

import json
import textwrap
from importlib import resources

import pytest

from eecheck.model import (
    Block,
    BlockKind,
    Document,
    HeaderFooter,
    Location,
    Metadata,
    Note,
    NoteKind,
    Section,
    TitlePage,
)
from eecheck.readers import read_document
from eecheck.text.scopes import SCOPES, TextUnit, units
from tests.conftest import REPO

ESSAY = textwrap.dedent(
    """\
    ---
    title: "Rice and Rain in An Giang"
    research_question: "To what extent did the 2016 drought reduce rice yields in An Giang?"
    subject: Geography
    word_count: "60"
    ---

    # Abstract

    A short summary.

    # Introduction

    Rice farmers plant three crops a year.[^1]

    # Rainfall

    - Rain fell late.

    Table 1: Rainfall by month.

    | Month | mm |
    | ----- | -- |
    | March | 12 |

    # Conclusion

    The drought cut yields.

    # Bibliography

    ## Primary sources

    Nguyen, V. (2018). *Water and Rice*. Can Tho: Can Tho University Press.

    [^1]: Nguyen, 2018, p. 4.
    """
)


@pytest.fixture
def essay(tmp_path) -> Document:
    path = tmp_path / "essay.md"
    path.write_text(ESSAY, "utf-8")
    return read_document(path)


def _texts(document: Document, scope: str) -> list[tuple[str, str]]:
    return [(u.where, u.text) for u in units(document, scope)]


def test_scopes_are_the_rule_schemas_enum():
    schema = json.loads((resources.files("eecheck") / "schemas" / "rule.schema.json").read_text("utf-8"))
    assert list(SCOPES) == schema["properties"]["scope"]["enum"]


def test_unknown_scope_is_an_error(essay):
    with pytest.raises(ValueError, match="unknown scope 'appendix'"):
        units(essay, "appendix")


def test_essay_is_the_prose_of_introduction_body_and_conclusion(essay):
    assert _texts(essay, "essay") == [
        ("introduction", "Introduction"),
        ("introduction", "Rice farmers plant three crops a year."),
        ("body", "Rainfall"),
        ("body", "Rain fell late."),
        ("conclusion", "Conclusion"),
        ("conclusion", "The drought cut yields."),
    ]
    assert _texts(essay, "body") == [("body", "Rainfall"), ("body", "Rain fell late.")]
    assert _texts(essay, "abstract") == [("abstract", "Abstract"), ("abstract", "A short summary.")]


def test_bibliography_entries_without_headings(essay):
    [entry] = units(essay, "bibliography")
    assert entry.text.startswith("Nguyen, V. (2018). Water and Rice.")
    assert entry.where == "bibliography"
    assert essay.blocks[entry.block].location.line == 34


def test_front_matter_fields_point_at_line_1(essay):
    assert units(essay, "title") == (
        TextUnit(text="Rice and Rain in An Giang", where="title", line=1, part="markdown"),
    )
    assert [u.text for u in units(essay, "research-question")] == [
        "To what extent did the 2016 drought reduce rice yields in An Giang?"
    ]
    assert [u.text for u in units(essay, "title-page")] == [
        "Rice and Rain in An Giang",
        "To what extent did the 2016 drought reduce rice yields in An Giang?",
        "Geography",
        "60",
    ]


def test_markdown_notes_point_at_their_definition(essay):
    assert units(essay, "notes") == (
        TextUnit(text="Nguyen, 2018, p. 4.", where="note 1", line=36, part="markdown", note="1"),
    )


def test_all_text_has_every_block_and_note_and_document_adds_metadata(essay):
    texts = [u.text for u in units(essay, "all-text")]
    # Front matter, then every block with text (tables and captions included), then notes.
    assert texts[:4] == ["Rice and Rain in An Giang", texts[1], "Geography", "60"]
    assert "Table 1: Rainfall by month." in texts and "Month\tmm\nMarch\t12" in texts
    assert "Primary sources" in texts
    assert texts[-1] == "Nguyen, 2018, p. 4."
    assert units(essay, "document") == units(essay, "all-text")  # Markdown has no metadata


def test_word_footnotes_point_at_the_paragraph_with_their_mark():
    document = read_document(REPO / "tests" / "rules" / "INT003" / "fail.docx")
    [note] = units(document, "notes")
    assert note.where == "note 1" and note.block == 7
    assert document.blocks[7].location.index == 7
    assert note.text.startswith("ChatGPT, response to “Why did Khrushchev")


def test_typed_notes_are_their_lines_of_the_notes_list():
    document = read_document(REPO / "tests" / "wordcount" / "essays" / "typed_notes.docx")
    notes = units(document, "notes")
    assert [(u.where, u.block) for u in notes[:2]] == [("note 1", 29), ("note 2", 30)]
    # The note's own text, without the typed number the block carries.
    assert notes[0].text == "Chen, Mao’s China, 45." and document.blocks[29].text.startswith("1. ")
    all_text = units(document, "all-text")
    # In all-text a typed note is its block, once, with the number it shows.
    assert [(u.where, u.note, u.text) for u in all_text if u.block == 29] == [
        ("note 1", "1", "1. Chen, Mao’s China, 45.")
    ]
    assert len([u for u in all_text if u.note is not None]) == 9


def _document(**changes) -> Document:
    blocks = (
        Block(0, BlockKind.HEADING, "Title", Section.TITLE_PAGE, Location("word/document.xml", 0), level=0),
        Block(1, BlockKind.PARAGRAPH, "Subject: History", Section.TITLE_PAGE, Location("word/document.xml", 1)),
        Block(2, BlockKind.PAGE_BREAK, "", Section.TITLE_PAGE, Location("word/document.xml", 2)),
        Block(3, BlockKind.HEADING, "Contents", Section.CONTENTS, Location("word/document.xml", 3), level=1),
        Block(4, BlockKind.CONTENTS_ENTRY, "Introduction 3", Section.CONTENTS, Location("word/document.xml", 4)),
        Block(5, BlockKind.HEADING, "Notes", Section.NOTES, Location("word/document.xml", 5), level=1),
        Block(
            6, BlockKind.PARAGRAPH, "A note line no mark refers to.", Section.NOTES, Location("word/document.xml", 6)
        ),
    )
    values = {
        "path": "x.docx",
        "format": "docx",
        "title_page": TitlePage(title="Title", subject="History", blocks=(0, 1, 2), source="page-break"),
        "blocks": blocks,
        **changes,
    }
    return Document(**values)


def test_headers_footers_and_metadata():
    document = _document(
        headers_footers=(
            HeaderFooter("header", "word/header1.xml", "Candidate 001234"),
            HeaderFooter("footer", "word/footer1.xml", "   "),
        ),
        metadata=Metadata(
            author="Jane Doe", last_modified_by="J. Doe", comment_authors=("Ms Harper",), revision_authors=("JD",)
        ),
    )
    assert units(document, "headers-footers") == (
        TextUnit(text="Candidate 001234", where="header", part="word/header1.xml"),
    )
    assert [(u.where, u.text, u.part) for u in units(document, "metadata")] == [
        ("document author", "Jane Doe", "docProps/core.xml"),
        ("last modified by", "J. Doe", "docProps/core.xml"),
        ("comment author", "Ms Harper", "word/comments.xml"),
        ("tracked-change author", "JD", "word/document.xml"),
    ]
    assert units(document, "document")[-4:] == units(document, "metadata")
    assert [u.text for u in units(document, "all-text")] == [
        "Title",
        "Subject: History",
        "Contents",
        "Introduction 3",
        "Notes",
        "A note line no mark refers to.",
        "Candidate 001234",
    ]


def test_title_page_blocks_and_fields_located_in_blocks():
    document = _document()
    assert [(u.where, u.text, u.block) for u in units(document, "title-page")] == [
        ("title page", "Title", 0),
        ("title page", "Subject: History", 1),
    ]
    assert units(document, "title") == (TextUnit(text="Title", where="title", block=0),)
    assert units(document, "research-question") == ()


def test_notes_scope_keeps_notes_list_lines_no_note_was_read_from():
    document = _document(
        notes=(Note("footnote-2", NoteKind.FOOTNOTE, "1", "Chen, 2001, 45.", Location("word/footnotes.xml", 2)),)
    )
    assert [(u.where, u.text, u.block, u.part) for u in units(document, "notes")] == [
        ("note 1", "Chen, 2001, 45.", None, "word/footnotes.xml"),
        ("notes", "A note line no mark refers to.", 6, None),
    ]
