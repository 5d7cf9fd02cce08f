#!/usr/bin/env python3
"""Build short IB extended essays, one per citation style, with word counts known by construction.

Owns everything under ``tests/wordcount/essays/``: for each essay a Markdown
file and a DOCX file with the same content, and ``expected.json`` with the
numbers ``tests/wordcount/test_essay_counts.py`` pins. Developers run it by
hand; CI only reads the committed outputs, so CI needs neither pandoc nor this
script.

    python tests/wordcount/build_essays.py [--pandoc PANDOC]

How the expected counts are independent of eecheck
---------------------------------------------------
Every essay is written here as data. Each piece of text the IB counts (a
heading or paragraph of the abstract, introduction, body or conclusion, and
each explanatory sentence of a note) is a separate Python string. Everything
the IB does not count is a separate object that is never added: a
parenthetical citation (:class:`Cite`), a note's reference text
(:class:`Ref`), a typed note mark (:class:`Sup`), tables and captions, the
title page and contents page, bibliography entries, a typed notes list's
reference text, acknowledgements and appendices. The expected count is the
sum of :func:`words` over the counted strings, where a word is a
whitespace-separated token that contains a letter or digit, after splitting
tokens on en and em dashes. Nothing from ``eecheck`` is imported.

The outputs
-----------
* ``<slug>.md``: CommonMark with ``[^n]`` footnotes, ``<sup>n</sup>`` typed
  note marks, ``\\newpage`` page breaks, GFM tables, one paragraph per line.
* ``<slug>.docx``: made by pandoc from a pandoc-flavoured twin of the same
  text: real Word footnotes, page breaks and typed superscripts as raw
  OpenXML, contents entries in the style ``TOC 1``, the title in ``Title``.
  Body paragraphs get Word's default ``Normal`` style (pandoc's ``Body Text``
  and ``First Paragraph`` are removed), and zip members get a fixed time.
  ``manual_headings.docx`` has no heading style at all.

Made with pandoc 2.17.1.1 and Python 3.11. Sources, page numbers and figures
in the essays are plausible, not checked: the essays exist to pin the count.
"""

from __future__ import annotations

import argparse
import io
import json
import re
import sys
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT_DIR = HERE / "essays"
EXPECTED = OUT_DIR / "expected.json"

ZIP_DATE_TIME = (1980, 1, 1, 0, 0, 0)
PAGE_BREAK_OPENXML = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'
SUPERSCRIPT_OPENXML = '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>{}</w:t></w:r>'

COUNTED_PARTS = ("abstract", "introduction", "body", "conclusion")
NOT_COUNTED_PARTS = ("title-page", "contents", "acknowledgements", "bibliography", "notes-list", "appendix")

# --- the independent word rule -------------------------------------------------

_DASHES = re.compile("[\u2013\u2014]")
_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def words(text: str) -> int:
    """Whitespace-separated tokens, split again on en/em dashes, that hold a letter or digit."""
    text = text.replace("*", "")  # Markdown emphasis marks are not text
    return sum(1 for token in text.split() for part in _DASHES.split(token) if _LETTER_OR_DIGIT.search(part))


# --- essay as data -------------------------------------------------------------


@dataclass(frozen=True)
class Cite:
    """A parenthetical citation in running text: not counted."""

    text: str


@dataclass(frozen=True)
class Ref:
    """The referencing part of a note: not counted."""

    text: str


@dataclass(frozen=True)
class Note:
    """A real footnote. ``str`` pieces are explanatory sentences (counted); ``Ref`` pieces are not."""

    pieces: tuple[str | Ref, ...]


@dataclass(frozen=True)
class Sup:
    """A note number typed as a superscript in the body: not counted."""

    label: str


Inline = str | Cite | Note | Sup


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1
    form: str = "style"
    """``style`` (a heading style), ``bold`` (a bold standalone line) or ``plain`` (a typed line)."""


@dataclass(frozen=True)
class Para:
    pieces: tuple[Inline, ...]


@dataclass(frozen=True)
class Table:
    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    caption_form: str = "typed"
    """``typed`` (a paragraph "Table 1: …" above the table) or ``pandoc`` (DOCX caption style)."""


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class NotesList:
    """Where the essay's typed notes list stands (its entries are ``Essay.typed_notes``)."""


@dataclass(frozen=True)
class TypedNote:
    """An entry of a typed "Notes" list: ``str`` pieces are explanatory (counted) if the note is referenced."""

    label: str
    pieces: tuple[str | Ref, ...]


Block = Heading | Para | Table | PageBreak | NotesList


@dataclass
class Essay:
    slug: str
    title: str
    research_question: str
    subject: str
    contents: tuple[str, ...]
    style: str
    """``styled`` (heading styles) or ``manual`` (headings by form only)."""
    parts: list[tuple[str, Block]] = field(default_factory=list)
    typed_notes: tuple[TypedNote, ...] = ()
    declared_suffix: str = ""

    def add(self, part: str, *blocks: Block) -> None:
        assert part in COUNTED_PARTS or part in NOT_COUNTED_PARTS, part
        self.parts.extend((part, b) for b in blocks)


def P(*pieces: Inline) -> Para:
    return Para(tuple(pieces))


def N(*pieces: str | Ref) -> Note:
    return Note(tuple(pieces))


def H(text: str, level: int = 1, form: str = "style") -> Heading:
    return Heading(text, level, form)


# --- expected numbers, by construction -------------------------------------------


def expected(essay: Essay) -> dict[str, object]:
    by_part = {part: 0 for part in (*COUNTED_PARTS, "notes")}
    by_block: list[int] = []
    citations = 0
    notes: list[tuple[str, tuple[str | Ref, ...]]] = []
    typed_referenced: set[str] = set()
    for part, block in essay.parts:
        counted = part in COUNTED_PARTS
        if isinstance(block, Heading):
            if counted:
                by_part[part] += words(block.text)
                by_block.append(words(block.text))
        elif isinstance(block, Para):
            check_boundaries(block)
            if counted:
                by_block.append(sum(words(p) for p in block.pieces if isinstance(p, str)))
            for piece in block.pieces:
                if isinstance(piece, str):
                    if counted:
                        by_part[part] += words(piece)
                elif not counted:
                    raise SystemExit(f"{essay.slug}: a citation or note mark in the uncounted part {part}")
                elif isinstance(piece, Cite):
                    citations += 1
                elif isinstance(piece, Note):
                    notes.append((str(len(notes) + 1), piece.pieces))
                    by_part["notes"] += sum(words(p) for p in piece.pieces if isinstance(p, str))
                elif isinstance(piece, Sup):
                    typed_referenced.add(piece.label)
    for typed in essay.typed_notes:
        notes.append((typed.label, typed.pieces))
        if typed.label in typed_referenced:
            by_part["notes"] += sum(words(p) for p in typed.pieces if isinstance(p, str))
    if typed_referenced - {t.label for t in essay.typed_notes}:
        raise SystemExit(f"{essay.slug}: typed marks without a note")
    classes = {}
    for label, pieces in notes:
        prose = any(isinstance(p, str) for p in pieces)
        refs = any(isinstance(p, Ref) for p in pieces)
        classes[label] = "mixed" if prose and refs else "explanatory" if prose else "reference"
    return {
        "countable": sum(by_part.values()),
        "by_part": by_part,
        "by_block": by_block,
        "citations_in_text": citations,
        "notes": len(notes),
        "note_classes": classes,
    }


