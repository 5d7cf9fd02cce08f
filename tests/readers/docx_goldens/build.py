#!/usr/bin/env python3
"""Build the DOCX golden files: one small, realistic Word package per reader feature.

Owns every ``*.docx`` in ``tests/readers/docx_goldens/``. Developers run it by hand;
CI only reads the committed outputs, so CI needs neither this script's LibreOffice
step nor anything beyond the standard library.

    python tests/readers/docx_goldens/build.py [--no-libreoffice] [--soffice PATH]

Each file is written part by part (``[Content_Types].xml``, ``_rels/.rels``,
``word/document.xml`` and its relationships, ``word/styles.xml``, and the notes,
comments, header, footer and ``docProps`` parts where the feature needs them) with
``zipfile``. Every zip member has a fixed timestamp and fixed attributes, so the
output bytes depend only on this script and on the zlib version (1.2.13 here).

For two features a second variant, ``<name>.lo.docx``, is the same document after a
LibreOffice round trip (``soffice --headless --convert-to odt``, then
``--convert-to "docx:MS Word 2007 XML"``), so a second producer's XML is covered:
renumbered note ids and LibreOffice's own style ids. The round trip is normalised
(fixed zip times, fixed core-property dates, rsid attributes dropped) so that it is
byte-stable across runs too. Without ``soffice`` (or with ``--no-libreoffice``) the
committed ``.lo.docx`` files are left as they are.

The expected readings (``<name>.expected.json``) are written by hand, from each
feature's definition; this script never writes them.
"""

from __future__ import annotations

import argparse
import base64
import io
import json
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile
import zlib
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

HERE = Path(__file__).resolve().parent
OUT_DIR = HERE
"""Where the builders write (tests point it at a scratch folder)."""
ZIP_DATE_TIME = (1980, 1, 1, 0, 0, 0)
FIXED_W3CDTF = "2024-02-01T09:00:00Z"
REVISION_DATE = "2024-02-10T10:00:00Z"
MARGINS = (
    '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
)

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
}
NS_DECL = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in NS.items())
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml"


# --- run and paragraph helpers --------------------------------------------------


def rpr(*, b: bool = False, sup: bool = False, vanish: bool | None = None, rstyle: str | None = None) -> str:
    """Run properties, in schema order (rStyle, b, bCs, vanish, vertAlign)."""
    parts = []
    if rstyle:
        parts.append(f'<w:rStyle w:val="{rstyle}"/>')
    if b:
        parts.append("<w:b/><w:bCs/>")
    if vanish is True:
        parts.append("<w:vanish/>")
    elif vanish is False:
        parts.append('<w:vanish w:val="0"/>')
    if sup:
        parts.append('<w:vertAlign w:val="superscript"/>')
    return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""


def r(text: str, **props) -> str:
    """A text run."""
    return f'<w:r>{rpr(**props)}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def raw_run(inner: str, **props) -> str:
    """A run around arbitrary run content (breaks, tabs, field characters, …)."""
    return f"<w:r>{rpr(**props)}{inner}</w:r>"


TAB = raw_run("<w:tab/>")
PAGE_BREAK = raw_run('<w:br w:type="page"/>')
LAST_RENDERED = raw_run("<w:lastRenderedPageBreak/>")


def p(
    *content: str,
    style: str | None = None,
    page_break_before: bool = False,
    jc: str | None = None,
    outline: int | None = None,
    mark_rpr: str = "",
    sect: str = "",
) -> str:
    """A paragraph; pPr children in schema order."""
    ppr = []
    if style:
        ppr.append(f"<w:pStyle w:val={quoteattr(style)}/>")
    if page_break_before:
        ppr.append("<w:pageBreakBefore/>")
    if jc:
        ppr.append(f'<w:jc w:val="{jc}"/>')
    if outline is not None:
        ppr.append(f'<w:outlineLvl w:val="{outline}"/>')
    if mark_rpr:
        ppr.append(mark_rpr)
    if sect:
        ppr.append(sect)
    ppr_xml = f"<w:pPr>{''.join(ppr)}</w:pPr>" if ppr else ""
    return f"<w:p>{ppr_xml}{''.join(content)}</w:p>"


_ids = iter(range(100, 10_000))


def ins(text: str, author: str) -> str:
    return f'<w:ins w:id="{next(_ids)}" w:author={quoteattr(author)} w:date="{REVISION_DATE}">{r(text)}</w:ins>'


def dele(text: str, author: str) -> str:
    return (
        f'<w:del w:id="{next(_ids)}" w:author={quoteattr(author)} w:date="{REVISION_DATE}">'
        f'<w:r><w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>'
    )


def field(instr: list[str], result: list[str] | None, *, nested_in_instr: list[str] = ()) -> list[str]:
    """A complex field: begin, instrText runs (and nested fields), separate, result runs, end.

    ``result=None`` gives a field without a result (``fldChar separate`` omitted).
    """
    runs = [raw_run('<w:fldChar w:fldCharType="begin"/>')]
    runs += [raw_run(f'<w:instrText xml:space="preserve">{escape(part)}</w:instrText>') for part in instr]
    runs += list(nested_in_instr)
    if result is not None:
        runs.append(raw_run('<w:fldChar w:fldCharType="separate"/>'))
        runs += result
    runs.append(raw_run('<w:fldChar w:fldCharType="end"/>'))
    return runs


def fn_ref(note_id: int, *, custom: str | None = None) -> str:
    if custom is not None:
        return (
            f'<w:r>{rpr(rstyle="NoteMark")}<w:footnoteReference w:customMarkFollows="1" w:id="{note_id}"/>'
            f"<w:t>{escape(custom)}</w:t></w:r>"
        )
    return f'<w:r>{rpr(rstyle="NoteMark")}<w:footnoteReference w:id="{note_id}"/></w:r>'


def en_ref(note_id: int) -> str:
    return f'<w:r>{rpr(rstyle="NoteMark")}<w:endnoteReference w:id="{note_id}"/></w:r>'


def bookmark(name: str, bid: int, *content: str) -> str:
    return f'<w:bookmarkStart w:id="{bid}" w:name="{name}"/>{"".join(content)}<w:bookmarkEnd w:id="{bid}"/>'


# --- styles ---------------------------------------------------------------------


def pstyle(sid: str, name: str, *, based: str | None = "Normal", ppr: str = "", rpr_: str = "", extra: str = "") -> str:
    based_xml = f"<w:basedOn w:val={quoteattr(based)}/>" if based else ""
    ppr_xml = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    rpr_xml = f"<w:rPr>{rpr_}</w:rPr>" if rpr_ else ""
    return (
        f'<w:style w:type="paragraph" w:styleId={quoteattr(sid)}><w:name w:val={quoteattr(name)}/>'
        f'{based_xml}<w:next w:val="Normal"/>{extra}<w:qFormat/>{ppr_xml}{rpr_xml}</w:style>'
    )


def cstyle(sid: str, name: str, rpr_: str) -> str:
    return (
        f'<w:style w:type="character" w:styleId={quoteattr(sid)}><w:name w:val={quoteattr(name)}/>'
        f'<w:basedOn w:val="DefaultParagraphFont"/><w:rPr>{rpr_}</w:rPr></w:style>'
    )


def heading_style(sid: str, name: str, level: int, *, based: str = "Normal") -> str:
    size = {0: 32, 1: 28, 2: 26, 3: 24}.get(level, 24)
    return pstyle(
        sid,
        name,
        based=based,
        ppr=f'<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="{level}"/>',
        rpr_=f'<w:b/><w:bCs/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/>',
    )


BASE_STYLES = [
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"'
    ' w:cs="Times New Roman"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-GB"/></w:rPr>'
    '</w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="360" w:lineRule="auto"/>'
    "</w:pPr></w:pPrDefault></w:docDefaults>",
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>',
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
    '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>',
    heading_style("Heading1", "heading 1", 0),
    heading_style("Heading2", "heading 2", 1),
    heading_style("Heading3", "heading 3", 2),
    pstyle("Title", "Title", ppr='<w:jc w:val="center"/>', rpr_='<w:sz w:val="36"/><w:szCs w:val="36"/>'),
    pstyle("Caption", "caption", rpr_='<w:i/><w:iCs/><w:sz w:val="20"/>'),
    cstyle("NoteMark", "Note Mark", '<w:vertAlign w:val="superscript"/>'),
    cstyle("Strong", "Strong", "<w:b/><w:bCs/>"),
]


def styles_xml(extra: list[str] = ()) -> str:
    return f"{XML_HEAD}<w:styles {NS_DECL}>{''.join(BASE_STYLES + list(extra))}</w:styles>"


# --- notes, comments, headers ------------------------------------------------------

_SEPARATORS = (
    '<w:{tag} w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:{tag}>'
    '<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:{tag}>'
)


