"""Reference-manager citation fields (DOCX) and pandoc citation keys (Markdown) as the readers give them.

The DOCX goldens ``citations_{zotero,mendeley,endnote,word}.docx`` are built by
``docx_goldens/build.py`` and their whole readings pinned by ``test_docx_goldens``
(``*.expected.json``); the tests here state each feature's key facts on their own,
read pandoc's real Zotero and Mendeley documents in place, and check the Markdown
reader against a ``.bib`` file, a CSL-JSON file and inline ``references:``, with
pandoc itself as the oracle for which keys a text cites.
"""

from __future__ import annotations

import functools
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from eecheck.model import Document, FieldCitation
from eecheck.readers import read_document, sources
from eecheck.readers.markdown import read_markdown_text
from tests.conftest import CONFORMANCE

GOLDENS = Path(__file__).resolve().parent / "docx_goldens"
CITATIONS = Path(__file__).resolve().parent / "citations"
CITATION_GOLDENS = [
    "citations_zotero.docx",
    "citations_mendeley.docx",
    "citations_endnote.docx",
    "citations_word.docx",
    "fields.docx",
    "content_controls.docx",
]


@functools.cache
def read(path: Path) -> Document:
    return read_document(path)


def host_text(doc: Document, citation: FieldCitation) -> str:
    """The text of the block or note that holds the citation."""
    if citation.block is not None:
        return doc.blocks[citation.block].text
    [note] = [n for n in doc.notes if n.id == citation.note_id]
    return note.text


def keys(citation: FieldCitation) -> list[str | None]:
    return [item.key for item in citation.items]


def summary(doc: Document) -> list[tuple[str, str, list[tuple[str | None, str | None, str | None]]]]:
    """(source, text, [(first author, year, locator)…]) for each field citation, in reading order."""
    return [
        (
            c.source,
            c.text,
            [
                (
                    i.record.authors[0] if i.record and i.record.authors else None,
                    i.record.year if i.record else None,
                    i.locator,
                )
                for i in c.items
            ],
        )
        for c in doc.field_citations
    ]


# --- DOCX: every citation sits exactly where its text is --------------------------------------


@pytest.mark.parametrize("name", CITATION_GOLDENS)
def test_citation_text_is_at_its_offset(name: str) -> None:
    doc = read(GOLDENS / name)
    assert doc.field_citations
    for citation in doc.field_citations:
        assert (citation.block is None) != (citation.note_id is None)
        assert citation.offset is not None
        assert host_text(doc, citation)[citation.offset : citation.offset + len(citation.text)] == citation.text


@pytest.mark.parametrize("name", CITATION_GOLDENS)
def test_field_codes_never_reach_the_text(name: str) -> None:
    doc = read(GOLDENS / name)
    text = "\n".join([b.text for b in doc.blocks] + [n.text for n in doc.notes])
    for code in ("ADDIN", "CSL_CITATION", "citationItems", "EndNote", "<Cite>", "CITATION", "BIBLIOGRAPHY", "\\l 2057"):
        assert code not in text


def test_zotero_fields_in_body_and_footnotes_in_reading_order() -> None:
    doc = read(GOLDENS / "citations_zotero.docx")
    assert summary(doc) == [
        ("zotero", "(Lüthi, 2008, p. 45; World Bank, 2022)", [("Lüthi", "2008", "45"), ("World Bank", "2022", None)]),
        ("zotero", "Chen, Mao’s China, 83.", [("Chen", "2001", "83")]),
        ("zotero", "Friedman, “Soviet Policy,” 250", [("Friedman", "2010", "250")]),
    ]
    body, note_1, note_2 = doc.field_citations
    assert (body.block, note_1.note_id, note_2.note_id) == (1, "footnote-2", "footnote-3")
    assert keys(body) == [
        "http://zotero.org/users/8812345/items/LUTHI08A",
        "http://zotero.org/users/8812345/items/WBPSP22Q",
    ]
    world_bank = body.items[1].record
    assert world_bank is not None
    assert world_bank.title == "Poverty and Shared Prosperity 2022: Correcting Course"  # <i> dropped
    assert (world_bank.url, world_bank.accessed) == (
        "https://www.worldbank.org/en/publication/poverty-and-shared-prosperity",
        "2024-03-12",
    )
    assert note_2.items[0].record is not None and note_2.items[0].record.doi == "10.1080/14682740902764569"
    # The ZOTERO_BIBL field's result is the bibliography, as typed text: no citation.
    assert [e.text[:8] for e in doc.bibliography] == ["Chen, Ji", "Friedman", "Lüthi, L", "World Ba"]


