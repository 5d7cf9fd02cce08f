"""The Markdown reader: CommonMark (markdown-it-py) into the document model.

Supports YAML front matter (``title``, ``research_question``, ``subject``,
``word_count``; any other key becomes a title-page line "key: value"), ATX
and setext headings, paragraphs, lists, block quotes, GFM tables, footnotes
(``[^label]`` references and definitions, inline ``^[…]`` notes),
``\\newpage`` and raw page-break blocks, ``<sup>n</sup>`` typed note marks,
and bold standalone lines used as headings. Every block keeps its 1-based line number.

Pandoc citations (``[@key, p. 33]``, ``@key [p. 33]``, ``[-@key]``; see
:mod:`eecheck.readers.pandoc_cite`) in the text and in notes become
``Document.field_citations``, resolved against the bibliography files named by
the front matter's ``bibliography:`` (relative to the essay's folder; BibTeX,
CSL-JSON or CSL-YAML) and its inline ``references:``. Those records are
``Document.source_records``; a file that is missing or unreadable is a reader
warning. In-text ``@name`` is a citation only in an essay that declares a
bibliography or uses a bracketed citation somewhere, so a plain essay's
"@handle" is text. Pandoc's own metadata keys (``bibliography``, ``csl``,
``nocite``, …) are not title-page lines.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from eecheck.errors import InputError
from eecheck.model import (
    BlockKind,
    CitedItem,
    Document,
    HeadingSource,
    Location,
    NoteKind,
    NoteRef,
    SourceRecord,
    Suppression,
)
from eecheck.readers.assemble import FrontMatter, RawBlock, RawCitation, RawNote, assemble
from eecheck.readers.pandoc_cite import PandocCitation, find_citations
from eecheck.readers.sources import first_by_key, from_csl_list, load_bibliography
from eecheck.text.suppression import MARKDOWN_COMMENT, parse_directive

_PAGE_BREAK_COMMANDS = re.compile(r"^\s*\\(?:newpage|pagebreak|clearpage)\s*$")
_HTML_PAGE_BREAK = re.compile(r"page-break-(?:before|after)\s*:\s*always|<!--\s*page\s*-?break\s*-->", re.IGNORECASE)
_DANGLING_REF = re.compile(r"\[\^([^\]\s]+)\]")
_PART = "markdown"


def _parser() -> MarkdownIt:
    # footnote_tail would move definitions to the end and silently drop the
    # ones nothing references; with it off, every definition stays where it
    # was written, with its line, and unreferenced ones can be reported.
    return (
        MarkdownIt("commonmark").enable("table").use(front_matter_plugin).use(footnote_plugin).disable("footnote_tail")
    )


def decode_markdown(data: bytes) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused."""
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(
            "binary", "the file holds binary data, not Markdown text", "check that this is the essay's .md file"
        )
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(
                    "undecodable", f"the text is not valid {codec.upper()}", "save the file as UTF-8"
                ) from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            "undecodable",
            f"the text is not UTF-8 (bad byte at position {exc.start})",
            "save the file as UTF-8 (most editors: Save As › Encoding › UTF-8)",
        ) from exc


