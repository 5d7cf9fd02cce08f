"""Pandoc Markdown in the Markdown reader: smart typography, ^sup^ and ~sub~, math, raw TeX and HTML.

Each row pins the exact text the document model gets (and, where it matters, the
exact IB count), so a change in how pandoc syntax is read shows up as a changed row.
The readings follow pandoc 2.17 (``pandoc -f markdown -t native``) except where a
row's comment says otherwise.
"""

from __future__ import annotations

import pytest

from eecheck.analysis.wordcount import count_document
from eecheck.model import BlockKind, Document
from eecheck.readers.markdown import read_markdown_text

INTRO = "# Introduction\n\n"


def read(body: str) -> Document:
    return read_markdown_text(INTRO + body, path="essay.md")


def texts(body: str) -> list[str]:
    """The texts of the blocks after the Introduction heading."""
    return [b.text for b in read(body).blocks[1:]]


def countable(body: str) -> int:
    """The IB count of the whole document: the Introduction heading is one of its words."""
    return count_document(read(body)).countable


# --- 1. smart typography ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "text", "words"),
    [
        # en dash: a range is two words now, as in the DOCX pandoc makes
        ("See pp. 22--24 of it.", "See pp. 22–24 of it.", 7),
        ("The years 1958--1962 mattered.", "The years 1958–1962 mattered.", 6),
        # em dash: it separates the words it joins
        ("It was ideology---not power.", "It was ideology—not power.", 6),
        ("and so on...", "and so on…", 4),
        ("Wait... what?", "Wait… what?", 3),
        # left to right, "---" before "--", as pandoc reads them
        ("a----b", "a—-b", 3),
        ("a-----b", "a—–b", 3),
        ("one - two", "one - two", 3),
        # four or more dots are a leader and stay as typed (pandoc: "…." — see the module docstring)
        ("x....y", "x....y", 2),
        # escaped dashes stay hyphens
        ("a\\-\\-b", "a--b", 2),
        # straight quotes are not curled
        ("He said \"no\" and 'yes'.", "He said \"no\" and 'yes'.", 6),
        # link text is prose; the address is not text at all
        ("[a--b](http://example.org/c--d) here", "a–b here", 4),
    ],
)
def test_smart_typography_in_text(source, text, words):
    assert texts(source) == [text]
    assert countable(source) == words


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("Code `a--b...` here.", "Code a--b... here."),
        ("Link <http://example.org/a--b> here.", "Link http://example.org/a--b here."),
        # a bare URL keeps its characters (pandoc would put an en dash in it, making two words)
        ("See http://example.org/a--b... now.", "See http://example.org/a--b... now."),
        ("See www.example.org/a--b now.", "See www.example.org/a--b now."),
        ('Raw <span title="a--b">x--y</span> and <!-- c--d --> end.', "Raw x–y and  end."),
        ("Math $a--b$ and then--after.", "Math and then–after."),
        ("```\ncode -- block...\n```", "code -- block..."),
    ],
)
def test_smart_typography_not_in_code_urls_html_or_math(source, text):
    assert texts(source) == [text]


def test_smart_typography_in_headings_tables_lists_and_notes():
    doc = read(
        "## From 1958--1962\n\n"
        "| Years | Trade |\n|---|---|\n| 1958--1962 | fell... |\n\n"
        "- first---second\n\n"
        "Text.[^1] And an inline note.^[Chen--Li, pp. 3--4...]\n\n"
        "[^1]: A note---with dashes -- and dots...\n"
    )
    assert [(b.kind, b.text) for b in doc.blocks[1:]] == [
        (BlockKind.HEADING, "From 1958–1962"),
        (BlockKind.TABLE, "Years\tTrade\n1958–1962\tfell…"),
        (BlockKind.LIST_ITEM, "first—second"),
        (BlockKind.PARAGRAPH, "Text. And an inline note."),
    ]
    assert sorted(n.text for n in doc.notes) == ["A note—with dashes – and dots…", "Chen–Li, pp. 3–4…"]


def test_smart_typography_in_front_matter_strings():
    doc = read_markdown_text(
        "---\n"
        'title: "The split---ideology or power?"\n'
        'research_question: "How far... 1958--1962?"\n'
        "subject: History--Geography\n"
        'author: "A -- B"\n'
        'word_count: "3,874"\n'
        "---\n\n# Introduction\n\nText.\n"
    )
    tp = doc.title_page
    assert tp.title == "The split—ideology or power?"
    assert tp.research_question == "How far… 1958–1962?"
    assert tp.subject == "History–Geography"
    assert tp.other_lines == ("author: A – B",)
    assert tp.declared_word_count == 3874


