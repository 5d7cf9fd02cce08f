"""Format-neutral assembly of a Document from what a reader extracted.

Both readers walk their format and hand over ``RawBlock``s and ``RawNote``s.
This module then decides, the same way for every format:

* which unstyled lines are headings by form (bold, numbered, capitals);
* where the title page ends and what its fields say;
* which part of the essay (section) each block belongs to;
* which lines of a contents page are contents entries;
* whether typed superscript numbers plus a typed "Notes" list are notes;
* the bibliography entries;
* the displayed number of each note, from reference order;
* where each citation field or pandoc citation key sits (block or note, and
  offset), and their reading order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from eecheck.model import (
    BibliographyEntry,
    Block,
    BlockKind,
    CitedItem,
    Comment,
    DanglingNoteRef,
    Document,
    FieldCitation,
    HeaderFooter,
    HeadingSource,
    Location,
    Metadata,
    Note,
    NoteKind,
    NoteRef,
    Section,
    SourceRecord,
    Suppression,
    TitlePage,
)
from eecheck.text.sections import heading_by_form, numbering_depth, section_for_heading


@dataclass(slots=True)
class RawCitation:
    """A citation field or pandoc citation as a reader found it, before blocks are numbered."""

    source: str
    items: tuple[CitedItem, ...]
    text: str
    offset: int
    """Character offset in the text of the block (or note) that holds it."""
    location: Location


@dataclass(slots=True)
class RawBlock:
    """A block as a reader found it, before structure is decided."""

    kind: BlockKind
    text: str
    location: Location
    level: int | None = None
    heading_source: HeadingSource | None = None
    style: str | None = None
    note_refs: list[NoteRef] = field(default_factory=list)
    all_bold: bool = False
    superscripts: list[tuple[int, int]] = field(default_factory=list)
    """Spans of text formatted as superscript: candidates for typed note marks."""
    list_ordinal: int | None = None
    """1-based position in an automatically numbered list, when known."""
    may_be_form_heading: bool = True
    """False where form says nothing (table cells, notes, list items)."""
    has_figure: bool = False
    """An image or chart stands here (a caption next to it is a caption)."""
    citations: list[RawCitation] = field(default_factory=list)
    """Citation fields or pandoc citations in this block, offsets in ``text``."""


@dataclass(slots=True)
class RawNote:
    id: str
    kind: NoteKind
    text: str
    location: Location
    label: str | None = None
    """A custom mark or Markdown label; numbered notes get theirs from order."""
    citations: list[RawCitation] = field(default_factory=list)
    """Citation fields or pandoc citations in this note, offsets in ``text``."""
    list_position: int | None = None
    """A typed note's 1-based position in the typed Notes list."""
    superscripts: list[tuple[int, int]] = field(default_factory=list)
    """Spans of ``text`` set as superscript."""


@dataclass(frozen=True, slots=True)
class FrontMatter:
    """Title-page fields from a Markdown YAML header."""

    title: str | None = None
    research_question: str | None = None
    subject: str | None = None
    word_count: str | None = None
    other: tuple[str, ...] = ()
    """Any other key, as a title-page line "key: value" (e.g. ``framework``, ``subjects``)."""


# --- title page --------------------------------------------------------------

_LABELLED = re.compile(
    r"^\s*(?P<label>research\s+question|rq|subject(?:\s+area)?|word\s*count|words|total\s+word\s+count"
    r"|title|candidate\s+(?:name|number|code)|session(?:\s+number)?|personal\s+code"
    r"|school(?:\s+name)?|supervisor(?:'s)?(?:\s+name)?|name|candidate)"
    # "Research Question (RQ):" and "Word count (excluding bibliography):" carry a parenthesis.
    r"(?:\s*\([^)]{0,40}\))?\s*[:\-–—]\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_FIELD_LABELS = frozenset(
    {
        "research question",
        "rq",
        "subject",
        "subject area",
        "word count",
        "wordcount",
        "words",
        "total word count",
        "title",
    }
)
_NUMBER = re.compile(r"\d[\d,.\s\u00a0\u202f']*\d|\d")
_FRONT_SECTIONS = {Section.CONTENTS, Section.ABSTRACT, Section.ACKNOWLEDGEMENTS, Section.INTRODUCTION}


