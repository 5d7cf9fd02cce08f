"""In-text citations: every place an essay cites a source, read from its text, notes and fields.

:func:`citations` returns the essay's citations in reading order (running text,
with each note's citations where its mark stands), as :class:`Citation` values:

* **Footnote styles** (Chicago notes): a full first note ("Jian Chen, *Mao's
  China and the Cold War* (Chapel Hill: …, 2001), 50."), a short note ("Chen,
  *Mao's China*, 52."), "Ibid." and "Ibid., 53.", an author–date note ("Chen
  2001, 45."), several sources in one note separated by ";", with signals
  ("See also", "Cf.") and "quoted in"/"cited in" (the source cited is the one
  after it). A note's explanatory sentences are not citations.
* **Parenthetical author–date** (APA, Harvard): ``(Jack & Suri, 2014, p. 190)``,
  ``(World Bank 2022)``, ``(Smith et al. 2019, pp. 3–4)``, several in one
  parenthesis, one author with several years, ``(World Health Organization
  [WHO], 2020)`` (which defines the abbreviation), "e.g."/"see"/"cf." signals
  and "as cited in" (the secondary source is the one cited); the narrative
  form "Lüthi (2008) argues".
* **Author–page** (MLA): ``(Achebe 45)``, ``(Achebe, Things 45)``, title-only
  ``(“Chinua Achebe”)``, and a page-only ``(45)`` after a sentence that names
  the author ("Achebe writes … (45)").
* **Fields**: reference-manager fields (Zotero, Mendeley, EndNote, Word) and
  pandoc citation keys from ``document.field_citations``, which carry the
  source itself (``Citation.record``). Their displayed text is not read again.

How sure the form is, is part of each citation (``certainty``):

* ``certain``: a citation whatever the bibliography says (a full or short note
  with a page, "Ibid.", a field);
* ``style``: a citation when it matches an entry, or when the essay's own
  style uses that form (an author–date parenthesis, an MLA author–page form,
  "Suri (2017) argues");
* ``match``: a citation only when it matches an entry. These are forms that
  are as often something else: a page-only "(45)", a label ("(Question 1)",
  "(Day, 1985)" for the author Day), a name before a year that is not
  followed by a verb of saying ("the launch of Sputnik (1957)").

Everything here is parsing: matching against the bibliography, and deciding
what the certainty means, is :mod:`eecheck.analysis.resolve`'s job.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from eecheck.model import BlockKind, Document, FieldCitation, Note, Section, SourceRecord

KINDS = (
    "note-full",
    "note-short",
    "ibid",
    "parenthetical",
    "narrative",
    "author-page",
    "title-only",
    "field",
    "pandoc-key",
)
CERTAINTIES = ("certain", "style", "match")


@dataclass(frozen=True, slots=True)
class Citation:
    """One cited source at one place in the essay."""

    kind: str
    """One of :data:`KINDS`."""
    authors: tuple[str, ...]
    """Names as written: surnames ("Jack", "Suri"), full names in a full note ("Jian Chen"),
    corporate names ("World Bank"). For a page-only citation, the names found before it,
    nearest first."""
    year: str | None
    """"2008", "2008a", "n.d.", "1900/1953"; None for notes without a year and MLA forms."""
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
    certainty: str = "certain"
    """One of :data:`CERTAINTIES` (module docstring)."""
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


# --- names -------------------------------------------------------------------------------

# Capital letters, including accented Latin ones ("Ł", "Ö", "Ž").
_UPPER = "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper())
_LETTER = r"[^\W\d_]"
_WORD = rf"[{_UPPER}](?:{_LETTER}|[’'\-‐])*"
_PARTICLES = frozenset(
    "van von de der den du la le di da del della des dos das ten ter al el bin ibn d’ d' mc st".split()
)
# Joiners allowed inside a corporate name ("Central Bank of Kenya", "Food and Agriculture Organization").
_JOINERS = frozenset({"of", "for", "the", "on", "in", "and", "&", "to"})
# Capitalised words that open a parenthesis without naming an author.
_NOT_AUTHORS = frozenset(
    """figure figures fig fig. table tables chapter chap chap. appendix article art section sec part graph chart
    map image diagram plate source sources vol vol. volume page no no. number line verse act scene stage phase step
    level grade year class room psalm question questions interview respondent participant participants trial
    trials sample samples group groups experiment test day week unit paper element exhibit document model equation
    eq eq. site station batch patient case type zone lesson module task box slide episode season book canto
    footnote note notes january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec spring summer autumn fall winter monday tuesday wednesday
    thursday friday saturday sunday war treaty revolution battle crisis conference congress election
    summit plan law census sonnet stanza poem letter draft version apollo flight route windows series issue
    edition covid covid-19 usd eur gbp jpy cny rmb inr kes ksh ngn zar chf aud cad hkd sgd brl mxn
    rub try sek nok dkk ad bc bce ce circa c. ca. approximately about around since until before after from to
    in at by on during between and or for see also cf. e.g. i.e. ibid ibid. op loc id id. n figs
    """.split()
)

YEAR = (
    r"(?:(?:1[5-9]\d\d|20\d\d)(?:[a-z]|-[a-z])?(?:/(?:1[5-9]\d\d|20\d\d)[a-z]?)?"
    r"|n\.\s?d\.(?:-?[a-z])?|forthcoming|in\s+press)"
)
_YEAR_RE = re.compile(rf"^{YEAR}$", re.IGNORECASE)
_YEARS = rf"{YEAR}(?:\s*,\s*{YEAR})*"
# A locator after a year or a name: "p. 190", "pp. 3–4", "45", "45–47", "167–69", "para. 4", "chap. 3", "xii".
_LOCATOR_WORDS = (
    r"(?:pp?|pg|pars?|paras?|ch|chap|chaps|sec|secs|fig|figs|vol|vols|no|nos|n|nn|l|ll|col|cols|fol|fols|"
    r"bk|pt|art|slide|min|table|line|lines|chapter|section|page|pages|paragraph)\.?"
)
# a page ("45", "45n3", "xii"), or act, scene and line of a play ("3.1.56")
_NUMBER = r"(?:\d{1,3}\.\d{1,3}(?:\.\d{1,4})?|\d{1,5}[a-z]?|[ivxlcdm]{1,7})(?:n\.?\s*\d+)?"
_RANGE = rf"{_NUMBER}(?:\s*[-–—‐]\s*{_NUMBER})?"
LOCATOR = rf"(?:(?:{_LOCATOR_WORDS}\s*)?{_RANGE}(?:\s*(?:,|and|&)\s*(?:{_LOCATOR_WORDS}\s*)?{_RANGE})*)"
_PAGE_ONLY_RE = re.compile(rf"^(?:(?:pp?|para|paras|par|l|ll)\.\s*)?{_RANGE}$", re.IGNORECASE)
# "(1950–1953)", "(2008)": dates, never a page-only citation
_YEARISH = re.compile(rf"^(?:{YEAR}|(?:1[5-9]\d\d|20\d\d)\s*[-–—‐]\s*\d{{2,4}})$", re.IGNORECASE)
_ET_AL = re.compile(r",?\s+et\s+al\.?$|,?\s+and\s+(?:others|colleagues)$", re.IGNORECASE)
_ALIAS = re.compile(r"\s*[\[(]\s*([A-Z][A-Za-z&.\-]{1,14})\s*[\])]\s*$")
_AUTHOR_SPLIT = re.compile(r"\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+")
_INITIAL = re.compile(rf"^[{_UPPER}]\.(?:-?[{_UPPER}]\.)*$")
_SIGNAL = re.compile(
    r"^(?:(?:see\s+also|see|cf\.?|compare|contra|but\s+see|e\.\s?g\.|i\.\s?e\.|for\s+example|for\s+instance|"
    r"also|for\s+a\s+(?:review|discussion|summary|critique)(?:\s+see)?|as\s+in)\s*,?\s+)+",
    re.IGNORECASE,
)
# The source after "quoted in" is the one the writer read (the secondary source).
_SECONDARY = re.compile(r"(?:^|[,;]?\s+)(?:as\s+)?(?:quoted|qtd\.?|cited|reproduced|reprinted)\s+in\s+", re.IGNORECASE)
_IBID = re.compile(rf"^(?:ibid|ibidem|id)\.?(?:\s*,?\s*(?P<loc>{LOCATOR}))?\.?$", re.IGNORECASE)
_QUOTED_TITLE = re.compile(
    rf"^[“\"‘'](?P<title>[^“”\"]+?)[,.]?[”\"’'](?:\s*,?\s*(?P<year>{YEAR}))?(?:\s*,?\s*(?P<loc>{LOCATOR}))?$",
    re.IGNORECASE,
)


def _label_certainty(names: tuple[str, ...], otherwise: str) -> str:
    """``match`` when a name holds a word that usually labels something else ("Table", "War", "Day")."""
    words = {w.casefold().strip(",.") for name in names for w in name.split()}
    return "match" if words & _NOT_AUTHORS else otherwise


def _is_name_word(token: str) -> bool:
    return bool(re.fullmatch(_WORD, token)) or bool(_INITIAL.match(token))


def is_name_group(text: str) -> bool:
    """Whether ``text`` reads as one person's or one body's name ("Lüthi", "van der Berg", "World Bank")."""
    tokens = text.split()
    if not tokens or len(tokens) > 8:
        return False
    named = 0
    for token in tokens:
        lower = token.casefold()
        if _is_name_word(token):
            named += 1
        elif lower in _PARTICLES or lower in _JOINERS:
            continue
        elif re.fullmatch(r"[A-Z]{2,}[a-z]?", token) or re.fullmatch(r"(?:[A-Z]\.){2,}", token):
            named += 1  # "UNESCO", "U.S."
        else:
            return False
    return named > 0 and tokens[-1].casefold() not in _JOINERS


@dataclass(frozen=True, slots=True)
class AuthorPart:
    """The author part of a citation, split into names."""

    names: tuple[str, ...]
    et_al: bool
    alias: str | None
    text: str


def parse_authors(text: str) -> AuthorPart | None:
    """The author part of a citation: names split on ","/"and"/"&", "et al.", an "[ABBR]" alias."""
    raw = text.strip().rstrip(",").strip()
    body = raw
    et_al = False
    if match := _ET_AL.search(body):
        et_al = True
        body = body[: match.start()].strip()
    alias = None
    if (match := _ALIAS.search(body)) and is_name_group(body[: match.start()]):
        alias = match.group(1)
        body = body[: match.start()].strip()
    if not body:
        return None
    parts = [p.strip() for p in _AUTHOR_SPLIT.split(body) if p.strip()]
    if parts and all(is_name_group(p) and not _is_only_initials(p) for p in parts):
        return AuthorPart(tuple(parts), et_al, alias, raw)
    if is_name_group(body):
        return AuthorPart((body,), et_al, alias, raw)
    return None


def _is_only_initials(text: str) -> bool:
    return all(_INITIAL.match(t) for t in text.split())


# --- parentheses in running text -----------------------------------------------------------


_PARENTHESIS_MARKS = re.compile(r"[()]")


def _parentheses(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each top-level parenthesis, brackets included, nested ones kept inside."""
    depth = 0
    start = 0
    for mark in _PARENTHESIS_MARKS.finditer(text):  # only the marks: notes can be long
        i = mark.start()
        if text[i] == "(":
            if depth == 0:
                start = i
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                yield start, i + 1


