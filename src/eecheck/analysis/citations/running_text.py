"""Citations in running text: parentheses and the names before them.

Owns :func:`text_citations`, which reads one stretch of running text (a
paragraph, or a sentence of a note) for:

* **author–date parentheses** (APA, Harvard, Chicago author–date):
  ``(Jack & Suri, 2014, p. 190)``, ``(World Bank 2022)``, ``(Chen, 2001;
  Westad, 1998)``, one author with several years ``(GSMA, 2023a, pp. 22–24,
  2023b, p. 31)`` and ``(GSMA 2023a, 22–24; 2023b, 31)``, original dates
  ``(Fanon [1961] 1963, 61)`` and ``(Fanon, 1961/1963, p. 61)``, an alias
  ``(World Health Organization [WHO], 2020)``, signals and "as cited in";
* **narrative** citations, the name in the prose: "Lüthi (2008) argues",
  "Fanon ([1961] 1963, 61)";
* **MLA** author–page ``(Achebe 45)``, author and title ``(GSMA, State of the
  Industry Report 9)``, ``(de Gaulle, “Discours au Forum d’Alger”)``, a name
  alone ``(Mwangi)``, a title ``(“Chinua Achebe”)``, and a page alone
  ``(45)`` after a sentence that names the author ("Jack and Suri (185)");
* **titles with a year** for works without an author: ``(La battaglia di
  Algeri, 1966)``;
* **personal communications**: ``(Grace Kamau, personal interview, January
  6, 2024)``, APA's ``(G. Kamau, January 6, 2024)``.

Numeric citations ("[1]", "(1,2)", superscripts) are :mod:`numeric`'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from eecheck.analysis.citations.grammar import (
    IBID,
    JOINERS,
    LOCATOR,
    MONTHS,
    NAME_WORD,
    NOT_AUTHORS,
    PAGE_ONLY,
    PARTICLES,
    PERSONAL_COMMUNICATION,
    QUOTED_TITLE_ITEM,
    SECONDARY,
    SIGNAL,
    YEAR,
    YEAR_NUMBER,
    YEARISH,
    normal_year,
)
from eecheck.analysis.citations.model import Certainty, Citation, CitationKind
from eecheck.analysis.citations.names import is_name_word, label_certainty, parse_authors
from eecheck.analysis.sentences import sentence_start, split_top

_YEAR_WHOLE = re.compile(rf"^{YEAR}$", re.IGNORECASE)
_LOCATOR_WHOLE = re.compile(rf"^{LOCATOR}$", re.IGNORECASE)
_YEAR_THEN_LOCATOR = re.compile(rf"^(?P<year>{YEAR})\s+(?P<loc>{LOCATOR})$", re.IGNORECASE)
_SIGNAL_AT_START = re.compile(rf"^{SIGNAL}", re.IGNORECASE)
_SECONDARY_RE = re.compile(str(SECONDARY), re.IGNORECASE)
_IBID_WHOLE = re.compile(rf"^{IBID}$", re.IGNORECASE)
_QUOTED_TITLE_WHOLE = re.compile(rf"^{QUOTED_TITLE_ITEM}$", re.IGNORECASE)
_FIRST_YEAR = re.compile(rf",?\s+(?={YEAR}(?:$|[\s,:;]))", re.IGNORECASE)
_AUTHOR_PAGE = re.compile(rf"^(?P<authors>.+?)(?:,\s*(?P<title>[^,]{{1,80}}?))?,?\s+(?P<loc>{LOCATOR})$", re.IGNORECASE)
_AUTHOR_TITLE = re.compile(r"^(?P<authors>[^,“\"]+?),\s*(?P<title>[“\"‘].+[”\"’]|[^,]+)$")
_DATE = rf"(?:{MONTHS}\.?\s+\d{{1,2}},?\s+{YEAR_NUMBER}|\d{{1,2}}\s+{MONTHS}\.?,?\s+{YEAR_NUMBER})"
_PERSONAL = re.compile(
    rf"^(?P<name>[^,]+?),\s*(?:(?P<what>[^,]*?{PERSONAL_COMMUNICATION}[^,]*?),\s*)?(?P<date>{_DATE})$",
    re.IGNORECASE,
)
_YEAR_SPACE_PAGE = re.compile(rf"^{YEAR_NUMBER}\s+\d")
_APA_NAME = re.compile(rf"^(?:[A-Z]\.\s?)+{NAME_WORD}$")
_PARENTHESIS_MARKS = re.compile(r"[()]")

MAX_ITEM_CHARACTERS = 240
"""One source in a parenthesis is short, even APA's whole title of an anonymous work (about 150 characters
for an archive document); a parenthesis of more than 240 characters is an aside in prose."""
MAX_TITLE_WORDS = 25
"""A title standing for an author ("(La battaglia di Algeri, 1966)"; APA gives an anonymous work's whole
title, which for an archive document runs to twenty words); a longer run is prose. Such a citation counts
only when it names an entry, so the bound only keeps prose from being tried."""
MAX_NAME_ONLY_WORDS = 6
"""MLA's name-only citation "(Mwangi)" names an author in a few words at most."""


