"""Citation resolution: which bibliography entry each in-text citation names, and which entries go uncited.

:func:`resolve` matches the citations of :mod:`eecheck.analysis.citations.reader` to the
entries of :mod:`eecheck.analysis.bibliography.entries`:

* **Author–date** (parenthetical and narrative): the author *and* the year must
  match. Same author, another year is unresolved, and names the nearest entry
  (status ``year``).
* **Names match fuzzily**: case and diacritics (Lüthi = Luthi), initials
  ("J. Smith" = Smith), "&"/"and", "et al." for the first author of a longer
  list, a full name in a note ("Jian Chen", "Chen Jian") against a family name,
  a corporate author against its abbreviation ("WHO" for World Health
  Organization, or an abbreviation the essay introduces: "(World Health
  Organization [WHO], 2020)" then "(WHO, 2021)").
* **MLA author–page**: the author (and the short title, when the essay gives
  one); title-only forms match an entry's title; a page-only "(45)" takes the
  nearest name before it that is an entry's author or title.
* **Notes**: a full note by its author and its title or year; a short note by
  its surname and short title ("Zubok, *A Failed Empire*" picks the right
  Zubok); "Ibid." takes the previous note's source. When the previous note
  cites several sources, or none, the "Ibid." is ambiguous (REF009 reports it).
* **Fields** (Zotero, Mendeley, EndNote, Word) and pandoc keys: the record is
  the source; a key that names nothing in the bibliography file is unresolved
  (status ``missing-key``).
* **Numeric** citations ("[3]", "(1,2)", superscript "3"): the entry numbered 3
  of a numbered reference list; a number the list lacks is status ``number``.
* **Personal communications** have no bibliography entry in APA and Chicago:
  one that names no entry is status ``personal``, which counts as a citation
  and is never reported as unresolved.

A citation's ``certainty`` (see :mod:`eecheck.analysis.citations.reader`) decides whether it
counts when nothing matches: ``certain`` ones always count; ``style`` ones
count when another citation of the same form resolves (the essay uses that
style); ``match`` ones count only when they resolve. :attr:`Resolution.citations`
holds the citations that count, in reading order: the essay's in-text
citations (``metrics.citations`` is their number).
"""

from __future__ import annotations

import difflib
import enum
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from eecheck.analysis.bibliography.model import Author, Entry
from eecheck.analysis.citations.grammar import PERSONAL_COMMUNICATION, PERSONAL_TITLE
from eecheck.analysis.citations.model import Certainty, Citation, CitationKind
from eecheck.analysis.citations.names import parse_authors
from eecheck.analysis.folding import fold
from eecheck.model import Document, Note
from eecheck.text.scopes import units


class Status(enum.StrEnum):
    """What resolving one citation found."""

    RESOLVED = "resolved"
    UNRESOLVED = "unresolved"
    """Nothing in the bibliography matches."""
    YEAR = "year"
    """The author has entries, but not for that year."""
    TITLE = "title"
    """A note's author has entries, but none with that title."""
    MISSING_KEY = "missing-key"
    """A pandoc key or field whose source is not in the bibliography file."""
    NUMBER = "number"
    """A numeric citation whose number the numbered reference list does not have."""
    PERSONAL = "personal"
    """A personal communication with no entry, as APA and Chicago ask: a citation, never reported."""
    IBID_AMBIGUOUS = "ibid-ambiguous"
    """The note before cites several sources."""
    IBID_ORPHAN = "ibid-orphan"
    """Nothing before it to repeat."""
    IBID_UNRESOLVED = "ibid-unresolved"
    """It repeats an unresolved citation."""


STATUSES = tuple(Status)


class Family(enum.StrEnum):
    """The family of styles a citation's form belongs to (REF007 compares them)."""

    NOTES = "notes"
    AUTHOR_DATE = "author-date"
    AUTHOR_PAGE = "author-page"
    NUMERIC = "numeric"


_STOPWORDS = frozenset("the a an and of in on for to from with at by s its la le les el der die das".split())


