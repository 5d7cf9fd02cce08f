"""The DOCX reader: a Word package into the document model.

python-docx opens the package and reaches its parts, core properties, styles
and comments. The text itself comes from walking the body and notes XML with
lxml, because ``Paragraph.text`` loses tracked insertions, content controls,
smart tags, custom-XML and bidi wrappers, simple-field results and text boxes,
and glues words across page breaks (see TECH-NOTES.md).

What this reader supports, in the manner of pandoc's reader:

* paragraphs, headings by style (Heading 1-9, Title, styles based on them,
  outline levels, localised style ids), lists (numbering), tables, captions,
  contents entries (TOC styles), page and section breaks;
* text in runs, hyperlinks, smart tags, custom XML, content controls (inline
  and block-level), bidi wrappers, simple fields and complex fields (results
  kept, codes dropped; nested), tracked insertions and moves (accepted),
  deletions (dropped), hidden text (dropped), text boxes (once, not twice);
* reference-manager citations (Zotero, Mendeley, EndNote and Word's own
  CITATION fields, and Mendeley Cite content controls; see
  :mod:`eecheck.readers.fields`) in the body, tables, text boxes and notes,
  read from each field's instruction as data, while the field's visible result
  stays the text; Word's sources part (``b:Sources``) as source records;
* footnotes and endnotes, mapped by id and numbered by reference order,
  custom marks, separators skipped;
* typed superscript note numbers (marked for the assembler to decide);
* headers and footers (with a PAGE-field flag), comments, core properties,
  tracked-change authors (every revision element, in every part that can
  hold one) and Word's cached word count;
* the font size and line spacing of most of the running text
  (:class:`eecheck.model.BodyFormatting`), resolved through the document
  defaults, style ``basedOn`` chains, character styles and direct formatting.
"""

from __future__ import annotations

import re
import zipfile
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from lxml import etree

from eecheck.errors import InputError
from eecheck.model import (
    BlockKind,
    BodyFormatting,
    Comment,
    Document,
    HeaderFooter,
    HeadingSource,
    LineSpacing,
    Location,
    Metadata,
    NoteKind,
    NoteRef,
    Section,
    SourceRecord,
    Suppression,
)
from eecheck.readers.assemble import RawBlock, RawCitation, RawNote, assemble
from eecheck.readers.fields import NestedField, ParsedCitation, Unreadable, parse_instruction, parse_mendeley_tag
from eecheck.readers.sources import BIB_NS, first_by_key, from_word_sources
from eecheck.readers.symbol_font import symbol_char, symbol_text
from eecheck.text.suppression import parse_directive

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
V = "{urn:schemas-microsoft-com:vml}"
WPS = "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}"

RT_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
RT_ENDNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes"
RT_HEADER = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
RT_FOOTER = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer"
RT_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
RT_COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
RT_NUMBERING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
RT_EXTENDED = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"
COMMENTS_PART = "word/comments.xml"
RT_CORE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"

_SKIPPED_NOTE_TYPES = {"separator", "continuationSeparator", "continuationNotice"}
# Elements whose content is never visible text.
_INVISIBLE = {
    W + "del",
    W + "moveFrom",
    W + "delText",
    W + "instrText",
    W + "delInstrText",
    W + "rPr",
    W + "pPr",
    W + "sectPr",
    W + "tblPr",
    W + "trPr",
    W + "tcPr",
    W + "fldData",
    W + "sdtPr",
    W + "sdtEndPr",
    W + "customXmlPr",
    W + "smartTagPr",
    W + "commentReference",
    W + "annotationRef",
    M + "oMath",
    M + "oMathPara",
    W + "object",
}
# Every revision element that names its author (ECMA-376 Part 1, 17.13.5). Property
# changes (rPrChange, pPrChange, …) sit inside property elements that the text walk
# skips, so authors are collected by a separate pass over each whole part.
_REVISION_TAGS = tuple(
    W + name
    for name in (
        "ins",
        "del",
        "moveFrom",
        "moveTo",
        "moveFromRangeStart",
        "moveToRangeStart",
        "rPrChange",
        "pPrChange",
        "sectPrChange",
        "tblPrChange",
        "tblPrExChange",
        "trPrChange",
        "tcPrChange",
        "numberingChange",
        "cellIns",
        "cellDel",
        "cellMerge",
        "customXmlInsRangeStart",
        "customXmlDelRangeStart",
        "customXmlMoveFromRangeStart",
        "customXmlMoveToRangeStart",
    )
)
_PAGE_FIELD = re.compile(r"^\s*PAGE\b", re.IGNORECASE)


def _on(el: etree._Element | None) -> bool:
    """A WordprocessingML on/off property: present and not switched off."""
    if el is None:
        return False
    return el.get(W + "val", "true").lower() not in ("0", "false", "off", "none")


@dataclass(frozen=True, slots=True)
class _StyleInfo:
    name: str
    kind: BlockKind | None
    level: int | None
    bold: bool | None
    superscript: bool | None
    hidden: bool | None
    numbered: bool
    page_break_before: bool | None = None
    size: int | None = None
    """Font size in half-points (``w:sz``), from the nearest style in the chain that sets it."""
    line: int | None = None
    """``w:spacing/@w:line``, from the nearest style that sets it."""
    line_rule: str | None = None
    """``w:spacing/@w:lineRule`` of that same style (``auto`` when it gives none)."""


# Word and LibreOffice show text at 10 pt when neither the document defaults nor any style sets
# w:sz (the standard leaves it to the application), and single spacing when no
# w:spacing/@w:line is set anywhere.
_FALLBACK_SIZE = 20
_FALLBACK_LINE = 240