def check_boundaries(para: Para) -> None:
    """Counting the strings one by one must equal counting the paragraph without its citations.

    So no counted word may run into a citation or a mark: the text on each side
    of a non-string piece must end (or start) with a space or punctuation.
    """
    pieces = para.pieces
    for i, piece in enumerate(pieces):
        if isinstance(piece, str):
            continue
        before = pieces[i - 1] if i else ""
        after = pieces[i + 1] if i + 1 < len(pieces) else ""
        if isinstance(piece, Cite):
            if isinstance(before, str) and before and not before[-1].isspace():
                raise SystemExit(f"citation glued to a word: {before[-20:]!r}{piece.text}")
        if isinstance(after, str) and after and _LETTER_OR_DIGIT.match(after[0]):
            raise SystemExit(f"a word glued after {piece!r}: {after[:20]!r}")


# --- rendering -----------------------------------------------------------------

_UNSAFE = re.compile(r"[_`<>\\$^@~|#]")


def check_safe(text: str) -> str:
    """Text must mean the same to CommonMark and to pandoc's Markdown."""
    if _UNSAFE.search(text) or re.match(r"\s|[-+>=]|\d+[.)]\s|[A-Za-z][.)]\s|\(", text):
        raise SystemExit(f"text needs Markdown escaping: {text[:60]!r}")
    return text


def plain(text: str) -> str:
    return text.replace("*", "")


def render(essay: Essay, fmt: str) -> str:
    """``md`` (the CommonMark twin) or ``pandoc`` (the source of the DOCX)."""
    pandoc = fmt == "pandoc"
    page_break = f"```{{=openxml}}\n{PAGE_BREAK_OPENXML}\n```" if pandoc else "\\newpage"
    manual = essay.style == "manual"
    blocks: list[str] = []
    notes: list[Note] = []

    # Title page
    if manual:
        blocks.append(f"**{essay.title}**")
    elif pandoc:
        blocks.append(f'::: {{custom-style="Title"}}\n{essay.title}\n:::')
    else:
        blocks.append(f"# {essay.title}")
    declared = f"{expected(essay)['countable']:,}{essay.declared_suffix}"
    for line in (
        f"Research question: {essay.research_question}",
        f"Subject: {essay.subject}",
        f"Word count: {declared}",
    ):
        blocks.append(check_safe(line))
    blocks.append(page_break)

    # Contents page
    if manual:
        blocks.append("Contents")
        for entry in essay.contents:
            blocks.append(_numbered_line(entry, pandoc))
    else:
        blocks.append("# Contents")
        if pandoc:
            blocks.append('::: {custom-style="TOC 1"}\n' + "\n\n".join(check_safe(e) for e in essay.contents) + "\n:::")
        else:
            blocks.append("\n".join(f"- {check_safe(e)}" for e in essay.contents))
    blocks.append(page_break)

    for _, block in essay.parts:
        if isinstance(block, PageBreak):
            blocks.append(page_break)
        elif isinstance(block, NotesList):
            entries = [
                f"{t.label}. " + " ".join(p.text if isinstance(p, Ref) else p for p in t.pieces)
                for t in essay.typed_notes
            ]
            if pandoc:
                blocks.extend(_numbered_line(entry, True) for entry in entries)
            else:
                blocks.append("\n".join(entries))
        elif isinstance(block, Heading):
            if block.form == "style":
                blocks.append(f"{'#' * block.level} {check_safe(block.text)}")
            elif block.form == "bold":
                blocks.append(f"**{check_safe(block.text)}**")
            else:
                blocks.append(_numbered_line(block.text, pandoc))
        elif isinstance(block, Para):
            out: list[str] = []
            for piece in block.pieces:
                if isinstance(piece, str):
                    out.append(piece)
                elif isinstance(piece, Cite):
                    out.append(piece.text)
                elif isinstance(piece, Note):
                    notes.append(piece)
                    out.append(f"[^{len(notes)}]")
                else:
                    out.append(SUPERSCRIPT_OPENXML.format(piece.label) if pandoc else f"<sup>{piece.label}</sup>")
            text = "".join(out)
            if pandoc:
                text = re.sub(r"(<w:r>.*?</w:r>)", r"`\1`{=openxml}", text)
            for piece in block.pieces:
                if isinstance(piece, str):
                    check_safe(piece.lstrip() or "x")
            blocks.append(text)
        elif isinstance(block, Table):
            caption = check_safe(block.caption)
            table = [
                "| " + " | ".join(block.header) + " |",
                "|" + "|".join("---" for _ in block.header) + "|",
                *("| " + " | ".join(row) + " |" for row in block.rows),
            ]
            if pandoc and block.caption_form == "pandoc":
                blocks.append("\n".join(table) + f"\n\nTable: {caption}")
            else:
                blocks.append(caption)
                blocks.append("\n".join(table))
    for n, note in enumerate(notes, 1):
        text = " ".join(p.text if isinstance(p, Ref) else p for p in note.pieces)
        blocks.append(f"[^{n}]: {text}")
    return "\n\n".join(blocks) + "\n"


def _numbered_line(text: str, pandoc: bool) -> str:
    """A typed line such as "1. Introduction": pandoc must not turn it into a list."""
    if pandoc:
        return re.sub(r"^(\d+)\.", r"\1\\.", text)
    return text


# --- DOCX ----------------------------------------------------------------------


