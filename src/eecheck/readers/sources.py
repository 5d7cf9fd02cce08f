"""Structured source records: CSL-JSON, BibTeX, EndNote XML and Word's ``b:Sources``.

Reference managers and bibliography files describe each source as data
(authors, year, title, container, URL, DOI, access date). This module turns
each of those shapes into one :class:`eecheck.model.SourceRecord`, so the
DOCX reader (Zotero, Mendeley, EndNote and Word citation fields) and the
Markdown reader (pandoc ``bibliography:`` files and ``references:``) share
one reference model:

* CSL-JSON items (:func:`from_csl`): the shape Zotero and Mendeley embed in
  DOCX fields, and a ``.json`` bibliography file (and CSL YAML, the same
  data written as YAML);
* BibTeX/BibLaTeX (:func:`from_bibtex`, via ``bibtexparser`` 1.x): braces
  and LaTeX accents decoded, ``{World Bank}`` kept whole as a corporate
  author, ``and others`` dropped, editors standing in when there is no author;
* EndNote ``<record>`` XML (:func:`from_endnote_record`);
* Word's sources part (:func:`from_word_sources`), the ``b:Sources`` root of
  a ``customXml/itemN.xml`` part.

:func:`load_bibliography` reads one bibliography file for the Markdown reader
and reports, as warning texts, what it could not read. Nothing here raises on
bad data: a reader warning is never a crash.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml
from lxml import etree

from eecheck.model import SourceRecord

BIB_NS = "http://schemas.openxmlformats.org/officeDocument/2006/bibliography"
_B = f"{{{BIB_NS}}}"

# Zotero's rich-text title markup (<i>, <b>, <sup>, <sub>, <span class="nocase">) is not text.
_RICH_TEXT_TAG = re.compile(r"</?(?:i|b|sup|sub|sc|span)(?:\s[^<>]*)?>", re.IGNORECASE)
_YEAR_IN_TEXT = re.compile(r"(?<!\d)(1[0-9]{3}|20[0-9]{2})(?!\d)")
_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)


def _clean(value: Any) -> str | None:
    """A field's text with whitespace collapsed and rich-text tags dropped; None when empty."""
    if value is None:
        return None
    if isinstance(value, list):  # Crossref-style CSL writes some titles as one-item lists
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
        if value is None:
            return None
    if not isinstance(value, (str, int, float)):
        return None
    text = " ".join(_RICH_TEXT_TAG.sub("", str(value)).split())
    return text or None


def _doi(value: Any) -> str | None:
    text = _clean(value)
    return _DOI_PREFIX.sub("", text) if text else None


# --- CSL-JSON ---------------------------------------------------------------------


def _csl_name(name: Any) -> str | None:
    if isinstance(name, str):
        return _clean(name)
    if not isinstance(name, Mapping):
        return None
    if name.get("literal"):
        return _clean(name["literal"])
    family = _clean(name.get("family"))
    particle = _clean(name.get("non-dropping-particle"))
    if family:
        return f"{particle} {family}" if particle else family
    return _clean(name.get("given"))


def _csl_date(value: Any, *, year_only: bool) -> str | None:
    """``{"date-parts": [["2008", 3, 12]]}`` -> "2008" (year) or "2008-03-12"; raw/literal dates as written."""
    if isinstance(value, (str, int)):
        text = str(value).strip()
        if year_only:
            match = _YEAR_IN_TEXT.search(text)
            return match.group(1) if match else None
        return text or None
    if not isinstance(value, Mapping):
        return None
    parts = value.get("date-parts")
    if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
        first = [str(p).strip() for p in parts[0] if str(p).strip()]
        if first and first[0].lstrip("-").isdigit():
            if year_only:
                return first[0]
            return "-".join([first[0], *(p.zfill(2) for p in first[1:3])])
    for key in ("raw", "literal"):
        if value.get(key):
            return _csl_date(str(value[key]), year_only=year_only)
    if year_only and value.get("year"):
        return str(value["year"]).strip() or None
    return None


