"""Kind ``quotation_uncited``: a direct quotation with no citation near it (REF008).

A direct quotation is text in quotation marks (“…”, "…", ‘…’, ‘‘…’’, «…»,
„…“) of at least ``min_words`` words, in the prose of the introduction, body
and conclusion. It is cited when a citation stands in the same sentence or
the next one: a note mark, a citation the reader found (parenthetical,
narrative, numeric "[3]" or a superscript number, a field), or any
parenthesis holding a page or a year ("(45)", "(p. 12)"), since a writer who
gave one meant to cite. Sentences are the one sentence splitter's
(:mod:`eecheck.analysis.sentences`), which keeps "et al." and "p. 45" inside
their sentence.

Quotation marks inside a citation ("(“Chinua Achebe”)") are a title, not a
quotation, and an essay quoting its own title or research question ("This
essay asks: “To what extent …?”") quotes no source. A quotation that opens in one paragraph and closes in another
is not matched, so it is not checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from eecheck.analysis.resolve import excerpt, significant_words
from eecheck.analysis.sentences import sentence_spans
from eecheck.analysis.words import count_words
from eecheck.kinds.base import CheckContext, Hit, HitLocation, Kind
from eecheck.model import Block, BlockKind, Document, Section

_QUOTATION = re.compile(
    r"“(?P<a>[^“”]+)”"
    r"|‘‘(?P<b>.+?)’’"
    r"|(?<![\w\"])\"(?P<c>[^\"\n]+)\"(?![\w])"
    r"|«(?P<d>[^«»]+)»"
    r"|„(?P<e>[^„“”]+)[“”]"
    # a single-quoted quotation: an apostrophe inside ("Mao’s") is not its end
    r"|(?<!\w)‘(?P<f>(?:[^‘’]|’(?=\w))+)’(?!\w)"
)
_CITED_PARENTHESIS = re.compile(r"\([^()]*\d[^()]*\)")
_SECTIONS = frozenset({Section.INTRODUCTION, Section.BODY, Section.CONCLUSION})
_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM})


def _signals(block: Block, cited: list[int]) -> list[int]:
    """Offsets in the block where something cites: note marks, citations, parentheses with a number."""
    offsets = [ref.offset for ref in block.note_refs]
    offsets.extend(cited)
    offsets.extend(m.start() for m in _CITED_PARENTHESIS.finditer(block.text))
    return offsets


def _inside_parenthesis(text: str, start: int) -> bool:
    return text.rfind("(", 0, start) > text.rfind(")", 0, start)


def _own_words(document: Document) -> list[set[str]]:
    """The words of the essay's title and research question, which it may quote without a citation."""
    page = document.title_page
    return [set(significant_words(text)) for text in (page.title, page.research_question) if text]


def _is_own(quotation: str, own: list[set[str]]) -> bool:
    words = significant_words(quotation)
    return any(words and sum(w in mine for w in words) >= 0.8 * len(words) for mine in own)


def check(context: CheckContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    min_words = int(params["min_words"])
    document = context.document
    own = _own_words(document)
    # every form the reader saw, counting or not: a writer who gave any of them meant to cite
    cited: dict[int, list[int]] = {}
    for citation in context.analyses.citations:
        if citation.note_id is None and citation.block is not None and citation.start is not None:
            cited.setdefault(citation.block, []).append(citation.start)
    for block in document.blocks:
        if block.section not in _SECTIONS or block.kind not in _KINDS:
            continue
        quotations = [
            (m.start(), m.end(), next(g for g in m.groups() if g is not None)) for m in _QUOTATION.finditer(block.text)
        ]
        quotations = [q for q in quotations if count_words(q[2]) >= min_words]
        if not quotations:
            continue
        sentences = sentence_spans(block.text)
        signals = _signals(block, cited.get(block.index, []))
        for start, end, inner in quotations:
            if _inside_parenthesis(block.text, start) or _is_own(inner, own):
                continue
            first = next((i for i, (s, e) in enumerate(sentences) if s <= start < e), 0)
            last = next((i for i, (s, e) in enumerate(sentences) if s < end <= e), first)
            window_end = sentences[min(last + 1, len(sentences) - 1)][1] if sentences else len(block.text)
            window_start = sentences[first][0] if sentences else 0
            if any(window_start <= offset <= window_end for offset in signals):
                continue
            shown = excerpt(inner, 60)
            yield Hit(
                fields={"quotation": shown, "words": count_words(inner)},
                location=HitLocation(block=block.index, excerpt=shown),
            )


def _validate(params: Mapping[str, Any]) -> str | None:
    return None if params["min_words"] >= 1 else "min_words: must be at least 1"


KIND = Kind(
    name="quotation_uncited",
    fields=frozenset({"quotation", "words"}),
    cases=frozenset(),
    params={},
    optional={"min_words": (int, 6)},
    validate=_validate,
    check=check,
)
