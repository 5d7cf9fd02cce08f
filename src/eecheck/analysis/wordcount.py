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

from collections.abc import Sequence
from dataclasses import dataclass, field

from eecheck.model import Block, BlockKind, Document, FieldCitation, Note, Section
from eecheck.text.citations import CITATION_KINDS, citation_spans, classify_note
from eecheck.analysis.words import count_words, word_spans, word_style_count

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


def _is_whole_citation(field_citation: FieldCitation) -> bool:
    """A narrative pandoc citation ``@key [p. 33]`` stands for the author's name, which is read
    as a word; only its locator is citation. Every other field is citation through and through."""
    return not (field_citation.source == "pandoc" and not field_citation.text.lstrip().startswith("["))


def _countable_words_of_block(
    block: Block, known: Sequence[tuple[int | None, str, str]] = ()
) -> tuple[list[tuple[int, int]], dict[str, int], dict[str, int]]:
    """Countable word spans of a counted block; the words citations removed, and the citations, by kind."""
    citations = citation_spans(block.text, known=known)
    kept: list[tuple[int, int]] = []
    removed: dict[str, int] = {}
    for start, end in word_spans(block.text):
        # A token that overlaps a citation is the citation's when what lies
        # outside it is punctuation only: "45)." in "(Achebe 45). Next".
        inside = [c for c in citations if c.start < end and start < c.end]
        outside = "".join(
            ch for i, ch in enumerate(block.text[start:end], start) if not any(c.start <= i < c.end for c in inside)
        )
        if inside and not any(ch.isalnum() for ch in outside):
            removed[inside[0].kind] = removed.get(inside[0].kind, 0) + 1
        else:
            kept.append((start, end))
    found: dict[str, int] = {}
    for citation in citations:
        found[citation.kind] = found.get(citation.kind, 0) + 1
    return kept, removed, found


def _add(table: dict[str, dict[str, ExcludedKind]], key: str, kind: str, items: int, words: int) -> None:
    kinds = table.setdefault(key, {k: ExcludedKind(0, 0) for k in EXCLUSION_KINDS[key]})
    kinds[kind] = ExcludedKind(kinds[kind].items + items, kinds[kind].words + words)


def count_document(document: Document, *, limit: int = 4000) -> WordCount:
    """Count an essay the IB's way and find where reading stops."""
    by_part: dict[str, int] = {}
    excluded: dict[str, int] = {}
    notes_by_id = {n.id: n for n in document.notes}
    note_classes: dict[str, str] = {}
    note_prose: dict[str, list[str]] = {}
    note_prose_words: dict[str, int] = {}
    kinds: dict[str, dict[str, ExcludedKind]] = {}
    block_fields: dict[int, list[tuple[int | None, str, str]]] = {}
    note_fields: dict[str, list[str]] = {}
    for cited in document.field_citations:
        if not _is_whole_citation(cited):
            continue  # its locator is found by pattern, like any pandoc key
        if cited.note_id is not None:
            note_fields.setdefault(cited.note_id, []).append(cited.text)
        elif cited.block is not None:
            kind = "pandoc-key" if cited.source == "pandoc" else "field"
            block_fields.setdefault(cited.block, []).append((cited.offset, cited.text, kind))
    for note in document.notes:
        reading = classify_note(note.text, cited=note_fields.get(note.id, ()))
        note_classes[note.id] = reading.classification
        note_prose[note.id] = list(reading.prose)
        prose_words = sum(count_words(s) for s in reading.prose)
        note_prose_words[note.id] = prose_words
        reference_words = sum(count_words(s) for s in reading.references)
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
            spans, removed, found = _countable_words_of_block(block, block_fields.get(block.index, ()))
            citations_in_text += sum(found.values())
            by_block[block.index] = len(spans)
            for kind, items in found.items():
                _add(kinds, "citations", kind, items, removed.get(kind, 0))
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
