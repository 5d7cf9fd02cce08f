"""Citations in notes: the footnote forms of Chicago and its relatives.

Owns :func:`note_segments` (a note's sentences, then their ";"-separated
parts) and :func:`parse_note_segment` (one part as a citation, or None for
prose):

* a **full note**: "Jian Chen, *Mao's China and the Cold War* (Chapel Hill:
  University of North Carolina Press, 2001), 50."; Chicago 18's without a
  place: "GSMA, *State of the Industry Report* (GSMA, 2023), 22–24." and with
  an original date "(1961; Grove Press, 1963)"; an article "“Title,”
  *Journal* 30, no. 2 (2021): 233–50."; a web page with its access date;
* a **short note**: "Chen, *Mao's China*, 52."; a title-first one for a work
  without an author, such as an archive document: "“Memorandum of
  Conversation,” Wilson Center Digital Archive."; "Chen, op. cit., 45.";
* **author–date** in a note: "Chen 2001, 45.";
* **"Ibid."** with or without a page;
* a **personal communication**: "Grace Kamau, personal interview by the
  author, January 6, 2024.";
* lead-ins ("For a different view, see …", "recorded by his doctor: …") and
  "in" (a document published in a collection: "…, in Westad, *Brothers in
  Arms*, 45").
"""

from __future__ import annotations

import re
from dataclasses import replace

from eecheck.analysis.citations.grammar import IBID, LOCATOR, OP_CIT, PERSONAL_COMMUNICATION, YEAR_NUMBER, YEARS
from eecheck.analysis.citations.model import Certainty, Citation, CitationKind
from eecheck.analysis.citations.names import is_name_group, parse_authors
from eecheck.analysis.citations.running_text import parse_item, strip_signal, text_citations, years_and_locators
from eecheck.analysis.sentences import sentence_spans, split_top
from eecheck.model import Note

_IBID_WHOLE = re.compile(rf"^{IBID}$", re.IGNORECASE)
_PUBLICATION = re.compile(rf"\((?P<pub>[^()]*?\b(?:{YEAR_NUMBER}|n\.\s?d\.)[a-z]?\b[^()]*)\)")
_URL = re.compile(r"https?://\S+|\bwww\.\S+|\bdoi\.org/\S+", re.IGNORECASE)
_JOURNAL = re.compile(rf"\b\d+(?:,\s*no\.\s*\d+)?\s*\((?:[A-Za-z]+\.?\s+)?{YEAR_NUMBER}\)\s*:")
_ACCESSED = re.compile(r"\baccessed\b|\bretrieved\b|\bconsult[ée]\b|\bconsultado\b", re.IGNORECASE)
_EDITOR = re.compile(r",\s*(?:ed|eds|trans|comp)\.\s*(?=,)", re.IGNORECASE)
# ", 45." at the end; also after a closing quotation mark: "“Chinua Achebe,” 3."
_TRAILING_LOCATOR = re.compile(rf",[”\"’']?\s*(?P<loc>{LOCATOR})\.?\s*$", re.IGNORECASE)
_AUTHOR_DATE_NOTE = re.compile(
    rf"^(?P<authors>[^,()]+?),?\s+(?P<years>{YEARS})(?:\s*[,:]\s*(?P<loc>{LOCATOR}))?\.?$", re.IGNORECASE
)
_LEADING_QUOTE = re.compile(r"^[“\"](?P<title>[^”\"]+?)[,.]?[”\"]")
_PERSONAL = re.compile(rf"^(?P<name>[^,]+),\s*[^,]*{PERSONAL_COMMUNICATION}", re.IGNORECASE)
_OP_CIT_WHOLE = re.compile(rf"^{OP_CIT}$", re.IGNORECASE)
# Prose before a signal or a colon: "For a different view, see Chen, …", "recorded by his doctor: Li, …".
_LEAD_IN = re.compile(r"^[^.;“”()]{0,120}?(?:\b(?:see(?:\s+also)?|cf\.|compare)\s+|:\s+)(?=[A-Z“\"])", re.IGNORECASE)
_PUBLISHED_IN = re.compile(r",\s+in\s+(?=[A-Z“\"])")
# A locator followed by more prose: "Chen, Mao's China, 45–47, who argues that …".
_LOCATOR_THEN_PROSE = re.compile(rf",\s*(?P<loc>{LOCATOR})(?=\s*[,;:]\s+[a-z(])", re.IGNORECASE)
# "August 5, 1958": a date, whose year is no page
_DATE_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s*$", re.IGNORECASE
)
# A work credited to its makers after its title: a film, a recording, an edited collection.
_CREDIT = re.compile(
    r"^(?:directed|edited|translated|produced|written|performed|narrated|composed|compiled)\s+by\b", re.IGNORECASE
)
_A_YEAR = re.compile(rf"\b{YEAR_NUMBER}\b")
_YEAR_IN_FACTS = re.compile(rf"\b{YEAR_NUMBER}[a-z]?\b|n\.\s?d\.")

