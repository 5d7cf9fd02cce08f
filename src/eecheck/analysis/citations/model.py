"""What a citation is, once read: :class:`Citation`, its :class:`CitationKind` and its :class:`Certainty`.

A citation is one cited source at one place in the essay, with exact character
spans in the text that holds it (a block's text, or a note's): ``start``/``end``
cover the citation as written, ``count_span`` what the word count leaves out
(the year of a narrative "Lüthi (2008)" but not the name; the locator of a
narrative pandoc key but not the key), and ``enclosure`` the parenthesis or
brackets the citation stands in with the other sources of its group.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from eecheck.model import SourceRecord


class CitationKind(enum.StrEnum):
    """The form a citation is written in."""

    NOTE_FULL = "note-full"
    """A full note: "Jian Chen, *Mao's China* (Chapel Hill: …, 2001), 50."."""
    NOTE_SHORT = "note-short"
    """A short note: "Chen, *Mao's China*, 52.", "“Memorandum of Conversation,” Wilson Center Digital Archive."."""
    IBID = "ibid"
    """ "Ibid.", "Ibid., 53.", "Id."."""
    PARENTHETICAL = "parenthetical"
    """Author–date in parentheses: "(Jack & Suri, 2014, p. 190)", "(Fanon [1961] 1963, 61)"."""
    NARRATIVE = "narrative"
    """A name in the prose and the year in parentheses: "Lüthi (2008) argues"."""
    AUTHOR_PAGE = "author-page"
    """MLA: "(Achebe 45)", "(GSMA, *State of the Industry Report* 9)", "(Mwangi)", a page alone "(45)"."""
    TITLE_ONLY = "title-only"
    """A work cited by its title: "(“Chinua Achebe”)", "(La battaglia di Algeri, 1966)"."""
    PERSONAL = "personal-communication"
    """A personal communication, which has no bibliography entry: "(G. Kamau, personal interview, …)"."""
    NUMERIC = "numeric"
    """The number of an entry of a numbered reference list: "[1]", "[1, p. 3]", superscript "1,2"."""
    FIELD = "field"
    """A reference-manager field (Zotero, Mendeley, EndNote, Word) whose source is known exactly."""
    PANDOC_KEY = "pandoc-key"
    """A pandoc citation key ("[@jack2014, p. 33]") resolved against the bibliography file."""


class Certainty(enum.StrEnum):
    """How sure the form alone makes it that this is a citation."""

    CERTAIN = "certain"
    """A citation whatever the bibliography says: a full or short note with a page, "Ibid.", a field."""
    STYLE = "style"
    """A citation when it resolves, when the essay's style uses that form, or (for the count, when the
    essay has no bibliography) by form alone: an author–date parenthesis, MLA author–page, "Suri (2017)
    argues"."""
    MATCH = "match"
    """A citation only when it resolves: forms that are as often something else ("(45)", "(Day, 1985)",
    "(1,2)", a name before a year that no verb of saying follows)."""


@dataclass(frozen=True, slots=True)
class Citation:
    """One cited source at one place in the essay."""

    kind: CitationKind
    authors: tuple[str, ...]
    """Names as written: surnames ("Jack", "Suri"), full names in a full note ("Jian Chen"),
    corporate names ("World Bank"). For a page-only citation, the names found before it,
    nearest first."""
    year: str | None
    """"2008", "2008a", "n.d.", "1961/1963" (original and edition); None for notes without a year
    and MLA forms."""
    title: str | None
    """A (short) title: in notes, MLA title forms and anonymous works."""
    locator: str | None
    """Page or other locator as written ("p. 190", "45–47", "53")."""
    text: str
    """The citation as written (one item of a parenthesis, one source of a note)."""
    block: int | None
    """The block holding it; for a note's citation, the block whose mark calls the note."""
    note_label: str | None
    """The note's label when the citation sits in a note."""
    record: SourceRecord | None = None
    """The source, for field and pandoc citations (None when the key names nothing)."""
    et_al: bool = False
    certainty: Certainty = Certainty.CERTAIN
    start: int | None = None
    """Offset of ``text`` in the block's (or the note's) text."""
    end: int | None = None
    key: str | None = None
    """The citation key (pandoc ``@key``, CSL id, Word tag) of a field or pandoc citation."""
    alias: str | None = None
    """An abbreviation this citation introduces: "WHO" in "(World Health Organization [WHO], 2020)"."""
    author_text: str | None = None
    """The author part as written, before splitting ("Food and Agriculture Organization")."""
    group: int | None = None
    """Citations written together (one parenthesis, one note) share a group number."""
    note_id: str | None = None
    named_nearby: bool = False
    """A page-only citation whose ``authors`` are nearby names, to be chosen by the resolver."""
    source_text: str | None = None
    """For field citations: the field's displayed text, which messages show."""
    count_span: tuple[int, int] | None = None
    """What the word count leaves out, as offsets in the same text as ``start``; None: ``start``–``end``."""
    enclosure: tuple[int, int] | None = None
    """The parenthesis or brackets around this citation and the others of its group, when every piece
    inside them is a citation: the count then leaves the whole enclosure out."""
    numbers: tuple[int, ...] = ()
    """For a numeric citation: the entry numbers it names ("[1]–[3]" names 1, 2 and 3)."""

    def __post_init__(self) -> None:
        # a kind or certainty given by name ("author-page") is the same decision as the enum member
        object.__setattr__(self, "kind", CitationKind(self.kind))
        object.__setattr__(self, "certainty", Certainty(self.certainty))

    @property
    def uncounted(self) -> tuple[int, int] | None:
        """The span the word count leaves out when this citation counts as one."""
        if self.count_span is not None:
            return self.count_span
        if self.start is None or self.end is None:
            return None
        return (self.start, self.end)
