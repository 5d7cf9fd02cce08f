"""The closed document model: the only thing checks read.

Readers (``eecheck.readers``) are the only format-aware code. They turn a DOCX
or Markdown file into one :class:`Document`; everything downstream (word count,
kinds of checks, the report) sees only these frozen values, so a rule cannot
tell which format an essay came from.

``Document.to_json()`` is what ``eecheck inspect`` prints. Its top-level keys
``blocks`` (each with ``kind``, ``section``, ``text``) and ``notes`` (each with
``text``) are a published contract: extend, never rename.
"""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass, field
from typing import Any

MODEL_VERSION = "1"


class BlockKind(enum.StrEnum):
    """What a block is, independent of the format it came from."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list-item"
    TABLE = "table"
    CAPTION = "caption"
    CONTENTS_ENTRY = "contents-entry"
    PAGE_BREAK = "page-break"


class Section(enum.StrEnum):
    """The part of an essay a block belongs to (IB guide, required elements)."""

    TITLE_PAGE = "title-page"
    CONTENTS = "contents"
    ABSTRACT = "abstract"
    ACKNOWLEDGEMENTS = "acknowledgements"
    INTRODUCTION = "introduction"
    BODY = "body"
    CONCLUSION = "conclusion"
    BIBLIOGRAPHY = "bibliography"
    NOTES = "notes"
    APPENDIX = "appendix"


class HeadingSource(enum.StrEnum):
    """How a heading was recognised: by its style, or by its form on the page."""

    STYLE = "style"
    OUTLINE_LEVEL = "outline-level"
    BOLD_LINE = "bold-line"
    NUMBERED = "numbered"
    CAPITALS = "capitals"
    SECTION_NAME = "section-name"


class NoteKind(enum.StrEnum):
    FOOTNOTE = "footnote"
    ENDNOTE = "endnote"
    TYPED = "typed"
    """A superscript number typed in the body, with a typed Notes list."""
    MARKDOWN = "markdown"


@dataclass(frozen=True, slots=True)
class Location:
    """Where a block came from: DOCX part + paragraph index, or a Markdown line."""

    part: str
    index: int | None = None
    line: int | None = None


@dataclass(frozen=True, slots=True)
class NoteRef:
    """A reference mark inside a block's text, pointing at a note by id."""

    note_id: str
    offset: int
    """Character offset in the block's ``text`` where the mark stood."""
    mark: str | None = None
    """The displayed mark when it is typed or custom, else ``None``."""


@dataclass(frozen=True, slots=True)
class Block:
    index: int
    kind: BlockKind
    text: str
    section: Section
    location: Location
    level: int | None = None
    """Heading level (1 = top); ``None`` for other kinds."""
    heading_source: HeadingSource | None = None
    style: str | None = None
    """The DOCX style name, when the block had one."""
    note_refs: tuple[NoteRef, ...] = ()
    superscripts: tuple[tuple[int, int], ...] = ()
    """Spans of ``text`` set as superscript (Word run formatting, Markdown ``^…^`` or ``<sup>``,
    Unicode superscript digits) that typed note marks did not take: where a numeric citation
    style (Vancouver, ACS) puts its numbers."""


@dataclass(frozen=True, slots=True)
class Note:
    id: str
    kind: NoteKind
    label: str
    """The displayed number (from reference order) or the Markdown label."""
    text: str
    location: Location
    referenced_from: tuple[int, ...] = ()
    """Indexes of the blocks that reference this note, in reading order."""
    label_source: str = "order"
    """Where ``label`` comes from: ``order`` (numbered by first reference, as Word numbers
    its notes and pandoc numbers inline ``^[…]`` notes), ``written`` (the author's own: a
    Markdown ``[^label]``, or the number of a typed Notes list entry) or ``custom-mark``
    (a DOCX custom reference mark)."""
    list_position: int | None = None
    """A typed note's 1-based position in the typed Notes list; None for other notes."""
    superscripts: tuple[tuple[int, int], ...] = ()
    """Spans of ``text`` set as superscript: a numeric citation style's numbers inside a note."""


@dataclass(frozen=True, slots=True)
class DanglingNoteRef:
    """A note reference with no note behind it (e.g. Markdown ``[^x]`` undefined)."""

    label: str
    block: int
    location: Location
    offset: int | None = None
    """Character offset in the block's ``text`` where the reference stood."""
    kind: NoteKind | None = None
    """The kind of note the reference asked for (a typed mark, a Markdown label, a Word note)."""


@dataclass(frozen=True, slots=True)
class TitlePage:
    title: str | None = None
    research_question: str | None = None
    subject: str | None = None
    declared_word_count: int | None = None
    declared_word_count_text: str | None = None
    other_lines: tuple[str, ...] = ()
    blocks: tuple[int, ...] = ()
    """Indexes of the blocks that make up the title page."""
    source: str = "none"
    """``front-matter``, ``page-break`` (before the first break), ``before-heading`` or ``none``."""


@dataclass(frozen=True, slots=True)
class HeaderFooter:
    kind: str
    """``header`` or ``footer``."""
    part: str
    text: str
    has_page_field: bool = False