def parse_declared_word_count(text: str | None) -> int | None:
    """ "3,998", "3 998 words", "3.998" -> 3998; anything else -> None."""
    if not text:
        return None
    match = _NUMBER.search(str(text))
    if not match:
        return None
    digits = re.sub(r"\D", "", match.group())
    return int(digits) if digits else None


def _title_page_fields(blocks: list[RawBlock], indexes: list[int]) -> dict[str, object]:
    title = research_question = subject = declared = None
    other: list[str] = []
    unlabelled: list[str] = []
    lines: list[tuple[str, RawBlock]] = []
    for i in indexes:
        block = blocks[i]
        if block.kind is BlockKind.PAGE_BREAK:
            continue
        lines.extend((" ".join(line.split()), block) for line in block.text.splitlines() if line.strip())
    # A label that stood alone ("Research question:") takes the next line as its value.
    pending: str | None = None
    for line, block in lines:
        match = _LABELLED.match(line)
        if match is None and pending is not None:
            label, value, pending = pending, line, None
        elif match is not None:
            label = " ".join(match.group("label").lower().split())
            value = match.group("value").strip()
            pending = None
            if not value and label in _FIELD_LABELS:
                pending = label
                continue
        else:
            label = None
        if label is not None:
            if label in ("research question", "rq"):
                research_question = research_question or value
            elif label in ("subject", "subject area"):
                subject = subject or value
            elif label in ("word count", "wordcount", "words", "total word count"):
                declared = declared or value
            elif label == "title":
                title = title or value
            else:
                other.append(line)
            continue
        if title is None and block.level == 0:
            title = line
            continue
        unlabelled.append(line)
    for line in unlabelled:
        # An unlabelled line ending in "?" is the research question the way
        # most title pages present it; the first other line is the title.
        if research_question is None and line.endswith("?") and title is not None:
            research_question = line
        elif title is None:
            title = line
        elif research_question is None and line.endswith("?"):
            research_question = line
        else:
            other.append(line)
    return {
        "title": title,
        "research_question": research_question,
        "subject": subject,
        "declared_text": declared,
        "other": tuple(other),
    }


def _title_page_extent(blocks: list[RawBlock], sections: list[Section | None]) -> tuple[list[int], str]:
    """Indexes of the title page's blocks, and how they were found."""
    anchor = None
    for i, block in enumerate(blocks):
        if block.kind is BlockKind.CONTENTS_ENTRY or (
            block.kind is BlockKind.HEADING and sections[i] in _FRONT_SECTIONS
        ):
            anchor = i
            break
    first_heading = next(
        (
            i
            for i, b in enumerate(blocks)
            if b.kind is BlockKind.HEADING and (b.level or 0) >= 1 and not _opens_title_page(blocks, i)
        ),
        None,
    )
    limit = anchor if anchor is not None else first_heading
    if limit is None:
        limit = len(blocks)
    for i in range(limit):
        if blocks[i].kind is BlockKind.PAGE_BREAK:
            return [j for j in range(i) if blocks[j].kind is not BlockKind.PAGE_BREAK], "page-break"
    if first_heading is None:
        return [], "none"
    return list(range(first_heading)), "before-heading"


def _opens_title_page(blocks: list[RawBlock], i: int) -> bool:
    """A first heading followed by labelled title-page lines is the title itself."""
    if i != 0:
        return False
    for block in blocks[1:6]:
        if block.kind is BlockKind.HEADING:
            return False
        if _LABELLED.match(block.text.strip()):
            return True
    return False


# --- typed notes -------------------------------------------------------------