# The DOCX is made exactly as the seed fixture is: the same pandoc call (fixed
# SOURCE_DATE_EPOCH) and the same post-processing (Normal style for body paragraphs, a
# page-number footer, 1.5 spacing, honest docProps/app.xml, a reproducible zip).
sys.path.insert(0, str(HERE.parents[1] / "fixtures"))
from build_sino_soviet import postprocess_docx, run_pandoc  # noqa: E402 - the fixtures folder is not a package

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def check_docx(data: bytes, essay: Essay) -> None:
    """Every paragraph made it, as one paragraph, with no list numbering and the right styles."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        document = ET.fromstring(z.read("word/document.xml"))
        core = z.read("docProps/core.xml").decode("utf-8")
        names = z.namelist()
    paragraphs = ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in document.iter(f"{W}p")]
    want: list[str] = []
    for _, block in essay.parts:
        if isinstance(block, Heading):
            want.append(block.text)
        elif isinstance(block, Para):
            want.append(
                plain(
                    "".join(
                        p
                        if isinstance(p, str)
                        else p.text
                        if isinstance(p, Cite)
                        else p.label
                        if isinstance(p, Sup)
                        else ""
                        for p in block.pieces
                    )
                )
            )
    missing = [w[:60] for w in want if w not in paragraphs]
    if missing:
        raise SystemExit(f"{essay.slug}.docx lost paragraphs: {missing}")
    if list(document.iter(f"{W}numPr")):
        raise SystemExit(f"{essay.slug}.docx has list numbering (a typed number became a list)")
    body = document.find(f"{W}body")
    assert body is not None
    styles = {s.get(f"{W}val") for p in body.findall(f"{W}p") for s in p.iter(f"{W}pStyle")}
    if essay.style == "manual" and styles:
        # Table cells keep pandoc's "Compact"; no paragraph outside a table has a style.
        raise SystemExit(f"{essay.slug}.docx must have no paragraph styles, has {sorted(styles)}")
    if re.search(r"<dc:creator>[^<]", core) or re.search(r"<cp:lastModifiedBy>[^<]", core):
        raise SystemExit("DOCX core properties name an author")
    has_notes = any(isinstance(p, Note) for _, b in essay.parts if isinstance(b, Para) for p in b.pieces)
    if has_notes != ("word/footnotes.xml" in names and bool(list(document.iter(f"{W}footnoteReference")))):
        raise SystemExit(f"{essay.slug}.docx footnotes missing or unexpected")


# --- the essays ----------------------------------------------------------------


def chicago_notes() -> Essay:
    e = Essay(
        slug="chicago_notes",
        title="Ideology or Interest? Khrushchev’s Recall of the Soviet Specialists from China in 1960",
        research_question=(
            "To what extent was Khrushchev’s decision to recall the Soviet specialists from China in July 1960 "
            "caused by ideological disagreement?"
        ),
        subject="History",
        contents=(
            "Introduction 3",
            "Ideological disagreement after 1956 4",
            "The nuclear question and national interest 5",
            "Personal rivalry at Bucharest 6",
            "Conclusion 7",
            "Bibliography 8",
        ),
        style="styled",
        declared_suffix=" (including explanatory footnotes)",
    )
    luthi_full = Ref(
        "Lorenz M. Lüthi, *The Sino-Soviet Split: Cold War in the Communist World* "
        "(Princeton: Princeton University Press, 2008), 174."
    )
    chen_full = Ref(
        "Chen Jian, *Mao’s China and the Cold War* (Chapel Hill: University of North Carolina Press, 2001), 52."
    )
    taubman_full = Ref("William Taubman, *Khrushchev: The Man and His Era* (New York: W. W. Norton, 2003), 392.")
    zubok_full = Ref(
        "Vladislav M. Zubok, *A Failed Empire: The Soviet Union in the Cold War from Stalin to Gorbachev* "
        "(Chapel Hill: University of North Carolina Press, 2007), 137."
    )
    westad_full = Ref(
        "Odd Arne Westad, ed., *Brothers in Arms: The Rise and Fall of the Sino-Soviet Alliance, 1945–1963* "
        "(Washington, DC: Woodrow Wilson Center Press, 1998), 21."
    )
    e.add("introduction", H("Introduction"))
    e.add(
        "introduction",
        P(
            "In July 1960 the Soviet government informed Beijing that it would recall all of its specialists "
            "working in China. Within a month about 1,390 experts had left, many taking their blueprints with "
            "them, and hundreds of industrial projects were suspended.",
            N(luthi_full),
            " The recall is often treated as the moment at which the Sino-Soviet alliance turned into open rivalry.",
        ),
        P(
            "Historians disagree about its causes. Chen Jian emphasises Mao’s need for confrontation to mobilise "
            "Chinese society,",
            N(chen_full),
            " and he shows that Mao used foreign tension to justify radical policies at home.",
            N(Ref("Ibid., 53.")),
            " Lorenz Lüthi, by contrast, places ideology at the centre of the split.",
            N(Ref("Lüthi, *Sino-Soviet Split*, 1.")),
            " This essay investigates the question: to what extent was Khrushchev’s decision to recall the Soviet "
            "specialists from China in July 1960 caused by ideological disagreement?",
        ),
        P(
            "It argues that ideological disagreement was the most important cause of the recall, but that it "
            "worked through questions of national interest and through the personal hostility between Khrushchev "
            "and Mao, which turned a dispute about doctrine into a decision about aid.",
        ),
    )
    e.add("body", H("Ideological disagreement after 1956"))
    e.add(
        "body",
        P(
            "The roots of the disagreement lie in Khrushchev’s “secret speech” to the Twentieth Party Congress in "
            "February 1956.",
            N(
                "The speech was delivered to a closed session of the congress on 25 February 1956, but its text "
                "reached Western newspapers within a few months."
            ),
            " By denouncing Stalin without consulting the Chinese leadership, Khrushchev questioned the authority "
            "of the whole communist movement, including Mao’s own cult of personality.",
        ),
        P(
            "Mao’s response was cautious at first, but by 1958 the Great Leap Forward presented China as a faster "
            "road to communism than the Soviet model. Khrushchev privately mocked the people’s communes, and Mao "
            "interpreted this as proof that Moscow had abandoned revolution.",
            N(Ref("Taubman, *Khrushchev*, 391.")),
            " In April 1960 the Chinese leadership published “Long Live Leninism!”, which rejected Khrushchev’s "
            "claim that war between the socialist and capitalist camps was no longer inevitable.",
            N(
                Ref("Lüthi, *Sino-Soviet Split*, 157."),
                "The articles appeared in the party journal *Red Flag* for the ninetieth anniversary of Lenin’s "
                "birth, so Moscow read them as an official statement of Chinese doctrine.",
            ),
        ),
        P(
            "Mao had already told the Moscow conference of November 1957 that “the east wind prevails over the "
            "west wind”, and that even a nuclear war in which “half of mankind died” would leave the other half to "
            "build socialism.",
            N(zubok_full),
            " For Khrushchev, who had made peaceful coexistence the basis of his foreign policy, such statements "
            "were not only reckless but a challenge to Soviet leadership of the bloc.",
        ),
    )
    e.add("body", H("The nuclear question and national interest"))
    e.add(
        "body",
        P(
            "Ideology was not the only issue. In October 1957 the two states signed the New Defence Technical "
            "Accord, under which Moscow promised to provide China with a sample atomic bomb.",
            N(Ref("Chen, *Mao’s China*, 72.")),
            " In June 1959 Khrushchev cancelled this promise, partly because he was negotiating with the United "
            "States and Britain over a ban on nuclear tests.",
            N(Ref("Ibid., 73.")),
        ),
        P(
            "The proposals of 1958 for a long-wave radio station and a joint submarine fleet on Chinese territory "
            "made the conflict of national interests even clearer. Mao told the Soviet ambassador, Pavel Yudin, "
            "that Moscow wanted to turn China into a colony, and he rejected both plans.",
            N(westad_full),
            " These disputes were about sovereignty, not Marxist theory: Mao feared the return of the unequal "
            "relationships that China had suffered before 1949.",
        ),
        P(
            "The border clash between China and India at Longju in August 1959 added a further grievance. The "
            "Soviet news agency TASS declared Moscow neutral, which Beijing read as siding with a non-communist "
            "state against a fraternal ally (see below).",
            N(Ref("Lüthi, *Sino-Soviet Split*, 142.")),
        ),
    )
    e.add("body", H("Personal rivalry at Bucharest"))
    e.add(
        "body",
        P(
            "Personal hostility turned these disputes into a crisis. During his visit to Beijing in October 1959, "
            "only days after meeting Eisenhower at Camp David, Khrushchev quarrelled openly with the Chinese "
            "leaders about India and Taiwan.",
            N(taubman_full),
            " At the congress of the Romanian party in Bucharest in June 1960 he attacked the Chinese delegation "
            "led by Peng Zhen and circulated a letter accusing Beijing of Trotskyism.",
            N(Ref("Lüthi, *Sino-Soviet Split*, 167–69.")),
            " Within a month the recall had been ordered.",
        ),
        P(
            "Khrushchev later presented the recall as a reaction to Chinese insults to Soviet advisers, and "
            "Taubman suggests that his temper made the decision almost impulsive.",
            N(Ref("Taubman, *Khrushchev*, 471.")),
            " Yet the timing points back to ideology: the specialists had stayed in China through two years of "
            "quarrels about the nuclear programme and the joint fleet, and they were withdrawn only after the "
            "doctrinal dispute had become public in the spring of 1960.",
        ),
    )
    e.add("conclusion", H("Conclusion"))
    e.add(
        "conclusion",
        P(
            "The recall of July 1960 had several causes, but ideological disagreement was the most important. "
            "Questions of national interest, such as the atomic bomb and the joint fleet, had already strained the "
            "alliance, yet they had not ended Soviet aid. Only when the Chinese leadership openly challenged "
            "Khrushchev’s doctrine of peaceful coexistence, and he answered in Bucharest with personal anger, did "
            "Moscow use the specialists as a weapon.",
        ),
        P(
            "Ideology therefore explains why the conflict became impossible to settle—and why neither leader "
            "could retreat—while personal rivalry explains its timing. A fuller answer would need the Chinese "
            "archives for 1960, which remain largely "
            "closed to researchers.",
        ),
    )
    e.add("bibliography", PageBreak(), H("Bibliography"))
    e.add(
        "bibliography",
        *(
            P(entry)
            for entry in (
                "Chen Jian. *Mao’s China and the Cold War*. Chapel Hill: University of North Carolina Press, 2001.",
                "Lüthi, Lorenz M. *The Sino-Soviet Split: Cold War in the Communist World*. Princeton: Princeton "
                "University Press, 2008.",
                "Taubman, William. *Khrushchev: The Man and His Era*. New York: W. W. Norton, 2003.",
                "Westad, Odd Arne, ed. *Brothers in Arms: The Rise and Fall of the Sino-Soviet Alliance, "
                "1945–1963*. Washington, DC: Woodrow Wilson Center Press, 1998.",
                "Zubok, Vladislav M. *A Failed Empire: The Soviet Union in the Cold War from Stalin to Gorbachev*. "
                "Chapel Hill: University of North Carolina Press, 2007.",
            )
        ),
    )
    return e


def mla() -> Essay:
    e = Essay(
        slug="mla",
        title="Locusts, Yams and Rain: The Natural World in Chinua Achebe’s Things Fall Apart",
        research_question=(
            "How does Chinua Achebe use the natural world in Things Fall Apart to present the fragility of Igbo "
            "society?"
        ),
        subject="English A: Literature",
        contents=(
            "Introduction 3",
            "Yams and the measure of a man 4",
            "The locusts as a warning 5",
            "Fire and the end of Okonkwo 6",
            "Conclusion 7",
            "Works Cited 8",
        ),
        style="styled",
    )
    e.add("introduction", H("Introduction"))
    e.add(
        "introduction",
        P(
            "Chinua Achebe’s *Things Fall Apart*, published in 1958, is usually read as a novel about the arrival "
            "of colonial rule in Igboland. Yet much of the novel is about yams, locusts, rain and harvest, and the "
            "rhythm of life in Umuofia is set by the seasons rather than by any human authority.",
        ),
        P(
            "Achebe’s own background helps to explain this emphasis. He grew up in Ogidi, the son of a Christian "
            "catechist, and he wrote the novel partly to answer European fiction that showed Africa without "
            "history or culture ",
            Cite("(“Chinua Achebe”)"),
            ". His Umuofia has laws, festivals and an economy, and all three depend on the land.",
        ),
        P(
            "This essay investigates the question: how does Chinua Achebe use the natural world in *Things Fall "
            "Apart* to present the fragility of Igbo society? It argues that Achebe presents nature as both the "
            "foundation of Umuofia’s values and the first sign of their vulnerability, so that the natural world "
            "prepares the reader for the collapse that the missionaries complete.",
        ),
    )
    e.add("body", H("Yams and the measure of a man"))
    e.add(
        "body",
        P(
            "In Umuofia the yam is the sign of masculine achievement. The narrator declares that “Yam, the king of "
            "crops, was a very exacting king” ",
            Cite("(Achebe 33)"),
            ", and Okonkwo’s standing depends on the size of his barns. The personification matters: the crop is "
            "a ruler, and the men who grow it are its servants as much as its owners.",
        ),
        P(
            "The episode of the loan shows how closely wealth, respect and the soil are bound together. When "
            "Okonkwo asks Nwakibie for seed-yams, he speaks of hard work rather than of need, and the elder "
            "gives him eight hundred because he trusts the young man’s strength ",
            Cite("(Achebe 45–47)"),
            ". The loan is a moral contract as well as an economic one.",
        ),
        P(
            "Nature, however, does not honour the contract. “The year that Okonkwo took eight hundred seed-yams "
            "from Nwakibie was the worst year in living memory” ",
            Cite("(Achebe 45)"),
            ". Drought is followed by rain so heavy that the yams rot in the ground, and a farmer hangs himself. "
            "Achebe presents a society whose values assume that effort is rewarded, living on land that rewards "
            "nobody in particular.",
        ),
        P(
            "Modern readers may recognise this vulnerability. Farmers in south-eastern Nigeria still depend on the "
            "timing of the rains, and a recent report warns that irregular rainfall threatens yam harvests across "
            "the region ",
            Cite('("Climate Change Report" 12)'),
            ". The comparison should not be pushed too far, but it shows that Achebe’s drought is realistic rather "
            "than merely symbolic.",
        ),
    )
    e.add("body", H("The locusts as a warning"))
    e.add(
        "body",
        P(
            "The arrival of the locusts in chapter seven is the novel’s most ambiguous natural event. The village "
            "celebrates because the insects are a rare delicacy: “And at last the locusts did descend … ” ",
            Cite("(Achebe 56)"),
            ", and men, women and children gather them in the cool of the morning.",
        ),
        P(
            "Yet the swarm anticipates the Europeans who come later in the novel. Like the missionaries, the "
            "locusts arrive in great numbers, settle on everything and are at first welcomed. Immediately after "
            "this scene, Okonkwo joins in the killing of Ikemefuna, so the feast is placed beside the moment when "
            "his fear of weakness destroys a bond of affection ",
            Cite("(Achebe 59–61)"),
            ". The abundance of nature becomes a warning that the community cannot read.",
        ),
    )
    e.add("body", H("Fire and the end of Okonkwo"))
    e.add(
        "body",
        P(
            "Achebe introduces his hero through an image of the dry season: Okonkwo’s fame “had grown like a "
            "bush-fire in the harmattan” ",
            Cite("(Achebe 3)"),
            ". The simile is admiring, but fire in the harmattan spreads fast and burns out. When Okonkwo’s gun "
            "explodes at Ezeudu’s funeral and he must flee, the men of Umuofia burn his compound, and the image "
            "returns as destruction.",
        ),
        P(
            "By the end of the novel the link between the people and the land has been broken by a new authority. "
            "Obierika says of the white man that “He has put a knife on the things that held us together and we "
            "have fallen apart” ",
            Cite("(Achebe 176)"),
            ". The metaphor is taken from farming and butchery, and it suggests that colonial rule cuts what "
            "nature had only strained.",
        ),
    )
    e.add("conclusion", H("Conclusion"))
    e.add(
        "conclusion",
        P(
            "Achebe uses the natural world to show a society that is rich, ordered and yet fragile. The yam gives "
            "Umuofia its measure of a man; drought and flood show that this measure depends on forces no one "
            "controls; the locusts and the harmattan fire anticipate the arrival of a power that will settle on "
            "everything. By the time the missionaries come, the reader has already seen how exposed the village "
            "is, and the title taken from Yeats reads as a description of a process that began in the fields.",
        ),
    )
    e.add("bibliography", PageBreak(), H("Works Cited"))
    e.add(
        "bibliography",
        P("Achebe, Chinua. *Things Fall Apart*. Anchor Books, 1994."),
        P("“Chinua Achebe.” *Poetry Foundation*, www.poetryfoundation.org/poets/chinua-achebe. Accessed 12 Mar. 2025."),
        P(
            '"Climate Change Report: Rainfall and Food Crops in Nigeria." *Environment Desk*, 2021, '
            "pp. 10–14. Accessed 3 Apr. 2025."
        ),
    )
    return e


def apa() -> Essay:
    e = Essay(
        slug="apa",
        title="Mobile Money and Household Resilience in Kenya",
        research_question=(
            "To what extent has M-Pesa improved the ability of Kenyan households to cope with economic shocks?"
        ),
        subject="Economics",
        contents=(
            "Abstract 2",
            "Introduction 3",
            "Mobile money and risk sharing 4",
            "Evidence from Kenya 5",
            "Limitations 6",
            "Conclusion 7",
            "References 8",
        ),
        style="styled",
    )
    e.add("abstract", H("Abstract"))
    e.add(
        "abstract",
        P(
            "This essay investigates whether M-Pesa, the mobile money service launched by Safaricom in 2007, has "
            "helped Kenyan households cope with economic shocks such as illness, crop failure and job loss. Using "
            "the theory of risk sharing and published evidence from household surveys, it finds that users are "
            "better able to smooth consumption because transfers from relatives arrive faster and at lower cost. "
            "The benefits are smaller for households far from agents and for those without relatives in work, so "
            "M-Pesa has improved resilience to a large but uneven extent.",
        ),
    )
    e.add("introduction", H("Introduction"))
    e.add(
        "introduction",
        P(
            "In 2007 the Kenyan telecommunications company Safaricom launched M-Pesa, a service that lets users "
            "store money on their mobile phones and send it by text message. Within a decade most Kenyan adults "
            "had a mobile money account, a faster expansion of financial access than in any other economy of "
            "its income level ",
            Cite("(World Bank, 2022)"),
            ".",
        ),
        P(
            "Economic shocks are frequent in Kenya. Most households depend on farming or informal work, and few "
            "have insurance, so a drought or an illness can force them to cut spending on food or to take "
            "children out of school. This essay asks: to what extent has M-Pesa improved the ability of Kenyan "
            "households to cope with economic shocks?",
        ),
    )
    e.add("body", H("Mobile money and risk sharing"))
    e.add(
        "body",
        P(
            "Households without insurance share risk informally, through gifts and loans from relatives and "
            "friends. Such risk sharing is limited by transaction costs: before mobile money, sending cash to a "
            "village meant a bus journey or an expensive money-transfer office. Lower transaction costs should "
            "therefore widen the network of people who can help and speed up the help they give ",
            Cite("(Jack & Suri, 2014, p. 190)"),
            ".",
        ),
        P(
            "Suri ",
            Cite("(2017)"),
            " argues that this is the main channel through which mobile money affects welfare. A household "
            "does not need to save more or borrow more; it needs to receive small remittances quickly from many "
            "senders when something goes wrong.",
        ),
        P(
            "The network of agents is what makes this possible. An agent is usually a small shop that exchanges "
            "cash for electronic money, and by 2010 there were already more agents in Kenya than bank branches. "
            "A household’s distance to the nearest agent therefore measures how cheaply it can turn a transfer "
            "into food or medicine.",
        ),
    )
    e.add("body", H("Evidence from Kenya"))
    e.add(
        "body",
        P(
            "Table 1 summarises the growth of account ownership in Kenya. The increase between 2011 and 2014 "
            "coincides with the spread of M-Pesa agents into rural areas, and almost all of the growth after 2014 "
            "came from mobile money rather than from bank accounts.",
        ),
        Table(
            caption="Table 1: Account ownership among Kenyan adults, 2011–2021",
            header=("Year", "Any account (%)", "Mobile money account (%)"),
            rows=(("2011", "42", "not measured"), ("2014", "75", "58"), ("2017", "82", "73"), ("2021", "79", "68")),
            caption_form="pandoc",
        ),
        P(
            "The strongest evidence comes from a panel of about 3,000 households surveyed between 2008 and 2010. "
            "When hit by a negative shock, households that used M-Pesa did not reduce their consumption, while "
            "non-users cut it by around 7 per cent ",
            Cite("(Jack & Suri, 2014, p. 185)"),
            ". Users received more remittances, from more senders and over longer distances.",
        ),
        P(
            "Later studies support this result and suggest long-run effects. Access to mobile money lifted "
            "around 2 per cent of Kenyan households out of extreme poverty, with larger gains for households "
            "headed by women ",
            Cite("(Mbiti & Weil, 2015; Suri & Jack, 2016)"),
            ". Demirgüç-Kunt et al. ",
            Cite("(2022)"),
            " report that Kenya now has one of the highest rates of digital payments in the world.",
        ),
    )
    e.add("body", H("Limitations"))
    e.add(
        "body",
        P(
            "The evidence has limits. Households choose whether to adopt M-Pesa, so users may differ from "
            "non-users in ways that also help them cope; the studies address this by comparing households by "
            "their distance to the nearest agent, which is only a partial solution. In addition, the benefits "
            "depend on having relatives who can send money, so the poorest households gain least ",
            Cite("(Demirgüç-Kunt et al., 2022, pp. 3–4)"),
            ".",
        ),
        P(
            "Fees are a further limitation. A transfer of 1,000 shillings costs a noticeable share of its value, "
            "and regulators have asked whether Safaricom’s dominance keeps prices high ",
            Cite("(Central Bank of Kenya, 2021)"),
            ".",
        ),
    )
    e.add("conclusion", H("Conclusion"))
    e.add(
        "conclusion",
        P(
            "M-Pesa has improved the ability of Kenyan households to cope with shocks to a large extent. By "
            "cutting the cost of transfers, it lets households draw on wider networks of relatives and friends, "
            "and the survey evidence shows that users protect their consumption when non-users cannot. The "
            "extent is uneven, however: households far from agents and those without relatives in paid work "
            "benefit least, and fees limit the value of small transfers.",
        ),
    )
    e.add("bibliography", PageBreak(), H("References"))
    e.add(
        "bibliography",
        *(
            P(entry)
            for entry in (
                "Central Bank of Kenya. (2021). *National payments strategy 2022–2025*. Central Bank of Kenya.",
                "Demirgüç-Kunt, A., Klapper, L., Singer, D., & Ansar, S. (2022). *The Global Findex Database 2021: "
                "Financial inclusion, digital payments, and resilience in the age of COVID-19*. World Bank.",
                "Jack, W., & Suri, T. (2014). Risk sharing and transactions costs: Evidence from Kenya’s mobile "
                "money revolution. *American Economic Review, 104*(1), 183–223.",
                "Mbiti, I., & Weil, D. N. (2015). Mobile banking: The impact of M-Pesa in Kenya. In S. Edwards, "
                "S. Johnson, & D. N. Weil (Eds.), *African successes* (Vol. 3, pp. 247–293). University of "
                "Chicago Press.",
                "Suri, T. (2017). Mobile money. *Annual Review of Economics, 9*, 497–520.",
                "Suri, T., & Jack, W. (2016). The long-run poverty and gender impacts of mobile money. *Science, "
                "354*(6317), 1288–1292.",
                # The IB asks for an access date on online sources even where APA 7 drops it.
                "World Bank. (2022). *The Global Findex Database 2021* [Data set]. Retrieved February 2, 2025, "
                "from https://www.worldbank.org/en/publication/globalfindex",
            )
        ),
    )
    return e


def harvard() -> Essay:
    e = Essay(
        slug="harvard",
        title="Digital Credit and Market Traders in Nairobi",
        research_question=(
            "To what extent has digital credit from mobile lenders lowered the cost of borrowing for market "
            "traders in Gikomba, Nairobi?"
        ),
        subject="Economics",
        contents=(
            "Acknowledgements 2",
            "Introduction 3",
            "Digital credit in theory 4",
            "Findings from Gikomba 5",
            "Limitations of the survey 6",
            "Conclusion 7",
            "Reference list 8",
            "Appendix A: Survey questions 9",
        ),
        style="styled",
    )
    e.add("acknowledgements", H("Acknowledgements"))
    e.add(
        "acknowledgements",
        P(
            "I would like to thank the traders of Gikomba market who gave up their time to answer my questions, "
            "and my supervisor for her patient advice on the design of the survey."
        ),
        PageBreak(),
    )
    e.add("introduction", H("Introduction"))
    e.add(
        "introduction",
        P(
            "Small traders in Kenya have always borrowed, but usually from moneylenders, suppliers or savings "
            "groups rather than from banks. Since 2012 mobile lenders such as M-Shwari have offered loans through "
            "the phone, approved in seconds on the basis of a customer’s mobile money history. By 2021 digital "
            "loans had become the most common form of formal credit for Kenyan adults ",
            Cite("(World Bank 2022, p. 3)"),
            ".",
        ),
        P(
            "This essay investigates how far digital credit has lowered the cost of borrowing for market traders "
            "in Gikomba, the largest open-air market in Nairobi. It combines economic theory, published research "
            "and a survey of 40 traders carried out in March 2024.",
        ),
    )
    e.add("body", H("Digital credit in theory"))
    e.add(
        "body",
        P(
            "The cost of borrowing includes more than the interest rate. A trader who borrows from a moneylender "
            "also pays in time, travel and the risk of losing goods offered as security. Because mobile money "
            "records replace collateral, digital lenders can reduce these transaction costs, in the same way that "
            "M-Pesa reduced the cost of sending money ",
            Cite("(Jack and Suri 2014)"),
            ".",
        ),
        P(
            "The theory of asymmetric information predicts a price for this convenience. A lender who knows little "
            "about a borrower charges a high rate to cover the risk of default, and digital lenders know only what "
            "the phone reveals. Research on M-Shwari found that access to digital loans helped households cope "
            "with shocks, but that the loans were small and short ",
            Cite("(Bharadwaj, Jack and Suri 2019)"),
            ".",
        ),
    )
    e.add("body", H("Findings from Gikomba"))
    e.add(
        "body",
        P(
            "Of the 40 traders surveyed, 31 had taken at least one digital loan in the previous year. The typical "
            "loan was KSh\u00a01,000 (USD 9), repaid within 30 days, with a facilitation fee of 7.5 per cent. "
            "Expressed "
            "as an annual rate this is far above a bank overdraft, yet most traders described the loans as cheap.",
        ),
        P(
            "The explanation lies in what the traders compared. Twenty-two of the 31 borrowers said that their "
            "alternative was a supplier’s credit, which raised the price of stock by 10–15 per cent, or a "
            "moneylender charging 20 per cent a month. Compared with these, a fee of 7.5 per cent a month is a "
            "real saving, and the time saved (no travel, no guarantor) matters to a trader who must stay at her "
            "stall.",
        ),
        P(
            "The survey also suggests who gains most. Traders with a daily turnover below KSh 3,000 used digital "
            "loans to buy stock in the morning and repaid them within a week, so for them the loan worked like "
            "the trade credit a supplier/wholesaler would otherwise give. Larger traders used their chama (a "
            "savings & loans group) for big purchases and digital loans only in emergencies.",
        ),
        P(
            "However, nine borrowers had taken a new loan to repay an old one, and four had been listed with a "
            "credit bureau after a late payment. The Central Bank has raised similar concerns about over-borrowing "
            "and the listing of small defaulters ",
            Cite("(Central Bank of Kenya 2021, p. 14)"),
            ". For these traders digital credit raised the long-run cost of borrowing.",
        ),
    )
    e.add("body", H("Limitations of the survey"))
    e.add(
        "body",
        P(
            "The sample was small and not random: I approached traders in two sections of the market on three "
            "mornings, and those who agreed to answer may have been more confident with their phones than others. "
            "Answers about fees relied on memory, and some traders may have confused the fee with the total "
            "amount repaid. The results therefore describe these 40 traders rather than Nairobi as a whole.",
        ),
    )
    e.add("conclusion", H("Conclusion"))
    e.add(
        "conclusion",
        P(
            "Digital credit has lowered the cost of borrowing for most Gikomba traders, but only in comparison "
            "with expensive informal alternatives. Its interest cost is high, and its real advantage lies in "
            "lower transaction costs. For a minority who borrow repeatedly it has become a trap. A larger, random "
            "sample would be needed to say how typical these results are.",
        ),
    )
    e.add("bibliography", PageBreak(), H("Reference list"))
    e.add(
        "bibliography",
        *(
            P(entry)
            for entry in (
                "Bharadwaj, P., Jack, W. and Suri, T. (2019) *Fintech and household resilience to shocks: evidence "
                "from digital loans in Kenya*. NBER Working Paper 25604. Cambridge, MA: National Bureau of Economic "
                "Research.",
                "Central Bank of Kenya (2021) *Kenya financial sector stability report 2020*. Nairobi: Central Bank "
                "of Kenya.",
                "Jack, W. and Suri, T. (2014) ‘Risk sharing and transactions costs: evidence from Kenya’s mobile "
                "money revolution’, *American Economic Review*, 104(1), pp. 183–223.",
                "World Bank (2022) *The Global Findex Database 2021*. Washington, DC: World Bank. Available at: "
                "https://www.worldbank.org/en/publication/globalfindex (Accessed: 2 February 2025).",
            )
        ),
    )
    e.add("appendix", PageBreak(), H("Appendix A: Survey questions"))
    e.add(
        "appendix",
        P("The survey was given in English or Swahili, as the trader preferred, and took about ten minutes."),
        P("Question 1. What do you sell, and how long have you traded in Gikomba?"),
        P("Question 2. Have you taken a loan through your phone in the last twelve months? How many times?"),
        P("Question 3. What was the amount of your last loan, and what fee did you pay?"),
        P("Question 4. If you had not borrowed through your phone, where would you have borrowed?"),
        P("Question 5. Have you ever taken a new loan to repay an earlier one?"),
    )
    return e


def manual_headings() -> Essay:
    e = Essay(
        slug="manual_headings",
        title="Caffeine and the Heart Rate of Daphnia magna",
        research_question=(
            "How does the concentration of caffeine affect the heart rate of the water flea Daphnia magna?"
        ),
        subject="Biology",
        contents=(
            "1. Introduction .......... 3",
            "2. Methodology .......... 4",
            "3. Results and analysis .......... 5",
            "4. Evaluation .......... 6",
            "Conclusion .......... 7",
            "Works Cited .......... 8",
        ),
        style="manual",
    )
    e.add("introduction", H("1. Introduction", form="plain"))
    e.add(
        "introduction",
        P(
            "Caffeine is the most widely used stimulant in the world, and many students drink coffee or energy "
            "drinks before examinations. In humans it raises alertness by blocking adenosine receptors, and at "
            "higher doses it can increase heart rate ",
            Cite("(Nehlig et al. 140)"),
            ". Its effect on the heart is difficult to study directly in people, but the water flea *Daphnia "
            "magna* offers a simple model.",
        ),
        P(
            "*Daphnia* is almost transparent, so its heart can be watched beating under a light microscope, and "
            "its heart rate responds quickly to substances dissolved in the water around it ",
            Cite("(Corotto et al. 177)"),
            ". This investigation therefore asks: how does the concentration of caffeine affect the heart rate "
            "of the water flea *Daphnia magna*?",
        ),
    )
    e.add("introduction", H("Background and hypothesis", form="bold"))
    e.add(
        "introduction",
        P(
            "In *Daphnia* the heart is a small sac on the dorsal side, just behind the head, and it is "
            "myogenic: each beat starts in the muscle itself rather than in a nerve. Substances that raise the "
            "concentration of cyclic AMP in heart muscle cells make the muscle contract more often, and caffeine "
            "is one of them. It was therefore hypothesised that heart rate would increase with caffeine "
            "concentration, but that the increase would level off once the response of the muscle reached its "
            "limit.",
        ),
    )
    e.add("body", H("2. Methodology", form="plain"))
    e.add("body", H("Variables", form="bold"))
    e.add(
        "body",
        P(
            "The independent variable was the concentration of caffeine: 0.00, 0.10, 0.20, 0.30, 0.40 and 0.50 "
            "mg cm⁻³, made by diluting a stock solution with pond water. The dependent variable was heart rate in "
            "beats per minute. Temperature, light intensity, the volume of solution and the size of the animals "
            "were kept constant.",
        ),
    )
    e.add("body", H("Procedure", form="bold"))
    e.add(
        "body",
        P(
            "Each animal was placed on a cavity slide in one drop of solution and left for two minutes. Its heart "
            "beats were then counted for 15 seconds under a microscope at x100 magnification, and the count was "
            "multiplied by four. Five animals were tested at each concentration, and a new animal was used for "
            "every trial, because caffeine cannot be washed out of the tissues quickly ",
            Cite("(Corotto et al. 178)"),
            ".",
        ),
    )
    e.add("body", H("3. Results and analysis", form="plain"))
    e.add(
        "body",
        Table(
            caption="Table 1: Mean heart rate of Daphnia magna at each caffeine concentration (n = 5)",
            header=("Caffeine / mg cm⁻³", "Mean heart rate / bpm", "Standard deviation / bpm"),
            rows=(
                ("0.00", "212", "9"),
                ("0.10", "226", "11"),
                ("0.20", "241", "8"),
                ("0.30", "249", "12"),
                ("0.40", "258", "10"),
                ("0.50", "262", "14"),
            ),
        ),
        P(
            "Mean heart rate rose from 212 ± 9 beats per minute in pond water to 262 ± 14 beats per minute at the "
            "highest concentration, an increase of about 24 per cent. The rise was steepest between 0.00 and "
            "0.20 mg cm⁻³ and smaller above 0.30 mg cm⁻³, which suggests that the effect approaches a maximum.",
        ),
        P(
            "This pattern fits the mechanism described in the literature. Caffeine inhibits the enzyme that "
            "breaks down cyclic AMP, so the signal that speeds up heart muscle lasts longer; once most receptors "
            "are affected, extra caffeine adds little ",
            Cite("(Urry et al. 1079)"),
            ".",
        ),
    )
    e.add("body", H("4. Evaluation", form="plain"))
    e.add(
        "body",
        P(
            "The standard deviations overlap for neighbouring concentrations, so the difference between, for "
            "example, 0.30 and 0.40 mg cm⁻³ is not reliable. Counting beats by eye is difficult above 250 beats "
            "per minute, and heat from the microscope lamp may have raised the heart rate during longer trials. "
            "Recording each trial with a phone camera and counting the beats in slow motion would reduce both "
            "errors.",
        ),
        P(
            "The method also had strengths. Using a new animal for every trial avoided carry-over effects, and "
            "choosing animals of similar size reduced natural variation. A further investigation could test "
            "whether the effect is reversed when the animals are returned to pond water, which would show "
            "whether caffeine harms the heart or only speeds it up for a while.",
        ),
    )
    e.add("conclusion", H("CONCLUSION", form="plain"))
    e.add(
        "conclusion",
        P(
            "Caffeine increased the heart rate of *Daphnia magna* at every concentration tested, from 212 to 262 "
            "beats per minute, and the effect levelled off at higher concentrations. The results support the "
            "hypothesis that caffeine acts as a cardiac stimulant, although the small sample means that the exact "
            "shape of the curve remains uncertain.",
        ),
    )
    e.add("bibliography", PageBreak(), H("Works Cited", form="plain"))
    e.add(
        "bibliography",
        P(
            "Corotto, Frank, et al. “Making the Most of the Daphnia Heart Rate Lab: Optimizing the Use of Ethanol, "
            "Nicotine and Caffeine.” *The American Biology Teacher*, vol. 72, no. 3, 2010, pp. 176–79."
        ),
        P(
            "Nehlig, Astrid, et al. “Caffeine and the Central Nervous System: Mechanisms of Action, Biochemical, "
            "Metabolic and Psychostimulant Effects.” *Brain Research Reviews*, vol. 17, no. 2, 1992, pp. 139–70."
        ),
        P("Urry, Lisa A., et al. *Campbell Biology*. 11th ed., Pearson, 2017."),
    )
    return e


def typed_notes() -> Essay:
    e = Essay(
        slug="typed_notes",
        title="Comrades in Arms? China, the Soviet Union and the Korean War",
        research_question=(
            "To what extent did the Korean War strengthen the Sino-Soviet alliance between 1950 and 1953?"
        ),
        subject="History",
        contents=(
            "Introduction 3",
            "Stalin, Mao and the decision to intervene 4",
            "The costs of Soviet aid 5",
            "Conclusion 6",
            "Notes 7",
            "Bibliography 8",
        ),
        style="styled",
        typed_notes=(
            TypedNote("1", (Ref("Chen, *Mao’s China*, 45."),)),
            TypedNote("2", (Ref("Goncharov, Lewis and Xue, *Uncertain Partners*, 144."),)),
            TypedNote("3", (Ref("Ibid., 145."),)),
            TypedNote("4", (Ref("Chen, *Mao’s China*, 55."),)),
            TypedNote(
                "5",
                (
                    "The Chinese troops were called volunteers so that Beijing could avoid a formal declaration "
                    "of war on the United States.",
                ),
            ),
            TypedNote("6", (Ref("Shen, *Mao, Stalin and the Korean War*, 178."),)),
            TypedNote("7", (Ref("Westad, *Brothers in Arms*, 13."),)),
            TypedNote("8", (Ref("Shen, *Mao, Stalin and the Korean War*, 201."),)),
            TypedNote(
                "9",
                (
                    Ref("Chen, *Mao’s China*, 110."),
                    "Estimates of Chinese deaths vary widely, because Beijing has never published full figures.",
                ),
            ),
        ),
    )
    e.add("introduction", H("Introduction"))
    e.add(
        "introduction",
        P(
            "When Mao Zedong and Stalin signed the Treaty of Friendship, Alliance and Mutual Assistance in "
            "February 1950, the alliance between the two largest communist states was new and uncertain. Mao had "
            "waited in Moscow for weeks before Stalin agreed to replace the treaty he had signed with the "
            "Guomindang (GMD) in 1945.",
            Sup("1"),
            " Four months later the Korean War began.",
        ),
        P(
            "Historians have judged the war’s effect on the alliance in different ways. Older Western accounts "
            "saw China as a Soviet satellite that entered Korea on Moscow’s orders, but Russian and Chinese "
            "documents released since the 1990s show that Mao made his own decision and that Stalin was reluctant "
            "to commit Soviet forces.",
        ),
        P(
            "This essay asks: to what extent did the Korean War strengthen the Sino-Soviet alliance between 1950 "
            "and 1953? It argues that the war bound the two states together militarily and economically, but that "
            "it also left resentments that helped to divide them later.",
        ),
    )
    e.add("body", H("Stalin, Mao and the decision to intervene"))
    e.add(
        "body",
        P(
            "Stalin approved Kim Il-sung’s plan to invade the South in the spring of 1950 on the condition that "
            "Mao also agreed, which shifted the responsibility for any failure onto Beijing.",
            Sup("2"),
            " Mao gave his consent when Kim visited him in May, although he had not been consulted on the details.",
            Sup("3"),
        ),
        P(
            "When United Nations forces crossed the 38th parallel in October 1950, Mao decided to intervene. He "
            "described Korea and China as “lips and teeth” ",
            Sup("4"),
            " and sent the Chinese People’s Volunteers (CPV) across the Yalu River on 19 October.",
            Sup("5"),
            " Stalin had promised air cover, but at the last moment he delayed it, and Chinese troops fought their "
            "first battles without Soviet planes.",
        ),
        P(
            "The delay shows the limits of the alliance. Stalin wanted China to fight a war that would weaken the "
            "United States without risking a direct conflict with Washington, while Mao wanted to prove that the "
            "new China could defend its revolution. The war (1950–1953) therefore served both leaders, but for "
            "different reasons.",
        ),
    )
    e.add("body", H("The costs of Soviet aid"))
    e.add(
        "body",
        P(
            "Soviet aid did arrive. Soviet pilots flew MiG-15 fighters over northern Korea in Chinese and Korean "
            "uniforms, and Moscow equipped dozens of Chinese divisions with modern weapons. ",
            Sup("6"),
            " Without this support the CPV could not have held the front after 1951.",
        ),
        P(
            "Yet China had to pay for most of these weapons with Soviet loans, and the debt became a grievance. "
            "Chinese leaders later complained that they had fought a war for the socialist camp and then been "
            "charged for the arms.",
            Sup("7"),
            " After Stalin’s death in March 1953, his successors agreed to the armistice of July 1953 and offered "
            "China generous help with industrial projects, which suggests that they too saw the war as a debt to "
            "be repaid.",
            Sup("8"),
        ),
        P(
            "The war also changed how each side saw the other. For Moscow, Chinese willingness to suffer heavy "
            "losses – perhaps 400,000 dead – proved that Beijing was a reliable ally in Asia.",
            Sup("9"),
            " For Beijing, the war showed that China could fight the strongest power in the world to a "
            "standstill, and Mao’s prestige inside the communist movement grew accordingly.",
        ),
    )
    e.add("conclusion", H("Conclusion"))
    e.add(
        "conclusion",
        P(
            "The Korean War strengthened the Sino-Soviet alliance to a considerable extent in the short term. It "
            "made China dependent on Soviet weapons and Moscow dependent on Chinese soldiers, and it produced the "
            "industrial aid of the mid-1950s. However, Stalin’s hesitation over air cover and the cost of the "
            "weapons left Mao with a lasting sense that China had been treated as a junior partner, a feeling "
            "that returned when the alliance broke down at the end of the decade.",
        ),
    )
    e.add("notes-list", PageBreak(), H("Notes"))
    e.add("notes-list", NotesList())
    e.add("bibliography", PageBreak(), H("Bibliography"))
    e.add(
        "bibliography",
        *(
            P(entry)
            for entry in (
                "Chen Jian. *Mao’s China and the Cold War*. Chapel Hill: University of North Carolina Press, 2001.",
                "Goncharov, Sergei N., John W. Lewis, and Xue Litai. *Uncertain Partners: Stalin, Mao, and the "
                "Korean War*. Stanford: Stanford University Press, 1993.",
                "Shen Zhihua. *Mao, Stalin and the Korean War: Trilateral Communist Relations in the 1950s*. "
                "Translated by Neil Silver. London: Routledge, 2012.",
                "Westad, Odd Arne, ed. *Brothers in Arms: The Rise and Fall of the Sino-Soviet Alliance, "
                "1945–1963*. Washington, DC: Woodrow Wilson Center Press, 1998.",
            )
        ),
    )
    return e


ESSAYS = (chicago_notes, mla, apa, harvard, manual_headings, typed_notes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the word-count essays and expected.json.")
    parser.add_argument("--pandoc", default="pandoc", help="pandoc executable (default: pandoc)")
    args = parser.parse_args(argv)
    OUT_DIR.mkdir(exist_ok=True)
    numbers: dict[str, object] = {}
    for build in ESSAYS:
        essay = build()
        numbers[essay.slug] = expected(essay)
        (OUT_DIR / f"{essay.slug}.md").write_text(render(essay, "md"), encoding="utf-8")
        docx = postprocess_docx(run_pandoc(args.pandoc, render(essay, "pandoc")))
        check_docx(docx, essay)
        (OUT_DIR / f"{essay.slug}.docx").write_bytes(docx)
        print(f"{essay.slug}: {numbers[essay.slug]['countable']} words", file=sys.stderr)
    EXPECTED.write_text(json.dumps(numbers, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(ESSAYS)} essays and {EXPECTED.relative_to(HERE.parent.parent)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
