"""Kind ``prose_in_tables``: a table or caption carries commentary, which the guide counts (LEN004).

Tables and their captions are left out of the IB count, but the guide counts
captions or tables that carry commentary or analysis: a table must not be a
way round the 4,000 words. This kind measures the prose (sentences, as
:mod:`eecheck.text.prose` defines them) in each table's cells and captions,
and fires when one table, with its captions, holds more than
``max_prose_words`` words of it.

Only tables and captions in the counted parts (abstract, introduction, body,
conclusion) are read: an appendix is not read by the examiner at all. A
caption belongs to the table right after it, else to the table right before
it; a caption next to no table (a figure's) is measured on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from eecheck.analysis.wordcount import COUNTED_SECTIONS
from eecheck.analysis.words import count_words
from eecheck.kinds.base import CheckContext, Hit, HitLocation, Kind
from eecheck.model import Block, BlockKind
from eecheck.text.prose import prose_sentences

# "Table 2:", "Figure 1.", "Fig. 3 –": the label a caption opens with.
_LABEL = re.compile(
    r"^\s*(?P<label>(?:figure|fig\.|table|chart|graph|map|image|diagram|illustration|plate|photo(?:graph)?)"
    r"\s*\d+[a-z]?)\s*[:.\-–—]\s*",
    re.IGNORECASE,
)
EXCERPT_WORDS = 12


@dataclass(slots=True)
class _Unit:
    """A table with its captions, or a caption on its own."""

    anchor: Block
    table: Block | None
    captions: list[Block] = field(default_factory=list)


def _units(blocks: tuple[Block, ...]) -> list[_Unit]:
    counted = [b for b in blocks if b.section in COUNTED_SECTIONS]
    tables = {b.index: _Unit(anchor=b, table=b) for b in counted if b.kind is BlockKind.TABLE}
    lone: list[_Unit] = []
    for block in counted:
        if block.kind is not BlockKind.CAPTION:
            continue
        owner = tables.get(block.index + 1) or tables.get(block.index - 1)
        if owner is not None:
            owner.captions.append(block)
        else:
            lone.append(_Unit(anchor=block, table=None, captions=[block]))
    return sorted([*tables.values(), *lone], key=lambda u: u.anchor.index)


def _caption_parts(caption: Block) -> tuple[str | None, str]:
    """The caption's label ("Table 2") and the text after it."""
    match = _LABEL.match(caption.text)
    if match is None:
        return None, caption.text
    label = " ".join(match.group("label").split())
    return label[0].upper() + label[1:], caption.text[match.end() :]


def _excerpt(sentence: str) -> str:
    words = sentence.split()
    return sentence if len(words) <= EXCERPT_WORDS else " ".join(words[:EXCERPT_WORDS]) + " …"


def check(context: CheckContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    limit = int(params["max_prose_words"])
    min_words = int(params["min_sentence_words"])
    for unit in _units(context.document.blocks):
        cell_prose: list[str] = []
        if unit.table is not None:
            for row in unit.table.text.split("\n"):
                for cell in row.split("\t"):
                    cell_prose.extend(prose_sentences(cell, min_words=min_words))
        caption_prose: list[str] = []
        label = None
        for caption in unit.captions:
            caption_label, text = _caption_parts(caption)
            label = label or caption_label
            caption_prose.extend(prose_sentences(text, min_words=min_words))
        words = sum(count_words(s) for s in (*cell_prose, *caption_prose))
        if words <= limit:
            continue
        parts = " and ".join(p for p, found in (("cells", cell_prose), ("caption", caption_prose)) if found)
        first = (cell_prose or caption_prose)[0]
        yield Hit(
            fields={
                "prose_words": words,
                "max_prose_words": limit,
                "sentences": len(cell_prose) + len(caption_prose),
                "parts": parts,
                "label": label or ("the table" if unit.table is not None else "the figure"),
                "excerpt": _excerpt(first),
            },
            location=HitLocation(block=unit.anchor.index, excerpt=_excerpt(first)),
        )


def _validate(params: Mapping[str, Any]) -> str | None:
    if int(params["max_prose_words"]) < 0:
        return "max_prose_words: must be 0 or more"
    if int(params["min_sentence_words"]) < 1:
        return "min_sentence_words: must be at least 1"
    return None


KIND = Kind(
    name="prose_in_tables",
    fields=frozenset({"prose_words", "max_prose_words", "sentences", "parts", "label", "excerpt"}),
    cases=frozenset(),
    params={},
    optional={"max_prose_words": (int, 30), "min_sentence_words": (int, 8)},
    validate=_validate,
    scopes=frozenset({"essay"}),
    check=check,
)
