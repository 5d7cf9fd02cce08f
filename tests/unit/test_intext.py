"""In-text citations (text/intext.py): parenthetical, narrative, MLA, notes, fields, reading order."""

from __future__ import annotations

import pytest

from eecheck.analysis.citations.note_forms import parse_note_segment
from eecheck.analysis.citations.reader import citations
from eecheck.analysis.citations.running_text import parse_item, text_citations
from eecheck.model import CitedItem, FieldCitation, Location, SourceRecord
from eecheck.readers import read_document
from eecheck.readers.markdown import read_markdown_text
from tests.conftest import FIXTURES, REPO

ESSAYS = REPO / "tests" / "wordcount" / "essays"


def items(text: str) -> list[tuple[str, tuple[str, ...], str | None, str | None, str]]:
    return [(i.kind, i.authors, i.year, i.locator, i.certainty) for i in parse_item(text)]


# --- one source in a parenthesis ------------------------------------------------------------

PARENTHETICAL = [
    ("Jack & Suri, 2014, p. 190", [("parenthetical", ("Jack", "Suri"), "2014", "p. 190", "style")]),
    ("Jack and Suri 2014", [("parenthetical", ("Jack", "Suri"), "2014", None, "style")]),
    ("Bharadwaj, Jack and Suri 2019", [("parenthetical", ("Bharadwaj", "Jack", "Suri"), "2019", None, "style")]),
    ("World Bank 2022, p. 3", [("parenthetical", ("World Bank",), "2022", "p. 3", "style")]),
    ("Central Bank of Kenya, 2021", [("parenthetical", ("Central Bank of Kenya",), "2021", None, "style")]),
    ("Demirgüç-Kunt et al., 2022, pp. 3–4", [("parenthetical", ("Demirgüç-Kunt",), "2022", "pp. 3–4", "style")]),
    ("Dubé and MacDonald 2018: 12", [("parenthetical", ("Dubé", "MacDonald"), "2018", "12", "style")]),
    ("Immunisation Alliance, n.d.", [("parenthetical", ("Immunisation Alliance",), "n.d.", None, "style")]),
    ("Freud, 1900/1953", [("parenthetical", ("Freud",), "1900/1953", None, "style")]),
    # same author, two years: two sources
    (
        "Salmon, 2015, 2017a",
        [
            ("parenthetical", ("Salmon",), "2015", None, "style"),
            ("parenthetical", ("Salmon",), "2017a", None, "style"),
        ],
    ),
    # signals are not names; the secondary source is the one cited
    ("e.g., Larson et al., 2016", [("parenthetical", ("Larson",), "2016", None, "style")]),
    ("see also Dubé & MacDonald, 2018", [("parenthetical", ("Dubé", "MacDonald"), "2018", None, "style")]),
    ("Gellin, 1999, as cited in Larson et al., 2016", [("parenthetical", ("Larson",), "2016", None, "style")]),
    # MLA
    ("Achebe 45–47", [("author-page", ("Achebe",), None, "45–47", "style")]),
    ("Corotto et al. 177", [("author-page", ("Corotto",), None, "177", "style")]),
    ("Urry et al. 1079", [("author-page", ("Urry",), None, "1079", "style")]),
    ("“Chinua Achebe”", [("title-only", (), None, None, "style")]),
    ('"Climate Change Report" 12', [("title-only", (), None, "12", "style")]),
    ("ibid., p. 45", [("ibid", (), None, "p. 45", "certain")]),
    # labels and dates: a citation only if an entry says so, or none at all
    ("Table 2", [("author-page", ("Table",), None, "2", "match")]),
    ("Question 4", [("author-page", ("Question",), None, "4", "match")]),
    ("USD 9", [("author-page", ("USD",), None, "9", "match")]),
    ("Korean War, 1950", [("parenthetical", ("Korean War",), "1950", None, "match")]),
    ("Day, 1985", [("parenthetical", ("Day",), "1985", None, "match")]),
    ("GMD", [("author-page", ("GMD",), None, None, "match")]),
    ("see below", []),
    ("n = 5", []),
    ("no travel, no guarantor", []),
    ("a savings & loans group", []),
    ("1949–1963", []),
]


@pytest.mark.parametrize(("text", "expected"), PARENTHETICAL, ids=[t for t, _ in PARENTHETICAL])
def test_parse_item(text, expected):
    assert items(text) == expected


def test_an_abbreviation_the_citation_introduces():
    (item,) = parse_item("World Health Organization [WHO], 2020")
    assert (item.authors, item.alias, item.year) == (("World Health Organization",), "WHO", "2020")
    (item,) = parse_item("World Health Organization (WHO) 2020")
    assert (item.authors, item.alias) == (("World Health Organization",), "WHO")


