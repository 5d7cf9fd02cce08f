"""Citation resolution (text/resolve.py): names, years, titles, notes, "Ibid.", fields, and the real essays."""

from __future__ import annotations

from dataclasses import replace

import pytest

from eecheck.analysis.analyses import Analyses
from eecheck.analysis.bibliography.model import Author
from eecheck.analysis.bibliography.parse import parse_entry
from eecheck.analysis.citations.model import Citation
from eecheck.analysis.resolve import Resolution, match, name_score, resolve_citations
from eecheck.model import CitedItem, FieldCitation, Location, SourceRecord
from eecheck.readers import read_document
from eecheck.readers.markdown import read_markdown_text
from tests.conftest import CONFORMANCE, FIXTURES, REPO


def resolve(document) -> Resolution:
    """The document's resolution, as the engine builds it (once, in its analyses)."""
    return Analyses(document).resolution


ESSAYS = REPO / "tests" / "wordcount" / "essays"


def cite(kind: str, authors: tuple[str, ...] = (), year: str | None = None, title: str | None = None, **extra):
    return Citation(kind, authors, year, title, None, extra.pop("text", "x"), 0, extra.pop("note_label", None), **extra)


def bibliography(*texts: str):
    return tuple(parse_entry(t, block=i) for i, t in enumerate(texts))


# --- names ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cited", "author", "score"),
    [
        ("Lüthi", Author("Luthi", "Lorenz M."), 3),
        ("LUTHI", Author("Lüthi", "Lorenz M."), 3),
        ("J. Smith", Author("Smith", "J."), 3),
        ("Demirgüç-Kunt", Author("Demirguc-Kunt", "A."), 3),
        ("O'Neill", Author("O’Neill"), 3),
        ("Lorenz M. Lüthi", Author("Lüthi", "Lorenz M."), 2),
        ("Jian Chen", Author("Chen", "Jian"), 2),
        ("Chen Jian", Author("Chen", "Jian"), 2),
        ("Historian Zhang", Author("Zhang"), 2),
        ("van der Berg", Author("Berg", "J. van der"), 2),
        ("WHO", Author("World Health Organization", corporate=True), 2),
        ("WHO", Author("World Health Organization (WHO)", corporate=True), 2),
        ("the World Bank", Author("World Bank", corporate=True), 3),
        ("World Bank", Author("Bank"), 2),
        ("Chen", Author("Zhang", "Chen"), 0),
        ("Bank", Author("World Bank", corporate=True), 0),
        ("Smith", Author("Smithson"), 0),
    ],
)
def test_name_score(cited, author, score):
    assert name_score(cited, author) == score


# --- author–date ----------------------------------------------------------------------------

APA = bibliography(
    "Jack, W., & Suri, T. (2014). Risk sharing and transactions costs. American Economic Review, 104(1), 183–223.",
    "Suri, T. (2017). Mobile money. Annual Review of Economics, 9, 497–520.",
    "Suri, T., & Jack, W. (2016). The long-run poverty and gender impacts of mobile money. Science, 354, 1288–1292.",
    "Salmon, D. A. (2008a). Vaccine refusal. Pediatrics, 135(1), 1–8.",
    "Salmon, D. A. (2008b). Vaccine refusal revisited. Pediatrics, 139(2), 1–9.",
    "World Health Organization. (2020). Immunization coverage. https://www.who.int/ (accessed 3 March 2024)",
    "Larson, H. J., de Figueiredo, A., Xiahong, Z., & Schulz, W. S. (2016). The state of vaccine confidence. "
    "EBioMedicine, 12, 295–301.",
    "Immunisation Alliance. (n.d.). Guidance for schools. https://example.org/ (accessed 3 March 2024)",
)


@pytest.mark.parametrize(
    ("authors", "year", "et_al", "entries", "status"),
    [
        (("Jack", "Suri"), "2014", False, (0,), "resolved"),
        (("Suri", "Jack"), "2016", False, (2,), "resolved"),
        (("Suri",), "2017", False, (1,), "resolved"),  # not Suri & Jack
        (("Suri",), "2016", True, (2,), "resolved"),
        (("Suri",), "2018", False, (), "year"),
        (("Jack", "Suri"), "2016", False, (), "year"),  # the pair is in the other order in 2016
        (("Salmon",), "2008b", False, (4,), "resolved"),
        (("Salmon",), "2008", False, (3, 4), "resolved"),  # ambiguous, but a Salmon 2008 exists
        (("WHO",), "2020", False, (5,), "resolved"),
        (("World Health Organization",), "2020", False, (5,), "resolved"),
        (("Larson",), "2016", True, (6,), "resolved"),
        (("Larson", "de Figueiredo", "Xiahong", "Schulz"), "2016", False, (6,), "resolved"),
        (("Immunisation Alliance",), "n.d.", False, (7,), "resolved"),
        (("Kimani",), "2019", False, (), "unresolved"),
    ],
)
def test_author_and_year_must_both_match(authors, year, et_al, entries, status):
    found = match(cite("parenthetical", authors, year, et_al=et_al), APA)
    assert (found.entries, found.status) == (entries, status)


