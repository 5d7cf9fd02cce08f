"""Citations of every kind are left out of the count, and the breakdown says what each kind removed.

Also: explanatory prose inside a note that cites still counts (text/citations.py classify_note).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from eecheck.analysis.analyses import Analyses
from eecheck.analysis.wordcount import ExcludedKind, breakdown_kind, count_document, excluded_spans
from eecheck.model import CitedItem, FieldCitation, Location
from eecheck.readers.markdown import read_markdown_text
from tests.unit.citation_reading import excluded_in_text, note_reading

spans = excluded_in_text
classify_note = note_reading


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("as shown (Jack & Suri, 2014, p. 190).", [("(Jack & Suri, 2014, p. 190)", "author-date")]),
        ("as shown (Chen, 2001; Westad, 1998).", [("(Chen, 2001; Westad, 1998)", "author-date")]),
        ("a king (Achebe 33).", [("(Achebe 33)", "author-page")]),
        ("television (“Handmaid’s Tale”).", [("(“Handmaid’s Tale”)", "title-only")]),
        ("Lüthi (2008) argues", [("(2008)", "narrative-year")]),
        ("Lüthi’s (2008, p. 3) account", [("(2008, p. 3)", "narrative-year")]),
        ("Demirgüç-Kunt et al. (2022) report", [("(2022)", "narrative-year")]),
        ("the data (p. 45) show", [("(p. 45)", "page")]),
        ("a “survivor’s narrative” (96).", [("(96)", "page")]),
        # closing a clause, a page is a citation when the sentence names someone ("it rains (45)." names nobody)
        ("Achebe calls it a tragic rather than a heroic one (96).", [("(96)", "page")]),
        ("rather than a heroic one (96).", []),
        ("consumption [@jack2014, p. 190].", [("[@jack2014, p. 190]", "pandoc-key")]),
        ("as others agree [see @jack2014; @suri2016].", [("[see @jack2014; @suri2016]", "pandoc-key")]),
        ("the key [-@suri2016] alone", [("[-@suri2016]", "pandoc-key")]),
        # A narrative key stands for the author's name, which the essay reads: only its locator is left out.
        ("@suri2016 [p. 1289] argue that", [("[p. 1289]", "pandoc-key")]),
    ],
)
def test_citation_kinds(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The congress met (June 1960) in Bucharest.",
        "It happened (June 4, 1989) in Beijing.",
        "The offensive (Spring 1960) failed.",
        "The change came (Late 1950s) slowly.",
        "In that year (1956), the crisis began.",
        "The war (1949–1963), as shown, ended.",
        "See steps (1) and (2) below.",
        "Write to me@example.com today.",
        "The handle @unesco posted it.",
    ],
)
def test_dates_numbers_and_addresses_are_not_citations(text: str) -> None:
    assert spans(text) == []


def test_a_name_before_a_comma_is_a_name_again() -> None:
    assert spans("as argued (May, 2019).") == [("(May, 2019)", "author-date")]


def test_a_known_field_wins_over_a_pattern() -> None:
    text = "Users gained (Jack and Suri 2014) and more [1]."
    document = read_markdown_text(f"# Introduction\n\n{text}\n")
    block = document.blocks[1]
    item = CitedItem(key="jack2014", record=None)
    fields = tuple(
        FieldCitation("zotero", (item,), shown, block.index, None, block.location, None)
        for shown in ("(Jack and Suri 2014)", "[1]")
    )
    analyses = Analyses(replace(document, field_citations=fields))
    counted = [c for c in analyses.counted_citations if c.block == block.index]
    assert [(block.text[s:e], breakdown_kind(c)) for s, e, c in excluded_spans(counted)] == [
        ("(Jack and Suri 2014)", "field"),
        ("[1]", "field"),
    ]


# --- notes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("note", "classification", "prose"),
    [
        (
            "Lüthi, Sino-Soviet Split, 157; the articles appeared in the party journal Red Flag for the anniversary.",
            "mixed",
            ("the articles appeared in the party journal Red Flag for the anniversary.",),
        ),
        (
            "The figure of 1,390 specialists comes from Soviet records (Zubok 2007, 137).",
            "mixed",
            ("The figure of 1,390 specialists comes from Soviet records .",),
        ),
        (
            "Lüthi (2008) argues that ideology mattered more than national interest.",
            "mixed",
            ("Lüthi argues that ideology mattered more than national interest.",),
        ),
        (
            "See Chen, Mao’s China, 72; he notes that Mao distrusted Soviet motives throughout the decade.",
            "mixed",
            ("he notes that Mao distrusted Soviet motives throughout the decade.",),
        ),
        # Short notes without a page: a name, a comma and a title in headline case.
        ("Zubok, A Failed Empire: The Soviet Union in the Cold War from Stalin to Gorbachev.", "reference", ()),
        ("Office of the Historian, “Berlin Airlift.”", "reference", ()),
        ("Goncharov, Lewis and Xue, Uncertain Partners.", "reference", ()),
        # "U.S." does not end the sentence: the access date marks all of it as reference.
        (
            "Office of the Historian, “Berlin Airlift, 1948–1949,” U.S. Department of State, accessed March 3, "
            "2024, https://history.state.gov/milestones/1945-1952/berlin-airlift.",
            "reference",
            (),
        ),
        # Prose that merely holds names, dates or semicolons stays prose.
        ("Mao, Stalin and Kim met in Moscow in April 1950 to plan the war.", "explanatory", None),
        ("The congress met in Bucharest (June 1960) to discuss the Chinese letter.", "explanatory", None),
        ("Mao feared encirclement; he rejected both plans outright in the summer.", "explanatory", None),
        ("Chen, Mao’s China, 45; Lüthi, Sino-Soviet Split, 92.", "reference", ()),
    ],
)
def test_note_classification(note: str, classification: str, prose: tuple[str, ...] | None) -> None:
    reading = classify_note(note)
    assert reading.classification == classification
    assert reading.prose == (prose if prose is not None else (note,))


def test_a_known_citation_in_a_note_is_reference_whatever_it_looks_like() -> None:
    # A reference manager's note citation in sentence case, without a page, reads like prose.
    shown = "Jack and Suri, risk sharing and transactions costs in rural Kenya."
    note = f"{shown} The survey covered only three of the eight provinces."
    assert classify_note(note).classification == "explanatory"
    reading = classify_note(note, cited=[shown])
    assert reading.classification == "mixed"
    assert reading.prose == ("The survey covered only three of the eight provinces.",)


# --- the breakdown ----------------------------------------------------------------------

ESSAY = """\
# Introduction