def test_mla_short_title_after_the_author():
    (item,) = parse_item("Achebe, Arrow 12")
    assert (item.kind, item.authors, item.title, item.locator) == ("author-page", ("Achebe",), "Arrow", "12")


# --- running text ---------------------------------------------------------------------------


def kinds(text: str) -> list[tuple[str, str, str]]:
    return [(c.kind, c.text, c.certainty) for c in text_citations(text, block=0)]


def test_several_sources_in_one_parenthesis_share_a_group():
    found = text_citations("Gains were large (Mbiti & Weil, 2015; Suri & Jack, 2016).", block=3)
    assert [(c.text, c.group, c.block) for c in found] == [("Mbiti & Weil, 2015", 1, 3), ("Suri & Jack, 2016", 1, 3)]
    text = "Gains were large (Mbiti & Weil, 2015; Suri & Jack, 2016)."
    assert [text[c.start : c.end] for c in found] == ["Mbiti & Weil, 2015", "Suri & Jack, 2016"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Suri (2017) argues that this is the channel.", [("narrative", "Suri (2017)", "style")]),
        ("Lüthi’s (2008) account differs.", [("narrative", "Lüthi’s (2008)", "match")]),
        ("Demirgüç-Kunt et al. (2022) report high rates.", [("narrative", "Demirgüç-Kunt et al. (2022)", "style")]),
        ("Suri and Jack (2016) also show gains.", [("narrative", "Suri and Jack (2016)", "style")]),
        ("Taubman (2003, p. 392) calls it impulsive.", [("narrative", "Taubman (2003, p. 392)", "style")]),
        ("This is so, according to Lüthi (2008), because …", [("narrative", "Lüthi (2008)", "style")]),
        # names with a year that are not citations unless an entry says so
        ("The launch of Sputnik (1957) also changed science.", [("narrative", "Sputnik (1957)", "match")]),
        ("The Treaty of Versailles (1919) was harsh.", [("narrative", "Treaty of Versailles (1919)", "match")]),
        ("Hurricane Katrina (2005) devastated the city.", [("narrative", "Hurricane Katrina (2005)", "match")]),
        ("The war (1950–1953) served both leaders.", []),
        ("In 1957 (a year of crisis) nothing changed.", []),
    ],
)
def test_narrative_citations(text, expected):
    assert kinds(text) == expected


def test_park_with_two_years_gives_two_citations():
    assert [(c.authors, c.year) for c in text_citations("Park (2005, 2007) reports two waves.", block=0)] == [
        (("Park",), "2005"),
        (("Park",), "2007"),
    ]


def test_page_only_parenthesis_offers_the_names_before_it():
    # A page right after a quotation is MLA's citation by form (the count has always left it out); which
    # source it cites is still the resolver's choice among the names before it.
    (found,) = text_citations("Achebe writes that the yam “was a very exacting king” (33). Then it rains.", block=0)
    assert (found.kind, found.named_nearby, found.locator, found.certainty) == ("author-page", True, "33", "style")
    assert found.authors[0] == "Achebe"


def test_page_only_after_a_citation_in_the_sentence_is_its_page():
    found = text_citations("Suri (2017) argues that “remittances matter most” (p. 45).", block=0)
    assert [c.kind for c in found] == ["narrative"]


def test_a_sentence_with_no_name_gives_no_page_only_citation():
    assert text_citations("it rains (45).", block=0) == []


# --- notes ----------------------------------------------------------------------------------