_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_UNICODE_SUPERSCRIPT_RUN = re.compile(r"(?<=\S)[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
_TYPED_MARK = re.compile(r"^\s*\[?(\d{1,3})\]?\s*$")
# "[3]", "3.", "3)", "3:" or "3 " (a number that is the start of "1960" is no label), or "³".
_NOTES_LIST_LABEL = re.compile(r"^\s*(?:\[(\d{1,3})\]|(\d{1,3})(?:[.):]|(?=\s))|([⁰¹²³⁴⁵⁶⁷⁸⁹]+))\s*")


def _typed_notes(blocks: list[RawBlock], sections: Sequence[Section | None]) -> dict[str, RawNote]:
    """The entries of a typed Notes list, by note id, in list order.

    Every entry is kept, with its position in the list: a number the list
    repeats keeps the marks pointing at its first entry, and the repeat is a
    note of its own (id ``typed-3@5``), so the numbering can be checked against
    the marks and its text is not lost. Where the entries are numbered, an
    unnumbered paragraph continues the entry before it (a note of two
    paragraphs), or, before the first entry, introduces the list; where none
    is numbered, entries take their position as their number.
    """
    entries: list[tuple[RawBlock, str | None, str]] = []
    for i, block in enumerate(blocks):
        if sections[i] is not Section.NOTES or block.kind in (BlockKind.HEADING, BlockKind.PAGE_BREAK):
            continue
        if not block.text.strip():
            continue
        text = block.text
        label = None
        sup = block.superscripts[0] if block.superscripts else None
        if sup and sup[0] == len(text) - len(text.lstrip()):
            label = text[sup[0] : sup[1]].strip()
            text = text[sup[1] :]
        else:
            match = _NOTES_LIST_LABEL.match(text)
            if match and any(match.groups()):
                label = next(g for g in match.groups() if g)
                text = text[match.end() :]
        if label is None and block.list_ordinal is not None:
            # A second paragraph of the same automatically numbered item continues it.
            same_item = entries and entries[-1][0].list_ordinal == block.list_ordinal and entries[-1][1] is not None
            label = None if same_item else str(block.list_ordinal)
        entries.append((block, label, text))
    numbered = any(label is not None for _, label, _ in entries)
    notes: dict[str, RawNote] = {}
    ordinal = 0
    previous: str | None = None
    for block, written, text in entries:
        if written is None and numbered:
            if previous is not None:
                notes[previous] = replace(notes[previous], text=f"{notes[previous].text}\n{text.strip()}")
            continue
        ordinal += 1
        label = (written or str(ordinal)).translate(_SUPERSCRIPT_DIGITS)
        note_id = f"typed-{label}" if f"typed-{label}" not in notes else f"typed-{label}@{ordinal}"
        previous = note_id
        notes[note_id] = RawNote(
            id=note_id,
            kind=NoteKind.TYPED,
            text=text.strip(),
            location=block.location,
            label=label,
            list_position=ordinal,
        )
    return notes


def _with_unicode_superscripts(block: RawBlock) -> list[tuple[int, int]]:
    spans = list(block.superscripts)
    spans.extend(m.span() for m in _UNICODE_SUPERSCRIPT_RUN.finditer(block.text))
    return sorted(set(spans))


def _extract_typed_marks(block: RawBlock) -> RawBlock:
    """Move typed superscript note numbers out of the text into note refs."""
    spans = [
        (start, end)
        for start, end in _with_unicode_superscripts(block)
        if all(_TYPED_MARK.match(part.translate(_SUPERSCRIPT_DIGITS)) for part in block.text[start:end].split(","))
    ]
    if not spans:
        return block
    text_parts: list[str] = []
    refs = list(block.note_refs)
    cursor = 0
    removed = 0
    for start, end in spans:
        text_parts.append(block.text[cursor:start])
        offset = start - removed
        for part in block.text[start:end].split(","):
            mark = part.strip().strip("[]").translate(_SUPERSCRIPT_DIGITS)
            refs.append(NoteRef(note_id=f"typed-{mark}", offset=offset, mark=mark))
        removed += end - start
        cursor = end
    text_parts.append(block.text[cursor:])
    # Offsets of existing refs after a removed span shift left too.
    shifted: list[NoteRef] = []
    for ref in refs:
        if ref.mark is not None and ref.note_id.startswith("typed-"):
            shifted.append(ref)
            continue
        delta = sum(e - s for s, e in spans if e <= ref.offset)
        shifted.append(replace(ref, offset=ref.offset - delta))
    shifted.sort(key=lambda r: r.offset)
    citations = [replace(c, offset=c.offset - sum(e - s for s, e in spans if e <= c.offset)) for c in block.citations]
    return replace(block, text="".join(text_parts), note_refs=shifted, superscripts=[], citations=citations)


# --- sections ----------------------------------------------------------------

_OPEN_SECTIONS = {
    None,
    Section.TITLE_PAGE,
    Section.CONTENTS,
    Section.ABSTRACT,
    Section.ACKNOWLEDGEMENTS,
    Section.INTRODUCTION,
}


def _heading_sections(blocks: list[RawBlock]) -> list[Section | None]:
    """The part each heading names, if any (None for ordinary headings)."""
    return [section_for_heading(b.text) if b.kind is BlockKind.HEADING else None for b in blocks]


def _chapter_subpart(blocks: list[RawBlock], named: list[Section | None], i: int, body_level: int) -> bool:
    """Is a named heading inside a body chapter the chapter's own part ("2.1 Introduction", "2.4 Conclusion")?

    Only when it is deeper than the body's headings. An introduction there
    always is: the essay's own comes before the body. A conclusion there is
    the chapter's when the body goes on after it, or the essay's conclusion
    follows at the body's level.
    """
    if (blocks[i].level or 1) <= body_level:
        return False
    if named[i] is Section.INTRODUCTION:
        return True
    if named[i] is not Section.CONCLUSION:
        return False
    for later in range(i + 1, len(blocks)):
        block = blocks[later]
        if block.kind is BlockKind.HEADING and 1 <= (block.level or 1) <= body_level:
            return named[later] in (None, Section.CONCLUSION)
    return False


def _assign_sections(blocks: list[RawBlock], named: list[Section | None], title_page: set[int]) -> list[Section]:
    sections: list[Section] = []
    current: Section | None = None
    current_level = 99
    for i, block in enumerate(blocks):
        if i in title_page:
            sections.append(Section.TITLE_PAGE)
            continue
        if block.kind is BlockKind.HEADING and (block.level or 0) >= 1:
            part = named[i]
            level = block.level or 1
            if part is not None and current is Section.BODY and _chapter_subpart(blocks, named, i, current_level):
                part = None  # stays in the body, as a subheading of its chapter
            if part is not None and (part is not current or level <= current_level):
                current, current_level = part, level
            elif part is None and current in _OPEN_SECTIONS and (current is None or level <= current_level):
                current, current_level = Section.BODY, level
        elif block.kind is BlockKind.CONTENTS_ENTRY and current is None:
            current, current_level = Section.CONTENTS, 99
        elif block.kind is BlockKind.PAGE_BREAK:
            # A break belongs to the part it closes; a contents page ends with
            # its page, and what follows is the essay.
            sections.append(sections[-1] if sections else Section.BODY)
            if current is Section.CONTENTS:
                current, current_level = Section.BODY, 99
            continue
        sections.append(current if current is not None else Section.BODY)
    return sections


def _contents_entries(blocks: list[RawBlock], sections: list[Section]) -> None:
    """Lines of a contents page are entries, whatever their form."""
    for i, block in enumerate(blocks):
        if sections[i] is not Section.CONTENTS:
            continue
        if block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) or (
            block.kind is BlockKind.HEADING
            and block.heading_source not in (HeadingSource.STYLE, HeadingSource.OUTLINE_LEVEL, None)
            and section_for_heading(block.text) is not Section.CONTENTS
        ):
            blocks[i] = replace(block, kind=BlockKind.CONTENTS_ENTRY, level=None, heading_source=None)