def note(tag: str, note_id: int, text: str, *, style: str = "EssayNote", custom: str | None = None) -> str:
    ref_el = "footnoteRef" if tag == "footnote" else "endnoteRef"
    mark = (
        f"<w:r>{rpr(rstyle='NoteMark')}<w:t>{escape(custom)}</w:t></w:r>"
        if custom is not None
        else f"<w:r>{rpr(rstyle='NoteMark')}<w:{ref_el}/></w:r>"
    )
    return (
        f'<w:{tag} w:id="{note_id}"><w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{mark}'
        f'<w:r><w:t xml:space="preserve"> </w:t></w:r>{r(text)}</w:p></w:{tag}>'
    )


def notes_xml(tag: str, notes: list[str]) -> str:
    return f"{XML_HEAD}<w:{tag}s {NS_DECL}>{_SEPARATORS.format(tag=tag)}{''.join(notes)}</w:{tag}s>"


def comment(cid: int, author: str, initials: str, text: str) -> str:
    return (
        f'<w:comment w:id="{cid}" w:author={quoteattr(author)} w:date="{REVISION_DATE}" '
        f"w:initials={quoteattr(initials)}><w:p><w:r><w:annotationRef/></w:r>{r(text)}</w:p></w:comment>"
    )


def comment_anchor(cid: int, *content: str) -> str:
    return (
        f'<w:commentRangeStart w:id="{cid}"/>{"".join(content)}<w:commentRangeEnd w:id="{cid}"/>'
        f'<w:r><w:commentReference w:id="{cid}"/></w:r>'
    )


def core_xml(creator: str, last_modified_by: str, title: str = "") -> str:
    return (
        f"{XML_HEAD}<cp:coreProperties "
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(creator)}</dc:creator>"
        f"<cp:lastModifiedBy>{escape(last_modified_by)}</cp:lastModifiedBy><cp:revision>14</cp:revision>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{FIXED_W3CDTF}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">2024-02-20T18:45:00Z</dcterms:modified>'
        "</cp:coreProperties>"
    )


def app_xml(words: int, application: str) -> str:
    return (
        f"{XML_HEAD}<Properties "
        'xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f"<Template>Normal.dotm</Template><TotalTime>912</TotalTime><Pages>14</Pages><Words>{words}</Words>"
        f"<Characters>23410</Characters><Application>{escape(application)}</Application>"
        "<DocSecurity>0</DocSecurity><Lines>195</Lines><Paragraphs>54</Paragraphs>"
        "<AppVersion>16.0000</AppVersion></Properties>"
    )


def tiny_png() -> bytes:
    """A 2×2 grey PNG, enough for a picture part."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    raw = b"".join(b"\x00" + b"\x80\x80\x80" * 2 for _ in range(2))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


# --- the package ------------------------------------------------------------------


def zip_bytes(members: list[tuple[str, bytes]]) -> bytes:
    """A zip of the members, in order, with fixed times and attributes."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            zf.writestr(info, data, compresslevel=9)
    return buffer.getvalue()


def write_docx(
    name: str,
    body: list[str],
    *,
    styles: list[str] = (),
    footnotes: list[str] | None = None,
    endnotes: list[str] | None = None,
    comments: list[str] | None = None,
    header: str | None = None,
    footer: str | None = None,
    core: str | None = None,
    app: str | None = None,
    image: bool = False,
    sect_extra: str = "",
    custom_xml: str | None = None,
    out_dir: Path | None = None,
) -> Path:
    overrides = [("/word/document.xml", f"{CT_MAIN}.document.main+xml"), ("/word/styles.xml", f"{CT_MAIN}.styles+xml")]
    doc_rels = [("rId1", f"{REL}/styles", "styles.xml")]
    parts: list[tuple[str, str | bytes]] = []
    sect_refs = ""
    if footnotes is not None:
        overrides.append(("/word/footnotes.xml", f"{CT_MAIN}.footnotes+xml"))
        doc_rels.append(("rId2", f"{REL}/footnotes", "footnotes.xml"))
        parts.append(("word/footnotes.xml", notes_xml("footnote", footnotes)))
    if endnotes is not None:
        overrides.append(("/word/endnotes.xml", f"{CT_MAIN}.endnotes+xml"))
        doc_rels.append(("rId3", f"{REL}/endnotes", "endnotes.xml"))
        parts.append(("word/endnotes.xml", notes_xml("endnote", endnotes)))
    if comments is not None:
        overrides.append(("/word/comments.xml", f"{CT_MAIN}.comments+xml"))
        doc_rels.append(("rId4", f"{REL}/comments", "comments.xml"))
        parts.append(("word/comments.xml", f"{XML_HEAD}<w:comments {NS_DECL}>{''.join(comments)}</w:comments>"))
    if header is not None:
        overrides.append(("/word/header1.xml", f"{CT_MAIN}.header+xml"))
        doc_rels.append(("rId5", f"{REL}/header", "header1.xml"))
        parts.append(("word/header1.xml", f"{XML_HEAD}<w:hdr {NS_DECL}>{header}</w:hdr>"))
        sect_refs += '<w:headerReference w:type="default" r:id="rId5"/>'
    if footer is not None:
        overrides.append(("/word/footer1.xml", f"{CT_MAIN}.footer+xml"))
        doc_rels.append(("rId6", f"{REL}/footer", "footer1.xml"))
        parts.append(("word/footer1.xml", f"{XML_HEAD}<w:ftr {NS_DECL}>{footer}</w:ftr>"))
        sect_refs += '<w:footerReference w:type="default" r:id="rId6"/>'
    if image:
        doc_rels.append(("rId7", f"{REL}/image", "media/image1.png"))
        parts.append(("word/media/image1.png", tiny_png()))
    if custom_xml is not None:
        # Word's sources part: a custom XML item related from the main document, as Word writes it.
        doc_rels.append(("rId8", f"{REL}/customXml", "../customXml/item1.xml"))
        parts.append(("customXml/item1.xml", custom_xml))
    package_rels = [("rId1", f"{REL}/officeDocument", "word/document.xml")]
    if core is not None:
        overrides.append(("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"))
        package_rels.append(
            (
                "rId2",
                "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                "docProps/core.xml",
            )
        )
        parts.append(("docProps/core.xml", core))
    if app is not None:
        overrides.append(("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"))
        package_rels.append(("rId3", f"{REL}/extended-properties", "docProps/app.xml"))
        parts.append(("docProps/app.xml", app))

    final_sect = f'<w:sectPr>{sect_refs}{sect_extra}<w:pgSz w:w="11906" w:h="16838"/>{MARGINS}</w:sectPr>'
    document = f"{XML_HEAD}<w:document {NS_DECL}><w:body>{''.join(body)}{final_sect}</w:body></w:document>"
    content_types = (
        f'{XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        + ('<Default Extension="png" ContentType="image/png"/>' if image else "")
        + "".join(f'<Override PartName="{pn}" ContentType="{ct}"/>' for pn, ct in overrides)
        + "</Types>"
    )

    def rels(items: list[tuple[str, str, str]]) -> str:
        return (
            f'{XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(f'<Relationship Id="{i}" Type="{t}" Target="{tg}"/>' for i, t, tg in items)
            + "</Relationships>"
        )

    members: list[tuple[str, bytes]] = [
        ("[Content_Types].xml", content_types.encode()),
        ("_rels/.rels", rels(package_rels).encode()),
        ("word/document.xml", document.encode()),
        ("word/_rels/document.xml.rels", rels(doc_rels).encode()),
        ("word/styles.xml", styles_xml(styles).encode()),
    ]
    members += [(n, d.encode() if isinstance(d, str) else d) for n, d in parts]
    out = (out_dir or OUT_DIR) / f"{name}.docx"
    out.write_bytes(zip_bytes(members))
    return out


# --- the features -------------------------------------------------------------------
# Each builder returns the path it wrote. The texts read like paragraphs of a History
# EE on the Sino-Soviet split; the numbers in them are illustrative, not sourced.


def build_tracked_changes() -> Path:
    """1. Insertions and moved-to text are read; deletions and moved-from text are not."""
    body = [
        p(r("Introduction"), style="Heading1"),
        p(
            r("By 1960 Khrushchev had "),
            dele("reluctantly ", "A. Supervisor"),
            ins("publicly ", "Maria Lopez"),
            r("withdrawn every Soviet adviser from China, ending the technical aid on which Mao’s plans relied."),
        ),
        p(
            r("The split was ideological as much as personal. "),
            '<w:moveFromRangeStart w:id="1" w:author="J. Whitfield" w:date="2024-02-10T10:00:00Z" w:name="move1"/>',
            f'<w:moveFrom w:id="2" w:author="J. Whitfield" w:date="{REVISION_DATE}">'
            + r("The border clashes of 1969 confirmed it.")
            + "</w:moveFrom>",
            '<w:moveFromRangeEnd w:id="1"/>',
        ),
        # A whole paragraph deleted, paragraph mark included.
        p(
            dele(
                "The Korean War had already tested the alliance in 1950, a point this essay abandons.",
                "A. Supervisor",
            ),
            mark_rpr=f'<w:rPr><w:del w:id="3" w:author="A. Supervisor" w:date="{REVISION_DATE}"/></w:rPr>',
        ),
        p(
            r("Economic rivalry deepened the divide."),
            '<w:moveToRangeStart w:id="4" w:author="J. Whitfield" w:date="2024-02-10T10:00:00Z" w:name="move1"/>',
            f'<w:moveTo w:id="5" w:author="J. Whitfield" w:date="{REVISION_DATE}">'
            + r(" The border clashes of 1969 confirmed it.")
            + "</w:moveTo>",
            '<w:moveToRangeEnd w:id="4"/>',
        ),
    ]
    return write_docx("tracked_changes", body)


