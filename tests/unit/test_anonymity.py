"""The anonymity scan behind INT001 (leaks) and INT004 (placeholders), piece by piece.

Documents are built directly from the model, so each test says exactly which
text sits on the title page, in the body, in a note, a header or the metadata.
"""

from __future__ import annotations

from datetime import date

import pytest

from eecheck.check import build_engine
from eecheck.config import Settings
from eecheck.kinds.anonymity import (
    PERSONAL_CODE,
    SESSION_NUMBER,
    findings,
    is_generic_author,
    is_placeholder,
)
from eecheck.model import (
    Block,
    BlockKind,
    Document,
    HeaderFooter,
    Location,
    Metadata,
    Note,
    NoteKind,
    NoteRef,
    Section,
    TitlePage,
)
from tests.conftest import REPO

TITLE = "The Recall of the Soviet Specialists, 1960"


def document(
    title: list[str] = (),
    body: list[str] = (),
    *,
    headers: list[str] = (),
    notes: list[str] = (),
    metadata: Metadata | None = None,
    other_lines: tuple[str, ...] = (),
    source: str = "page-break",
) -> Document:
    blocks: list[Block] = []
    for text in [TITLE, *title]:
        blocks.append(Block(len(blocks), BlockKind.PARAGRAPH, text, Section.TITLE_PAGE, Location("word/document.xml")))
    title_blocks = tuple(range(len(blocks)))
    blocks.append(Block(len(blocks), BlockKind.HEADING, "Introduction", Section.INTRODUCTION, Location("d"), level=1))
    for text in body:
        refs = (NoteRef("footnote-2", len(text)),) if notes and not any(b.note_refs for b in blocks) else ()
        blocks.append(
            Block(len(blocks), BlockKind.PARAGRAPH, text, Section.INTRODUCTION, Location("d"), note_refs=refs)
        )
    note_objects = tuple(
        Note(
            f"footnote-{n + 2}",
            NoteKind.FOOTNOTE,
            str(n + 1),
            text,
            Location("word/footnotes.xml", n),
            (len(blocks) - 1,),
        )
        for n, text in enumerate(notes)
    )
    return Document(
        path="essay.docx",
        format="docx",
        title_page=TitlePage(title=TITLE, blocks=title_blocks, source=source, other_lines=other_lines),
        blocks=tuple(blocks),
        notes=note_objects,
        headers_footers=tuple(
            HeaderFooter("header", f"word/header{i + 1}.xml", text) for i, text in enumerate(headers)
        ),
        metadata=metadata or Metadata(),
    )


def cases(doc: Document, **kwargs) -> list[tuple[str, str, str]]:
    """(case, place, text or value) of every finding."""
    return [(f.case, f.fields["place"], f.fields.get("text") or f.fields["value"]) for f in findings(doc, **kwargs)]


# --- labelled lines -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "identifies"),
    [
        ("Candidate name: Anna Kowalska", "the candidate's name"),
        ("CANDIDATE NAME: ANNA KOWALSKA", "the candidate's name"),
        ("Name: Anna Kowalska", "the candidate's name"),
        ("Author – Anna Kowalska", "the candidate's name"),
        ("Candidate number: 0042", "a candidate number"),
        ("Candidate session number: 003219-0042", "a candidate number"),
        ("Session number: 003219-0042", "a candidate number"),
        ("Personal code: hbq123", "a personal code"),
        ("School: International School of Lagos", "the school's name"),
        ("School name: International School of Lagos", "the school's name"),
        ("Supervisor: Ms Jane Doe", "the supervisor's name"),
        ("Supervisor’s name: Ms Jane Doe", "the supervisor's name"),
        ("Candidate number (if known): 0042", "a candidate number"),
        ("Candidate name\tAnna Kowalska", "the candidate's name"),
        ("Subject\tHistory\tSupervisor:\tMs Jane Doe", "the supervisor's name"),
    ],
)
def test_labelled_lines_on_the_title_page(line, identifies):
    found = findings(document([line]))
    assert [(f.case, f.fields["identifies"]) for f in found] == [("labelled", identifies)]


@pytest.mark.parametrize(
    "line",
    [
        "Session: May 2027",
        "Examination session: May 2027",
        "Subject: History",
        "Subject area: History",
        "Word count: 3,950",
        "Research question: To what extent did the school reforms of 1958 fail?",
        "Named after a teacher of Mao",
    ],
)
def test_title_page_lines_that_are_not_anonymity_fields(line):
    assert findings(document([line])) == []


def test_specific_labels_count_anywhere_generic_ones_only_where_exposed():
    doc = document(
        body=[
            "Candidate number: 0042",
            "Supervisor: we were told on a Monday and they had gone by the Friday.",
            "Name: Liu Wei (the interviewee asked that only this name be used).",
            "School: the Moscow Higher Party School trained many Chinese cadres.",
            "Name\tFormula",
        ]
    )
    assert cases(doc) == [("labelled", "the introduction", "Candidate number: 0042")]