def _promote_form_headings(blocks: list[RawBlock]) -> None:
    for i, block in enumerate(blocks):
        if block.kind is not BlockKind.PARAGRAPH or not block.may_be_form_heading or block.note_refs:
            continue
        form = heading_by_form(block.text, all_bold=block.all_bold)
        if form is not None:
            blocks[i] = replace(block, kind=BlockKind.HEADING, level=form.level, heading_source=form.source)


_STYLED = (HeadingSource.STYLE, HeadingSource.OUTLINE_LEVEL)


def _nest_unnumbered_form_headings(blocks: list[RawBlock]) -> None:
    """An unnumbered bold or capitals line after "1. Introduction" is a subheading of it.

    Where a student numbers the top-level headings by hand, a bold line such as
    "Background" between "1. Introduction" and "2. Methodology" belongs to
    section 1; left at level 1 it would end the introduction. Lines that name
    a part ("CONCLUSION", "Works Cited") keep their level.
    """
    depth: int | None = None
    for i, block in enumerate(blocks):
        if block.kind is not BlockKind.HEADING or block.heading_source in _STYLED:
            continue
        numbered = numbering_depth(block.text)
        if numbered is not None:
            depth = numbered
        elif (
            depth is not None
            and block.heading_source in (HeadingSource.BOLD_LINE, HeadingSource.CAPITALS)
            and section_for_heading(block.text) is None
        ):
            blocks[i] = replace(block, level=depth + 1)