def _split_top(text: str, sep: str) -> list[tuple[int, str]]:
    """Split on ``sep`` outside parentheses, brackets and curly quotes; (offset, piece) pairs."""
    pieces: list[tuple[int, str]] = []
    depth = 0
    quoted = False
    start = 0
    for mark in re.finditer(f"[()\\[\\]“”{re.escape(sep)}]", text):
        i, ch = mark.start(), mark.group()
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
        elif ch == "“":
            quoted = True
        elif ch == "”":
            quoted = False
        elif ch == sep and depth == 0 and not quoted:
            pieces.append((start, text[start:i]))
            start = i + 1
    pieces.append((start, text[start:]))
    return pieces


@dataclass(frozen=True, slots=True)
class Item:
    """One source inside a parenthesis, before it gets a place in the document."""

    kind: str
    authors: tuple[str, ...] = ()
    year: str | None = None
    title: str | None = None
    locator: str | None = None
    et_al: bool = False
    alias: str | None = None
    author_text: str | None = None
    certainty: str = "certain"


def _strip_signal(item: str) -> str:
    item = item.strip()
    if match := _SECONDARY.search(item):
        item = item[match.end() :]
    return _SIGNAL.sub("", item).strip()


_AUTHOR_DATE = re.compile(
    rf"^(?P<authors>.+?),?\s+(?P<years>{_YEARS})(?:\s*(?:[,:]|\s)\s*(?P<loc>{LOCATOR}))?$",
    re.IGNORECASE,
)
_AUTHOR_PAGE = re.compile(rf"^(?P<authors>.+?)(?:,\s*(?P<title>[^,]{{1,60}}?))?,?\s+(?P<loc>{LOCATOR})$", re.IGNORECASE)