def test_mendeley_desktop_and_mendeley_cite_and_a_damaged_field() -> None:
    doc = read(GOLDENS / "citations_mendeley.docx")
    assert summary(doc) == [
        (
            "mendeley",
            "(Goldstein, 2001, p. 990; Radchenko, 2009)",
            [("Goldstein", "2001", "990"), ("Radchenko", "2009", None)],
        ),
        ("mendeley", "(Gerson, 2010)", [("Gerson", "2010", None)]),
    ]
    desktop, cite = doc.field_citations
    # Mendeley Desktop's ITEM-2 names nothing outside its field: no key, but a record.
    assert keys(desktop) == ["http://www.mendeley.com/documents/?uuid=5c7a1e0e-3b8f-4d2a-9a51-0c6f1d2e8b44", None]
    assert desktop.items[1].record is not None and desktop.items[1].record.key is None
    assert keys(cite) == ["0f3c9a1e-7b2d-3c4e-9f10-2a6b8d4e1c55"]
    assert doc.warnings == (
        "word/document.xml: a Mendeley citation field could not be read (its JSON data is damaged "
        "(JSONDecodeError)); its text is read as typed",
    )
    assert "provocations (Yang, 2000)." in doc.blocks[3].text


def test_endnote_record_in_code_in_nested_field_data_and_short() -> None:
    doc = read(GOLDENS / "citations_endnote.docx")
    assert summary(doc) == [
        ("endnote", "(Lüthi, 2008, p. 240)", [("Lüthi", "2008", "240")]),
        (
            "endnote",
            "(Friedman, 2015; Wilson Center Digital Archive, 1963)",
            [("Friedman", "2015", None), ("Wilson Center Digital Archive", "1963", None)],
        ),
        ("endnote", "Radchenko, Two Suns, 51.", [("Radchenko", "2009", "51")]),
    ]
    friedman, archive = doc.field_citations[1].items
    assert friedman.record is not None and friedman.record.title == (
        "Shadow Cold War: The Sino-Soviet Competition for the Third World"  # text inside EndNote's <style>
    )
    assert archive.record is not None
    assert (archive.record.kind, archive.record.accessed) == ("webpage", "12 March 2024")
    assert doc.field_citations[2].note_id == "footnote-2"


def test_word_citations_resolve_against_the_sources_part() -> None:
    doc = read(GOLDENS / "citations_word.docx")
    assert [r.key for r in doc.source_records] == ["Lut08", "Wil63", "Fri10", "Rad09"]
    assert [(c.text, keys(c), [i.locator for i in c.items]) for c in doc.field_citations] == [
        ("(Lüthi, 2008, p. 45; Friedman, 2010, p. 250)", ["Lut08", "Fri10"], ["45", "250"]),
        ("(Wilson Center Digital Archive, 1963)", ["Wil63"], [None]),  # a simple field
        ("(Lüthi, 2008, p. 12)", ["Lut08"], ["12"]),  # in a table cell
        ("(Zhang, 1997)", ["Zha97"], [None]),
        ("(Radchenko, 2009, p. 51)", ["Rad09"], ["51"]),  # in a footnote
    ]
    records = {r.key: r for r in doc.source_records}
    assert [i.record for c in doc.field_citations for i in c.items] == [
        records["Lut08"],
        records["Fri10"],
        records["Wil63"],
        records["Lut08"],
        None,  # Zha97 is not in the sources part: a citation of nothing
        records["Rad09"],
    ]
    assert records["Wil63"].authors == ("Wilson Center Digital Archive",)
    assert records["Wil63"].accessed == "12 March 2024"