def build_content_controls() -> Path:
    """2. Inline content controls (citations) and block-level ones wrapping paragraphs."""
    mendeley = (
        '<w:sdt><w:sdtPr><w:tag w:val="MENDELEY_CITATION_v3_eyJjaXRhdGlvbklEIjoiTUVOREVMRVlfQ0lUQVRJT05fMSJ9"/>'
        '<w:id w:val="-1702161531"/></w:sdtPr><w:sdtContent>' + r("(Lüthi, 2008)") + "</w:sdtContent></w:sdt>"
    )
    word_citation = (
        '<w:sdt><w:sdtPr><w:id w:val="1204123"/><w:citation/></w:sdtPr><w:sdtContent>'
        + "".join(field([" CITATION Rad09 \\l 2057 "], [r("(Radchenko, 2009)")]))
        + "</w:sdtContent></w:sdt>"
    )
    rich_text_block = (
        '<w:sdt><w:sdtPr><w:alias w:val="Argument"/><w:tag w:val="argument"/><w:id w:val="88"/></w:sdtPr><w:sdtContent>'
        + p(
            r(
                "Beijing read de-Stalinisation as a betrayal of the revolution that had made Mao’s own authority "
                "possible."
            )
        )
        + p(
            r(
                "Moscow, for its part, saw the Great Leap Forward as reckless adventurism that endangered the "
                "whole bloc."
            )
        )
        + "</w:sdtContent></w:sdt>"
    )
    bibliography_block = (
        '<w:sdt><w:sdtPr><w:id w:val="111"/><w:docPartObj><w:docPartGallery w:val="Bibliographies"/>'
        "<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>"
        + p(r("Bibliography"), style="Heading1")
        + '<w:sdt><w:sdtPr><w:id w:val="112"/><w:bibliography/></w:sdtPr><w:sdtContent>'
        + p(
            r(
                "Lüthi, Lorenz M. The Sino-Soviet Split: Cold War in the Communist World. "
                "Princeton: Princeton University Press, 2008."
            )
        )
        + p(
            r(
                "Radchenko, Sergey. Two Suns in the Heavens: The Sino-Soviet Struggle for Supremacy. "
                "Stanford: Stanford University Press, 2009."
            )
        )
        + "</w:sdtContent></w:sdt></w:sdtContent></w:sdt>"
    )
    body = [
        p(r("The Origins of the Dispute"), style="Heading1"),
        p(
            r("Historians now agree that the split began over doctrine "),
            mendeley,
            r(", although the personal rivalry between the two leaders mattered as well "),
            word_citation,
            r("."),
        ),
        rich_text_block,
        bibliography_block,
    ]
    return write_docx("content_controls", body)


def build_wrappers() -> Path:
    """3. Smart tags, custom XML (inline and block) and bidi wrappers."""
    smart_uri = "urn:schemas-microsoft-com:office:smarttags"
    body = [
        p(r("Sources and Perspectives"), style="Heading1"),
        p(
            r("The final round of party talks opened in "),
            f'<w:smartTag w:uri="{smart_uri}" w:element="City"><w:smartTagPr><w:attr w:name="Name" w:val="Moscow"/>'
            f"</w:smartTagPr>{r('Moscow')}</w:smartTag>",
            r(" on "),
            f'<w:smartTag w:uri="{smart_uri}" w:element="date">{r("5 July 1963")}</w:smartTag>',
            r(" and collapsed within two weeks."),
        ),
        p(
            r("According to "),
            f'<w:customXml w:uri="http://example.org/essay" w:element="person">{r("Mao Zedong")}</w:customXml>',
            r(", the Soviet leadership had become revisionist and no longer deserved the loyalty of the movement."),
        ),
        '<w:customXml w:uri="http://example.org/essay" w:element="argument">'
        + p(r("Chinese newspapers published nine open letters denouncing Soviet policy between 1963 and 1964."))
        + "</w:customXml>",
        p(
            r("Even the Egyptian daily "),
            f'<w:dir w:val="rtl">{r("الأهرام")}</w:dir>',
            r(" and the Israeli paper "),
            f'<w:bdo w:val="rtl">{r("הארץ")}</w:bdo>',
            r(" reported the quarrel as a contest for leadership of the Third World."),
        ),
    ]
    return write_docx("wrappers", body)


def build_fields() -> Path:
    """4. Simple and complex fields (split instructions, nested fields): results kept, codes dropped."""
    zotero_json = (
        '{"citationID":"a1b2c3","properties":{"formattedCitation":"(Lüthi, 2008, p. 12)"},'
        '"citationItems":[{"id":7,"locator":"12","itemData":{"type":"book","title":"The Sino-Soviet Split",'
        '"author":[{"family":"Lüthi","given":"Lorenz M."}],"issued":{"date-parts":[["2008"]]}}}]}'
    )
    # EndNote: the outer citation field carries a nested EN.CITE.DATA field (no result) in its code.
    endnote_data = field(
        [" ADDIN EN.CITE.DATA "],
        None,
    )
    body = [
        p(r("Evidence"), style="Heading1"),
        p(
            r("As Table "),
            f'<w:fldSimple w:instr=" SEQ Table \\* ARABIC ">{r("1")}</w:fldSimple>',
            r(" shows, Soviet exports to China fell by more than half between 1959 and 1962."),
        ),
        p(
            r("Khrushchev’s secret speech of 1956 shocked Beijing "),
            *field(
                [" ADDIN ZOTERO_ITEM CSL_CITATION ", zotero_json[:60], zotero_json[60:] + " "],
                [r("(Lüthi, 2008, "), r("p. 12)")],
            ),
            r(", and Mao never forgave the denunciation of Stalin."),
        ),
        p(
            r("Western scholars long underestimated the role of ideology "),
            *field(
                [
                    " ADDIN EN.CITE <EndNote><Cite><Author>Westad</Author><Year>1998</Year>"
                    "<RecNum>3</RecNum></Cite></EndNote>",
                ],
                [r("(Westad, 1998)")],
                nested_in_instr=endnote_data,
            ),
            r(", as the opening of the archives after 1991 made clear."),
        ),
        p(r("Bibliography"), style="Heading1"),
        p(
            *field(
                [' ADDIN ZOTERO_BIBL {"uncited":[],"omitted":[],"custom":[]} CSL_BIBLIOGRAPHY '],
                [
                    r(
                        "Wilson Center Digital Archive. “Letter from the Central Committee of the CCP "
                        "to the CPSU,” 14 June 1963. "
                    ),
                    *field(
                        [' HYPERLINK "https://digitalarchive.wilsoncenter.org/document/117001" '],
                        [r("https://digitalarchive.wilsoncenter.org/document/117001")],
                    ),
                    r("."),
                ],
            ),
        ),
    ]
    return write_docx("fields", body)


def _anchor_text_box(text: str, shape_id: int) -> str:
    """A floating text box as Word 2010+ writes it: DrawingML choice, VML fallback."""
    content = f"<w:txbxContent>{p(r(text))}</w:txbxContent>"
    choice = (
        '<w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>3429000</wp:posOffset>'
        '</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2286000" cy="914400"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/>'
        f'<wp:docPr id="{shape_id}" name="Text Box {shape_id}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2286000" cy="914400"/>'
        '</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
        f"<wps:txbx>{content}</wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"/>'
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
    )
    fallback = (
        f'<w:pict><v:shape id="Text Box {shape_id}" o:spid="_x0000_s10{shape_id}" type="#_x0000_t202" '
        'style="position:absolute;margin-left:270pt;width:180pt;height:72pt;z-index:251659264" stroked="t">'
        f"<v:textbox>{content}</v:textbox></v:shape></w:pict>"
    )
    return (
        f'<w:r><mc:AlternateContent><mc:Choice Requires="wps">{choice}</mc:Choice>'
        f"<mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent></w:r>"
    )


def build_text_boxes() -> Path:
    """5. A text box with DrawingML choice and VML fallback is read once; a VML-only one too."""
    vml_only = (
        '<w:r><w:pict><v:shape id="Text Box 7" o:spid="_x0000_s1031" type="#_x0000_t202" '
        'style="position:absolute;margin-left:0;margin-top:0;width:200pt;height:40pt;z-index:251661312">'
        f"<v:textbox><w:txbxContent>{p(r('Zhenbao is known in Russian as Damansky Island.'))}</w:txbxContent>"
        "</v:textbox></v:shape></w:pict></w:r>"
    )
    body = [
        p(r("The Border Conflict"), style="Heading1"),
        p(r("Clashes on Zhenbao Island in March 1969 brought the two powers close to open war.")),
        p(
            r("The fighting was brief, but its consequences for Chinese foreign policy lasted for decades."),
            _anchor_text_box("Casualty estimates vary: Soviet sources report 58 dead, Chinese sources 29.", 3),
        ),
        p(r("Mao now feared a Soviet strike on his nuclear sites more than any American threat."), vml_only),
    ]
    return write_docx("text_boxes", body)