class _InlineText:
    """Plain text of an inline token, with note refs, bold and superscripts."""

    def __init__(self, token: Token, notes_by_id: dict[int, str]) -> None:
        self.parts: list[str] = []
        self.refs: list[NoteRef] = []
        self.superscripts: list[tuple[int, int]] = []
        self.bold_chars = 0
        self.plain_chars = 0
        self.code_spans: list[tuple[int, int]] = []
        self.line = (token.map[0] + 1) if token.map else None
        strong = 0
        sup_start: int | None = None
        for child in token.children or []:
            length = sum(len(p) for p in self.parts)
            if child.type == "text" or child.type == "code_inline":
                text = child.content
                removed = 0
                for match in _DANGLING_REF.finditer(text):
                    # An undefined "[^x]" stays a reference, to a note that does not exist:
                    # assembly reports it as dangling, at its place in the block.
                    self.refs.append(NoteRef(note_id=f"md:{match.group(1)}", offset=length + match.start() - removed))
                    removed += match.end() - match.start()
                text = _DANGLING_REF.sub("", text)
                self.parts.append(text)
                if child.type == "code_inline":
                    self.code_spans.append((length, length + len(text)))
                if text.strip():
                    if strong:
                        self.bold_chars += len(text.strip())
                    else:
                        self.plain_chars += len(text.strip())
            elif child.type in ("softbreak", "hardbreak"):
                self.parts.append("\n")
            elif child.type == "strong_open":
                strong += 1
            elif child.type == "strong_close":
                strong -= 1
            elif child.type == "footnote_ref":
                note_id = notes_by_id.get(child.meta["id"], f"md-{child.meta['id']}")
                self.refs.append(NoteRef(note_id=note_id, offset=length))
            elif child.type == "html_inline":
                tag = child.content.strip().lower()
                if tag == "<sup>":
                    sup_start = length
                elif tag == "</sup>" and sup_start is not None:
                    self.superscripts.append((sup_start, length))
                    sup_start = None
                elif tag.startswith("<br"):
                    self.parts.append("\n")
            elif child.type == "image":
                continue
        self.text = "".join(self.parts)
        self.citations: list[PandocCitation] = find_citations(self.text, exclude=self.code_spans)

    @property
    def all_bold(self) -> bool:
        return self.bold_chars > 0 and self.plain_chars == 0