def test_a_year_mismatch_names_the_nearest_entry():
    found = match(cite("parenthetical", ("Suri",), "2018"), APA)
    assert found.nearest == 1  # Suri (2017), the closest year of Suri's


def test_a_misspelled_author_names_the_nearest_spelling():
    found = match(cite("parenthetical", ("Jak", "Suri"), "2014"), APA)
    assert (found.status, found.nearest) == ("unresolved", 0)


def test_an_abbreviation_introduced_by_the_essay():
    entries = bibliography(
        "Food and Agriculture Organization of the United Nations. (2019). The state of food security. FAO.",
    )
    first = cite("parenthetical", ("Food and Agriculture Organization of the United Nations",), "2019", alias="UNFAO")
    later = cite("parenthetical", ("UNFAO",), "2019")
    resolution = resolve_citations((first, later), entries)
    assert [r.status for r in resolution.citations] == ["resolved", "resolved"]


def test_a_corporate_name_with_and_is_one_author():
    entries = bibliography("Food and Agriculture Organization. (2019). The state of food security. FAO.")
    found = match(
        cite(
            "parenthetical",
            ("Food", "Agriculture Organization"),
            "2019",
            author_text="Food and Agriculture Organization",
        ),
        entries,
    )
    assert found.status == "resolved"


# --- MLA ------------------------------------------------------------------------------------

MLA = bibliography(
    "Achebe, Chinua. Arrow of God. Heinemann, 1964.",
    "Achebe, Chinua. Things Fall Apart. Anchor Books, 1994.",
    "“Chinua Achebe.” Poetry Foundation, www.poetryfoundation.org/poets/chinua-achebe. Accessed 12 Mar. 2025.",
    '"Climate Change Report: Rainfall and Food Crops in Nigeria." Environment Desk, 2021, pp. 10–14.',
)


def test_mla_author_page_with_a_short_title_picks_the_work():
    assert match(cite("author-page", ("Achebe",), title="Things"), MLA).entries == (1,)
    assert match(cite("author-page", ("Achebe",), title="Arrow"), MLA).entries == (0,)
    assert match(cite("author-page", ("Achebe",)), MLA).entries == (0, 1)


def test_mla_title_only_matches_the_anonymous_entry():
    assert match(cite("title-only", title="Chinua Achebe"), MLA).entries == (2,)
    assert match(cite("title-only", title="Climate Change Report"), MLA).entries == (3,)
    assert match(cite("title-only", title="Second Coming"), MLA).status == "unresolved"


def test_mla_work_cited_by_its_title_in_place_of_an_author():
    found = match(cite("author-page", ("Things Fall Apart",), author_text="Things Fall Apart"), MLA)
    assert found.entries == (1,)


def test_page_only_takes_the_nearest_name_that_is_an_entry():
    nearby = cite("author-page", ("Okonkwo", "Achebe", "Umuofia"), named_nearby=True, certainty="match")
    assert match(nearby, MLA).entries == (0, 1)
    assert match(cite("author-page", ("Okonkwo",), named_nearby=True), MLA).status == "unresolved"


# --- notes ----------------------------------------------------------------------------------

CHICAGO = bibliography(
    "Chen Jian. Mao’s China and the Cold War. Chapel Hill: University of North Carolina Press, 2001.",
    "Zubok, Vladislav M. A Failed Empire. Chapel Hill: University of North Carolina Press, 2007.",
    "Zubok, Vladislav, and Constantine Pleshakov. Inside the Kremlin’s Cold War. Cambridge, MA: Harvard "
    "University Press, 1996.",
    "Shen Zhihua. Mao, Stalin and the Korean War: Trilateral Communist Relations in the 1950s. London: "
    "Routledge, 2012.",
)


@pytest.mark.parametrize(
    ("authors", "title", "entries", "status"),
    [
        (("Chen",), "Mao’s China", (0,), "resolved"),
        (("Zubok",), "A Failed Empire", (1,), "resolved"),
        (("Zubok", "Pleshakov"), "Inside the Kremlin’s Cold War", (2,), "resolved"),
        (("Zubok",), "Inside the Kremlin", (2,), "resolved"),
        (("Shen", "Mao"), "Stalin and the Korean War", (3,), "resolved"),  # the title has a comma in it
        (("Zubok",), "The Cold War Begins", (), "title"),
        (("Taubman",), "Khrushchev", (), "unresolved"),
    ],
)
def test_short_notes_match_surname_and_short_title(authors, title, entries, status):
    found = match(cite("note-short", authors, title=title, note_label="1"), CHICAGO)
    assert (found.entries, found.status) == (entries, status)


