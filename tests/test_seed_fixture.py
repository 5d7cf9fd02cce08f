"""The seed fixture keeps the real essay verbatim, with real footnotes and no page chrome."""

from __future__ import annotations

import pytest

from eecheck.model import BlockKind, NoteKind, Section
from eecheck.readers import read_document
from tests.conftest import FIXTURES, SEED

ESSAYS = [FIXTURES / "sino_soviet_essay.docx", FIXTURES / "sino_soviet_essay.md"]
HEADINGS = [
    ("Contents", Section.CONTENTS),
    ("Introduction", Section.INTRODUCTION),
    ("The question of equality", Section.BODY),
    ("Ideological differences", Section.BODY),
    ("Stalin, mao and khrushchev", Section.BODY),
    ("Conclusion", Section.CONCLUSION),
    ("Bibliography", Section.BIBLIOGRAPHY),
]


def _norm(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.fixture(scope="module", params=ESSAYS, ids=lambda p: p.suffix)
def doc(request):
    return read_document(request.param)


def test_structure(doc):
    headings = [
        (b.text, b.section) for b in doc.blocks if b.kind is BlockKind.HEADING and b.section is not Section.TITLE_PAGE
    ]
    assert headings == HEADINGS
    tp = doc.title_page
    assert tp.title == "The Sino-Soviet Split of 1963: Ideology, Equality and Personal Rivalry"
    assert tp.research_question.endswith("leading to the Sino-Soviet split of 1963?")
    assert (tp.subject, tp.declared_word_count, tp.other_lines) == ("History", 3998, ())
    assert len([b for b in doc.blocks if b.kind is BlockKind.CONTENTS_ENTRY]) == 6


def test_real_footnotes_in_reference_order(doc):
    assert len(doc.notes) == 28
    assert {n.kind for n in doc.notes} == {NoteKind.FOOTNOTE if doc.format == "docx" else NoteKind.MARKDOWN}
    assert [n.label for n in doc.notes] == [str(i) for i in range(1, 29)]
    assert all(n.referenced_from for n in doc.notes)
    assert doc.notes[0].text.startswith("Jian Chen, Mao’s China and the Cold War") or doc.notes[0].text.startswith(
        "Jian Chen, Mao's China"
    )
    assert doc.dangling_note_refs == ()


def test_bibliography_as_in_the_seed(doc):
    assert len(doc.bibliography) == 11
    assert (
        doc.bibliography[0].text
        == "Chen, Jian, Mao’s China and The Cold War, 2001, The University of North Carolina Press, USA"
    )
    assert doc.bibliography[-1].text.startswith("Zubok, Vladislav M., A Failed Empire")


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is not beside this checkout")
def test_essay_text_is_the_seed_verbatim(doc):
    lines = SEED.read_text(encoding="utf-8").splitlines()
    seed_paragraphs = [_norm(line) for line in lines[29:117] if line.strip()]
    headings = {"The question of equality", "Ideological differences", "Stalin, mao and khrushchev"}
    body = [
        _norm(b.text)
        for b in doc.blocks
        if b.kind is BlockKind.PARAGRAPH and b.section in (Section.INTRODUCTION, Section.BODY, Section.CONCLUSION)
    ]
    expected = [p.replace(" 81 The emotions", " The emotions") for p in seed_paragraphs if p not in headings]
    assert body == expected
    # The website's page chrome is gone.
    everything = " ".join(b.text for b in doc.blocks)
    for chrome in ("Sell your IB Docs", "Reading Time", "mins Read", "Candidate Name", "Personal Code"):
        assert chrome not in everything
