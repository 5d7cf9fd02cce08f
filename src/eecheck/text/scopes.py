"""The text units of each rule scope: what a text-matching kind reads, and where each piece sits.

A rule's ``scope`` (the enum in ``schemas/rule.schema.json``) names a part of the
essay. :func:`units` turns that part into :class:`TextUnit` values, one per block,
note, header, footer, title-page field or metadata value, each knowing where it is
(block index, Markdown line, note label, file part) so a finding points somewhere
a candidate can find.

What each scope holds (decided here):

* ``title`` / ``research-question``: the one title-page field, located at the
  title-page block that carries it (or the Markdown front matter, line 1).
* ``title-page``: every title-page block; for Markdown front matter, the title,
  research question, subject and word count fields.
* ``essay``: the introduction, body and conclusion as prose: headings, paragraphs
  and list items. **Tables and captions are left out**, as the word count leaves
  them out: what they hold is mostly data and the source of a figure, and a URL
  there names where a figure came from rather than sending the examiner away.
  Contents entries, the abstract, notes and the bibliography are not part of it
  either; ``all-text`` has everything.
* ``introduction``, ``body``, ``conclusion``, ``abstract``: the prose blocks of that
  part, chosen as in ``essay``.
* ``notes``: every footnote, endnote, Markdown note and typed note, one unit per
  note (``note 3``); a typed note points at its line in the Notes list, a Markdown
  note at its definition, a Word footnote or endnote at the paragraph with its
  mark. Lines of a Notes section that no note was read from are units too; its
  heading is not.
* ``bibliography``: one unit per block of the bibliography section (one entry each),
  without its headings ("Bibliography", "Primary sources").
* ``headers-footers``: each running header and footer.
* ``metadata``: the file's author, last-modified-by, comment authors and tracked-change
  authors.
* ``all-text``: every block with text (title page and contents included), every note
  not already a block, every header and footer, and Markdown front-matter fields.
* ``document``: ``all-text`` plus ``metadata``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from eecheck.model import Block, BlockKind, Document, Note, Section

SCOPES = (
    "document",
    "title-page",
    "title",
    "research-question",
    "essay",
    "introduction",
    "body",
    "conclusion",
    "abstract",
    "notes",
    "bibliography",
    "headers-footers",
    "metadata",
    "all-text",
)
"""The rule schema's scope enum (a test keeps the two equal)."""

_ESSAY = (Section.INTRODUCTION, Section.BODY, Section.CONCLUSION)
_PART_SCOPES = {
    "introduction": (Section.INTRODUCTION,),
    "body": (Section.BODY,),
    "conclusion": (Section.CONCLUSION,),
    "abstract": (Section.ABSTRACT,),
    "essay": _ESSAY,
}
_FRONT_MATTER_LINE = 1
"""Markdown front matter opens the file, so its fields point at line 1."""


@dataclass(frozen=True, slots=True)
class TextUnit:
    """One piece of text in a scope, and where it is."""

    text: str
    where: str
    """Words for the place, for messages: ``title``, ``body``, ``note 3``, ``footer``…"""
    block: int | None = None
    """The block's index when the unit is (or sits in) a block."""
    line: int | None = None
    """A Markdown line, for units that are not blocks (notes, front matter)."""
    part: str | None = None
    """The file part, for units that are not blocks (``word/footnotes.xml``, ``docProps/core.xml``)."""
    note: str | None = None
    """The note's label, for notes."""


def units(document: Document, scope: str) -> tuple[TextUnit, ...]:
    """The text units of ``scope`` in reading order; ValueError for a scope not in :data:`SCOPES`."""
    if scope not in SCOPES:
        raise ValueError(f"unknown scope {scope!r}")
    return tuple(_UNITS[scope](document))


def _block_unit(block: Block, where: str | None = None) -> TextUnit:
    return TextUnit(text=block.text, where=where or block.section.value, block=block.index)


def _has_text(block: Block) -> bool:
    return block.kind is not BlockKind.PAGE_BREAK and bool(block.text.strip())


_PROSE = frozenset({BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM})


def _part_blocks(document: Document, sections: tuple[Section, ...]) -> Iterator[TextUnit]:
    for block in document.blocks_in(*sections):
        if block.kind in _PROSE and block.text.strip():
            yield _block_unit(block)


def _field_unit(document: Document, value: str | None, where: str) -> Iterator[TextUnit]:
    """A title-page field, located at the block that carries it."""
    if not value or not value.strip():
        return
    for index in document.title_page.blocks:
        if value in document.blocks[index].text:
            yield TextUnit(text=value, where=where, block=index)
            return
    if document.title_page.source == "front-matter":
        yield TextUnit(text=value, where=where, line=_FRONT_MATTER_LINE, part="markdown")