@dataclass(frozen=True, slots=True)
class Item:
    """One source inside a parenthesis, before it gets a place in the document."""

    kind: CitationKind
    authors: tuple[str, ...] = ()
    year: str | None = None
    title: str | None = None
    locator: str | None = None
    et_al: bool = False
    alias: str | None = None
    author_text: str | None = None
    certainty: Certainty = Certainty.CERTAIN


def strip_signal(item: str) -> str:
    """A citation without the words that introduce it ("see also", "as cited in")."""
    item = item.strip()
    if match := _SECONDARY_RE.search(item):
        item = item[match.end() :]
    return _SIGNAL_AT_START.sub("", item).strip()


def years_and_locators(tail: str) -> list[tuple[str, str | None]] | None:
    """ "2023a, pp. 22–24, 2023b, p. 31" -> [("2023a", "pp. 22–24"), ("2023b", "p. 31")]; None when not that.

    The tail of an author–date item: years, each with the locator after it (a comma, a colon or a
    space between). A plain number after a locator is more of the locator ("pp. 3–4, 7").
    """
    found: list[tuple[str, str | None]] = []
    for element in re.split(r"\s*[,:]\s*", tail.strip()):
        if not element:
            return None
        if _YEAR_WHOLE.match(element):
            found.append((normal_year(element), None))
        elif found and _LOCATOR_WHOLE.match(element):
            year, locator = found[-1]
            found[-1] = (year, f"{locator}, {element}" if locator else element)
        elif (both := _YEAR_THEN_LOCATOR.match(element)) is not None:
            found.append((normal_year(both.group("year")), both.group("loc")))
        else:
            return None
    return found or None


def _author_date(body: str) -> list[Item] | None:
    """Authors, then years and locators: one item per year; None when the body is not that form."""
    for split in _FIRST_YEAR.finditer(body):
        head, tail = body[: split.start()], body[split.end() :]
        if "," in head and _YEAR_SPACE_PAGE.match(tail):
            # MLA "(GSMA, State of the Industry Report 2023 12)": a title that ends in a year, then a page
            continue
        pairs = years_and_locators(tail)
        if pairs is None or not head.strip():
            continue
        authors = parse_authors(head)
        if authors is not None:
            certainty = label_certainty(authors.names, Certainty.STYLE)
            if certainty is Certainty.MATCH and _month_then_comma(head, body):
                certainty = Certainty.STYLE  # "(May, 2019)": a month before a comma is a name again
            return [
                Item(
                    CitationKind.PARENTHETICAL,
                    authors=authors.names,
                    year=year,
                    locator=locator,
                    et_al=authors.et_al,
                    alias=authors.alias,
                    author_text=authors.text,
                    certainty=certainty,
                )
                for year, locator in pairs
            ]
        if _is_title(head) and len(pairs) == 1:
            # "(La battaglia di Algeri, 1966)": a work without an author, cited by its title
            year, locator = pairs[0]
            return [Item(CitationKind.TITLE_ONLY, title=head.strip(" ,*_"), year=year, locator=locator,
                         certainty=Certainty.MATCH)]  # fmt: skip
        return None
    return None


def _month_then_comma(head: str, body: str) -> bool:
    words = head.split()
    return len(words) == 1 and bool(MONTHS.fullmatch(words[0].rstrip("."))) and body[len(head) :].startswith(",")


def _is_title(text: str) -> bool:
    words = text.strip(" ,*_").split()
    if not words or len(words) > MAX_TITLE_WORDS or not words[0][:1].isupper():
        return False
    return words[0].casefold().strip(",.") not in NOT_AUTHORS