def test_thematic_breaks_and_fences_are_not_dashes():
    doc = read_markdown_text("---\ntitle: T\n---\n\n# Introduction\n\nBefore.\n\n---\n\nAfter.\n\nSetext\n---\n")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        (BlockKind.HEADING, "Introduction"),
        (BlockKind.PARAGRAPH, "Before."),
        (BlockKind.PARAGRAPH, "After."),
        (BlockKind.HEADING, "Setext"),
    ]
    assert doc.title_page.title == "T"


# --- 2. superscripts and subscripts ------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "text", "superscripts"),
    [
        ("Text^1^.", "Text1.", ((4, 5),)),
        ("Text^1,2^.", "Text1,2.", ((4, 7),)),
        ("pages^3--5^ only", "pages3–5 only", ((5, 8),)),
        ("2^10^ bytes", "210 bytes", ((1, 3),)),
        ("the 1^st^ time", "the 1st time", ((5, 7),)),
        ("<sup>1,2</sup> as HTML", "1,2 as HTML", ((0, 3),)),
        ("a^\\ b^c", "a bc", ((1, 3),)),
        # not superscripts: "^^", an unescaped space, an unclosed caret
        ("a^^b", "a^^b", ()),
        ("x ^a b^ y", "x ^a b^ y", ()),
        ("x^2 alone", "x^2 alone", ()),
        # subscripts keep their text and have no span; strikethrough is not a subscript
        ("H~2~O", "H2O", ()),
        ("~~struck~~ text", "struck text", ()),
        ("about ~5 km~ away", "about ~5 km~ away", ()),
    ],
)
def test_superscripts_and_subscripts(source, text, superscripts):
    block = read(source).blocks[1]
    assert block.text == text
    assert block.superscripts == superscripts


def test_caret_superscripts_are_typed_note_marks_like_sup():
    doc = read(
        "Mao went to Moscow in 1949.^1^ He stayed for two months.^2^\n\n"
        "# Notes\n\n1. Chen, *Mao's China*, 45.\n2. Ibid., 47.\n"
    )
    para = doc.blocks[1]
    assert para.text == "Mao went to Moscow in 1949. He stayed for two months."
    assert [(r.note_id, r.offset) for r in para.note_refs] == [("typed-1", 27), ("typed-2", 53)]
    assert [(n.label, n.text, n.referenced_from) for n in doc.notes] == [
        ("1", "Chen, Mao's China, 45.", (1,)),
        ("2", "Ibid., 47.", (1,)),
    ]


def test_inline_notes_are_not_superscripts():
    doc = read("The treaty was signed.^[Its protocol stayed secret.] Then^2^ more.")
    assert doc.blocks[1].text == "The treaty was signed. Then2 more."
    assert doc.blocks[1].superscripts == ((27, 28),)
    assert [n.text for n in doc.notes] == ["Its protocol stayed secret."]


# --- 3. math -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "text", "words"),
    [
        ("The value $\\alpha$ where it ends.", "The value where it ends.", 6),
        ("Let $x^2 + y^2 = 1$ hold.", "Let hold.", 3),
        ("$x$ leads the sentence.", "leads the sentence.", 4),
        ("It ends with $x$", "It ends with", 4),
        ("Glued a$x$b stays apart.", "Glued a b stays apart.", 6),
        ("Before $x$, after $y$.", "Before , after .", 3),
        ("Display $$E = mc^2$$ inline.", "Display inline.", 3),
        # "\(…\)" is escaped parentheses, as in pandoc (tex_math_single_backslash is
        # off by default); its writer escapes an ACS reference label "(1)" so
        ("Paren \\(a or b\\) text.", "Paren (a or b) text.", 6),
        ("\\(1\\) GSMA. *The Mobile Economy*; 2023.", "(1) GSMA. The Mobile Economy; 2023.", 7),
        ("Two $a$ $b$ maths.", "Two maths.", 3),
        # dollar amounts are prose (pandoc's rule)
        ("It cost $5 and $10 in all.", "It cost $5 and $10 in all.", 8),
        ("It cost US$ 3 a day.", "It cost US$ 3 a day.", 7),
        ("From $5-$10 a tonne.", "From $5-$10 a tonne.", 5),
        ("A \\$4 fee and \\$x\\$ text.", "A $4 fee and $x$ text.", 7),
        ("No $ x$ and no $x $ here.", "No $ x$ and no $x $ here.", 7),
        ("Not $x$5 either.", "Not $x$5 either.", 4),
        # pandoc reads this pair of dollars as math too ("10, US"): eecheck agrees with pandoc
        ("It cost $10, US$ 3 now.", "It cost 3 now.", 5),
        # "\[…\]" inside a line is the escaped brackets pandoc writes for "[sic]", not math
        (
            "He said \\[sic\\] that the \\[Soviet\\] leader \\[...\\] left.",
            "He said [sic] that the [Soviet] leader […] left.",
            9,
        ),
    ],
)
def test_inline_math_is_not_counted(source, text, words):
    assert texts(source) == [text]
    assert countable(source) == words


