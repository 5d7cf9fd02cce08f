"""Realistic essays in each citation style: eecheck's count must equal the count known by construction.

The essays and ``essays/expected.json`` come from ``build_essays.py`` (run by
hand; needs pandoc). There, every counted piece of text is a separate string
and the expected numbers are summed with a rule of its own (tokens with a
letter or digit, split on en/em dashes), independent of eecheck's code.
Each essay exists as Markdown and as DOCX, and both must give the same
numbers.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from eecheck.analysis.wordcount import WordCount, count_document
from eecheck.model import BlockKind, Document, NoteKind, Section
from eecheck.readers import read_document

ESSAYS_DIR = Path(__file__).resolve().parent / "essays"
EXPECTED: dict[str, dict] = json.loads((ESSAYS_DIR / "expected.json").read_text(encoding="utf-8"))
SLUGS = sorted(EXPECTED)
FORMATS = ("md", "docx")
PARTS = ("abstract", "introduction", "body", "conclusion", "notes")

# What each essay holds that the IB does not count: it must be found and left out.
EXCLUDED_KINDS = {
    "chicago_notes": {"title-page", "contents", "bibliography", "reference-notes"},
    "mla": {"title-page", "contents", "bibliography", "citations"},
    "apa": {"title-page", "contents", "bibliography", "citations", "tables", "captions"},
    "harvard": {"title-page", "contents", "bibliography", "citations", "acknowledgements", "appendix"},
    "manual_headings": {"title-page", "contents", "bibliography", "citations", "tables", "captions"},
    "typed_notes": {"title-page", "contents", "bibliography", "notes-list", "reference-notes"},
}


@cache
def read(slug: str, fmt: str) -> tuple[Document, WordCount]:
    document = read_document(ESSAYS_DIR / f"{slug}.{fmt}")
    return document, count_document(document)


def summary(slug: str, fmt: str) -> dict[str, object]:
    document, wc = read(slug, fmt)
    return {
        "countable": wc.countable,
        "by_part": {part: wc.by_part.get(part, 0) for part in PARTS},
        "by_block": [wc.by_block[i] for i in sorted(wc.by_block)],
        "citations_in_text": wc.citations_in_text,
        "notes": len(document.notes),
        "note_classes": {note.label: wc.note_classes[note.id] for note in document.notes},
    }


def test_the_six_essays_are_there() -> None:
    assert SLUGS == sorted(EXCLUDED_KINDS)
    for slug in SLUGS:
        for fmt in FORMATS:
            assert (ESSAYS_DIR / f"{slug}.{fmt}").is_file()


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("slug", SLUGS)
def test_countable_words(slug: str, fmt: str) -> None:
    _, wc = read(slug, fmt)
    assert wc.countable == EXPECTED[slug]["countable"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("slug", SLUGS)
def test_words_by_part(slug: str, fmt: str) -> None:
    _, wc = read(slug, fmt)
    assert set(wc.by_part) <= set(PARTS)
    assert summary(slug, fmt)["by_part"] == EXPECTED[slug]["by_part"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("slug", SLUGS)
def test_words_by_block(slug: str, fmt: str) -> None:
    # Headings and paragraphs of the counted parts, in order: totals cannot hide two errors that cancel.
    assert summary(slug, fmt)["by_block"] == EXPECTED[slug]["by_block"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("slug", SLUGS)
def test_citations_in_text(slug: str, fmt: str) -> None:
    _, wc = read(slug, fmt)
    assert wc.citations_in_text == EXPECTED[slug]["citations_in_text"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("slug", SLUGS)
def test_notes(slug: str, fmt: str) -> None:
    document, _ = read(slug, fmt)
    found = summary(slug, fmt)
    assert found["notes"] == EXPECTED[slug]["notes"]
    assert found["note_classes"] == EXPECTED[slug]["note_classes"]
    assert all(note.referenced_from for note in document.notes)
    assert document.dangling_note_refs == ()


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("slug", SLUGS)
def test_uncounted_parts_are_found_and_excluded(slug: str, fmt: str) -> None:
    _, wc = read(slug, fmt)
    # The DOCX twins have a page-number footer ("1"); Markdown has no footers.
    footer = {"headers-footers"} if fmt == "docx" else set()
    assert {key for key, words in wc.excluded.items() if words} == EXCLUDED_KINDS[slug] | footer


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("slug", SLUGS)
def test_title_page_declares_the_count(slug: str, fmt: str) -> None:
    document, _ = read(slug, fmt)
    assert document.title_page.declared_word_count == EXPECTED[slug]["countable"]
    assert document.title_page.research_question and document.title_page.research_question.endswith("?")
    assert document.title_page.subject


@pytest.mark.parametrize("slug", SLUGS)
def test_markdown_and_docx_agree(slug: str) -> None:
    assert summary(slug, "md") == summary(slug, "docx")


@pytest.mark.parametrize("fmt", FORMATS)
def test_typed_note_numbers_become_note_references(fmt: str) -> None:
    document, _ = read("typed_notes", fmt)
    assert {note.kind for note in document.notes} == {NoteKind.TYPED}
    marks = [ref.mark for block in document.blocks for ref in block.note_refs]
    assert marks == [str(n) for n in range(1, 10)]
    counted = [b for b in document.blocks if b.section in (Section.INTRODUCTION, Section.BODY, Section.CONCLUSION)]
    # A typed mark after a space ("“lips and teeth” ⁴ and") must leave no digit token behind.
    assert not any(token.isdigit() and len(token) == 1 for block in counted for token in block.text.split())


@pytest.mark.parametrize("fmt", FORMATS)
def test_manual_headings_are_found_by_form(fmt: str) -> None:
    document, _ = read("manual_headings", fmt)
    headings = [(b.text, b.section.value) for b in document.blocks if b.kind is BlockKind.HEADING]
    assert headings == [
        ("Caffeine and the Heart Rate of Daphnia magna", "title-page"),
        ("Contents", "contents"),
        ("1. Introduction", "introduction"),
        ("Background and hypothesis", "introduction"),
        ("2. Methodology", "body"),
        ("Variables", "body"),
        ("Procedure", "body"),
        ("3. Results and analysis", "body"),
        ("4. Evaluation", "body"),
        ("CONCLUSION", "conclusion"),
        ("Works Cited", "bibliography"),
    ]
    assert all(b.style in (None, "Normal") for b in document.blocks if b.kind is BlockKind.HEADING)
