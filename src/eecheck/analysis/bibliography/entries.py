"""A document's bibliography: its entries, written or made from a reference manager's records.

Owns :func:`entries` and the ways a message names an entry (:func:`excerpt`,
:func:`first_element`, :func:`describe`). One entry is read by
:func:`eecheck.analysis.bibliography.parse.parse_entry`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from eecheck.analysis.bibliography.authors import is_corporate
from eecheck.analysis.bibliography.identifiers import _AI_TOOL, _DOI, _strip_trailing
from eecheck.analysis.bibliography.model import Author, Entry
from eecheck.analysis.bibliography.parse import _clean, parse_entry
from eecheck.analysis.bibliography.sort_keys import _lead_and_keys
from eecheck.analysis.citations.grammar import PARTICLES
from eecheck.analysis.folding import fold
from eecheck.model import BlockKind, Document, Section, SourceRecord

# --- a document's entries ----------------------------------------------------------

_CONTINUATION = re.compile(
    r"^\s*(?:<?https?://|www\.|doi:|\[?\(?\s*(?:accessed|retrieved|viewed|available\s+(?:at|from)|date\s+accessed)\b)",
    re.IGNORECASE,
)


_DIVIDER_ADJECTIVE = (
    r"(?:primary|secondary|tertiary|other|print|online|digital|electronic|archival|published|unpublished"
    r"|visual|audio(?:visual)?|web|internet|additional|further|academic|government|newspaper|journal)"
)
_DIVIDER_NOUN = (
    r"(?:sources?|books?|articles?|websites?|web\s+sites?|web\s+pages?|journals?|interviews?(?:\s+conducted)?"
    r"|films?|images?|figures?|documents?|newspapers?|reports?|videos?|data(?:\s*sets?)?|archives?|reading"
    r"|works\s+consulted|works\s+cited|media|materials?|literature|texts?|publications?|podcasts?|letters?"
    r"|speeches|maps?|photographs?|artworks?|statistics)"
)
_DIVIDER_ITEM = rf"(?:{_DIVIDER_ADJECTIVE}\s+)?{_DIVIDER_NOUN}"
_DIVIDER = re.compile(
    rf"^{_DIVIDER_ITEM}(?:\s*(?:,|and|&)\s*{_DIVIDER_ITEM})*(?:\s*\(.{{1,30}}\))?\s*:?$", re.IGNORECASE
)


def _is_divider(text: str) -> bool:
    """A line that divides a bibliography ("Primary sources", "Websites:") rather than an entry."""
    return bool(_DIVIDER.match(_clean(text).strip()))


def entries(document: Document) -> tuple[Entry, ...]:
    """The document's bibliography entries, in order.

    The written bibliography (``Document.bibliography``) when there is one. An
    entry that goes on in the next paragraph (a URL or access date on a line of
    its own) is joined to it; a line such as "Primary sources" starts a new
    ``group``; "———." entries take the previous entry's authors. When nothing is
    written but the essay names a bibliography file or carries a reference
    manager's sources (``Document.source_records``), entries are made from those
    records: for pandoc citation keys, only the records the essay cites, as
    pandoc prints them.
    """
    written = tuple(_written(document))
    if written:
        return written
    return tuple(_from_records(document))


def _written(document: Document) -> Iterator[Entry]:
    headings = {b.index for b in document.blocks if b.section is Section.BIBLIOGRAPHY and b.kind is BlockKind.HEADING}
    merged: list[tuple[str, int]] = []
    groups: list[int] = []
    group = 0
    last_block: int | None = None
    for item in document.bibliography:
        if last_block is not None and any(last_block < h < item.block for h in headings):
            group += 1
        last_block = item.block
        if _is_divider(item.text):
            if merged:
                group += 1
            continue
        if merged and _CONTINUATION.match(item.text):
            text, block = merged[-1]
            merged[-1] = (f"{text} {item.text.strip()}", block)
            continue
        merged.append((item.text, item.block))
        groups.append(group)
    previous: Entry | None = None
    for (text, block), group_index in zip(merged, groups, strict=True):
        entry = parse_entry(text, block=block)
        if entry.repeated_author and previous is not None:
            entry = replace(
                entry,
                authors=previous.authors,
                et_al=previous.et_al,
                lead=previous.lead,
                leads=previous.leads,
                title_first=False,
            )
        entry = replace(entry, group=group_index)
        yield entry
        previous = entry


def _from_records(document: Document) -> Iterator[Entry]:
    records: Iterable[SourceRecord] = document.source_records
    pandoc = [c for c in document.field_citations if c.source == "pandoc"]
    if pandoc:
        cited = {item.key for citation in pandoc for item in citation.items if item.key}
        records = [r for r in records if r.key in cited]
    for record in records:
        yield entry_from_record(record)


def entry_from_record(record: SourceRecord) -> Entry:
    """An entry made from a reference manager's or bibliography file's record."""
    authors = tuple(Author(family=name, corporate=is_corporate(name)) for name in record.authors if name)
    title_first = not authors
    lead, leads = _lead_and_keys(authors, record.title, title_first=title_first)
    url = record.url
    doi = record.doi
    if url and doi is None:
        match = _DOI.search(url)
        if match:
            doi, url = _strip_trailing(match.group("doi")), None
    elif url and doi and re.search(r"doi\.org/", url, re.IGNORECASE):
        url = None
    parts = [", ".join(record.authors), f"({record.year})" if record.year else "", record.title or ""]
    parts += [record.container or "", record.publisher or "", record.url or "", f"doi:{doi}" if doi else ""]
    text = ". ".join(p for p in parts if p)
    online: str | None = "url" if url else None
    if online is None and record.kind in ("webpage", "post-weblog", "post"):
        online = record.kind
    ai = bool(
        _AI_TOOL.search(" ".join(p for p in (record.title, record.container, record.publisher, *record.authors) if p))
    )
    return Entry(
        text=text,
        block=None,
        authors=authors,
        et_al=False,
        year=record.year,
        title=record.title,
        container=record.container,
        publisher=record.publisher,
        url=url,
        doi=doi,
        accessed=record.accessed,
        lead=lead,
        style=None,
        leads=leads,
        title_first=title_first,
        online=online,
        ai_tool=ai,
        record=record,
    )


def excerpt(entry: Entry, *, words: int = 8) -> str:
    """The opening words of an entry, to name it in a message."""
    parts = entry.text.split()
    return " ".join(parts) if len(parts) <= words else " ".join(parts[:words]) + " …"


def first_element(entry: Entry) -> str:
    """The element an entry is alphabetised by, as written: "Lüthi", "World Bank", "“Chinua Achebe”"."""
    if entry.authors and not entry.title_first:
        return entry.authors[0].family
    if entry.title:
        return entry.title
    return excerpt(entry, words=4)


def _cited_family(author: Author) -> str:
    """The family name as the text cites it: Chicago's "Gaulle, Charles de" is "de Gaulle"."""
    particles: list[str] = []
    for word in reversed((author.given or "").split()):
        if not (word[:1].islower() and fold(word) in PARTICLES):
            break
        particles.insert(0, word)
    return " ".join([*particles, author.family])


def describe(entry: Entry) -> str:
    """How a message names an entry: "Gettleman (2024)", "Jack and Suri (2014)",
    "Corotto et al. (2010)", "“Chinua Achebe”", or its opening words in quotation
    marks when it gives neither author nor title."""
    year = f" ({entry.year})" if entry.year else ""
    if entry.authors and not entry.title_first:
        families = [_cited_family(a) for a in entry.authors]
        if entry.et_al or len(families) > 2:
            name = f"{families[0]} et al."
        elif len(families) == 2:
            name = f"{families[0]} and {families[1]}"
        else:
            name = families[0]
        return name + year
    if entry.title:
        words = entry.title.split()
        title = " ".join(words) if len(words) <= 8 else " ".join(words[:8]) + " …"
        return f"“{title}”{year}"
    return f"“{excerpt(entry)}”"
