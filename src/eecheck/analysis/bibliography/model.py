"""What a bibliography entry is, once read: :class:`Author` and :class:`Entry`."""

from __future__ import annotations

from dataclasses import dataclass

from eecheck.model import SourceRecord


@dataclass(frozen=True, slots=True)
class Author:
    """One author as the entry names them: a family name (or a corporate name written whole)."""

    family: str
    given: str | None = None
    corporate: bool = False


@dataclass(frozen=True, slots=True)
class Entry:
    """One bibliography entry and the parts read from it."""

    text: str
    """The entry as written, spaces normalised and any typed number kept (for entries from a
    reference manager, a rendering of the record)."""
    block: int | None
    """The block the entry starts in; None for entries from a bibliography file."""
    authors: tuple[Author, ...]
    et_al: bool
    year: str | None
    """``2008``, ``2008a``, ``n.d.``, ``in press`` or ``forthcoming``; None when the entry gives none."""
    title: str | None
    container: str | None
    """The journal, book, website or newspaper the work appears in."""
    publisher: str | None
    url: str | None
    """A web address other than a DOI link (``www.`` and bare ``site.org/path`` addresses too)."""
    doi: str | None
    """The bare DOI (``10.1257/aer.104.1.183``), from ``https://doi.org/…`` or ``doi:…``."""
    accessed: str | None
    """The access date as written ("12 Mar. 2025", "March 3, 2024"); for a generative-AI
    citation without one, the date the output was generated."""
    lead: str
    """The first element, for alphabetical order: the first author's family name, or the
    corporate author, or the title without leading article or quotation marks; folded."""
    style: str | None
    """``chicago``, ``mla``, ``apa`` or ``harvard``: a guess from the entry's shape; None when unclear."""
    # Additions beyond the shared contract (optional, with defaults).
    leads: tuple[str, ...] = ()
    """Every sort key the first element may fairly be alphabetised under ("de gaulle" and
    "gaulle"; "the economist" and "economist"; word-by-word and letter-by-letter)."""
    title_first: bool = False
    """The entry starts with its title (an anonymous work)."""
    repeated_author: bool = False
    """The entry starts with a dash ("———." / "---.") standing for the previous entry's authors."""
    online: str | None = None
    """What makes the entry an online source: ``url``, or the web-only publisher or medium named."""
    ai_tool: bool = False
    """The entry cites output of a generative-AI tool."""
    label: str | None = None
    """The number the entry carries when the list is typed as numbered ("1.", "[1]")."""
    group: int = 0
    """Which part of a divided bibliography the entry is in ("Primary sources" …), from 0."""
    record: SourceRecord | None = None
    """The reference manager's record, for entries made from ``Document.source_records``."""