def _split_years(years: str) -> list[str]:
    return [y.strip() for y in years.split(",") if y.strip()]


def parse_item(item: str) -> list[Item]:
    """One ";"-separated piece of a parenthesis: its sources (several years give several), or []."""
    body = _strip_signal(item)
    if not body or len(body) > 160:
        return []
    if match := _IBID.match(body):
        return [Item("ibid", locator=match.group("loc"))]
    if match := _QUOTED_TITLE.match(body):
        return [
            Item(
                "title-only",
                title=match.group("title").strip(),
                year=match.group("year"),
                locator=match.group("loc"),
                certainty="style",
            )
        ]
    if match := _AUTHOR_DATE.match(body):
        authors = parse_authors(match.group("authors"))
        if authors is not None:
            return [
                Item(
                    "parenthetical",
                    authors=authors.names,
                    year=year,
                    locator=match.group("loc"),
                    et_al=authors.et_al,
                    alias=authors.alias,
                    author_text=authors.text,
                    certainty=_label_certainty(authors.names, "style"),
                )
                for year in _split_years(match.group("years"))
            ]
    if (match := _AUTHOR_PAGE.match(body)) and not _YEAR_RE.match(match.group("loc")):
        authors = parse_authors(match.group("authors"))
        title = match.group("title")
        if authors is not None:
            return [
                Item(
                    "author-page",
                    authors=authors.names,
                    title=title.strip() if title else None,
                    locator=match.group("loc"),
                    et_al=authors.et_al,
                    author_text=authors.text,
                    certainty=_label_certainty(authors.names, "style"),
                )
            ]
    authors = parse_authors(body)
    if authors is not None and len(body.split()) <= 6:
        # "(Achebe)": an MLA citation of a source without pages; "(GMD)" is one too, in form.
        return [
            Item("author-page", authors=authors.names, et_al=authors.et_al, author_text=authors.text, certainty="match")
        ]
    return []


_NARRATIVE_CONTENT = re.compile(rf"^(?P<years>{_YEARS})(?:\s*[,:]\s*(?P<loc>{LOCATOR}))?$", re.IGNORECASE)