def _half_points(rpr: etree._Element | None) -> int | None:
    sz = rpr.find(W + "sz") if rpr is not None else None
    value = sz.get(W + "val", "") if sz is not None else ""
    return int(value) if value.isdigit() and int(value) > 0 else None


def _spacing(ppr: etree._Element | None) -> tuple[int | None, str | None]:
    """``(w:line, w:lineRule)`` of a paragraph's properties, or ``(None, None)``.

    The two travel together: a ``w:line`` without ``w:lineRule`` is ``auto``
    (ECMA-376 Part 1, 17.3.1.33), whatever a base style said.
    """
    spacing = ppr.find(W + "spacing") if ppr is not None else None
    if spacing is None:
        return None, None
    line = (spacing.get(W + "line") or "").strip()
    if not line.isdigit() or int(line) <= 0:
        return None, None
    return int(line), spacing.get(W + "lineRule") or "auto"


@dataclass(slots=True)
class _Styles:
    """Paragraph and character styles resolved through their ``basedOn`` chains."""

    by_id: dict[str, _StyleInfo] = field(default_factory=dict)
    default_paragraph: str | None = None
    default_size: int | None = None
    """``w:docDefaults`` run size, in half-points."""
    default_line: int | None = None
    default_line_rule: str | None = None

    @classmethod
    def from_xml(cls, root: etree._Element | None) -> _Styles:
        styles = cls()
        if root is None:
            return styles
        defaults = root.find(W + "docDefaults")
        if defaults is not None:
            styles.default_size = _half_points(defaults.find(f"{W}rPrDefault/{W}rPr"))
            styles.default_line, styles.default_line_rule = _spacing(defaults.find(f"{W}pPrDefault/{W}pPr"))
        raw: dict[str, etree._Element] = {}
        for style in root.iter(W + "style"):
            style_id = style.get(W + "styleId")
            if style_id:
                raw[style_id] = style
                if style.get(W + "type") == "paragraph" and style.get(W + "default") in ("1", "true"):
                    styles.default_paragraph = style_id
        for style_id in raw:
            styles.by_id[style_id] = cls._resolve(style_id, raw)
        return styles

    @staticmethod
    def _resolve(style_id: str, raw: dict[str, etree._Element]) -> _StyleInfo:
        chain: list[etree._Element] = []
        seen: set[str] = set()
        current: str | None = style_id
        while current and current in raw and current not in seen:
            seen.add(current)
            chain.append(raw[current])
            based = raw[current].find(W + "basedOn")
            current = based.get(W + "val") if based is not None else None
        own_name_el = chain[0].find(W + "name")
        name = own_name_el.get(W + "val", style_id) if own_name_el is not None else style_id
        kind: BlockKind | None = None
        level: int | None = None
        bold = superscript = hidden = page_break_before = None
        size: int | None = None
        line: int | None = None
        line_rule: str | None = None
        numbered = False
        for style in chain:  # nearest first: the style's own setting wins
            name_el = style.find(W + "name")
            sname = (name_el.get(W + "val", "") if name_el is not None else "").strip().lower()
            sid = (style.get(W + "styleId") or "").lower()
            if kind is None:
                found = _kind_from_style_name(sname) or _kind_from_style_name(sid)
                if found is not None:
                    kind, level = found
            ppr = style.find(W + "pPr")
            if ppr is not None:
                if kind is None:
                    outline = ppr.find(W + "outlineLvl")
                    if outline is not None and outline.get(W + "val", "9").isdigit():
                        lvl = int(outline.get(W + "val", "9"))
                        if lvl < 9:
                            kind, level = BlockKind.HEADING, lvl + 1
                if ppr.find(W + "numPr") is not None:
                    numbered = True
                if page_break_before is None and ppr.find(W + "pageBreakBefore") is not None:
                    page_break_before = _on(ppr.find(W + "pageBreakBefore"))
                if line is None:
                    line, line_rule = _spacing(ppr)
            rpr = style.find(W + "rPr")
            if rpr is not None:
                size = size if size is not None else _half_points(rpr)
                if bold is None and rpr.find(W + "b") is not None:
                    bold = _on(rpr.find(W + "b"))
                va = rpr.find(W + "vertAlign")
                if superscript is None and va is not None:
                    superscript = va.get(W + "val") == "superscript"
                if hidden is None and rpr.find(W + "vanish") is not None:
                    hidden = _on(rpr.find(W + "vanish"))
        return _StyleInfo(
            name, kind, level, bold, superscript, hidden, numbered, page_break_before, size, line, line_rule
        )

    def get(self, style_id: str | None) -> _StyleInfo | None:
        if style_id is None:
            return None
        return self.by_id.get(style_id)


_HEADING_NAME = re.compile(
    r"^(?:heading|berschrift|überschrift|titre|titulo|título|kop|rubrik|otsikko|nagłówek)\s*([1-9])$"
)


def _kind_from_style_name(name: str) -> tuple[BlockKind, int | None] | None:
    """Heading, caption, contents and list styles by their (English) name or id."""
    name = name.strip().lower()
    if not name:
        return None
    match = _HEADING_NAME.match(name)
    if match:
        return BlockKind.HEADING, int(match.group(1))
    if name == "title":
        return BlockKind.HEADING, 0
    if name in ("caption", "table caption", "image caption", "figure caption", "beschriftung"):
        return BlockKind.CAPTION, None
    if re.match(r"^toc\s*[1-9]$", name) or re.match(r"^(?:verzeichnis|inhaltsverzeichnis)\s*[1-9]$", name):
        return BlockKind.CONTENTS_ENTRY, None
    return None


@dataclass(slots=True)
class _Field:
    instr: str = ""
    in_result: bool = False
    data: str = ""
    """``w:fldData`` of the field's begin character (EndNote keeps records there)."""
    nested: list[NestedField] = field(default_factory=list)
    """Fields nested in this field's instruction (before its separator)."""
    citation: RawCitation | None = None
    """The citation this field holds, once its instruction is known."""
    result: list[str] = field(default_factory=list)
    """The visible text of the result, for a citation field."""