MAX_SHORT_NOTE_WORDS = 24
"""A short note ("Chen, *Mao's China*, 52") is a name and a few words of title; a longer run is prose."""
MAX_TITLE_WORDS = 12
"""A title cited alone ("See *La battaglia di Algeri*.") is short; a longer sentence is prose."""
MAX_TITLE_ONLY_FULL_NOTE_WORDS = 15
"""A full note without an author ("*Title* (Place: Publisher, Year)") opens with a title of at most 15 words."""


def note_segments(text: str) -> list[tuple[int, str]]:
    """A note's sentences, then their ";"-separated parts: (offset, text) pairs.

    Sentences are the one splitter's (:func:`eecheck.analysis.sentences.sentence_spans`, read as
    references): a full stop after an initial ("Lorenz M."), an abbreviation ("ed.", "W. W. Norton")
    or inside parentheses or quotation marks does not end one; "Ibid." does.
    """
    segments: list[tuple[int, str]] = []
    for start, end in sentence_spans(text, references=True):
        for piece_offset, piece in split_top(text[start:end], ";"):
            lead = len(piece) - len(piece.lstrip())
            if piece.strip():
                segments.append((start + piece_offset + lead, piece.strip()))
    return segments


def _lead_chunks(body: str) -> list[str]:
    return [c.strip() for _, c in split_top(body, ",")]


def _note_authors(chunks: list[str]) -> tuple[list[str], int]:
    """The leading chunks of a note that are names: (names, chunks used)."""
    names: list[str] = []
    used = 0
    for chunk in chunks:
        stripped = re.sub(r",?\s+et\s+al\.?$|,?\s+and\s+(?:others|colleagues)$", "", re.sub(r"^and\s+", "", chunk))
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