def _names_before(text: str) -> tuple[str, int] | None:
    """The run of capitalised words ending right before a narrative "(2008)", and where it starts."""
    tokens = list(re.finditer(r"\S+", text[-200:]))
    base = max(len(text) - 200, 0)
    taken: list[re.Match[str]] = []
    for match in reversed(tokens):
        word = match.group(0)
        if not taken:
            word = re.sub(r"(?:’s|'s|’|')$", "", word)
        last = taken[-1].group(0) if taken else ""
        if word in ("al.", "al") and not taken:
            taken.append(match)
            continue
        if word == "et" and last.startswith("al"):
            taken.append(match)
            continue
        bare = word.rstrip(",")
        if taken and (bare.casefold() in _JOINERS or bare.casefold() in _PARTICLES) and not word.endswith(","):
            taken.append(match)
            continue
        if _is_name_word(bare) or re.fullmatch(r"[A-Z]{2,}", bare):
            if word.endswith(",") and not (taken and last not in ("al.", "al")):
                break  # "In 2008, Lüthi (…)": a comma right before the name ends the run
            taken.append(match)
            continue
        break
    while taken and taken[-1].group(0).casefold() in _JOINERS | _PARTICLES:
        taken.pop()
    if not taken:
        return None
    first = taken[-1]
    names = text[base + first.start() :].strip()
    names = re.sub(r"(?:’s|'s|’|')$", "", names)
    return names, base + first.start()


# Verbs that follow a narrative citation: "Suri (2017) argues", "Jack and Suri (2014) found".
_REPORTING_VERBS = frozenset(
    """argue argues argued claim claims claimed state states stated find finds found show shows showed shown
    suggest suggests suggested note notes noted report reports reported observe observes observed explain
    explains explained describe describes described write writes wrote contend contends contended conclude
    concludes concluded estimate estimates estimated maintain maintains maintained assert asserts asserted
    emphasise emphasises emphasised emphasize emphasizes emphasized point points pointed demonstrate
    demonstrates demonstrated identify identifies identified propose proposes proposed insist insists insisted
    believe believes believed calls called defines defined define regards regarded views viewed highlights highlighted
    stresses stressed acknowledges acknowledged recognises recognised recognizes recognized disagrees disagreed
    agrees agreed challenges challenged questions questioned examines examined analyses analysed analyzes
    analyzed investigated investigates compared compares discusses discussed traces traced""".split()
)
# Words that may stand between the citation and its verb: "Suri (2017) also shows", "has shown".
_BEFORE_THE_VERB = frozenset("also further similarly rightly convincingly famously then later has have had".split())


def _narrative_certainty(text: str, start: int, end: int, names: tuple[str, ...]) -> str:
    """``style`` for "Suri (2017) argues" and "according to Suri (2017)"; ``match`` otherwise.

    A name and a year in parentheses are as often an event or a work ("the launch of
    Sputnik (1957)", "Hurricane Katrina (2005)"): only surnames with a verb of saying
    after them, or "according to" before them, make the form a citation by itself.
    """
    if _label_certainty(names, "style") == "match":
        return "match"
    if any(len([w for w in name.split() if w.casefold() not in _PARTICLES]) > 1 for name in names):
        # "Hurricane Katrina", "Treaty of Versailles", "the Bank of England": an author cited in
        # prose is a surname; a longer name is an event, a work or an institution unless it resolves
        return "match"
    if re.search(r"(?:’s|'s|s’)\s*$", text[:start]):
        return "match"  # "Orwell’s Nineteen Eighty-Four (1949)": a work and its date
    following = [w.casefold() for w in re.findall(r"[^\W\d_]+", text[end : end + 60])[:3]]
    while following and following[0] in _BEFORE_THE_VERB:
        following.pop(0)
    if following and following[0] in _REPORTING_VERBS:
        return "style"
    if re.search(r"\baccording\s+to$", text[:start].rstrip(), re.IGNORECASE):
        return "style"
    return "match"


_PAGE_ONLY_CANDIDATES = re.compile(rf"(?:{_WORD})(?:\s+(?:of|and|the|de|van|von|der)?\s*{_WORD})*")
_SENTENCE_BREAK = re.compile(r"[.!?][”\"’)]?\s+(?=[“\"‘(]?[" + _UPPER + r"])")


def _sentence_start(text: str, end: int) -> int:
    """Where the sentence holding ``text[end]`` starts (a simple split; enough to find a name)."""
    start = 0
    for match in _SENTENCE_BREAK.finditer(text, 0, end):
        before = text[: match.start() + 1].rsplit(None, 1)[-1].casefold()
        if before.rstrip(".") in {"p", "pp", "al", "ed", "eds", "vol", "no", "dr", "mr", "mrs", "ms", "st", "cf"}:
            continue
        if re.fullmatch(r"[a-zà-ÿ]\.", before):
            continue
        start = match.end()
    return start


_FUNCTION_WORDS = frozenset(
    """the a an in on at this that these those it he she they we i you his her their its yet but and or so as
    when while after before then there here however although though if because since immediately later
    finally first second third meanwhile moreover furthermore also even still thus hence for with by from of
    to into like unlike such what which who whom where why how all both each every some many most one""".split()
)