NOTES = [
    (
        "Jian Chen, Mao’s China and the Cold War (Chapel Hill: University of North Carolina Press, 2001), 50.",
        ("note-full", ("Jian Chen",), "2001", "Mao’s China and the Cold War", "50"),
    ),
    (
        "Sergei N. Goncharov, John W. Lewis and Xue Litai, Uncertain Partners: Stalin, Mao and the Korean War "
        "(Stanford: Stanford University Press, 1993), 141.",
        (
            "note-full",
            ("Sergei N. Goncharov", "John W. Lewis", "Xue Litai"),
            "1993",
            "Uncertain Partners: Stalin, Mao and the Korean War",
            "141",
        ),
    ),
    (
        "Odd Arne Westad, ed., Brothers in Arms (Washington, DC: Woodrow Wilson Center Press, 1998), 165.",
        ("note-full", ("Odd Arne Westad",), "1998", "Brothers in Arms", "165"),
    ),
    (
        "World Bank, China: Long-Term Development Issues (Washington, DC: World Bank, 1985), 33.",
        ("note-full", ("World Bank",), "1985", "China: Long-Term Development Issues", "33"),
    ),
    (
        "“Sino-Soviet Split,” Encyclopaedia Britannica, accessed March 3, 2024, https://www.britannica.com/x.",
        ("note-full", (), "2024", "Sino-Soviet Split", None),
    ),
    ("Chen, Mao’s China, 45.", ("note-short", ("Chen",), None, "Mao’s China", "45")),
    ("Lüthi, Sino-Soviet Split, 167–69.", ("note-short", ("Lüthi",), None, "Sino-Soviet Split", "167–69")),
    ("Goncharov et al., Uncertain Partners, 144.", ("note-short", ("Goncharov",), None, "Uncertain Partners", "144")),
    (
        "Goncharov, Lewis and Xue, Uncertain Partners, 144.",
        ("note-short", ("Goncharov", "Lewis", "Xue"), None, "Uncertain Partners", "144"),
    ),
    ("See also Westad, Brothers in Arms, 21", ("note-short", ("Westad",), None, "Brothers in Arms", "21")),
    ("cf. Zubok, A Failed Empire, 12.", ("note-short", ("Zubok",), None, "A Failed Empire", "12")),
    (
        "Mao Zedong, conversation with Yudin, 22 July 1958, quoted in Chen, Mao’s China, 175.",
        ("note-short", ("Chen",), None, "Mao’s China", "175"),
    ),
    (
        "For a different reading, see Zubok and Pleshakov, Inside the Kremlin’s Cold War, 54–56, who stress caution.",
        ("note-short", ("Zubok", "Pleshakov"), None, "Inside the Kremlin’s Cold War", "54–56"),
    ),
    (
        "Mao’s words were set down by his doctor: Li, Private Life, 262.",
        ("note-short", ("Li",), None, "Private Life", "262"),
    ),
    (
        "Mao to Stalin, telegram of 2 October 1950, in Westad, Brothers in Arms, 45.",
        ("note-short", ("Westad",), None, "Brothers in Arms", "45"),
    ),
    ("Chen 2001, 80.", ("note-short", ("Chen",), "2001", None, "80")),
    ("Friedman, “Soviet Policy,” 250.", ("note-short", ("Friedman",), None, "Soviet Policy", "250")),
    ("Chen, op. cit., 45.", ("note-short", ("Chen",), None, None, "45")),
    (
        "“Khrushchev in Peking,” New York Times, August 4, 1958.",
        ("note-full", (), "1958", "Khrushchev in Peking", None),
    ),
    (
        "Harrison Salisbury, “Mao and Khrushchev Meet,” New York Times, August 5, 1958.",
        ("note-full", ("Harrison Salisbury",), "1958", "Mao and Khrushchev Meet", None),
    ),
    ("Interview with the author, Beijing, 12 January 2024.", None),
    ("“Chinua Achebe,” 3.", ("note-short", (), None, "Chinua Achebe", "3")),
    ("Ibid., 53.", ("ibid", (), None, None, "53")),
    ("Ibid.", ("ibid", (), None, None, None)),
    # prose, not citations
    ("The aid came mostly as loans, which China later had to repay in full.", None),
    ("Mao, however, refused.", None),
    ("The clashes on the Ussuri River began on 2 March 1969 and lasted into the autumn.", None),
    ("Account ownership rose to 79 per cent (World Bank, 2022, p. 3).", None),
]


@pytest.mark.parametrize(("segment", "expected"), NOTES, ids=[n for n, _ in NOTES])
def test_parse_note_segment(segment, expected):
    found = parse_note_segment(segment)
    got = None if found is None else (found.kind, found.authors, found.year, found.title, found.locator)
    assert got == expected


def note_doc(*notes: str):
    body = " ".join(f"Sentence {i}.[^{i}]" for i in range(1, len(notes) + 1))
    defs = "\n\n".join(f"[^{i}]: {text}" for i, text in enumerate(notes, start=1))
    return read_markdown_text(f"# Introduction\n\n{body}\n\n{defs}\n")


def test_a_note_with_several_sources_and_prose():
    doc = note_doc(
        "Chen, Mao’s China, 45; Lüthi, Sino-Soviet Split, 92. Both use the Chinese archives, which closed in 2012."
    )
    found = citations(doc)
    assert [(c.kind, c.authors, c.note_label, c.group) for c in found] == [
        ("note-short", ("Chen",), "1", 1),
        ("note-short", ("Lüthi",), "1", 1),
    ]


def test_an_explanatory_note_cites_nothing_but_its_parenthetical_citation():
    doc = note_doc("The figure excludes the informal sector (World Bank, 2022, p. 3).")
    assert [(c.kind, c.authors, c.note_label) for c in citations(doc)] == [("parenthetical", ("World Bank",), "1")]


