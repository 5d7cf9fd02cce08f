"""Running the rules over documents: the engine between kinds and report.

Owns the order of work for one file: read it, count it, choose the rules for
its subject, run each rule's kind, turn hits into findings with the rule's
wording, apply the essay's own ``eecheck: ignore`` suppressions, then run the
kinds that judge the suppressions. Reading errors become an error result,
never an exception out of here.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from eecheck.analysis.analyses import Analyses
from eecheck.config import Settings, validate_against
from eecheck.errors import InputError
from eecheck.kinds.base import CheckContext, Hit
from eecheck.model import Document
from eecheck.readers import read_document
from eecheck.report import DocumentResult, Finding, FindingLocation, build_metrics, build_sections
from eecheck.rules import Catalogue, Overlay, Rule, load_catalogue
from eecheck.selection import resolve_rules

log = logging.getLogger(__name__)

DEFAULT_LIMIT = 4000


def word_limit_of(rules: tuple[Rule, ...] | list[Rule]) -> int:
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
        line=block.location.line if block else hit.location.line,
        excerpt=hit.location.excerpt,
        source_part=block.location.part if block else hit.location.part,
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


def _reading_order(finding: Finding) -> tuple[int, int, str]:
    """Findings about the whole file first, then by Markdown line or block, then by code.

    A Markdown finding outside the blocks (a note, a suppression comment) has a
    line but no block, so lines order Markdown; DOCX findings have blocks only.
    """
    location = finding.location
    if location.line is not None:
        return (1, location.line, finding.code)
    if location.block is not None:
        return (1, location.block, finding.code)
    return (0, 0, finding.code)


def _suppressed_by(code: str, codes: tuple[str, ...]) -> bool:
    return any(code.startswith(c) for c in codes)


@dataclass(slots=True)
class Engine:
    """A loaded catalogue plus settings; checks any number of documents."""

    catalogue: Catalogue
    settings: Settings
    _rules_by_subject: dict[str | None, tuple[Rule, ...]] = field(default_factory=dict)

    @property
    def profile(self) -> Overlay:
        return self.catalogue.profiles[self.settings.profile]

    def subject_of(self, document: Document) -> tuple[str | None, Overlay | None]:
        """The title page's subject when it names one, else the configured one."""
        subject = document.title_page.subject or self.settings.subject
        return subject, self.catalogue.subject_for(subject)

    def rules_for(self, overlay: Overlay | None) -> tuple[Rule, ...]:
        key = overlay.name if overlay else None
        if key not in self._rules_by_subject:
            self._rules_by_subject[key] = resolve_rules(
                self.catalogue.rules,
                profile=self.profile,
                subject=overlay,
                select=self.settings.select,
                extend_select=self.settings.extend_select,
                ignore=self.settings.ignore,
                severity=self.settings.severity,
                params=self.settings.params,
            )
        return self._rules_by_subject[key]

    def check_model(self, document: Document) -> DocumentResult:
        """Check an already-read document."""
        subject, overlay = self.subject_of(document)
        rules = self.rules_for(overlay)
        analyses = Analyses(document, limit=word_limit_of(rules))
        word_count = analyses.word_count
        context = CheckContext(
            analyses=analyses,
            as_of=self.settings.as_of or date.today(),
            subject=overlay.name if overlay else None,
            profile=self.settings.profile,
        )
        findings: list[Finding] = []
        for rule in rules:
            if not rule.kind.after_suppression:
                scoped = replace(context, scope=rule.scope)
                findings.extend(_finding(rule, hit, document) for hit in rule.kind.check(scoped, rule.params))
        kept: list[Finding] = []
        suppressed = 0
        use = dict.fromkeys(range(len(document.suppressions)), 0)
        for finding in findings:
            silencers = [i for i, s in enumerate(document.suppressions) if _suppressed_by(finding.code, s.codes)]
            for i in silencers:
                use[i] += 1
            if silencers:
                suppressed += 1
            else:
                kept.append(finding)
        after = CheckContext(
            analyses=analyses,
            as_of=context.as_of,
            subject=context.subject,
            profile=context.profile,
            suppression_use=use,
        )
        for rule in rules:
            if rule.kind.after_suppression:
                scoped = replace(after, scope=rule.scope)
                kept.extend(_finding(rule, hit, document) for hit in rule.kind.check(scoped, rule.params))
        kept.sort(key=_reading_order)
        return DocumentResult(
            path=document.path,
            format=document.format,
            status="checked",
            error=None,
            metrics=build_metrics(analyses),
            sections=build_sections(document, word_count),
            findings=tuple(kept),
            subject=subject,
            suppressed=suppressed,
            warnings=document.warnings,
        )

    def check_path(self, path: str | Path) -> DocumentResult:
        """Read and check one file; an unreadable file gives an error result."""
        try:
            document = read_document(path)
        except InputError as error:
            return DocumentResult.failed(str(path), error)
        return self.check_model(document)


def build_engine(settings: Settings | None = None) -> Engine:
    """Load the catalogue (with the settings' rule packs) and validate the settings against it.

    Raises RuleError for a bad rule pack and ConfigError for bad settings.
    """
    settings = settings or Settings()
    catalogue = load_catalogue(settings.rules_dirs)
    validate_against(settings, catalogue)
    return Engine(catalogue=catalogue, settings=settings)
