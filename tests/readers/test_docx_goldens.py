"""Golden-file tests of the DOCX reader: one small Word package per feature.

The packages are made by ``docx_goldens/build.py`` (run by hand; see its docstring),
two of them also after a LibreOffice round trip (``*.lo.docx``). Each has a
hand-written ``<name>.expected.json``: the part of ``Document.to_json()`` the
feature is about. ``test_golden_reading`` compares the reader against it field by
field; the tests after it state each feature's most important fact on its own, and
the ``test_python_docx_misses_*`` tests prove that each fixture for features 1-5
exercises a gap of python-docx's ``Paragraph.text``, which the reader must not have.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest

from eecheck.model import BlockKind, Document, NoteKind, Section
from eecheck.readers import read_document

GOLDENS = Path(__file__).resolve().parent / "docx_goldens"
GOLDEN_FILES = sorted(p.name for p in GOLDENS.glob("*.docx"))
# Keys of an expected file that describe it rather than the reading.
_DESCRIPTIVE = {"feature"}


@functools.cache
def read(name: str) -> Document:
    return read_document(GOLDENS / name)


def expected_for(name: str) -> dict[str, Any]:
    return json.loads((GOLDENS / (name.removesuffix(".docx") + ".expected.json")).read_text(encoding="utf-8"))


def all_text(doc: Document) -> str:
    return "\n".join(b.text for b in doc.blocks)


def texts(doc: Document, kind: BlockKind | None = None) -> list[str]:
    return [b.text for b in doc.blocks if kind is None or b.kind is kind]


def block_index(doc: Document, startswith: str) -> int:
    matches = [b.index for b in doc.blocks if b.text.startswith(startswith)]
    assert len(matches) == 1, f"expected one block starting {startswith!r}, found {len(matches)}"
    return matches[0]


def python_docx_texts(name: str) -> list[str]:
    return [p.text for p in docx.Document(str(GOLDENS / name)).paragraphs]


# --- the goldens ----------------------------------------------------------------------


def _project(actual: Any, expected: Any) -> Any:
    """The part of ``actual`` that ``expected`` speaks about."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        return {key: _project(actual.get(key), value) for key, value in expected.items()}
    if isinstance(expected, list) and isinstance(actual, list) and expected and isinstance(expected[0], dict):
        keys = {key for item in expected for key in item}
        return [{key: item.get(key) for key in sorted(keys) if key in item} for item in actual]
    return actual