# --- the whole document ---------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".md", ".docx"])
def test_seed_fixture_cites_once_per_note_in_reading_order(suffix):
    doc = read_document(FIXTURES / f"sino_soviet_essay{suffix}")
    found = citations(doc)
    assert [c.note_label for c in found] == [str(n) for n in range(1, 29)]
    assert [c.kind for c in found].count("ibid") == 7
    assert [c.kind for c in found].count("note-full") == 11
    assert [c.kind for c in found].count("note-short") == 10
    assert all(c.certainty == "certain" for c in found)


EXPECTED_FORMS = {
    "apa": ["parenthetical"] * 2 + ["narrative"] + ["parenthetical"] * 3 + ["narrative"] + ["parenthetical"] * 2,
    "harvard": ["parenthetical"] * 3 + ["author-page", "parenthetical"],
    "mla": ["title-only"] + ["author-page"] * 3 + ["title-only"] + ["author-page"] * 4,
    "manual_headings": ["author-page"] * 4,
}


@pytest.mark.parametrize("suffix", [".md", ".docx"])
@pytest.mark.parametrize("essay", sorted(EXPECTED_FORMS))
def test_word_count_essays_give_the_same_citations_in_both_formats(essay, suffix):
    found = citations(read_document(ESSAYS / f"{essay}{suffix}"))
    assert [c.kind for c in found] == EXPECTED_FORMS[essay]


def test_harvard_currency_is_a_label_not_a_citation():
    found = citations(read_document(ESSAYS / "harvard.md"))
    usd = [c for c in found if c.authors == ("USD",)]
    assert [(c.kind, c.certainty) for c in usd] == [("author-page", "match")]


def test_fields_are_citations_and_their_text_is_not_read_again():
    doc = read_markdown_text("# Introduction\n\nGains were large (Smith, 2019).\n")
    block = next(b for b in doc.blocks if "Gains" in b.text)
    record = SourceRecord(key="smith2019", authors=("Smith",), year="2019", title="Gains")
    field = FieldCitation(
        source="zotero",
        items=(CitedItem(key="smith2019", record=record, locator="4"),),
        text="(Smith, 2019)",
        block=block.index,
        note_id=None,
        location=Location("word/document.xml", 0),
        offset=block.text.index("("),
    )
    from dataclasses import replace

    found = citations(replace(doc, field_citations=(field,)))
    assert [(c.kind, c.record, c.locator, c.key) for c in found] == [("field", record, "4", "smith2019")]


def test_a_field_key_without_a_record_is_kept_for_the_resolver():
    doc = read_markdown_text("# Introduction\n\nText [@missing2020].\n")
    block = next(b for b in doc.blocks if "Text" in b.text)
    field = FieldCitation(
        source="pandoc",
        items=(CitedItem(key="missing2020", record=None),),
        text="[@missing2020]",
        block=block.index,
        note_id=None,
        location=Location("markdown", line=3),
    )
    from dataclasses import replace

    (found,) = citations(replace(doc, field_citations=(field,)))
    assert (found.kind, found.key, found.record) == ("pandoc-key", "missing2020", None)


# --- the word count leaves out what is read here --------------------------------------------

COUNTED_OUT = [
    "Vaccination fell (World Health Organization [WHO], 2020), and again (WHO, 2021).",
    "Several studies agree (e.g., Larson et al., 2016; see also Dubé & MacDonald, 2018).",
    "Trust matters most (Dubé and MacDonald 2018: 12).",
    "Earlier surveys agree (Gellin, 1999, as cited in Larson et al., 2016).",
    "Salmon (2015, 2017) reports two waves.",
    "The novel answers Conrad (Achebe, Image 9).",
    "The ending is bleak (“Things Fall Apart Explained”; Gettleman).",
    "Yields fell (Jack & Suri, 2014, p. 190; Suri, 2017).",
]


@pytest.mark.parametrize("text", COUNTED_OUT)
def test_every_citation_read_here_is_left_out_of_the_word_count(text):
    from eecheck.analysis.wordcount import count_document
    from eecheck.analysis.words import count_words
    from eecheck.readers.markdown import read_markdown_text

    found = [c for c in text_citations(text, block=0) if c.certainty != "match"]
    assert found
    kept = text
    for start, end in sorted({c.enclosure or c.uncounted for c in found}, reverse=True):
        kept = kept[:start] + " " + kept[end:]
    counted = count_document(read_markdown_text(f"# Introduction\n\n{text}\n")).countable
    assert counted == 1 + count_words(kept)