@dataclass(frozen=True, slots=True)
class BibliographyEntry:
    text: str
    block: int


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """One source as a reference manager or bibliography file describes it.

    From CSL-JSON (Zotero, Mendeley, a ``.json`` bibliography), BibTeX, EndNote
    XML or Word's ``b:Sources`` part: structured data, so nothing has to be
    guessed from formatted text.
    """

    key: str | None
    """The citation key or tag (BibTeX key, CSL ``id``, Word ``b:Tag``); None when the source has none."""
    authors: tuple[str, ...]
    """Family names, or corporate names written whole ("World Bank"), in order."""
    year: str | None
    title: str | None
    container: str | None = None
    """Journal, book or website the work appears in."""
    publisher: str | None = None
    url: str | None = None
    doi: str | None = None
    accessed: str | None = None
    """The access date as the source gives it (ISO ``2024-03-12`` for CSL date-parts)."""
    kind: str | None = None
    """The CSL item type (``article-journal``, ``book``, ``webpage``, …), mapped from other formats."""


@dataclass(frozen=True, slots=True)
class CitedItem:
    """One source cited by a field or pandoc citation."""

    key: str | None
    record: SourceRecord | None
    """The source; None when the key names nothing in the bibliography (a missing key)."""
    locator: str | None = None
    """The page or other locator ("33", "pp. 3-4"), as given."""


@dataclass(frozen=True, slots=True)
class FieldCitation:
    """A citation whose sources are known exactly: a reference-manager field or a pandoc key."""

    source: str
    """``zotero``, ``mendeley``, ``endnote``, ``word`` (Word's CITATION field) or ``pandoc``."""
    items: tuple[CitedItem, ...]
    text: str
    """The displayed result (DOCX) or the citation as written (Markdown)."""
    block: int | None
    """Index of the block holding it; None when it sits in a note."""
    note_id: str | None
    """The note holding it (``Note.id``), or None in running text."""
    location: Location
    offset: int | None = None
    """Character offset of ``text`` in the block's text (or the note's text, for a note)."""


@dataclass(frozen=True, slots=True)
class Comment:
    author: str
    text: str


@dataclass(frozen=True, slots=True)
class Suppression:
    """An ``eecheck: ignore CODE[, CODE…]`` written in the essay itself.

    Markdown: an HTML comment ``<!-- eecheck: ignore STR004 -->``. DOCX: a Word
    comment whose whole text is ``eecheck: ignore STR004``. It silences those
    codes (or code prefixes) for the whole document.
    """

    codes: tuple[str, ...]
    text: str
    location: Location


@dataclass(frozen=True, slots=True)
class Metadata:
    author: str | None = None
    last_modified_by: str | None = None
    comment_authors: tuple[str, ...] = ()
    revision_authors: tuple[str, ...] = ()
    """Authors of every tracked change: insertions, deletions, moves, and run, paragraph,
    section, table, row, cell and numbering property changes, in the body, notes,
    headers, footers, comments, styles and numbering."""
    word_cached: int | None = None
    """``docProps/app.xml`` ``<Words>``: reported, never decided on."""
    company: str | None = None
    """``docProps/app.xml`` ``<Company>``: often the school that set up the computer."""
    word_cached_application: str | None = None


@dataclass(frozen=True, slots=True)
class LineSpacing:
    """Line spacing as the word processor stores it (DOCX ``w:spacing`` ``w:line``/``w:lineRule``)."""

    rule: str
    """``auto`` (a multiple of single spacing), ``exact`` or ``at-least`` (a line height in points)."""
    value: float
    """Lines for ``auto`` (1.0 single, 1.5, 2.0 double); points for ``exact`` and ``at-least``."""


@dataclass(frozen=True, slots=True)
class BodyFormatting:
    """The formatting of most of the essay's running text (DOCX only: Markdown carries none).

    Measured over the paragraphs and list items of the introduction, body and
    conclusion, each run weighted by its visible non-space characters (note marks
    and other superscripts left out), with sizes and spacing resolved through the
    document defaults, the paragraph style's ``basedOn`` chain, character styles
    and direct formatting.
    """

    characters: int
    """Characters measured."""
    font_size: float | None
    """The font size (points) that covers the most characters."""
    font_size_characters: int
    line_spacing: LineSpacing | None
    """The line spacing that covers the most characters."""
    line_spacing_characters: int


@dataclass(frozen=True, slots=True)
class Document:
    path: str
    format: str
    """``docx`` or ``markdown``."""
    title_page: TitlePage
    blocks: tuple[Block, ...]
    notes: tuple[Note, ...] = ()
    dangling_note_refs: tuple[DanglingNoteRef, ...] = ()
    headers_footers: tuple[HeaderFooter, ...] = ()
    bibliography: tuple[BibliographyEntry, ...] = ()
    comments: tuple[Comment, ...] = ()
    metadata: Metadata = field(default_factory=Metadata)
    warnings: tuple[str, ...] = ()
    """Things the reader noticed but could not represent (never fatal)."""
    suppressions: tuple[Suppression, ...] = ()
    file_size: int | None = None
    """Size of the file on disk, in bytes (set by ``read_document``)."""
    formatting: BodyFormatting | None = None
    """Font size and line spacing of the running text; None when the format has none (Markdown)."""
    field_citations: tuple[FieldCitation, ...] = ()
    """Reference-manager fields (DOCX) and pandoc citation keys (Markdown), in reading order: a
    note's citations stand where the note is first referenced; unreferenced notes' come last."""
    source_records: tuple[SourceRecord, ...] = ()
    """Markdown: the records of the ``bibliography:`` files and ``references:`` (a whole library
    export may hold many the essay never cites; pandoc prints only the cited ones). DOCX: Word's
    ``b:Sources`` part (the document's source list, as Word's citation dialog manages it)."""

    def blocks_in(self, *sections: Section) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.section in sections)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict: what ``eecheck inspect`` prints."""
        data = _to_jsonable(self)
        data["model_version"] = MODEL_VERSION
        return data


def _to_jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (tuple, list)):
        return [_to_jsonable(v) for v in value]
    return value
