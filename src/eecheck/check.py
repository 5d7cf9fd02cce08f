"""Running the rules over one document: the engine between kinds and report.

Owns the order of work for one file: read it, count it, run each selected
rule's kind, and turn hits into findings with the rule's wording. Reading
errors become an error result, never an exception out of here.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from eecheck.errors import InputError
from eecheck.kinds.base import CheckContext, Hit
from eecheck.model import Document
from eecheck.readers import read_document
from eecheck.report import DocumentResult, Finding, FindingLocation, build_metrics, build_sections
from eecheck.rules import Rule
from eecheck.wordcount import count_document

log = logging.getLogger(__name__)

DEFAULT_LIMIT = 4000


def word_limit_of(rules: Sequence[Rule]) -> int:
    """The limit the word_limit rule is configured with (the cut-off uses it)."""
    for rule in rules:
        if rule.kind.name == "word_limit":
            return int(rule.params["limit"])
    return DEFAULT_LIMIT


def _finding(rule: Rule, hit: Hit, document: Document) -> Finding:
    fields = dict(hit.fields)
    block = document.blocks[hit.location.block] if hit.location.block is not None else None
    location = FindingLocation(
        part=block.section.value if block else None,
        block=block.index if block else None,
        line=block.location.line if block else None,
        excerpt=hit.location.excerpt,
        source_part=block.location.part if block else None,
        paragraph=block.location.index if block else None,
    )
    return Finding(
        code=rule.id,
        rule=rule.name,
        severity=rule.severity,
        message=rule.render(rule.message_for(hit.case), fields),
        location=location,
        hint=rule.render(rule.hint, fields) if rule.hint else None,
    )


def check_model(document: Document, rules: Sequence[Rule]) -> DocumentResult:
    """Check an already-read document."""
    word_count = count_document(document, limit=word_limit_of(rules))
    context = CheckContext(document=document, word_count=word_count)
    findings: list[Finding] = []
    for rule in rules:
        for hit in rule.kind.check(context, rule.params):
            findings.append(_finding(rule, hit, document))
    findings.sort(key=lambda f: (f.location.block if f.location.block is not None else -1, f.code))
    return DocumentResult(
        path=document.path,
        format=document.format,
        status="checked",
        error=None,
        metrics=build_metrics(document, word_count),
        sections=build_sections(document, word_count),
        findings=tuple(findings),
    )


def check_path(path: str | Path, rules: Sequence[Rule]) -> DocumentResult:
    """Read and check one file; an unreadable file gives an error result."""
    try:
        document = read_document(path)
    except InputError as error:
        return DocumentResult.failed(str(path), error)
    return check_model(document, rules)