def from_csl(item: Mapping[str, Any], *, key: str | None = None) -> SourceRecord:
    """One CSL-JSON item (``itemData`` of a Zotero or Mendeley citation, or an entry of a .json file)."""
    names = item.get("author") or item.get("editor") or []
    authors = tuple(n for n in (_csl_name(name) for name in names if name) if n) if isinstance(names, list) else ()
    if key is None and item.get("id") is not None:
        key = str(item["id"])
    return SourceRecord(
        key=key,
        authors=authors,
        year=_csl_date(item.get("issued"), year_only=True),
        title=_clean(item.get("title")),
        container=_clean(item.get("container-title")),
        publisher=_clean(item.get("publisher")),
        url=_clean(item.get("URL") or item.get("url")),
        doi=_doi(item.get("DOI") or item.get("doi")),
        accessed=_csl_date(item.get("accessed"), year_only=False),
        kind=_clean(item.get("type")),
    )


def _csl_items(data: Any) -> list[Mapping[str, Any]] | None:
    """The items of a CSL-JSON/YAML document: a list, or a mapping holding one (``references``/``items``)."""
    if isinstance(data, Mapping):
        data = data.get("references", data.get("items"))
    if not isinstance(data, list):
        return None
    return [item for item in data if isinstance(item, Mapping)]


def from_csl_list(data: Any) -> tuple[tuple[SourceRecord, ...], list[str]]:
    """Records from parsed CSL-JSON or CSL-YAML data, with problems as texts."""
    items = _csl_items(data)
    if items is None:
        return (), ["it is not a list of CSL items"]
    problems = []
    records = []
    for n, item in enumerate(items, start=1):
        if item.get("id") is None:
            problems.append(f"item {n} has no id, so no citation can name it")
        records.append(from_csl(item))
    return tuple(records), problems


# --- BibTeX -----------------------------------------------------------------------

_BIBTEX_TYPES = {
    "article": "article-journal",
    "book": "book",
    "mvbook": "book",
    "booklet": "pamphlet",
    "collection": "book",
    "proceedings": "book",
    "manual": "book",
    "inbook": "chapter",
    "incollection": "chapter",
    "inreference": "entry-encyclopedia",
    "inproceedings": "paper-conference",
    "conference": "paper-conference",
    "online": "webpage",
    "www": "webpage",
    "electronic": "webpage",
    "report": "report",
    "techreport": "report",
    "thesis": "thesis",
    "phdthesis": "thesis",
    "mastersthesis": "thesis",
    "unpublished": "manuscript",
    "dataset": "dataset",
    "software": "software",
    "misc": "document",
}
_BIBTEX_ENTRY_START = re.compile(r"@\s*([A-Za-z]+)\s*[{(]\s*([^,\s]*)\s*,")
_ACCESS_NOTE = re.compile(r"(?:accessed|retrieved|viewed|consulted)(?:\s+on)?[:\s]\s*(.+?)[.\s]*$", re.IGNORECASE)
_URL_COMMAND = re.compile(r"\\url\s*\{([^}]*)\}")


def _split_names(text: str) -> list[str]:
    """Split a BibTeX name list on `` and `` outside braces: ``{Food and Agriculture Organization}`` stays whole."""
    parts: list[str] = []
    depth = 0
    start = 0
    for i, char in enumerate(text):
        if char == "{":
            depth += 1
        elif char == "}":
            depth = max(0, depth - 1)
        elif (
            depth == 0
            and char.isspace()
            and text[i + 1 : i + 4].lower() == "and"
            and text[i + 4 : i + 5].isspace()
            and i >= start
        ):
            parts.append(text[start:i])
            start = i + 5
    parts.append(text[start:])
    return [" ".join(p.split()) for p in parts if p.strip()]


def _strip_braces(text: str) -> str:
    return " ".join(text.replace("{", "").replace("}", "").split())


def _latex_text(value: str) -> str | None:
    """A BibTeX field as text: LaTeX accents and escapes decoded, TeX dashes and spaces made text, braces dropped."""
    from bibtexparser.customization import latex_to_unicode

    # "~" is TeX's unbreakable space; accents such as \~{n} are already decoded by then.
    text = latex_to_unicode(value).replace("---", "\u2014").replace("--", "\u2013").replace("~", " ")
    return _strip_braces(text) or None