@dataclass(slots=True)
class _ParagraphText:
    """Text gathered while walking one paragraph, split at page breaks."""

    segments: list[list[str]] = field(default_factory=lambda: [[]])
    refs: list[list[NoteRef]] = field(default_factory=lambda: [[]])
    superscripts: list[list[tuple[int, int]]] = field(default_factory=lambda: [[]])
    bold_chars: int = 0
    plain_chars: int = 0
    has_drawing: bool = False
    floating: list[etree._Element] = field(default_factory=list)
    """Text-box paragraphs met inside this paragraph, emitted after it."""
    sizes: Counter[int] = field(default_factory=Counter)
    """Visible non-space characters by font size (half-points), superscripts left out."""
    citations: list[list[RawCitation]] = field(default_factory=lambda: [[]])
    """Citation fields by segment, offsets in the segment's text."""
    open_fields: list[_Field] = field(default_factory=list)
    """The walker's open fields: visible text is also a citation field's result text."""
    length: int = 0
    """Characters in the current segment so far (kept, not summed: a paragraph may hold
    hundreds of thousands of runs)."""

    def add(self, text: str, *, bold: bool, superscript: bool) -> None:
        if not text:
            return
        start = self.length
        self.segments[-1].append(text)
        self.length += len(text)
        for open_field in self.open_fields:
            if open_field.citation is not None:
                open_field.result.append(text)
        if superscript and text.strip():
            self.superscripts[-1].append((start, start + len(text)))
        if text.strip():
            if bold:
                self.bold_chars += len(text.strip())
            else:
                self.plain_chars += len(text.strip())

    def page_break(self) -> None:
        self.length = 0
        self.segments.append([])
        self.refs.append([])
        self.superscripts.append([])
        self.citations.append([])


@dataclass(frozen=True, slots=True)
class _ParagraphFormat:
    sizes: Counter[int]
    spacing: LineSpacing


def _line_spacing(line: int, rule: str | None) -> LineSpacing:
    """``w:line`` is 240ths of a line for ``auto``, twentieths of a point for ``exact``/``atLeast``."""
    if rule == "exact":
        return LineSpacing(rule="exact", value=line / 20)
    if rule == "atLeast":
        return LineSpacing(rule="at-least", value=line / 20)
    return LineSpacing(rule="auto", value=round(line / 240, 2))