def test_older_goldens_fields_are_citations_too() -> None:
    fields = read(GOLDENS / "fields.docx")
    assert summary(fields) == [
        ("zotero", "(Lüthi, 2008, p. 12)", [("Lüthi", "2008", "12")]),  # instruction split over three runs
        ("endnote", "(Westad, 1998)", [("Westad", "1998", None)]),
    ]
    controls = read(GOLDENS / "content_controls.docx")
    # The Mendeley Cite tag there holds no citation items; the Word citation has no sources part.
    assert [(c.source, c.text, keys(c)) for c in controls.field_citations] == [("word", "(Radchenko, 2009)", ["Rad09"])]
    assert controls.field_citations[0].items[0].record is None


# --- pandoc's real Zotero and Mendeley documents ------------------------------------------------------

needs_corpus = pytest.mark.skipif(
    not (CONFORMANCE / "zotero_citations.docx").exists(),
    reason=f"pandoc DOCX conformance corpus not found at {CONFORMANCE.resolve()} (expected <repo>/../shared)",
)


@needs_corpus
def test_real_zotero_document() -> None:
    doc = read(CONFORMANCE / "zotero_citations.docx")
    assert summary(doc) == [
        ("zotero", "(Smith et al., 2013)", [("Smith", "2013", None)]),
        ("zotero", "(Boer et al., 2016; Smith et al., 2013)", [("Boer", "2016", None), ("Smith", "2013", None)]),
        ("zotero", "(prefix Bellomo et al., 2016, p. 2 suffix)", [("Bellomo", "2016", "2")]),
    ]
    smith = doc.field_citations[0].items[0]
    assert smith.key == "http://zotero.org/users/40613/items/3GKMD43T"
    assert smith == doc.field_citations[1].items[1]  # the same item, cited twice
    assert smith.record is not None
    assert smith.record.authors == ("Smith", "Eade", "Pohlmann")
    assert (smith.record.container, smith.record.doi) == ("Climate Dynamics", "10.1007/s00382-013-1683-2")
    assert doc.warnings == ()


@needs_corpus
def test_real_mendeley_document() -> None:
    doc = read(CONFORMANCE / "mendeley_citations.docx")
    assert summary(doc) == [
        ("mendeley", "(prefix Hadwen-Bennett et al., 2018, p. 123 suffix)", [("Hadwen-Bennett", "2018", "123")]),
        ("mendeley", "(prefix Seo, 2019, pp. 10–20 suffix)", [("Seo", "2019", "10-20")]),
        ("mendeley", "(Koh & Abbas, 2015; Lee et al., 2011)", [("Lee", "2011", None), ("Koh", "2015", None)]),
    ]
    assert [c.block for c in doc.field_citations] == [0, 1, 2]
    # Its sources part is empty: Mendeley writes one, Word's own citations would fill it.
    assert doc.source_records == ()
    for citation in doc.field_citations:
        assert host_text(doc, citation)[citation.offset : citation.offset + len(citation.text)] == citation.text


# --- Markdown: pandoc keys against .bib, CSL-JSON and inline references ----------------------------------


