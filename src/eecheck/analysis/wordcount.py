"""The IB word count: what counts, what does not, and where word 4,000 falls.

Counted (IB-RULES.md, "Word count"): the introduction, body and conclusion,
their headings, quotations, an abstract if present, and the explanatory prose
of footnotes and endnotes (also inside a note that cites). Not counted: the
title page, the contents page, tables, figures and captions, equations,
citations of every kind (parenthetical author–date and author–page, the year
of a narrative citation, MLA titles, pandoc keys, reference-manager fields,
and the referencing part of notes), the bibliography, appendices,
acknowledgements, a typed notes list's reference text, and page headers and
footers.

The breakdown says how many words each exclusion removed, and for citations
and notes, how many of each kind (``WordCount.excluded_kinds``).

The reading order for the cut-off is the order an examiner reads in: blocks
in order, with a note's counted prose read where the note is referenced.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from eecheck.analysis.citations.model import Citation, CitationKind
from eecheck.analysis.words import count_words, word_spans, word_style_count
from eecheck.model import Block, BlockKind, Document, Note, Section

if TYPE_CHECKING:  # pragma: no cover
    from eecheck.analysis.notes import NoteReading

COUNTED_SECTIONS = (Section.ABSTRACT, Section.INTRODUCTION, Section.BODY, Section.CONCLUSION)
COUNTED_KINDS = (BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)

# Why each excluded part is excluded, in the words a candidate reads.
EXCLUSION_REASONS: dict[str, str] = {
    "title-page": "the title page is not counted",
    "contents": "the contents page is not counted",
    "tables": "tables are not counted",
    "captions": "captions of tables and figures are not counted",
    "citations": "citations in the text are not counted",
    "reference-notes": "the referencing part of notes is not counted",
    "bibliography": "the bibliography is not counted",
    "notes-list": "a typed notes list is read as notes, not as body text",
    "appendix": "appendices are not counted (examiners do not read them)",
    "acknowledgements": "acknowledgements are not counted",
    "headers-footers": "page headers and footers are not counted",
}

_SECTION_EXCLUSION = {
    Section.TITLE_PAGE: "title-page",
    Section.CONTENTS: "contents",
    Section.BIBLIOGRAPHY: "bibliography",
    Section.NOTES: "notes-list",
    Section.APPENDIX: "appendix",
    Section.ACKNOWLEDGEMENTS: "acknowledgements",
}

# The kinds each breakdown lists, in order.
CITATION_KINDS = (
    "author-date",
    "author-page",
    "title-only",
    "narrative-year",
    "page",
    "pandoc-key",
    "field",
    "numeric",
    "personal-communication",
    "ibid",
)
"""The kinds of citation the breakdown lists (``excluded.citations.kinds``), in order."""

NOTE_EXCLUSION_KINDS = ("reference", "mixed", "unreferenced")
"""``reference``: notes that only reference; ``mixed``: the references inside notes that
also explain; ``unreferenced``: notes nothing in the essay points to (never read)."""
EXCLUSION_KINDS: dict[str, tuple[str, ...]] = {"citations": CITATION_KINDS, "reference-notes": NOTE_EXCLUSION_KINDS}

CUTOFF_CONTEXT_WORDS = 5


@dataclass(frozen=True, slots=True)
class ExcludedKind:
    """One kind of citation or note an exclusion covers: how many, and the words they held."""

    items: int
    words: int


@dataclass(frozen=True, slots=True)
class Cutoff:
    """Where the limit-th countable word falls: examiners stop reading there."""

    word: str
    block: int
    part: str
    excerpt: str
    note: str | None = None
    """The note's label when the word falls inside a note's prose."""

    def to_json(self) -> dict[str, object]:
        return {"word": self.word, "block": self.block, "part": self.part, "excerpt": self.excerpt, "note": self.note}


@dataclass(frozen=True, slots=True)
class WordCount:
    countable: int
    limit: int
    by_part: dict[str, int]
    excluded: dict[str, int]
    declared: int | None
    word_cached: int | None
    word_cached_application: str | None
    word_style_total: int
    """Every whitespace token of every part, as Microsoft Word counts."""
    cutoff: Cutoff | None
    note_classes: dict[str, str] = field(default_factory=dict)
    """Note id -> ``reference`` / ``explanatory`` / ``mixed``."""
    note_prose_words: dict[str, int] = field(default_factory=dict)
    """Note id -> words of explanatory prose in it (counted when the note is referenced)."""
    by_block: dict[int, int] = field(default_factory=dict)
    """Block index -> its countable words (counted blocks only)."""
    citations_in_text: int = 0
    """Citations found in the counted text (one parenthesis, however many sources it names)."""
    excluded_kinds: dict[str, dict[str, ExcludedKind]] = field(default_factory=dict)
    """``citations`` and ``reference-notes`` by kind (:data:`EXCLUSION_KINDS`): items and words."""

    def _excluded_json(self, key: str, words: int) -> dict[str, object]:
        entry: dict[str, object] = {"words": words, "why": EXCLUSION_REASONS[key]}
        if key in self.excluded_kinds:
            entry["kinds"] = {
                kind: {"items": found.items, "words": found.words}
                for kind, found in self.excluded_kinds[key].items()
                if found.items
            }
        return entry

    def to_json(self) -> dict[str, object]:
        return {
            "countable": self.countable,
            "limit": self.limit,
            "declared": self.declared,
            "word_cached": self.word_cached,
            "word_cached_application": self.word_cached_application,
            "word_style_total": self.word_style_total,
            "by_part": dict(self.by_part),
            "excluded": {key: self._excluded_json(key, words) for key, words in self.excluded.items()},
            "cutoff": self.cutoff.to_json() if self.cutoff else None,
        }


@dataclass(slots=True)
class _Word:
    text: str
    block: Block
    note: Note | None
    context: list[str]
    position: int


def breakdown_kind(citation: Citation) -> str:
    """The breakdown's name for a citation's kind (a published key: never renamed)."""
    kind = citation.kind
    if kind is CitationKind.PARENTHETICAL:
        return "author-date"
    if kind is CitationKind.NARRATIVE:
        return "narrative-year"
    if kind is CitationKind.AUTHOR_PAGE:
        return "page" if citation.named_nearby else "author-page"
    if kind is CitationKind.PERSONAL:
        return "personal-communication"
    return str(kind.value)


def excluded_spans(citations: Iterable[Citation]) -> list[tuple[int, int, Citation]]:
    """What the count leaves out of one text: each counted citation's span, or the whole parenthesis
    when every source in it counts ("(Chen, 2001; Westad, 1998)"); in order, overlaps kept."""
    listed = [c for c in citations if c.uncounted is not None]
    by_enclosure: dict[tuple[int, int], list[Citation]] = {}
    for c in listed:
        if c.enclosure is not None:
            by_enclosure.setdefault(c.enclosure, []).append(c)
    spans: list[tuple[int, int, Citation]] = []
    done: set[tuple[int, int]] = set()
    for c in listed:
        if c.enclosure is not None:
            if c.enclosure not in done:
                done.add(c.enclosure)
                spans.append((*c.enclosure, by_enclosure[c.enclosure][0]))
            continue
        start, end = c.uncounted  # type: ignore[misc]
        if end > start and (start, end) not in done:
            done.add((start, end))  # one field citing two works stands once in the text
            spans.append((start, end, c))
    spans.sort(key=lambda s: (s[0], -s[1]))
    return spans


def _merged(spans: list[tuple[int, int, Citation]]) -> list[tuple[int, int, Citation]]:
    """Overlapping spans merged, each keeping the citation of its first span."""
    merged: list[tuple[int, int, Citation]] = []
    for start, end, citation in spans:
        if merged and start < merged[-1][1]:
            last = merged[-1]
            merged[-1] = (last[0], max(last[1], end), last[2])
        else:
            merged.append((start, end, citation))
    return merged


def _countable_words(text: str, spans: list[tuple[int, int, Citation]]) -> tuple[list[tuple[int, int]], dict[str, int]]:
    """Countable word spans of a text and the words each kind of citation removed.

    A token that overlaps a citation is the citation's when what lies outside it is punctuation
    only: "45)." in "(Achebe 45). Next". Citations are found by bisection, so the count stays
    linear in the text however many citations it holds.
    """
    merged = _merged(spans)
    ends = [e for _, e, _ in merged]
    kept: list[tuple[int, int]] = []
    removed: dict[str, int] = {}
    for start, end in word_spans(text):
        at = bisect.bisect_right(ends, start)
        inside = []
        while at < len(merged) and merged[at][0] < end:
            inside.append(merged[at])
            at += 1
        if not inside:
            kept.append((start, end))
            continue
        outside = [ch for i, ch in enumerate(text[start:end], start) if not any(s <= i < e for s, e, _ in inside)]
        if any(ch.isalnum() for ch in outside):
            kept.append((start, end))
        else:
            kind = breakdown_kind(inside[0][2])
            removed[kind] = removed.get(kind, 0) + 1
    return kept, removed


def _add(table: dict[str, dict[str, ExcludedKind]], key: str, kind: str, items: int, words: int) -> None:
    kinds = table.setdefault(key, {k: ExcludedKind(0, 0) for k in EXCLUSION_KINDS[key]})
    kinds[kind] = ExcludedKind(kinds[kind].items + items, kinds[kind].words + words)


def count_document(document: Document, *, limit: int = 4000) -> WordCount:
    """Count an essay the IB's way (the document's own analyses: citations, resolution, notes)."""
    from eecheck.analysis.analyses import Analyses  # the analyses build on this module

    return Analyses(document, limit=limit).word_count


def count_words_ib(
    document: Document,
    *,
    counted: Iterable[Citation],
    readings: Mapping[str, NoteReading],
    limit: int = 4000,
) -> WordCount:
    """Count an essay the IB's way and find where reading stops.

    ``counted`` are the citations that count (the resolution's, :func:`eecheck.analysis.resolve.counts`):
    the count leaves out exactly their spans. ``readings`` say what in each note explains.
    """
    by_part: dict[str, int] = {}
    excluded: dict[str, int] = {}
    notes_by_id = {n.id: n for n in document.notes}
    note_classes: dict[str, str] = {}
    note_prose: dict[str, list[str]] = {}
    note_prose_words: dict[str, int] = {}
    kinds: dict[str, dict[str, ExcludedKind]] = {}
    in_blocks: dict[int, list[Citation]] = {}
    for citation in counted:
        if citation.note_id is None and citation.block is not None:
            in_blocks.setdefault(citation.block, []).append(citation)
    for note in document.notes:
        reading = readings[note.id]
        note_classes[note.id] = reading.classification
        note_prose[note.id] = list(reading.prose)
        prose_words = reading.prose_words
        note_prose_words[note.id] = prose_words
        reference_words = reading.reference_words
        if not note.referenced_from:
            # An unreferenced note is not part of the read essay.
            if prose_words + reference_words:
                _add(kinds, "reference-notes", "unreferenced", 1, prose_words + reference_words)
            reference_words += prose_words
        else:
            if prose_words:
                by_part["notes"] = by_part.get("notes", 0) + prose_words
            if reference_words:
                _add(kinds, "reference-notes", "mixed" if prose_words else "reference", 1, reference_words)
        if reference_words:
            excluded["reference-notes"] = excluded.get("reference-notes", 0) + reference_words

    reading_order: list[tuple[str, Block, Note | None]] = []
    word_style_total = 0
    read_notes: set[str] = set()
    by_block: dict[int, int] = {}
    citations_in_text = 0
    for block in document.blocks:
        word_style_total += word_style_count(block.text)
        if block.section in COUNTED_SECTIONS and block.kind in COUNTED_KINDS:
            cited = in_blocks.get(block.index, [])
            spans, removed = _countable_words(block.text, excluded_spans(cited))
            found: dict[str, set[int | None]] = {}
            for citation in cited:
                found.setdefault(breakdown_kind(citation), set()).add(citation.group)
            citations_in_text += len({c.group for c in cited})
            by_block[block.index] = len(spans)
            for kind, groups in found.items():
                _add(kinds, "citations", kind, len(groups), removed.get(kind, 0))
            if removed:
                excluded["citations"] = excluded.get("citations", 0) + sum(removed.values())
            part = block.section.value
            by_part[part] = by_part.get(part, 0) + len(spans)
            refs = sorted(block.note_refs, key=lambda r: r.offset)
            ref_index = 0
            for start, end in spans:
                while ref_index < len(refs) and refs[ref_index].offset <= start:
                    _read_note(refs[ref_index].note_id, block, notes_by_id, note_prose, read_notes, reading_order)
                    ref_index += 1
                reading_order.append((block.text[start:end], block, None))
            for ref in refs[ref_index:]:
                _read_note(ref.note_id, block, notes_by_id, note_prose, read_notes, reading_order)
            continue
        words = count_words(block.text)
        if not words:
            continue
        if block.kind is BlockKind.TABLE:
            key = "tables"
        elif block.kind is BlockKind.CAPTION:
            key = "captions"
        elif block.kind is BlockKind.CONTENTS_ENTRY:
            key = "contents"
        else:
            key = _SECTION_EXCLUSION.get(block.section, "title-page")
        excluded[key] = excluded.get(key, 0) + words
    for note in document.notes:
        word_style_total += word_style_count(note.text)
    hf_words = sum(count_words(h.text) for h in document.headers_footers)
    if hf_words:
        excluded["headers-footers"] = hf_words

    countable = sum(by_part.values())
    cutoff = _cutoff(reading_order, limit) if countable > limit else None
    metadata = document.metadata
    return WordCount(
        countable=countable,
        limit=limit,
        by_part=by_part,
        excluded=excluded,
        declared=document.title_page.declared_word_count,
        word_cached=metadata.word_cached,
        word_cached_application=metadata.word_cached_application,
        word_style_total=word_style_total,
        cutoff=cutoff,
        note_classes=note_classes,
        note_prose_words=note_prose_words,
        by_block=by_block,
        citations_in_text=citations_in_text,
        excluded_kinds=kinds,
    )


def _read_note(
    note_id: str,
    block: Block,
    notes_by_id: dict[str, Note],
    note_prose: dict[str, list[str]],
    read_notes: set[str],
    reading_order: list[tuple[str, Block, Note | None]],
) -> None:
    """An examiner reads a note's prose where it is first referenced."""
    if note_id in read_notes or note_id not in notes_by_id:
        return
    read_notes.add(note_id)
    for sentence in note_prose.get(note_id, []):
        for start, end in word_spans(sentence):
            reading_order.append((sentence[start:end], block, notes_by_id[note_id]))


def _cutoff(reading_order: list[tuple[str, Block, Note | None]], limit: int) -> Cutoff:
    index = limit - 1
    word, block, note = reading_order[index]
    before = [w for w, b, n in reading_order[max(0, index - CUTOFF_CONTEXT_WORDS) : index] if b is block and n is note]
    after = [w for w, b, n in reading_order[index + 1 : index + 1 + CUTOFF_CONTEXT_WORDS] if b is block and n is note]
    excerpt = " ".join([*before, f"[{word}]", *after])
    return Cutoff(
        word=word,
        block=block.index,
        part=block.section.value,
        excerpt=excerpt,
        note=note.label if note else None,
    )
