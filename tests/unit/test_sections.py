"""Heading recognition: which part a heading opens, and headings by form."""

from __future__ import annotations

import pytest

from eecheck.model import HeadingSource, Section
from eecheck.text.sections import heading_by_form, section_for_heading


@pytest.mark.parametrize(
    ("heading", "section"),
    [
        ("Introduction", Section.INTRODUCTION),
        ("Intro", Section.INTRODUCTION),
        ("1. Introduction", Section.INTRODUCTION),
        ("INTRODUCTION", Section.INTRODUCTION),
        ("Chapter 1: Introduction", Section.INTRODUCTION),
        ("Conclusion", Section.CONCLUSION),
        ("Concluding remarks", Section.CONCLUSION),
        ("5. Conclusion and evaluation", Section.CONCLUSION),
        ("Works Cited", Section.BIBLIOGRAPHY),
        ("References", Section.BIBLIOGRAPHY),
        ("Reference list", Section.BIBLIOGRAPHY),
        ("Sources", Section.BIBLIOGRAPHY),
        ("Bibliography", Section.BIBLIOGRAPHY),
        ("Table of Contents", Section.CONTENTS),
        ("Contents", Section.CONTENTS),
        ("Abstract", Section.ABSTRACT),
        ("Acknowledgements", Section.ACKNOWLEDGEMENTS),
        ("Acknowledgments", Section.ACKNOWLEDGEMENTS),
        ("Appendix A: Interview transcript", Section.APPENDIX),
        ("Appendices", Section.APPENDIX),
        ("Endnotes", Section.NOTES),
        ("The question of equality", None),
        ("Ideological differences", None),
        ("Introduction of collectivisation in Ukraine and its consequences for the peasantry", None),
        ("Sources of Soviet conduct", None),
        # Real-world forms of the required parts (STR005).
        ("5. Evaluation and conclusion", Section.CONCLUSION),
        ("Discussion and Conclusions", Section.CONCLUSION),
        ("Overall conclusion", Section.CONCLUSION),
        ("Final thoughts", Section.CONCLUSION),
        ("Closing remarks", Section.CONCLUSION),
        ("CONCLUDING REMARKS", Section.CONCLUSION),
        ("Sources used", Section.BIBLIOGRAPHY),
        ("List of Works Cited", Section.BIBLIOGRAPHY),
        ("REFERENCE LIST", Section.BIBLIOGRAPHY),
        ("Intro:", Section.INTRODUCTION),
        # An event named "introduction of …" or "conclusion of …" is a body heading.
        ("Introduction of the Five-Year Plans", None),
        ("The Conclusion of the Korean Armistice", None),
        ("Conclusion of the armistice", None),
        ("An unexpected conclusion to the war", None),
    ],
)
def test_section_for_heading(heading, section):
    assert section_for_heading(heading) is section


@pytest.mark.parametrize(
    ("line", "bold", "expected"),
    [
        ("The question of equality", True, (1, HeadingSource.BOLD_LINE)),
        ("1. Introduction", False, (1, HeadingSource.SECTION_NAME)),
        ("2.1 Economic aid", False, (2, HeadingSource.NUMBERED)),
        ("Chapter 2: The Treaty", False, (1, HeadingSource.NUMBERED)),
        ("THE KOREAN WAR", False, (1, HeadingSource.CAPITALS)),
        ("Works Cited", False, (1, HeadingSource.SECTION_NAME)),
        ("Conclusion:", False, (1, HeadingSource.SECTION_NAME)),
        ("Was the split inevitable?", True, (1, HeadingSource.BOLD_LINE)),
        # Near misses: sentences, long lines, lowercase starts, unbolded plain lines.
        ("The treaty was signed in 1950.", True, None),
        ("The question of equality", False, None),
        ("a bold fragment in lower case", True, None),
        ("One such prerequisite was that apart from providing the best salaries and housing for advisers", True, None),
        ("1. The treaty was signed in 1950.", False, None),
        ("USSR", False, None),
        ("—", True, None),
        ("Introduction\t3", False, None),
    ],
)
def test_heading_by_form(line, bold, expected):
    found = heading_by_form(line, all_bold=bold)
    assert (None if found is None else (found.level, found.source)) == expected
