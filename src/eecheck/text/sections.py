"""Recognising headings and the essay part they open.

Owns two questions, asked of a line's text alone:

* ``section_for_heading``: which IB part ("Introduction", "Works Cited", …)
  does a heading open, if any?
* ``heading_by_form``: is a paragraph that carries no heading style still a
  heading, because students type "1. Introduction", a bold standalone line or
  a line in capitals instead of using Word's heading styles?
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from eecheck.model import HeadingSource, Section

# A numbering prefix: "1.", "2.3", "1)", "IV.", "A.", "Chapter 2:", "Part II -".
_NUMBER_PREFIX = re.compile(
    r"""^\s*(?:
        (?:chapter|section|part)\s+(?:\d+|[ivxlc]+|[a-z])\s*[:.\-–—]?
      | (?P<arabic>\d+(?:\.\d+)*)[.)]?
      | [ivxlc]+[.)]
      | [a-h][.)]
    )\s+""",
    re.IGNORECASE | re.VERBOSE,
)

# Heading names of each part, compared after normalisation (lowercase, no
# numbering, no punctuation). Kept as data so reviewers can see what is
# recognised; the first word alone is enough for a few unambiguous names.
_EXACT_NAMES: dict[Section, tuple[str, ...]] = {
    Section.CONTENTS: (
        "contents",
        "content",
        "table of contents",
        "table of content",
        "list of contents",
    ),
    Section.ABSTRACT: ("abstract",),
    Section.ACKNOWLEDGEMENTS: (
        "acknowledgements",
        "acknowledgments",
        "acknowledgement",
        "acknowledgment",
    ),
    Section.INTRODUCTION: ("introduction", "intro"),
    Section.CONCLUSION: (
        "conclusion",
        "conclusions",
        "concluding remarks",
        "concluding thoughts",
        "final conclusion",
        "summary and conclusion",
        "summary and conclusions",
        "final thoughts",
        "closing thoughts",
        "closing remarks",
        "concluding comments",
        "concluding discussion",
    ),
    Section.BIBLIOGRAPHY: (
        "bibliography",
        "works cited",
        "work cited",
        "works consulted",
        "references",
        "reference list",
        "list of references",
        "sources",
        "sources cited",
        "list of sources",
        "references and bibliography",
        "bibliography and references",
        "select bibliography",
        "literature cited",
        "literature",
        "cited works",
        "list of works cited",
        "works referenced",
        "sources used",
        "sources and bibliography",
        "sources and references",
    ),
    Section.NOTES: ("notes", "endnotes", "end notes", "footnotes"),
    Section.APPENDIX: ("appendix", "appendices"),
}
_NAME_TO_SECTION = {name: section for section, names in _EXACT_NAMES.items() for name in names}

# Parts whose heading may carry a qualifier: "Appendix A: Interview",
# "Conclusion and evaluation", "Introduction to the topic".
_PREFIX_WORDS: dict[str, Section] = {
    "appendix": Section.APPENDIX,
    "appendices": Section.APPENDIX,
    "introduction": Section.INTRODUCTION,
    "conclusion": Section.CONCLUSION,
    "conclusions": Section.CONCLUSION,
    "bibliography": Section.BIBLIOGRAPHY,
}


_EVENT_WORDS = frozenset({"introduction", "conclusion", "conclusions"})


def strip_numbering(text: str) -> str:
    """ "1.2 Method" -> "Method"; "Chapter 2: Origins" -> "Origins"."""
    match = _NUMBER_PREFIX.match(text)
    return text[match.end() :] if match else text


def numbering_depth(text: str) -> int | None:
    """The depth of an arabic numbering prefix ("1." -> 1, "2.3" -> 2)."""
    match = _NUMBER_PREFIX.match(text)
    if not match:
        return None
    arabic = match.group("arabic")
    return arabic.count(".") + 1 if arabic else 1


def normalise_heading(text: str) -> str:
    text = unicodedata.normalize("NFKC", strip_numbering(text)).casefold()
    text = re.sub(r"[^\w\s&]", " ", text)
    return " ".join(text.replace("&", " and ").split())


def section_for_heading(text: str) -> Section | None:
    """The IB part a heading opens, or ``None`` for an ordinary body heading."""
    name = normalise_heading(text)
    if not name:
        return None
    if name in _NAME_TO_SECTION:
        return _NAME_TO_SECTION[name]
    words = name.split()
    if words[0] in _PREFIX_WORDS and len(words) <= 8:
        # "Introduction of collectivisation", "Conclusion of the armistice": an event, not a part.
        if words[0] in _EVENT_WORDS and len(words) > 1 and words[1] == "of":
            return None
        return _PREFIX_WORDS[words[0]]
    # "Evaluation and conclusion", "Discussion and conclusions", "Overall conclusion".
    if words[-1] in ("conclusion", "conclusions") and len(words) <= 5:
        return Section.CONCLUSION
    return None


@dataclass(frozen=True, slots=True)
class FormHeading:
    level: int
    source: HeadingSource


_MAX_HEADING_WORDS = 14
_MAX_HEADING_CHARS = 120
# A sentence ends in one of these; a heading rarely does ("?" is allowed: a
# section may be titled with a question).
_SENTENCE_END = (".", ",", ";", ":", "!", "”", '"', "’")


# "Introduction ........ 3" or "Introduction<tab>3": a contents line, not a heading.
_CONTENTS_LINE = re.compile(r"(?:\t|\.{3,}|…|_{3,})\s*(?:\d+|[ivxlc]+)\s*$", re.IGNORECASE)


def heading_by_form(text: str, *, all_bold: bool) -> FormHeading | None:
    """Decide whether an unstyled standalone line is really a heading.

    Conservative on purpose: a false heading would move words between parts
    of the count, so every test needs a short line that does not read as a
    sentence.
    """
    if _CONTENTS_LINE.search(text):
        return None
    line = " ".join(text.split())
    if not line or len(line) > _MAX_HEADING_CHARS:
        return None
    words = line.split()
    if len(words) > _MAX_HEADING_WORDS:
        return None
    if line.endswith(_SENTENCE_END) and not line.endswith("..."):
        # "Introduction:" is still a heading when it names a part.
        if not (line.endswith(":") and section_for_heading(line[:-1])):
            return None
    if not any(ch.isalpha() for ch in line):
        return None
    body = strip_numbering(line)
    if not body or not (body[0].isupper() or body[0].isdigit() or body[0] in "‘“'\""):
        return None
    if section_for_heading(line) is not None:
        return FormHeading(numbering_depth(line) or 1, HeadingSource.SECTION_NAME)
    if all_bold:
        return FormHeading(numbering_depth(line) or 1, HeadingSource.BOLD_LINE)
    depth = numbering_depth(line)
    if depth is not None and body != line and len(body.split()) <= 10:
        return FormHeading(depth, HeadingSource.NUMBERED)
    letters = [ch for ch in line if ch.isalpha()]
    if len(letters) >= 5 and all(ch.isupper() for ch in letters) and len(words) <= 10:
        return FormHeading(1, HeadingSource.CAPITALS)
    return None