@dataclass(frozen=True, slots=True)
class Resolved:
    """One citation and what it resolved to."""

    citation: Citation
    entries: tuple[int, ...]
    """Indexes into :attr:`Resolution.entries`; empty when unresolved."""
    status: Status
    nearest: int | None = None
    """For ``year``/``title`` (and a close misspelling): the entry it most nearly names."""

    @property
    def resolved(self) -> bool:
        return self.status is Status.RESOLVED

    @property
    def family(self) -> str:
        """The citation's family of styles (:func:`citation_family`)."""
        return citation_family(self.citation)


@dataclass(frozen=True, slots=True)
class Resolution:
    entries: tuple[Entry, ...]
    citations: tuple[Resolved, ...]
    """The citations that count, in reading order."""
    notes: tuple[Note, ...] = ()
    """The notes in reading order (first mark first)."""
    families: dict[Family, int] = field(default_factory=dict)
    """Resolved citations of ``certain`` and ``style`` forms, per family: the essay's style."""

    def cited(self) -> frozenset[int]:
        return frozenset(i for r in self.citations for i in r.entries)

    def in_note(self, note_id: str) -> tuple[Resolved, ...]:
        return tuple(r for r in self.citations if r.citation.note_id == note_id)


def citation_family(citation: Citation) -> Family:
    """The family of styles a citation's form belongs to."""
    kind = citation.kind
    if kind is CitationKind.NUMERIC:
        return Family.NUMERIC
    if kind in (CitationKind.FIELD, CitationKind.PANDOC_KEY, CitationKind.IBID, CitationKind.PERSONAL):
        return Family.NOTES if citation.note_label is not None else Family.AUTHOR_DATE
    if kind is CitationKind.NOTE_FULL or (kind is CitationKind.NOTE_SHORT and not citation.year):
        return Family.NOTES
    if kind in (CitationKind.NOTE_SHORT, CitationKind.PARENTHETICAL, CitationKind.NARRATIVE) or (
        kind is CitationKind.TITLE_ONLY and citation.year
    ):
        return Family.AUTHOR_DATE
    return Family.AUTHOR_PAGE


# --- names and titles -----------------------------------------------------------------------


def name_tokens(name: str) -> tuple[str, ...]:
    """A name as folded words, initials and punctuation dropped: "J. Demirgüç-Kunt" -> ("demirguc", "kunt")."""
    words = re.split(r"[\s\-‐'’.,]+", fold(name))
    return tuple(w for w in words if len(w) > 1 and w not in ("et", "al", "ed", "eds"))


def _acronym(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.casefold() not in ("of", "the", "and", "for", "on", "&")]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


def name_score(cited: str, author: Author) -> int:
    """How well a cited name names an author: 3 exact, 2 family within a full name, 1 loose, 0 no."""
    cited_words = name_tokens(cited)
    family = name_tokens(author.family)
    if not cited_words or not family:
        return 0
    if author.corporate:
        # "World Health Organization (WHO)": the abbreviation the entry gives is a name too
        bracket = re.search(r"[\[(]\s*([^\])]+?)\s*[\])]", author.family)
        whole = re.sub(r"\s*[\[(][^\])]*[\])]", "", author.family)
        bare_cited = tuple(w for w in cited_words if w != "the")
        if bare_cited == tuple(w for w in name_tokens(whole) if w != "the"):
            return 3
        compact = re.sub(r"[^A-Za-z]", "", cited)
        if compact.isupper() and len(compact) >= 2:
            if compact == _acronym(whole) or (bracket and compact == re.sub(r"[^A-Za-z]", "", bracket.group(1))):
                return 2
        return 0
    if cited_words == family:
        return 3
    n = len(family)
    if cited_words[-n:] == family or cited_words[:n] == family:
        return 2  # "Lorenz M. Lüthi", "Chen Jian", "Historian Zhang"
    given = name_tokens(author.given or "")
    if given and cited_words in (given + family, family + given):
        return 2
    if len(cited_words) < n and family[: len(cited_words)] == cited_words:
        return 1  # "Chen" for a family name read as "Chen Jian"
    return 0