def _nearby_names(text: str, end: int) -> tuple[str, ...]:
    """Capitalised names in the sentence before ``end`` and the sentence before it, nearest first."""
    here = _sentence_start(text, end)
    previous = _sentence_start(text, max(here - 1, 0)) if here else here
    found: list[str] = []
    for lo, hi in ((here, end), (previous, here)):
        # a sentence's first word is capitalised anyway: "The", "Yet", "Immediately" name nothing
        runs = [m.group(0) for m in _PAGE_ONLY_CANDIDATES.finditer(text, lo, hi)]
        for run in reversed(runs):
            words = run.split()
            # every suffix run and every single word: "Chinua Achebe", "Achebe", "Things Fall Apart"
            for cut in range(len(words)):
                name = " ".join(words[cut:])
                if name not in found and name.casefold() not in _FUNCTION_WORDS:
                    found.append(name)
            if run not in found:
                found.append(run)
    return tuple(found[:24])


def text_citations(
    text: str,
    *,
    block: int | None,
    note_label: str | None = None,
    note_id: str | None = None,
    skip: tuple[tuple[int, int], ...] = (),
) -> list[Citation]:
    """Parenthetical, narrative and page-only citations in one stretch of running text.

    ``skip`` holds spans already cited by fields (their displayed text is not read twice).
    Citations from one parenthesis share a ``group`` number, counted from 1 in this text.
    """
    found: list[Citation] = []
    for group, (start, end) in enumerate(_parentheses(text), start=1):
        if any(s < end and start < e for s, e in skip):
            continue
        stripped = text[start + 1 : end - 1].strip()
        if narrative := _NARRATIVE_CONTENT.match(stripped):
            before = _names_before(text[:start])
            authors = parse_authors(before[0]) if before else None
            if before and authors is not None:
                names, names_start = before
                found.extend(
                    Citation(
                        kind="narrative",
                        authors=authors.names,
                        year=year,
                        title=None,
                        locator=narrative.group("loc"),
                        text=text[names_start:end],
                        et_al=authors.et_al,
                        certainty=_narrative_certainty(text, names_start, end, authors.names),
                        start=names_start,
                        end=end,
                        author_text=authors.text,
                        group=group,
                        block=block,
                        note_label=note_label,
                        note_id=note_id,
                    )
                    for year in _split_years(narrative.group("years"))
                )
            # a year in parentheses after no name is the date of an event, not a citation
            continue
        if _PAGE_ONLY_RE.match(stripped) and not _YEARISH.match(stripped):
            sentence = _sentence_start(text, start)
            if any(c.start is not None and sentence <= c.start < start for c in found):
                continue  # "Suri (2017) argues that “…” (p. 45)": the page of the citation before it
            nearby = _nearby_names(text, start)
            if nearby:
                found.append(
                    Citation(
                        kind="author-page",
                        authors=nearby,
                        year=None,
                        title=None,
                        locator=stripped,
                        text=text[start:end],
                        certainty="match",
                        start=start,
                        end=end,
                        group=group,
                        named_nearby=True,
                        block=block,
                        note_label=note_label,
                        note_id=note_id,
                    )
                )
            continue
        for piece_offset, piece in _split_top(text[start + 1 : end - 1], ";"):
            lead = len(piece) - len(piece.lstrip())
            piece_start = start + 1 + piece_offset + lead
            found.extend(
                Citation(
                    kind=item.kind,
                    authors=item.authors,
                    year=item.year,
                    title=item.title,
                    locator=item.locator,
                    text=piece.strip(),
                    et_al=item.et_al,
                    certainty=item.certainty,
                    start=piece_start,
                    end=piece_start + len(piece.strip()),
                    alias=item.alias,
                    author_text=item.author_text,
                    group=group,
                    block=block,
                    note_label=note_label,
                    note_id=note_id,
                )
                for item in parse_item(piece)
            )
    return found


# --- notes ---------------------------------------------------------------------------------

_NOTE_ABBREVIATIONS = frozenset(
    "p pp ed eds trans vol vols no nos ch chap repr rev dr mr mrs ms st jr sr co inc ltd univ dept fig cf al "
    "op cit loc n.d e.g i.e etc vs c ca approx esp comp n.p para paras sec pt bk".split()
)
_PUBLICATION = re.compile(r"\((?P<pub>[^()]*?\b(?:1[5-9]\d\d|20\d\d|n\.\s?d\.)[a-z]?\b[^()]*)\)")
_URL = re.compile(r"https?://\S+|\bwww\.\S+|\bdoi\.org/\S+", re.IGNORECASE)
_JOURNAL = re.compile(r"\b\d+(?:,\s*no\.\s*\d+)?\s*\((?:[A-Za-z]+\.?\s+)?(?:1[5-9]\d\d|20\d\d)\)\s*:")
_ACCESSED = re.compile(r"\baccessed\b|\bretrieved\b", re.IGNORECASE)
_EDITOR = re.compile(r",\s*(?:ed|eds|trans|comp)\.\s*(?=,)", re.IGNORECASE)
# ", 45." at the end; also after a closing quotation mark: "“Chinua Achebe,” 3."
_TRAILING_LOCATOR = re.compile(rf",[”\"’']?\s*(?P<loc>{LOCATOR})\.?\s*$", re.IGNORECASE)
_AUTHOR_DATE_NOTE = re.compile(
    rf"^(?P<authors>[^,()]+?),?\s+(?P<years>{_YEARS})(?:\s*[,:]\s*(?P<loc>{LOCATOR}))?\.?$", re.IGNORECASE
)
_LEADING_QUOTE = re.compile(r"^[“\"](?P<title>[^”\"]+?)[,.]?[”\"]")
_MAX_SHORT_NOTE_WORDS = 24


