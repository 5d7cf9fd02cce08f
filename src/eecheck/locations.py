"""Where a hit points: a block, a Markdown line, or a part of the file, with a short excerpt.

Shared by the kinds (which return hits) and the analyses that find things a kind reports
(the identity scan), so neither has to import the other.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class HitLocation:
    block: int | None = None
    excerpt: str | None = None
    line: int | None = None
    """A Markdown line, for hits that are not tied to a block (e.g. a suppression comment)."""
    part: str | None = None
    """The file part, for hits outside the blocks (``word/comments.xml``, ``docProps/core.xml``)."""