def significant_words(text: str) -> list[str]:
    return [w for w in re.split(r"[^0-9a-z]+", fold(text)) if len(w) > 1 and w not in _STOPWORDS]


def coverage(cited: str, target: str) -> float:
    """The share of the cited words (short title) found in the target (an entry's title)."""
    words = significant_words(cited)
    if not words:
        return 0.0
    found = set(significant_words(target))
    return sum(w in found for w in words) / len(words)


def _main_title(title: str) -> str:
    return re.split(r"[:.?!]\s", title, maxsplit=1)[0]


def title_starts(cited: str, title: str | None) -> bool:
    """Whether a cited title is the entry's title or its beginning ("Climate Change Report")."""
    if not title:
        return False
    words = significant_words(cited)
    target = significant_words(title)
    return bool(words) and target[: len(words)] == words


def _head(entry: Entry) -> str:
    """The entry's text before its title: where its names are written."""
    if entry.title:
        at = fold(entry.text).find(fold(entry.title)[:20])
        if at > 0:
            return entry.text[:at]
    return entry.text[:80]


def authors_score(cited: Iterable[str], et_al: bool, entry: Entry) -> int:
    """How well a citation's authors name the entry's: 0 when the first does not match."""
    names = [n for n in cited if n]
    if not names or not entry.authors:
        return 0
    first = name_score(names[0], entry.authors[0])
    if not first:
        return 0
    score = first * 10
    head = set(name_tokens(_head(entry)))
    for i, name in enumerate(names[1:], start=1):
        if i < len(entry.authors) and name_score(name, entry.authors[i]):
            score += 3
        elif i >= len(entry.authors) and entry.et_al:
            score += 1  # the entry shortened its list with "et al."
        elif set(name_tokens(name)) <= head:
            score += 1  # a co-author the entry's parse missed ("Pleshakov, Zubok, …")
        else:
            return 0
    if len(names) == 1 and not et_al and len(entry.authors) > 1 and not entry.et_al:
        score -= 2  # "(Suri 2017)" prefers Suri alone to Suri and Jack
    if len(names) < len(entry.authors) - 1 and not et_al and len(names) > 1:
        score -= 1
    return max(score, 1)


def same_year(cited: str | None, entry_year: str | None, entry_text: str) -> bool:
    """Whether a cited year is the entry's: "2008" and "2008a" are (the letter is a detail the
    resolver uses to choose between 2008a and 2008b), and so is either half of "1900/1953"."""
    if cited is None:
        return True
    if entry_year is None:
        return bool(re.search(rf"\b{re.escape(cited.split('/')[-1])}\b", entry_text))
    cited_years = {_year_key(part) for part in cited.split("/")}
    entry_years = {_year_key(part) for part in entry_year.split("/")}
    if cited_years & entry_years:
        return True
    return bool({_bare_year(y) for y in cited_years} & {_bare_year(y) for y in entry_years})


def _bare_year(year: str) -> str:
    return re.sub(r"(?<=\d)-?[a-z]$", "", year)


def _year_key(year: str) -> str:
    return re.sub(r"[\s.\-]", "", year.casefold())


def _year_number(year: str | None) -> int | None:
    match = re.search(r"\d{4}", year or "")
    return int(match.group(0)) if match else None


# --- one citation ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Match:
    """What one citation matched: entry indexes and a status (:data:`STATUSES`)."""

    entries: tuple[int, ...]
    status: Status
    nearest: int | None = None


def _nearest_by_year(candidates: list[int], year: str | None, bibliography: tuple[Entry, ...]) -> int | None:
    target = _year_number(year)
    if not candidates:
        return None
    if target is None:
        return candidates[0]
    return min(candidates, key=lambda i: abs((_year_number(bibliography[i].year) or 0) - target))