def note_segments(text: str) -> list[tuple[int, str]]:
    """A note's sentences, then their ";"-separated parts: (offset, text) pairs.

    A full stop ends a sentence unless it follows an initial ("Lorenz M."),
    an abbreviation ("ed.", "W. W. Norton", "Dr.") or sits inside parentheses
    or quotation marks; "Ibid." ends one.
    """
    sentences: list[tuple[int, str]] = []
    depth = 0
    quoted = False
    start = 0
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
        elif ch == "“":
            quoted = True
        elif ch == "”":
            quoted = False
        elif ch in ".!?" and depth == 0 and not quoted:
            j = i + 1
            while j < len(text) and text[j] in '”"’)':
                j += 1
            if j < len(text) and text[j].isspace():
                k = j
                while k < len(text) and text[k].isspace():
                    k += 1
                word = text[start : i + 1].rsplit(None, 1)[-1] if text[start : i + 1].split() else ""
                stem = word.rstrip(".!?").strip('(“"‘').casefold()
                ends = k < len(text) and (text[k].isupper() or text[k] in '“"‘(')
                if ends and ch == "." and stem not in ("ibid", "id", "ibidem"):
                    # an initial ("Lorenz M."), "U.S.", "D.C.", or an abbreviation ("ed.", "Dr.")
                    if re.fullmatch(r"(?:[^\W\d_]\.)*[^\W\d_]", stem) or stem in _NOTE_ABBREVIATIONS:
                        ends = False
                if ends:
                    sentences.append((start, text[start:j]))
                    start = k
                    i = k
                    continue
        i += 1
    if text[start:].strip():
        sentences.append((start, text[start:]))
    segments: list[tuple[int, str]] = []
    for offset, sentence in sentences:
        for piece_offset, piece in _split_top(sentence, ";"):
            lead = len(piece) - len(piece.lstrip())
            if piece.strip():
                segments.append((offset + piece_offset + lead, piece.strip()))
    return segments


def _lead_chunks(body: str) -> list[str]:
    return [c.strip() for _, c in _split_top(body, ",")]


def _note_authors(chunks: list[str]) -> tuple[list[str], int]:
    """The leading chunks of a note that are names: (names, chunks used)."""
    names: list[str] = []
    used = 0
    for chunk in chunks:
        stripped = _ET_AL.sub("", re.sub(r"^and\s+", "", chunk))
        if stripped.casefold().rstrip(".") in ("ed", "eds", "trans", "comp"):
            used += 1
            continue
        parts = [p for p in re.split(r"\s+(?:and|&)\s+", stripped) if p]
        if parts and all(is_name_group(p) for p in parts) and ":" not in chunk:
            names.extend(parts)
            used += 1
            continue
        break
    return names, used


def _clean_title(title: str) -> str:
    return title.strip().strip("“”\"‘’'*_ ,.").strip()


# Prose before a signal or a colon: "For a different view, see Chen, …", "recorded by his doctor: Li, …".
_LEAD_IN = re.compile(r"^[^.;“”()]{0,120}?(?:\b(?:see(?:\s+also)?|cf\.|compare)\s+|:\s+)(?=[A-Z“\"])", re.IGNORECASE)
_PUBLISHED_IN = re.compile(r",\s+in\s+(?=[A-Z“\"])")
# A locator followed by more prose: "Chen, Mao's China, 45–47, who argues that …".
_LOCATOR_THEN_PROSE = re.compile(rf",\s*(?P<loc>{LOCATOR})(?=\s*[,;:]\s+[a-z(])", re.IGNORECASE)


def parse_note_segment(segment: str) -> Citation | None:
    """One source of a note as a citation without a place (see :func:`citations`), or None for prose."""
    body = _strip_signal(segment.strip())
    body = body.rstrip().rstrip(".").strip()
    if not body:
        return None
    if match := _IBID.match(body + "."):
        return Citation("ibid", (), None, None, match.group("loc"), segment.strip(), None, None)
    found = _parse_note_body(body, segment.strip())
    if found is None and (lead_in := _LEAD_IN.match(body)):
        found = _parse_note_body(body[lead_in.end() :], segment.strip())
    if found is None and (within := _PUBLISHED_IN.search(body)):
        # "Mao to Stalin, telegram, 2 October 1950, in Westad, *Brothers in Arms*, 45": the book it is in
        found = _parse_note_body(body[within.end() :], segment.strip())
    return found


def _parse_note_body(body: str, segment: str) -> Citation | None:
    full = bool(_PUBLICATION.search(body) or _JOURNAL.search(body) or _URL.search(body) or _ACCESSED.search(body))
    if full and (found := _full_note(body, segment)):
        return found
    if match := _AUTHOR_DATE_NOTE.match(body):
        authors = parse_authors(match.group("authors"))
        if authors is not None:
            year = _split_years(match.group("years"))[0]
            return Citation(
                "note-short", authors.names, year, None, match.group("loc"), segment, None, None,
                et_al=authors.et_al, author_text=authors.text,
            )  # fmt: skip
    match = _TRAILING_LOCATOR.search(body)
    if match and not _DATE_BEFORE.search(body[: match.start("loc")]):
        before = body[: match.start("loc")].rstrip().removesuffix(",")
        if found := _short_note(before, match.group("loc"), segment):
            return found
    for match in _LOCATOR_THEN_PROSE.finditer(body):
        if found := _short_note(body[: match.start()], match.group("loc"), segment):
            return found
    return _short_note(body, None, segment)


