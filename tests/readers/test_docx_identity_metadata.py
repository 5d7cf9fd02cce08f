"""Metadata that can identify the candidate: tracked-change authors and the company.

Tracked-change authors come from every revision element, in every part that can
hold one. Each test writes a small package with the DOCX goldens' helpers and checks
``Metadata.revision_authors`` (or ``Metadata.company``). The text walk skips property elements (``w:rPr``,
``w:pPr``, ``w:tblPr`` …), so a formatting change would be missed if authors were
only collected while reading text; these tests pin the separate pass that finds them.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from eecheck.readers import read_document
from tests.readers.docx_goldens import build as build  # noqa: E402

p, r = build.p, build.r
DATE = build.REVISION_DATE


def rev(tag: str, author: str, inner: str = "", rid: int = 900) -> str:
    return f'<w:{tag} w:id="{rid}" w:author="{author}" w:date="{DATE}">{inner}</w:{tag}>'


def cell(text: str, tcpr: str = "") -> str:
    return f'<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/>{tcpr}</w:tcPr>{p(r(text))}</w:tc>'


def table(*, tblpr: str = "", trpr: str = "", tcpr: str = "", tblprex: str = "") -> str:
    trpr_xml = f"<w:trPr>{trpr}</w:trPr>" if trpr else ""
    return (
        f'<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/>{tblpr}</w:tblPr>'
        '<w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid>'
        f"<w:tr>{tblprex}{trpr_xml}{cell('1959', tcpr)}{cell('1,500')}</w:tr></w:tbl>"
    )


# Each case: a revision element (in its natural place) whose author must be found.
BODY_CASES = {
    "ins": p(r("Soviet aid "), rev("ins", "Ins Author", r("quickly "))),
    "del": p(
        r("Soviet aid "),
        f'<w:del w:id="901" w:author="Del Author" w:date="{DATE}"><w:r>'
        '<w:delText xml:space="preserve">slowly </w:delText></w:r></w:del>',
    ),
    "moveFrom": p(rev("moveFrom", "MoveFrom Author", r("The clashes of 1969 confirmed it."))),
    "moveTo": p(rev("moveTo", "MoveTo Author", r("The clashes of 1969 confirmed it."))),
    "moveFromRangeStart": p(
        f'<w:moveFromRangeStart w:id="902" w:author="Range Author" w:date="{DATE}" w:name="m1"/>',
        r("Moved text."),
        '<w:moveFromRangeEnd w:id="902"/>',
    ),
    "moveToRangeStart": p(
        f'<w:moveToRangeStart w:id="903" w:author="RangeTo Author" w:date="{DATE}" w:name="m1"/>',
        r("Moved text."),
        '<w:moveToRangeEnd w:id="903"/>',
    ),
    "rPrChange": (
        "<w:p><w:r><w:rPr><w:b/>" + rev("rPrChange", "Bold Author", "<w:rPr/>") + "</w:rPr>"
        '<w:t xml:space="preserve">Emphasised.</w:t></w:r></w:p>'
    ),
    "pPrChange": (
        '<w:p><w:pPr><w:jc w:val="center"/>'
        + rev("pPrChange", "Centre Author", "<w:pPr/>")
        + "</w:pPr>"
        + r("Centred.")
        + "</w:p>"
    ),
    "sectPrChange": p(
        r("End of the title page."),
        sect='<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        + rev("sectPrChange", "Section Author", "<w:sectPr/>")
        + "</w:sectPr>",
    ),
    "paragraph mark ins": p(r("A new paragraph."), mark_rpr="<w:rPr>" + rev("ins", "Mark Author") + "</w:rPr>"),
    "numberingChange": (
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/>'
        + f'<w:numberingChange w:id="904" w:author="Numbering Author" w:date="{DATE}" w:original="%1."/>'
        + "</w:numPr></w:pPr>"
        + r("A list item.")
        + "</w:p>"
    ),
    "tblPrChange": table(tblpr=rev("tblPrChange", "Table Author", "<w:tblPr/>")),
    "tblPrExChange": table(
        tblprex="<w:tblPrEx><w:tblBorders/>" + rev("tblPrExChange", "TableEx Author", "<w:tblPrEx/>") + "</w:tblPrEx>"
    ),
    "trPrChange": table(trpr="<w:cantSplit/>" + rev("trPrChange", "Row Author", "<w:trPr/>")),
    "trPr ins": table(trpr=rev("ins", "RowIns Author")),
    "tcPrChange": table(tcpr=rev("tcPrChange", "Cell Author", "<w:tcPr/>")),
    "cellIns": table(tcpr=rev("cellIns", "CellIns Author")),
    "cellDel": table(tcpr=rev("cellDel", "CellDel Author")),
    "cellMerge": table(tcpr=f'<w:cellMerge w:id="905" w:author="Merge Author" w:date="{DATE}" w:vMerge="cont"/>'),
    "customXmlInsRangeStart": (
        f'<w:customXmlInsRangeStart w:id="906" w:author="CustomIns Author" w:date="{DATE}"/>'
        '<w:customXml w:element="note">' + p(r("Tagged.")) + "</w:customXml>"
        '<w:customXmlInsRangeEnd w:id="906"/>'
    ),
    "customXmlDelRangeStart": (
        f'<w:customXmlDelRangeStart w:id="907" w:author="CustomDel Author" w:date="{DATE}"/>'
        '<w:customXmlDelRangeEnd w:id="907"/>' + p(r("Text."))
    ),
    "customXmlMoveFromRangeStart": (
        f'<w:customXmlMoveFromRangeStart w:id="908" w:author="CustomFrom Author" w:date="{DATE}"/>'
        '<w:customXmlMoveFromRangeEnd w:id="908"/>' + p(r("Text."))
    ),
    "customXmlMoveToRangeStart": (
        f'<w:customXmlMoveToRangeStart w:id="909" w:author="CustomTo Author" w:date="{DATE}"/>'
        '<w:customXmlMoveToRangeEnd w:id="909"/>' + p(r("Text."))
    ),
}
EXPECTED_AUTHOR = {
    "ins": "Ins Author",
    "del": "Del Author",
    "moveFrom": "MoveFrom Author",
    "moveTo": "MoveTo Author",
    "moveFromRangeStart": "Range Author",
    "moveToRangeStart": "RangeTo Author",
    "rPrChange": "Bold Author",
    "pPrChange": "Centre Author",
    "sectPrChange": "Section Author",
    "paragraph mark ins": "Mark Author",
    "numberingChange": "Numbering Author",
    "tblPrChange": "Table Author",
    "tblPrExChange": "TableEx Author",
    "trPrChange": "Row Author",
    "trPr ins": "RowIns Author",
    "tcPrChange": "Cell Author",
    "cellIns": "CellIns Author",
    "cellDel": "CellDel Author",
    "cellMerge": "Merge Author",
    "customXmlInsRangeStart": "CustomIns Author",
    "customXmlDelRangeStart": "CustomDel Author",
    "customXmlMoveFromRangeStart": "CustomFrom Author",
    "customXmlMoveToRangeStart": "CustomTo Author",
}


@pytest.mark.parametrize("case", sorted(BODY_CASES))
def test_revision_author_in_the_body(case, tmp_path):
    body = [p(r("Introduction"), style="Heading1"), BODY_CASES[case], p(r("The end."))]
    path = build.write_docx("revision", body, out_dir=tmp_path)
    assert read_document(path).metadata.revision_authors == (EXPECTED_AUTHOR[case],)


def test_every_revision_element_of_the_standard_is_covered():
    from eecheck.readers.docx import _REVISION_TAGS, W

    covered = {case.split()[-1] for case in BODY_CASES}  # "trPr ins" is a w:ins, placed in a row
    assert {tag.removeprefix(W) for tag in _REVISION_TAGS} == covered


def test_revision_authors_in_headers_footers_notes_and_comments(tmp_path):
    body = [
        p(r("Introduction"), style="Heading1"),
        p(
            build.comment_anchor(0, r("Soviet aid ended.")),
            build.fn_ref(2),
            build.en_ref(3),
        ),
    ]
    footnote = (
        '<w:footnote w:id="2"><w:p><w:r><w:rPr><w:rStyle w:val="NoteMark"/></w:rPr><w:footnoteRef/></w:r>'
        + rev("ins", "Footnote Author", r(" Lüthi, 174."))
        + "</w:p></w:footnote>"
    )
    endnote = (
        '<w:endnote w:id="3"><w:p><w:r><w:rPr><w:rStyle w:val="NoteMark"/></w:rPr><w:endnoteRef/></w:r>'
        "<w:r><w:rPr><w:i/>" + rev("rPrChange", "Endnote Author", "<w:rPr/>") + "</w:rPr>"
        '<w:t xml:space="preserve"> Radchenko, 12.</w:t></w:r></w:p></w:endnote>'
    )
    comment = (
        f'<w:comment w:id="0" w:author="Commenter" w:date="{DATE}" w:initials="C"><w:p>'
        + rev("ins", "Comment Reviser", r("Check this."))
        + "</w:p></w:comment>"
    )
    path = build.write_docx(
        "parts",
        body,
        footnotes=[footnote],
        endnotes=[endnote],
        comments=[comment],
        header=p(r("Extended Essay"), rev("ins", "Header Author", r(" in History"))),
        footer=(
            '<w:p><w:pPr><w:jc w:val="center"/>'
            + rev("pPrChange", "Footer Author", "<w:pPr/>")
            + "</w:pPr>"
            + r("Page 1")
            + "</w:p>"
        ),
        out_dir=tmp_path,
    )
    document = read_document(path)
    assert document.metadata.revision_authors == (
        "Comment Reviser",
        "Endnote Author",
        "Footer Author",
        "Footnote Author",
        "Header Author",
    )
    assert document.metadata.comment_authors == ("Commenter",)


def _add_part(path: Path, name: str, content_type: str, reltype: str, xml: str) -> None:
    """Add a part to a package, with its content type and a relationship from the main document."""
    with zipfile.ZipFile(path) as zf:
        members = [(info.filename, zf.read(info.filename)) for info in zf.infolist()]
    updated: list[tuple[str, bytes]] = []
    for member, data in members:
        if member == "[Content_Types].xml":
            data = data.replace(
                b"</Types>", f'<Override PartName="/{name}" ContentType="{content_type}"/></Types>'.encode()
            )
        elif member == "word/_rels/document.xml.rels":
            target = name.removeprefix("word/")
            data = data.replace(
                b"</Relationships>",
                f'<Relationship Id="rId99" Type="{reltype}" Target="{target}"/></Relationships>'.encode(),
            )
        updated.append((member, data))
    updated.append((name, xml.encode()))
    buffer = io.BytesIO(build.zip_bytes(updated))
    path.write_bytes(buffer.getvalue())


def test_revision_authors_in_styles_and_numbering(tmp_path):
    styled = build.pstyle(
        "Quote",
        "Quote",
        rpr_="<w:i/>" + rev("rPrChange", "Style Author", "<w:rPr/>"),
    )
    path = build.write_docx("styles", [p(r("A quotation."), style="Quote")], styles=[styled], out_dir=tmp_path)
    numbering = (
        f"{build.XML_HEAD}<w:numbering {build.NS_DECL}>"
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:pPr><w:ind w:left="720"/>'
        + rev("pPrChange", "Numbering Reviser", "<w:pPr/>")
        + "</w:pPr></w:lvl></w:abstractNum>"
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    )
    _add_part(
        path,
        "word/numbering.xml",
        f"{build.CT_MAIN}.numbering+xml",
        f"{build.REL}/numbering",
        numbering,
    )
    assert read_document(path).metadata.revision_authors == ("Numbering Reviser", "Style Author")


def test_a_file_without_tracked_changes_has_no_revision_authors():
    fixture = Path(__file__).resolve().parents[2] / "fixtures" / "sino_soviet_essay.docx"
    assert read_document(fixture).metadata.revision_authors == ()


def test_the_company_is_read_from_app_xml(tmp_path):
    app = build.app_xml(120, "Microsoft Office Word").replace(
        "<DocSecurity>", "<Company>International School of Lagos</Company><DocSecurity>"
    )
    path = build.write_docx("company", [p(r("Soviet aid ended."))], app=app, out_dir=tmp_path)
    assert read_document(path).metadata.company == "International School of Lagos"
    plain = build.write_docx("plain", [p(r("Soviet aid ended."))], app=build.app_xml(3, "Word"), out_dir=tmp_path)
    assert read_document(plain).metadata.company is None