# "Table 1: …", "Figure 2. …" typed as an ordinary paragraph (a Caption style is the reader's).
_CAPTION_LINE = re.compile(
    r"^\s*(?:figure|fig\.|table|chart|graph|map|image|diagram|illustration|plate|photo(?:graph)?)\s*\d+[a-z]?\s*[:.\-–—]",
    re.IGNORECASE,
)


def _mark_captions(blocks: list[RawBlock]) -> list[RawBlock]:
    """A typed "Table 1: …" paragraph next to a table or figure is its caption, in every format."""
    marked = list(blocks)
    visible = [i for i, b in enumerate(blocks) if b.text.strip() or b.has_figure or b.kind is BlockKind.TABLE]
    for n, i in enumerate(visible):
        block = blocks[i]
        if block.kind is not BlockKind.PARAGRAPH or block.note_refs or not _CAPTION_LINE.match(block.text):
            continue
        neighbours = [blocks[visible[m]] for m in (n - 1, n + 1) if 0 <= m < len(visible)]
        if any(b.kind is BlockKind.TABLE or b.has_figure for b in neighbours):
            marked[i] = replace(block, kind=BlockKind.CAPTION, may_be_form_heading=False)
    return marked


def _drop_empty(blocks: list[RawBlock]) -> list[RawBlock]:
    kept: list[RawBlock] = []
    for block in blocks:
        if block.kind is BlockKind.PAGE_BREAK:
            # Consecutive breaks say nothing more than one.
            if kept and kept[-1].kind is BlockKind.PAGE_BREAK:
                continue
            kept.append(block)
            continue
        stripped = block.text.strip()
        if not stripped and not block.note_refs:
            continue
        lead = len(block.text) - len(block.text.lstrip())
        if lead or stripped != block.text:
            block = replace(
                block,
                text=stripped,
                note_refs=[replace(r, offset=max(0, min(r.offset - lead, len(stripped)))) for r in block.note_refs],
                superscripts=[(s - lead, e - lead) for s, e in block.superscripts if s >= lead],
                citations=[replace(c, offset=max(0, c.offset - lead)) for c in block.citations],
            )
        kept.append(block)
    return kept


