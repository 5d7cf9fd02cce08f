"""Where each part of an essay stands: runs of blocks by section, and how parts are named.

The readers decide which section every block belongs to; the structure kinds
(required sections, section order, a part that is present) ask the same few
questions of that decision: which parts occur, in which order, opened by which
heading. Page breaks belong to no part here: a break says where a page ends,
not what the essay contains.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from eecheck.model import Block, BlockKind, Document, Section

PART_NAMES: dict[Section, str] = {
    Section.TITLE_PAGE: "title page",
    Section.CONTENTS: "contents page",
    Section.ABSTRACT: "abstract",
    Section.ACKNOWLEDGEMENTS: "acknowledgements",
    Section.INTRODUCTION: "introduction",
    Section.BODY: "body",
    Section.CONCLUSION: "conclusion",
    Section.BIBLIOGRAPHY: "bibliography",
    Section.NOTES: "notes",
    Section.APPENDIX: "appendix",
}
"""How a message names each part."""

HEADING_EXAMPLES: dict[Section, str] = {
    Section.TITLE_PAGE: "a title page",
    Section.CONTENTS: "“Contents” or “Table of Contents”",
    Section.ABSTRACT: "“Abstract”",
    Section.ACKNOWLEDGEMENTS: "“Acknowledgements”",
    Section.INTRODUCTION: "“Introduction”",
    Section.BODY: "a body heading",
    Section.CONCLUSION: "“Conclusion” or “Concluding remarks”",
    Section.BIBLIOGRAPHY: "“Bibliography”, “References” or “Works Cited”",
    Section.NOTES: "“Notes” or “Endnotes”",
    Section.APPENDIX: "“Appendix”",
}
"""Headings the readers recognise for each part, as a message quotes them."""

READING_ORDER: tuple[Section, ...] = (
    Section.TITLE_PAGE,
    Section.CONTENTS,
    Section.ABSTRACT,
    Section.ACKNOWLEDGEMENTS,
    Section.INTRODUCTION,
    Section.BODY,
    Section.CONCLUSION,
    Section.NOTES,
    Section.BIBLIOGRAPHY,
    Section.APPENDIX,
)
"""The order the parts are expected in (IB guide, required elements); used to say where a missing part belongs."""


def section_names() -> frozenset[str]:
    """The section values a rule may name in its params (``introduction``, ``body`` …)."""
    return frozenset(s.value for s in Section)


@dataclass(frozen=True, slots=True)
class PartRun:
    """Consecutive blocks of one section, page breaks left out."""

    section: Section
    blocks: tuple[Block, ...]

    @property
    def first(self) -> Block:
        return self.blocks[0]

    @property
    def heading(self) -> Block | None:
        """The run's first heading: normally the one that opens the part."""
        return next((b for b in self.blocks if b.kind is BlockKind.HEADING), None)

    @property
    def label(self) -> str:
        """The heading's text, or the first words of the run when it has no heading."""
        block = self.heading or self.first
        return short(block.text)


def content_blocks(document: Document) -> Iterable[Block]:
    """Every block that holds something: page breaks and empty blocks left out."""
    return (b for b in document.blocks if b.kind is not BlockKind.PAGE_BREAK and b.text.strip())


def part_runs(document: Document) -> list[PartRun]:
    """The essay as a sequence of parts, in reading order."""
    runs: list[PartRun] = []
    current: list[Block] = []
    for block in content_blocks(document):
        if current and block.section is not current[0].section:
            runs.append(PartRun(current[0].section, tuple(current)))
            current = []
        current.append(block)
    if current:
        runs.append(PartRun(current[0].section, tuple(current)))
    return runs


def short(text: str, words: int = 8) -> str:
    """A heading or the opening words of a paragraph, short enough to quote in a message."""
    parts = text.split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")


def body_between_introduction_and_conclusion(document: Document) -> list[Block]:
    """Body blocks after the introduction starts and before the conclusion starts.

    Without an introduction the body may start anywhere; without a conclusion
    it ends where the bibliography starts (or at the end).
    """
    blocks = list(content_blocks(document))

    def first_index(*sections: Section) -> int | None:
        return next((b.index for b in blocks if b.section in sections), None)

    start = first_index(Section.INTRODUCTION)
    end = first_index(Section.CONCLUSION)
    if end is None:
        end = first_index(Section.BIBLIOGRAPHY)
    return [
        b
        for b in blocks
        if b.section is Section.BODY and (start is None or b.index > start) and (end is None or b.index < end)
    ]
