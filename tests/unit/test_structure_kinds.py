"""The structure kinds on small essays: required sections, section order, title page, research question."""

from __future__ import annotations

import pytest

from eecheck.kinds import (
    interdisciplinary_title_page,
    page_numbers,
    required_sections,
    research_question,
    section_order,
    section_present,
    title_page,
)
from eecheck.kinds.base import CheckContext
from eecheck.readers.markdown import read_markdown_text
from eecheck.rules import load_catalogue

CATALOGUE = load_catalogue()


def _context(source: str) -> CheckContext:
    document = read_markdown_text(source, path="essay.md")
    return CheckContext.of(document)


def _essay(*headings: str, title_page_lines: str = "") -> str:
    title = title_page_lines or (
        "# Rice and Rain\n\nResearch question: How far does rainfall explain rice yields?\n\n"
        "Subject: Geography\n\nWord count: 40\n"
    )
    parts = [title, "\\newpage\n"]
    for heading in headings:
        parts.append(f"# {heading}\n\nRainfall explains how far rice yields vary in the delta.\n")
    return "\n".join(parts)


def _cases(kind, source: str, params) -> list[tuple[str | None, dict]]:
    return [(hit.case, dict(hit.fields)) for hit in kind.check(_context(source), params)]


REQUIRED = {"sections": ["introduction", "body", "conclusion", "bibliography"]}
ORDER = CATALOGUE.rule("STR006").params


def test_every_required_section_present():
    source = _essay("Contents", "Introduction", "Rainfall", "Conclusion", "Bibliography")
    assert _cases(required_sections.KIND, source, REQUIRED) == []


def test_missing_sections_are_reported_where_they_belong():
    source = _essay("Introduction", "Rainfall", "Bibliography")
    [(case, fields)] = _cases(required_sections.KIND, source, REQUIRED)
    assert case == "missing"
    assert fields["section"] == "conclusion"
    assert fields["place"] == "before “Bibliography”"


def test_body_must_stand_between_introduction_and_conclusion():
    # A body heading before the introduction is not the essay's body.
    source = _essay("Contents", "Background", "Introduction", "Conclusion", "References")
    [(case, fields)] = _cases(required_sections.KIND, source, REQUIRED)
    assert case == "no-body"
    assert (fields["after"], fields["before"]) == ("“Introduction”", "“Conclusion”")


def test_an_essay_without_headings_has_only_a_body():
    source = "Rainfall explains rice yields.\n\nIt varies sharply between years.\n"
    found = [f["section"] for _, f in _cases(required_sections.KIND, source, REQUIRED)]
    assert found == ["introduction", "conclusion", "bibliography"]


@pytest.mark.parametrize(
    "sections",
    [[], ["introductions"], ["body", "body"], [3]],
)
def test_required_sections_params_are_validated(sections):
    assert required_sections.KIND.validate is not None
    assert required_sections.KIND.validate({"sections": sections}) is not None


@pytest.mark.parametrize(
    ("headings", "expected"),
    [
        (("Contents", "Introduction", "Rainfall", "Conclusion", "Bibliography", "Appendix A"), []),
        # Acknowledgements and an abstract may stand before or after the contents page.
        (("Acknowledgements", "Contents", "Abstract", "Introduction", "Rainfall", "Conclusion", "Bibliography"), []),
        # A notes list may stand anywhere after the body.
        (("Contents", "Introduction", "Rainfall", "Conclusion", "Notes", "Bibliography"), []),
        (("Contents", "Introduction", "Rainfall", "Conclusion", "Appendix A", "Bibliography"), [("early", "appendix")]),
        (("Contents", "Introduction", "Rainfall", "Bibliography", "Conclusion"), [("late", "conclusion")]),
        (("Introduction", "Contents", "Rainfall", "Conclusion", "Bibliography"), [("late", "contents page")]),
        # One misplaced part is one finding, not one per part after it.
        (("Contents", "Introduction", "Rainfall", "Conclusion", "Bibliography", "Abstract"), [("late", "abstract")]),
        (("Contents", "Rainfall", "Introduction", "Analysis", "Conclusion", "Bibliography"), [("early", "body")]),
    ],
)
def test_section_order(headings, expected):
    found = [(case, fields["section"]) for case, fields in _cases(section_order.KIND, _essay(*headings), ORDER)]
    assert found == expected