def assemble(
    *,
    path: str,
    fmt: str,
    raw_blocks: list[RawBlock],
    raw_notes: list[RawNote],
    front_matter: FrontMatter | None = None,
    headers_footers: tuple[HeaderFooter, ...] = (),
    comments: tuple[Comment, ...] = (),
    metadata: Metadata | None = None,
    dangling_labels: list[tuple[str, int, Location]] | None = None,
    warnings: list[str] | None = None,
    suppressions: tuple[Suppression, ...] = (),
    source_records: tuple[SourceRecord, ...] = (),
) -> Document:
    """Decide the essay's structure and freeze it into a Document."""
    blocks = _drop_empty(_mark_captions(raw_blocks))
    _promote_form_headings(blocks)
    _nest_unnumbered_form_headings(blocks)
    named = _heading_sections(blocks)
    extent, title_source = _title_page_extent(blocks, named)
    if front_matter is not None and any(vars_ for vars_ in (front_matter.title, front_matter.research_question)):
        title_source = "front-matter"
    sections = _assign_sections(blocks, named, set(extent))
    _contents_entries(blocks, sections)

    typed = _typed_notes(blocks, sections) if Section.NOTES in sections else {}
    if typed:
        blocks = [
            _extract_typed_marks(b) if sections[i] not in (Section.NOTES, Section.TITLE_PAGE) else b
            for i, b in enumerate(blocks)
        ]

    fields = _title_page_fields(blocks, extent)
    if front_matter is not None:
        fields["title"] = front_matter.title or fields["title"]
        fields["research_question"] = front_matter.research_question or fields["research_question"]
        fields["subject"] = front_matter.subject or fields["subject"]
        fields["declared_text"] = front_matter.word_count or fields["declared_text"]
        fields["other"] = (*front_matter.other, *fields["other"])  # type: ignore[misc]
    declared_text = fields["declared_text"]
    title_page = TitlePage(
        title=fields["title"],  # type: ignore[arg-type]
        research_question=fields["research_question"],  # type: ignore[arg-type]
        subject=fields["subject"],  # type: ignore[arg-type]
        declared_word_count=parse_declared_word_count(declared_text),  # type: ignore[arg-type]
        declared_word_count_text=declared_text,  # type: ignore[arg-type]
        other_lines=fields["other"],  # type: ignore[arg-type]
        blocks=tuple(extent),
        source=title_source if (extent or front_matter) else "none",
    )

    frozen: list[Block] = []
    for i, raw in enumerate(blocks):
        frozen.append(
            Block(
                index=i,
                kind=raw.kind,
                text=raw.text,
                section=sections[i],
                location=raw.location,
                level=raw.level if raw.kind is BlockKind.HEADING else None,
                heading_source=raw.heading_source if raw.kind is BlockKind.HEADING else None,
                style=raw.style,
                note_refs=tuple(raw.note_refs),
                superscripts=tuple(_with_unicode_superscripts(raw)),
            )
        )

    notes, dangling = _resolve_notes(frozen, raw_notes, typed)
    if dangling_labels:
        dangling.extend(DanglingNoteRef(label=label, block=b, location=loc) for label, b, loc in dangling_labels)
    bibliography = tuple(
        BibliographyEntry(text=b.text, block=b.index)
        for b in frozen
        if b.section is Section.BIBLIOGRAPHY and b.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
    )
    return Document(
        path=path,
        format=fmt,
        title_page=title_page,
        blocks=tuple(frozen),
        notes=tuple(notes),
        dangling_note_refs=tuple(dangling),
        headers_footers=headers_footers,
        bibliography=bibliography,
        comments=comments,
        metadata=metadata or Metadata(),
        warnings=tuple(warnings or ()),
        suppressions=suppressions,
        field_citations=_field_citations(frozen, blocks, notes, raw_notes),
        source_records=source_records,
    )


def _field_citations(
    frozen: list[Block], raw_blocks: list[RawBlock], notes: list[Note], raw_notes: list[RawNote]
) -> tuple[FieldCitation, ...]:
    """Every citation field and pandoc citation, in reading order.

    A note's citations are read where the note is first referenced; notes that
    nothing references come last, in note order.
    """
    placed: list[tuple[tuple[float, int, int, int, int], FieldCitation]] = []
    for block, raw in zip(frozen, raw_blocks, strict=True):
        for n, citation in enumerate(raw.citations):
            placed.append(
                (
                    (block.index, citation.offset, 0, 0, n),
                    FieldCitation(
                        source=citation.source,
                        items=citation.items,
                        text=citation.text,
                        block=block.index,
                        note_id=None,
                        location=citation.location,
                        offset=citation.offset,
                    ),
                )
            )
    raw_by_id = {n.id: n for n in raw_notes}
    for position, note in enumerate(notes):
        raw_note = raw_by_id.get(note.id)
        if raw_note is None or not raw_note.citations:
            continue
        where: tuple[float, int] = (float("inf"), 0)
        if note.referenced_from:
            first = note.referenced_from[0]
            offsets = [r.offset for r in frozen[first].note_refs if r.note_id == note.id]
            where = (first, offsets[0] if offsets else 0)
        # A custom mark is taken off the start of the note's text: offsets move with it.
        removed = len(raw_note.text) - len(note.text)
        for n, citation in enumerate(raw_note.citations):
            offset = max(0, citation.offset - removed)
            placed.append(
                (
                    (where[0], where[1], 1, position, n),
                    FieldCitation(
                        source=citation.source,
                        items=citation.items,
                        text=citation.text,
                        block=None,
                        note_id=note.id,
                        location=citation.location,
                        offset=offset,
                    ),
                )
            )
    placed.sort(key=lambda pair: pair[0])
    return tuple(citation for _key, citation in placed)