def test_a_value_on_the_next_line_under_a_lone_label():
    doc = document(["Supervisor:", "Ms Jane Doe", "Candidate number:", "Subject: History", "Word count: 3,950"])
    assert cases(doc) == [
        ("labelled", "the title page", "Supervisor: Ms Jane Doe"),
        ("placeholder", "the title page", "Candidate number:"),
    ]


def test_the_research_question_is_never_a_lone_labels_value():
    question = "To what extent was the recall of 1960 ideological?"
    doc = document(["Name:", question])
    doc = Document(
        **{
            **{f: getattr(doc, f) for f in doc.__dataclass_fields__},
            "title_page": TitlePage(
                title=TITLE, research_question=question, blocks=doc.title_page.blocks, source="page-break"
            ),
        }
    )
    assert cases(doc) == [("placeholder", "the title page", "Name:")]


@pytest.mark.parametrize(
    "value",
    [
        "",
        "N/A",
        "n/a",
        "NA",
        "–",
        "-",
        "—",
        "xxxx",
        "XXXXXX-XXXX",
        "000000-0000",
        "[removed]",
        "(redacted)",
        "Anonymous",
        "Candidate",
        "Student",
        "withheld",
        "[Your name here]",
        "<candidate number>",
        "___",
    ],
)
def test_placeholders(value):
    assert is_placeholder(value)


@pytest.mark.parametrize("value", ["Anna Kowalska", "0042", "003219-0042", "hbq123", "Ms Jane Doe", "X. Li"])
def test_real_values_are_not_placeholders(value):
    assert not is_placeholder(value)


def test_placeholder_lines_are_the_placeholder_case():
    doc = document(["Candidate number: xxxx", "Supervisor: N/A", "School: [removed]", "Name: Candidate"])
    assert [c[0] for c in cases(doc)] == ["placeholder"] * 4


# --- numbers and codes --------------------------------------------------------------


@pytest.mark.parametrize("text", ["003219-0042", "candidate 003219-0042.", "(003219–0042)", "000321-0001's"])
def test_session_numbers(text):
    assert SESSION_NUMBER.search(text)


@pytest.mark.parametrize(
    "text", ["240315-0930", "1003219-0042", "003219-00421", "ISBN 978-0-19-280458-4", "1949-1953", "003219 0042"]
)
def test_not_session_numbers(text):
    assert not SESSION_NUMBER.search(text)


def test_a_session_number_anywhere_but_not_all_zeros():
    doc = document(
        body=["The archive clerk wrote 003219-0042 on the request form."],
        notes=["Request 000000-0000 in the reading room."],
    )
    assert cases(doc) == [
        ("session-number", "the introduction", "The archive clerk wrote 003219-0042 on the request form.")
    ]


@pytest.mark.parametrize("token", ["abc123", "HBQ123", "hbq123"])
def test_personal_codes(token):
    assert PERSONAL_CODE.match(token)


@pytest.mark.parametrize("token", ["ISO 9001", "COVID-19", "A4", "MP3", "CO2", "H2O", "CYP3A4", "abcd123", "ab123"])
def test_not_personal_codes(token):
    assert not PERSONAL_CODE.match(token)


def test_personal_codes_only_where_they_stand_alone_on_the_title_page_or_in_a_header():
    doc = document(
        ["hbq123", "Grapefruit juice and the CYP450 enzymes", "ISO 9001 · COVID-19 · A4 · MP3 · CO2"],
        body=["The CYP450 family; sample abc123 was discarded."],
        headers=["Extended Essay | xyz789", "CYP450 inhibition"],
    )
    assert cases(doc) == [
        ("personal-code", "the title page", "hbq123"),
        ("personal-code", "the header", "Extended Essay | xyz789"),
    ]


def test_the_same_header_in_two_parts_is_reported_once():
    doc = document(headers=["Candidate number: 0042", "Candidate number: 0042"])
    assert cases(doc) == [("labelled", "the header", "Candidate number: 0042")]


# --- names in prose -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("I thank my supervisor, Ms Patel, for her advice.", "my supervisor, Ms Patel"),
        ("I thank my EE supervisor Dr. Okafor for his advice.", "my EE supervisor Dr. Okafor"),
        ("Thanks to Ms Priya Patel, my supervisor, for two readings.", "Ms Priya Patel, my supervisor"),
        ("Thanks to my supervisor Anna Nowak.", "my supervisor Anna Nowak"),
        ("Interview with my history teacher, Mr Osei.", "my history teacher, Mr Osei"),
    ],
)
def test_a_supervisor_named_in_prose(text, fragment):
    assert cases(document(body=[text])) == [("labelled", "the introduction", fragment)]


