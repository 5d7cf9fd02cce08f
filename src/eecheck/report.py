"""The report: findings, metrics and sections per document, and the whole run.

``Report.to_json()`` is the published contract (``schemas/report.schema.json``,
``schema_version`` "1"): later work extends it and never renames a key.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from eecheck import __version__
from eecheck.analysis.analyses import Analyses
from eecheck.analysis.wordcount import WordCount
from eecheck.errors import InputError
from eecheck.model import BlockKind, Document

SCHEMA_VERSION = "1"
SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True, slots=True)
class FindingLocation:
    part: str | None = None
    """The essay part (section) the finding is in."""
    block: int | None = None
    line: int | None = None
    """1-based line (Markdown)."""
    excerpt: str | None = None
    source_part: str | None = None
    """The file part, e.g. ``word/document.xml`` or ``markdown``."""
    paragraph: int | None = None
    """0-based paragraph index in ``source_part`` (DOCX)."""


@dataclass(frozen=True, slots=True)
class Finding:
    code: str
    rule: str
    severity: str
    message: str
    location: FindingLocation
    hint: str | None = None

    def to_json(self) -> dict[str, Any]:
        loc = self.location
        return {
            "code": self.code,
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
            "location": {
                "part": loc.part,
                "block": loc.block,
                "line": loc.line,
                "excerpt": loc.excerpt,
                "source_part": loc.source_part,
                "paragraph": loc.paragraph,
            },
            "hint": self.hint,
        }


@dataclass(frozen=True, slots=True)
class DocumentResult:
    path: str
    format: str | None
    status: str
    error: dict[str, str] | None
    metrics: dict[str, Any] | None
    sections: tuple[dict[str, Any], ...] = ()
    findings: tuple[Finding, ...] = ()
    subject: str | None = None
    """The subject the rules were chosen for (title page, else ``--subject``)."""
    suppressed: int = 0
    """Findings silenced by ``eecheck: ignore`` directives in the essay."""
    warnings: tuple[str, ...] = ()
    """What the reader noticed but could not use (a missing bibliography file, a damaged field)."""

    @classmethod
    def failed(cls, path: str, error: InputError, *, fmt: str | None = None) -> DocumentResult:
        return cls(
            path=path,
            format=fmt,
            status="error",
            error={"kind": error.kind, "message": error.message, "hint": error.hint},
            metrics=None,
        )

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "format": self.format,
            "status": self.status,
            "error": self.error,
            "metrics": self.metrics,
            "sections": list(self.sections),
            "findings": [f.to_json() for f in self.findings],
            "subject": self.subject,
            "suppressed": self.suppressed,
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True, slots=True)
class Report:
    documents: tuple[DocumentResult, ...]
    profile: str = "ib-2027"
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def has_unreadable(self) -> bool:
        return any(d.status == "error" for d in self.documents)

    @property
    def has_errors(self) -> bool:
        return any(d.count("error") for d in self.documents)

    def to_json(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "tool": {"name": "eecheck", "version": __version__},
            "profile": self.profile,
            "documents": [d.to_json() for d in self.documents],
            "summary": {
                "documents": len(self.documents),
                "checked": sum(1 for d in self.documents if d.status == "checked"),
                "errors": sum(d.count("error") for d in self.documents),
                "warnings": sum(d.count("warning") for d in self.documents),
                "infos": sum(d.count("info") for d in self.documents),
                "unreadable": sum(1 for d in self.documents if d.status == "error"),
            },
        }


def build_metrics(analyses: Analyses) -> dict[str, Any]:
    # citations: every in-text citation that counts (each source of a note, each source in a
    # parenthesis, each field item), as the resolution keeps them; bibliography_entries: entries as
    # the bibliography reader reads them (an entry whose URL or access date runs onto its own line
    # is one entry).
    return {
        "words": analyses.word_count.to_json(),
        "footnotes": len(analyses.document.notes),
        "citations": len(analyses.resolution.citations),
        "bibliography_entries": len(analyses.entries),
    }


def build_sections(document: Document, word_count: WordCount) -> tuple[dict[str, Any], ...]:
    """Consecutive runs of blocks in one part, with the heading that opened each."""
    runs: list[dict[str, Any]] = []
    for block in document.blocks:
        if block.kind is BlockKind.PAGE_BREAK:
            continue
        if (
            not runs
            or runs[-1]["name"] != block.section.value
            or (
                block.kind is BlockKind.HEADING
                and (block.level or 0) >= 1
                and runs[-1]["blocks"] > 0
                and block.section.value not in ("title-page",)
                and _opens_new_run(block, runs[-1])
            )
        ):
            runs.append(
                {
                    "name": block.section.value,
                    "heading": block.text if block.kind is BlockKind.HEADING else None,
                    "first_block": block.index,
                    "blocks": 0,
                    "words": 0,
                }
            )
        runs[-1]["blocks"] += 1
        runs[-1]["words"] += word_count.by_block.get(block.index, 0)
    return tuple(runs)


def _opens_new_run(block, run: dict[str, Any]) -> bool:
    """A top-level body heading starts a new run even inside the same part."""
    return run["name"] == "body" and block.level == 1


@cache
def report_schema() -> dict[str, Any]:
    return json.loads((resources.files("eecheck") / "schemas" / "report.schema.json").read_text("utf-8"))