def read_markdown(path: str | Path) -> Document:
    """Read a Markdown essay into the document model (raises InputError)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except PermissionError as exc:
        raise InputError("permission-denied", "permission denied", "make the file readable") from exc
    return read_markdown_text(decode_markdown(data), path=str(path))


def read_markdown_text(source: str, *, path: str = "<string>") -> Document:
    md = _parser()
    env: dict = {}
    tokens = md.parse(source, env)
    # footnote_ref tokens carry a per-parse integer id; the env maps it to a
    # label (named notes) or to the inline note's own tokens (^[...]).
    note_list = env.get("footnotes", {}).get("list", {})
    notes_by_id = {
        i: (f"md:{entry['label']}" if "label" in entry else f"md-inline-{i}") for i, entry in note_list.items()
    }

    front = _front_matter(tokens, path)
    cites = _Citations(_front_matter_data(tokens), path)
    raw_blocks: list[RawBlock] = []
    raw_notes: list[RawNote] = []

    heading: tuple[int, int] | None = None
    list_stack: list[dict] = []
    in_table = False
    table_rows: list[list[str]] = []
    table_refs: list[NoteRef] = []
    table_citations: list[RawCitation] = []
    table_line = 0
    note_stack: list[dict] = []

    for i, token in enumerate(tokens):
        ttype = token.type
        if ttype == "footnote_reference_open":
            note_stack.append(
                {
                    "label": token.meta["label"],
                    "texts": [],
                    "inlines": [],
                    "line": (token.map[0] + 1) if token.map else None,
                }
            )
            continue
        if ttype == "footnote_reference_close":
            note = note_stack.pop()
            label = note["label"]
            raw_notes.append(
                RawNote(
                    id=f"md:{label}",
                    kind=NoteKind.MARKDOWN,
                    text="\n".join(t for t in note["texts"] if t.strip()).strip(),
                    location=Location(part=_PART, line=note["line"]),
                    label=label,
                    citations=cites.of_note(note["inlines"]),
                )
            )
            continue
        if note_stack:
            if ttype == "inline":
                note_inline = _InlineText(token, notes_by_id)
                note_stack[-1]["texts"].append(note_inline.text)
                note_stack[-1]["inlines"].append(note_inline)
            continue
        if ttype == "heading_open":
            heading = (int(token.tag[1]), (token.map[0] + 1) if token.map else 0)
        elif ttype == "heading_close":
            heading = None
        elif ttype in ("bullet_list_open", "ordered_list_open"):
            start = int(token.attrGet("start") or 1) if ttype == "ordered_list_open" else None
            list_stack.append({"ordered": start is not None, "next": start or 1, "items": _count_items(tokens, i)})
        elif ttype in ("bullet_list_close", "ordered_list_close"):
            list_stack.pop()
        elif ttype == "list_item_open":
            list_stack[-1]["current"] = list_stack[-1]["next"]
            list_stack[-1]["next"] += 1
        elif ttype == "table_open":
            in_table, table_rows, table_refs, table_citations = True, [], [], []
            table_line = (token.map[0] + 1) if token.map else 0
        elif ttype == "tr_open":
            table_rows.append([])
        elif ttype == "table_close":
            in_table = False
            raw_blocks.append(
                RawBlock(
                    BlockKind.TABLE,
                    "\n".join("\t".join(row) for row in table_rows),
                    Location(part=_PART, line=table_line),
                    note_refs=table_refs,
                    may_be_form_heading=False,
                    citations=table_citations,
                )
            )
        elif ttype == "inline":
            inline = _InlineText(token, notes_by_id)
            line = (token.map[0] + 1) if token.map else 0
            if in_table:
                offset = (
                    sum(len("\t".join(r)) + 1 for r in table_rows[:-1])
                    + len("\t".join(table_rows[-1]))
                    + (1 if table_rows[-1] else 0)
                )
                table_refs.extend(NoteRef(r.note_id, offset + r.offset) for r in inline.refs)
                cites.of(inline, shift=offset, into=table_citations)
                table_rows[-1].append(inline.text)
                continue
            location = Location(part=_PART, line=line)
            if heading is not None:
                raw_blocks.append(
                    RawBlock(
                        BlockKind.HEADING,
                        inline.text,
                        location,
                        level=heading[0],
                        heading_source=HeadingSource.STYLE,
                        note_refs=inline.refs,
                        superscripts=inline.superscripts,
                        citations=cites.of(inline),
                    )
                )
            elif _PAGE_BREAK_COMMANDS.match(inline.text):
                raw_blocks.append(RawBlock(BlockKind.PAGE_BREAK, "", location))
            elif list_stack:
                current = list_stack[-1]
                if current["ordered"] and current["items"] == 1 and len(list_stack) == 1:
                    # "1. Introduction" alone is a typed numbered heading, not a list.
                    raw_blocks.append(
                        RawBlock(
                            BlockKind.PARAGRAPH,
                            f"{current['current']}. {inline.text}",
                            location,
                            note_refs=[
                                NoteRef(r.note_id, r.offset + len(f"{current['current']}. ")) for r in inline.refs
                            ],
                            all_bold=inline.all_bold,
                            citations=cites.of(inline, shift=len(f"{current['current']}. ")),
                        )
                    )
                    continue
                raw_blocks.append(
                    RawBlock(
                        BlockKind.LIST_ITEM,
                        inline.text,
                        location,
                        note_refs=inline.refs,
                        superscripts=inline.superscripts,
                        list_ordinal=current.get("current") if current["ordered"] else None,
                        may_be_form_heading=False,
                        citations=cites.of(inline),
                    )
                )
            else:
                raw_blocks.append(
                    RawBlock(
                        BlockKind.PARAGRAPH,
                        inline.text,
                        location,
                        note_refs=inline.refs,
                        all_bold=inline.all_bold,
                        superscripts=inline.superscripts,
                        citations=cites.of(inline),
                    )
                )
        elif ttype == "html_block" and _HTML_PAGE_BREAK.search(token.content):
            raw_blocks.append(
                RawBlock(BlockKind.PAGE_BREAK, "", Location(part=_PART, line=(token.map[0] + 1) if token.map else None))
            )
        elif ttype in ("fence", "code_block"):
            raw_blocks.append(
                RawBlock(
                    BlockKind.PARAGRAPH,
                    token.content,
                    Location(part=_PART, line=(token.map[0] + 1) if token.map else None),
                    may_be_form_heading=False,
                )
            )
    raw_notes.extend(_inline_notes(note_list, raw_blocks, cites))
    cites.finish()
    return assemble(
        path=path,
        fmt="markdown",
        raw_blocks=raw_blocks,
        raw_notes=raw_notes,
        front_matter=front,
        suppressions=_suppressions(source, tokens),
        warnings=cites.warnings,
        source_records=cites.records,
    )


def _suppressions(source: str, tokens: list) -> tuple[Suppression, ...]:
    """``<!-- eecheck: ignore CODE -->`` comments anywhere except inside code."""
    code_lines: set[int] = set()
    for token in tokens:
        if token.type in ("fence", "code_block") and token.map:
            code_lines.update(range(token.map[0], token.map[1]))
    found: list[Suppression] = []
    for match in MARKDOWN_COMMENT.finditer(source):
        line = source.count("\n", 0, match.start())
        codes = parse_directive(match.group(1))
        if codes is None or line in code_lines:
            continue
        found.append(Suppression(codes=codes, text=match.group(0), location=Location(part=_PART, line=line + 1)))
    return tuple(found)


def _inline_notes(note_list: dict[int, dict], blocks: list[RawBlock], cites: _Citations | None = None) -> list[RawNote]:
    """Inline notes ``^[...]`` have no definition; they sit where they are referenced."""
    lines: dict[str, int | None] = {}
    for block in blocks:
        for ref in block.note_refs:
            lines.setdefault(ref.note_id, block.location.line)
    notes = []
    for i, entry in note_list.items():
        if "label" in entry:
            continue
        note_id = f"md-inline-{i}"
        text = "".join(t.content for t in entry.get("tokens", []) if t.type in ("text", "code_inline"))
        location = Location(part=_PART, line=lines.get(note_id))
        notes.append(
            RawNote(
                id=note_id,
                kind=NoteKind.MARKDOWN,
                text=text.strip(),
                location=location,
                citations=cites.of_inline_note(entry.get("tokens", []), location) if cites is not None else [],
            )
        )
    return notes


def _count_items(tokens: list[Token], start: int) -> int:
    """How many items the list opened at ``start`` has (direct children only)."""
    depth = 0
    items = 0
    for token in tokens[start:]:
        if token.type in ("bullet_list_open", "ordered_list_open"):
            depth += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
            if depth == 0:
                break
        elif token.type == "list_item_open" and depth == 1:
            items += 1
    return items


# Pandoc's citation metadata: instructions to pandoc, never printed on the title page.
_PANDOC_CITATION_KEYS = frozenset(
    {
        "bibliography",
        "references",
        "csl",
        "citation-style",
        "citation-abbreviations",
        "nocite",
        "link-citations",
        "link-bibliography",
        "suppress-bibliography",
        "reference-section-title",
        "notes-after-punctuation",
        "citeproc",
    }
)


def _other_front_matter(data: dict) -> tuple[str, ...]:
    """Keys other than the four title-page fields, as the lines a title page would show."""
    lines = []
    for key, value in data.items():
        if key in ("title", "research_question", "subject", "word_count") or value is None:
            continue
        if key in _PANDOC_CITATION_KEYS:
            continue
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value if v is not None and not isinstance(v, (dict, list)))
        elif isinstance(value, dict):
            continue
        if str(value).strip():
            lines.append(f"{key}: {str(value).strip()}")
    return tuple(lines)


def _front_matter_data(tokens: list[Token]) -> dict | None:
    """The front matter as data (None when there is none, or it is not a mapping or not YAML)."""
    for token in tokens:
        if token.type == "front_matter":
            try:
                data = yaml.safe_load(token.content)
            except yaml.YAMLError:
                return None  # _front_matter reports it
            return data if isinstance(data, dict) else None
    return None


class _Citations:
    """Pandoc citations of one essay, resolved against its bibliography files and ``references:``."""

    def __init__(self, front: dict | None, path: str) -> None:
        self.warnings: list[str] = []
        records: list[SourceRecord] = []
        front = front or {}
        self.declared = any(front.get(key) for key in ("bibliography", "references"))
        files = front.get("bibliography")
        if isinstance(files, str):
            files = [files]
        if files is not None and not (isinstance(files, list) and all(isinstance(f, str) for f in files)):
            self.warnings.append("front matter: bibliography: is not a file name or a list of file names")
            files = []
        base = Path(path).parent
        for name in files or []:
            found, problems = load_bibliography(base / name, name)
            records.extend(found)
            self.warnings.extend(problems)
        if front.get("references") is not None:
            found, problems = from_csl_list(front["references"])
            records.extend(found)
            self.warnings.extend(f"front matter references: {problem}" for problem in problems)
        self.records = tuple(records)
        self.by_key = first_by_key(records)
        self._in_text: list[tuple[list[RawCitation], RawCitation]] = []
        self._bracketed = False

    def _make(self, inline: _InlineText, found: PandocCitation, offset: int, location: Location) -> RawCitation:
        items = tuple(
            CitedItem(key=item.key, record=self.by_key.get(item.key), locator=item.locator) for item in found.items
        )
        return RawCitation("pandoc", items, inline.text[found.start : found.end], offset, location)

    def _line(self, inline: _InlineText, found: PandocCitation) -> int | None:
        return None if inline.line is None else inline.line + inline.text.count("\n", 0, found.start)

    def of(self, inline: _InlineText, *, shift: int = 0, into: list[RawCitation] | None = None) -> list[RawCitation]:
        """The citations of a block's inline text (``shift``: where that text starts in the block's text).

        They are appended to ``into`` (a table's list, filled cell by cell) or to a new list.
        """
        made: list[RawCitation] = [] if into is None else into
        for found in inline.citations:
            location = Location(part=_PART, line=self._line(inline, found))
            made.append(self._make(inline, found, shift + found.start, location))
            self._track(made, made[-1], found)
        return made

    def of_note(self, inlines: list[_InlineText]) -> list[RawCitation]:
        """A note definition's citations, offsets in its text (paragraphs joined by newlines, then stripped)."""
        made: list[RawCitation] = []
        start = 0
        kept = [inline for inline in inlines if inline.text.strip()]
        lead = len(kept[0].text) - len(kept[0].text.lstrip()) if kept else 0
        for inline in kept:
            for found in inline.citations:
                location = Location(part=_PART, line=self._line(inline, found))
                made.append(self._make(inline, found, max(0, start + found.start - lead), location))
                self._track(made, made[-1], found)
            start += len(inline.text) + 1
        return made

    def of_inline_note(self, tokens: list[Token], location: Location) -> list[RawCitation]:
        """An inline note ``^[…]``: its text is its text and code tokens, joined and stripped."""
        parts: list[str] = []
        code: list[tuple[int, int]] = []
        for token in tokens:
            if token.type in ("text", "code_inline"):
                if token.type == "code_inline":
                    length = sum(len(p) for p in parts)
                    code.append((length, length + len(token.content)))
                parts.append(token.content)
        text = "".join(parts)
        lead = len(text) - len(text.lstrip())
        made: list[RawCitation] = []
        for found in find_citations(text, exclude=code):
            items = tuple(
                CitedItem(key=item.key, record=self.by_key.get(item.key), locator=item.locator) for item in found.items
            )
            made.append(RawCitation("pandoc", items, text[found.start : found.end], found.start - lead, location))
            self._track(made, made[-1], found)
        return made

    def _track(self, owner: list[RawCitation], citation: RawCitation, found: PandocCitation) -> None:
        if found.in_text:
            self._in_text.append((owner, citation))
        else:
            self._bracketed = True

    def finish(self) -> None:
        """An essay with no bibliography and no bracketed citation has no pandoc citations: "@name" is text."""
        if self.declared or self._bracketed:
            return
        for owner, citation in self._in_text:
            owner[:] = [c for c in owner if c is not citation]


def _front_matter(tokens: list[Token], path: str) -> FrontMatter | None:
    for token in tokens:
        if token.type != "front_matter":
            continue
        try:
            data = yaml.safe_load(token.content)
        except yaml.YAMLError as exc:
            raise InputError(
                "bad-front-matter",
                f"the YAML front matter cannot be read ({exc.__class__.__name__})",
                "fix the header between the --- lines",
            ) from exc
        if not isinstance(data, dict):
            return None

        fields = {key: data.get(key) for key in ("title", "research_question", "subject", "word_count")}
        text = {key: None if value is None else str(value).strip() for key, value in fields.items()}
        return FrontMatter(
            title=text["title"],
            research_question=text["research_question"],
            subject=text["subject"],
            word_count=text["word_count"],
            other=_other_front_matter(data),
        )
    return None
