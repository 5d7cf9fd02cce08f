"""The Markdown reader: CommonMark (markdown-it-py) into the document model.

Supports YAML front matter (``title``, ``research_question``, ``subject``,
``word_count``; any other key becomes a title-page line "key: value"), ATX
and setext headings, paragraphs, lists, block quotes, GFM tables, footnotes
(``[^label]`` references and definitions, inline ``^[…]`` notes),
``\\newpage`` and raw page-break blocks, ``<sup>n</sup>`` typed note marks,
and bold standalone lines used as headings. Every block keeps its 1-based line number.

Pandoc Markdown is read as pandoc reads it where that changes the words:

* **Smart typography** (pandoc's ``smart``): in text, ``---`` is an em dash,
  ``--`` an en dash and ``...`` an ellipsis, read left to right (``----`` is an
  em dash and a hyphen), in the body, in notes and in the front matter's
  strings; never in code, autolinks, bare URLs, math, raw HTML or TeX, nor
  after a backslash (``\\-\\-``). Four or more dots are a contents-page leader
  and stay dots. Straight quotes stay straight. A line of ``---`` is a
  thematic break or a front-matter fence, as before.
* **Superscripts and subscripts** ``^1,2^`` and ``H~2~O`` (no unescaped space
  inside; ``^^`` is text): the text is kept, and a superscript's span is
  recorded as ``<sup>…</sup>`` is, so ``^1^`` can be a typed note mark.
  ``~~struck~~`` is strikethrough (text kept).
* **Math is not prose** (the IB does not count equations): inline ``$…$``
  under pandoc's rule (no space just inside either dollar, no digit just
  after the closing one, so "$5 and $10" stays text; ``\\$`` is a dollar),
  ``$$…$$`` inline or on its own lines, and ``\\[…\\]`` when it opens a line
  and closes one (inline ``\\[sic\\]`` is the escaped brackets pandoc writes
  for "[sic]"; ``\\(…\\)`` is not math, as in pandoc, whose
  ``tex_math_single_backslash`` is off by default: its own writer escapes the
  label "(1)" of a numbered reference list as ``\\(1\\)``), and amsmath environments (``\\begin{equation}``,
  ``align`` …) are removed. Removed inline math leaves one space where the
  words either side would otherwise touch, and nothing more.
* **Raw TeX and HTML are not prose**: a ``\\begin{env}…\\end{env}`` block (blank
  lines inside allowed), and a line made only of TeX commands
  (``\\tableofcontents``, ``\\vspace{1cm}``, ``\\section{…}``) are dropped; so are
  HTML blocks (``<div>``, ``<table>``, ``<figure>``, ``<img>``). Inside a line, a
  TeX command's name and options are dropped; the text of formatting commands
  is kept (``\\textbf{word}``, ``\\emph``, ``\\textit``, ``\\underline``,
  ``\\textsc`` …; the last argument of ``\\textcolor``, ``\\href``,
  ``\\foreignlanguage``), citations, cross-references and labels
  (``\\cite{…}`` and its biblatex and natbib kin, ``\\ref``, ``\\eqref``,
  ``\\label`` …) and layout commands (``\\vspace``, ``\\includegraphics`` …) go
  whole, and any other command keeps the text of its braces, so no prose is
  lost to a command eecheck does not know. Inline HTML tags are dropped and
  their text kept (``<sup>`` and ``<br>`` keep their meaning). ``\\newpage``,
  ``\\pagebreak`` and ``\\clearpage`` paragraphs are still page breaks, and
  ``<!-- eecheck: ignore … -->`` comments still suppressions.

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
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

import yaml
from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from mdit_py_plugins.amsmath import amsmath_block
from mdit_py_plugins.dollarmath import dollarmath_plugin
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin
from mdit_py_plugins.subscript import sub_plugin
from mdit_py_plugins.superscript import superscript_plugin

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
    md = (
        MarkdownIt("commonmark")
        .enable(["table", "strikethrough"])
        .use(front_matter_plugin)
        .use(footnote_plugin)
        .disable("footnote_tail")
        # pandoc's superscript and subscript extensions (the plugins follow its rule:
        # no unescaped whitespace inside, nothing empty, so "^^" stays text)
        .use(superscript_plugin)
        .use(sub_plugin)
        # pandoc's tex_math_dollars: no space just inside either "$", no digit just
        # after the closing one ("$5 and $10" is money), "$$…$$" inline too, no
        # blank line inside "$$…$$", and no "(label)" after it (pandoc has none)
        .use(
            dollarmath_plugin,
            allow_labels=False,
            allow_space=False,
            allow_digits=False,
            allow_blank_lines=False,
            double_inline=True,
        )
    )
    # amsmath environments (\begin{equation} …) as the plugin reads them, but only
    # where the environment is closed: the plugin looks for the end line by line,
    # which is quadratic over a file of unclosed ones.
    md.block.ruler.before(
        "blockquote",
        "amsmath",
        _amsmath_closed,
        {"alt": ["paragraph", "reference", "blockquote", "list", "footnote_def"]},
    )
    md.inline.ruler.before("escape", "math_backslash", _math_backslash)
    md.inline.ruler.before("escape", "raw_tex", _raw_tex_inline)
    md.block.ruler.after(
        "amsmath",
        "raw_tex_block",
        _raw_tex_block,
        {"alt": ["paragraph", "reference", "blockquote", "list", "footnote_def"]},
    )
    # Before text_join, so the characters of escapes ("\-\-") are still tokens of their own.
    md.core.ruler.before("text_join", "smart_punctuation", _smart_core)
    return md


# --- pandoc's smart typography -------------------------------------------------

# Four or more dots are a leader ("Introduction .......... 3"), kept as typed so the
# contents page is still found; pandoc would make them an ellipsis and dots.
_SMART = re.compile(r"\.{4,}|---|--|\.\.\.")
_SMART_CHAR = {"---": "\u2014", "--": "\u2013", "...": "\u2026"}
_BARE_URL = re.compile(r"(?:https?|ftp)://\S+|www\.\S+", re.IGNORECASE)


def _smart_char(match: re.Match[str]) -> str:
    return _SMART_CHAR.get(match.group(0), match.group(0))


def smart_punctuation(text: str) -> str:
    """``---`` → em dash, ``--`` → en dash, ``...`` → ellipsis, left to right, outside bare URLs.

    Pandoc's ``smart`` extension without its quotes: straight quotes stay as typed.
    """
    if "--" not in text and "..." not in text:
        return text
    out: list[str] = []
    cursor = 0
    for url in _BARE_URL.finditer(text):
        out.append(_SMART.sub(_smart_char, text[cursor : url.start()]))
        out.append(url.group(0))
        cursor = url.end()
    out.append(_SMART.sub(_smart_char, text[cursor:]))
    return "".join(out)


def _smart_tokens(tokens: list[Token]) -> None:
    in_autolink = 0
    for token in tokens:
        if token.type == "link_open" and token.markup == "autolink":
            in_autolink += 1
        elif token.type == "link_close" and token.markup == "autolink":
            in_autolink -= 1
        elif token.type == "text" and not in_autolink:
            token.content = smart_punctuation(token.content)


def _smart_core(state: StateCore) -> None:
    """Smart punctuation in every text token: the body, note definitions and inline notes."""
    for token in state.tokens:
        if token.type == "inline" and token.children:
            _smart_tokens(token.children)
    for entry in state.env.get("footnotes", {}).get("list", {}).values():
        if entry.get("tokens"):
            _smart_tokens(entry["tokens"])


# --- math and raw TeX ------------------------------------------------------------


def _line_start(src: str, pos: int) -> bool:
    """Nothing but spaces and tabs between the start of its line and ``pos``."""
    i = pos - 1
    while i >= 0 and src[i] in " \t":
        i -= 1
    return i < 0 or src[i] == "\n"


@lru_cache(maxsize=8)
def _positions(src: str, needle: str) -> list[int]:
    """Where ``needle`` stands in ``src`` (cached: one scan per parse, not one per candidate)."""
    found: list[int] = []
    at = src.find(needle)
    while at >= 0:
        found.append(at)
        at = src.find(needle, at + 1)
    return found


def _math_backslash(state: StateInline, silent: bool) -> bool:
    """``\\[…\\]`` display math when it opens and closes lines.

    Only whole lines: inside a line it is the escaped brackets pandoc's own
    Markdown writer makes of "[sic]" or an IEEE label "[1]". ``\\(…\\)`` is
    never math (pandoc's ``tex_math_single_backslash`` is off by default, and
    its writer escapes an ACS label "(1)" as ``\\(1\\)``).
    """
    src, pos = state.src, state.pos
    if not src.startswith("\\[", pos):
        return False
    close, kind = "\\]", "math_inline_double"
    closes = _positions(src, close)
    at = bisect_left(closes, pos + 2)
    end = closes[at] if at < len(closes) else -1
    if end < 0 or end + 2 > state.posMax or not src[pos + 2 : end].strip():
        return False
    after = end + 2
    if not _line_start(src, pos):
        return False
    line_end = src.find("\n", after)
    if src[after : len(src) if line_end < 0 else line_end].strip(" \t"):
        return False
    if not silent:
        token = state.push(kind, "math", 0)
        token.content = src[pos + 2 : end]
        token.markup = src[pos : pos + 2]
    state.pos = after
    return True


_TEX_COMMAND = re.compile(r"\\([A-Za-z]+)\*?")
_TEX_ENVIRONMENT = re.compile(r"\\(begin|end)\{([^{}\s]+)\}")
# Commands whose argument is the text they set.
_TEX_TEXT = frozenset(
    """textbf textit emph textsl textsc texttt textsf textrm textup textmd textnormal underline uline
    uuline sout xout hl mbox makebox fbox text enquote mkbibquote mkbibemph textsuperscript
    textsubscript url""".split()
)
# Commands whose last argument is the text ("\textcolor{red}{text}", "\href{url}{text}").
_TEX_LAST_ARG = frozenset("textcolor colorbox href foreignlanguage textlang".split())
# Commands that set no prose: citations, cross-references, labels, layout, files, preamble.
_TEX_DROP = frozenset(
    """ref eqref pageref autoref cref Cref vref nameref labelcref label index glossary
    includegraphics input include subfile usepackage documentclass bibliography bibliographystyle
    addbibresource printbibliography vspace hspace vskip hskip setlength addtolength setcounter
    addtocounter stepcounter pagestyle thispagestyle pagenumbering newcommand renewcommand
    providecommand DeclareMathOperator footnotemark phantom hphantom vphantom rule color caption
    captionof begin end newpage pagebreak clearpage cleardoublepage""".split()
)
_TEX_CITE = re.compile(r"^(?:[A-Za-z]*cite[A-Za-z]*|nocite)$", re.IGNORECASE)


@lru_cache(maxsize=8)
def _brace_pairs(src: str) -> dict[int, int]:
    """Each ``{`` of ``src`` and its closing ``}`` (``\\{`` is no brace; no pair spans a blank line)."""
    pairs: dict[int, int] = {}
    stack: list[int] = []
    i, length = 0, len(src)
    while i < length:
        char = src[i]
        if char == "\\":
            i += 2
            continue
        if char == "{":
            stack.append(i)
        elif char == "}" and stack:
            pairs[stack.pop()] = i
        elif char == "\n" and src.startswith("\n", i + 1):
            stack.clear()
        i += 1
    return pairs


@lru_cache(maxsize=8)
def _environment_ends(src: str) -> dict[int, int]:
    """Each ``\\begin{env}`` of ``src`` (by its position) and where its matching ``\\end{env}`` ends."""
    ends: dict[int, int] = {}
    open_at: dict[str, list[int]] = {}
    for found in _TEX_ENVIRONMENT.finditer(src):
        stack = open_at.setdefault(found.group(2), [])
        if found.group(1) == "begin":
            stack.append(found.start())
        elif stack:
            ends[stack.pop()] = found.end()
    return ends


def _balanced(src: str, pos: int, limit: int) -> int | None:
    """The index of the ``}`` closing the ``{`` at ``pos``, before ``limit``."""
    close = _brace_pairs(src).get(pos)
    return close if close is not None and close < limit else None


def _tex_command(src: str, pos: int, limit: int) -> tuple[int, str, list[str]] | None:
    """The command at ``pos``: where it ends, its name, its brace arguments (options skipped)."""
    match = _TEX_COMMAND.match(src, pos, limit)
    if match is None:
        return None
    name = match.group(1)
    i = match.end()
    args: list[str] = []
    while i < limit:
        if src[i] == "[":
            close = src.find("]", i + 1, limit)
            if close < 0 or "\n" in src[i:close] or "[" in src[i + 1 : close]:
                break
            i = close + 1
        elif src[i] == "{":
            brace = _balanced(src, i, limit)
            if brace is None:
                break
            args.append(src[i + 1 : brace])
            i = brace + 1
        else:
            break
    if name == "begin" and args:
        # the whole environment, to its matching \end, is raw TeX
        end = _environment_ends(src).get(pos)
        if end is not None and end <= limit:
            return end, name, []
    return i, name, args


def _tex_is_text(name: str) -> bool:
    return name in _TEX_TEXT or name in _TEX_LAST_ARG


def _tex_kept(name: str, args: list[str]) -> str:
    """The text a command sets, as eecheck reads it (see the module docstring)."""
    if name in _TEX_DROP or _TEX_CITE.match(name):
        return ""
    if name in _TEX_LAST_ARG:
        return _tex_plain(args[-1]) if args else ""
    return " ".join(_tex_plain(arg) for arg in args)


def _tex_plain(tex: str) -> str:
    """The text of a TeX argument: its commands read as above, braces gone, ``\\&`` a ``&``."""
    out: list[str] = []
    i = 0
    while i < len(tex):
        char = tex[i]
        if char == "\\":
            found = _tex_command(tex, i, len(tex))
            if found is not None:
                end, name, args = found
                out.append(_tex_kept(name, args))
                i = end
                continue
            out.append(tex[i + 1 : i + 2])
            i += 2
            continue
        if char not in "{}":
            out.append("\u00a0" if char == "~" else char)
        i += 1
    return "".join(out)


def _raw_tex_inline(state: StateInline, silent: bool) -> bool:
    """A TeX command in running text (pandoc's ``raw_tex``).

    A line of nothing but commands that set no text is a raw TeX block and goes whole;
    otherwise the command goes and the text it sets stays (a ``text`` token).
    """
    src, pos, limit = state.src, state.pos, state.posMax
    found = _tex_command(src, pos, limit)
    if found is None:
        return False
    end, name, args = found
    if _line_start(src, pos):
        commands = [(name, args)]
        i = end
        while True:
            while i < limit and src[i] in " \t":
                i += 1
            if i >= limit or src[i] == "\n":
                break
            more = _tex_command(src, i, limit)
            if more is None:
                commands = []
                break
            i, more_name, more_args = more
            commands.append((more_name, more_args))
        if commands and not any(_tex_is_text(n) for n, _ in commands):
            if not silent:
                token = state.push("raw_tex", "", 0)
                token.content = src[pos:i]
            state.pos = i
            return True
    if not silent:
        kept = _tex_kept(name, args)
        if not kept:
            state.push("raw_tex", "", 0).content = src[pos:end]
        elif _tex_is_text(name):
            state.push("text", "", 0).content = kept  # "un\emph{believ}able" is one word
        else:
            # a command eecheck does not know ("\footnote{…}"): its text stands apart
            state.push("raw_tex", "", 0).content = src[pos:end]
            state.push("text", "", 0).content = kept
            state.push("raw_tex", "", 0)
    state.pos = end
    return True


def _amsmath_closed(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    begin = state.bMarks[start_line] + state.tShift[start_line]
    if not state.src.startswith("\\begin{", begin):
        return False
    end = _environment_ends(state.src).get(begin)
    line_end = state.src.find("\n", end) if end is not None else -1
    if end is None or state.src[end : len(state.src) if line_end < 0 else line_end].strip():
        return False  # the plugin wants "\end{…}" to close a line
    return amsmath_block(state, start_line, end_line, silent)


def _raw_tex_block(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    """``\\begin{env}`` at the start of a line, to its matching ``\\end{env}``: a raw TeX block."""
    if state.is_code_block(start_line):
        return False
    begin = state.bMarks[start_line] + state.tShift[start_line]
    if not state.src.startswith("\\begin{", begin):
        return False
    limit = state.eMarks[end_line - 1] if end_line > start_line else state.eMarks[start_line]
    close = _environment_ends(state.src).get(begin)
    if close is None or close > limit:
        return False
    line = start_line
    while line < end_line - 1 and state.eMarks[line] < close:
        line += 1
    if silent:
        return True
    token = state.push("raw_tex_block", "", 0)
    token.block = True
    token.content = state.getLines(start_line, line + 1, state.blkIndent, False)
    token.map = [start_line, line + 1]
    state.line = line + 1
    return True


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


# Inline tokens that are not prose: removed, leaving at most a space between the words around them.
_REMOVED_INLINE = frozenset({"math_inline", "math_inline_double", "raw_tex"})


class _InlineText:
    """Plain text of an inline token, with note refs, bold and superscripts.

    Math and raw TeX are removed (``_REMOVED_INLINE``); where the characters either
    side of one are both letters or digits a space keeps the two words apart, and where
    both are whitespace the second goes, so "the value $\\alpha$ where" reads "the value where".
    """

    def __init__(self, token: Token, notes_by_id: dict[int, str]) -> None:
        self.parts: list[str] = []
        self.refs: list[NoteRef] = []
        self.superscripts: list[tuple[int, int]] = []
        self.bold_chars = 0
        self.plain_chars = 0
        self.code_spans: list[tuple[int, int]] = []
        self.line = (token.map[0] + 1) if token.map else None
        self._length = 0
        self._gap = False
        strong = 0
        sup_start: int | None = None
        children = token.children or []
        for index, child in enumerate(children):
            ctype = child.type
            if ctype in ("text", "text_special", "code_inline"):
                text = self._after_gap(child.content)
                if ctype == "text":
                    removed = 0
                    for match in _DANGLING_REF.finditer(text):
                        # An undefined "[^x]" stays a reference, to a note that does not exist:
                        # assembly reports it as dangling, at its place in the block.
                        self.refs.append(
                            NoteRef(note_id=f"md:{match.group(1)}", offset=self._length + match.start() - removed)
                        )
                        removed += match.end() - match.start()
                    text = _DANGLING_REF.sub("", text)
                if ctype == "code_inline":
                    lead = max(0, len(text) - len(child.content))  # a space put before it
                    self.code_spans.append((self._length + lead, self._length + len(text)))
                self._append(text)
                if text.strip():
                    if strong:
                        self.bold_chars += len(text.strip())
                    else:
                        self.plain_chars += len(text.strip())
            elif ctype in ("softbreak", "hardbreak"):
                if self._gap:
                    self._trim_trailing_spaces()  # "a rate $r$" + line break: no space before the break
                self._append("\n")
            elif ctype in _REMOVED_INLINE:
                self._gap = self._gap or bool(self.parts)
            elif ctype == "strong_open":
                strong += 1
            elif ctype == "strong_close":
                strong -= 1
            elif ctype == "footnote_ref":
                note_id = notes_by_id.get(child.meta["id"], f"md-{child.meta['id']}")
                self.refs.append(NoteRef(note_id=note_id, offset=self._length))
            elif ctype == "sup_open":
                # "^…^": one text token follows (the plugin nests no markup)
                following = children[index + 1] if index + 1 < len(children) else None
                if following is not None and following.type == "text":
                    if self._after_gap(following.content).startswith(" ") and not following.content[:1].isspace():
                        self._append(" ")
                sup_start = self._length
            elif ctype == "sup_close" and sup_start is not None:
                self.superscripts.append((sup_start, self._length))
                sup_start = None
            elif ctype == "html_inline":
                tag = child.content.strip().lower()
                if tag == "<sup>":
                    sup_start = self._length
                elif tag == "</sup>" and sup_start is not None:
                    self.superscripts.append((sup_start, self._length))
                    sup_start = None
                elif tag.startswith("<br"):
                    self._append("\n")
            elif ctype == "image":
                continue
        self.text = "".join(self.parts)
        self.citations: list[PandocCitation] = find_citations(self.text, exclude=self.code_spans)

    def _append(self, text: str) -> None:
        if text:
            self.parts.append(text)
            self._length += len(text)
            self._gap = False

    def _trim_trailing_spaces(self) -> None:
        while self.parts and self.parts[-1].endswith((" ", "\t")):
            kept = self.parts[-1].rstrip(" \t")
            self._length -= len(self.parts[-1]) - len(kept)
            if kept:
                self.parts[-1] = kept
            else:
                self.parts.pop()
        self.refs = [r if r.offset <= self._length else replace(r, offset=self._length) for r in self.refs]

    def _after_gap(self, text: str) -> str:
        """``text`` as it joins the text before a removed math or TeX span."""
        if not self._gap or not text:
            return text
        before = self.parts[-1][-1:] if self.parts else ""
        if before.isspace() and text[0] in " \t":
            return text.lstrip(" \t")
        if before.isalnum() and text[0].isalnum():
            return " " + text
        return text

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
            text, superscripts = _note_text(note["inlines"])
            raw_notes.append(
                RawNote(
                    id=f"md:{label}",
                    kind=NoteKind.MARKDOWN,
                    text=text,
                    location=Location(part=_PART, line=note["line"]),
                    label=label,
                    citations=cites.of_note(note["inlines"]),
                    superscripts=superscripts,
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
            elif _PAGE_BREAK_COMMANDS.match(token.content):
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
    raw_notes.extend(_inline_notes(note_list, notes_by_id, raw_blocks, cites))
    for cache in (_positions, _brace_pairs, _environment_ends):
        cache.cache_clear()  # they hold this essay's text
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


def _inline_notes(
    note_list: dict[int, dict], notes_by_id: dict[int, str], blocks: list[RawBlock], cites: _Citations
) -> list[RawNote]:
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
        inline = _InlineText(Token("inline", "", 0, children=entry.get("tokens") or []), notes_by_id)
        location = Location(part=_PART, line=lines.get(note_id))
        notes.append(
            RawNote(
                id=note_id,
                kind=NoteKind.MARKDOWN,
                text=inline.text.strip(),
                location=location,
                citations=cites.of_inline_note(inline, location),
                superscripts=_shift(inline.superscripts, -(len(inline.text) - len(inline.text.lstrip()))),
            )
        )
    return notes


def _note_text(inlines: list[_InlineText]) -> tuple[str, list[tuple[int, int]]]:
    """A note's paragraphs joined by newlines, with their superscripts' spans in that text.

    An ACS or Vancouver note can cite by superscript number (``^3^``), so the
    spans must survive the join.
    """
    parts: list[str] = []
    superscripts: list[tuple[int, int]] = []
    at = 0
    for inline in inlines:
        if not inline.text.strip():
            continue
        superscripts.extend(_shift(inline.superscripts, at))
        parts.append(inline.text)
        at += len(inline.text) + 1
    joined = "\n".join(parts)
    text = joined.strip()
    lead = len(joined) - len(joined.lstrip())
    return text, [(start, end) for start, end in _shift(superscripts, -lead) if start >= 0 and end <= len(text)]


def _shift(spans: list[tuple[int, int]], by: int) -> list[tuple[int, int]]:
    return [(start + by, end + by) for start, end in spans]


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
            lines.append(f"{key}: {smart_punctuation(str(value).strip())}")
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

    def of_inline_note(self, inline: _InlineText, location: Location) -> list[RawCitation]:
        """An inline note ``^[…]``: offsets in its text, stripped as the note's text is."""
        lead = len(inline.text) - len(inline.text.lstrip())
        made: list[RawCitation] = []
        for found in inline.citations:
            made.append(self._make(inline, found, found.start - lead, location))
            self._track(made, made[-1], found)
        return made

    def _track(self, owner: list[RawCitation], citation: RawCitation, found: PandocCitation) -> None:
        if found.in_text:
            self._in_text.append((owner, citation))
        else:
            self._bracketed = True

    def finish(self) -> None:
        """An essay with no bibliography and no bracketed citation has no pandoc citations: "@name" is text,
        unless a locator in brackets follows it ("@suri2016 [p. 1289]"), which only a citation has."""
        if self.declared or self._bracketed:
            return
        for owner, citation in self._in_text:
            if "[" not in citation.text:
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
        # pandoc reads metadata strings as Markdown, smart typography included
        prose = {key: None if value is None else smart_punctuation(value) for key, value in text.items()}
        return FrontMatter(
            title=prose["title"],
            research_question=prose["research_question"],
            subject=prose["subject"],
            word_count=text["word_count"],
            other=_other_front_matter(data),
        )
    return None