def test_body_text_without_a_heading_before_the_introduction_is_not_out_of_order():
    source = (
        _essay("Contents")
        + "\n\\newpage\n\n*An epigraph.*\n\n"
        + "\n".join(f"# {h}\n\nText.\n" for h in ("Introduction", "Rainfall", "Conclusion", "Bibliography"))
    )
    assert _cases(section_order.KIND, source, ORDER) == []


def test_section_order_params_are_validated():
    assert section_order.KIND.validate is not None
    assert section_order.KIND.validate({"order": [["introduction"], ["introduction"]]}) is not None
    assert section_order.KIND.validate({"order": [["preface"]]}) is not None
    assert section_order.KIND.validate({"order": ORDER["order"]}) is None


def test_section_present_counts_the_abstracts_words():
    source = _essay("Contents", "Abstract", "Introduction", "Rainfall", "Conclusion", "Bibliography")
    [hit] = section_present.KIND.check(_context(source), {"section": "abstract"})
    assert (hit.fields["words"], hit.fields["heading"]) == (11, "“Abstract”")
    assert list(section_present.KIND.check(_context(_essay("Introduction")), {"section": "abstract"})) == []


@pytest.mark.parametrize(
    ("title_lines", "expected"),
    [
        ("# Rice and Rain\n\nResearch question: Why?\n\nSubject: Geography\n\nWord count: 40\n", []),
        ("# Rice and Rain\n\nResearch question: Why?\n", ["no-subject", "no-word-count"]),
        ("Research question: Why?\n\nSubject: Geography\n\nWord count: 40\n", ["no-title"]),
        # A label alone on its line takes the next line as its value.
        ("# Rice and Rain\n\nSubject:\n\nGeography\n\nWord count:\n\n40\n", []),
    ],
)
def test_title_page_fields(title_lines, expected):
    source = _essay("Introduction", "Conclusion", title_page_lines=title_lines)
    assert [case for case, _ in _cases(title_page.KIND, source, {})] == expected


def test_no_title_page_is_one_finding():
    source = "# Introduction\n\nText.\n\n# Conclusion\n\nText.\n"
    assert [case for case, _ in _cases(title_page.KIND, source, {})] == ["no-title-page"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Why?", True), ("“Why?”", True), ("Why? ", True), ("(Why?)", True), ("Why.", False), ("Why?!", False)],
)
def test_ends_as_question(text, expected):
    assert research_question.ends_as_question(text) is expected


def test_research_question_cases():
    params = {"threshold": 0.7, "window": 2}
    restated = _essay("Introduction", "Conclusion")  # every section restates "how far rainfall explains rice yields"
    assert _cases(research_question.KIND, restated, params) == []
    # One of the question's four key words (rainfall, explain, rice, yields): 25%.
    unanswered = restated.replace("Rainfall explains how far rice yields vary in the delta.", "Rainfall matters.")
    [(case, fields)] = _cases(research_question.KIND, unanswered, params)
    assert (case, fields["score"], fields["closest"]) == ("not-restated", 0.25, "Rainfall matters.")
    # The threshold is the school's to tune.
    assert _cases(research_question.KIND, unanswered, {"threshold": 0.25, "window": 2}) == []
    statement = restated.replace("How far does rainfall explain rice yields?", "Rainfall and rice yields")
    assert [c for c, _ in _cases(research_question.KIND, statement, params)] == ["not-question"]


def test_page_numbers_never_fire_on_markdown():
    assert list(page_numbers.KIND.check(_context(_essay("Introduction")), {})) == []


def test_interdisciplinary_subjects_and_frameworks():
    subjects = CATALOGUE.rule("STR009").params["subjects"]
    frameworks = CATALOGUE.rule("STR009").params["frameworks"]
    named = interdisciplinary_title_page.subjects_named
    assert named("Interdisciplinary (Economics and Geography)", subjects) == ["Economics", "Geography"]
    # Longer names first: one subject each, however many subject words they hold.
    assert named("Environmental Systems & Societies; History", subjects) == [
        "Environmental systems and societies",
        "History",
    ]
    assert named("Language and Literature with Visual Arts", subjects) == ["Language and literature", "Visual arts"]
    assert named("Interdisciplinary studies", subjects) == []
    found = interdisciplinary_title_page.frameworks_named
    assert found("Framework: Sustainability and change", frameworks) == ["Sustainability, development, change"]
    assert found("Framework: Power, Equality & Justice", frameworks) == ["Power, equality, justice"]
    assert found("Time spent in the field", frameworks) == []