def build_page_breaks() -> Path:
    """6. Page breaks inside a paragraph, pageBreakBefore (direct and by style), section breaks.

    A ``w:sectPr`` in a paragraph's properties ends a section; the *next* section's
    ``w:type`` says how that one starts (ECMA-376 17.6.22; no type means nextPage). So the
    section ending at "The figures for 1959" is followed by a next-page section, the one
    ending at "Exchange collapsed" by a continuous one (two columns: no page break), and
    the one ending at "Both parties" by the final section, which starts on a new page.
    """
    margins = MARGINS
    first_section = f'<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>{margins}</w:sectPr>'
    next_page_section = f'<w:sectPr><w:type w:val="nextPage"/><w:pgSz w:w="11906" w:h="16838"/>{margins}</w:sectPr>'
    continuous_section = (
        f'<w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/>{margins}'
        '<w:cols w:num="2" w:space="708"/></w:sectPr>'
    )
    styles = [
        pstyle("ChapterHeading", "Chapter Heading", based="Heading1", ppr="<w:pageBreakBefore/>"),
    ]
    body = [
        p(r("Introduction"), style="Heading1"),
        p(
            r("By the summer of 1963 the alliance had reached its end."),
            PAGE_BREAK,
            r("Next came the open polemics, in which each party accused the other of betraying Marxism-Leninism."),
        ),
        p(r("The Polemics of 1963"), style="Heading1", page_break_before=True),
        p(
            r("The polemics were conducted in public, "),
            LAST_RENDERED,
            r("in the pages of Pravda and the People’s Daily."),
        ),
        p(r("The Border War"), style="ChapterHeading"),
        p(r("The clashes of 1969 turned a war of words into a war of soldiers.")),
        p(r("The figures for 1959 to 1962 are set out on the next page."), sect=first_section),
        p(r("Exchange collapsed within two years of the advisers’ departure."), sect=next_page_section),
        p(r("Trade did not stop entirely, however, and a few contracts survived the polemics.")),
        p(r("Both parties continued to trade in small quantities throughout the decade."), sect=continuous_section),
        p(r("By 1970 the split had become a permanent feature of the Cold War.")),
    ]
    return write_docx("page_breaks", body, styles=styles)


def build_notes(*, word_order: bool = False, out_dir: Path | None = None) -> Path:
    """7. Footnotes and endnotes: arbitrary ids, separators, custom mark, reference-order labels.

    The text references the footnotes with ids 20, 7, 22 and 5 (custom mark "*"), and the
    footnotes part lists them by ascending id (5, 7, 20, 22): only a reader that maps
    references to notes by id, and numbers them by reference order, gets them right.

    ``word_order`` gives the ids and part order Word writes (2, 3, 4, 5, ascending in
    reference order). The LibreOffice round trip starts from that, because LibreOffice
    7.4 pairs references with notes in ascending-id order, whatever the ids say.
    """
    if word_order:
        ids = dict(treaty=2, luthi=3, radchenko=4, custom=5)
    else:
        ids = dict(treaty=20, luthi=7, radchenko=22, custom=5)
    styles = [pstyle("EssayNote", "Essay Note", rpr_='<w:sz w:val="20"/>')]
    body = [
        p(r("Introduction"), style="Heading1"),
        p(
            r("The alliance signed in February 1950 promised mutual aid."),
            fn_ref(ids["treaty"]),
            r(" Yet Stalin treated Mao as a junior partner from the start."),
            fn_ref(ids["luthi"]),
        ),
        p(
            r("Soviet technicians left China in the summer of 1960, and trade collapsed soon after."),
            fn_ref(ids["radchenko"]),
            r(" Mao later called Khrushchev a revisionist in front of the whole movement."),
            en_ref(4),
        ),
        p(
            r("Chinese figures for the number of advisers are higher than Soviet ones."),
            fn_ref(ids["custom"], custom="*"),
        ),
    ]
    texts = {
        "treaty": "Treaty of Friendship, Alliance and Mutual Assistance, signed in Moscow on 14 February 1950.",
        "luthi": "Lorenz M. Lüthi, The Sino-Soviet Split (Princeton: Princeton University Press, 2008), 35.",
        "radchenko": "Sergey Radchenko, Two Suns in the Heavens (Stanford: Stanford University Press, 2009), 51.",
        "custom": "The figure of 1,390 advisers is Chinese; Soviet records give a lower number.",
    }
    footnotes = {
        ids[key]: note("footnote", ids[key], text, custom="*" if key == "custom" else None)
        for key, text in texts.items()
    }
    endnotes = [note("endnote", 4, "Quoted in Jian Chen, Mao’s China and the Cold War (Chapel Hill, 2001), 83.")]
    return write_docx(
        "notes",
        body,
        styles=styles,
        footnotes=[footnotes[i] for i in sorted(footnotes)],
        endnotes=endnotes,
        # Word's default endnote numbering is i, ii, iii: ask for 1, 2, 3 explicitly.
        sect_extra='<w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>'
        '<w:endnotePr><w:numFmt w:val="decimal"/></w:endnotePr>',
        out_dir=out_dir,
    )


def build_headings_by_style() -> Path:
    """8. Headings by style: Heading 1-3, Title, a custom style based on Heading 1, outline level, localised ids."""
    styles = [
        pstyle("EssayHeading", "Essay Heading", based="Heading1", rpr_='<w:color w:val="1F3864"/>'),
        heading_style("berschrift1", "heading 1", 0),
        heading_style("Überschrift 2", "Überschrift 2", 1),
    ]
    para = "The evidence for this claim comes from the party archives opened in the 1990s."
    body = [
        p(r("The Sino-Soviet Split, 1956–1966"), style="Title"),
        p(r("Introduction"), style="Heading1"),
        p(r("This essay asks how far ideology, rather than national interest, drove the two states apart.")),
        p(r("Historiography"), style="Heading2"),
        p(r("Soviet Archives"), style="Heading3"),
        p(r(para)),
        p(r("Ideology and the Cult of Personality"), style="EssayHeading"),
        p(r("Khrushchev’s attack on Stalin undermined the cult on which Mao’s authority rested.")),
        p(r("Mao’s Response"), outline=1),
        p(r("Mao answered with a campaign against revisionism at home and abroad.")),
        p(r("The Border War of 1969"), style="berschrift1"),
        p(r("Aftermath"), style="Überschrift 2"),
        p(r("Both states redeployed hundreds of thousands of troops to the frontier.")),
        p(r("Conclusion"), style="Heading1"),
        p(r("Ideology gave the quarrel its language, but rivalry gave it its force.")),
    ]
    return write_docx("headings_by_style", body, styles=styles)


def build_headings_by_form() -> Path:
    """9. Headings typed without heading styles, and near-misses that stay paragraphs.

    The essay numbers its chapters by hand ("1. Introduction", "Chapter 2: The Treaty"),
    so its unnumbered bold and capitals lines are subheadings of the chapter above them.
    """
    body = [
        p(r("1. Introduction")),
        p(r("This essay examines how the alliance between Moscow and Beijing collapsed within a single decade.")),
        p(r("Ideological", b=True), r(" "), r("Roots", b=True)),
        p(r("Both parties claimed to be the true heirs of Lenin, and neither could concede the point.")),
        p(r("Chapter 2: The Treaty")),
        p(r("The treaty of 1950 bound China to Soviet aid on terms that Mao came to resent.")),
        p(r("Khrushchev and Mao", rstyle="Strong")),
        p(r("The two leaders met four times, and each meeting left them more suspicious of each other.")),
        p(r("THE BORDER CLASHES OF 1969")),
        p(r("Fighting on the Ussuri River in March 1969 brought the two powers close to open war.")),
        p(r("The treaty was signed in Moscow on 14 February 1950.", b=True)),
        p(
            r(
                "Soviet advisers, engineers and technicians built factories, bridges and power stations across China "
                "throughout the nineteen fifties",
                b=True,
            )
        ),
        p(r("Economic", b=True), r(" factors played a smaller role than ideology before 1960.")),
    ]
    return write_docx("headings_by_form", body)


def build_typed_notes() -> Path:
    """10. Superscript numbers typed in the body, with a typed Notes list at the end."""
    body = [
        p(r("Introduction"), style="Heading1"),
        p(
            r("Stalin distrusted Mao long before 1949."),
            r("1", sup=True),
            r(" The treaty of 1950 gave the Soviet Union special rights in Manchuria and Xinjiang."),
            r("2", sup=True),
        ),
        p(r("By the end of 1960 almost all of the Soviet advisers had gone home."), r("3", sup=True)),
        p(r("Notes"), style="Heading1"),
        p(r("1. Chen, Jian. Mao’s China and the Cold War. Chapel Hill: University of North Carolina Press, 2001, 49.")),
        p(r("2. Lüthi, Lorenz M. The Sino-Soviet Split. Princeton: Princeton University Press, 2008, 35.")),
        p(r("3. Radchenko, Sergey. Two Suns in the Heavens. Stanford: Stanford University Press, 2009, 51.")),
    ]
    return write_docx("typed_notes", body)