# "August 5, 1958": a date, whose year is no page
_DATE_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s*$", re.IGNORECASE
)
_A_YEAR = re.compile(r"\b(?:1[5-9]\d\d|20\d\d)\b")
_OP_CIT = re.compile(r"^(?:op|loc)\.?\s*cit\.?$", re.IGNORECASE)


def _short_note(rest: str, locator: str | None, segment: str) -> Citation | None:
    """ "Chen, Mao's China" (+ locator): names, then a short title; None when it is not one.

    Also the newspaper and magazine forms that carry no parenthesis: "“Khrushchev in
    Peking,” *New York Times*, August 4, 1958, 1." (a full note of an anonymous article)
    and "Harrison Salisbury, “Khrushchev in Peking,” *New York Times*, …"; and "Chen,
    op. cit., 45" (the author's one work).
    """
    if len(rest.split()) > _MAX_SHORT_NOTE_WORDS:
        return None
    certainty = "certain" if locator else "match"
    if quoted := _LEADING_QUOTE.match(rest):
        # "“Chinua Achebe,” 3.": an anonymous work, cited by its title
        title = _clean_title(quoted.group("title"))
        after = rest[quoted.end() :].strip(" ,.")
        if not after:
            return Citation("note-short", (), None, title, locator, segment, None, None, certainty=certainty)
        if year := _A_YEAR.search(after):
            return Citation("note-full", (), year.group(0), title, locator, segment, None, None)
        return None
    chunks = _lead_chunks(rest)
    if len(chunks) < 2:
        return None
    names, used = _note_authors(chunks)
    if not names:
        return None
    if used >= len(chunks):
        # every chunk looked like a name: the last one is the short title ("Westad, Brothers in Arms")
        used = len(chunks) - 1
        names, _ = _note_authors(chunks[:used])
        if not names:
            return None
    et_al = any(_ET_AL.search(chunk) for chunk in chunks[:used])
    raw_title = ", ".join(chunks[used:])
    if _OP_CIT.match(raw_title.strip()):
        return Citation("note-short", tuple(names), None, None, locator, segment, None, None, et_al=et_al)
    if quoted := _LEADING_QUOTE.match(raw_title):
        title = _clean_title(quoted.group("title"))
        if year := _A_YEAR.search(raw_title[quoted.end() :]):
            # an article in a newspaper or magazine, with its date: a full note
            return Citation("note-full", tuple(names), year.group(0), title, locator, segment, None, None, et_al=et_al)
    else:
        title = _clean_title(raw_title)
    if not title or not (title[0].isupper() or title[0].isdigit()):
        return None
    # without a page, "Mao, Stalin, Khrushchev" may be a list in prose: only a match makes it a citation
    return Citation(
        "note-short", tuple(names), None, title, locator, segment, None, None, et_al=et_al, certainty=certainty
    )


def _full_note(body: str, segment: str) -> Citation | None:
    """A full note: names, then a title, then publication facts in parentheses (or a journal, a URL).

    None when the parenthesis is an author–date citation inside a sentence of prose
    ("Account ownership rose to 79 per cent (World Bank, 2022, p. 3)").
    """
    publication = _PUBLICATION.search(body)
    if publication and any(item.kind == "parenthetical" for item in parse_item(publication.group("pub"))):
        return None
    year = None
    if match := publication:
        if found := re.search(r"\b(?:1[5-9]\d\d|20\d\d)[a-z]?\b|n\.\s?d\.", match.group("pub")):
            year = found.group(0)
    elif found := re.search(r"\b(?:1[5-9]\d\d|20\d\d)\b", body):
        year = found.group(0)
    locator = None
    if match := _TRAILING_LOCATOR.search(body):
        locator = match.group("loc")
    head = body
    cut = re.search(r"\s\(|\bhttps?://|\bwww\.", head)
    if cut:
        head = head[: cut.start()]
    head = _EDITOR.sub("", head)
    if quoted := _LEADING_QUOTE.match(head):
        return Citation("note-full", (), year, _clean_title(quoted.group("title")), locator, segment, None, None)
    chunks = _lead_chunks(head)
    names, used = _note_authors(chunks)
    if used >= len(chunks) and used > 1:
        used -= 1
        names, _ = _note_authors(chunks[:used])
    title_chunks = chunks[used:]
    if not names and (len(head.split()) > 15 or not (publication and ":" in publication.group("pub"))):
        return None  # no author, no quoted title: a full note only if it reads "Title (Place: Publisher, Year)"
    title = None
    if title_chunks:
        rest = ", ".join(title_chunks)
        quoted = _LEADING_QUOTE.match(rest)
        title = _clean_title(quoted.group("title")) if quoted else _clean_title(rest)
    et_al = bool(names) and bool(re.search(r"\bet\s+al\b", head))
    return Citation("note-full", tuple(names), year, title or None, locator, segment, None, None, et_al=et_al)


