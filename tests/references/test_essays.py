"""Full essays in Chicago, MLA, APA and Harvard style: clean ones raise nothing, planted defects are found exactly.

The essays come from ``build_essays.py`` (run by hand; needs pandoc). Each style
has a clean essay and a copy with exactly one planted referencing defect, each
as Markdown and as DOCX:

* ``chicago_planted``: footnote 12 has lost its text (REF002 footnote-orphan);
* ``mla_planted``: the Works Cited lists a book the essay never cites (REF004);
* ``apa_planted``: one citation gives Carskadon's 2011 article the year 2012 (REF003);
* ``harvard_planted``: an online report has no access date (REF006).

The findings of REF001–REF006 are pinned exactly, as the text formatter prints
them with the file name alone as the path. The word counts are known by
construction (``essays/expected.json``) and checked too, with the breakdown of
what the citations and notes removed.
"""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from eecheck.analysis.wordcount import WordCount, count_document
from eecheck.check import build_engine
from eecheck.config import Settings
from eecheck.formatters.text import where_prefix
from eecheck.readers import read_document
from eecheck.report import DocumentResult

ESSAYS_DIR = Path(__file__).resolve().parent / "essays"
EXPECTED_COUNTS: dict[str, dict] = json.loads((ESSAYS_DIR / "expected.json").read_text(encoding="utf-8"))
STYLES = ("chicago", "mla", "apa", "harvard")
FORMATS = ("md", "docx")
CODES = ("REF001", "REF002", "REF003", "REF004", "REF005", "REF006")

PLANTED: dict[str, dict[str, list[str]]] = {
    "chicago": {
        fmt: [
            f"chicago_planted.{fmt}:{where}: REF002 error footnote {note} is empty: its reference in the text leads "
            "to no note text"
        ]
        for fmt, where, note in (("md", "50", "[^12]"), ("docx", "¶28", "12"))
    },
    "mla": {
        fmt: [
            f"mla_planted.{fmt}:{where}: REF004 warning bibliography entry “Bloom, Harold, editor. Margaret Atwood’s "
            "The Handmaid’s Tale. Chelsea…” is not cited anywhere in the essay"
        ]
        for fmt, where in (("md", "60"), ("docx", "¶33"))
    },
    "apa": {
        fmt: [
            f"apa_planted.{fmt}:{where}: REF003 error citation “Carskadon (2012)” matches no bibliography entry for "
            "2012; the nearest entry is from 2011: “Carskadon, M. A. (2011). Sleep in adolescents: The perfect…”"
        ]
        for fmt, where in (("md", "30"), ("docx", "¶18"))
    },
    "harvard": {
        fmt: [
            f"harvard_planted.{fmt}:{where}: REF006 error the bibliography entry Marine Conservation Society (2023) is "
            "an online source (it gives the web address https://www.mcsuk.org/what-you-can-do/join-a-beach-clean/"
            "great-british-beach-clean/) but no access date"
        ]
        for fmt, where in (("md", "74"), ("docx", "¶38"))
    },
}

# What the word count left out, by kind (items, words): citations in the text, and notes.
EXCLUDED_KINDS: dict[str, dict[str, dict[str, tuple[int, int]]]] = {
    "chicago": {"reference-notes": {"reference": (11, 166), "mixed": (1, 20)}},
    "mla": {"citations": {"author-page": (8, 19), "title-only": (1, 2), "page": (1, 1)}},
    "apa": {"citations": {"author-date": (6, 28), "narrative-year": (4, 4)}, "reference-notes": {}},
    "harvard": {"citations": {"author-date": (6, 28), "narrative-year": (2, 2)}},
}


def path_of(slug: str, fmt: str) -> Path:
    return ESSAYS_DIR / f"{slug}.{fmt}"


@cache
def findings(slug: str, fmt: str) -> tuple[str, ...]:
    """The essay's REF001–REF006 findings as text-formatter lines, with the file name as the path."""
    engine = build_engine(Settings(select=CODES, as_of=date(2026, 11, 26)))
    result = engine.check_path(path_of(slug, fmt))
    assert result.status == "checked", result.error
    fields = {name: getattr(result, name) for name in result.__dataclass_fields__}
    named = DocumentResult(**{**fields, "path": path_of(slug, fmt).name})
    return tuple(f"{where_prefix(named, f)} {f.code} {f.severity} {f.message}" for f in named.findings)


@cache
def counted(slug: str, fmt: str) -> WordCount:
    return count_document(read_document(path_of(slug, fmt)))


def test_every_essay_is_there_in_both_formats() -> None:
    assert sorted(EXPECTED_COUNTS) == sorted([*STYLES, *(f"{s}_planted" for s in STYLES)])
    for slug in EXPECTED_COUNTS:
        for fmt in FORMATS:
            assert path_of(slug, fmt).is_file()


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("style", STYLES)
def test_clean_essay_raises_nothing_from_ref001_to_ref006(style: str, fmt: str) -> None:
    assert findings(style, fmt) == ()


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("style", STYLES)
def test_planted_defect_is_found_exactly(style: str, fmt: str) -> None:
    assert list(findings(f"{style}_planted", fmt)) == PLANTED[style][fmt]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("slug", sorted(EXPECTED_COUNTS))
def test_word_count_is_known_by_construction(slug: str, fmt: str) -> None:
    document = read_document(path_of(slug, fmt))
    wc = counted(slug, fmt)
    want = EXPECTED_COUNTS[slug]
    assert wc.countable == want["countable"]
    assert {part: wc.by_part.get(part, 0) for part in want["by_part"]} == want["by_part"]
    assert [wc.by_block[i] for i in sorted(wc.by_block)] == want["by_block"]
    assert wc.citations_in_text == want["citations_in_text"]
    assert {note.label: wc.note_classes[note.id] for note in document.notes} == want["note_classes"]
    assert document.title_page.declared_word_count == want["countable"]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("style", STYLES)
def test_breakdown_says_what_each_kind_of_citation_removed(style: str, fmt: str) -> None:
    wc = counted(style, fmt)
    for key, kinds in EXCLUDED_KINDS[style].items():
        found = {kind: (e.items, e.words) for kind, e in wc.excluded_kinds.get(key, {}).items() if e.items}
        assert found == kinds, key
        assert sum(words for _, words in kinds.values()) == wc.excluded.get(key, 0)