def build_superscripts_without_notes() -> Path:
    """10 (near-miss). Superscripts in a document with no notes list are text, not note marks."""
    body = [
        p(r("The Disputed Islands"), style="Heading1"),
        p(
            r("The disputed territory along the Ussuri River covered roughly 700 km"),
            r("2", sup=True),
            r(" of marsh and forest."),
        ),
        p(
            r("Soviet credits to China reached about 1.8 × 10"),
            r("9", sup=True),
            r(" roubles by the end of the decade."),
        ),
    ]
    return write_docx("superscripts_without_notes", body)


def _table(rows: list[list[str]], *, grid: bool) -> str:
    cols = len(rows[0])
    grid_xml = "<w:tblGrid>" + "".join('<w:gridCol w:w="3000"/>' for _ in range(cols)) + "</w:tblGrid>" if grid else ""
    body = "".join(
        "<w:tr>"
        + "".join(f'<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>{p(r(cell))}</w:tc>' for cell in row)
        + "</w:tr>"
        for row in rows
    )
    return (
        '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
        f"{grid_xml}{body}</w:tbl>"
    )


def _picture() -> str:
    return (
        '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="2743200" cy="1828800"/>'
        '<wp:docPr id="1" name="Picture 1" descr="Mao Zedong and Nikita Khrushchev"/><wp:cNvGraphicFramePr>'
        '<a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
        '<pic:nvPicPr><pic:cNvPr id="1" name="image1.png"/><pic:cNvPicPr/></pic:nvPicPr>'
        '<pic:blipFill><a:blip r:embed="rId7"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
        '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2743200" cy="1828800"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>'
        "</wp:inline></w:drawing></w:r>"
    )


def build_tables_captions() -> Path:
    """11. Tables (with and without tblGrid), captions by style and by text, a figure with a caption."""
    styles = [
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>'
        '<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
        "</w:tblBorders></w:tblPr></w:style>"
    ]
    body = [
        p(r("Trade and Aid"), style="Heading1"),
        p(r("Soviet exports to China fell sharply once the advisers had been withdrawn.")),
        p(r("Table 1: Soviet exports to China, 1959–1962 (million roubles)"), style="Caption"),
        _table([["Year", "Exports"], ["1959", "954"], ["1960", "735"], ["1961", "367"], ["1962", "233"]], grid=True),
        p(r("The fall in 1961 was the steepest of the decade, and it was not reversed.")),
        p(r("Table 2: Chinese students sent to the Soviet Union")),
        _table([["Period", "Students"], ["1950–1955", "6,100"], ["1956–1960", "4,700"]], grid=False),
        p(r("Student exchanges ended almost entirely after 1960.")),
        p(_picture(), jc="center"),
        p(r("Figure 1: Mao Zedong and Nikita Khrushchev in Beijing, 1958")),
        p(r("The photograph shows the two leaders smiling, a year before their final quarrel.")),
    ]
    return write_docx("tables_captions", body, styles=styles, image=True)


def build_title_page_with_break() -> Path:
    """12. A title page that ends with a page break before the contents page (TOC field, TOC 1 entries)."""
    styles = [
        pstyle("TOCHeading", "TOC Heading", based="Heading1", ppr='<w:outlineLvl w:val="9"/>'),
        pstyle(
            "TOC1",
            "toc 1",
            ppr='<w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs><w:spacing w:after="100"/>',
        ),
        '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
        '<w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr>'
        "</w:style>",
    ]

    def toc_entry(text: str, anchor: str, page: str, *, first: bool = False) -> str:
        lead = field([' TOC \\o "1-3" \\h \\z \\u '], [])[:-1] if first else []
        link = (
            f'<w:hyperlink w:anchor="{anchor}" w:history="1">'
            + r(text)
            + TAB
            + "".join(field([f" PAGEREF {anchor} \\h "], [r(page)]))
            + "</w:hyperlink>"
        )
        return p(*lead, link, style="TOC1")

    body = [
        p(r("The Sino-Soviet Split of 1963: Ideology, Equality and Personal Rivalry"), style="Title"),
        p(
            r("Research question: To what extent did ideological differences cause the Sino-Soviet split of 1963?"),
            jc="center",
        ),
        p(r("Subject: History"), jc="center"),
        p(r("Word count: 3,998"), jc="center"),
        p(PAGE_BREAK),
        p(r("Contents"), style="TOCHeading"),
        toc_entry("Introduction", "_Toc1", "3", first=True),
        toc_entry("The Origins of the Dispute", "_Toc2", "4"),
        toc_entry("Conclusion", "_Toc3", "11"),
        p(raw_run('<w:fldChar w:fldCharType="end"/>')),
        p(PAGE_BREAK),
        p(bookmark("_Toc1", 1, r("Introduction")), style="Heading1"),
        p(r("The split of 1963 ended the most important alliance of the early Cold War.")),
        p(bookmark("_Toc2", 2, r("The Origins of the Dispute")), style="Heading1"),
        p(r("The dispute began with Khrushchev’s denunciation of Stalin in February 1956.")),
        p(bookmark("_Toc3", 3, r("Conclusion")), style="Heading1"),
        p(r("Ideology mattered, but only because each leader used it to claim leadership of the movement.")),
    ]
    return write_docx("title_page_with_break", body, styles=styles)


def build_title_page_without_break() -> Path:
    """12. No break anywhere: the title page is what precedes the first heading."""
    body = [
        p(r("The Role of Ideology in the Sino-Soviet Split", b=True), jc="center"),
        p(r("How far did Khrushchev’s de-Stalinisation cause the Sino-Soviet split?"), jc="center"),
        p(r("Subject: History"), jc="center"),
        p(r("Word count: 3,998"), jc="center"),
        p(r("Introduction"), style="Heading1"),
        p(r("In February 1956 Khrushchev denounced Stalin in a speech that no Chinese delegate had been warned of.")),
        p(r("Conclusion"), style="Heading1"),
        p(r("De-Stalinisation opened the quarrel, but it did not make the split inevitable.")),
    ]
    return write_docx("title_page_without_break", body)


def build_headers_comments_metadata() -> Path:
    """13. A plain header, a footer with a PAGE field, comments, core and app properties."""
    header = p(r("Extended Essay in History: the Sino-Soviet split"), style="Normal", jc="right")
    footer = p(r("Page "), *field([" PAGE   \\* MERGEFORMAT "], [r("1")]), jc="center")
    comments = [
        comment(0, "Ms Harper", "MH", "Cite the archive reference for this figure."),
        comment(1, "Daniel Kim", "DK", "Added the reference to footnote style."),
    ]
    body = [
        p(r("Introduction"), style="Heading1"),
        p(
            r("Chinese sources count "),
            comment_anchor(0, r("1,390 Soviet advisers")),
            r(" working in China in the summer of 1960."),
        ),
        p(comment_anchor(1, r("Their withdrawal in July 1960 halted hundreds of industrial projects."))),
    ]
    return write_docx(
        "headers_comments_metadata",
        body,
        comments=comments,
        header=header,
        footer=footer,
        core=core_xml("Daniel Kim", "Ms Harper", title="EE draft 3"),
        app=app_xml(4012, "Microsoft Office Word"),
    )


def build_hidden_text() -> Path:
    """14. Hidden text (w:vanish, directly or by character style) is not read."""
    styles = [cstyle("DraftNote", "Draft Note", '<w:vanish/><w:color w:val="FF0000"/>')]
    body = [
        p(r("Introduction"), style="Heading1"),
        p(
            r("The alliance rested on shared ideology"),
            r(" (TODO check the page number in Lüthi)", vanish=True),
            r(" and on Soviet economic aid."),
        ),
        p(r("Draft note to self: cut this paragraph before submission.", vanish=True)),
        p(
            r("Mao resented "),
            r("[find the Radchenko quotation] ", rstyle="DraftNote"),
            r("Soviet condescension."),
        ),
        # w:vanish switched off (w:val="0") is visible text.
        p(r("Soviet aid peaked in 1959"), r(" and then fell sharply.", vanish=False)),
    ]
    return write_docx("hidden_text", body, styles=styles)


# --- reference-manager citations (issue 4) ---------------------------------------------
# Field instructions are written the way each reference manager writes them; the records
# are realistic for a History EE, with illustrative page numbers and identifiers.


def chunks(text: str, size: int) -> list[str]:
    """An instruction split over many w:instrText runs, as Word does for long field codes."""
    return [text[i : i + size] for i in range(0, len(text), size)]


def csl_citation(citation_id: str, items: list[dict], *, note_index: int = 0, **extra) -> str:
    data = {"citationID": citation_id, "properties": {"noteIndex": note_index, **extra}, "citationItems": items}
    data["schema"] = "https://github.com/citation-style-language/schema/raw/master/csl-citation.json"
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def field_with_data(instr: str, data: bytes) -> list[str]:
    """A result-less field whose begin character carries ``w:fldData`` (EndNote's EN.CITE.DATA)."""
    encoded = base64.b64encode(data).decode("ascii")
    return [
        raw_run(f'<w:fldChar w:fldCharType="begin"><w:fldData xml:space="preserve">{encoded}</w:fldData></w:fldChar>'),
        raw_run(f'<w:instrText xml:space="preserve">{escape(instr)}</w:instrText>'),
        raw_run('<w:fldChar w:fldCharType="end"/>'),
    ]


