"""Kind ``line_spacing``: most of the running text is spaced more tightly than expected (FMT003).

Reads ``Document.formatting`` (DOCX only; a Markdown essay has no formatting, so
it never fires): the line spacing covering the most characters of the
introduction, body and conclusion paragraphs.

How each kind of spacing is judged:

* ``auto`` ("single", "1.5 lines", "double", "multiple 1.15") is already a
  multiple of a single line and is compared with ``min_spacing`` as it is.
* ``exact`` and ``at-least`` are heights in points, not multiples, so they are
  converted with the typographers' rule that a single line is 1.2 times the
  font size (the essay's dominant size, or 12 pt when none is known). Word's real
  single line depends on the font (about 1.15 for Times New Roman, 1.22 for
  Calibri), so the message reports the points as stored and calls the multiple
  approximate. "At least" never gives less than a single line.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from eecheck.kinds.base import CheckContext, Hit, HitLocation, Kind
from eecheck.model import LineSpacing

SINGLE_LINE_PER_POINT = 1.2
"""A single line's height, as a multiple of the font size (the typographers' rule)."""
_DEFAULT_SIZE = 12.0


def in_lines(spacing: LineSpacing, font_size: float | None) -> float:
    """The spacing as an (approximate, for point heights) multiple of a single line."""
    if spacing.rule == "auto":
        return spacing.value
    lines = spacing.value / (SINGLE_LINE_PER_POINT * (font_size or _DEFAULT_SIZE))
    return max(1.0, lines) if spacing.rule == "at-least" else lines


def describe(spacing: LineSpacing) -> str:
    """The spacing as Word's paragraph dialog names it: single, 1.15, double, exactly 18 pt."""
    if spacing.rule == "auto":
        return {1.0: "single", 2.0: "double"}.get(spacing.value, f"{spacing.value:g}")
    prefix = "exactly" if spacing.rule == "exact" else "at least"
    return f"{prefix} {spacing.value:g} pt"


def check(context: CheckContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    formatting = context.document.formatting
    if formatting is None or formatting.line_spacing is None or not formatting.characters:
        return
    minimum = float(params["min_spacing"])
    spacing = formatting.line_spacing
    lines = in_lines(spacing, formatting.font_size)
    if round(lines, 2) >= minimum:
        return
    approx = ""
    if spacing.rule != "auto":
        approx = f" (about {round(lines, 2):g} lines of {formatting.font_size or _DEFAULT_SIZE:g} pt text)"
    yield Hit(
        fields={
            "spacing": describe(spacing),
            "approx": approx,
            "lines": round(lines, 2),
            "share": round(100 * formatting.line_spacing_characters / formatting.characters),
            "characters": formatting.characters,
            "min_spacing": minimum,
        },
        location=HitLocation(part="word/document.xml"),
    )


def _validate(params: Mapping[str, Any]) -> str | None:
    if params["min_spacing"] <= 0:
        return "min_spacing: must be a positive number of lines"
    return None


KIND = Kind(
    name="line_spacing",
    fields=frozenset({"spacing", "approx", "lines", "share", "characters", "min_spacing"}),
    cases=frozenset(),
    params={},
    optional={"min_spacing": ((int, float), 1.5)},
    check=check,
    validate=_validate,
    scopes=frozenset({"essay"}),
)
