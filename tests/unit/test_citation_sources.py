"""Citation field instructions, pandoc citation syntax and structured source records, piece by piece."""

from __future__ import annotations

import base64
import json

import pytest
from lxml import etree

from eecheck.model import CitedItem, SourceRecord
from eecheck.readers.fields import NestedField, ParsedCitation, Unreadable, parse_instruction, parse_mendeley_tag
from eecheck.readers.pandoc_cite import PandocItem, find_citations
from eecheck.readers.sources import BIB_NS, from_bibtex, from_csl, from_csl_list, from_word_sources

# --- field instructions ------------------------------------------------------------------


@pytest.mark.parametrize(
    "instruction",
    [
        ' HYPERLINK "https://example.org" ',
        " PAGE \\* MERGEFORMAT ",
        " SEQ Table \\* ARABIC ",
        ' ADDIN ZOTERO_BIBL {"uncited":[],"omitted":[],"custom":[]} CSL_BIBLIOGRAPHY ',
        "ADDIN Mendeley Bibliography CSL_BIBLIOGRAPHY ",
        " ADDIN EN.REFLIST ",
        " BIBLIOGRAPHY ",
        " ADDIN EN.CITE.DATA ",
        ' TOC \\o "1-3" \\h \\z \\u ',
    ],
)
def test_fields_that_are_not_citations(instruction: str) -> None:
    assert parse_instruction(instruction) is None


def test_zotero_json_with_trailing_text_and_no_item_data() -> None:
    data = {"citationItems": [{"id": 5, "uris": ["http://zotero.org/users/1/items/AB"], "locator": "3"}, {"id": 9}]}
    parsed = parse_instruction(f" ADDIN ZOTERO_ITEM CSL_CITATION {json.dumps(data)} RND8x2kq0")
    assert parsed == ParsedCitation(
        "zotero",
        (CitedItem("http://zotero.org/users/1/items/AB", None, "3"), CitedItem("9", None, None)),
    )


@pytest.mark.parametrize(
    ("instruction", "reason"),
    [
        (' ADDIN ZOTERO_ITEM CSL_CITATION {"citationItems":[{"id":', "its JSON data is damaged (JSONDecodeError)"),
        (" ADDIN CSL_CITATION ", "its JSON data is damaged (ValueError)"),
        (' ADDIN CSL_CITATION {"citationItems":[]}', "it has no citation items"),
        (' ADDIN CSL_CITATION {"properties":{}}', "it has no citation items"),
    ],
)
def test_damaged_csl_fields_are_unreadable(instruction: str, reason: str) -> None:
    parsed = parse_instruction(instruction)
    assert isinstance(parsed, Unreadable) and parsed.reason == reason


LUTHI = SourceRecord(key="Lut08", authors=("Lüthi",), year="2008", title="The Sino-Soviet Split")
RADCHENKO = SourceRecord(key="Rad09", authors=("Radchenko",), year="2009", title="Two Suns in the Heavens")


def test_word_citation_switches() -> None:
    sources = {"Lut08": LUTHI, "Rad09": RADCHENKO}
    parsed = parse_instruction(
        ' CITATION lut08 \\l 1033 \\p "45-47" \\m Rad09 \\n \\t \\p 12 \\m Xyz01', word_sources=sources
    )
    assert parsed == ParsedCitation(
        "word",
        (
            CitedItem("lut08", LUTHI, "45-47"),  # Word finds tags whatever their case
            CitedItem("Rad09", RADCHENKO, "12"),
            CitedItem("Xyz01", None, None),
        ),
    )
    assert parse_instruction(" CITATION \\l 1033 ") == Unreadable("word", "it names no source")


ENDNOTE_XML = (
    '<EndNote><Cite AuthorYear="1"><Author>World Bank</Author><Year>2022</Year><RecNum>4</RecNum>'
    '<Pages>3</Pages><record><rec-number>4</rec-number><ref-type name="Report">27</ref-type>'
    "<contributors><authors><author>World Bank</author><author>Smith, Jane</author></authors></contributors>"
    "<titles><title>Poverty and Shared Prosperity</title><secondary-title>Annual Series</secondary-title></titles>"
    "<dates><year>2022</year></dates><electronic-resource-num>https://doi.org/10.1596/978-1-4648-1893-6"
    "</electronic-resource-num></record></Cite></EndNote>"
)


