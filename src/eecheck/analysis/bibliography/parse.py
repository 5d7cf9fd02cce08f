"""One bibliography entry read into its parts: :func:`parse_entry`.

Entries are read in the four styles IB candidates use: Chicago (notes and
bibliography, and author–date), MLA 9, APA 7 and Harvard (Cite Them Right and
its variants), the numbered lists of IEEE and Vancouver, plus the
comma-separated lists candidates type by hand ("Chen, Jian, Mao's China and
the Cold War, 2001, Publisher, USA"). Italics are gone by the time text
reaches the model, so a title is found by its place in the entry, never by its
formatting. The parser is forgiving on purpose: a field it cannot find is
``None``, and the rules that read entries decide what a missing field means.
"""

from __future__ import annotations

import re

from eecheck.analysis.bibliography.authors import (
    _PARTICLES,
    _is_capitalised,
    looks_like_names,
    parse_authors,
)
from eecheck.analysis.bibliography.dates import (
    _DATE_ONLY,
    _NO_DATE,
    _PAREN_YEAR,
    _YEAR_NUMBER,
    _YEAR_TOKEN,
    _find_access,
    _normal_year,
    _year_in,
    _year_value,
)
from eecheck.analysis.bibliography.elements import author_end, boundaries, first_boundary, quoted_at
from eecheck.analysis.bibliography.facts import _guess_style, _publication_facts
from eecheck.analysis.bibliography.identifiers import (
    _AI_TOOL,
    _ONLINE_CONNECTIVES,
    _WEB_ONLY,
    Cut,
    _find_doi,
    _find_urls,
)
from eecheck.analysis.bibliography.model import Author, Entry
from eecheck.analysis.bibliography.sort_keys import _key, _lead_and_keys
from eecheck.analysis.folding import fold

# IEEE and other numeric styles name authors in natural order, initials first: "A. Horne, …",
# "T. Suri and W. Jack, …", "A. van der Berg, …"; the element ends at the comma before the title.
_IEEE_INITIALS = r"(?:[A-Z\u00C0-\u024F]\.\s?(?:-\s?[A-Z\u00C0-\u024F]\.\s?)?)+"
_IEEE_SURNAME = r"(?:(?:van|von|de|der|den|da|di|du|la|le|al|el)\s+)*[A-Z\u00C0-\u024F][\w'’\-]+"
_IEEE_ONE = rf"{_IEEE_INITIALS}\s*{_IEEE_SURNAME}"
_IEEE_AUTHORS = re.compile(rf"^{_IEEE_ONE}(?:(?:,\s+and\s+|,\s+|\s+and\s+){_IEEE_ONE})*(?:\s+et\s+al\.)?,\s+")
_YEAR_CLOSING_TITLE = re.compile(rf"(?:;\s*[^;]*?,|,)\s*\(?(?P<year>{_YEAR_TOKEN})\)?\.?$")
_LABEL = re.compile(r"^\s*(?P<label>\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)])\s+(?=\S)")
# "———." / "---." / "___." standing for the previous entry's author(s).
_REPEATED = re.compile(r"^\s*(?:[—–-]{2,}|_{3,}|—)\s*(?P<role>,\s*[^.]{1,25})?\.\s*")


# --- small helpers -------------------------------------------------------------


def _clean(text: str) -> str:
    text = text.replace("\u00a0", " ").replace("\u2009", " ").replace("\u202f", " ")
    # Markdown emphasis and escaped characters, when a reader leaves them in (asterisks only:
    # underscores belong to web addresses such as "wiki/Suez_(1956)").
    text = re.sub(r"(?<!\w)\*{1,2}(?=\S)|(?<=\S)\*{1,2}(?!\w)", "", text)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!&%])", r"\1", text)
    return re.sub(r"\s+", " ", text).strip()


def _tidy(text: str) -> str:
    """Punctuation left dangling once identifiers and dates are cut out."""
    text = re.sub(r"\(\s*[.,;:]?\s*\)|\[\s*[.,;:]?\s*\]|<\s*>", " ", text)
    # Only punctuation that a removal left stranded: "Foundation, . Accessed" (never "A., Klapper").
    for _ in range(3):
        text = re.sub(r"[.,;:]\s+([.,;:])(?=\s|$)", r"\1", text)
    text = re.sub(r"\s+([.,;:])(?=\s|$)", r"\1", text)
    text = re.sub(r"\s+", " ", text)
    return text.strip(" ,;:")