def note_with(tag: str, note_id: int, *content: str) -> str:
    """A note whose paragraph holds arbitrary runs (fields) after the note mark."""
    ref_el = "footnoteRef" if tag == "footnote" else "endnoteRef"
    return (
        f'<w:{tag} w:id="{note_id}"><w:p><w:pPr><w:pStyle w:val="EssayNote"/></w:pPr>'
        f"<w:r>{rpr(rstyle='NoteMark')}<w:{ref_el}/></w:r>"
        f'<w:r><w:t xml:space="preserve"> </w:t></w:r>{"".join(content)}</w:p></w:{tag}>'
    )


def multi_paragraph_field(instr: str, entries: list[str], *, style: str | None = None) -> list[str]:
    """A bibliography field whose result spans several paragraphs (begins in the first, ends after the last)."""
    paragraphs = []
    for n, entry in enumerate(entries):
        runs = []
        if n == 0:
            runs += [
                raw_run('<w:fldChar w:fldCharType="begin"/>'),
                raw_run(f'<w:instrText xml:space="preserve">{escape(instr)}</w:instrText>'),
                raw_run('<w:fldChar w:fldCharType="separate"/>'),
            ]
        runs.append(r(entry))
        paragraphs.append(p(*runs, style=style))
    paragraphs.append(p(raw_run('<w:fldChar w:fldCharType="end"/>'), style=style))
    return paragraphs


ZOTERO_LUTHI = {
    "id": 12,
    "type": "book",
    "title": "The Sino-Soviet Split: Cold War in the Communist World",
    "publisher": "Princeton University Press",
    "publisher-place": "Princeton",
    "author": [{"family": "Lüthi", "given": "Lorenz M."}],
    "issued": {"date-parts": [["2008"]]},
}
ZOTERO_WORLD_BANK = {
    "id": 31,
    "type": "report",
    "title": "Poverty and Shared Prosperity 2022: <i>Correcting Course</i>",
    "publisher": "World Bank",
    "URL": "https://www.worldbank.org/en/publication/poverty-and-shared-prosperity",
    "author": [{"literal": "World Bank"}],
    "issued": {"date-parts": [[2022, 10, 5]]},
    "accessed": {"date-parts": [[2024, 3, 12]]},
}
ZOTERO_CHEN = {
    "id": 7,
    "type": "book",
    "title": "Mao’s China and the Cold War",
    "publisher": "University of North Carolina Press",
    "publisher-place": "Chapel Hill",
    "author": [{"family": "Chen", "given": "Jian"}],
    "issued": {"date-parts": [["2001"]]},
}
ZOTERO_FRIEDMAN = {
    "id": 44,
    "type": "article-journal",
    "title": "Soviet Policy in the Developing World and the Chinese Challenge in the 1960s",
    "container-title": "Cold War History",
    "volume": "10",
    "issue": "2",
    "page": "247-272",
    "DOI": "10.1080/14682740902764569",
    "author": [{"family": "Friedman", "given": "Jeremy"}],
    "issued": {"date-parts": [[2010, 5]]},
}


def zotero_item(data: dict, key: str, **extra) -> dict:
    uri = f"http://zotero.org/users/8812345/items/{key}"
    return {"id": data["id"], "uris": [uri], "uri": [uri], "itemData": data, **extra}


def build_citations_zotero() -> Path:
    """15. Zotero citation fields (instructions over many runs) in the body and in footnotes; a bibliography field."""
    styles = [pstyle("EssayNote", "Essay Note", rpr_='<w:sz w:val="20"/>'), pstyle("Bibliography", "Bibliography")]
    body_citation = csl_citation(
        "qK3mZt1x",
        [
            zotero_item(ZOTERO_LUTHI, "LUTHI08A", locator="45", label="page"),
            zotero_item(ZOTERO_WORLD_BANK, "WBPSP22Q"),
        ],
        formattedCitation="(Lüthi, 2008, p. 45; World Bank, 2022)",
        plainCitation="(Lüthi, 2008, p. 45; World Bank, 2022)",
    )
    note_chen = csl_citation(
        "n8Yw0aPd",
        [zotero_item(ZOTERO_CHEN, "CHENMAO1", locator="83", label="page")],
        note_index=1,
        formattedCitation="Chen, <i>Mao’s China</i>, 83.",
        plainCitation="Chen, Mao’s China, 83.",
    )
    note_friedman = csl_citation(
        "Fr1edm4n",
        [zotero_item(ZOTERO_FRIEDMAN, "FRIEDM10", locator="250", label="page")],
        note_index=2,
        formattedCitation="Friedman, “Soviet Policy,” 250",
        plainCitation="Friedman, “Soviet Policy,” 250",
    )
    body = [
        p(r("Sources of the Split"), style="Heading1"),
        p(
            r("Most historians now date the split to 1956, and poverty in the bloc mattered less than doctrine "),
            *field(
                [" ADDIN ZOTERO_ITEM CSL_CITATION ", *chunks(body_citation, 37), " "],
                [r("(Lüthi, 2008, p. 45; "), r("World Bank, 2022)")],
            ),
            r(". Mao’s own account differs."),
            fn_ref(2),
        ),
        p(r("Moscow answered the Chinese challenge in the developing world with aid of its own."), fn_ref(3)),
        p(r("Bibliography"), style="Heading1"),
        *multi_paragraph_field(
            ' ADDIN ZOTERO_BIBL {"uncited":[],"omitted":[],"custom":[]} CSL_BIBLIOGRAPHY ',
            [
                "Chen, Jian. Mao’s China and the Cold War. Chapel Hill: University of North Carolina Press, 2001.",
                "Friedman, Jeremy. “Soviet Policy in the Developing World and the Chinese Challenge in the 1960s.” "
                "Cold War History 10, no. 2 (2010): 247–72. https://doi.org/10.1080/14682740902764569.",
                "Lüthi, Lorenz M. The Sino-Soviet Split: Cold War in the Communist World. Princeton: Princeton "
                "University Press, 2008.",
                "World Bank. Poverty and Shared Prosperity 2022: Correcting Course. World Bank, 2022. Accessed "
                "March 12, 2024. https://www.worldbank.org/en/publication/poverty-and-shared-prosperity.",
            ],
            style="Bibliography",
        ),
    ]
    footnotes = [
        note_with(
            "footnote",
            2,
            *field(
                [" ADDIN ZOTERO_ITEM CSL_CITATION ", *chunks(note_chen, 29), " "],
                [r("Chen, "), r("Mao’s China"), r(", 83.")],
            ),
        ),
        note_with(
            "footnote",
            3,
            r("See "),
            *field([" ADDIN ZOTERO_ITEM CSL_CITATION " + note_friedman + " "], [r("Friedman, “Soviet Policy,” 250")]),
            r("; the Soviet figures are in the same article."),
        ),
    ]
    return write_docx("citations_zotero", body, styles=styles, footnotes=footnotes)


def mendeley_item(item_id: str, data: dict, uuid: str | None, **extra) -> dict:
    item = {"id": item_id, "itemData": {"id": item_id, **data}, **extra}
    if uuid is not None:
        item["uris"] = [f"http://www.mendeley.com/documents/?uuid={uuid}"]
    return item