def _misspelled(citation: Citation, bibliography: tuple[Entry, ...]) -> int | None:
    """An entry whose first author is a near spelling of the cited one, for the message."""
    if not citation.authors:
        return None
    cited = " ".join(name_tokens(citation.authors[0]))
    close: list[tuple[bool, float, int]] = []
    for i, entry in enumerate(bibliography):
        if not entry.authors:
            continue
        ratio = difflib.SequenceMatcher(None, cited, " ".join(name_tokens(entry.authors[0].family))).ratio()
        if ratio >= 0.75:
            dated = citation.year is not None and same_year(citation.year, entry.year, entry.text)
            close.append((dated, ratio, -i))
    # the same year first, then the closest spelling, then the first listed
    return -max(close)[2] if close else None


def _with_alias(citation: Citation, aliases: dict[str, str]) -> tuple[str, ...]:
    if len(citation.authors) == 1 and citation.authors[0] in aliases:
        return (aliases[citation.authors[0]],)
    return citation.authors


def _author_candidates(
    names: tuple[str, ...], et_al: bool, bibliography: tuple[Entry, ...], author_text: str | None = None
) -> list[tuple[int, int]]:
    """(entry index, score) of the entries the names name, best first."""
    scored = []
    for i, entry in enumerate(bibliography):
        score = authors_score(names, et_al, entry)
        if author_text and len(names) > 1 and entry.authors and entry.authors[0].corporate:
            # "Food and Agriculture Organization" is one body, not two authors
            score = max(score, 10 * name_score(author_text, entry.authors[0]))
        if score:
            scored.append((i, score))
    scored.sort(key=lambda p: -p[1])
    return scored


def _best(scored: list[tuple[int, int]]) -> tuple[int, ...]:
    if not scored:
        return ()
    top = scored[0][1]
    return tuple(i for i, s in scored if s == top)


def _match_author_date(citation: Citation, bibliography: tuple[Entry, ...], aliases: dict[str, str]) -> Match:
    names = _with_alias(citation, aliases)
    scored = _author_candidates(names, citation.et_al, bibliography, citation.author_text)
    if not scored and citation.kind is CitationKind.NARRATIVE and names:
        # "Historian Zhang (2001)": the run of capitals may start before the name
        words = names[0].split()
        for cut in range(1, len(words)):
            scored = _author_candidates((" ".join(words[cut:]), *names[1:]), citation.et_al, bibliography)
            if scored:
                break
    dated = [(i, s) for i, s in scored if same_year(citation.year, bibliography[i].year, bibliography[i].text)]
    if dated:
        if citation.year:
            # "2008b" picks 2008b over 2008a; a bare "2008" names every 2008 of that author
            exact = [(i, s) for i, s in dated if _year_key(bibliography[i].year or "") == _year_key(citation.year)]
            dated = exact or dated
        return Match(_best(dated), Status.RESOLVED)
    if scored:
        return Match((), Status.YEAR, _nearest_by_year([i for i, _ in scored], citation.year, bibliography))
    # A work cited by its title in place of an author: "(Climate Change Report, 2021)", an
    # anonymous work; "Things Fall Apart (1958) shows", a novel named with its date
    if citation.author_text:
        titled = [
            i
            for i, e in enumerate(bibliography)
            if title_starts(citation.author_text, e.title) and same_year(citation.year, e.year, e.text)
        ]
        if titled:
            anonymous = [i for i in titled if not bibliography[i].authors]
            return Match(tuple(anonymous or titled), Status.RESOLVED)
    return Match((), Status.UNRESOLVED, _misspelled(citation, bibliography))


def _match_title(title: str, year: str | None, bibliography: tuple[Entry, ...]) -> Match:
    found = [
        i
        for i, e in enumerate(bibliography)
        if (title_starts(title, e.title) or (e.title and title_starts(_main_title(e.title), title)))
        and same_year(year, e.year, e.text)
    ]
    if found:
        # an anonymous entry (title first) before a titled work by an author
        anonymous = [i for i in found if not bibliography[i].authors]
        return Match(tuple(anonymous or found), Status.RESOLVED)
    return Match((), Status.UNRESOLVED)