def _resolve_notes(
    blocks: list[Block], raw_notes: list[RawNote], typed: dict[str, RawNote]
) -> tuple[list[Note], list[DanglingNoteRef]]:
    """Map references to notes by id; number notes by first reference."""
    by_id = {n.id: n for n in raw_notes}
    by_id.update({n.id: n for n in typed.values()})
    referenced: dict[str, list[int]] = {}
    order: list[str] = []
    first_mark: dict[str, str | None] = {}
    dangling: list[DanglingNoteRef] = []
    for block in blocks:
        for ref in block.note_refs:
            if ref.note_id not in by_id:
                kind = _kind_of_note_id(ref.note_id)
                label = ref.mark or (ref.note_id[3:] if kind is NoteKind.MARKDOWN else ref.note_id)
                dangling.append(
                    DanglingNoteRef(
                        label=label, block=block.index, location=block.location, offset=ref.offset, kind=kind
                    )
                )
                continue
            if ref.note_id not in referenced:
                referenced[ref.note_id] = []
                order.append(ref.note_id)
                first_mark[ref.note_id] = ref.mark
            if block.index not in referenced[ref.note_id]:
                referenced[ref.note_id].append(block.index)
    counters: dict[NoteKind, int] = {}
    notes: list[Note] = []
    for note_id in order:
        raw = by_id[note_id]
        text = raw.text
        if raw.label is not None:
            label, source = raw.label, "written"
        elif custom_mark := first_mark[note_id]:
            # A custom mark (DOCX customMarkFollows) is the label and takes no number
            # (ECMA-376 17.11.14); the note repeats it where an automatic mark would be.
            label, source = custom_mark, "custom-mark"
            if text.startswith(label):
                text = text[len(label) :].lstrip()
        else:
            counters[raw.kind] = counters.get(raw.kind, 0) + 1
            label, source = str(counters[raw.kind]), "order"
        notes.append(
            Note(
                id=raw.id,
                kind=raw.kind,
                label=label,
                text=text,
                location=raw.location,
                referenced_from=tuple(referenced[note_id]),
                label_source=source,
                list_position=raw.list_position,
                superscripts=_shift_spans(raw.superscripts, len(text) - len(raw.text), len(text)),
            )
        )
    # Notes nothing references still exist: REF002 (footnote-orphan) reports them.
    for raw in list(raw_notes) + list(typed.values()):
        if raw.id not in referenced:
            notes.append(
                Note(
                    id=raw.id,
                    kind=raw.kind,
                    label=raw.label or "",
                    text=raw.text,
                    location=raw.location,
                    label_source="written" if raw.label is not None else "order",
                    list_position=raw.list_position,
                    superscripts=tuple(raw.superscripts),
                )
            )
    return notes, dangling


def _shift_spans(spans: list[tuple[int, int]], shift: int, length: int) -> tuple[tuple[int, int], ...]:
    """Spans moved by ``shift`` (a custom mark cut from the note's start), those left inside the text."""
    return tuple((s + shift, e + shift) for s, e in spans if s + shift >= 0 and e + shift <= length)


def _kind_of_note_id(note_id: str) -> NoteKind | None:
    """The kind of note a reference asks for, from the id the readers gave it."""
    for prefix, kind in (
        ("typed-", NoteKind.TYPED),
        ("md:", NoteKind.MARKDOWN),
        ("md-", NoteKind.MARKDOWN),
        ("footnote-", NoteKind.FOOTNOTE),
        ("endnote-", NoteKind.ENDNOTE),
    ):
        if note_id.startswith(prefix):
            return kind
    return None