def _front_matter_units(document: Document) -> Iterator[TextUnit]:
    """Front-matter fields that no title-page block repeats."""
    page = document.title_page
    if page.source != "front-matter":
        return
    shown = [document.blocks[i].text for i in page.blocks]
    fields = (page.title, page.research_question, page.subject, page.declared_word_count_text)
    for value in fields:
        if value and value.strip() and not any(value in text for text in shown):
            yield TextUnit(text=value, where="title page", line=_FRONT_MATTER_LINE, part="markdown")


def _title(document: Document) -> Iterator[TextUnit]:
    yield from _field_unit(document, document.title_page.title, "title")


def _research_question(document: Document) -> Iterator[TextUnit]:
    yield from _field_unit(document, document.title_page.research_question, "research question")


def _title_page(document: Document) -> Iterator[TextUnit]:
    for block in document.blocks_in(Section.TITLE_PAGE):
        if _has_text(block):
            yield _block_unit(block, "title page")
    yield from _front_matter_units(document)


def _note_blocks(document: Document) -> dict[str, int]:
    """Note id -> block index, for typed notes (their text is a line of the Notes list)."""
    by_location = {(b.location.part, b.location.index, b.location.line): b.index for b in document.blocks}
    found: dict[str, int] = {}
    for note in document.notes:
        key = (note.location.part, note.location.index, note.location.line)
        if key in by_location:
            found[note.id] = by_location[key]
    return found


def _note_unit(note: Note, block: int | None) -> TextUnit:
    where = f"note {note.label}"
    if block is None and note.location.line is None and note.referenced_from:
        # A Word footnote has no line or paragraph a reader can go to; the
        # paragraph that carries its mark is where the candidate will look.
        block = note.referenced_from[0]
    if block is not None:
        return TextUnit(text=note.text, where=where, block=block, note=note.label)
    return TextUnit(text=note.text, where=where, line=note.location.line, part=note.location.part, note=note.label)


def _notes(document: Document) -> Iterator[TextUnit]:
    as_blocks = _note_blocks(document)
    for note in document.notes:
        yield _note_unit(note, as_blocks.get(note.id))
    taken = set(as_blocks.values())
    for block in document.blocks_in(Section.NOTES):
        if _has_text(block) and block.kind is not BlockKind.HEADING and block.index not in taken:
            yield _block_unit(block, "notes")


def _bibliography(document: Document) -> Iterator[TextUnit]:
    for block in document.blocks_in(Section.BIBLIOGRAPHY):
        if _has_text(block) and block.kind is not BlockKind.HEADING:
            yield _block_unit(block)


def _headers_footers(document: Document) -> Iterator[TextUnit]:
    for item in document.headers_footers:
        if item.text.strip():
            yield TextUnit(text=item.text, where=item.kind, part=item.part)


def _metadata(document: Document) -> Iterator[TextUnit]:
    meta = document.metadata
    if meta.author:
        yield TextUnit(text=meta.author, where="document author", part="docProps/core.xml")
    if meta.last_modified_by:
        yield TextUnit(text=meta.last_modified_by, where="last modified by", part="docProps/core.xml")
    for author in meta.comment_authors:
        yield TextUnit(text=author, where="comment author", part="word/comments.xml")
    for author in meta.revision_authors:
        yield TextUnit(text=author, where="tracked-change author", part="word/document.xml")


def _all_text(document: Document) -> Iterator[TextUnit]:
    yield from _front_matter_units(document)
    as_blocks = _note_blocks(document)
    labels = {as_blocks[note.id]: note.label for note in document.notes if note.id in as_blocks}
    for block in document.blocks:
        if _has_text(block):
            label = labels.get(block.index)
            if label is None:
                yield _block_unit(block)
            else:
                yield TextUnit(text=block.text, where=f"note {label}", block=block.index, note=label)
    for note in document.notes:
        if note.id not in as_blocks:
            yield _note_unit(note, None)
    yield from _headers_footers(document)


def _document(document: Document) -> Iterator[TextUnit]:
    yield from _all_text(document)
    yield from _metadata(document)


_UNITS = {
    "document": _document,
    "title-page": _title_page,
    "title": _title,
    "research-question": _research_question,
    "essay": lambda d: _part_blocks(d, _PART_SCOPES["essay"]),
    "introduction": lambda d: _part_blocks(d, _PART_SCOPES["introduction"]),
    "body": lambda d: _part_blocks(d, _PART_SCOPES["body"]),
    "conclusion": lambda d: _part_blocks(d, _PART_SCOPES["conclusion"]),
    "abstract": lambda d: _part_blocks(d, _PART_SCOPES["abstract"]),
    "notes": _notes,
    "bibliography": _bibliography,
    "headers-footers": _headers_footers,
    "metadata": _metadata,
    "all-text": _all_text,
}