class _Walker:
    """Walks WordprocessingML content in reading order."""

    def __init__(self, styles: _Styles, part: str, *, measure: bool = False) -> None:
        self.styles = styles
        self.part = part
        self.measure = measure
        """Record each top-level paragraph's font sizes and line spacing (the main body only)."""
        self.formats: dict[int, _ParagraphFormat] = {}
        self.fields: list[_Field] = []
        self.word_sources: dict[str, SourceRecord] = {}
        """Word's ``b:Sources`` records by tag, for CITATION fields."""
        self.warnings: list[str] = []
        self._location = Location(part=part)
        """The paragraph being walked (where a citation found in it is)."""
        self.note_refs_seen: list[tuple[NoteKind, str]] = []
        self.page_fields = 0
        self._custom_mark_pending = False
        self._drop_cap: _ParagraphText | None = None
        """A drop-cap paragraph's text, waiting to start the next paragraph."""

    # -- runs and inline wrappers --------------------------------------------

    def _run_props(self, run: etree._Element, para_style: _StyleInfo | None) -> tuple[bool, bool, bool]:
        rpr = run.find(W + "rPr")
        bold = superscript = hidden = None
        if rpr is not None:
            if rpr.find(W + "b") is not None:
                bold = _on(rpr.find(W + "b"))
            va = rpr.find(W + "vertAlign")
            if va is not None:
                superscript = va.get(W + "val") == "superscript"
            if rpr.find(W + "vanish") is not None:
                hidden = _on(rpr.find(W + "vanish"))
            rstyle = rpr.find(W + "rStyle")
            char_style = self.styles.get(rstyle.get(W + "val")) if rstyle is not None else None
            if char_style is not None:
                bold = char_style.bold if bold is None else bold
                superscript = char_style.superscript if superscript is None else superscript
                hidden = char_style.hidden if hidden is None else hidden
        if para_style is not None:
            bold = para_style.bold if bold is None else bold
            superscript = para_style.superscript if superscript is None else superscript
            hidden = para_style.hidden if hidden is None else hidden
        return bool(bold), bool(superscript), bool(hidden)

    def _run_size(self, run: etree._Element, para_style: _StyleInfo | None) -> int:
        """Half-points: direct ``w:sz``, else the character style's, the paragraph style's, the defaults'."""
        rpr = run.find(W + "rPr")
        size = _half_points(rpr)
        if size is None and rpr is not None:
            rstyle = rpr.find(W + "rStyle")
            char_style = self.styles.get(rstyle.get(W + "val")) if rstyle is not None else None
            size = char_style.size if char_style is not None else None
        if size is None and para_style is not None:
            size = para_style.size
        return size or self.styles.default_size or _FALLBACK_SIZE

    def _paragraph_spacing(self, ppr: etree._Element | None, style: _StyleInfo | None) -> LineSpacing:
        """Direct ``w:spacing``, else the paragraph style's (through its chain), else the defaults'."""
        line, rule = _spacing(ppr)
        if line is None and style is not None and style.line is not None:
            line, rule = style.line, style.line_rule
        if line is None:
            line, rule = self.styles.default_line, self.styles.default_line_rule
        return _line_spacing(line if line is not None else _FALLBACK_LINE, rule)

    def _visible(self) -> bool:
        return all(f.in_result for f in self.fields)

    # -- citation fields -------------------------------------------------------

    def _start_citation(self, field_: _Field, parsed: ParsedCitation | Unreadable | None, out: _ParagraphText) -> None:
        """Where a citation field's result starts: its text is gathered until the field ends."""
        if isinstance(parsed, Unreadable):
            label = {"zotero": "Zotero", "mendeley": "Mendeley", "endnote": "EndNote", "word": "Word"}[parsed.source]
            self.warnings.append(
                f"{self.part}: a {label} citation field could not be read ({parsed.reason}); its text is read as typed"
            )
            return
        if parsed is None:
            return
        field_.citation = RawCitation(parsed.source, parsed.items, "", out.length, self._location)
        out.citations[-1].append(field_.citation)

    def _end_citation(self, field_: _Field) -> None:
        citation = field_.citation
        if citation is None:
            return
        text = "".join(field_.result)
        citation.offset += len(text) - len(text.lstrip())
        citation.text = text.strip()  # exactly as it stands in the block's text

    def _field_instruction(self, field_: _Field) -> ParsedCitation | Unreadable | None:
        return parse_instruction(field_.instr, nested=field_.nested, word_sources=self.word_sources)

    def _wrapped_citation(
        self, parsed: ParsedCitation | Unreadable | None, content: etree._Element, out: _ParagraphText, para_style
    ) -> None:
        """A simple field or content control that is a citation: its content is the result."""
        pseudo = _Field(in_result=True)
        self._start_citation(pseudo, parsed, out)
        if pseudo.citation is None:
            self.inline(content, out, para_style)
            return
        self.fields.append(pseudo)
        self.inline(content, out, para_style)
        # Remove by identity: a malformed complex field inside may have left the stack uneven.
        for i in range(len(self.fields) - 1, -1, -1):
            if self.fields[i] is pseudo:
                del self.fields[i]
                break
        self._end_citation(pseudo)

    def inline(self, el: etree._Element, out: _ParagraphText, para_style: _StyleInfo | None) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _INVISIBLE:
                continue
            if tag == W + "r":
                self.run(child, out, para_style)
            elif tag == W + "fldSimple":
                instr = child.get(W + "instr", "")
                if _PAGE_FIELD.match(instr):
                    self.page_fields += 1
                self._wrapped_citation(parse_instruction(instr, word_sources=self.word_sources), child, out, para_style)
            elif tag in (W + "ins", W + "moveTo"):
                self.inline(child, out, para_style)
            elif tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    sdt_tag = child.find(f"{W}sdtPr/{W}tag")
                    parsed = parse_mendeley_tag(sdt_tag.get(W + "val", "")) if sdt_tag is not None else None
                    self._wrapped_citation(parsed, content, out, para_style)
            elif tag == MC + "AlternateContent":
                self.inline(_alternate_choice(child), out, para_style)
            else:
                # hyperlink, smartTag, customXml, dir, bdo, sdtContent and any
                # unknown wrapper: its text is the paragraph's text.
                self.inline(child, out, para_style)

    def run(self, run: etree._Element, out: _ParagraphText, para_style: _StyleInfo | None) -> None:
        bold, superscript, hidden = self._run_props(run, para_style)
        size = self._run_size(run, para_style) if self.measure and not superscript else None
        fonts = run.find(W + "rPr/" + W + "rFonts")
        symbol_font = fonts is not None and (fonts.get(W + "ascii") or "").strip().lower() == "symbol"
        for child in run:
            tag = child.tag
            if tag == W + "fldChar":
                kind = child.get(W + "fldCharType")
                if kind == "begin":
                    data = child.find(W + "fldData")
                    self.fields.append(_Field(data=(data.text or "") if data is not None else ""))
                elif kind == "separate" and self.fields:
                    self.fields[-1].in_result = True
                    if _PAGE_FIELD.match(self.fields[-1].instr):
                        self.page_fields += 1
                    self._start_citation(self.fields[-1], self._field_instruction(self.fields[-1]), out)
                elif kind == "end" and self.fields:
                    field_ = self.fields.pop()
                    if not field_.in_result and _PAGE_FIELD.match(field_.instr):
                        self.page_fields += 1
                    if not field_.in_result and self.fields and not self.fields[-1].in_result:
                        # A field inside another's instruction (EndNote's EN.CITE.DATA) belongs to it.
                        self.fields[-1].nested.append(NestedField(field_.instr, field_.data))
                    elif not field_.in_result:
                        # A citation field without a result shows nothing, but it still cites.
                        self._start_citation(field_, self._field_instruction(field_), out)
                    self._end_citation(field_)
                continue
            if tag == W + "instrText":
                if self.fields and not self.fields[-1].in_result:
                    self.fields[-1].instr += child.text or ""
                continue
            if not self._visible():
                continue
            if tag == W + "t":
                text = child.text or ""
                if self._custom_mark_pending:
                    # The run after a customMarkFollows reference is the mark.
                    self._custom_mark_pending = False
                    if out.refs[-1]:
                        last = out.refs[-1][-1]
                        out.refs[-1][-1] = NoteRef(last.note_id, last.offset, mark=text.strip())
                    continue
                if not hidden:
                    if symbol_font:
                        text = symbol_text(text)
                    out.add(text, bold=bold, superscript=superscript)
                    if size is not None:
                        out.sizes[size] += len("".join(text.split()))  # visible characters
            elif tag in (W + "tab", W + "ptab"):
                out.add("\t", bold=bold, superscript=False)
            elif tag == W + "br":
                if child.get(W + "type") == "page":
                    out.page_break()
                else:
                    out.add("\n", bold=bold, superscript=False)
            elif tag == W + "cr":
                out.add("\n", bold=bold, superscript=False)
            elif tag == W + "noBreakHyphen":
                out.add("-", bold=bold, superscript=superscript)
            elif tag == W + "sym":
                char = child.get(W + "char", "")
                font = (child.get(W + "font") or "").strip().lower()
                # Only the Symbol font maps to text; Wingdings and other
                # dingbat fonts show pictures, which are not words.
                if font == "symbol" and re.fullmatch(r"[0-9A-Fa-f]{1,4}", char):
                    out.add(symbol_char(int(char, 16)), bold=bold, superscript=superscript)
            elif tag in (W + "footnoteReference", W + "endnoteReference"):
                kind = NoteKind.FOOTNOTE if tag == W + "footnoteReference" else NoteKind.ENDNOTE
                note_id = f"{kind.value}-{child.get(W + 'id')}"
                out.refs[-1].append(NoteRef(note_id=note_id, offset=out.length))
                self.note_refs_seen.append((kind, note_id))
                if child.get(W + "customMarkFollows") in ("1", "true", "on"):
                    self._custom_mark_pending = True
            elif tag in (W + "drawing", W + "pict"):
                out.has_drawing = True
                out.floating.extend(_text_box_contents(child))
            elif tag == MC + "AlternateContent":
                choice = _alternate_choice(child)
                for inner in choice.iter(W + "drawing", W + "pict"):
                    out.has_drawing = True
                    out.floating.extend(_text_box_contents(inner))
                    break
                else:
                    self.run(choice, out, para_style)
            elif tag == W + "softHyphen" or tag == W + "lastRenderedPageBreak":
                continue

    # -- paragraphs and tables -------------------------------------------------

    def paragraph_style(self, p: etree._Element) -> tuple[_StyleInfo | None, etree._Element | None]:
        ppr = p.find(W + "pPr")
        style_id = None
        if ppr is not None:
            ps = ppr.find(W + "pStyle")
            if ps is not None:
                style_id = ps.get(W + "val")
        return self.styles.get(style_id or self.styles.default_paragraph), ppr

    def paragraph(self, p: etree._Element, index: int, blocks: list[RawBlock], *, in_table: bool = False) -> None:
        style, ppr = self.paragraph_style(p)
        # A drop cap (w:framePr/@w:dropCap) is a paragraph of its own in the
        # XML but the first letter of the next paragraph on the page ("D" +
        # "rop cap."): its text starts that paragraph, as in pandoc's reader.
        out = self._drop_cap or _ParagraphText()
        out.open_fields = self.fields
        self._drop_cap = None
        self._location = Location(part=self.part, index=index)
        self.inline(p, out, style)
        if _is_drop_cap(ppr) and _next_block_is_paragraph(p):
            self._drop_cap = out
            return
        if self.measure and not in_table:
            self.formats[index] = _ParagraphFormat(out.sizes, self._paragraph_spacing(ppr, style))
        kind = BlockKind.PARAGRAPH
        level: int | None = None
        source: HeadingSource | None = None
        if style is not None and style.kind is not None:
            kind, level = style.kind, style.level
            if kind is BlockKind.HEADING:
                source = HeadingSource.STYLE
        if ppr is not None:
            outline = ppr.find(W + "outlineLvl")
            if outline is not None and (outline.get(W + "val") or "").isdigit():
                lvl = int(outline.get(W + "val"))
                if lvl < 9 and kind is BlockKind.PARAGRAPH:
                    kind, level, source = BlockKind.HEADING, lvl + 1, HeadingSource.OUTLINE_LEVEL
        numbered = (ppr is not None and ppr.find(W + "numPr") is not None) or (style is not None and style.numbered)
        if kind is BlockKind.PARAGRAPH and numbered:
            num_id = ppr.find(W + "numPr/" + W + "numId") if ppr is not None else None
            if num_id is None or num_id.get(W + "val") != "0":
                kind = BlockKind.LIST_ITEM
        location = Location(part=self.part, index=index)
        direct_break = ppr.find(W + "pageBreakBefore") if ppr is not None else None
        if direct_break is not None:
            break_before = _on(direct_break)
        else:  # from the paragraph style, through its basedOn chain
            break_before = bool(style is not None and style.page_break_before)
        if break_before:
            blocks.append(RawBlock(BlockKind.PAGE_BREAK, "", location))
        total = out.bold_chars + out.plain_chars
        all_bold = total > 0 and out.plain_chars == 0
        for n, parts in enumerate(out.segments):
            if n > 0:
                blocks.append(RawBlock(BlockKind.PAGE_BREAK, "", location))
            text = "".join(parts)
            if not text.strip() and not out.refs[n]:
                continue
            blocks.append(
                RawBlock(
                    kind,
                    text,
                    location,
                    level=level,
                    heading_source=source,
                    style=style.name if style else None,
                    note_refs=out.refs[n],
                    all_bold=all_bold,
                    superscripts=out.superscripts[n],
                    may_be_form_heading=not in_table,
                    citations=out.citations[n],
                )
            )
        for text_box in out.floating:
            for inner in text_box.iter(W + "p"):
                self.paragraph(inner, index, blocks, in_table=True)
        if ppr is not None and ppr.find(W + "sectPr") is not None and _next_section_starts_new_page(p):
            blocks.append(RawBlock(BlockKind.PAGE_BREAK, "", location))
        if out.has_drawing:
            blocks.append(RawBlock(BlockKind.PARAGRAPH, "", location, has_figure=True))

    def table(self, tbl: etree._Element, index: int) -> RawBlock:
        rows: list[str] = []
        refs: list[NoteRef] = []
        citations: list[RawCitation] = []
        location = Location(part=self.part, index=index)
        offset = 0
        for tr in tbl.iter(W + "tr"):
            if _nearest_table(tr) is not tbl:
                continue
            cells: list[str] = []
            for tc in tr.iter(W + "tc"):
                if _nearest_table(tc) is not tbl:
                    continue
                cell_blocks: list[RawBlock] = []
                self.container(tc, cell_blocks, start_index=index, in_table=True)
                texts: list[str] = []
                for b in cell_blocks:
                    if b.kind is BlockKind.PAGE_BREAK:
                        continue
                    base = offset + sum(len(t) + 1 for t in texts) + sum(len(c) + 1 for c in cells)
                    refs.extend(NoteRef(r.note_id, base + r.offset, r.mark) for r in b.note_refs)
                    citations.extend(replace(c, offset=base + c.offset, location=location) for c in b.citations)
                    texts.append(b.text)
                cells.append(" ".join(texts))
            row = "\t".join(cells)
            rows.append(row)
            offset += len(row) + 1
        return RawBlock(
            BlockKind.TABLE,
            "\n".join(rows),
            location,
            note_refs=refs,
            may_be_form_heading=False,
            citations=citations,
        )

    def container(
        self, el: etree._Element, blocks: list[RawBlock], *, start_index: int = 0, in_table: bool = False
    ) -> int:
        """Walk block-level content (body, cell, note, sdtContent); returns the next paragraph index."""
        index = start_index
        for child in el:
            tag = child.tag
            if tag == W + "p":
                self.paragraph(child, index, blocks, in_table=in_table)
                index += 1
            elif tag == W + "tbl":
                blocks.append(self.table(child, index))
                index += 1
            elif tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    index = self.container(content, blocks, start_index=index, in_table=in_table)
            elif tag in (W + "customXml", W + "ins", W + "moveTo", W + "smartTag"):
                index = self.container(child, blocks, start_index=index, in_table=in_table)
            elif tag == MC + "AlternateContent":
                index = self.container(_alternate_choice(child), blocks, start_index=index, in_table=in_table)
        return index


