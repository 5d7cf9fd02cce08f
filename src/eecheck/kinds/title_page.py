"""Kind ``title_page``: no title page, or one without its title, subject or word count (STR001).

The readers find the title page (Markdown front matter, the page before the
first page break, or what precedes the first heading) and read its fields,
labelled ("Subject: History") or not (the first line is the title). This kind
only says which field is absent; whether a declared word count is right is
LEN002's question, and the research question is STR002's.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from eecheck.kinds.base import CheckContext, Hit, HitLocation, Kind
from eecheck.model import BlockKind


def check(context: CheckContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    document = context.document
    title_page = document.title_page
    present = {
        "title": title_page.title,
        "subject": title_page.subject,
        "word-count": title_page.declared_word_count_text,
    }
    first_block = title_page.blocks[0] if title_page.blocks else None
    if title_page.source == "none" and not any(present.values()) and not title_page.research_question:
        opening = next((b.index for b in document.blocks if b.kind is not BlockKind.PAGE_BREAK), None)
        yield Hit(fields={}, location=HitLocation(block=opening), case="no-title-page")
        return
    for field_name, value in present.items():
        if not (value or "").strip():
            yield Hit(fields={}, location=HitLocation(block=first_block), case=f"no-{field_name}")


KIND = Kind(
    name="title_page",
    fields=frozenset(),
    cases=frozenset({"no-title-page", "no-title", "no-subject", "no-word-count"}),
    params={},
    check=check,
    scopes=frozenset({"title-page"}),
)