def _match_author_page(citation: Citation, bibliography: tuple[Entry, ...], aliases: dict[str, str]) -> Match:
    names = _with_alias(citation, aliases)
    scored = _author_candidates(names, citation.et_al, bibliography, citation.author_text)
    if scored:
        found = [i for i, _ in scored]
        if citation.title:
            titled = [
                i for i in found if coverage(citation.title, bibliography[i].title or bibliography[i].text) >= 0.6
            ]
            if titled:
                return Match(tuple(titled), Status.RESOLVED)
            return Match((), Status.TITLE, found[0])
        return Match(_best(scored), Status.RESOLVED)
    if _is_personal(citation):
        # Chicago author-date lists no entry for an interview and cites it by name and title
        return Match((), Status.PERSONAL)
    # "(Things Fall Apart 45)": a work cited by its title
    if citation.author_text:
        by_title = _match_title(citation.author_text, None, bibliography)
        if by_title.entries:
            return by_title
    return Match((), Status.UNRESOLVED, _misspelled(citation, bibliography))


def _match_nearby(citation: Citation, bibliography: tuple[Entry, ...], aliases: dict[str, str]) -> Match:
    """A page-only "(45)": the nearest name before it that names an entry's author or title."""
    for name in citation.authors:
        split = parse_authors(name)
        names = split.names if split is not None and not split.alias else (name,)
        scored = _author_candidates(tuple(aliases.get(n, n) for n in names), False, bibliography)
        strong = [(i, s) for i, s in scored if s >= 20]
        if strong:
            return Match(_best(strong), Status.RESOLVED)
        if len(significant_words(name)) >= 2:
            by_title = _match_title(name, None, bibliography)
            if by_title.entries:
                return by_title
    return Match((), Status.UNRESOLVED)


TITLE_FIT = 0.75
"""A note's short title names an entry when three quarters of its significant words are in the entry's title:
"Sino-Soviet Split" for "The Sino-Soviet Split: Cold War in the Communist World"."""
FULL_NOTE_TITLE_FIT_WITH_YEAR = 0.3
"""A full note with the entry's year needs fewer of the title's words: its title may be given in another
wording or translation ("Mao's China" for "Mao's China and the Cold War")."""
YEAR_BONUS = 0.5
"""Between two entries that fit a note's title, the one of the note's year wins."""