def parse_item(item: str) -> list[Item]:
    """One ";"-separated piece of a parenthesis: its sources (several years give several), or []."""
    body = strip_signal(item)
    if not body or len(body) > MAX_ITEM_CHARACTERS:
        return []
    if match := _IBID_WHOLE.match(body):
        return [Item(CitationKind.IBID, locator=match.group("loc"))]
    if match := _PERSONAL.match(body):
        apa = _APA_NAME.match(match.group("name").strip())
        if match.group("what") or apa:
            names = parse_authors(match.group("name"))
            return [
                Item(
                    CitationKind.PERSONAL,
                    authors=names.names if names else (match.group("name").strip(),),
                    year=YEAR_NUMBER.search(match.group("date")).group(0),  # type: ignore[union-attr]
                    author_text=match.group("name").strip(),
                    certainty=Certainty.STYLE,
                )
            ]
    if match := _QUOTED_TITLE_WHOLE.match(body):
        return [
            Item(
                CitationKind.TITLE_ONLY,
                title=match.group("title").strip(),
                year=match.group("year"),
                locator=match.group("loc"),
                certainty=Certainty.STYLE,
            )
        ]
    if (items := _author_date(body)) is not None:
        return items
    if (match := _AUTHOR_PAGE.match(body)) and not _YEAR_WHOLE.match(match.group("loc")):
        authors = parse_authors(match.group("authors"))
        title = match.group("title")
        if authors is not None:
            return [
                Item(
                    CitationKind.AUTHOR_PAGE,
                    authors=authors.names,
                    title=title.strip(' *_“”"') if title else None,
                    locator=match.group("loc"),
                    et_al=authors.et_al,
                    author_text=authors.text,
                    certainty=label_certainty(authors.names, Certainty.STYLE),
                )
            ]
    if match := _AUTHOR_TITLE.match(body):
        # MLA, a work without pages by an author of several works: "(de Gaulle, “Discours au Forum d’Alger”)"
        authors = parse_authors(match.group("authors"))
        title = match.group("title").strip()
        quoted = title[:1] in '“"‘'
        if authors is not None and (quoted or _is_title(title)):
            return [
                Item(
                    CitationKind.AUTHOR_PAGE,
                    authors=authors.names,
                    title=title.strip(' *_“”"‘’'),
                    et_al=authors.et_al,
                    author_text=authors.text,
                    certainty=label_certainty(authors.names, Certainty.STYLE if quoted else Certainty.MATCH),
                )
            ]
    authors = parse_authors(body)
    if authors is None and _is_title(body):
        # MLA "(*La battaglia di Algeri*)": a work without an author, by its title alone
        return [Item(CitationKind.TITLE_ONLY, title=body.strip(" *_"), certainty=Certainty.MATCH)]
    if authors is not None and len(body.split()) <= MAX_NAME_ONLY_WORDS:
        # "(Mwangi)": an MLA citation of a source without pages; "(GMD)" is one too, in form.
        return [
            Item(
                CitationKind.AUTHOR_PAGE,
                authors=authors.names,
                et_al=authors.et_al,
                author_text=authors.text,
                certainty=Certainty.MATCH,
            )
        ]
    return []


# --- narrative citations -------------------------------------------------------------------


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
        joins = bare.casefold() in JOINERS or (bare in PARTICLES and bare[:1].islower())
        if taken and joins and not word.endswith(","):
            taken.append(match)
            continue
        if is_name_word(bare) or re.fullmatch(r"[A-Z]{2,}", bare):
            if word.endswith(",") and not (taken and last not in ("al.", "al")):
                break  # "In 2008, Lüthi (…)": a comma right before the name ends the run
            taken.append(match)
            continue
        break
    while taken and (taken[-1].group(0).casefold() in JOINERS or taken[-1].group(0) in PARTICLES):
        taken.pop()  # "and Lüthi": the run starts at the name (a particle is lower-case: "van", never "Lo")
    if not taken:
        return None
    first = taken[-1]
    names = text[base + first.start() :].strip()
    names = re.sub(r"(?:’s|'s|’|')$", "", names)
    return names, base + first.start()