def _project_blocks(actual: list[dict[str, Any]], expected: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Blocks as kind, section, text (+ level for headings, + any key the expected block names)."""
    projected = []
    for i, block in enumerate(actual):
        keys = {"kind", "section", "text"}
        if block["kind"] == "heading":
            keys.add("level")
        if i < len(expected):
            keys |= set(expected[i])
        projected.append({key: block.get(key) for key in sorted(keys)})
    return projected


def test_every_golden_has_an_expected_reading() -> None:
    from tests.readers.docx_goldens import build

    # One file per builder, plus each builder's LibreOffice round trip where it has one.
    built = [f"{b.__name__.removeprefix('build_')}.docx" for b in build.BUILDERS]
    built += [f"{name}.lo.docx" for name in build.LIBREOFFICE_VARIANTS]
    assert GOLDEN_FILES == sorted(built)
    missing = [n for n in GOLDEN_FILES if not (GOLDENS / (n.removesuffix(".docx") + ".expected.json")).exists()]
    assert missing == []


@pytest.mark.parametrize("name", GOLDEN_FILES)
def test_golden_reading(name: str) -> None:
    expected = expected_for(name)
    actual = read(name).to_json()
    want_blocks = [{key: block[key] for key in sorted(block)} for block in expected["blocks"]]
    assert _project_blocks(actual["blocks"], expected["blocks"]) == want_blocks
    for key, value in expected.items():
        if key in _DESCRIPTIVE or key == "blocks":
            continue
        assert _project(actual[key], value) == value, f"{name}: {key}"


def _zip_contents(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {info.filename: zf.read(info.filename) for info in zf.infolist()}


def test_committed_goldens_match_their_generator(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """build.py needs only the standard library: CI can check the committed files are its output.

    Compares zip members, not bytes, so a different zlib cannot fail it.
    """
    spec = importlib.util.spec_from_file_location("docx_goldens_build", GOLDENS / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    monkeypatch.setattr(build, "OUT_DIR", tmp_path)
    for builder in build.BUILDERS:
        fresh = builder()
        assert _zip_contents(fresh) == _zip_contents(GOLDENS / fresh.name), f"{fresh.name} is stale: rerun build.py"
    for name in build.LIBREOFFICE_VARIANTS:
        assert (GOLDENS / f"{name}.lo.docx").exists()


# --- 1. tracked changes ------------------------------------------------------------------


def test_tracked_insertions_and_moves_are_read_deletions_are_not() -> None:
    doc = read("tracked_changes.docx")
    text = all_text(doc)
    assert "publicly withdrawn" in text
    assert "reluctantly" not in text
    assert "Korean War" not in text
    assert text.count("The border clashes of 1969 confirmed it.") == 1
    moved_to = doc.blocks[block_index(doc, "Economic rivalry")]
    assert moved_to.text.endswith("The border clashes of 1969 confirmed it.")
    assert doc.metadata.revision_authors == ("A. Supervisor", "J. Whitfield", "Maria Lopez")


def test_python_docx_misses_tracked_insertions_and_moves() -> None:
    paragraphs = python_docx_texts("tracked_changes.docx")
    assert not any("publicly" in t for t in paragraphs)
    assert paragraphs[4] == "Economic rivalry deepened the divide."


# --- 2. content controls ------------------------------------------------------------------


def test_content_controls_inline_and_block_are_read() -> None:
    doc = read("content_controls.docx")
    assert "doctrine (Lüthi, 2008), although" in all_text(doc)
    assert "as well (Radchenko, 2009)." in all_text(doc)
    assert any(t.startswith("Moscow, for its part") for t in texts(doc, BlockKind.PARAGRAPH))
    assert [e.text[:8] for e in doc.bibliography] == ["Lüthi, L", "Radchenk"]


def test_python_docx_misses_content_controls() -> None:
    paragraphs = python_docx_texts("content_controls.docx")
    assert len(paragraphs) == 2  # the heading and one paragraph: block-level sdt paragraphs are missing
    assert "(Lüthi, 2008)" not in paragraphs[1]
    assert not any("Moscow, for its part" in t for t in paragraphs)


# --- 3. smart tags, custom XML, bidi ------------------------------------------------------


def test_smart_tags_custom_xml_and_bidi_wrappers_are_transparent() -> None:
    text = all_text(read("wrappers.docx"))
    assert "opened in Moscow on 5 July 1963 and" in text
    assert "According to Mao Zedong, the Soviet" in text
    assert "nine open letters" in text
    assert "daily الأهرام and the Israeli paper הארץ reported" in text


def test_python_docx_misses_wrapped_text() -> None:
    paragraphs = python_docx_texts("wrappers.docx")
    assert paragraphs[1] == "The final round of party talks opened in  on  and collapsed within two weeks."
    assert not any("Mao Zedong" in t or "nine open letters" in t or "הארץ" in t for t in paragraphs)


# --- 4. fields ----------------------------------------------------------------------------


def test_field_results_are_kept_and_codes_never_read() -> None:
    text = all_text(read("fields.docx"))
    for code in ("SEQ", "ADDIN", "ZOTERO", "CSL_", "EN.CITE", "EndNote", "HYPERLINK", "citationItems", "MERGEFORMAT"):
        assert code not in text
    assert "As Table 1 shows" in text
    assert "Beijing (Lüthi, 2008, p. 12), and" in text
    assert "ideology (Westad, 1998), as" in text
    assert "14 June 1963. https://digitalarchive.wilsoncenter.org/document/117001." in text


def test_python_docx_misses_simple_field_results() -> None:
    paragraphs = python_docx_texts("fields.docx")
    assert paragraphs[1].startswith("As Table  shows")


# --- 5. text boxes --------------------------------------------------------------------------


def test_text_box_with_fallback_is_read_exactly_once() -> None:
    text = all_text(read("text_boxes.docx"))
    assert text.count("Casualty estimates vary") == 1
    assert text.count("Damansky Island") == 1


def test_python_docx_misses_text_boxes() -> None:
    paragraphs = python_docx_texts("text_boxes.docx")
    assert not any("Casualty estimates" in t or "Damansky" in t for t in paragraphs)


# --- 6. page breaks ---------------------------------------------------------------------------


def test_page_break_inside_a_paragraph_separates_words_and_blocks() -> None:
    doc = read("page_breaks.docx")
    assert "end.Next" not in all_text(doc)
    i = block_index(doc, "By the summer of 1963")
    assert doc.blocks[i].text.endswith("its end.")
    assert doc.blocks[i + 1].kind is BlockKind.PAGE_BREAK
    assert doc.blocks[i + 2].text.startswith("Next came")


def test_page_breaks_before_section_breaks_and_near_misses() -> None:
    doc = read("page_breaks.docx")

    def preceded_by_break(start: str) -> bool:
        i = block_index(doc, start)
        return doc.blocks[i - 1].kind is BlockKind.PAGE_BREAK

    assert preceded_by_break("The Polemics of 1963")  # pageBreakBefore on the paragraph
    assert preceded_by_break("The Border War")  # pageBreakBefore from the paragraph style
    assert preceded_by_break("Exchange collapsed")  # the section after starts on a new page
    assert not preceded_by_break("Trade did not stop")  # the section after starts continuously
    assert preceded_by_break("By 1970")  # the final section starts on a new page
    assert "public, in the pages" in all_text(doc)  # lastRenderedPageBreak is no break


# --- 7. footnotes and endnotes ------------------------------------------------------------------


@pytest.mark.parametrize("name", ["notes.docx", "notes.lo.docx"])
def test_notes_are_labelled_by_reference_order_and_custom_mark(name: str) -> None:
    doc = read(name)
    assert [(n.kind, n.label) for n in doc.notes] == [
        (NoteKind.FOOTNOTE, "1"),
        (NoteKind.FOOTNOTE, "2"),
        (NoteKind.FOOTNOTE, "3"),
        (NoteKind.ENDNOTE, "1"),
        (NoteKind.FOOTNOTE, "*"),
    ]
    assert doc.notes[0].text.startswith("Treaty of Friendship")  # id 20 in notes.docx, first referenced
    assert all(n.text == n.text.strip() and n.text for n in doc.notes)  # no separators, no leading space
    assert doc.dangling_note_refs == ()


def test_custom_mark_is_not_part_of_the_note_text() -> None:
    custom = [n for n in read("notes.docx").notes if n.label == "*"]
    assert [n.text for n in custom] == ["The figure of 1,390 advisers is Chinese; Soviet records give a lower number."]


# --- 8. headings by style -------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["headings_by_style.docx", "headings_by_style.lo.docx"])
def test_headings_by_style_and_their_levels(name: str) -> None:
    doc = read(name)
    assert [(b.text, b.level) for b in doc.blocks if b.kind is BlockKind.HEADING] == [
        ("The Sino-Soviet Split, 1956–1966", 0),
        ("Introduction", 1),
        ("Historiography", 2),
        ("Soviet Archives", 3),
        ("Ideology and the Cult of Personality", 1),
        ("Mao’s Response", 2),
        ("The Border War of 1969", 1),
        ("Aftermath", 2),
        ("Conclusion", 1),
    ]


# --- 9. headings by form ---------------------------------------------------------------------------


def test_headings_by_form_and_near_misses() -> None:
    doc = read("headings_by_form.docx")
    assert texts(doc, BlockKind.HEADING) == [
        "1. Introduction",
        "Ideological Roots",  # bold by w:b on every run
        "Chapter 2: The Treaty",
        "Khrushchev and Mao",  # bold by a character style
        "THE BORDER CLASHES OF 1969",
    ]
    paragraphs = texts(doc, BlockKind.PARAGRAPH)
    assert "The treaty was signed in Moscow on 14 February 1950." in paragraphs
    assert any(t.startswith("Soviet advisers, engineers") for t in paragraphs)
    assert "Economic factors played a smaller role than ideology before 1960." in paragraphs


# --- 10. typed notes ----------------------------------------------------------------------------------


def test_typed_superscript_numbers_become_notes() -> None:
    doc = read("typed_notes.docx")
    assert [(n.kind, n.label) for n in doc.notes] == [(NoteKind.TYPED, label) for label in ("1", "2", "3")]
    assert doc.notes[0].text.startswith("Chen, Jian.")
    body = doc.blocks[block_index(doc, "Stalin distrusted")].text
    assert "1949. The treaty" in body and "1949.1" not in body
    assert body.endswith("Xinjiang.")


def test_superscripts_without_a_notes_list_stay_in_the_text() -> None:
    doc = read("superscripts_without_notes.docx")
    assert doc.notes == ()
    assert "700 km2 of marsh" in all_text(doc)
    assert "10" + "9 roubles" in all_text(doc)


# --- 11. tables and captions -------------------------------------------------------------------------


def test_tables_and_captions() -> None:
    doc = read("tables_captions.docx")
    tables = texts(doc, BlockKind.TABLE)
    assert len(tables) == 2
    assert tables[1].splitlines()[1] == "1950–1955\t6,100"  # the table without w:tblGrid
    assert [t.split(":")[0] for t in texts(doc, BlockKind.CAPTION)] == ["Table 1", "Table 2", "Figure 1"]


# --- 12. title page --------------------------------------------------------------------------------------


def test_title_page_before_the_break_that_precedes_the_contents() -> None:
    doc = read("title_page_with_break.docx")
    tp = doc.title_page
    assert tp.title == "The Sino-Soviet Split of 1963: Ideology, Equality and Personal Rivalry"
    assert tp.research_question == "To what extent did ideological differences cause the Sino-Soviet split of 1963?"
    assert tp.subject == "History"
    assert tp.declared_word_count == 3998
    assert texts(doc, BlockKind.CONTENTS_ENTRY) == [
        "Introduction\t3",
        "The Origins of the Dispute\t4",
        "Conclusion\t11",
    ]


def test_title_page_without_a_break_is_what_precedes_the_first_heading() -> None:
    doc = read("title_page_without_break.docx")
    tp = doc.title_page
    assert tp.title == "The Role of Ideology in the Sino-Soviet Split"
    assert (tp.subject, tp.declared_word_count) == ("History", 3998)
    assert tp.research_question == "How far did Khrushchev’s de-Stalinisation cause the Sino-Soviet split?"
    assert [b.section for b in doc.blocks[:5]] == [Section.TITLE_PAGE] * 4 + [Section.INTRODUCTION]


# --- 13. headers, footers, comments, metadata ---------------------------------------------------------------


def test_headers_footers_comments_and_metadata() -> None:
    doc = read("headers_comments_metadata.docx")
    footer = [h for h in doc.headers_footers if h.kind == "footer"]
    assert [(h.text, h.has_page_field) for h in footer] == [("Page 1", True)]
    assert [c.author for c in doc.comments] == ["Ms Harper", "Daniel Kim"]
    assert "Cite the archive" not in all_text(doc)
    assert "Extended Essay in History" not in all_text(doc)
    assert (doc.metadata.author, doc.metadata.last_modified_by) == ("Daniel Kim", "Ms Harper")
    assert (doc.metadata.word_cached, doc.metadata.word_cached_application) == (4012, "Microsoft Office Word")


def test_a_package_without_core_properties_names_nobody() -> None:
    """python-docx invents core properties (last modified by "python-docx") when the part is missing."""
    with zipfile.ZipFile(GOLDENS / "wrappers.docx") as zf:
        assert "docProps/core.xml" not in zf.namelist()
    metadata = read("wrappers.docx").metadata
    assert (metadata.author, metadata.last_modified_by) == (None, None)


# --- 14. hidden text -------------------------------------------------------------------------------------------


def test_hidden_text_is_not_read() -> None:
    doc = read("hidden_text.docx")
    text = all_text(doc)
    assert "TODO" not in text
    assert "Draft note to self" not in text
    assert "Radchenko quotation" not in text
    assert "Soviet aid peaked in 1959 and then fell sharply." in text  # w:vanish w:val="0"