Mobile money raised consumption (Jack & Suri, 2014, p. 190). Suri (2017) agrees, and Achebe’s yams (Achebe 45) rot.[^1]

Consumption rose [@jack2014, p. 3]. @suri2016 [p. 1289] argue the same.[^2]

[^1]: Chen, *Mao’s China*, 45.
[^2]: Lüthi, *Sino-Soviet Split*, 92. The figure is disputed by most later historians of the split.
[^3]: A note that nothing references.
"""


def test_breakdown_by_kind_of_citation_and_of_note() -> None:
    wc = count_document(read_markdown_text(ESSAY))
    assert wc.excluded_kinds["citations"] == {
        "author-date": ExcludedKind(1, 5),
        "author-page": ExcludedKind(1, 2),
        "title-only": ExcludedKind(0, 0),
        "narrative-year": ExcludedKind(1, 1),
        "page": ExcludedKind(0, 0),
        "pandoc-key": ExcludedKind(2, 5),
        "field": ExcludedKind(0, 0),
        "numeric": ExcludedKind(0, 0),
        "personal-communication": ExcludedKind(0, 0),
        "ibid": ExcludedKind(0, 0),
    }
    assert wc.excluded["citations"] == 5 + 2 + 1 + 5
    assert wc.excluded_kinds["reference-notes"] == {
        "reference": ExcludedKind(1, 4),
        "mixed": ExcludedKind(1, 4),
        "unreferenced": ExcludedKind(1, 5),
    }
    assert wc.excluded["reference-notes"] == 4 + 4 + 5
    # Introduction | Mobile money raised consumption | Suri agrees, and Achebe’s yams rot. | Consumption rose |
    # @suri2016 argue the same. | note 2's prose: The figure … of the split.
    assert wc.by_part == {"introduction": 1 + 4 + 6 + 2 + 4, "notes": 11}
    excluded = wc.to_json()["excluded"]
    assert excluded["citations"]["kinds"] == {  # type: ignore[index]
        "author-date": {"items": 1, "words": 5},
        "author-page": {"items": 1, "words": 2},
        "narrative-year": {"items": 1, "words": 1},
        "pandoc-key": {"items": 2, "words": 5},
    }


def test_reference_manager_fields_are_left_out_in_the_text_and_in_notes() -> None:
    document = read_markdown_text(
        "# Introduction\n\nUsers smoothed consumption [1] after shocks.[^1]\n\n"
        "[^1]: Jack and Suri, risk sharing and transactions costs in rural Kenya. The survey covered only three of "
        "the eight provinces.\n"
    )
    block = document.blocks[1]
    note = document.notes[0]
    item = CitedItem(key="jack2014", record=None)
    fields = (
        FieldCitation("zotero", (item,), "[1]", block.index, None, block.location, block.text.index("[1]")),
        FieldCitation(
            "zotero",
            (item,),
            "Jack and Suri, risk sharing and transactions costs in rural Kenya.",
            None,
            note.id,
            Location(part="markdown"),
        ),
    )
    wc = count_document(replace(document, field_citations=fields))
    assert wc.excluded_kinds["citations"]["field"] == ExcludedKind(1, 1)
    # Introduction | Users smoothed consumption after shocks. | The survey covered … provinces.
    assert wc.by_part == {"introduction": 1 + 5, "notes": 9}
    assert wc.note_classes[note.id] == "mixed"
    assert wc.excluded_kinds["reference-notes"]["mixed"] == ExcludedKind(1, 11)