# --- the parser --------------------------------------------------------------------


def _comma_entry(text: str) -> tuple[tuple[Author, ...], str | None, str | None, str | None] | None:
    """ "Chen, Jian, Mao's China and the Cold War, 2001, Publisher, USA": no full stops at all."""
    elements = [e.strip() for e in text.split(",")]
    year_at = next(
        (i for i, e in enumerate(elements) if re.fullmatch(rf"{_YEAR_TOKEN}|{_NO_DATE}", e, re.IGNORECASE)), None
    )
    if year_at is None or year_at < 2:
        return None
    names: list[str] = []
    for element in elements[:year_at]:
        words = element.split()
        name_like = (
            1 <= len(words) <= 3
            and ":" not in element
            and not re.search(r"\d", element)
            and all(_is_capitalised(w) or fold(w) in _PARTICLES for w in words)
        )
        if not name_like or len(names) >= year_at - 1:
            break
        names.append(element)
    if not names:
        return None
    title = ", ".join(elements[len(names) : year_at]).strip()
    if not title:
        return None
    authors: list[Author] = []
    single = [n for n in names if len(n.split()) == 1]
    if len(names) == 2 and len(single) >= 1:
        authors.append(Author(family=names[0], given=names[1]))
    else:
        i = 0
        while i < len(names):
            following = names[i + 1] if i + 1 < len(names) else None
            if following and (re.search(r"\b[A-Z]\.", following) or len(following.split()) > 1):
                authors.append(Author(family=names[i], given=following))
                i += 2
            else:
                authors.append(Author(family=names[i]))
                i += 1
    publisher = elements[year_at + 1] if year_at + 1 < len(elements) else None
    return tuple(authors), title, elements[year_at], publisher


