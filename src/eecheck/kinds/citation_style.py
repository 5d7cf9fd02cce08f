"""Kind ``citation_style``: citation styles mixed (REF007).

Two cases, read from :func:`eecheck.analysis.resolve.resolve`:

* ``mixed``: the essay cites both in notes (full and short notes, "Ibid.",
  reference-manager fields inside notes) and in the running text
  (parenthetical author–date or author–page citations, fields in the text).
* ``alternating``: the notes themselves switch between note style ("Chen,
  *Mao's China*, 45.") and author–date ("Chen 2001, 45.", or a parenthetical
  citation inside a note).

The finding points at the first citation of the less used style. Forms that
a notes essay may fairly use are left out: the source of a figure or table
in its caption or cells, a narrative "Lüthi (2008) argues"
(a date of publication in prose) and a page-only "(45)" after the source was
named (Chicago allows page references in the text for a work cited often).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from eecheck.analysis.citations.model import Citation, CitationKind
from eecheck.analysis.resolve import Family, Resolved, Status, citation_family, citation_place, note_places, shown
from eecheck.kinds.base import CheckContext, Hit, HitLocation, Kind
from eecheck.model import BlockKind, Document

_TEXT_KINDS = frozenset(
    {CitationKind.PARENTHETICAL, CitationKind.AUTHOR_PAGE, CitationKind.TITLE_ONLY, CitationKind.FIELD,
     CitationKind.PANDOC_KEY, CitationKind.NUMERIC}
)  # fmt: skip


def _side(resolved: Resolved, document: Document) -> str | None:
    """``notes`` or ``text`` for the mixed case; None for forms left out."""
    citation = resolved.citation
    if citation.note_label is None and citation.block is not None:
        if document.blocks[citation.block].kind in (BlockKind.CAPTION, BlockKind.TABLE):
            return None  # the source line of a figure or table follows the figure's own conventions
    if citation.note_label is not None:
        # an author–date citation inside a note is the alternating case, not this one
        return "notes" if citation_family(citation) is Family.NOTES else None
    if citation.kind in _TEXT_KINDS and not citation.named_nearby:
        return "text"
    return None


def _note_style(citation: Citation) -> str | None:
    """``note`` or ``author-date`` for a citation inside a note."""
    if citation.note_label is None or citation.kind in _NOT_NOTE_STYLE:
        return None
    if citation.kind is CitationKind.AUTHOR_PAGE and citation.named_nearby:
        return None
    return "note" if citation_family(citation) is Family.NOTES else "author-date"


_NOT_NOTE_STYLE = frozenset({CitationKind.FIELD, CitationKind.PANDOC_KEY, CitationKind.IBID, CitationKind.PERSONAL})


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _minority(labels: list[tuple[str, Resolved]]) -> tuple[str, str, int, int, Resolved] | None:
    counts: dict[str, int] = {}
    first: dict[str, Resolved] = {}
    for label, resolved in labels:
        counts[label] = counts.get(label, 0) + 1
        first.setdefault(label, resolved)
    if len(counts) < 2:
        return None
    # the style used first is the essay's style when both are used equally often
    order = list(first)
    majority = max(order, key=lambda k: (counts[k], -order.index(k)))
    minority = next(k for k in order if k != majority)
    return majority, minority, counts[majority], counts[minority], first[minority]


_STYLED = frozenset({Status.RESOLVED, Status.YEAR, Status.TITLE, Status.UNRESOLVED, Status.NUMBER})
_NAMES = {"notes": "footnote", "text": "parenthetical", "note": "note-style", "author-date": "author–date"}


def check(context: CheckContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    document = context.document
    resolution = context.analyses.resolution
    places = note_places(document)
    counted = [r for r in resolution.citations if r.status in _STYLED]
    for case, labels in (
        ("mixed", [(side, r) for r in counted if (side := _side(r, document))]),
        ("alternating", [(style, r) for r in counted if (style := _note_style(r.citation))]),
    ):
        found = _minority(labels)
        if found is None:
            continue
        majority, minority, majority_count, minority_count, example = found
        place = citation_place(example.citation, places)
        written = shown(example.citation)
        where = f" in note {example.citation.note_label}" if example.citation.note_label is not None else ""
        yield Hit(
            fields={
                "majority": _NAMES[majority],
                "minority": _NAMES[minority],
                "majority_count": _plural(majority_count, "citation"),
                "minority_count": _plural(minority_count, "citation"),
                "citation": written,
                "where": where,
            },
            location=HitLocation(block=place.block, line=place.line, part=place.part, excerpt=written),
            case=case,
        )
        return  # one finding: the notes alternating is part of the same mix


KIND = Kind(
    name="citation_style",
    fields=frozenset({"majority", "minority", "majority_count", "minority_count", "citation", "where"}),
    cases=frozenset({"mixed", "alternating"}),
    params={},
    check=check,
)