def note_citations(note: Note, *, block: int | None, skip: tuple[tuple[int, int], ...] = ()) -> list[Citation]:
    """The sources a note cites, in order; its explanatory sentences give none."""
    found: list[Citation] = []
    for offset, segment in note_segments(note.text):
        end = offset + len(segment)
        if any(s < end and offset < e for s, e in skip):
            continue
        citation = parse_note_segment(segment)
        if citation is not None:
            found.append(replace(citation, block=block, note_label=note.label, note_id=note.id, start=offset, end=end))
            continue
        for inner in text_citations(segment, block=block, note_label=note.label, note_id=note.id):
            found.append(replace(inner, start=offset + (inner.start or 0), end=offset + (inner.end or 0)))
    return found


# --- fields --------------------------------------------------------------------------------


def field_citations(field: FieldCitation, *, block: int | None, note: Note | None) -> list[Citation]:
    kind = "pandoc-key" if field.source == "pandoc" else "field"
    found = []
    for item in field.items:
        record = item.record
        found.append(
            Citation(
                kind=kind,
                authors=record.authors if record else (),
                year=record.year if record else None,
                title=record.title if record else None,
                locator=item.locator,
                text=field.text,
                block=block,
                note_label=note.label if note else None,
                record=record,
                key=item.key,
                note_id=note.id if note else None,
                source_text=field.text,
            )
        )
    return found


def field_spans(text: str, fields: list[FieldCitation]) -> list[tuple[int, int, FieldCitation]]:
    """Where each field's displayed text stands in ``text``, in order; a field not found stands at the end."""
    spans: list[tuple[int, int, FieldCitation]] = []
    cursor = 0
    for field in fields:
        shown = field.text.strip()
        if field.offset is not None and text.startswith(shown, field.offset):
            at = field.offset
        else:
            at = text.find(shown, cursor) if shown else -1
        if at < 0:
            spans.append((len(text), len(text), field))
        else:
            spans.append((at, at + len(shown), field))
            cursor = at + len(shown)
    return spans


# --- the whole document --------------------------------------------------------------------

_NOT_CITING_SECTIONS = frozenset({Section.TITLE_PAGE, Section.CONTENTS, Section.BIBLIOGRAPHY, Section.NOTES})
_CITING_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.CAPTION, BlockKind.TABLE})


def _note_block(note: Note) -> int | None:
    return note.referenced_from[0] if note.referenced_from else None


def citations(document: Document) -> tuple[Citation, ...]:
    """Every citation in the essay, in reading order (see the module docstring).

    Citations written together share a ``group`` number: one parenthesis, one field,
    or all the sources of one note.
    """
    notes = {note.id: note for note in document.notes}
    body_fields: dict[int, list[FieldCitation]] = {}
    note_fields: dict[str, list[FieldCitation]] = {}
    for field in document.field_citations:
        if field.note_id is not None:
            note_fields.setdefault(field.note_id, []).append(field)
        elif field.block is not None:
            body_fields.setdefault(field.block, []).append(field)
    ordered: list[tuple[tuple[object, ...], Citation]] = []
    emitted: set[str] = set()

    def note_events(note: Note) -> list[tuple[tuple[object, ...], Citation]]:
        emitted.add(note.id)
        block = _note_block(note)
        fields = field_spans(note.text, note_fields.get(note.id, []))
        skip = tuple((s, e) for s, e, _ in fields if e > s)
        events = [(s, c) for s, _, f in fields for c in field_citations(f, block=block, note=note)]
        events.extend((c.start or 0, c) for c in note_citations(note, block=block, skip=skip))
        events.sort(key=lambda e: e[0])
        return [(("note", note.id), c) for _, c in events]

    for block in document.blocks:
        events: list[tuple[int, int, tuple[object, ...], Citation | Note]] = []
        # a field is a citation wherever it stands; text is read for citations only in the essay's prose
        fields = field_spans(block.text, body_fields.get(block.index, []))
        for number, (s, _, field) in enumerate(fields):
            for c in field_citations(field, block=block.index, note=None):
                events.append((s, 1, ("field", block.index, number), c))
        if block.section not in _NOT_CITING_SECTIONS and block.kind in _CITING_KINDS:
            skip = tuple((s, e) for s, e, _ in fields if e > s)
            for c in text_citations(block.text, block=block.index, skip=skip):
                events.append((c.start or 0, 1, ("text", block.index, c.group), c))
        for ref in block.note_refs:
            note = notes.get(ref.note_id)
            if note is not None:
                events.append((ref.offset, 0, ("note", note.id), note))
        events.sort(key=lambda e: (e[0], e[1]))
        for _, _, key, event in events:
            if isinstance(event, Note):
                if event.id not in emitted:
                    ordered.extend(note_events(event))
            else:
                ordered.append((key, event))
    for note in document.notes:
        if note.id not in emitted:
            ordered.extend(note_events(note))
    groups: dict[tuple[object, ...], int] = {}
    return tuple(replace(c, group=groups.setdefault(key, len(groups) + 1)) for key, c in ordered)