def test_note_refs_after_math_keep_their_place():
    doc = read("The value $\\alpha$ where[^1] it ends $\\beta$.[^2]\n\n[^1]: One.\n\n[^2]: Two $q$ note.\n")
    para = doc.blocks[1]
    assert para.text == "The value where it ends ."
    assert [(r.note_id, r.offset, para.text[: r.offset]) for r in para.note_refs] == [
        ("md:1", 15, "The value where"),
        ("md:2", 25, "The value where it ends ."),
    ]
    assert [n.text for n in doc.notes] == ["One.", "Two note."]


@pytest.mark.parametrize(
    ("source", "blocks"),
    [
        ("Before.\n\n$$\nE = mc^2\n$$\n\nAfter.", ["Before.", "After."]),
        ("Before.\n\n$$E = mc^2$$\n\nAfter.", ["Before.", "After."]),
        ("Before.\n\n\\[\nF = ma\n\\]\n\nAfter.", ["Before.", "After."]),
        ("Text before\n\\[\nG = 1\n\\]\ntext after.", ["Text before\n\ntext after."]),
        ("Before.\n\n\\begin{equation}\nE = mc^2\n\\end{equation}\n\nAfter.", ["Before.", "After."]),
        ("Before.\n\n\\begin{align*}\na &= b \\\\\nc &= d\n\\end{align*}\n\nAfter.", ["Before.", "After."]),
        # an equation environment right after a line of text still is no prose
        ("Where\n\\begin{equation}\nx = 1\n\\end{equation}", ["Where"]),
        ("- item $x$ one\n- $$y$$", ["item one"]),
    ],
)
def test_display_math_is_no_paragraph(source, blocks):
    assert texts(source) == blocks


def test_display_math_in_a_note():
    doc = read("Text.[^1]\n\n[^1]: The rate is\n\n    $$\n    r = 0.5\n    $$\n\n    per year.\n")
    assert [n.text for n in doc.notes] == ["The rate is\nper year."]


# --- 4. raw TeX and HTML -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "blocks"),
    [
        (
            "Before.\n\n\\begin{figure}\n\\centering\n\n\\includegraphics{trade.png}\n\n"
            "\\caption{Trade with the Soviet Union}\n\\end{figure}\n\nAfter.",
            ["Before.", "After."],
        ),
        ("\\tableofcontents\n\n\\listoffigures\n\nText.", ["Text."]),
        ("\\section{Introduction}\n\nText.", ["Text."]),
        ("\\section{Introduction}\nSome text.", ["Some text."]),
        ("\\vspace{1cm}\n\nText.", ["Text."]),
        ("\\noindent\nText.", ["Text."]),
        ("\\begin{quote}\nA quoted line.\n\\end{quote}\n\nText.", ["Text."]),
        ('<div class="box">\nBoxed words here\n</div>\n\nText.', ["Text."]),
        ("<table><tr><td>cell words</td></tr></table>\n\nText.", ["Text."]),
        ('<img src="trade.png">\n\nText.', ["Text."]),
        ('<figure><img src="a.png"><figcaption>A caption</figcaption></figure>\n\nText.', ["Text."]),
        # a formatting command alone on its line is text
        ("\\textbf{Key finding}\n\nText.", ["Key finding", "Text."]),
    ],
)
def test_raw_tex_and_html_blocks_are_not_prose(source, blocks):
    assert texts(source) == blocks


@pytest.mark.parametrize(
    ("source", "text", "words"),
    [
        ("see \\cite{chen2001} and more", "see and more", 4),
        ("see \\cite[p.~45]{chen2001}.", "see .", 2),
        ("as \\textcite{chen2001} and \\parencite{luthi2008} say", "as and say", 4),
        ("in Figure \\ref{fig:trade} and \\eqref{eq:1} here\\label{sec:intro}.", "in Figure and here.", 5),
        ("a \\textbf{bold} word", "a bold word", 4),
        ("\\emph{one} \\textit{two} \\underline{three} \\textsc{four}", "one two three four", 5),
        ("the \\textbf{\\emph{nested} words} here", "the nested words here", 5),
        ("in \\textcolor{red}{red text} and \\href{http://x.org}{the site}", "in red text and the site", 7),
        ("\\textbf{ideology---not} power", "ideology—not power", 4),
        ("\\noindent Some text.", "Some text.", 3),
        ("the \\LaTeX{} way", "the way", 3),
        # a command eecheck does not know keeps the text of its braces: no prose is lost
        ("text\\footnote{A typed note.} here", "text A typed note. here", 6),
        ("code `\\textbf{x}` stays", "code \\textbf{x} stays", 4),
    ],
)
def test_inline_tex(source, text, words):
    assert texts(source) == [text]
    assert countable(source) == words


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ('A <span class="x">spanned</span> word.', "A spanned word."),
        ("<em>Em</em> text and <u>under</u>.", "Em text and under."),
        ("one<br>two", "one\ntwo"),
        ('inline <img src="a.png"> image', "inline  image"),
    ],
)
def test_inline_html_tags_go_and_their_text_stays(source, text):
    assert texts(source) == [text]