@pytest.mark.parametrize("codec", ["utf-8", "utf-16"])
def test_endnote_record_in_nested_field_data(codec: str) -> None:
    data = base64.b64encode(ENDNOTE_XML.encode(codec)).decode("ascii")
    parsed = parse_instruction(" ADDIN EN.CITE ", nested=[NestedField(" ADDIN EN.CITE.DATA ", data)])
    assert parsed == ParsedCitation(
        "endnote",
        (
            CitedItem(
                "4",
                SourceRecord(
                    key="4",
                    authors=("World Bank", "Smith"),
                    year="2022",
                    title="Poverty and Shared Prosperity",
                    container="Annual Series",
                    doi="10.1596/978-1-4648-1893-6",
                    kind="report",
                ),
                "3",
            ),
        ),
    )


def test_endnote_without_data_or_with_a_doctype_is_unreadable() -> None:
    assert parse_instruction(" ADDIN EN.CITE ") == Unreadable("endnote", "it holds no EndNote record")
    hostile = '<!DOCTYPE x [<!ENTITY e "boom">]><EndNote><Cite><Author>&e;</Author></Cite></EndNote>'
    assert parse_instruction(f" ADDIN EN.CITE {hostile}") == Unreadable("endnote", "its data declares a DOCTYPE")
    broken = parse_instruction(" ADDIN EN.CITE <EndNote><Cite><Author>Lüthi</Cite></EndNote>")
    assert isinstance(broken, Unreadable) and broken.reason.startswith("its XML data is damaged")


def test_mendeley_cite_tags() -> None:
    def tag(data: object) -> str:
        return "MENDELEY_CITATION_v3_" + base64.b64encode(json.dumps(data).encode()).decode().rstrip("=")

    item = {"id": "u-1", "itemData": {"type": "book", "title": "Two Suns", "author": [{"family": "Radchenko"}]}}
    parsed = parse_mendeley_tag(tag({"citationID": "MENDELEY_CITATION_x", "citationItems": [item]}))
    assert parsed == ParsedCitation(
        "mendeley",
        (CitedItem("u-1", SourceRecord(key="u-1", authors=("Radchenko",), year=None, title="Two Suns", kind="book")),),
    )
    assert parse_mendeley_tag(tag({"citationID": "MENDELEY_CITATION_x"})) is None  # nothing to check
    assert parse_mendeley_tag("argument") is None
    assert isinstance(parse_mendeley_tag("MENDELEY_CITATION_v3_%%%"), Unreadable)


# --- pandoc citation syntax ---------------------------------------------------------------


def cites(text: str, exclude: list[tuple[int, int]] | None = None) -> list[tuple[str, tuple[PandocItem, ...], bool]]:
    return [(text[c.start : c.end], c.items, c.in_text) for c in find_citations(text, exclude=exclude or [])]


def test_bracketed_citations_with_prefixes_locators_and_suppressed_authors() -> None:
    assert cites("as shown [see @doe99, pp. 33-35; also -@smith04, chap. 1].") == [
        (
            "[see @doe99, pp. 33-35; also -@smith04, chap. 1]",
            (PandocItem("doe99", "pp. 33-35"), PandocItem("smith04", "chap. 1", suppress_author=True)),
            False,
        )
    ]


def test_in_text_citations_and_their_locator_brackets() -> None:
    assert cites("@smith04 [p. 33] says so, and @doe99\n[ch. 2] too; @roe.") == [
        ("@smith04 [p. 33]", (PandocItem("smith04", "p. 33"),), True),
        ("@doe99\n[ch. 2]", (PandocItem("doe99", "ch. 2"),), True),
        ("@roe", (PandocItem("roe", None),), True),  # the full stop ends the key
    ]
    # A bracket after an in-text key that holds a key of its own is a second citation.
    assert [c[0] for c in cites("@a [@b]")] == ["@a", "[@b]"]


@pytest.mark.parametrize(
    "text",
    [
        "write to me@example.com today",
        "see https://medium.com/@writer/the-split for more",
        "[the appendix](https://example.org)",
        "\\@escaped and \\[@not]",
        "a@b",
    ],
)
def test_not_citations(text: str) -> None:
    found = [c for c in cites(text) if c[1][0].key not in ("not",)]
    assert found == []