def notes_essay(*notes: str) -> str:
    body = " ".join(f"Sentence {i}.[^{i}]" for i in range(1, len(notes) + 1))
    defs = "\n\n".join(f"[^{i}]: {text}" for i, text in enumerate(notes, start=1))
    bib = "\n\n".join(
        [
            "Chen Jian. *Mao’s China and the Cold War*. Chapel Hill: University of North Carolina Press, 2001.",
            "Lüthi, Lorenz M. *The Sino-Soviet Split*. Princeton: Princeton University Press, 2008.",
        ]
    )
    return f"# Introduction\n\n{body}\n\n# Bibliography\n\n{bib}\n\n{defs}\n"


def statuses(markdown: str) -> list[tuple[str, str, tuple[int, ...]]]:
    return [(r.citation.kind, r.status, r.entries) for r in resolve(read_markdown_text(markdown)).citations]


def test_ibid_repeats_the_single_source_before_it():
    assert statuses(
        notes_essay("Chen, *Mao’s China*, 45.", "Ibid., 46.", "Luthi, *Sino-Soviet Split*, 3.", "Ibid.")
    ) == [
        ("note-short", "resolved", (0,)),
        ("ibid", "resolved", (0,)),
        ("note-short", "resolved", (1,)),
        ("ibid", "resolved", (1,)),
    ]


def test_ibid_after_several_sources_first_or_after_prose():
    markdown = notes_essay(
        "Ibid., 3.",
        "Chen, *Mao’s China*, 45; Lüthi, *Sino-Soviet Split*, 92.",
        "Ibid., 93.",
        "The loans were repaid early, as a gesture of independence from Moscow.",
        "Ibid.",
    )
    assert [s[:2] for s in statuses(markdown)] == [
        ("ibid", "ibid-orphan"),
        ("note-short", "resolved"),
        ("note-short", "resolved"),
        ("ibid", "ibid-ambiguous"),
        ("ibid", "ibid-orphan"),
    ]


def test_ibid_within_the_note_of_its_source():
    assert statuses(notes_essay("Chen, *Mao’s China*, 45; ibid., 47."))[1] == ("ibid", "resolved", (0,))


def test_ibid_after_an_unresolved_note_is_not_reported_twice():
    assert [s[1] for s in statuses(notes_essay("Taubman, *Khrushchev*, 391.", "Ibid., 392."))] == [
        "unresolved",
        "ibid-unresolved",
    ]


# --- what counts ----------------------------------------------------------------------------


def test_forms_that_need_a_match_are_dropped_when_nothing_matches():
    text = (
        "# Introduction\n\nThe launch of Sputnik (1957) mattered (Table 2). Suri (2017) argues so (Question 4).\n\n"
        "# References\n\nSuri, T. (2017). Mobile money. *Annual Review of Economics, 9*, 497–520.\n"
    )
    assert [(r.citation.text, r.status) for r in resolve(read_markdown_text(text)).citations] == [
        ("Suri (2017)", "resolved")
    ]


def test_style_forms_count_unresolved_only_in_an_essay_of_that_style():
    apa = (
        "# Introduction\n\nGains were large (Suri, 2017), and losses small (Kimani, 2019).\n\n"
        "# References\n\nSuri, T. (2017). Mobile money. *Annual Review of Economics, 9*, 497–520.\n"
    )
    assert [r.status for r in resolve(read_markdown_text(apa)).citations] == ["resolved", "unresolved"]
    notes = (
        "# Introduction\n\nThe Korean front held (Peng Dehuai, 1951).[^1]\n\n"
        "# Bibliography\n\nChen Jian. *Mao’s China and the Cold War*. Chapel Hill: UNC Press, 2001.\n\n"
        "[^1]: Chen, *Mao’s China*, 92.\n"
    )
    assert [(r.citation.kind, r.status) for r in resolve(read_markdown_text(notes)).citations] == [
        ("note-short", "resolved")
    ]


def test_field_records_resolve_by_record_or_by_author_and_year():
    doc = read_markdown_text(
        "# Introduction\n\nGains were large.\n\n# References\n\n"
        "Suri, T. (2017). Mobile money. *Annual Review of Economics, 9*, 497–520.\n"
    )
    block = doc.blocks[1].index
    suri = SourceRecord(key="ITEM1", authors=("Suri",), year="2017", title="Mobile money")
    other = SourceRecord(key="ITEM2", authors=("Suri",), year="2019", title="Mobile money again")

    def field(*items: CitedItem) -> FieldCitation:
        return FieldCitation("zotero", items, "(Suri, 2017)", block, None, Location("word/document.xml", 1))

    doc = replace(
        doc,
        field_citations=(
            field(CitedItem("ITEM1", suri)),
            field(CitedItem("ITEM2", other)),
            field(CitedItem("ITEM3", None)),
        ),
    )
    assert [(r.citation.kind, r.status) for r in resolve(doc).citations] == [
        ("field", "resolved"),
        ("field", "year"),
        ("field", "missing-key"),
    ]