REPORTING_VERBS = frozenset(
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
"""Verbs that follow a narrative citation: "Suri (2017) argues", "Jack and Suri (2014) found"."""
_BEFORE_THE_VERB = frozenset("also further similarly rightly convincingly famously then later has have had".split())


def _narrative_certainty(text: str, start: int, end: int, names: tuple[str, ...]) -> Certainty:
    """``STYLE`` for "Suri (2017) argues" and "according to Suri (2017)"; ``MATCH`` otherwise.

    A name and a year in parentheses are as often an event or a work ("the launch of
    Sputnik (1957)", "Hurricane Katrina (2005)"): only surnames with a verb of saying
    after them, or "according to" before them, make the form a citation by itself.
    """
    if label_certainty(names, Certainty.STYLE) is Certainty.MATCH:
        return Certainty.MATCH
    parenthesis = text[start:end][text[start:end].rfind("(") :]
    if re.search(rf"[,:]\s*{LOCATOR}\s*\)$", parenthesis, re.IGNORECASE):
        return Certainty.STYLE  # "Lüthi’s (2008, p. 3) account": a page makes the year a citation
    if any(len([w for w in name.split() if w.casefold() not in PARTICLES]) > 1 for name in names):
        # "Hurricane Katrina", "Treaty of Versailles", "the Bank of England": an author cited in
        # prose is a surname; a longer name is an event, a work or an institution unless it resolves
        return Certainty.MATCH
    if re.search(r"(?:’s|'s|s’)\s*$", text[:start]):
        return Certainty.MATCH  # "Orwell’s Nineteen Eighty-Four (1949)": a work and its date
    following = [w.casefold() for w in re.findall(r"[^\W\d_]+", text[end : end + 60])[:3]]
    while following and following[0] in _BEFORE_THE_VERB:
        following.pop(0)
    if following and following[0] in REPORTING_VERBS:
        return Certainty.STYLE
    if re.search(r"\baccording\s+to$", text[:start].rstrip(), re.IGNORECASE):
        return Certainty.STYLE
    return Certainty.MATCH


# --- a page alone --------------------------------------------------------------------------

_PAGE_ONLY_CANDIDATES = re.compile(rf"(?:{NAME_WORD})(?:\s+(?:of|and|the|de|van|von|der)?\s*{NAME_WORD})*")
_PAGE_ONLY_WHOLE = re.compile(rf"^{PAGE_ONLY}$", re.IGNORECASE)
_YEARISH_WHOLE = re.compile(rf"^{YEARISH}$", re.IGNORECASE)
_FUNCTION_WORDS = frozenset(
    """the a an in on at this that these those it he she they we i you his her their its yet but and or so as
    when while after before then there here however although though if because since immediately later
    finally first second third meanwhile moreover furthermore also even still thus hence for with by from of
    to into like unlike such what which who whom where why how all both each every some many most one""".split()
)
MAX_NEARBY_NAMES = 24
"""A page-only citation offers the resolver at most 24 names from its sentence and the one before."""


def _nearby_names(text: str, end: int) -> tuple[str, ...]:
    """Capitalised names in the sentence before ``end`` and the sentence before it, nearest first."""
    here = sentence_start(text, end)
    previous = sentence_start(text, max(here - 1, 0)) if here else here
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
    return tuple(found[:MAX_NEARBY_NAMES])


def _page_certainty(text: str, start: int, end: int, inside: str, *, named: bool) -> Certainty:
    """A page alone is a citation by form when it says "p." ("(p. 45)"), stands right after a quotation
    ("“…” (96)"), or closes a clause of a sentence that names someone ("Achebe … a heroic one (96)."),
    where MLA puts it; elsewhere ("(12) studies", "it rains (45).") only when it resolves."""
    if re.match(r"(?:pp?|paras?|par|págs?)\.", inside, re.IGNORECASE):
        return Certainty.STYLE
    if text[:start].rstrip().endswith(("”", '"', "’", "'")):
        return Certainty.STYLE
    if named and text[end : end + 1] in ("", ".", ",", ";", ":", "!", "?"):
        return Certainty.STYLE
    return Certainty.MATCH


# --- one stretch of text -------------------------------------------------------------------


def parentheses(text: str) -> Iterator[tuple[int, int]]:
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


def text_citations(
    text: str,
    *,
    block: int | None,
    note_label: str | None = None,
    note_id: str | None = None,
    skip: tuple[tuple[int, int], ...] = (),
    numbered: bool = False,
) -> list[Citation]:
    """Parenthetical, narrative, page-only and personal citations in one stretch of running text.

    ``skip`` holds spans already cited by fields (their displayed text is not read twice).
    ``numbered``: the essay cites a numbered list, so "(3)" is left to the numeric reader.
    Citations from one parenthesis share a ``group`` number, counted from 1 in this text.
    """
    found: list[Citation] = []
    place: dict[str, object] = {"block": block, "note_label": note_label, "note_id": note_id}
    for group, (start, end) in enumerate(parentheses(text), start=1):
        if any(s < end and start < e for s, e in skip):
            continue
        stripped = text[start + 1 : end - 1].strip()
        pairs = years_and_locators(stripped)
        if pairs is not None:
            before = _names_before(text[:start])
            authors = parse_authors(before[0]) if before else None
            if before and authors is not None:
                names_start = before[1]
                certainty = _narrative_certainty(text, names_start, end, authors.names)
                found.extend(
                    Citation(
                        kind=CitationKind.NARRATIVE,
                        authors=authors.names,
                        year=year,
                        title=None,
                        locator=locator,
                        text=text[names_start:end],
                        et_al=authors.et_al,
                        certainty=certainty,
                        start=names_start,
                        end=end,
                        author_text=authors.text,
                        group=group,
                        count_span=(start, end),  # the name is read; the parenthesis is the citation
                        **place,  # type: ignore[arg-type]
                    )
                    for year, locator in pairs
                )
            # a year in parentheses after no name is the date of an event, not a citation
            continue
        if numbered and re.fullmatch(r"[\d\s,–—-]+", stripped):
            continue  # Vancouver "(3)", "(1,2)": an entry number (numeric.py)
        if _PAGE_ONLY_WHOLE.match(stripped) and not _YEARISH_WHOLE.match(stripped):
            sentence = sentence_start(text, start)
            if any(c.start is not None and sentence <= c.start < start for c in found):
                continue  # "Suri (2017) argues that “…” (p. 45)": the page of the citation before it
            if narrative := _narrative_page(text, start, end, stripped, group, place):
                found.append(narrative)
                continue
            nearby = _nearby_names(text, start)
            certainty = _page_certainty(text, start, end, stripped, named=bool(nearby))
            if nearby or certainty is Certainty.STYLE:
                # a page by form stays a citation when no name is near: "the data (p. 45) show"
                found.append(
                    Citation(
                        kind=CitationKind.AUTHOR_PAGE,
                        authors=nearby,
                        year=None,
                        title=None,
                        locator=stripped,
                        text=text[start:end],
                        certainty=certainty,
                        start=start,
                        end=end,
                        group=group,
                        named_nearby=True,
                        **place,  # type: ignore[arg-type]
                    )
                )
            continue
        found.extend(_parenthesis_items(text, start, end, group, place))
    return found


def _narrative_page(
    text: str, start: int, end: int, locator: str, group: int, place: dict[str, object]
) -> Citation | None:
    """MLA's narrative "Mbiti and Weil (12) also found": surnames right before a page, read with the
    same test as "Lüthi (2008) argues" (:func:`_narrative_certainty`); the names are prose."""
    before = _names_before(text[:start])
    if before is None or (authors := parse_authors(before[0])) is None:
        return None
    names_start = before[1]
    if _narrative_certainty(text, names_start, end, authors.names) is not Certainty.STYLE:
        return None
    return Citation(
        kind=CitationKind.AUTHOR_PAGE,
        authors=authors.names,
        year=None,
        title=None,
        locator=locator,
        text=text[names_start:end],
        et_al=authors.et_al,
        certainty=Certainty.STYLE,
        start=names_start,
        end=end,
        author_text=authors.text,
        group=group,
        count_span=(start, end),
        **place,  # type: ignore[arg-type]
    )


def _parenthesis_items(text: str, start: int, end: int, group: int, place: dict[str, object]) -> list[Citation]:
    """The sources of one parenthesis; each piece after the first may be a year alone of the same
    author ("(GSMA 2023a, 22–24; 2023b, 31)")."""
    pieces = split_top(text[start + 1 : end - 1], ";")
    items: list[Citation] = []
    complete = True
    previous: Item | None = None
    for piece_offset, piece in pieces:
        lead = len(piece) - len(piece.lstrip())
        piece_start = start + 1 + piece_offset + lead
        parsed = parse_item(piece)
        if not parsed and previous is not None and previous.authors:
            pairs = years_and_locators(strip_signal(piece))
            if pairs is not None:
                parsed = [replace(previous, year=year, locator=locator) for year, locator in pairs]
        if not parsed:
            complete = False
            continue
        previous = parsed[-1]
        items.extend(
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
                **place,  # type: ignore[arg-type]
            )
            for item in parsed
        )
    if complete:
        items = [replace(c, enclosure=(start, end)) for c in items]
    return items