@pytest.mark.parametrize(
    "text",
    [
        "I thank my supervisor for her patience.",
        "My supervisor’s comments shaped the second chapter.",
        "Mao’s teacher, Yang Changji, taught him to distrust foreign models.",
        "“My teacher Lenin,” Stalin wrote, “never compromised.”",
        "The factory supervisor, Mr Li, remembered the departure.",
        "I asked my supervisor. She agreed.",
    ],
)
def test_prose_that_names_no_supervisor(text):
    assert findings(document(body=[text])) == []


def test_a_markdown_soft_break_does_not_hide_a_name():
    assert cases(document(body=["I thank my supervisor, Ms\nPatel, for her advice."])) == [
        ("labelled", "the introduction", "my supervisor, Ms Patel")
    ]


def test_a_note_is_reported_at_the_paragraph_that_references_it():
    found = findings(document(body=["The recall was sudden."], notes=["Interview with my teacher, Mr Osei, 2026."]))
    assert [(f.fields["place"], f.location.block) for f in found] == [("note 1", 2)]


def test_bylines_on_the_title_page():
    assert cases(document(["by Anna Kowalska"])) == [("labelled", "the title page", "by Anna Kowalska")]
    assert findings(document(["By Land and Sea: the airlift"])) == []
    assert findings(document(body=["by Anna Kowalska"])) == []


def test_front_matter_keys_are_title_page_lines():
    doc = document(other_lines=("author: Anna Kowalska", "session: May 2027"), source="front-matter")
    assert cases(doc) == [("labelled", "the front matter", "author: Anna Kowalska")]


# --- metadata -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        None,
        "",
        "python-docx",
        "Microsoft Office User",
        "Windows User",
        "User",
        "Administrator",
        "Author",
        "Unknown",
        "pandoc",
        "  author ",
        "ADMINISTRATOR",
        "Anonymous",
        "N/A",
        "Учетная запись Майкрософт",
        "Compte Microsoft",
        "Online2PDF.com",
        "C",
    ],
)
def test_authors_that_name_nobody(name):
    assert is_generic_author(name)


@pytest.mark.parametrize("name", ["Anna Kowalska", "akowalska", "J. Whitfield", "ISL Lab 3"])
def test_authors_that_name_someone(name):
    assert not is_generic_author(name)


def test_a_schools_shared_account_can_be_declared_generic():
    assert is_generic_author("ISL Lab 3", ["isl lab 3"])


def test_metadata_findings_say_where():
    meta = Metadata(
        author="Anna Kowalska",
        last_modified_by="Anna Kowalska",
        comment_authors=("Author", "Jane Doe"),
        revision_authors=("A. Supervisor", "Microsoft Office User"),
    )
    found = findings(document(metadata=meta))
    assert [(f.case, f.fields["field"], f.fields["value"], f.location.part) for f in found] == [
        ("properties", "author and last modified by", "Anna Kowalska", "docProps/core.xml"),
        ("comments", "comment author", "Jane Doe", "word/comments.xml"),
        ("revisions", "tracked-change author", "A. Supervisor", None),
    ]


def test_the_company_a_school_computer_records():
    meta = Metadata(author="Microsoft Office User", company="International School of Lagos")
    found = findings(document(metadata=meta))
    assert [(f.case, f.fields["value"], f.location.part) for f in found] == [
        ("company", "International School of Lagos", "docProps/app.xml")
    ]
    assert findings(document(metadata=Metadata(company="HP Inc."))) == []


def test_author_and_last_modifier_apart():
    found = findings(document(metadata=Metadata(author="Anna Kowalska", last_modified_by="Jan Nowak")))
    assert [(f.fields["field"], f.fields["value"]) for f in found] == [
        ("author", "Anna Kowalska"),
        ("last modified by", "Jan Nowak"),
    ]


# --- the rules ----------------------------------------------------------------------


def _run(path, **params):
    engine = build_engine(Settings(select=("INT001", "INT004"), params=params, as_of=date(2026, 11, 26)))
    return [(f.code, f.severity) for f in engine.check_path(path).findings]


def test_int001_errors_and_int004_infos_come_from_one_scan():
    assert _run(REPO / "tests" / "rules" / "INT004" / "fail.md") == [("INT004", "info")] * 4
    assert _run(REPO / "tests" / "rules" / "INT001" / "fail.md") == [("INT001", "error")] * 4


def test_generic_authors_is_tunable():
    path = REPO / "tests" / "rules" / "INT001" / "fail_metadata.docx"
    assert len(_run(path)) == 4  # author and last modifier, company, comment author, tracked-change author
    assert _run(path, INT001={"generic_authors": ["Anna Kowalska", "International School of Lagos"]}) == [
        ("INT001", "error")
    ]