def test_markdown_keys_resolve_against_bibtex_and_csl_json_files() -> None:
    doc = read(CITATIONS / "essay.md")
    assert [(c.text, c.block, c.note_id, c.location.line) for c in doc.field_citations] == [
        ("[@luthi2008, pp. 12-15; see also @chen2001, chap. 3]", 1, None, 15),
        ("@radchenko2009 [p. 7]", 1, None, 15),
        ("[-@friedman2010, p. 250]", 1, None, 17),
        ("[@friedman2010, p. 252]", None, "md:1", 29),  # the note is read where it is referenced
        ("@radchenko2009 [pp. 150-160]", None, "md:1", 30),
        ("[@luthi2008]", 2, None, 19),  # "1. Ideology …" read as a numbered heading line
        ("[@westad1998, p. 160]", 3, None, 23),  # in a table
        ("[@wilson1963]", 4, None, 25),
        ("[@fao2019]", 4, None, 27),
        ("[@worldbank2022, p. 4]", 4, None, 27),
        ("[@khrushchev1970]", 4, None, 27),
        ("@gaulle1970", None, "md-inline-1", 25),  # an inline note ^[…]
    ]
    for citation in doc.field_citations:
        assert host_text(doc, citation)[citation.offset : citation.offset + len(citation.text)] == citation.text
    items = [(i.key, i.locator) for c in doc.field_citations for i in c.items]
    assert items[:3] == [("luthi2008", "pp. 12-15"), ("chen2001", "chap. 3"), ("radchenko2009", "p. 7")]
    unresolved = [i.key for c in doc.field_citations for i in c.items if i.record is None]
    assert unresolved == ["khrushchev1970"]  # in neither file
    assert doc.warnings == ("bibliography file sources.bib: the entry broken2020 could not be read",)
    # Code spans and e-mail addresses cite nothing; pandoc's metadata is not a title-page line.
    assert "historian@example.org" in doc.blocks[4].text
    assert doc.title_page.other_lines == ()


def test_markdown_bibliography_records() -> None:
    records = {r.key: r for r in read(CITATIONS / "essay.md").source_records}
    assert list(records) == [
        "luthi2008",
        "chen2001",
        "friedman2010",
        "wilson1963",
        "westad1998",
        "fao2019",
        "radchenko2009",
        "worldbank2022",
        "gaulle1970",
    ]
    assert (records["luthi2008"].authors, records["luthi2008"].title) == (
        ("Lüthi",),
        "The Sino-Soviet Split: Cold War in the Communist World",
    )
    assert records["chen2001"].publisher == "University of North Carolina Press"  # an @string macro
    assert records["friedman2010"].doi == "10.1080/14682740902764569"
    wilson = records["wilson1963"]
    assert (wilson.authors, wilson.year, wilson.accessed, wilson.kind) == (
        ("Wilson Center Digital Archive",),
        "1963",
        "2024-03-12",
        "webpage",
    )
    assert records["westad1998"].authors == ("Westad",)  # editors stand in; "and others" is no name
    assert records["westad1998"].title == "Brothers in Arms: The Rise and Fall of the Sino-Soviet Alliance, 1945–1963"
    fao = records["fao2019"]
    assert fao.authors == ("Food and Agriculture Organization", "van der Berg")
    assert (fao.url, fao.accessed) == ("https://www.fao.org/3/ca0000en/ca0000en.pdf", "3 May 2024")
    assert records["worldbank2022"].authors == ("World Bank",)
    assert records["gaulle1970"].authors == ("de Gaulle",)
    assert records["gaulle1970"].year == "1970"


def test_markdown_inline_references_and_missing_files(tmp_path: Path) -> None:
    essay = tmp_path / "essay.md"
    essay.write_text(
        "---\n"
        "title: Test\n"
        "bibliography: [missing.bib, notes.ris]\n"
        "references:\n"
        "  - id: chen2001\n"
        "    type: book\n"
        "    title: Mao's China and the Cold War\n"
        "    author:\n"
        "      - family: Chen\n"
        "        given: Jian\n"
        "    issued: 2001\n"
        "---\n\n"
        "# Introduction\n\nMao distrusted Moscow [@chen2001, p. 83] and [@luthi2008].\n",
        encoding="utf-8",
    )
    doc = read_document(essay)
    assert doc.warnings == (
        "bibliography file missing.bib was not found (paths are relative to the essay's folder)",
        "bibliography file notes.ris: eecheck reads BibTeX (.bib) and CSL-JSON (.json) or CSL-YAML (.yaml) "
        "bibliographies, so its citations cannot be checked",
    )
    assert [(r.key, r.authors, r.year) for r in doc.source_records] == [("chen2001", ("Chen",), "2001")]
    assert [(i.key, i.record is not None) for c in doc.field_citations for i in c.items] == [
        ("chen2001", True),
        ("luthi2008", False),
    ]


