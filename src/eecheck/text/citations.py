"""Recognising citations in running text and in notes, for the word count.

The IB guide excludes citations of every kind from the 4,000 words:
parenthetical author–date and author–page citations in the text (several in
one parenthesis, the year of a narrative "Lüthi (2008)", MLA titles in
quotation marks), pandoc citation keys, the displayed text of
reference-manager fields, and the referencing part of notes. Explanatory
prose inside notes counts, also when a sentence of it carries a citation.
This module finds the spans to exclude and names their kind; it does not
resolve citations against the bibliography (:mod:`eecheck.analysis.resolve`
does).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from eecheck.analysis.words import count_words

# A name element: "Chen", "Lüthi", "O'Neill", "van der Berg", "World Bank",
# "Central Bank of Kenya", "UNESCO".
_NAME = r"(?:(?:van|von|de|der|den|du|la|le|di|da|del|al)\s+)*[A-Z\u00C0-\u024F][\w\u00C0-\u024F'’\-\.]*"
_NAME_GROUP = rf"{_NAME}(?:\s+(?:of|and|for|the|on|&|{_NAME}))*"
_AUTHORS = rf"{_NAME_GROUP}(?:\s*(?:,|&|and)\s*{_NAME_GROUP})*(?:,?\s+et\s+al\.?)?"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)[a-z]?|n\.\s?d\.|forthcoming"
_PAGES = (
    r"(?:(?:p|pp|para|paras|ch|chap|sec|fig|vol)\.?\s*[\dIVXLCivxlc]+"
    r"(?:\s*[-–—]\s*[\dIVXLCivxlc]+)?(?:\s*,\s*\d+(?:\s*[-–—]\s*\d+)?)*)"
)
# Harvard also writes the page after a colon: (Dubé and MacDonald 2018: 12).
_LOCATOR = rf"(?:,?\s*{_PAGES}|[,:]\s*\d+(?:\s*[-–—]\s*\d+)?)"

# Currency codes: "KSh 1,000 (USD 9)" gives an amount, not an author and page.
_CURRENCIES = "USD|EUR|GBP|JPY|CNY|RMB|INR|KES|KSh|Ksh|NGN|ZAR|CHF|AUD|CAD|HKD|SGD|BRL|MXN|RUB|TRY|SEK|NOK|DKK"
# Labels that look like "Name 3" but number a figure, table or part, not a page.
_NOT_AN_AUTHOR_WORDS = (
    "Figure|Fig|Table|Chapter|Chap|Appendix|Article|Art|Section|Sec|Part|Graph|Chart|Map|Image|"
    "Diagram|Plate|Source|Vol|Volume|Page|No|Number|Line|Verse|Act|Scene|Stage|Phase|Step|Level|"
    "Grade|Year|Class|Room|World War|Psalm|Figures|Tables"
)
# A month, season or time word straight before a number dates, it does not cite:
# "(June 1960)", "(June 4, 1989)", "(Spring 1960)", "(Late 1950s)". With a comma
# after it, it is a name again: "(May, 2019)".
_DATE_WORDS = (
    "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
    "Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Spring|Summer|Autumn|Fall|Winter|Early|Late|Mid|"
    "Since|Until|Before|After|From|Around|Circa|Between"
)
_NOT_AN_AUTHOR = rf"(?!(?:{_NOT_AN_AUTHOR_WORDS}|{_CURRENCIES})\b)(?!(?:{_DATE_WORDS})\.?\s+\d)"

# (Chen, 2001, p. 45) · (Jack & Suri, 2014) · (World Bank 2022, p. 3) · (Smith et al. 2019, pp. 3–4)
# Signals may combine ("see also", "e.g., see"); an abbreviation the citation introduces
# follows the name: (World Health Organization [WHO], 2020).
_AUTHOR_DATE_ONE = (
    rf"(?:(?:see|cf\.|e\.g\.,?|i\.e\.,?|also|for\s+example,?)\s+)*{_NOT_AN_AUTHOR}{_AUTHORS}"
    rf"(?:\s*\[[A-Z][A-Za-z.&\-]{{1,14}}\])?,?\s+(?:{_YEAR})(?:\s*,\s*(?:{_YEAR}))*{_LOCATOR}?"
)
# (Achebe 45) · (Achebe 45–47) · (Achebe, Things Fall Apart 45)
_AUTHOR_PAGE_ONE = rf"{_NOT_AN_AUTHOR}{_AUTHORS}(?:,\s*[^()]{{1,60}}?)?\s+\d{{1,4}}(?:\s*[-–—]\s*\d{{1,4}})?"
# (“Chinua Achebe”) · ("Climate Report" 12): an anonymous work cited by title
# (an apostrophe inside the title is no closing quotation mark: (“Handmaid’s Tale”))
_QUOTED_TITLE_ONE = r"[“\"‘'](?:[^”\"’'()]|[’'](?=\w)){1,80}[”\"’'](?:,?\s*\d{1,4}(?:\s*[-–—]\s*\d{1,4})?)?"

_ONE = rf"(?:{_AUTHOR_DATE_ONE}|{_QUOTED_TITLE_ONE}|{_AUTHOR_PAGE_ONE})"
# After a first citation, a further source may be an author alone, an MLA web source
# without pages: (“Things Fall Apart Explained”; Gettleman).
PARENTHETICAL = re.compile(rf"\(\s*{_ONE}(?:\s*;\s*(?:{_ONE}|{_NOT_AN_AUTHOR}{_AUTHORS}))*\s*\)")
# "Lüthi (2008) argues", "Demirgüç-Kunt et al. (2022)": the year in parentheses right
# after a name (a capitalised word, or "et al."); "that year (1956)" dates, it does not cite.
NARRATIVE_YEAR = re.compile(
    rf"(?:\b[A-Z\u00C0-\u024F][\w\u00C0-\u024F’'\-]*|\bal\.)(?P<cite>\s*\(\s*(?:{_YEAR})(?:{_LOCATOR})?\s*\))"
)


# Pandoc citations: "[@jack2014, p. 33]", "[see @a; @b, 12]", "[-@key]"; and the
# locator of a narrative "@key [p. 33]" (the key stands for the author's name,
# which the rendered essay counts, so the key itself stays a word).
_PANDOC_KEY = r"-?@[\w][\w:.#$%&+?<>~/\-]*"
PANDOC_BRACKETED = re.compile(rf"\[(?:[^\[\]]*?[\s;])?{_PANDOC_KEY}[^\[\]]*\]")
PANDOC_NARRATIVE_LOCATOR = re.compile(rf"(?<![\w@\[]){_PANDOC_KEY}\s*(?P<locator>\[[^\[\]@]*\])")

# A page alone: "(p. 45)", "(pp. 3–4)" anywhere; a bare "(96)" straight after a closing
# quotation mark, or closing a clause ("… a heroic one (96)."), where MLA puts the page
# when the sentence names the author. A bare year, "(1956).", dates rather than cites.
_PAGE_RANGE = r"\d{1,4}(?:\s*[-–—]\s*\d{1,4})?"
PAGE_ONLY = re.compile(
    rf"\((?:pp?|paras?)\.\s*{_PAGE_RANGE}\)"
    rf"|(?:(?<=[”\"’'] )|(?<=[”\"’']))\({_PAGE_RANGE}\)"
    rf"|(?<=\s)\((?!(?:1[5-9]\d\d|20\d\d)\b){_PAGE_RANGE}\)(?=[.,;:!?]|$)"
)

CITATION_KINDS = ("author-date", "author-page", "title-only", "narrative-year", "page", "pandoc-key", "field")
"""The kinds of citation the word count leaves out, in the order the breakdown lists them."""


@dataclass(frozen=True, slots=True)
class CitationSpan:
    start: int
    end: int
    kind: str
    """One of :data:`CITATION_KINDS`."""


def _parenthetical_kind(citation: str) -> str:
    first = citation.strip()[1:-1].split(";")[0].strip()
    if re.fullmatch(_AUTHOR_DATE_ONE, first):
        return "author-date"
    if re.fullmatch(_QUOTED_TITLE_ONE, first):
        return "title-only"
    return "author-page"


def citation_spans(text: str, *, known: Sequence[tuple[int | None, str, str]] = ()) -> list[CitationSpan]:
    """Every citation in running text, by kind, in order, overlaps merged.

    ``known`` are ``(offset, text, kind)`` of citations the reader already
    identified (reference-manager fields, kind ``field``; pandoc keys, kind
    ``pandoc-key``), offset None when unknown: each is taken at its offset, or
    else found after the one before, and wins over a pattern that overlaps it.
    """
    found: list[CitationSpan] = []
    cursor = 0
    known_spans: set[tuple[int, int]] = set()
    for offset, shown, kind in known:
        if not shown.strip():
            continue
        at = offset if offset is not None and text.startswith(shown, offset) else text.find(shown, cursor)
        if at >= 0:
            found.append(CitationSpan(at, at + len(shown), kind))
            known_spans.add((at, at + len(shown)))
            cursor = at + len(shown)
    found.extend(CitationSpan(*m.span(), _parenthetical_kind(m.group())) for m in PARENTHETICAL.finditer(text))
    found.extend(CitationSpan(*m.span("cite"), "narrative-year") for m in NARRATIVE_YEAR.finditer(text))
    found.extend(CitationSpan(*m.span(), "page") for m in PAGE_ONLY.finditer(text))
    found.extend(CitationSpan(*m.span(), "pandoc-key") for m in PANDOC_BRACKETED.finditer(text))
    found.extend(CitationSpan(*m.span("locator"), "pandoc-key") for m in PANDOC_NARRATIVE_LOCATOR.finditer(text))
    # Known citations first among equals: a field's own text is what it is, whatever it looks like.
    found.sort(key=lambda c: (c.start, (c.start, c.end) not in known_spans, -c.end))
    merged: list[CitationSpan] = []
    for span in found:
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            merged[-1] = CitationSpan(last.start, max(last.end, span.end), last.kind)
        else:
            merged.append(span)
    return merged


def parenthetical_citation_spans(text: str) -> list[tuple[int, int]]:
    """Spans of citations in running text, to be left uncounted (see :func:`citation_spans`)."""
    return [(c.start, c.end) for c in citation_spans(text)]


# --- notes ---------------------------------------------------------------------

_REFERENCE_SIGNALS = re.compile(
    r"""\bibid\b|\bop\.\s*cit\b|\bloc\.\s*cit\b|\bid\.\s|
        \bpp?\.\s*\d|
        https?://|\bwww\.|\bdoi\b|
        \baccessed\b|\bretrieved\b|
        \b(?:ed|eds|trans|comp|vol|no|repr)\.|
        (?-i:\b[A-Z][\w.&'’-]*\s+(?:Press|Publishers?|Publishing|Verlag|Books)\b)|
        \([^()]*[:,][^()]*\b(?:1[5-9]\d\d|20\d\d|n\.d\.)\)|
        ,["”’']?\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?\.?\s*$|
        ^\s*(?:see|cf\.)\s""",
    re.IGNORECASE | re.VERBOSE,
)
_DOTTED_ABBREVIATION = re.compile(r"(?:[A-Za-z]\.){2,}")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\u00C0-\u024F“\"‘(])")
# Words after which a full stop does not end a sentence in a reference.
_ABBREVIATIONS = {
    "p",
    "pp",
    "ed",
    "eds",
    "trans",
    "vol",
    "vols",
    "no",
    "nos",
    "ch",
    "chap",
    "repr",
    "rev",
    "dr",
    "mr",
    "mrs",
    "ms",
    "st",
    "jr",
    "sr",
    "co",
    "inc",
    "ltd",
    "univ",
    "dept",
    "fig",
    "cf",
    "al",
    "ibid",
    "op",
    "cit",
    "loc",
    "n.d",
    "e.g",
    "i.e",
    "etc",
    "vs",
    "c",
    "ca",
    "approx",
    "esp",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
}


def _split_sentences(text: str) -> list[str]:
    """Sentence split that respects initials, abbreviations and parentheses."""
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        candidate = text[start : match.start()]
        last_word = candidate.rsplit(None, 1)[-1] if candidate.split() else ""
        stem = last_word.rstrip(".!?").strip('("“‘').casefold()
        if len(stem) == 1 and stem.isalpha():
            continue  # an initial: "Lorenz M. Lüthi", "W. W. Norton"
        if _DOTTED_ABBREVIATION.fullmatch(last_word.strip('("“‘')):
            continue  # "U.S. Department of State", "Washington, D.C. Press"
        if stem in _ABBREVIATIONS:
            continue
        if candidate.count("(") > candidate.count(")"):
            continue  # inside a parenthesis: "(New York: W. W. Norton, 2004)"
        sentences.append(candidate)
        start = match.end()
    sentences.append(text[start:])
    return [s for s in sentences if s.strip()]


_MIN_PROSE_WORDS = 6

# Words a headline-style title leaves in lower case.
_MINOR_WORDS = frozenset(
    "a an the and or nor but of in on at to for from with by as into onto over under upon via vs vs. "
    "between after before since during without about against among through de du la le von van der".split()
)
# "Lüthi, Sino-Soviet Split" · "Goncharov, Lewis and Xue, Uncertain Partners": a short
# note without a page (an online source, a whole work): a name, a comma, a title.
# "Office of the Historian, “Berlin Airlift”": a corporate name may hold minor words.
_NAME_WORD = r"[A-Z\u00C0-\u024F][\w'’.\-]*"
_SHORT_NOTE = re.compile(
    rf"^(?:(?:see|cf\.)\s+)?{_NAME_WORD}"
    rf"(?:(?:\s+|,\s+|\s+(?:and|&)\s+|(?:\s+(?:of|the|for|on|de|van|von|der|du|la|le))+\s+){_NAME_WORD}){{0,7}}"
    r",\s+(?P<title>.+)$"
)


@dataclass(frozen=True, slots=True)
class NoteReading:
    classification: str
    """``reference``, ``explanatory`` or ``mixed``."""
    prose: tuple[str, ...]
    """The explanatory sentences (counted), with any citation inside them taken out."""
    references: tuple[str, ...]
    """The referencing sentences, clauses and citations (not counted)."""


def _looks_like_short_note(clause: str) -> bool:
    """A name, a comma and a title in headline case: every major word capitalised."""
    match = _SHORT_NOTE.match(clause.strip())
    if match is None:
        return False
    words = [w.strip("“”\"‘’'*_()[]:;,.!?") for w in match.group("title").split()]
    major = [w for w in words if w and any(c.isalpha() for c in w) and w.casefold() not in _MINOR_WORDS]
    return bool(major) and all(w[0].isupper() or not w[0].isalpha() for w in major)


def _is_reference(clause: str) -> bool:
    clause = clause.strip().rstrip(";").rstrip()  # "Chen, Mao’s China, 52;" ends in its page
    return bool(_REFERENCE_SIGNALS.search(clause)) or _looks_like_short_note(clause)


def _clauses(sentence: str) -> list[str]:
    """A sentence split at semicolons outside brackets: "Chen, 52; the figure is disputed."."""
    clauses: list[str] = []
    depth = start = 0
    for i, ch in enumerate(sentence):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch == ";" and depth == 0:
            clauses.append(sentence[start : i + 1])
            start = i + 1
    clauses.append(sentence[start:])
    return [c for c in clauses if c.strip()]


def _without_citations(sentence: str) -> tuple[str, list[str]]:
    """The sentence with its parenthetical citations and pandoc keys taken out, and those citations."""
    spans = citation_spans(sentence)
    kept = sentence
    for span in reversed(spans):
        kept = kept[: span.start] + kept[span.end :]
    return " ".join(kept.split()), [sentence[c.start : c.end].strip() for c in spans]


def classify_note(text: str, *, cited: Sequence[str] = ()) -> NoteReading:
    """Split a note into referencing and explanatory text.

    ``cited`` are texts known to be citations (reference-manager fields in the
    note): they are references whatever they look like. Then, sentence by
    sentence, parenthetical citations and pandoc keys come out as references,
    and the rest is split at semicolons: a clause with a sign of a citation
    (page numbers, "Ibid.", a URL, a publisher, a publication parenthesis, a
    trailing page locator, "see …") or in the form of a short note (a name, a
    comma, a title in headline case) references; the other clauses are prose
    when together they hold at least six words, else they reference too.
    """
    flat = " ".join(text.split())
    references: list[str] = []
    for shown in cited:
        shown = " ".join(shown.split())
        at = flat.find(shown) if shown else -1
        if at >= 0:
            references.append(shown)
            flat = f"{flat[:at]} {flat[at + len(shown) :]}"
    prose: list[str] = []
    for sentence in _split_sentences(" ".join(flat.split())):
        kept, citations = _without_citations(sentence)
        references.extend(citations)
        clauses = _clauses(kept)
        explaining = [c for c in clauses if not _is_reference(c)]
        if sum(count_words(c) for c in explaining) >= _MIN_PROSE_WORDS:
            prose.append(" ".join(c.strip() for c in explaining))
            references.extend(c.strip() for c in clauses if _is_reference(c))
        elif count_words(kept):
            references.append(kept)
    if prose and references:
        kind = "mixed"
    elif prose:
        kind = "explanatory"
    else:
        kind = "reference"
    return NoteReading(kind, tuple(prose), tuple(references))