def _match_note(citation: Citation, bibliography: tuple[Entry, ...], aliases: dict[str, str]) -> Match:
    if citation.kind is CitationKind.NOTE_SHORT and citation.year and not citation.title:
        return _match_author_date(citation, bibliography, aliases)  # "Chen 2001, 45."
    if not citation.authors:
        if citation.title:
            return _match_title(
                citation.title, citation.year if citation.kind is CitationKind.NOTE_FULL else None, bibliography
            )
        return Match((), Status.UNRESOLVED)
    scored = _author_candidates(_with_alias(citation, aliases), citation.et_al, bibliography)
    if not scored and len(citation.authors) > 1:
        # "Shen, Mao, Stalin and the Korean War": the second "name" began the title
        scored = _author_candidates(citation.authors[:1], citation.et_al, bibliography)
    author_names = {w for i, _ in scored for a in bibliography[i].authors for w in name_tokens(a.family)}
    cited_title = " ".join([*citation.authors[1:], citation.title or ""])
    cited_title = " ".join(w for w in significant_words(cited_title) if w not in author_names)
    fitting: list[tuple[int, float, bool]] = []
    for i, _ in scored:
        entry = bibliography[i]
        title_fit = coverage(cited_title, entry.title or "") if cited_title else 0.0
        text_fit = coverage(cited_title, entry.text) if cited_title else 0.0
        year_fit = citation.year is not None and same_year(citation.year, entry.year, entry.text)
        if title_fit >= TITLE_FIT or (
            citation.kind is CitationKind.NOTE_FULL and year_fit and title_fit >= FULL_NOTE_TITLE_FIT_WITH_YEAR
        ):
            fitting.append((i, title_fit + (YEAR_BONUS if year_fit else 0), year_fit))
        elif citation.kind is not CitationKind.NOTE_FULL and (text_fit >= TITLE_FIT or (year_fit and not cited_title)):
            # a short note's title may be a word of the entry outside its title ("Wilson Center")
            fitting.append((i, text_fit / 2 + (YEAR_BONUS if year_fit else 0), year_fit))
    if fitting:
        top = max(f for _, f, _ in fitting)
        best = [(i, dated) for i, f, dated in fitting if f == top]
        if (
            citation.kind is CitationKind.NOTE_FULL
            and citation.year
            and not any(dated for _, dated in best)
            and all(bibliography[i].year for i, _ in best)
        ):
            # a full note gives the year: another year than the entry's is a mismatch to report
            return Match((), Status.YEAR, best[0][0])
        return Match(tuple(i for i, _ in best), Status.RESOLVED)
    if scored:
        if len(scored) == 1 and not cited_title:
            return Match((scored[0][0],), Status.RESOLVED)
        return Match((), Status.TITLE, scored[0][0])
    # the note names an editor or translator the entry leaves out: a full title still identifies it
    if citation.title and len(significant_words(citation.title)) >= 3:
        by_title = [
            i
            for i, e in enumerate(bibliography)
            if e.title
            and coverage(_main_title(e.title), citation.title) >= 0.9
            and same_year(citation.year, e.year, e.text)
        ]
        if by_title:
            return Match(tuple(by_title), Status.RESOLVED)
    if not scored and _is_personal(citation):
        # Chicago notes: "Grace Kamau, “Interview on …,” personal interview, January 6, 2024." and no entry
        return Match((), Status.PERSONAL)
    return Match((), Status.UNRESOLVED, _misspelled(citation, bibliography))


def _is_personal(citation: Citation) -> bool:
    """An interview, letter or conversation by its title or its description: no entry is expected."""
    if citation.title and PERSONAL_TITLE.fullmatch(citation.title.strip(' “”"‘’,.')):
        return True
    return PERSONAL_COMMUNICATION.search(citation.text) is not None


def _match_record(citation: Citation, bibliography: tuple[Entry, ...]) -> Match:
    record = citation.record
    if record is None:
        return Match((), Status.MISSING_KEY)
    same = [i for i, e in enumerate(bibliography) if e.record is not None and e.record == record]
    if same:
        return Match(tuple(same), Status.RESOLVED)
    if record.authors:
        scored = _author_candidates(record.authors, False, bibliography)
        dated = [(i, s) for i, s in scored if same_year(record.year, bibliography[i].year, bibliography[i].text)]
        if dated:
            return Match(_best(dated), Status.RESOLVED)
        if scored:
            return Match((), Status.YEAR, _nearest_by_year([i for i, _ in scored], record.year, bibliography))
    if record.title:
        return _match_title(record.title, record.year, bibliography)
    return Match((), Status.UNRESOLVED)


def entry_number(entry: Entry) -> int | None:
    """The number a numbered reference list gives the entry ("[3]", "3.", "(3)"), or None."""
    if entry.label is None:
        return None
    digits = re.sub(r"\D", "", entry.label)
    return int(digits) if digits else None


def _match_numeric(citation: Citation, bibliography: tuple[Entry, ...]) -> Match:
    """ "[3]": the entry numbered 3; a number the list lacks is ``number``."""
    numbered = {n: i for i, e in enumerate(bibliography) if (n := entry_number(e)) is not None}
    if not numbered or not citation.numbers:
        return Match((), Status.UNRESOLVED)
    found = tuple(numbered[n] for n in citation.numbers if n in numbered)
    if len(found) < len(citation.numbers):
        return Match(found, Status.NUMBER)
    return Match(found, Status.RESOLVED)


def _match_personal(citation: Citation, bibliography: tuple[Entry, ...], aliases: dict[str, str]) -> Match:
    """A personal communication: the entry of its person when the essay lists one (MLA does), else none."""
    scored = _author_candidates(_with_alias(citation, aliases), False, bibliography, citation.author_text)
    if scored:
        return Match(_best(scored), Status.RESOLVED)
    return Match((), Status.PERSONAL)


