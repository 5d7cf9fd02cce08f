"""The format kinds: file_size (FMT001), font_size (FMT002) and line_spacing (FMT003).

The kinds read ``Document.file_size`` and ``Document.formatting``; these tests give
them documents with exactly the values at and around each limit, and check that the
limits are the rules' tunable params.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from eecheck.check import build_engine
from eecheck.config import Settings
from eecheck.kinds import file_size, font_size, line_spacing
from eecheck.kinds.base import CheckContext
from eecheck.model import BodyFormatting, Document, LineSpacing, TitlePage
from eecheck.rules import RuleError, check_params
from tests.conftest import REPO

BLANK = Document(path="essay.docx", format="docx", title_page=TitlePage(), blocks=())


def hits(kind, document: Document, **params):
    context = CheckContext.of(document, as_of=date(2026, 11, 26))
    return list(kind.check(context, kind.with_defaults(params)))


def formatted(size: float | None = 12.0, spacing: LineSpacing | None = None, characters: int = 1000) -> Document:
    spacing = spacing if spacing is not None else LineSpacing("auto", 1.5)
    return replace(
        BLANK,
        formatting=BodyFormatting(
            characters=characters,
            font_size=size,
            font_size_characters=characters * 3 // 4,
            line_spacing=spacing,
            line_spacing_characters=characters * 2 // 3,
        ),
    )


# --- FMT001 file size -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("size", "shown"),
    [
        (0, "0 bytes"),
        (1, "1 byte"),
        (512, "512 bytes"),
        (1536, "1.5 KB"),
        (10_485_760, "10.0 MB"),
        (14_889_779, "14.2 MB"),
    ],
)
def test_human_size(size, shown):
    assert file_size.human_size(size) == shown


def test_file_size_at_and_over_the_limit():
    limit = 10_485_760
    assert hits(file_size.KIND, replace(BLANK, file_size=limit), max_bytes=limit) == []
    (hit,) = hits(file_size.KIND, replace(BLANK, file_size=limit + 1), max_bytes=limit)
    assert hit.fields == {
        "size": "10.0 MB",
        "size_bytes": limit + 1,
        "limit": "10.0 MB",
        "limit_bytes": limit,
        "over": "1 byte",
    }
    assert hits(file_size.KIND, BLANK, max_bytes=limit) == []  # no size known: nothing to say


def test_the_default_limit_is_ten_megabytes_and_tunable():
    engine = build_engine(Settings(select=("FMT001",)))
    (rule,) = engine.rules_for(None)
    assert rule.params == {"max_bytes": 10 * 1024 * 1024}
    assert "max_bytes" in rule.tunable
    with pytest.raises(RuleError, match="max_bytes"):
        check_params(file_size.KIND, {"max_bytes": 0}, "test")


# --- FMT002 font size -------------------------------------------------------------------


@pytest.mark.parametrize(("size", "fires"), [(10.5, True), (11.0, False), (11.5, False), (12.0, False), (12.5, True)])
def test_font_size_limits(size, fires):
    assert bool(hits(font_size.KIND, formatted(size), min_size=11, max_size=12)) is fires


def test_font_size_fields():
    (hit,) = hits(font_size.KIND, formatted(14.0), min_size=11, max_size=12)
    assert hit.fields == {
        "size": 14.0,
        "share": 75,
        "characters": 1000,
        "min_size": 11.0,
        "max_size": 12.0,
        "direction": "larger",
    }


def test_font_size_needs_measured_text():
    assert hits(font_size.KIND, BLANK) == []  # Markdown: no formatting
    assert hits(font_size.KIND, formatted(None, characters=0)) == []
    with pytest.raises(RuleError, match="min_size"):
        check_params(font_size.KIND, {"min_size": 13, "max_size": 12}, "test")


# --- FMT003 line spacing ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("spacing", "size", "lines"),
    [
        (LineSpacing("auto", 1.5), 12.0, 1.5),
        (LineSpacing("auto", 1.15), 12.0, 1.15),
        (LineSpacing("exact", 18.0), 12.0, 1.25),
        (LineSpacing("exact", 24.0), 12.0, 24 / 14.4),
        (LineSpacing("exact", 18.0), 10.0, 1.5),
        (LineSpacing("exact", 18.0), None, 1.25),
        (LineSpacing("at-least", 12.0), 12.0, 1.0),
        (LineSpacing("at-least", 28.8), 12.0, 2.0),
    ],
)
def test_spacing_in_lines(spacing, size, lines):
    assert line_spacing.in_lines(spacing, size) == pytest.approx(lines)


@pytest.mark.parametrize(
    ("spacing", "words"),
    [
        (LineSpacing("auto", 1.0), "single"),
        (LineSpacing("auto", 1.15), "1.15"),
        (LineSpacing("auto", 1.5), "1.5"),
        (LineSpacing("auto", 2.0), "double"),
        (LineSpacing("exact", 18.0), "exactly 18 pt"),
        (LineSpacing("at-least", 12.5), "at least 12.5 pt"),
    ],
)
def test_spacing_described_as_word_names_it(spacing, words):
    assert line_spacing.describe(spacing) == words


@pytest.mark.parametrize(
    ("spacing", "fires"),
    [
        (LineSpacing("auto", 1.49), True),
        (LineSpacing("auto", 1.5), False),
        (LineSpacing("exact", 21.5), True),
        (LineSpacing("exact", 21.6), False),
        (LineSpacing("at-least", 24.0), False),
    ],
)
def test_line_spacing_limit(spacing, fires):
    assert bool(hits(line_spacing.KIND, formatted(12.0, spacing), min_spacing=1.5)) is fires


def test_line_spacing_fields_for_a_point_height():
    (hit,) = hits(line_spacing.KIND, formatted(12.0, LineSpacing("exact", 18.0)), min_spacing=1.5)
    assert hit.fields == {
        "spacing": "exactly 18 pt",
        "approx": " (about 1.25 lines of 12 pt text)",
        "lines": 1.25,
        "share": 67,
        "characters": 1000,
        "min_spacing": 1.5,
    }


def test_line_spacing_needs_measured_text():
    assert hits(line_spacing.KIND, BLANK) == []
    with pytest.raises(RuleError, match="min_spacing"):
        check_params(line_spacing.KIND, {"min_spacing": 0}, "test")


def test_a_school_that_wants_double_spacing_sets_min_spacing():
    path = REPO / "tests" / "rules" / "FMT003" / "pass.docx"
    settings = Settings(select=("FMT003",), as_of=date(2026, 11, 26))
    assert build_engine(settings).check_path(path).findings == ()
    double = replace(settings, params={"FMT003": {"min_spacing": 2.0}})
    (finding,) = build_engine(double).check_path(path).findings
    assert finding.message == (
        "most of the essay's text (84% of the introduction, body and conclusion) has 1.5 line spacing, "
        "below the 2 lines expected"
    )


def test_the_format_rules_never_fire_on_markdown():
    settings = Settings(select=("FMT002", "FMT003"), params={"FMT002": {"min_size": 20, "max_size": 30}})
    for path in sorted((REPO / "tests" / "wordcount" / "essays").glob("*.md")):
        assert build_engine(settings).check_path(path).findings == ()