# --- the real essays ------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".md", ".docx"])
def test_seed_fixture_footnotes_all_resolve_to_its_bibliography(suffix):
    resolution = resolve(read_document(FIXTURES / f"sino_soviet_essay{suffix}"))
    assert len(resolution.entries) == 11
    assert len(resolution.citations) == 28
    assert [r.status for r in resolution.citations] == ["resolved"] * 28
    assert resolution.cited() == frozenset(range(11))
    by_note = {r.citation.note_label: resolution.entries[r.entries[0]].authors[0].family for r in resolution.citations}
    # short notes pick the right Zubok and Westad; "Ibid." takes the note before
    assert [by_note[n] for n in ("5", "14", "19", "24", "26", "28")] == [
        "Westad",
        "Zubok",
        "Pleshakov",
        "Zubok",
        "Taubman",
        "Zubok",
    ]


# citations and entries per essay; every citation resolves and every entry is cited
ESSAY_COUNTS = {
    "apa": (9, 7),
    "chicago_notes": (14, 5),
    "harvard": (4, 4),
    "manual_headings": (4, 3),
    "mla": (9, 3),
    "typed_notes": (8, 4),
}


@pytest.mark.parametrize("suffix", [".md", ".docx"])
@pytest.mark.parametrize("essay", sorted(ESSAY_COUNTS))
def test_word_count_essays_resolve_completely(essay, suffix):
    resolution = resolve(read_document(ESSAYS / f"{essay}{suffix}"))
    assert (len(resolution.citations), len(resolution.entries)) == ESSAY_COUNTS[essay]
    assert {r.status for r in resolution.citations} == {"resolved"}
    assert resolution.cited() == frozenset(range(len(resolution.entries)))


@pytest.mark.parametrize(("name", "count"), [("zotero_citations.docx", 4), ("mendeley_citations.docx", 4)])
def test_reference_manager_citations_resolve(name, count):
    path = CONFORMANCE / name
    if not path.exists():
        pytest.skip(f"{path} is not present (the shared pandoc conformance files)")
    resolution = resolve(read_document(path))
    assert [(r.citation.kind, r.status) for r in resolution.citations] == [("field", "resolved")] * count
    assert resolution.cited() == frozenset(range(len(resolution.entries)))


def test_pandoc_keys_resolve_against_the_bibliography_file():
    resolution = resolve(read_document(REPO / "tests" / "readers" / "citations" / "essay.md"))
    statuses = [(r.citation.key, r.status) for r in resolution.citations]
    assert ("khrushchev1970", "missing-key") in statuses
    assert all(status == "resolved" for key, status in statuses if key != "khrushchev1970")
    assert len(statuses) == 13


@pytest.mark.parametrize("suffix", [".md", ".docx"])
@pytest.mark.parametrize("essay", sorted(ESSAY_COUNTS))
def test_report_metrics_count_citations_and_entries(essay, suffix):
    from eecheck.check import build_engine
    from eecheck.config import Settings

    result = build_engine(Settings(select=("REF003",))).check_path(ESSAYS / f"{essay}{suffix}")
    metrics = result.metrics or {}
    assert (metrics["citations"], metrics["bibliography_entries"]) == ESSAY_COUNTS[essay]


# The committed reference-manager goldens (tests/readers/docx_goldens/build.py): the same
# check without ../shared. Word's golden cites one tag on purpose missing from its b:Sources part.
GOLDEN_RESOLUTIONS = {
    "citations_zotero.docx": [("field", "resolved")] * 4,
    "citations_mendeley.docx": [("field", "resolved")] * 3 + [("parenthetical", "resolved")],
    "citations_endnote.docx": [("field", "resolved")] * 4,
    "citations_word.docx": [("field", "resolved")] * 4 + [("field", "missing-key"), ("field", "resolved")],
}


@pytest.mark.parametrize(("name", "expected"), sorted(GOLDEN_RESOLUTIONS.items()))
def test_committed_reference_manager_goldens_resolve(name, expected):
    resolution = resolve(read_document(REPO / "tests" / "readers" / "docx_goldens" / name))
    assert [(r.citation.kind, r.status) for r in resolution.citations] == expected
    assert resolution.cited() == frozenset(range(len(resolution.entries))) == frozenset(range(4))
