"""``Document.formatting``: the font size and line spacing of most of the running text.

Each test writes a small package with the DOCX goldens' helpers, varying where the
size or spacing comes from: the document defaults, a paragraph style and the
styles it is based on, a character style, the run or paragraph itself. Only the
paragraphs and list items of the introduction, body and conclusion are measured,
weighted by their visible non-space characters.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from eecheck.model import BodyFormatting, LineSpacing
from eecheck.readers import read_document
from tests.conftest import run_cli
from tests.readers.docx_goldens import build as build  # noqa: E402

p, r, pstyle, cstyle = build.p, build.r, build.pstyle, build.cstyle
ORIGINAL_DEFAULTS = build.BASE_STYLES[0]

TEXT = "Soviet aid ended in 1960"  # 20 non-space characters
OTHER = "and the split became public"  # 23 non-space characters


def defaults(size: int | None = 24, spacing: str | None = '<w:spacing w:line="360" w:lineRule="auto"/>') -> str:
    rpr = f'<w:rPr><w:sz w:val="{size}"/></w:rPr>' if size else "<w:rPr/>"
    ppr = f"<w:pPr>{spacing}</w:pPr>" if spacing else "<w:pPr/>"
    return f"<w:docDefaults><w:rPrDefault>{rpr}</w:rPrDefault><w:pPrDefault>{ppr}</w:pPrDefault></w:docDefaults>"


def sized(text: str, half_points: int, *, extra: str = "") -> str:
    return f'<w:r><w:rPr>{extra}<w:sz w:val="{half_points}"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def spaced(*runs: str, line: int, rule: str | None = None, style: str | None = None) -> str:
    style_xml = f'<w:pStyle w:val="{style}"/>' if style else ""
    rule_xml = f' w:lineRule="{rule}"' if rule else ""
    return f'<w:p><w:pPr>{style_xml}<w:spacing w:line="{line}"{rule_xml}/></w:pPr>{"".join(runs)}</w:p>'


def essay(*paragraphs: str, before: list[str] = (), after: list[str] = ()) -> list[str]:
    return [
        *before,
        p(r("Introduction"), style="Heading1"),
        *paragraphs,
        p(r("Bibliography"), style="Heading1"),
        *after,
    ]


def formatting(
    tmp_path: Path, body: list[str], *, styles: list[str] = (), base: str | None = None, **kwargs
) -> BodyFormatting:
    build.BASE_STYLES[0] = base if base is not None else ORIGINAL_DEFAULTS
    try:
        path = build.write_docx("formatting", body, styles=list(styles), out_dir=tmp_path, **kwargs)
    finally:
        build.BASE_STYLES[0] = ORIGINAL_DEFAULTS
    result = read_document(path).formatting
    assert result is not None
    return result


def test_document_defaults_alone(tmp_path):
    found = formatting(tmp_path, essay(p(r(TEXT))), base=defaults(22, '<w:spacing w:line="276" w:lineRule="auto"/>'))
    assert found == BodyFormatting(
        characters=20,
        font_size=11.0,
        font_size_characters=20,
        line_spacing=LineSpacing("auto", 1.15),
        line_spacing_characters=20,
    )


def test_nothing_set_anywhere_is_10_pt_single_as_in_word_and_libreoffice(tmp_path):
    found = formatting(tmp_path, essay(p(r(TEXT))), base=defaults(None, None))
    assert (found.font_size, found.line_spacing) == (10.0, LineSpacing("auto", 1.0))


def test_a_package_without_styles_part(tmp_path):
    path = build.write_docx("nostyles", essay(p(r(TEXT))), out_dir=tmp_path)
    with zipfile.ZipFile(path) as zf:
        members = [(i.filename, zf.read(i.filename)) for i in zf.infolist() if i.filename != "word/styles.xml"]
    members = [
        (
            name,
            data.replace(
                b'<Relationship Id="rId1" Type="' + build.REL.encode() + b'/styles" Target="styles.xml"/>', b""
            ),
        )
        for name, data in members
    ]
    path.write_bytes(io.BytesIO(build.zip_bytes(members)).getvalue())
    document = read_document(path)
    assert document.formatting is not None
    assert (document.formatting.font_size, document.formatting.line_spacing) == (10.0, LineSpacing("auto", 1.0))


def test_size_and_spacing_through_the_based_on_chain(tmp_path):
    styles = [
        pstyle("BodyText", "Body Text", ppr='<w:spacing w:line="480" w:lineRule="auto"/>', rpr_='<w:sz w:val="28"/>'),
        pstyle("FirstParagraph", "First Paragraph", based="BodyText"),
        pstyle("Compact", "Compact", based="FirstParagraph"),
    ]
    found = formatting(tmp_path, essay(p(r(TEXT), style="Compact")), styles=styles)
    assert (found.font_size, found.line_spacing) == (14.0, LineSpacing("auto", 2.0))


def test_the_nearest_style_wins_over_its_base_and_the_defaults(tmp_path):
    styles = [
        pstyle("BodyText", "Body Text", ppr='<w:spacing w:line="480" w:lineRule="auto"/>', rpr_='<w:sz w:val="28"/>'),
        pstyle(
            "Own", "Own", based="BodyText", ppr='<w:spacing w:line="240" w:lineRule="auto"/>', rpr_='<w:sz w:val="22"/>'
        ),
    ]
    found = formatting(tmp_path, essay(p(r(TEXT), style="Own")), styles=styles)
    assert (found.font_size, found.line_spacing) == (11.0, LineSpacing("auto", 1.0))


def test_character_style_then_direct_run_size(tmp_path):
    styles = [cstyle("Small", "Small", '<w:sz w:val="18"/>')]
    paragraph = p(r(TEXT, rstyle="Small"), sized(OTHER, 21, extra='<w:rStyle w:val="Small"/>'))
    found = formatting(tmp_path, essay(paragraph), styles=styles)
    # 20 characters at 9 pt (the character style), 23 at 10.5 pt (the run's own w:sz wins).
    assert (found.characters, found.font_size, found.font_size_characters) == (43, 10.5, 23)


def test_superscripts_hidden_text_and_note_marks_are_not_measured(tmp_path):
    paragraph = p(
        r(TEXT),
        sized("12345", 30, extra='<w:vertAlign w:val="superscript"/>'),
        sized("hidden words here", 40, extra="<w:vanish/>"),
        build.fn_ref(2),
    )
    found = formatting(
        tmp_path, essay(paragraph), footnotes=[build.note("footnote", 2, "Lüthi, 174, in a note of any size.")]
    )
    assert (found.characters, found.font_size) == (20, 12.0)


def test_only_paragraphs_of_the_introduction_body_and_conclusion_count(tmp_path):
    before = [p(sized("A Title Page Line In 20 Point", 40)), p(build.PAGE_BREAK)]
    table = (
        '<w:tbl><w:tblPr/><w:tblGrid><w:gridCol w:w="4500"/></w:tblGrid><w:tr><w:tc><w:tcPr/>'
        + p(sized("A table of figures in small print", 16))
        + "</w:tc></w:tr></w:tbl>"
    )
    after = [p(sized("Lüthi, Lorenz M. The Sino-Soviet Split. Princeton, 2008.", 16))]
    body = essay(
        p(sized(TEXT, 24)),
        p(sized("A heading typed large", 36), style="Heading2"),
        table,
        p(sized("Figure 1: a caption in 8 pt", 16), style="Caption"),
        before=before,
        after=after,
    )
    found = formatting(tmp_path, body)
    assert (found.characters, found.font_size, found.font_size_characters) == (20, 12.0, 20)


def test_the_dominant_values_and_their_share(tmp_path):
    body = essay(
        p(sized(TEXT, 24)),
        p(sized(OTHER, 24)),
        spaced(sized("a single-spaced block quotation", 20), line=240, rule="auto"),
    )
    found = formatting(tmp_path, body)
    # 20 + 23 characters at 12 pt and 1.5 lines, 28 at 10 pt single.
    assert found == BodyFormatting(
        characters=71,
        font_size=12.0,
        font_size_characters=43,
        line_spacing=LineSpacing("auto", 1.5),
        line_spacing_characters=43,
    )


def test_exact_and_at_least_are_reported_in_points(tmp_path):
    exact = formatting(tmp_path, essay(spaced(r(TEXT), line=360, rule="exact")))
    assert exact.line_spacing == LineSpacing("exact", 18.0)
    at_least = formatting(tmp_path, essay(spaced(r(TEXT), line=240, rule="atLeast")))
    assert at_least.line_spacing == LineSpacing("at-least", 12.0)


def test_a_line_without_a_rule_is_auto_even_over_an_exact_style(tmp_path):
    styles = [pstyle("Tight", "Tight", ppr='<w:spacing w:line="360" w:lineRule="exact"/>')]
    found = formatting(tmp_path, essay(spaced(r(TEXT), line=480, style="Tight")), styles=styles)
    assert found.line_spacing == LineSpacing("auto", 2.0)


def test_spacing_changes_in_property_revisions_are_not_the_current_spacing(tmp_path):
    revised = (
        '<w:p><w:pPr><w:spacing w:line="360" w:lineRule="auto"/>'
        '<w:pPrChange w:id="1" w:author="Author" w:date="2024-02-10T10:00:00Z"><w:pPr>'
        '<w:spacing w:line="240" w:lineRule="auto"/></w:pPr></w:pPrChange></w:pPr>'
        '<w:r><w:rPr><w:sz w:val="24"/><w:rPrChange w:id="2" w:author="Author" w:date="2024-02-10T10:00:00Z">'
        f'<w:rPr><w:sz w:val="20"/></w:rPr></w:rPrChange></w:rPr><w:t>{TEXT}</w:t></w:r></w:p>'
    )
    found = formatting(tmp_path, essay(revised), base=defaults(20, None))
    assert (found.font_size, found.line_spacing) == (12.0, LineSpacing("auto", 1.5))


def test_a_paragraph_split_by_a_page_break_counts_once(tmp_path):
    paragraph = p(r(TEXT), build.PAGE_BREAK, r(OTHER))
    found = formatting(tmp_path, essay(paragraph))
    assert (found.characters, found.line_spacing_characters) == (43, 43)


def test_an_essay_without_running_text_has_no_dominant_values(tmp_path):
    found = formatting(tmp_path, [p(r("Just a title"), style="Title")])
    assert found == BodyFormatting(
        characters=0, font_size=None, font_size_characters=0, line_spacing=None, line_spacing_characters=0
    )


def test_markdown_has_no_formatting(tmp_path):
    path = tmp_path / "essay.md"
    path.write_text("# Introduction\n\nSoviet aid ended in 1960.\n", encoding="utf-8")
    assert read_document(path).formatting is None


def test_inspect_prints_the_formatting(tmp_path):
    path = build.write_docx("inspect", essay(p(r(TEXT))), out_dir=tmp_path)
    result = run_cli("inspect", str(path))
    assert '"formatting": {' in result.stdout
    assert '"line_spacing": {\n      "rule": "auto",\n      "value": 1.5\n    }' in result.stdout