def test_page_breaks_and_suppressions_still_work():
    doc = read_markdown_text(
        "Title line\n\n\\newpage\n\n# Introduction\n\nText.\n\n\\pagebreak\n\nMore.\n\n\\clearpage\n\n"
        "<!-- eecheck: ignore STR004 -->\n\nLast.\n"
    )
    assert [(b.kind.value, b.text) for b in doc.blocks] == [
        ("paragraph", "Title line"),
        ("page-break", ""),
        ("heading", "Introduction"),
        ("paragraph", "Text."),
        ("page-break", ""),
        ("paragraph", "More."),
        ("page-break", ""),
        ("paragraph", "Last."),
    ]
    assert [(s.codes, s.location.line) for s in doc.suppressions] == [(("STR004",), 15)]


# --- a pandoc-output essay -------------------------------------------------------------

PANDOC_ESSAY = """\
---
title: "The Sino-Soviet split---ideology or power?"
research_question: "To what extent was ideology the cause of the split, 1956--1966?"
subject: History
---

# Introduction

The split was about ideology---not power, as Chen argues (pp. 22--24).[^1]
Khrushchev's speech of 1956 mattered...

<!-- eecheck: ignore STR004 -->

# Analysis

Trade fell by half^1^ between 1959 and 1962.[^2] If it fell at a rate $r$
each year, then after $n$ years

$$
T_n = T_0 (1 - r)^n
$$

and a tonne of grain cost \\$5 in 1959 and \\$10 in 1962.

\\begin{figure}
\\centering
\\includegraphics{trade.png}
\\caption{Trade, 1950--1965}
\\end{figure}

# Conclusion

The evidence points to power, not ideology.

[^1]: Chen, *Mao's China*, 22--24.

[^2]: The figures are Soviet ones; the Chinese figures differ by a quarter or more...
"""


def test_a_pandoc_output_essay_reads_as_pandoc_reads_it():
    doc = read_markdown_text(PANDOC_ESSAY, path="essay.md")
    tp = doc.title_page
    assert tp.title == "The Sino-Soviet split—ideology or power?"
    assert tp.research_question == "To what extent was ideology the cause of the split, 1956–1966?"
    assert [(b.kind.value, b.section.value, b.text, b.location.line) for b in doc.blocks] == [
        ("heading", "introduction", "Introduction", 7),
        (
            "paragraph",
            "introduction",
            "The split was about ideology—not power, as Chen argues (pp. 22–24).\n"
            "Khrushchev's speech of 1956 mattered…",
            9,
        ),
        ("heading", "body", "Analysis", 14),
        (
            "paragraph",
            "body",
            "Trade fell by half1 between 1959 and 1962. If it fell at a rate\neach year, then after years",
            16,
        ),
        ("paragraph", "body", "and a tonne of grain cost $5 in 1959 and $10 in 1962.", 23),
        ("heading", "conclusion", "Conclusion", 31),
        ("paragraph", "conclusion", "The evidence points to power, not ideology.", 33),
    ]
    intro, analysis = doc.blocks[1], doc.blocks[3]
    assert [(r.note_id, r.offset) for r in intro.note_refs] == [("md:1", 67)]
    assert [(r.note_id, r.offset) for r in analysis.note_refs] == [("md:2", 42)]
    assert analysis.superscripts == ((18, 19),)
    assert [(n.label, n.text) for n in doc.notes] == [
        ("1", "Chen, Mao's China, 22–24."),
        ("2", "The figures are Soviet ones; the Chinese figures differ by a quarter or more…"),
    ]
    assert [(s.codes, s.location.line) for s in doc.suppressions] == [(("STR004",), 12)]
    # Introduction: heading 1 + 15 ("ideology—not" is two words; "(pp. 22–24)" is a citation);
    # Analysis: heading 1 + 19 + 13 (the math is gone, "$5" and "$10" are words);
    # Conclusion: heading 1 + 7; notes: note 1 is a reference, note 2 is 14 words of prose.
    wc = count_document(doc)
    assert wc.by_part == {"introduction": 16, "body": 33, "conclusion": 8, "notes": 14}
    assert wc.countable == 71
