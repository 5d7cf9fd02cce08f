"""Kind ``research_question``: the title page's research question is missing, not a question,
or not stated again in the introduction (STR002).

The readers take the research question from the title page, labelled
("Research question: …", also inside a DOCX paragraph or Markdown front matter)
or as the line there that ends in "?". The restatement is found by fuzzy
matching (:mod:`eecheck.text.restatement`) against the introduction's
sentences, split by the one sentence splitter (:func:`eecheck.analysis.sentences.sentences`): the best window of one
or two consecutive sentences must contain at least ``threshold`` of the
question's content words. Without an introduction there is nothing to search;
STR005 reports the missing introduction.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from eecheck.analysis.sentences import sentences
from eecheck.kinds.base import CheckContext, Hit, HitLocation, Kind
from eecheck.model import BlockKind, Section
from eecheck.text.restatement import best_restatement, content_words

_CLOSERS = "”’\"')]»*_ \t"
_QUOTES = "“”‘’\"'«» "
_INTRO_KINDS = (BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)


def ends_as_question(text: str) -> bool:
    """True for "…?", "“…?”" and "…?)": a closing quote or bracket may follow the mark."""
    return text.rstrip(_CLOSERS).endswith(("?", "？"))


def _excerpt(text: str, words: int = 25) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def check(context: CheckContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    document = context.document
    title_page = document.title_page
    # Quotation marks around the whole question are the candidate's, not part of it.
    question = " ".join((title_page.research_question or "").split()).strip(_QUOTES).strip()
    first_block = title_page.blocks[0] if title_page.blocks else None
    if not question:
        yield Hit(fields={}, location=HitLocation(block=first_block), case="missing")
        return
    if not ends_as_question(question):
        yield Hit(
            fields={"question": question},
            location=HitLocation(block=first_block, excerpt=question),
            case="not-question",
        )
    intro = [b for b in document.blocks if b.section is Section.INTRODUCTION and b.kind in _INTRO_KINDS]
    if not intro or not content_words(question):
        return
    # Headings too: a restated question sometimes stands alone as a bold line.
    found = [s for block in intro for s in sentences(block.text)]
    threshold = float(params["threshold"])
    match = best_restatement(question, found, window=int(params["window"]))
    if match is not None and match.score >= threshold:
        return
    closest = match.text if match else ""
    yield Hit(
        fields={
            "question": question,
            "score": match.score if match else 0.0,
            "threshold": threshold,
            "closest": _excerpt(closest),
            "introduction": f"“{intro[0].text}”" if intro[0].kind is BlockKind.HEADING else "the introduction",
        },
        location=HitLocation(block=intro[0].index, excerpt=_excerpt(closest) or None),
        case="not-restated",
    )


def _validate(params: Mapping[str, Any]) -> str | None:
    if not 0 < float(params["threshold"]) <= 1:
        return "threshold: must be a share between 0 and 1 (e.g. 0.7)"
    if int(params["window"]) < 1:
        return "window: must be at least 1 sentence"
    return None


KIND = Kind(
    name="research_question",
    fields=frozenset({"question", "score", "threshold", "closest", "introduction"}),
    cases=frozenset({"missing", "not-question", "not-restated"}),
    params={},
    optional={"threshold": ((int, float), 0.7), "window": (int, 2)},
    check=check,
    validate=_validate,
    scopes=frozenset({"research-question"}),
)