def _bibtex_family(name: str) -> str | None:
    """The family name (with its "von" part) of one BibTeX name; a braced name is corporate and kept whole."""
    from bibtexparser.customization import latex_to_unicode, splitname

    name = name.strip()
    if not name or name.lower() == "others":
        return None
    if name.startswith("{") and name.endswith("}") and _balanced(name[1:-1]):
        return _strip_braces(latex_to_unicode(name[1:-1])) or None
    try:
        parts = splitname(name, strict_mode=False)
    except Exception:  # noqa: BLE001 - bibtexparser raises a bare InvalidName for odd input
        return _strip_braces(latex_to_unicode(name)) or None
    family = " ".join(parts.get("von", []) + parts.get("last", []))
    return _strip_braces(latex_to_unicode(family)) or None


def _balanced(text: str) -> bool:
    depth = 0
    for char in text:
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


def _bibtex_record(entry: Mapping[str, str]) -> SourceRecord:
    def field(*names: str) -> str | None:
        for name in names:
            value = entry.get(name)
            if value and value.strip():
                return _latex_text(value)
        return None

    raw_names = entry.get("author") or entry.get("editor") or ""
    authors = tuple(f for f in (_bibtex_family(n) for n in _split_names(raw_names)) if f)
    year = field("year")
    if year is None and (date := field("date")):
        match = _YEAR_IN_TEXT.search(date)
        year = match.group(1) if match else None
    # URLs and DOIs are verbatim in BibTeX: no LaTeX decoding ("~" and "%" are part of them).
    url = _strip_braces(entry.get("url") or "") or None
    if url is None and (how := entry.get("howpublished")) and (match := _URL_COMMAND.search(how)):
        url = match.group(1).strip() or None
    accessed = field("urldate")
    if accessed is None and (note := field("note")) and (match := _ACCESS_NOTE.search(note)):
        accessed = match.group(1)
    entry_type = entry.get("ENTRYTYPE", "").lower()
    kind = _BIBTEX_TYPES.get(entry_type)
    if entry_type == "article" and (entry.get("entrysubtype") or "").lower() in ("newspaper", "magazine"):
        kind = f"article-{entry['entrysubtype'].lower()}"
    return SourceRecord(
        key=entry.get("ID") or None,
        authors=authors,
        year=year,
        title=field("title"),
        container=field("journaltitle", "journal", "booktitle", "maintitle"),
        publisher=field("publisher", "organization", "institution", "school"),
        url=url,
        doi=_doi(_strip_braces(entry.get("doi") or "")),
        accessed=accessed,
        kind=kind,
    )


def from_bibtex(text: str) -> tuple[tuple[SourceRecord, ...], list[str]]:
    """Records from BibTeX/BibLaTeX text, with the entries that could not be read named as problems."""
    import bibtexparser
    from bibtexparser.bparser import BibTexParser

    parser = BibTexParser(common_strings=True, ignore_nonstandard_types=False, interpolate_strings=True)
    try:
        database = bibtexparser.loads(text, parser=parser)
    except Exception as exc:  # noqa: BLE001 - pyparsing errors vary; a bad file is a warning
        return (), [f"it is not valid BibTeX ({exc.__class__.__name__})"]
    records = tuple(_bibtex_record(entry) for entry in database.entries)
    # bibtexparser 1.x skips a broken entry silently: compare with the entries the text opens.
    read = {entry.get("ID") for entry in database.entries}
    problems = []
    for match in _BIBTEX_ENTRY_START.finditer(text):
        kind, key = match.group(1).lower(), match.group(2)
        if kind in ("string", "comment", "preamble") or key in read:
            continue
        problems.append(f"the entry {key or '(no key)'} could not be read")
    return records, problems


# --- Word's sources part -------------------------------------------------------------