def parse_note_segment(segment: str) -> Citation | None:
    """One source of a note as a citation without a place (see :func:`note_citations`), or None for prose."""
    body = strip_signal(segment.strip())
    body = body.rstrip().rstrip(".").strip()
    if not body:
        return None
    if match := _IBID_WHOLE.match(body + "."):
        return Citation(CitationKind.IBID, (), None, None, match.group("loc"), segment.strip(), None, None)
    if match := _PERSONAL.match(body):
        year = _A_YEAR.search(body)
        name = match.group("name").strip()
        authors = parse_authors(name)
        return Citation(
            CitationKind.PERSONAL, authors.names if authors else (name,), year.group(0) if year else None,
            None, None, segment.strip(), None, None, author_text=name,
        )  # fmt: skip
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
        pairs = years_and_locators(match.group("years"))
        if authors is not None and pairs:
            return Citation(
                CitationKind.NOTE_SHORT, authors.names, pairs[0][0], None, match.group("loc"), segment, None, None,
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


def _title_alone(segment: str) -> Citation | None:
    """ "See *La battaglia di Algeri*.", "*The Battle of Algiers*.": a work without an author cited by its
    title alone, after a signal or in headline case. A short capitalised sentence is as often prose, so
    it counts only if it names an entry (``MATCH``)."""
    body = strip_signal(segment).rstrip(". ")
    signalled = body != segment.strip().rstrip(". ")
    words = body.split()
    if not words or len(words) > MAX_TITLE_WORDS or not (body[:1].isupper() or body[:1] in '“"*_'):
        return None
    if not signalled and (len(words) < 2 or not _headline_case(body)):
        return None
    return Citation(CitationKind.NOTE_SHORT, (), None, _clean_title(body), None, segment, None, None,
                    certainty=Certainty.MATCH)  # fmt: skip


def _headline_case(title: str) -> bool:
    """Every major word capitalised, as a title in a note is: "Sino-Soviet Split", "Mao’s China"."""
    minor = frozenset(
        "a an the and or nor but of in on at to for from with by as into onto over under upon via vs "
        "between after before since during without about against among through de du la le von van der".split()
    )
    words = [w.strip("“”\"‘’'*_()[]:;,.!?") for w in title.split()]
    major = [w for w in words if w and any(c.isalpha() for c in w) and w.casefold() not in minor]
    return bool(major) and all(w[0].isupper() or not w[0].isalpha() for w in major)


def _short_note(rest: str, locator: str | None, segment: str) -> Citation | None:
    """ "Chen, Mao's China" (+ locator): names, then a short title; None when it is not one.

    Also the newspaper and magazine forms that carry no parenthesis: "“Khrushchev in
    Peking,” *New York Times*, August 4, 1958, 1." (a full note of an anonymous article)
    and "Harrison Salisbury, “Khrushchev in Peking,” *New York Times*, …"; a title-first
    short note of a work without an author ("“Memorandum of Conversation,” Wilson Center
    Digital Archive"); and "Chen, op. cit., 45" (the author's one work).
    """
    if len(rest.split()) > MAX_SHORT_NOTE_WORDS:
        return None
    certainty = Certainty.CERTAIN if locator else Certainty.MATCH
    if quoted := _LEADING_QUOTE.match(rest):
        # "“Chinua Achebe,” 3.": an anonymous work, cited by its title
        title = _clean_title(quoted.group("title"))
        after = rest[quoted.end() :].strip(" ,.")
        if not after:
            return Citation(CitationKind.NOTE_SHORT, (), None, title, locator, segment, None, None, certainty=certainty)
        if year := _A_YEAR.search(after):
            return Citation(CitationKind.NOTE_FULL, (), year.group(0), title, locator, segment, None, None)
        if _headline_case(after):
            # "“Memorandum of Conversation,” Wilson Center Digital Archive": a title, then where it is kept
            return Citation(
                CitationKind.NOTE_SHORT, (), None, title, locator, segment, None, None,
                certainty=Certainty.CERTAIN if locator else Certainty.STYLE,
            )  # fmt: skip
        return None
    chunks = _lead_chunks(rest)
    if len(chunks) == 1 and locator and (author := parse_authors(chunks[0])) is not None:
        # "Fanon, 61.": the author's name and a page, for an author with one work in the bibliography
        return Citation(
            CitationKind.NOTE_SHORT, author.names, None, None, locator, segment, None, None,
            et_al=author.et_al, certainty=Certainty.STYLE,
        )  # fmt: skip
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
    et_al = any(re.search(r"\bet\s+al\b|\band\s+(?:others|colleagues)$", chunk) for chunk in chunks[:used])
    raw_title = ", ".join(chunks[used:])
    if _OP_CIT_WHOLE.match(raw_title.strip()):
        return Citation(CitationKind.NOTE_SHORT, tuple(names), None, None, locator, segment, None, None, et_al=et_al)
    if quoted := _LEADING_QUOTE.match(raw_title):
        title = _clean_title(quoted.group("title"))
        if year := _A_YEAR.search(raw_title[quoted.end() :]):
            # an article in a newspaper or magazine, with its date: a full note
            return Citation(
                CitationKind.NOTE_FULL, tuple(names), year.group(0), title, locator, segment, None, None, et_al=et_al
            )
    else:
        title = _clean_title(raw_title)
    if not title or not (title[0].isupper() or title[0].isdigit()):
        return None
    if certainty is Certainty.MATCH and _headline_case(title):
        # a name, a comma and a title in headline case: the form of a short note, also without a page
        certainty = Certainty.STYLE
    # without a page, "Mao, Stalin, Khrushchev" may be a list in prose: only a match makes it a citation
    return Citation(
        CitationKind.NOTE_SHORT, tuple(names), None, title, locator, segment, None, None, et_al=et_al,
        certainty=certainty,
    )  # fmt: skip


def _full_note(body: str, segment: str) -> Citation | None:
    """A full note: names, then a title, then publication facts in parentheses (or a journal, a URL).

    None when the parenthesis is an author–date citation inside a sentence of prose
    ("Account ownership rose to 79 per cent (World Bank, 2022, p. 3)"); not when names and a title
    stand before it, as in Chicago 18's "GSMA, *State of the Industry Report* (GSMA, 2023), 22–24".
    """
    publication = _PUBLICATION.search(body)
    head = body
    cut = re.search(r"\s\(|\bhttps?://|\bwww\.", head)
    if cut:
        head = head[: cut.start()]
    head = _EDITOR.sub("", head)
    chunks = _lead_chunks(head)
    names, used = _note_authors(chunks)
    if used >= len(chunks) and used > 1:
        used -= 1
        names, _ = _note_authors(chunks[:used])
    title_chunks = chunks[used:]
    titled = bool(title_chunks) and (title_chunks[0][:1] in '“"‘*_' or title_chunks[0][:1].isupper())
    credited = not names and len(chunks) > 1 and bool(_CREDIT.match(chunks[1]))
    if (
        publication
        and not (names and titled)
        and not credited
        and not _LEADING_QUOTE.match(head)
        and any(item.kind is CitationKind.PARENTHETICAL for item in parse_item(publication.group("pub")))
    ):
        return None
    if publication and not _URL.search(body) and not _ACCESSED.search(body):
        after = _TRAILING_LOCATOR.sub("", body[publication.end() :])
        if re.search(r"[^\W\d_]{2,}", after):
            return None  # "Lüthi (2008) argues that …": prose goes on after the parenthesis
    year = None
    if match := publication:
        years = [m.group(0) for m in _YEAR_IN_FACTS.finditer(match.group("pub"))]
        if years:
            # "(1961; Grove Press, 1963)": the original date, then the edition's
            year = years[0] if len(years) == 1 or years[0] == years[-1] else f"{years[0]}/{years[-1]}"
    elif found := _A_YEAR.search(body):
        year = found.group(0)
    locator = None
    if match := _TRAILING_LOCATOR.search(body):
        locator = match.group("loc")
    if quoted := _LEADING_QUOTE.match(head):
        return Citation(
            CitationKind.NOTE_FULL, (), year, _clean_title(quoted.group("title")), locator, segment, None, None
        )
    certainty = Certainty.CERTAIN
    if not names:
        # no author, no quoted title: a full note only if it reads "Title (Place: Publisher, Year)", or
        # Chicago 18's "Title, directed by … (Publisher, Year)", which must then name an entry
        if len(head.split()) > MAX_TITLE_ONLY_FULL_NOTE_WORDS or not publication or not head[:1].isupper():
            return None
        if credited:
            certainty = Certainty.STYLE  # "La battaglia di Algeri, directed by Gillo Pontecorvo (Igor Film, 1966)"
        elif ":" not in publication.group("pub"):
            certainty = Certainty.MATCH
    title = None
    if title_chunks:
        rest = ", ".join(title_chunks)
        quoted = _LEADING_QUOTE.match(rest)
        title = _clean_title(quoted.group("title")) if quoted else _clean_title(rest)
    if not names and title_chunks:
        title = _clean_title(title_chunks[0])  # "La battaglia di Algeri, directed by …": the work's title
    et_al = bool(names) and bool(re.search(r"\bet\s+al\b", head))
    return Citation(
        CitationKind.NOTE_FULL, tuple(names), year, title or None, locator, segment, None, None, et_al=et_al,
        certainty=certainty,
    )  # fmt: skip


def note_citations(
    note: Note, *, block: int | None, skip: tuple[tuple[int, int], ...] = (), numbered: bool = False
) -> list[Citation]:
    """The sources a note cites, in order; its explanatory sentences give none.

    A segment that is a citation whole (a full or short note, "Ibid.") has its segment as span; the
    citations inside a sentence of prose ("… as Chen argues (Chen 2001, 45).") have theirs.
    """
    found: list[Citation] = []
    for offset, segment in note_segments(note.text):
        end = offset + len(segment)
        if any(s < end and offset < e for s, e in skip):
            continue
        citation = parse_note_segment(segment)
        if citation is not None:
            found.append(replace(citation, block=block, note_label=note.label, note_id=note.id, start=offset, end=end))
            continue
        inner = text_citations(segment, block=block, note_label=note.label, note_id=note.id, numbered=numbered)
        if not inner and (embedded := _embedded_short_note(segment)) is not None:
            start, citation = embedded
            found.append(
                replace(citation, block=block, note_label=note.label, note_id=note.id, start=offset + start, end=end)
            )
            continue
        if not inner and (alone := _title_alone(segment)) is not None:
            found.append(replace(alone, block=block, note_label=note.label, note_id=note.id, start=offset, end=end))
            continue
        found.extend(_shifted(c, offset) for c in inner)
    return found


_CAPITALISED_AFTER_SPACE = re.compile(r"(?<=\s)[A-Z\u00C0-\u024F“\"]")


def _embedded_short_note(segment: str) -> tuple[int, Citation] | None:
    """A short note run on from prose, as pandoc prints a narrative key in a note: "… a pattern found
    across the region GSMA, *The Mobile Economy*, 12." (offset of the citation, the citation).

    Only a segment that ends in a locator; the citation is the shortest suffix that reads as a short
    note. It counts only if it resolves (``MATCH``): "… in Kenya, Uganda, 12" is prose.
    """
    trailing = _TRAILING_LOCATOR.search(segment.rstrip())
    if trailing is None:
        return None
    for start in reversed([m.start() for m in _CAPITALISED_AFTER_SPACE.finditer(segment, 0, trailing.start())]):
        rest = segment[start : trailing.start()].rstrip().removesuffix(",")
        found = _short_note(rest, trailing.group("loc"), segment[start:].strip())
        if found is not None and found.authors and found.title:
            return start, replace(found, certainty=Certainty.MATCH)
    return None


def _shifted(citation: Citation, offset: int) -> Citation:
    def move(span: tuple[int, int] | None) -> tuple[int, int] | None:
        return None if span is None else (span[0] + offset, span[1] + offset)

    return replace(
        citation,
        start=None if citation.start is None else citation.start + offset,
        end=None if citation.end is None else citation.end + offset,
        count_span=move(citation.count_span),
        enclosure=move(citation.enclosure),
    )
