"""How the readers fill the title page's fields from real-world title pages."""

from __future__ import annotations

import pytest

from eecheck.readers.markdown import read_markdown_text

ESSAY = "\n\n\\newpage\n\n# Introduction\n\nText.\n"


def _title_page(lines: str):
    return read_markdown_text(lines + ESSAY, path="essay.md").title_page


@pytest.mark.parametrize(
    ("lines", "field", "value"),
    [
        ("Subject area: History", "subject", "History"),
        ("Research Question (RQ): Why did the alliance fail?", "research_question", "Why did the alliance fail?"),
        ("Word count (excluding bibliography): 3,950", "declared_word_count", 3950),
        # The label on one line, its value on the next.
        ("Research question:\n\nWhy did the alliance fail?", "research_question", "Why did the alliance fail?"),
        ("Subject:\n\nHistory", "subject", "History"),
        ("Word count:\n\n3 950", "declared_word_count", 3950),
    ],
)
def test_labelled_fields(lines, field, value):
    title_page = _title_page("**The Alliance**\n\n" + lines)
    assert getattr(title_page, field) == value
    assert title_page.title == "The Alliance"


def test_a_label_alone_does_not_swallow_the_next_label():
    title_page = _title_page("**The Alliance**\n\nSubject:\n\nWord count: 3950")
    assert title_page.subject is None
    assert title_page.declared_word_count == 3950


def test_other_front_matter_keys_become_title_page_lines():
    source = (
        "---\ntitle: Lake Naivasha\nsubject: Interdisciplinary\nframework: Sustainability, development, change\n"
        "subjects: [Economics, Geography]\nword_count: 41\n---\n" + ESSAY
    )
    title_page = read_markdown_text(source, path="essay.md").title_page
    assert title_page.other_lines == (
        "framework: Sustainability, development, change",
        "subjects: Economics, Geography",
    )
    assert title_page.subject == "Interdisciplinary"


def _sections(source: str) -> list[tuple[str, str]]:
    document = read_markdown_text(source, path="essay.md")
    return [(b.text, b.section.value) for b in document.blocks if b.kind.value == "heading"]


def test_a_chapters_own_introduction_and_conclusion_stay_in_the_body():
    source = "\n\n".join(
        [
            "# Introduction", "Text.",
            "# The treaty of 1950", "Text.", "## Introduction to the treaty", "Text.", "## Conclusion", "Text.",
            "# The Korean War", "Text.",
            "# Conclusion", "Text.",
            "# Bibliography", "Entry.",
        ]
    )  # fmt: skip
    assert _sections(source) == [
        ("Introduction", "introduction"),
        ("The treaty of 1950", "body"),
        ("Introduction to the treaty", "body"),
        ("Conclusion", "body"),
        ("The Korean War", "body"),
        ("Conclusion", "conclusion"),
        ("Bibliography", "bibliography"),
    ]


def test_a_conclusion_one_level_deeper_before_the_bibliography_is_the_essays():
    source = "\n\n".join(
        ["# Introduction", "Text.", "# Analysis", "Text.", "## Conclusion", "Text.", "# Works Cited", "E."]
    )
    assert _sections(source)[-2:] == [("Conclusion", "conclusion"), ("Works Cited", "bibliography")]