_WORD_TYPES = {
    "Book": "book",
    "BookSection": "chapter",
    "JournalArticle": "article-journal",
    "ArticleInAPeriodical": "article-magazine",
    "ConferenceProceedings": "paper-conference",
    "Report": "report",
    "InternetSite": "webpage",
    "DocumentFromInternetSite": "webpage",
    "ElectronicSource": "document",
    "Art": "graphic",
    "SoundRecording": "song",
    "Performance": "performance",
    "Film": "motion_picture",
    "Interview": "interview",
    "Patent": "patent",
    "Case": "legal_case",
    "Misc": "document",
}


def _b_text(source: etree._Element, *names: str) -> str | None:
    for name in names:
        el = source.find(_B + name)
        if el is not None and (text := _clean(el.text)):
            return text
    return None


def _word_authors(source: etree._Element) -> tuple[str, ...]:
    """``b:Author/b:Author`` (or the editor when there is none): people's ``b:Last``, or ``b:Corporate``."""
    for role in ("Author", "Editor", "Compiler", "Director", "Interviewee", "Performer", "Artist", "Composer"):
        holder = source.find(f"{_B}Author/{_B}{role}")
        if holder is None:
            continue
        corporate = holder.find(_B + "Corporate")
        if corporate is not None and (name := _clean(corporate.text)):
            return (name,)
        people = tuple(
            family
            for person in holder.iter(_B + "Person")
            if (family := _clean(person.findtext(_B + "Last")) or _clean(person.findtext(_B + "First")))
        )
        if people:
            return people
    return ()


def _word_accessed(source: etree._Element) -> str | None:
    """ISO (``2024-03-12``) when Word stored numbers; else the parts as written ("12 March 2024")."""
    year = _b_text(source, "YearAccessed")
    month = _b_text(source, "MonthAccessed")
    day = _b_text(source, "DayAccessed")
    parts = [p for p in (year, month, day) if p]
    if not parts:
        return None
    if year and all(p.isdigit() for p in parts) and (day is None or month is not None):
        return "-".join([year, *(p.zfill(2) for p in (month, day) if p)])
    return " ".join(p for p in (day, month, year) if p)


def from_word_sources(root: etree._Element) -> tuple[SourceRecord, ...]:
    """Every ``b:Source`` of Word's sources part (its root is ``b:Sources``)."""
    records = []
    for source in root.iter(_B + "Source"):
        source_type = _b_text(source, "SourceType")
        records.append(
            SourceRecord(
                key=_b_text(source, "Tag"),
                authors=_word_authors(source),
                year=_b_text(source, "Year"),
                title=_b_text(source, "Title"),
                container=_b_text(
                    source, "JournalName", "PeriodicalTitle", "BookTitle", "InternetSiteTitle", "ConferenceName"
                ),
                publisher=_b_text(source, "Publisher", "ProductionCompany", "Institution"),
                url=_b_text(source, "URL"),
                doi=_doi(_b_text(source, "DOI")),
                accessed=_word_accessed(source),
                kind=_WORD_TYPES.get(source_type or "", "document" if source_type else None),
            )
        )
    return tuple(records)


# --- EndNote ----------------------------------------------------------------------------

_ENDNOTE_TYPES = {
    "book": "book",
    "edited book": "book",
    "book section": "chapter",
    "journal article": "article-journal",
    "magazine article": "article-magazine",
    "newspaper article": "article-newspaper",
    "web page": "webpage",
    "conference proceedings": "paper-conference",
    "conference paper": "paper-conference",
    "report": "report",
    "government document": "report",
    "thesis": "thesis",
    "film or broadcast": "motion_picture",
    "dataset": "dataset",
}


def _el_text(el: etree._Element | None) -> str | None:
    """An EndNote element's text: it may hold ``<style>`` children carrying the text in pieces."""
    if el is None:
        return None
    return _clean("".join(el.itertext()))


def _endnote_family(name: str) -> str:
    """EndNote names are "Family, Given"; a name without a comma is corporate (or family only)."""
    family, comma, _given = name.partition(",")
    return family.strip() if comma else name.strip()