def parse_entry(text: str, *, block: int | None = None) -> Entry:
    """Read one bibliography entry."""
    cleaned = _clean(text)
    label_match = _LABEL.match(cleaned)
    label = label_match.group("label") if label_match else None
    body = cleaned[label_match.end() :] if label_match else cleaned

    repeated = _REPEATED.match(body)
    if repeated:
        body = body[repeated.end() :]

    cut = Cut(body)
    doi = _find_doi(cut)
    accessed = _find_access(cut)
    url = _find_urls(cut)
    for match in _ONLINE_CONNECTIVES.finditer(cut.text):
        cut.remove(*match.span())
    rest = _tidy(cut.text)

    ai_tool = bool(_AI_TOOL.search(body))
    if accessed is None and ai_tool:
        # For generative-AI output, the date it was generated stands for the access date (MLA:
        # "OpenAI, 8 Mar. 2023, chat.openai.com/chat"): a full date, not "Mar 14 version".
        full = [m.group(0).strip() for m in _DATE_ONLY.finditer(rest) if len(re.findall(r"\d+", m.group(0))) >= 2]
        accessed = full[-1] if full else None

    authors: tuple[Author, ...] = ()
    et_al = False
    year: str | None = None
    title: str | None = None
    facts = ""
    title_first = False
    quoted_title = False
    paren_then_period: bool | None = None
    year_after_author: str | None = None

    quoted = quoted_at(rest, 0)
    paren = _PAREN_YEAR.search(rest)
    head = rest[: paren.start()] if paren else ""
    head_boundaries = boundaries(head.rstrip(" ."))
    if quoted is not None:
        # An anonymous work: the entry opens with its quoted title.
        title_first = True
        quoted_title = True
        title = quoted[0].strip(" .,")
        facts = rest[quoted[1] :]
        year = _year_in(facts)
        if paren and paren.start() >= quoted[1] and paren.start() - quoted[1] < 4:
            year = _year_value(paren)
            facts = rest[paren.end() :]
    elif (
        paren is not None
        and paren.start() < 300
        and not head_boundaries
        and not re.search(r"[“”\"‘]", head)
        and head.strip(" .")
    ):
        # APA "Jack, W., & Suri, T. (2014). Title." / Harvard "Jack, W. and Suri, T. (2014) Title".
        year = _year_value(paren)
        paren_then_period = rest[paren.end() :].lstrip().startswith(".")
        author_part = head.strip()
        after = rest[paren.end() :].lstrip(" .")
        reissue = re.match(rf"^(?P<edition>{_YEAR_TOKEN})\.\s*", after)
        if reissue and re.fullmatch(_YEAR_NUMBER, year):
            # Chicago author–date "Fanon, Frantz. (1961) 1963.": the original date, then the edition's
            year = f"{year}/{reissue.group('edition')}"
            after = after[reissue.end() :]
            paren_then_period, year_after_author = None, "."
        if not looks_like_names(author_part):
            title_first = True
            title = re.sub(r"\s*\([^()]*\)\s*$", "", author_part).strip(" .") or author_part
            facts = after
        else:
            authors, et_al = parse_authors(author_part)
            title, facts, quoted_title = _title_and_facts(after, apa_like=True)
    else:
        # "Chen, Jian, Mao's China, 2001, Publisher": no full stops, and no ";" (which parts ACS's authors)
        comma = None if boundaries(rest.rstrip(" .")) or ";" in rest else _comma_entry(rest.rstrip(" ."))
        if comma is not None:
            authors, title, year, publisher_guess = comma
            return _finish(
                text=cleaned,
                block=block,
                authors=authors,
                et_al=False,
                year=year,
                title=title,
                container=None,
                publisher=publisher_guess,
                url=url,
                doi=doi,
                accessed=accessed,
                style=None,
                title_first=False,
                repeated=bool(repeated),
                label=label,
                ai_tool=ai_tool,
                body=body,
            )
        ieee = _IEEE_AUTHORS.match(rest)
        end = ieee.end() if ieee else author_end(rest)
        open_quote = re.search(r"[“\"‘]", rest)
        if open_quote and (end is None or open_quote.start() < end) and open_quote.start() > 0:
            end = open_quote.start()
        author_part = rest[:end].strip() if end is not None else rest
        after = rest[end:].strip() if end is not None else ""
        if repeated:
            author_part, after = "", rest
        # Harvard (AGPS) "Ndung’u, N 2018, ‘Next steps…’": the year closes the author element.
        trailing_year = re.match(
            rf"^(?P<names>.+?)[,.]?\s+(?P<year>{_YEAR_TOKEN}|{_NO_DATE})[.,]?$", author_part, re.IGNORECASE
        )
        if trailing_year and looks_like_names(trailing_year.group("names")):
            author_part = trailing_year.group("names")
            year = _normal_year(trailing_year.group("year"))
            year_after_author = ","
        # MLA films and recordings: "Parasite. Directed by Bong Joon-ho, CJ Entertainment, 2019."
        credited = re.match(
            r"^(?:directed|created|written|performed|narrated|produced|hosted|composed)\s+by\b", after, re.IGNORECASE
        )
        if author_part and credited:
            title_first = True
            title = author_part.strip(" .")
        elif author_part:
            if looks_like_names(author_part):
                authors, et_al = parse_authors(author_part)
            else:
                title_first = True
                title = author_part.strip(" .")
        # Chicago author–date: "Lüthi, Lorenz M. 2008. The Sino-Soviet Split."; a reissue "(1961) 1963."
        year_first = re.match(
            rf"^(?P<year>(?:\({_YEAR_NUMBER}\)\s*)?(?:{_YEAR_TOKEN}|{_NO_DATE}))(?P<mark>[.,])\s*", after, re.IGNORECASE
        )
        if year_first and not title_first and year is None:
            year = _normal_year(year_first.group("year"))
            year_after_author = year_first.group("mark")
            after = after[year_first.end() :]
        if title_first:
            facts = after
        else:
            title, facts, quoted_title = _title_and_facts(after, apa_like=False)
        if year is None:
            year = _year_in(facts)

    if year is None and title and not quoted_title and (tail := _YEAR_CLOSING_TITLE.search(title)):
        # ACS "Title; Publisher: Place, 2021." and IEEE "Title, (1966).": the facts ran into the title
        year = _normal_year(tail.group("year"))
        title = title[: tail.start()].strip(" ,;") or title
    container, publisher = _publication_facts(facts, quoted_title=quoted_title, apa_like=paren_then_period is not None)
    if url and "/" not in url and not re.match(r"(?:https?://|www\.)", url, re.IGNORECASE):
        # A bare domain inside the title names the work ("Amazon.com: Get Big Fast"), not its address.
        if title and url in title:
            url = None
    style = _guess_style(cleaned, facts, paren_year_then_period=paren_then_period, year_after_author=year_after_author)
    if re.match(r"^(?:[A-Z\u00C0-\u024F]\.[\s-]*)+[A-Z\u00C0-\u024F][a-z]", rest):
        style = None  # "T. Suri and W. Jack, …": IEEE or Vancouver, none of the four
    return _finish(
        text=cleaned,
        block=block,
        authors=authors,
        et_al=et_al,
        year=year,
        title=title,
        container=container,
        publisher=publisher,
        url=url,
        doi=doi,
        accessed=accessed,
        style=style,
        title_first=title_first,
        repeated=bool(repeated),
        label=label,
        ai_tool=ai_tool,
        body=body,
    )


