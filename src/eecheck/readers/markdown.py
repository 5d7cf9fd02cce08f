"""The Markdown reader: CommonMark (markdown-it-py) into the document model.

Supports YAML front matter (``title``, ``research_question``, ``subject``,
``word_count``; any other key becomes a title-page line "key: value"), ATX
and setext headings, paragraphs, lists, block quotes, GFM tables, footnotes
(``[^label]`` references and definitions, inline ``^[…]`` notes),
``\\newpage`` and raw page-break blocks, ``<sup>n</sup>`` typed note marks,
and bold standalone lines used as headings. Every block keeps its 1-based line number.
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
from eecheck.model import BlockKind, Document, HeadingSource, Location, NoteKind, NoteRef, Suppression
from eecheck.readers.assemble import FrontMatter, RawBlock, RawNote, assemble
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
        self.dangling: list[tuple[str, int]] = []
        self.bold_chars = 0
        self.plain_chars = 0
        line = (token.map[0] + 1) if token.map else None
        strong = 0
        sup_start: int | None = None
        for child in token.children or []:
            length = sum(len(p) for p in self.parts)
            if child.type == "text" or child.type == "code_inline":
                text = child.content
                for match in _DANGLING_REF.finditer(text):
                    self.dangling.append((match.group(1), line or 0))
                text = _DANGLING_REF.sub("", text)
                self.parts.append(text)
                if text.strip():
                    if strong:
                        self.bold_chars += len(text.strip())
                    else:
                        self.plain_chars += len(text.strip())
            elif child.type in ("softbreak", "hardbreak"):
                self.parts.append("\n")
                if line is not None:
                    line += 1
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
    raw_blocks: list[RawBlock] = []
    raw_notes: list[RawNote] = []
    block_dangling: list[tuple[str, int, Location]] = []

    heading: tuple[int, int] | None = None
    list_stack: list[dict] = []
    in_table = False
    table_rows: list[list[str]] = []
    table_refs: list[NoteRef] = []
    table_line = 0
    note_stack: list[dict] = []

    for i, token in enumerate(tokens):
        ttype = token.type
        if ttype == "footnote_reference_open":
            note_stack.append(
                {"label": token.meta["label"], "texts": [], "line": (token.map[0] + 1) if token.map else None}
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
                )
            )
            continue
        if note_stack:
            if ttype == "inline":
                note_stack[-1]["texts"].append(_InlineText(token, notes_by_id).text)
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
            in_table, table_rows, table_refs = True, [], []
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
                table_rows[-1].append(inline.text)
                continue
            location = Location(part=_PART, line=line)
            for label, _ in inline.dangling:
                block_dangling.append((label, len(raw_blocks), location))
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
    raw_notes.extend(_inline_notes(note_list, raw_blocks))
    return assemble(
        path=path,
        fmt="markdown",
        raw_blocks=raw_blocks,
        raw_notes=raw_notes,
        front_matter=front,
        dangling_labels=block_dangling,
        suppressions=_suppressions(source, tokens),
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


def _inline_notes(note_list: dict[int, dict], blocks: list[RawBlock]) -> list[RawNote]:
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
        notes.append(
            RawNote(
                id=note_id,
                kind=NoteKind.MARKDOWN,
                text=text.strip(),
                location=Location(part=_PART, line=lines.get(note_id)),
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


def _other_front_matter(data: dict) -> tuple[str, ...]:
    """Keys other than the four title-page fields, as the lines a title page would show."""
    lines = []
    for key, value in data.items():
        if key in ("title", "research_question", "subject", "word_count") or value is None:
            continue
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value if v is not None and not isinstance(v, (dict, list)))
        elif isinstance(value, dict):
            continue
        if str(value).strip():
            lines.append(f"{key}: {str(value).strip()}")
    return tuple(lines)


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