def test_unreadable_bibliography_files_are_warnings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "bad.json").write_text("[{", encoding="utf-8")
    (tmp_path / "latin1.bib").write_bytes("@book{a, author={M\xfcller}}".encode("latin-1"))
    (tmp_path / "notalist.yaml").write_text("title: not references\n", encoding="utf-8")
    (tmp_path / "folder.bib").mkdir()
    (tmp_path / "huge.bib").write_text("@book{a, title={A}}\n" * 60_000, encoding="utf-8")  # 1.2 MB
    monkeypatch.setattr(sources, "MAX_BIBLIOGRAPHY_BYTES", 1024 * 1024)
    essay = tmp_path / "essay.md"
    essay.write_text(
        "---\nbibliography: [bad.json, latin1.bib, notalist.yaml, folder.bib, huge.bib]\n---\n\nText [@a].\n",
        encoding="utf-8",
    )
    doc = read_document(essay)
    assert doc.warnings == (
        "bibliography file bad.json is not valid JSON (JSONDecodeError)",
        "bibliography file latin1.bib is not UTF-8 text",
        "bibliography file notalist.yaml: it is not a list of CSL items",
        "bibliography file folder.bib is not a file",
        "bibliography file huge.bib is over 1 MB, so it was not read",
    )
    assert [c.text for c in doc.field_citations] == ["[@a]"]


def test_at_names_are_text_in_an_essay_without_pandoc_citations() -> None:
    plain = read_markdown_text("# Introduction\n\nThe campaign went viral when @nytimes posted it.\n")
    assert plain.field_citations == ()
    # One bracketed citation shows the essay is written for pandoc: then @name cites, as in pandoc.
    pandoc = read_markdown_text("# Introduction\n\nThe campaign went viral when @nytimes posted it [@doe2020].\n")
    assert [c.text for c in pandoc.field_citations] == ["@nytimes", "[@doe2020]"]
    declared = read_markdown_text("---\nbibliography: refs.bib\n---\n\nAs @doe2020 shows.\n", path="/nonexistent/e.md")
    assert [c.text for c in declared.field_citations] == ["@doe2020"]


def test_pandoc_keys_in_notes_count() -> None:
    doc = read_markdown_text(
        "# Body\n\nA claim.[^a] Another.[^b]\n\n[^a]: See [@doe2020, 4].\n\n"
        "[^b]:\n    First paragraph.\n\n    Second, citing @roe2019 [ch. 2].\n"
    )
    assert [(c.note_id, c.text, c.offset, [(i.key, i.locator) for i in c.items]) for c in doc.field_citations] == [
        ("md:a", "[@doe2020, 4]", 4, [("doe2020", "4")]),
        ("md:b", "@roe2019 [ch. 2]", 32, [("roe2019", "ch. 2")]),
    ]
    note_b = [n for n in doc.notes if n.id == "md:b"][0]
    assert note_b.text == "First paragraph.\nSecond, citing @roe2019 [ch. 2]."


PANDOC_ORACLE = """\
Historians disagree [@luthi2008, pp. 12-15; see also @chen2001, chap. 3]. @radchenko2009 [p. 7]
reads it as a contest, while *Friedman* [-@friedman2010, p. 250] stresses aid. Write to
historian@example.org. A key with inner punctuation @doe:99. ends there, @{odd key} is no key
and @{https://example.org/a?b=c&d} is braced. Two notes (@paren2001) and [@a; @b, 3; -@c].

A bracket with a keyless part [@smith2004; the appendix] is not one citation, and
[a link](http://example.org) or [@linked](http://example.org) differ again.
"""


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed (the oracle)")
def test_keys_agree_with_pandoc() -> None:
    result = subprocess.run(
        ["pandoc", "-f", "markdown", "-t", "json"], input=PANDOC_ORACLE, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    found: list[list[str]] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if node.get("t") == "Cite":
                found.append([c["citationId"] for c in node["c"][0]])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(result.stdout)["blocks"])
    doc = read_markdown_text(PANDOC_ORACLE)
    assert [keys(c) for c in doc.field_citations] == found
