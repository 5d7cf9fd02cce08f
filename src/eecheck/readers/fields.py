"""Reference-manager citations in DOCX: field instructions and content-control tags.

The DOCX walker collects each field's instruction text (every ``w:instrText``
run of a complex field, concatenated, or a ``w:fldSimple/@w:instr``) together
with the fields nested in that instruction, and hands it here. What this
module recognises (see TECH-NOTES.md, "Reference-manager citations"):

* Zotero: ``ADDIN ZOTERO_ITEM CSL_CITATION {json}``;
* Mendeley Desktop: ``ADDIN CSL_CITATION {json}``; Mendeley Cite: a content
  control tagged ``MENDELEY_CITATION_v3_<base64 JSON>`` (:func:`parse_mendeley_tag`);
* EndNote: ``ADDIN EN.CITE <EndNote><Cite>…</Cite></EndNote>``, or an empty
  ``ADDIN EN.CITE`` whose record is base64 XML in the ``w:fldData`` of a nested
  ``ADDIN EN.CITE.DATA`` field;
* Word: ``CITATION Tag \\l 1033 \\p 45 \\m Other``, resolved against the
  records of the ``b:Sources`` part by tag.

Bibliography fields (``ZOTERO_BIBL``, ``EN.REFLIST``, ``BIBLIOGRAPHY``) and every
other field are not citations: :func:`parse_instruction` returns None for them.
A citation field whose data cannot be read gives a :class:`Unreadable` with the
reason, which the reader reports as a warning; the field's visible text is read
as usual either way.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import shlex
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from lxml import etree

from eecheck.model import CitedItem, SourceRecord
from eecheck.readers.sources import from_csl, from_endnote_record

_ZOTERO = re.compile(r"^\s*ADDIN\s+ZOTERO_ITEM\b(?:\s+CSL_CITATION\b)?", re.IGNORECASE)
_MENDELEY = re.compile(r"^\s*ADDIN\s+CSL_CITATION\b", re.IGNORECASE)
_ENDNOTE = re.compile(r"^\s*ADDIN\s+EN\.CITE\b(?!\.)", re.IGNORECASE)
_ENDNOTE_DATA = re.compile(r"^\s*ADDIN\s+EN\.CITE\.DATA\b", re.IGNORECASE)
_WORD = re.compile(r"^\s*CITATION\b", re.IGNORECASE)
_MENDELEY_TAG = "MENDELEY_CITATION_v3_"
_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=False)


@dataclass(frozen=True, slots=True)
class ParsedCitation:
    source: str
    """``zotero``, ``mendeley``, ``endnote`` or ``word``."""
    items: tuple[CitedItem, ...]


@dataclass(frozen=True, slots=True)
class Unreadable:
    """A citation field whose data could not be read."""

    source: str
    reason: str


@dataclass(frozen=True, slots=True)
class NestedField:
    """A field nested inside another field's instruction (EndNote's ``EN.CITE.DATA``)."""

    instruction: str
    data: str = ""
    """The base64 text of the field's ``w:fldData``, if any."""


def parse_instruction(
    instruction: str,
    *,
    nested: Sequence[NestedField] = (),
    word_sources: Mapping[str, SourceRecord] | None = None,
) -> ParsedCitation | Unreadable | None:
    """The citation a field instruction holds; None when the field is not a citation."""
    if _ZOTERO.match(instruction):
        return _csl_citation("zotero", instruction)
    if _MENDELEY.match(instruction):
        return _csl_citation("mendeley", instruction)
    if _ENDNOTE.match(instruction):
        return _endnote_citation(instruction, nested)
    if _WORD.match(instruction):
        return _word_citation(instruction, word_sources or {})
    return None


# --- CSL citations (Zotero, Mendeley) -------------------------------------------------


def _json_after(text: str) -> Any:
    """The JSON value that starts at the first "{" (anything after it, e.g. Zotero's "RND…", is ignored)."""
    start = text.find("{")
    if start < 0:
        raise ValueError("no JSON")
    value, _end = json.JSONDecoder().raw_decode(text[start:])
    return value


def _csl_key(source: str, item: Mapping[str, Any]) -> str | None:
    """A key that names the same library item in every citation: its URI, else (Zotero, Mendeley Cite) its id.

    Mendeley Desktop numbers items ``ITEM-1``, ``ITEM-2`` afresh in every field, so
    those ids name nothing outside their field.
    """
    for name in ("uris", "uri"):
        uris = item.get(name)
        if isinstance(uris, list) and uris and isinstance(uris[0], str):
            return uris[0]
        if isinstance(uris, str) and uris:
            return uris
    item_id = item.get("id")
    if item_id is None or (source == "mendeley" and re.fullmatch(r"ITEM-\d+", str(item_id))):
        return None
    return str(item_id)


def _csl_items(source: str, data: Any) -> ParsedCitation | Unreadable:
    if not isinstance(data, Mapping) or not isinstance(data.get("citationItems"), list):
        return Unreadable(source, "it has no citation items")
    items = []
    for entry in data["citationItems"]:
        if not isinstance(entry, Mapping):
            continue
        key = _csl_key(source, entry)
        item_data = entry.get("itemData")
        # The record takes the citation's key, never Mendeley Desktop's field-local "ITEM-n".
        record = replace(from_csl(item_data), key=key) if isinstance(item_data, Mapping) else None
        locator = entry.get("locator")
        items.append(CitedItem(key=key, record=record, locator=(str(locator).strip() or None) if locator else None))
    if not items:
        return Unreadable(source, "it has no citation items")
    return ParsedCitation(source, tuple(items))