def _is_drop_cap(ppr: etree._Element | None) -> bool:
    frame = ppr.find(W + "framePr") if ppr is not None else None
    return frame is not None and frame.get(W + "dropCap") in ("drop", "margin")


_BLOCK_TAGS = {W + "p", W + "tbl", W + "sdt", W + "customXml", W + "sectPr", MC + "AlternateContent"}


def _next_block_is_paragraph(p: etree._Element) -> bool:
    """Whether the next block-level sibling (bookmarks etc. skipped) is a paragraph."""
    for sibling in p.itersiblings():
        if sibling.tag in _BLOCK_TAGS:
            return sibling.tag == W + "p"
    return False


def _next_section_starts_new_page(p: etree._Element) -> bool:
    """A ``w:sectPr`` ends its section; the *next* section's ``w:type`` says how that one
    starts (ECMA-376 17.6.22, default nextPage): continuous or nextColumn is no page break."""
    following = p.xpath("following::w:sectPr[1]", namespaces={"w": W_NS})
    if not following:
        return True
    start = following[0].find(W + "type")
    return start is None or start.get(W + "val", "nextPage") not in ("continuous", "nextColumn")


def _nearest_table(el: etree._Element) -> etree._Element | None:
    parent = el.getparent()
    while parent is not None and parent.tag != W + "tbl":
        parent = parent.getparent()
    return parent