def build_citations_mendeley() -> Path:
    """16. Mendeley Desktop fields, a Mendeley Cite content control, and a damaged field (a warning)."""
    goldstein = {
        "type": "article-journal",
        "title": "Return to Zhenbao Island: Who Started Shooting and Why It Matters",
        "container-title": "The China Quarterly",
        "volume": "168",
        "page": "985-997",
        "author": [
            {
                "dropping-particle": "",
                "family": "Goldstein",
                "given": "Lyle J.",
                "non-dropping-particle": "",
                "parse-names": False,
                "suffix": "",
            }
        ],
        "issued": {"date-parts": [["2001", "12"]]},
    }
    desktop = {
        "citationItems": [
            mendeley_item("ITEM-1", goldstein, "5c7a1e0e-3b8f-4d2a-9a51-0c6f1d2e8b44", locator="990"),
            mendeley_item(
                "ITEM-2",
                {
                    "type": "book",
                    "title": "Two Suns in the Heavens: The Sino-Soviet Struggle for Supremacy, 1962-1967",
                    "publisher": "Stanford University Press",
                    "author": [{"family": "Radchenko", "given": "Sergey", "non-dropping-particle": ""}],
                    "issued": {"date-parts": [["2009"]]},
                },
                None,
            ),
        ],
        "mendeley": {
            "formattedCitation": "(Goldstein, 2001, p. 990; Radchenko, 2009)",
            "plainTextFormattedCitation": "(Goldstein, 2001, p. 990; Radchenko, 2009)",
        },
        "properties": {"noteIndex": 0},
        "schema": "https://github.com/citation-style-language/schema/raw/master/csl-citation.json",
    }
    cite_v3 = {
        "citationID": "MENDELEY_CITATION_4b1e2f6a-0d7c-4f0e-8c2b-6a9f1e3d5c70",
        "properties": {"noteIndex": 0},
        "isEdited": False,
        "manualOverride": {"isManuallyOverridden": False, "citeprocText": "(Gerson, 2010)", "manualOverrideText": ""},
        "citationItems": [
            {
                "id": "0f3c9a1e-7b2d-3c4e-9f10-2a6b8d4e1c55",
                "itemData": {
                    "type": "report",
                    "id": "0f3c9a1e-7b2d-3c4e-9f10-2a6b8d4e1c55",
                    "title": "The Sino-Soviet Border Conflict: Deterrence, Escalation, and the Threat of Nuclear War "
                    "in 1969",
                    "author": [{"family": "Gerson", "given": "Michael S.", "parse-names": False}],
                    "publisher": "CNA",
                    "URL": "https://www.cna.org/archive/CNA_Files/pdf/d0022974.a2.pdf",
                    "accessed": {"date-parts": [["2024", "1", "5"]]},
                    "issued": {"date-parts": [["2010", "11"]]},
                },
                "isTemporary": False,
            }
        ],
    }
    tag = "MENDELEY_CITATION_v3_" + base64.b64encode(json.dumps(cite_v3).encode("utf-8")).decode("ascii")
    mendeley_cite = (
        f'<w:sdt><w:sdtPr><w:tag w:val="{tag}"/><w:id w:val="-1450120918"/></w:sdtPr><w:sdtContent>'
        + r("(Gerson, 2010)")
        + "</w:sdtContent></w:sdt>"
    )
    damaged = '{"citationItems":[{"id":"ITEM-1","itemData":{"title":"The Sino-Soviet Border Clash of 1969'
    body = [
        p(r("The Border War"), style="Heading1"),
        p(
            r("Soviet and Chinese accounts of the fighting on Zhenbao Island disagree "),
            raw_run('<w:fldChar w:fldCharType="begin" w:fldLock="1"/>'),
            raw_run(f"<w:instrText>ADDIN CSL_CITATION {escape(json.dumps(desktop))}</w:instrText>"),
            raw_run('<w:fldChar w:fldCharType="separate"/>'),
            r("(Goldstein, 2001, p. 990; Radchenko, 2009)"),
            raw_run('<w:fldChar w:fldCharType="end"/>'),
            r("."),
        ),
        p(r("Declassified American sources support the Soviet version "), mendeley_cite, r(".")),
        p(
            r("Chinese sources published since 2000 stress Soviet provocations "),
            *field([f"ADDIN CSL_CITATION {damaged}"], [r("(Yang, 2000)")]),
            r("."),
        ),
        p(r("References"), style="Heading1"),
        *multi_paragraph_field(
            "ADDIN Mendeley Bibliography CSL_BIBLIOGRAPHY ",
            [
                "Gerson, M. S. (2010). The Sino-Soviet Border Conflict: Deterrence, Escalation, and the Threat of "
                "Nuclear War in 1969. CNA. https://www.cna.org/archive/CNA_Files/pdf/d0022974.a2.pdf",
                "Goldstein, L. J. (2001). Return to Zhenbao Island: Who Started Shooting and Why It Matters. The "
                "China Quarterly, 168, 985–997.",
                "Radchenko, S. (2009). Two Suns in the Heavens: The Sino-Soviet Struggle for Supremacy, 1962-1967. "
                "Stanford University Press.",
                "Yang, K. (2000). The Sino-Soviet Border Clash of 1969. Cold War History, 1(1), 21–52.",
            ],
        ),
    ]
    return write_docx("citations_mendeley", body)


_STYLE = '<style face="normal" font="default" size="100%">{}</style>'


def build_citations_endnote() -> Path:
    """17. EndNote fields: the record in the code, in a nested EN.CITE.DATA field's fldData, or short.

    The bibliography is an EN.REFLIST field.
    """
    luthi = (
        "<EndNote><Cite><Author>Lüthi</Author><Year>2008</Year><RecNum>12</RecNum><Pages>240</Pages>"
        "<DisplayText>(Lüthi, 2008, p. 240)</DisplayText><record><rec-number>12</rec-number>"
        '<ref-type name="Book">6</ref-type><contributors><authors><author>Lüthi, Lorenz M.</author></authors>'
        "</contributors><titles><title>The Sino-Soviet Split: Cold War in the Communist World</title></titles>"
        "<dates><year>2008</year></dates><pub-location>Princeton</pub-location>"
        "<publisher>Princeton University Press</publisher></record></Cite></EndNote>"
    )
    data = (
        "<EndNote><Cite><Author>Friedman</Author><Year>2015</Year><RecNum>21</RecNum>"
        "<DisplayText>(Friedman, 2015; Wilson Center Digital Archive, 1963)</DisplayText><record>"
        '<rec-number>21</rec-number><ref-type name="Book">6</ref-type><contributors><authors><author>'
        + _STYLE.format("Friedman, Jeremy")
        + "</author></authors></contributors><titles><title>"
        + _STYLE.format("Shadow Cold War: The Sino-Soviet Competition for the Third World")
        + "</title></titles><dates><year>2015</year></dates><pub-location>Chapel Hill</pub-location>"
        "<publisher>University of North Carolina Press</publisher></record></Cite>"
        "<Cite><Author>Wilson Center Digital Archive</Author><Year>1963</Year><RecNum>30</RecNum><record>"
        '<rec-number>30</rec-number><ref-type name="Web Page">12</ref-type><contributors><authors>'
        "<author>Wilson Center Digital Archive</author></authors></contributors><titles>"
        "<title>Letter from the Central Committee of the CCP to the CPSU</title></titles>"
        "<dates><year>1963</year></dates><urls><related-urls>"
        "<url>https://digitalarchive.wilsoncenter.org/document/117001</url></related-urls></urls>"
        "<access-date>12 March 2024</access-date></record></Cite></EndNote>"
    )
    short = (
        "<EndNote><Cite><Author>Radchenko</Author><Year>2009</Year><RecNum>7</RecNum><Pages>51</Pages></Cite></EndNote>"
    )
    styles = [pstyle("EssayNote", "Essay Note", rpr_='<w:sz w:val="20"/>')]
    body = [
        p(r("Ideology in Public"), style="Heading1"),
        p(
            r("The polemics of 1963 were conducted in public "),
            *field([" ADDIN EN.CITE ", *chunks(luthi, 50)], [r("(Lüthi, 2008, p. 240)")]),
            r("."),
        ),
        p(
            r("Both parties courted the Third World "),
            *field(
                [" ADDIN EN.CITE "],
                [r("(Friedman, 2015; Wilson Center Digital Archive, 1963)")],
                nested_in_instr=field_with_data(" ADDIN EN.CITE.DATA ", data.encode("utf-8")),
            ),
            r("."),
        ),
        p(r("The Soviet reply came within a month."), fn_ref(2)),
        p(r("Bibliography"), style="Heading1"),
        *multi_paragraph_field(
            " ADDIN EN.REFLIST ",
            [
                "Friedman, Jeremy. Shadow Cold War: The Sino-Soviet Competition for the Third World. Chapel Hill: "
                "University of North Carolina Press, 2015.",
                "Lüthi, Lorenz M. The Sino-Soviet Split: Cold War in the Communist World. Princeton: Princeton "
                "University Press, 2008.",
                "Radchenko, Sergey. Two Suns in the Heavens. Stanford: Stanford University Press, 2009.",
                "Wilson Center Digital Archive. “Letter from the Central Committee of the CCP to the CPSU.” 1963. "
                "Accessed 12 March 2024. https://digitalarchive.wilsoncenter.org/document/117001.",
            ],
        ),
    ]
    footnotes = [note_with("footnote", 2, *field([f" ADDIN EN.CITE {short}"], [r("Radchenko, Two Suns, 51.")]))]
    return write_docx("citations_endnote", body, styles=styles, footnotes=footnotes)