def _csl_citation(source: str, instruction: str) -> ParsedCitation | Unreadable:
    try:
        data = _json_after(instruction)
    except ValueError as exc:
        return Unreadable(source, f"its JSON data is damaged ({exc.__class__.__name__})")
    return _csl_items(source, data)


def parse_mendeley_tag(tag: str) -> ParsedCitation | Unreadable | None:
    """A Mendeley Cite content control's ``w:tag`` (``MENDELEY_CITATION_v3_`` + base64 JSON).

    A tag whose JSON holds no citation items (Mendeley keeps the items of some
    citations elsewhere) gives None: there is nothing to check, and nothing is wrong.
    """
    if not tag.startswith(_MENDELEY_TAG):
        return None
    payload = tag[len(_MENDELEY_TAG) :]
    try:
        data = json.loads(base64.b64decode(payload + "=" * (-len(payload) % 4)).decode("utf-8"))
    except (binascii.Error, UnicodeDecodeError, json.JSONDecodeError) as exc:
        return Unreadable("mendeley", f"its data is damaged ({exc.__class__.__name__})")
    if not isinstance(data, Mapping) or not data.get("citationItems"):
        return None
    return _csl_items("mendeley", data)


# --- EndNote ------------------------------------------------------------------------------


def _decode_field_data(data: str) -> str | None:
    """``w:fldData`` is base64; EndNote stores its XML in it, as UTF-8 or UTF-16."""
    try:
        raw = base64.b64decode("".join(data.split()))
    except (binascii.Error, ValueError):
        return None
    codecs = ("utf-16",) if raw[:2] in (b"\xff\xfe", b"\xfe\xff") else ("utf-8", "utf-16-le")
    for codec in codecs:
        try:
            text = raw.decode(codec).rstrip("\x00")
        except UnicodeDecodeError:
            continue
        if "<EndNote" in text:
            return text
    return None


def _endnote_citation(instruction: str, nested: Sequence[NestedField]) -> ParsedCitation | Unreadable:
    xml = instruction[instruction.find("<") :] if "<" in instruction else ""
    if "<EndNote" not in xml:
        for field in nested:
            if _ENDNOTE_DATA.match(field.instruction) and field.data:
                xml = _decode_field_data(field.data) or ""
                break
    if "<EndNote" not in xml:
        return Unreadable("endnote", "it holds no EndNote record")
    if "<!DOCTYPE" in xml or "<!ENTITY" in xml:
        return Unreadable("endnote", "its data declares a DOCTYPE")
    xml = xml[xml.find("<EndNote") :]
    end = xml.rfind("</EndNote>")
    xml = xml[: end + len("</EndNote>")] if end >= 0 else xml
    try:
        root = etree.fromstring(xml.encode("utf-8"), _XML_PARSER)
    except etree.XMLSyntaxError as exc:
        return Unreadable("endnote", f"its XML data is damaged ({exc.msg})")
    items = []
    for cite in root.iter("Cite"):
        record = from_endnote_record(cite.find("record"), cite)
        pages = "".join(cite.find("Pages").itertext()).strip() if cite.find("Pages") is not None else ""
        items.append(CitedItem(key=record.key, record=record, locator=pages or None))
    if not items:
        return Unreadable("endnote", "it cites no record")
    return ParsedCitation("endnote", tuple(items))


# --- Word's own citations -------------------------------------------------------------------


def _word_citation(instruction: str, sources: Mapping[str, SourceRecord]) -> ParsedCitation | Unreadable:
    """``CITATION Rad09 \\l 2057 \\p 45 \\m Lut08 \\p 12``.

    Each ``\\m`` adds a source, and the switches after it are that source's own.
    """
    try:
        tokens = shlex.split(instruction.replace("\\", "\\\\"), posix=True)
    except ValueError:
        tokens = instruction.split()
    tokens = [t.replace("\\\\", "\\") for t in tokens]
    if len(tokens) < 2 or tokens[1].startswith("\\"):
        return Unreadable("word", "it names no source")
    entries: list[list[str | None]] = [[tokens[1], None]]
    i = 2
    while i < len(tokens):
        switch = tokens[i].lower()
        value = tokens[i + 1] if i + 1 < len(tokens) else None
        if switch == "\\m" and value is not None:
            entries.append([value, None])
            i += 2
        elif switch == "\\p" and value is not None:
            entries[-1][1] = value
            i += 2
        elif switch in ("\\l", "\\f", "\\s", "\\v") and value is not None:
            i += 2  # language, prefix, suffix, volume
        else:
            i += 1  # \n \t \y: suppress author, title, year
    # Word matches tags without regard to case ("rad09" finds "Rad09").
    folded = {key.casefold(): record for key, record in sources.items()}
    items = tuple(
        CitedItem(key=tag, record=sources.get(tag) or folded.get(tag.casefold()), locator=locator)
        for tag, locator in entries
        if tag
    )
    return ParsedCitation("word", items)