def _alternate_choice(el: etree._Element) -> etree._Element:
    """The first ``mc:Choice`` (what Word shows), else the fallback."""
    choice = el.find(MC + "Choice")
    if choice is not None:
        return choice
    fallback = el.find(MC + "Fallback")
    return fallback if fallback is not None else el


def _text_box_contents(el: etree._Element) -> list[etree._Element]:
    """The outermost ``w:txbxContent`` elements inside a drawing or VML shape."""
    found: list[etree._Element] = []
    for box in el.iter(W + "txbxContent"):
        if any(box in f.iter() for f in found):
            continue
        # A text box inside an AlternateContent Fallback duplicates the Choice.
        ancestor = box.getparent()
        in_fallback = False
        while ancestor is not None and ancestor is not el:
            if ancestor.tag == MC + "Fallback":
                in_fallback = True
                break
            ancestor = ancestor.getparent()
        if not in_fallback:
            found.append(box)
    return found


# --- parts ---------------------------------------------------------------------

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def _parse(blob: bytes, name: str) -> etree._Element:
    if b"<!DOCTYPE" in blob[:4096] or b"<!ENTITY" in blob[:65536]:
        raise InputError(
            "hostile-xml",
            f"the part {name} declares a DOCTYPE, which no Word file has",
            "re-save the file from Word or LibreOffice",
        )
    try:
        return etree.fromstring(blob, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise InputError(
            "corrupt-xml",
            f"the part {name} is not well-formed XML ({exc.msg})",
            "open it in Word or LibreOffice and save it again as .docx",
        ) from exc


def _related(part, reltype: str) -> list:  # python-docx Part
    return [rel.target_part for rel in part.rels.values() if rel.reltype == reltype and not rel.is_external]


def _revision_authors(root: etree._Element) -> set[str]:
    """The authors of every tracked change in a part (see ``_REVISION_TAGS``)."""
    return {author for el in root.iter(*_REVISION_TAGS) if (author := (el.get(W + "author") or "").strip())}


def _related_revision_authors(part, reltypes: tuple[str, ...]) -> set[str]:  # python-docx Part
    """Tracked-change authors in the parts of these relationship types (comments, styles, numbering)."""
    authors: set[str] = set()
    for reltype in reltypes:
        for related in _related(part, reltype):
            name = str(related.partname).lstrip("/")
            authors |= _revision_authors(_parse(related.blob, name))
    return authors


def _notes(
    part,
    reltype: str,
    kind: NoteKind,
    styles: _Styles,
    *,
    word_sources: dict[str, SourceRecord] | None = None,
    warnings: list[str] | None = None,
) -> tuple[list[RawNote], set[str]]:
    notes: list[RawNote] = []
    authors: set[str] = set()
    tag = W + ("footnote" if kind is NoteKind.FOOTNOTE else "endnote")
    for notes_part in _related(part, reltype):
        name = str(notes_part.partname).lstrip("/")
        root = _parse(notes_part.blob, name)
        authors |= _revision_authors(root)
        for position, note in enumerate(root.iter(tag)):
            if note.get(W + "type") in _SKIPPED_NOTE_TYPES:
                continue
            walker = _Walker(styles, name)
            walker.word_sources = word_sources or {}
            blocks: list[RawBlock] = []
            walker.container(note, blocks, in_table=True)
            text = "\n".join(b.text.strip() for b in blocks if b.kind is not BlockKind.PAGE_BREAK and b.text.strip())
            location = Location(part=name, index=position)
            if warnings is not None:
                warnings.extend(walker.warnings)
            notes.append(
                RawNote(
                    id=f"{kind.value}-{note.get(W + 'id')}",
                    kind=kind,
                    text=text,
                    location=location,
                    citations=_note_citations(blocks, location),
                    superscripts=_note_superscripts(blocks),
                )
            )
    return notes, authors


def _note_superscripts(blocks: list[RawBlock]) -> list[tuple[int, int]]:
    """A note's superscript spans, with offsets in the note's text (paragraphs stripped, joined by newlines)."""
    found: list[tuple[int, int]] = []
    start = 0
    for block in blocks:
        stripped = block.text.strip()
        if block.kind is BlockKind.PAGE_BREAK or not stripped:
            continue
        lead = len(block.text) - len(block.text.lstrip())
        found.extend(
            (start + s - lead, start + e - lead)
            for s, e in block.superscripts
            if s >= lead and e - lead <= len(stripped)
        )
        start += len(stripped) + 1
    return found


def _note_citations(blocks: list[RawBlock], location: Location) -> list[RawCitation]:
    """A note's citations, with offsets in the note's text (its paragraphs stripped and joined by newlines)."""
    found: list[RawCitation] = []
    start = 0
    for block in blocks:
        stripped = block.text.strip()
        if block.kind is BlockKind.PAGE_BREAK or not stripped:
            continue
        lead = len(block.text) - len(block.text.lstrip())
        found.extend(
            replace(c, offset=start + min(max(0, c.offset - lead), len(stripped)), location=location)
            for c in block.citations
        )
        start += len(stripped) + 1
    return found


def _word_sources(package) -> tuple[SourceRecord, ...]:  # python-docx Package
    """Word's sources part: a custom XML part (``customXml/itemN.xml``, N varies) whose root is ``b:Sources``."""
    for package_part in package.iter_parts():
        name = str(package_part.partname).lstrip("/")
        if not name.startswith("customXml/") or not name.endswith(".xml"):
            continue
        blob = package_part.blob
        if b"bibliography" not in blob[:4096]:
            continue
        root = _parse(blob, name)
        if root.tag == f"{{{BIB_NS}}}Sources":
            return from_word_sources(root)
    return ()


def _deleted_note_ids(root: etree._Element) -> set[str]:
    """Notes whose reference mark sits in tracked-deleted or moved-away text.

    Word keeps such a note in the notes part until the change is accepted; it
    is deleted with its mark, not a note that nothing references.
    """
    found: set[str] = set()
    for tag, kind in ((W + "footnoteReference", NoteKind.FOOTNOTE), (W + "endnoteReference", NoteKind.ENDNOTE)):
        for ref in root.iter(tag):
            if any(ancestor.tag in (W + "del", W + "moveFrom") for ancestor in ref.iterancestors()):
                found.add(f"{kind.value}-{ref.get(W + 'id')}")
    return found


def _headers_footers(part, styles: _Styles) -> tuple[tuple[HeaderFooter, ...], set[str]]:
    found: list[HeaderFooter] = []
    authors: set[str] = set()
    for reltype, kind in ((RT_HEADER, "header"), (RT_FOOTER, "footer")):
        for hf_part in _related(part, reltype):
            name = str(hf_part.partname).lstrip("/")
            walker = _Walker(styles, name)
            blocks: list[RawBlock] = []
            root = _parse(hf_part.blob, name)
            authors |= _revision_authors(root)
            walker.container(root, blocks, in_table=True)
            text = "\n".join(b.text.strip() for b in blocks if b.kind is not BlockKind.PAGE_BREAK and b.text.strip())
            found.append(HeaderFooter(kind=kind, part=name, text=text, has_page_field=walker.page_fields > 0))
    found.sort(key=lambda h: (h.kind, h.part))
    return tuple(found), authors


def _metadata(document, part, revision_authors: set[str], comments: tuple[Comment, ...]) -> Metadata:
    # Without a core-properties part python-docx invents one ("python-docx" as last
    # modifier), so read it only when the package has it.
    # A core part whose content type is not core-properties is loaded as a plain Part by
    # python-docx, which then has no properties to give: treat it as absent too.
    from docx.opc.parts.coreprops import CorePropertiesPart

    has_core = any(
        rel.reltype == RT_CORE and not rel.is_external and isinstance(rel.target_part, CorePropertiesPart)
        for rel in part.package.rels.values()
    )
    core = document.core_properties if has_core else None
    words = application = company = None
    for rel in part.package.rels.values():
        if rel.reltype == RT_EXTENDED and not rel.is_external:
            root = _parse(rel.target_part.blob, "docProps/app.xml")
            for el in root:
                local = etree.QName(el).localname
                if local == "Words" and (el.text or "").strip().isdigit():
                    words = int(el.text.strip())
                elif local == "Application":
                    application = (el.text or "").strip() or None
                elif local == "Company":
                    company = (el.text or "").strip() or None
    return Metadata(
        author=(core.author or None) if core is not None else None,
        last_modified_by=(core.last_modified_by or None) if core is not None else None,
        comment_authors=tuple(sorted({c.author for c in comments if c.author})),
        revision_authors=tuple(sorted(revision_authors)),
        word_cached=words,
        word_cached_application=application,
        company=company,
    )


def _comments(part, styles: _Styles) -> tuple[Comment, ...]:
    found: list[Comment] = []
    for comments_part in _related(part, RT_COMMENTS):
        name = str(comments_part.partname).lstrip("/")
        root = _parse(comments_part.blob, name)
        for comment in root.iter(W + "comment"):
            walker = _Walker(styles, name)
            blocks: list[RawBlock] = []
            walker.container(comment, blocks, in_table=True)
            text = "\n".join(b.text.strip() for b in blocks if b.text.strip() and b.kind is not BlockKind.PAGE_BREAK)
            found.append(Comment(author=comment.get(W + "author", ""), text=text))
    return tuple(found)


def read_docx(path: str | Path) -> Document:
    """Read a .docx file into the document model (raises InputError)."""
    import docx  # python-docx: imported here so Markdown-only runs never pay for it
    from docx.opc.exceptions import PackageNotFoundError

    path = Path(path)
    try:
        document = docx.Document(str(path))
    except PackageNotFoundError as exc:
        raise InputError(
            "not-docx", "it is not a Word .docx package", "open it in Word or LibreOffice and save as .docx"
        ) from exc
    except (KeyError, ValueError) as exc:
        raise InputError(
            "missing-part",
            f"the Word package is incomplete ({exc})",
            "open it in Word or LibreOffice and save as .docx",
        ) from exc
    except (zipfile.BadZipFile, EOFError) as exc:
        raise InputError(
            "bad-zip",
            "the file is damaged (not a complete zip archive)",
            "download or copy it again, or re-save it from Word",
        ) from exc
    part = document.part
    style_parts = _related(part, RT_STYLES)
    styles = _Styles.from_xml(_parse(style_parts[0].blob, "word/styles.xml") if style_parts else None)
    main_name = str(part.partname).lstrip("/")
    body_root = _parse(part.blob, main_name)
    body = body_root.find(W + "body")
    source_records = _word_sources(part.package)
    word_sources = first_by_key(source_records)
    walker = _Walker(styles, main_name, measure=True)
    walker.word_sources = word_sources
    warnings = walker.warnings
    raw_blocks: list[RawBlock] = []
    if body is not None:
        walker.container(body, raw_blocks)
    footnotes, fn_authors = _notes(
        part, RT_FOOTNOTES, NoteKind.FOOTNOTE, styles, word_sources=word_sources, warnings=warnings
    )
    endnotes, en_authors = _notes(
        part, RT_ENDNOTES, NoteKind.ENDNOTE, styles, word_sources=word_sources, warnings=warnings
    )
    deleted = _deleted_note_ids(body_root) - {note_id for _, note_id in walker.note_refs_seen}
    headers_footers, hf_authors = _headers_footers(part, styles)
    comments = _comments(part, styles)
    revision_authors = (
        _revision_authors(body_root)
        | fn_authors
        | en_authors
        | hf_authors
        | _related_revision_authors(part, (RT_COMMENTS, RT_STYLES, RT_NUMBERING))
    )
    metadata = _metadata(document, part, revision_authors, comments)
    assembled = assemble(
        path=str(path),
        fmt="docx",
        raw_blocks=raw_blocks,
        raw_notes=[note for note in footnotes + endnotes if note.id not in deleted],
        headers_footers=headers_footers,
        comments=comments,
        metadata=metadata,
        suppressions=_suppressions(comments),
        warnings=warnings,
        source_records=source_records,
    )
    return replace(assembled, formatting=_body_formatting(assembled, walker.formats, main_name))


_RUNNING_TEXT = (Section.INTRODUCTION, Section.BODY, Section.CONCLUSION)


def _body_formatting(document: Document, formats: dict[int, _ParagraphFormat], part: str) -> BodyFormatting:
    """The dominant font size and line spacing of the introduction, body and conclusion.

    Paragraphs and list items only: headings, captions, tables and contents entries
    have their own formatting by design. A paragraph split by a page break gives
    several blocks with one location, so each paragraph counts once.
    """
    sizes: Counter[int] = Counter()
    spacings: Counter[LineSpacing] = Counter()
    seen: set[int] = set()
    for block in document.blocks:
        index = block.location.index
        if (
            block.section not in _RUNNING_TEXT
            or block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
            or block.location.part != part
            or index is None
            or index in seen
            or index not in formats
        ):
            continue
        seen.add(index)
        measured = formats[index]
        sizes.update(measured.sizes)
        characters = sum(measured.sizes.values())
        if characters:
            spacings[measured.spacing] += characters
    total = sum(sizes.values())
    size, size_chars = sizes.most_common(1)[0] if total else (None, 0)
    spacing, spacing_chars = spacings.most_common(1)[0] if total else (None, 0)
    return BodyFormatting(
        characters=total,
        font_size=size / 2 if size is not None else None,
        font_size_characters=size_chars,
        line_spacing=spacing,
        line_spacing_characters=spacing_chars,
    )


def _suppressions(comments: tuple[Comment, ...]) -> tuple[Suppression, ...]:
    """Word comments whose whole text is ``eecheck: ignore CODE[, CODE…]``."""
    found: list[Suppression] = []
    for index, comment in enumerate(comments):
        codes = parse_directive(comment.text)
        if codes is not None:
            found.append(
                Suppression(codes=codes, text=comment.text, location=Location(part=COMMENTS_PART, index=index))
            )
    return tuple(found)