def _title_and_facts(after: str, *, apa_like: bool) -> tuple[str | None, str, bool]:
    """The title at the start of ``after`` and the facts following it."""
    after = after.strip()
    if not after:
        return None, "", False
    quoted = quoted_at(after, 0)
    if quoted is not None:
        return quoted[0].strip(" .,") or None, after[quoted[1] :].strip(" .,"), True
    end = first_boundary(after)
    stop = len(after) if end is None else end
    if apa_like:
        # APA: "African successes (Vol. 3, pp. 247–293)", "The Global Findex Database 2021 [Data set]".
        bracket = re.search(
            r"\s\[|\s\((?:vol|vols|no|nos|pp|p|\d+(?:st|nd|rd|th)\s+ed|rev\.|[^()]*\btrans\.|report|ed\.|eds\.)",
            after[:stop],
            re.IGNORECASE,
        )
        if bracket:
            stop = bracket.start()
        # Harvard: "‘Title’, Journal" is quoted; "Title, Publisher" in some variants ends at a comma.
    title = after[:stop].strip(" .,")
    facts = after[end:] if end is not None else after[stop:]
    return title or None, facts.strip(" .,"), False


def _finish(
    *,
    text: str,
    block: int | None,
    authors: tuple[Author, ...],
    et_al: bool,
    year: str | None,
    title: str | None,
    container: str | None,
    publisher: str | None,
    url: str | None,
    doi: str | None,
    accessed: str | None,
    style: str | None,
    title_first: bool,
    repeated: bool,
    label: str | None,
    ai_tool: bool,
    body: str,
) -> Entry:
    leads: tuple[str, ...] = ()
    if repeated:
        # "———." stands for the previous entry's authors: ``entries`` fills them in.
        lead, title_first = "", False
    else:
        lead, leads = _lead_and_keys(authors, title, title_first=title_first)
        if lead:
            # The entry as written is always a fair sort key: a name in natural order ("Bong
            # Joon-ho, director.") may be filed under its first word.
            written = _key(" ".join(body.split()[:6]))
            leads = tuple(sorted({*leads, written, written.replace(" ", "")}))
    if ai_tool and year is None and accessed:
        # A generative-AI citation is dated by the day the output was generated.
        found = re.search(_YEAR_NUMBER, accessed)
        year = found.group(0) if found else None
    online: str | None = "url" if url else None
    if online is None:
        # A web-only name in the title ("YouTube: Online Video and Participatory Culture", a
        # book) says what the work is about, not where it was published.
        web = _WEB_ONLY.search(body.replace(title, " ") if title else body)
        if web:
            online = web.group(0).strip("[]")
    return Entry(
        text=text,
        block=block,
        authors=authors,
        et_al=et_al,
        year=year,
        title=title or None,
        container=container,
        publisher=publisher,
        url=url,
        doi=doi,
        accessed=accessed,
        lead=lead,
        style=style,
        leads=leads,
        title_first=title_first,
        repeated_author=repeated,
        online=online,
        ai_tool=ai_tool,
        label=label,
    )