def match(citation: Citation, bibliography: tuple[Entry, ...], *, aliases: dict[str, str] | None = None) -> Match:
    """Match one citation (not "Ibid.") against the entries."""
    aliases = aliases or {}
    kind = citation.kind
    if kind in (CitationKind.FIELD, CitationKind.PANDOC_KEY):
        return _match_record(citation, bibliography)
    if kind is CitationKind.NUMERIC:
        return _match_numeric(citation, bibliography)
    if kind is CitationKind.PERSONAL:
        return _match_personal(citation, bibliography, aliases)
    if kind in (CitationKind.PARENTHETICAL, CitationKind.NARRATIVE):
        return _match_author_date(citation, bibliography, aliases)
    if kind is CitationKind.TITLE_ONLY:
        return _match_title(citation.title or "", citation.year, bibliography)
    if kind is CitationKind.AUTHOR_PAGE:
        if citation.named_nearby:
            return _match_nearby(citation, bibliography, aliases)
        return _match_author_page(citation, bibliography, aliases)
    if kind in (CitationKind.NOTE_FULL, CitationKind.NOTE_SHORT):
        return _match_note(citation, bibliography, aliases)
    return Match((), Status.UNRESOLVED)


def counts(citation: Citation, status: Status, families: Counter[Family], *, has_bibliography: bool) -> bool:
    """Whether a citation counts as one: for the REF rules and for the word count alike.

    Resolved citations and ``CERTAIN`` forms always count; a personal communication with no
    entry counts (APA and Chicago list none); ``STYLE`` forms count when the essay's own style
    uses that family, and, in an essay with no bibliography at all, by their form alone;
    ``MATCH`` forms only when they resolve.
    """
    if status is Status.RESOLVED or citation.certainty is Certainty.CERTAIN:
        return True
    if citation.certainty is Certainty.MATCH:
        return False
    if status is Status.PERSONAL:
        return True
    return families[citation_family(citation)] > 0 or not has_bibliography


# --- the whole essay ------------------------------------------------------------------------


def notes_in_reading_order(document: Document) -> tuple[Note, ...]:
    """Notes ordered by their first mark in the text; notes nothing marks keep their place at the end."""
    position: dict[str, tuple[int, int]] = {}
    for block in document.blocks:
        for ref in block.note_refs:
            position.setdefault(ref.note_id, (block.index, ref.offset))
    marked = sorted((n for n in document.notes if n.id in position), key=lambda n: position[n.id])
    return tuple(marked) + tuple(n for n in document.notes if n.id not in position)


def _aliases(found: Iterable[Citation]) -> dict[str, str]:
    aliases: dict[str, str] = {}
    for citation in found:
        if citation.alias and citation.authors:
            aliases.setdefault(citation.alias, citation.authors[0])
    return aliases


def resolve_citations(
    found: tuple[Citation, ...], bibliography: tuple[Entry, ...], notes: tuple[Note, ...] = ()
) -> Resolution:
    """Resolve citations (reading order) against entries (``Analyses.resolution`` calls this once per essay)."""
    aliases = _aliases(found)
    matched: list[tuple[Citation, Match]] = []
    for citation in found:
        if citation.kind is CitationKind.IBID:
            matched.append((citation, Match((), Status.IBID_ORPHAN)))
        else:
            matched.append((citation, match(citation, bibliography, aliases=aliases)))
    # the essay's style is what its unambiguous forms show: a page-only "(45)" or a label
    # that happens to match an entry does not make an essay MLA
    families: Counter[Family] = Counter(
        citation_family(c) for c, m in matched if m.status is Status.RESOLVED and c.certainty is not Certainty.MATCH
    )
    has_bibliography = bool(bibliography)
    kept = [(c, m) for c, m in matched if counts(c, m.status, families, has_bibliography=has_bibliography)]
    results = _resolve_ibid(kept, notes)
    return Resolution(entries=bibliography, citations=tuple(results), notes=notes, families=dict(families))