def from_endnote_record(record: etree._Element | None, cite: etree._Element) -> SourceRecord:
    """An EndNote ``<Cite>`` and its ``<record>`` (the record is absent in short field codes)."""
    key = _el_text(cite.find("RecNum"))
    if record is None:
        author = _el_text(cite.find("Author"))
        return SourceRecord(
            key=key,
            authors=(_endnote_family(author),) if author else (),
            year=_el_text(cite.find("Year")),
            title=None,
        )
    names = [_el_text(a) for a in record.findall("contributors/authors/author")]
    if not any(names):
        names = [_el_text(a) for a in record.findall("contributors/secondary-authors/author")]
    ref_type = record.find("ref-type")
    kind = _ENDNOTE_TYPES.get((ref_type.get("name") or "").strip().lower()) if ref_type is not None else None
    url = _el_text(record.find("urls/related-urls/url")) or _el_text(record.find("urls/web-urls/url"))
    accessed = _el_text(record.find("access-date"))
    if accessed is None:  # EndNote X7+ keeps the access date of web pages in the "date" of a web page record
        accessed = _el_text(record.find("dates/pub-dates/date")) if kind == "webpage" else None
    return SourceRecord(
        key=_el_text(record.find("rec-number")) or key,
        authors=tuple(_endnote_family(n) for n in names if n),
        year=_el_text(record.find("dates/year")) or _el_text(cite.find("Year")),
        title=_el_text(record.find("titles/title")),
        container=_el_text(record.find("titles/secondary-title")) or _el_text(record.find("periodical/full-title")),
        publisher=_el_text(record.find("publisher")),
        url=url,
        doi=_doi(_el_text(record.find("electronic-resource-num"))),
        accessed=accessed,
        kind=kind,
    )


# --- bibliography files ------------------------------------------------------------------

BIBTEX_SUFFIXES = (".bib", ".bibtex", ".biblatex")
CSL_JSON_SUFFIXES = (".json",)
CSL_YAML_SUFFIXES = (".yaml", ".yml")


MAX_BIBLIOGRAPHY_BYTES = 20 * 1024 * 1024
"""Largest bibliography file read (a whole reference library exported as BibTeX is a few MB)."""


def load_bibliography(path: Path, shown: str) -> tuple[tuple[SourceRecord, ...], list[str]]:
    """The records of one bibliography file, and warning texts (``shown`` names the file in them)."""
    suffix = path.suffix.lower()
    if suffix not in BIBTEX_SUFFIXES + CSL_JSON_SUFFIXES + CSL_YAML_SUFFIXES:
        return (), [
            f"bibliography file {shown}: eecheck reads BibTeX (.bib) and CSL-JSON (.json) or CSL-YAML (.yaml) "
            "bibliographies, so its citations cannot be checked"
        ]
    try:
        if not path.is_file():  # a folder, a device or a pipe is no bibliography (and a pipe could block)
            if path.exists():
                return (), [f"bibliography file {shown} is not a file"]
            return (), [f"bibliography file {shown} was not found (paths are relative to the essay's folder)"]
        if path.stat().st_size > MAX_BIBLIOGRAPHY_BYTES:
            return (), [
                f"bibliography file {shown} is over {MAX_BIBLIOGRAPHY_BYTES // (1024 * 1024)} MB, so it was not read"
            ]
        raw = path.read_bytes()
    except OSError as exc:
        return (), [f"bibliography file {shown} could not be read ({exc.strerror or exc.__class__.__name__})"]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return (), [f"bibliography file {shown} is not UTF-8 text"]
    if suffix in BIBTEX_SUFFIXES:
        records, problems = from_bibtex(text)
    else:
        try:
            data = json.loads(text) if suffix in CSL_JSON_SUFFIXES else yaml.safe_load(text)
        except (json.JSONDecodeError, yaml.YAMLError) as exc:
            kind = "JSON" if suffix in CSL_JSON_SUFFIXES else "YAML"
            return (), [f"bibliography file {shown} is not valid {kind} ({exc.__class__.__name__})"]
        records, problems = from_csl_list(data)
    return records, [f"bibliography file {shown}: {problem}" for problem in problems]


def first_by_key(records: Iterable[SourceRecord]) -> dict[str, SourceRecord]:
    """Records by key; of two records with one key, the first wins."""
    found: dict[str, SourceRecord] = {}
    for record in records:
        if record.key is not None:
            found.setdefault(record.key, record)
    return found