def word_sources_xml() -> str:
    """Word's sources part, with people, a corporate author, access-date parts and a DOI."""

    def person(last: str, first: str, middle: str = "") -> str:
        middle_xml = f"<b:Middle>{escape(middle)}</b:Middle>" if middle else ""
        return f"<b:Person><b:Last>{escape(last)}</b:Last><b:First>{escape(first)}</b:First>{middle_xml}</b:Person>"

    def source(tag: str, kind: str, author: str, **fields: str) -> str:
        inner = "".join(f"<b:{name}>{escape(value)}</b:{name}>" for name, value in fields.items())
        return (
            f"<b:Source><b:Tag>{tag}</b:Tag><b:SourceType>{kind}</b:SourceType><b:Guid>{{{tag}-0000}}</b:Guid>"
            f"<b:Author><b:Author>{author}</b:Author></b:Author>{inner}</b:Source>"
        )

    sources = [
        source(
            "Lut08",
            "Book",
            f"<b:NameList>{person('Lüthi', 'Lorenz', 'M.')}</b:NameList>",
            Title="The Sino-Soviet Split: Cold War in the Communist World",
            Year="2008",
            City="Princeton",
            Publisher="Princeton University Press",
        ),
        source(
            "Wil63",
            "DocumentFromInternetSite",
            "<b:Corporate>Wilson Center Digital Archive</b:Corporate>",
            Title="Letter from the Central Committee of the CCP to the CPSU",
            InternetSiteTitle="Wilson Center Digital Archive",
            Year="1963",
            YearAccessed="2024",
            MonthAccessed="March",
            DayAccessed="12",
            URL="https://digitalarchive.wilsoncenter.org/document/117001",
        ),
        source(
            "Fri10",
            "JournalArticle",
            f"<b:NameList>{person('Friedman', 'Jeremy')}</b:NameList>",
            Title="Soviet Policy in the Developing World and the Chinese Challenge in the 1960s",
            JournalName="Cold War History",
            Year="2010",
            Pages="247-272",
            DOI="10.1080/14682740902764569",
        ),
        source(
            "Rad09",
            "Book",
            f"<b:NameList>{person('Radchenko', 'Sergey')}</b:NameList>",
            Title="Two Suns in the Heavens: The Sino-Soviet Struggle for Supremacy, 1962-1967",
            Year="2009",
            City="Stanford",
            Publisher="Stanford University Press",
        ),
    ]
    return (
        '<?xml version="1.0" standalone="no"?>'
        f'<b:Sources xmlns:b="{BIB_NS}" xmlns="{BIB_NS}" SelectedStyle="\\APASixthEditionOfficeOnline.xsl" '
        f'StyleName="APA" Version="6">{"".join(sources)}</b:Sources>'
    )


BIB_NS = "http://schemas.openxmlformats.org/officeDocument/2006/bibliography"


def word_citation(instr: str, result: str) -> str:
    """Word's citation: a content control marked w:citation around a CITATION field."""
    return (
        f'<w:sdt><w:sdtPr><w:id w:val="{next(_ids)}"/><w:citation/></w:sdtPr><w:sdtContent>'
        + "".join(field([instr], [r(result)]))
        + "</w:sdtContent></w:sdt>"
    )


def _citation_table(rows: list[tuple[str, str]]) -> str:
    """A two-column table; a "<field>" cell holds Word's citation of Lüthi, page 12, as a simple field."""

    def cell(text: str) -> str:
        if text == "<field>":
            content = (
                '<w:fldSimple w:instr=" CITATION Lut08 \\p 12 \\l 2057 ">'
                + r("(Lüthi, 2008, p. 12)")
                + "</w:fldSimple>"
            )
        else:
            content = r(text)
        return f'<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>{p(content)}</w:tc>'

    body = "".join(f"<w:tr>{cell(a)}{cell(b)}</w:tr>" for a, b in rows)
    return (
        '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
        f'<w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid>{body}</w:tbl>'
    )


def build_citations_word() -> Path:
    """18. Word's CITATION fields (with \\p and \\m, simple fields, one in a table, an unknown tag) and its sources."""
    styles = [pstyle("EssayNote", "Essay Note", rpr_='<w:sz w:val="20"/>')]
    bibliography = (
        '<w:sdt><w:sdtPr><w:id w:val="2001"/><w:docPartObj><w:docPartGallery w:val="Bibliographies"/>'
        "<w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>"
        + p(r("Bibliography"), style="Heading1")
        + '<w:sdt><w:sdtPr><w:id w:val="2002"/><w:bibliography/></w:sdtPr><w:sdtContent>'
        + "".join(
            multi_paragraph_field(
                " BIBLIOGRAPHY ",
                [
                    "Friedman, J., 2010. Soviet Policy in the Developing World and the Chinese Challenge in the "
                    "1960s. Cold War History, 10(2), pp. 247-272.",
                    "Lüthi, L. M., 2008. The Sino-Soviet Split: Cold War in the Communist World. Princeton: "
                    "Princeton University Press.",
                    "Radchenko, S., 2009. Two Suns in the Heavens. Stanford: Stanford University Press.",
                    "Wilson Center Digital Archive, 1963. Letter from the Central Committee of the CCP to the "
                    "CPSU. [Online] Available at: https://digitalarchive.wilsoncenter.org/document/117001 "
                    "[Accessed 12 March 2024].",
                ],
            )
        )
        + "</w:sdtContent></w:sdt></w:sdtContent></w:sdt>"
    )
    body = [
        p(r("Ideology and Rivalry"), style="Heading1"),
        p(
            r("Beijing read the Secret Speech as a betrayal of the revolution "),
            word_citation(
                " CITATION Lut08 \\p 45 \\l 2057  \\m Fri10 \\p 250",
                "(Lüthi, 2008, p. 45; Friedman, 2010, p. 250)",
            ),
            r("."),
        ),
        p(
            r("The Chinese letter of June 1963 set out twenty-five points "),
            '<w:fldSimple w:instr=" CITATION Wil63 \\l 2057 ">'
            + r("(Wilson Center Digital Archive, 1963)")
            + "</w:fldSimple>",
            r("."),
        ),
        _citation_table(
            [
                ("Source", "Reading of the split"),
                ("<field>", "Ideology came first; the quarrel over aid followed it."),
            ]
        ),
        p(
            r("Some still argue that the split was inevitable "),
            word_citation(" CITATION Zha97 \\l 2057 ", "(Zhang, 1997)"),
            r("."),
            fn_ref(2),
        ),
        bibliography,
    ]
    footnotes = [
        note_with(
            "footnote",
            2,
            r("On the personal rivalry, see "),
            *field([" CITATION Rad09 \\p 51 \\l 2057 "], [r("(Radchenko, 2009, p. 51)")]),
            r("."),
        )
    ]
    return write_docx("citations_word", body, styles=styles, footnotes=footnotes, custom_xml=word_sources_xml())


BUILDERS = [
    build_tracked_changes,
    build_content_controls,
    build_wrappers,
    build_fields,
    build_text_boxes,
    build_page_breaks,
    build_notes,
    build_headings_by_style,
    build_headings_by_form,
    build_typed_notes,
    build_superscripts_without_notes,
    build_tables_captions,
    build_title_page_with_break,
    build_title_page_without_break,
    build_headers_comments_metadata,
    build_hidden_text,
    build_citations_zotero,
    build_citations_mendeley,
    build_citations_endnote,
    build_citations_word,
]

# Features that also get a LibreOffice round-trip variant (<name>.lo.docx), and how
# to build the source that LibreOffice converts (into a scratch folder).
LIBREOFFICE_VARIANTS = {
    "notes": lambda out_dir: build_notes(word_order=True, out_dir=out_dir),
    "headings_by_style": lambda out_dir: HERE / "headings_by_style.docx",
}


# --- LibreOffice round trip -------------------------------------------------------


def _normalise_libreoffice(data: bytes) -> bytes:
    """Make a LibreOffice-written package byte-stable: fixed times, dates and no rsids."""
    members: list[tuple[str, bytes]] = []
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for info in zf.infolist():
            content = zf.read(info.filename)
            if info.filename.endswith(".xml"):
                text = content.decode("utf-8")
                text = re.sub(r'\s+w:rsid\w*="[0-9A-Fa-f]+"', "", text)
                text = re.sub(r"<w:rsids>.*?</w:rsids>", "", text, flags=re.S)
                text = re.sub(
                    r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)", rf"\g<1>{FIXED_W3CDTF}\2", text
                )
                text = re.sub(r"<TotalTime>\d+</TotalTime>", "<TotalTime>0</TotalTime>", text)
                content = text.encode("utf-8")
            members.append((info.filename, content))
    return zip_bytes(members)


def libreoffice_round_trip(name: str, soffice: str) -> Path:
    out = HERE / f"{name}.lo.docx"
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        (tmpdir / "src").mkdir()
        src = LIBREOFFICE_VARIANTS[name](tmpdir / "src")
        profile = (tmpdir / "profile").as_uri()
        base = [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore"]
        subprocess.run(
            [*base, "--convert-to", "odt", "--outdir", str(tmpdir / "odt"), str(src)], check=True, capture_output=True
        )
        odt = tmpdir / "odt" / (src.stem + ".odt")
        subprocess.run(
            [*base, "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(tmpdir / "docx"), str(odt)],
            check=True,
            capture_output=True,
        )
        converted = tmpdir / "docx" / (src.stem + ".docx")
        out.write_bytes(_normalise_libreoffice(converted.read_bytes()))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-libreoffice", action="store_true", help="leave the committed .lo.docx variants alone")
    parser.add_argument("--soffice", default=shutil.which("soffice"), help="path to LibreOffice's soffice")
    args = parser.parse_args(argv)
    written = [builder() for builder in BUILDERS]
    for path in written:
        print(f"wrote {path.relative_to(HERE.parents[2])}")
    if args.no_libreoffice:
        return 0
    if not args.soffice:
        print("soffice not found: the committed .lo.docx variants were left as they are", file=sys.stderr)
        return 0
    for name in LIBREOFFICE_VARIANTS:
        out = libreoffice_round_trip(name, args.soffice)
        print(f"wrote {out.relative_to(HERE.parents[2])} (LibreOffice round trip)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