def _resolve_ibid(kept: list[tuple[Citation, Match]], notes: tuple[Note, ...]) -> list[Resolved]:
    """Give each "Ibid." the source of the note (or citation) before it."""
    order = {note.id: i for i, note in enumerate(notes)}
    by_note: dict[str, list[Resolved]] = {}
    results: list[Resolved] = []
    previous_text: Resolved | None = None
    for citation, found in kept:
        if citation.kind is not CitationKind.IBID:
            resolved = Resolved(citation, found.entries, found.status, found.nearest)
        elif citation.note_id is not None:
            resolved = _ibid_in_note(citation, order, notes, by_note)
        elif previous_text is None:
            resolved = Resolved(citation, (), Status.IBID_ORPHAN)
        else:
            resolved = _repeat(citation, [previous_text])
        results.append(resolved)
        if citation.note_id is not None:
            by_note.setdefault(citation.note_id, []).append(resolved)
        else:
            previous_text = resolved
    return results


def _ibid_in_note(
    citation: Citation, order: dict[str, int], notes: tuple[Note, ...], by_note: dict[str, list[Resolved]]
) -> Resolved:
    assert citation.note_id is not None
    earlier = by_note.get(citation.note_id, [])
    if earlier:
        return _repeat(citation, earlier[-1:])  # "Chen, Mao's China, 45; ibid., 47": the source just named
    at = order.get(citation.note_id)
    if not at:
        return Resolved(citation, (), Status.IBID_ORPHAN)
    return _repeat(citation, by_note.get(notes[at - 1].id, []))


def _repeat(citation: Citation, before: list[Resolved]) -> Resolved:
    if not before:
        return Resolved(citation, (), Status.IBID_ORPHAN)
    sources = {r.entries for r in before if r.entries} | {(r.citation.text,) for r in before if not r.entries}
    if len(before) > 1 and len(sources) > 1:
        return Resolved(citation, (), Status.IBID_AMBIGUOUS)
    last = before[-1]
    if last.status is Status.RESOLVED:
        return Resolved(citation, last.entries, Status.RESOLVED)
    return Resolved(citation, (), Status.IBID_UNRESOLVED)


@dataclass(frozen=True, slots=True)
class Place:
    """Where a finding about a citation points: a block, or a Markdown note's line."""

    block: int | None
    line: int | None = None
    part: str | None = None


def note_places(document: Document) -> dict[str, Place]:
    """Note label -> where the candidate finds the note (as the ``notes`` scope locates notes)."""
    return {
        unit.note: Place(unit.block, unit.line, unit.part) for unit in units(document, "notes") if unit.note is not None
    }


def citation_place(citation: Citation, places: dict[str, Place]) -> Place:
    if citation.note_label is not None and citation.note_label in places:
        return places[citation.note_label]
    return Place(citation.block)


_PARENTHESISED = frozenset(
    {CitationKind.PARENTHETICAL, CitationKind.AUTHOR_PAGE, CitationKind.TITLE_ONLY, CitationKind.IBID,
     CitationKind.PERSONAL}
)  # fmt: skip


def shown(citation: Citation, limit: int = 70) -> str:
    """A citation as a message shows it: "(Jack & Suri, 2014)", or quoted: “Suri (2017)”, “Ibid., 53.”."""
    if citation.kind in (CitationKind.FIELD, CitationKind.PANDOC_KEY):
        text = excerpt(citation.source_text or citation.text, limit)
        return text if text.startswith(("(", "[")) else f"“{text}”"
    if citation.kind in _PARENTHESISED and citation.note_label is None:
        text = excerpt(citation.text, limit)
        return text if text.startswith("(") else f"({text})"
    return f"“{excerpt(citation.text, limit)}”"


def excerpt(text: str, limit: int = 60) -> str:
    """One line of at most ``limit`` characters, cut at a word with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return f"{cut}…"