def test_keyless_bracket_parts_and_code_spans() -> None:
    # pandoc: a bracket with a keyless part is no bracketed citation, but its keys still cite in-text.
    assert cites("[@doe99; the appendix]") == [("@doe99", (PandocItem("doe99", None),), True)]
    text = "use `@doe99` here and [@roe, 4]"
    start = text.index("`@")
    assert cites(text, exclude=[(start, start + 8)]) == [("[@roe, 4]", (PandocItem("roe", "4"),), False)]


def test_key_characters() -> None:
    assert [c[1][0].key for c in cites("@doe:99.x @a-b- @_under @{https://x.org/a?b=c} @é2020")] == [
        "doe:99.x",
        "a-b",
        "_under",
        "https://x.org/a?b=c",
        "é2020",
    ]


# --- records ---------------------------------------------------------------------------------


def test_csl_items() -> None:
    record = from_csl(
        {
            "id": "x",
            "type": "article-journal",
            "title": 'On <i>Pravda</i> and <span class="nocase">the CCP</span>',
            "container-title": ["Cold War History"],
            "author": ["Anonymous", {"given": "Madonna"}, {"family": "Gaulle", "non-dropping-particle": "de"}],
            "issued": {"raw": "Spring 2008"},
            "accessed": {"date-parts": [[2024, 3]]},
            "DOI": "doi: 10.1000/182",
        }
    )
    assert record == SourceRecord(
        key="x",
        authors=("Anonymous", "Madonna", "de Gaulle"),
        year="2008",
        title="On Pravda and the CCP",
        container="Cold War History",
        doi="10.1000/182",
        accessed="2024-03",
        kind="article-journal",
    )
    records, problems = from_csl_list([{"title": "No id"}, "not an item"])
    assert [r.title for r in records] == ["No id"]
    assert problems == ["item 1 has no id, so no citation can name it"]


def test_bibtex_names_and_fields() -> None:
    records, problems = from_bibtex(
        "@book{a, author = {Lüthi, Lorenz M. AND {Central Bank of Kenya} and Jean de la Fontaine},"
        " title = {{\\'E}tudes \\& Essais---Vol.~1}, year = {2008a}}\n"
        "@article{b, editor = {Smith, Jr., John}, date = {2019-03-01}, journaltitle = {Journal of Things},"
        " entrysubtype = {newspaper}}"
    )
    assert problems == []
    assert [(r.key, r.authors, r.year, r.title, r.container, r.kind) for r in records] == [
        (
            "a",
            ("Lüthi", "Central Bank of Kenya", "de la Fontaine"),
            "2008a",
            "Études & Essais—Vol. 1",
            None,
            "book",
        ),
        ("b", ("Smith",), "2019", None, "Journal of Things", "article-newspaper"),
    ]


def test_word_sources_part() -> None:
    xml = (
        f'<b:Sources xmlns:b="{BIB_NS}"><b:Source><b:Tag>Wor22</b:Tag><b:SourceType>InternetSite</b:SourceType>'
        "<b:Author><b:Author><b:Corporate>World Bank</b:Corporate></b:Author></b:Author>"
        "<b:Title>Poverty</b:Title><b:Year>2022</b:Year><b:YearAccessed>2024</b:YearAccessed>"
        "<b:MonthAccessed>3</b:MonthAccessed><b:DayAccessed>12</b:DayAccessed><b:URL>https://worldbank.org</b:URL>"
        "</b:Source><b:Source><b:Tag>Ed01</b:Tag><b:SourceType>Book</b:SourceType><b:Author><b:Editor><b:NameList>"
        "<b:Person><b:Last>Westad</b:Last><b:First>Odd Arne</b:First></b:Person></b:NameList></b:Editor></b:Author>"
        "<b:Title>Brothers in Arms</b:Title><b:Year>1998</b:Year><b:MonthAccessed>May</b:MonthAccessed>"
        "</b:Source></b:Sources>"
    )
    records = from_word_sources(etree.fromstring(xml.encode()))
    assert [(r.key, r.authors, r.year, r.accessed, r.kind, r.url) for r in records] == [
        ("Wor22", ("World Bank",), "2022", "2024-03-12", "webpage", "https://worldbank.org"),
        ("Ed01", ("Westad",), "1998", "May", "book", None),
    ]
