#!/usr/bin/env python3
"""Build this folder's DOCX fixtures for INT001 (anonymity).

    python tests/rules/INT001/build.py

* ``fail_title_page.docx``: the old-template title page (candidate name and session
  number, the school in a table, the supervisor's name on the line under its label),
  a personal code in the header, the supervisor thanked by name in the
  acknowledgements and a teacher named in a footnote.
* ``fail_metadata.docx``: a clean text in a file that still names people: the
  core-properties author and last modifier, the company a school computer records,
  a comment author, and tracked changes (an insertion, a formatting change in a
  footnote, a paragraph-property change in the header).
* ``pass.docx``: the nearest correct essay: "Session: May 2027" on the title page, a
  header naming the subject and an archive, "ISO 9001", "COVID-19", "CO2", "A4" and an
  ISBN in the text, an interview transcript line "Supervisor: …" in the body, a thank-you
  to "my supervisor" without a name, and a file whose author, comment author and
  tracked-change author are the ones Word leaves after Inspect Document ("Author")
  or its account default ("Microsoft Office User"), and the computer maker as
  the company.

The package helpers (fixed zip times, so the bytes are reproducible) are the DOCX
goldens' own, in tests/readers/docx_goldens/build.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Run as a script, so the repository root goes on the path to reach the goldens' helpers.
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from tests.readers.docx_goldens import build as docx  # noqa: E402

p, r, fn_ref, note, field = docx.p, docx.r, docx.fn_ref, docx.note, docx.field
DATE = docx.REVISION_DATE

FOOTER = p(r("Page "), *field([" PAGE "], [r("1")]), jc="center")


def cell(text: str) -> str:
    return f'<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>{p(r(text))}</w:tc>'


def table(rows: list[list[str]]) -> str:
    grid = "".join('<w:gridCol w:w="4500"/>' for _ in rows[0])
    body = "".join(f"<w:tr>{''.join(cell(c) for c in row)}</w:tr>" for row in rows)
    return f'<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{body}</w:tbl>'


def essay_body(*, acknowledgement: str, interview: list[str]) -> list[str]:
    return [
        p(r("Introduction"), style="Heading1"),
        p(
            r(
                "When Khrushchev recalled the Soviet specialists from China in July 1960, more than a "
                "thousand engineers left within a month."
            ),
            fn_ref(2),
            r(" This essay asks how far the recall was caused by ideological disagreement."),
        ),
        *[p(r(line)) for line in interview],
        p(r("Conclusion"), style="Heading1"),
        p(r("The recall followed the polemics of 1960 and made the split visible to the world.")),
        p(r("Acknowledgements"), style="Heading1"),
        p(r(acknowledgement)),
        p(r("Bibliography"), style="Heading1"),
        p(r("Lüthi, Lorenz M. The Sino-Soviet Split. Princeton: Princeton University Press, 2008.")),
    ]


def build_fail_title_page() -> Path:
    body = [
        p(r("The Recall of the Soviet Specialists, 1960"), style="Title"),
        p(r("Research question: To what extent was the recall of 1960 caused by ideological disagreement?")),
        p(r("Subject: History")),
        p(r("Candidate name: Anna Kowalska")),
        p(r("Candidate number: 003219-0042")),
        table([["School", "International School of Lagos"]]),
        p(r("Supervisor:")),
        p(r("Ms Jane Doe")),
        p(r("Word count: 3,950")),
        p(docx.PAGE_BREAK),
        *essay_body(
            acknowledgement="I would like to thank my supervisor, Ms Jane Doe, for her patience.",
            interview=[],
        ),
    ]
    footnotes = [note("footnote", 2, "Interview with my history teacher, Mr Osei, 12 March 2026.")]
    return docx.write_docx(
        "fail_title_page",
        body,
        footnotes=footnotes,
        header=p(r("hbq123 | Extended Essay in History")),
        footer=FOOTER,
        out_dir=HERE,
    )


def _title_page(subject: str, *extra: str) -> list[str]:
    return [
        p(r("The Recall of the Soviet Specialists, 1960"), style="Title"),
        p(r("Research question: To what extent was the recall of 1960 caused by ideological disagreement?")),
        p(r(f"Subject: {subject}")),
        *[p(r(line)) for line in extra],
        p(r("Word count: 3,950")),
        p(docx.PAGE_BREAK),
    ]


def _metadata_file(name: str, *, person: str, commenter: str, reviser: str, company: str) -> Path:
    body = [
        *_title_page("History"),
        p(r("Introduction"), style="Heading1"),
        p(
            docx.comment_anchor(
                0,
                r("When Khrushchev recalled the Soviet specialists from China in July 1960, more than a thousand"),
            ),
            docx.ins(" Soviet", reviser),
            r(" engineers left within a month."),
            fn_ref(2),
        ),
        p(r("Conclusion"), style="Heading1"),
        p(r("The recall made the split visible to the world.")),
    ]
    footnote = (
        '<w:footnote w:id="2"><w:p><w:pPr><w:pStyle w:val="EssayNote"/></w:pPr>'
        '<w:r><w:rPr><w:rStyle w:val="NoteMark"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:rPr><w:i/><w:rPrChange w:id="301" w:author="{reviser}" w:date="{DATE}"><w:rPr/></w:rPrChange>'
        '</w:rPr><w:t xml:space="preserve"> Lüthi, The Sino-Soviet Split, 174.</w:t></w:r></w:p></w:footnote>'
    )
    header = (
        f'<w:p><w:pPr><w:jc w:val="right"/><w:pPrChange w:id="302" w:author="{reviser}" w:date="{DATE}">'
        "<w:pPr/></w:pPrChange></w:pPr>" + r("Extended Essay in History") + "</w:p>"
    )
    return docx.write_docx(
        name,
        body,
        footnotes=[footnote],
        comments=[docx.comment(0, commenter, "JD", "Give the source of this figure.")],
        header=header,
        footer=FOOTER,
        core=docx.core_xml(person, person),
        app=app_with_company(company),
        out_dir=HERE,
    )


def app_with_company(company: str) -> str:
    return docx.app_xml(3950, "Microsoft Office Word").replace(
        "<DocSecurity>", f"<Company>{company}</Company><DocSecurity>"
    )


def build_fail_metadata() -> Path:
    return _metadata_file(
        "fail_metadata",
        person="Anna Kowalska",
        commenter="Jane Doe",
        reviser="Anna Kowalska",
        company="International School of Lagos",
    )


def build_pass() -> Path:
    body = [
        *_title_page("History", "Session: May 2027"),
        *essay_body(
            acknowledgement="I would like to thank my supervisor for her patience, and the school library.",
            interview=[
                "A retired factory supervisor interviewed in 2025 remembered the departure:",
                "Supervisor: we were told on a Monday and they had gone by the Friday.",
                "Name: Liu Wei (the interviewee asked that only this name be used).",
                "Later audits to ISO 9001, the COVID-19 closures and the CO2 targets are outside this essay; "
                "the specialists’ reports (ISBN 978-0-19-280458-4) were printed on A4.",
            ],
        ),
    ]
    footnotes = [note("footnote", 2, "Mao’s teacher, Yang Changji, had taught him to distrust foreign models.")]
    return docx.write_docx(
        "pass",
        body,
        footnotes=footnotes,
        comments=[docx.comment(0, "Author", "A", "Give the source of this figure.")],
        header=p(r("Extended Essay | History | RGASPI f. 558")),
        footer=FOOTER,
        core=docx.core_xml("Microsoft Office User", "Author"),
        app=app_with_company("HP Inc."),
        out_dir=HERE,
    )


def main() -> None:
    for build in (build_fail_title_page, build_fail_metadata, build_pass):
        print(build())


if __name__ == "__main__":
    main()
