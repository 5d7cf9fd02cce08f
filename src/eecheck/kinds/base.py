"""What a kind is: a pure function from a checked document to hits.

A kind never prints and never decides severity or wording; the rule (data)
does. A hit carries the named fields the rule's message template may use,
and the case (for kinds with more than one message) it belongs to.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from eecheck.analysis.analyses import DEFAULT_LIMIT, Analyses
from eecheck.analysis.wordcount import WordCount
from eecheck.locations import HitLocation
from eecheck.model import Document

__all__ = ["CheckContext", "Hit", "HitLocation", "Kind", "ParamCheck"]


@dataclass(frozen=True, slots=True)
class CheckContext:
    """Everything a kind may read: the model, the analyses made from it, and the run's settings."""

    analyses: Analyses
    """The document's shared analyses (citations, resolution, entries, notes, count, identity scan)."""
    as_of: date = field(default_factory=date.today)
    """Today, or ``--as-of``: kinds never read the clock themselves, so runs reproduce."""
    subject: str | None = None
    """The subject overlay in force (e.g. ``history``), or None."""
    profile: str = "ib-2027"
    suppression_use: Mapping[int, int] = field(default_factory=dict)
    """For kinds that run after suppression: how many findings each of the document's
    suppressions (by index) silenced."""
    scope: str = "document"
    """The running rule's ``scope`` (schemas/rule.schema.json): where a text kind looks
    (see ``eecheck.text.scopes``)."""

    @property
    def document(self) -> Document:
        return self.analyses.document

    @property
    def word_count(self) -> WordCount:
        return self.analyses.word_count

    @classmethod
    def of(cls, document: Document, *, limit: int = DEFAULT_LIMIT, **settings: Any) -> CheckContext:
        """A context for one document with fresh analyses (tests and the API build contexts this way)."""
        return cls(analyses=Analyses(document, limit=limit), **settings)


@dataclass(frozen=True, slots=True)
class Hit:
    fields: Mapping[str, Any]
    location: HitLocation = field(default_factory=HitLocation)
    case: str | None = None


ParamCheck = Callable[[Mapping[str, Any]], str | None]
"""Validates a rule's params beyond their types; returns ``"key: problem"`` or None."""


@dataclass(frozen=True, slots=True)
class Kind:
    name: str
    fields: frozenset[str]
    """Names a rule's message and hint templates may use."""
    cases: frozenset[str]
    """Message cases; a rule whose message is a mapping must cover exactly these."""
    params: Mapping[str, type | tuple[type, ...]]
    """Required parameter names and their types; unknown parameters are load errors."""
    check: Callable[[CheckContext, Mapping[str, Any]], Iterable[Hit]]
    optional: Mapping[str, tuple[type | tuple[type, ...], Any]] = field(default_factory=dict)
    """Optional parameters: name -> (type, default)."""
    validate: ParamCheck | None = None
    scopes: frozenset[str] | None = None
    """Scopes a rule of this kind may name; None accepts any."""
    after_suppression: bool = False
    """Runs after the other rules' findings were suppressed (reads ``suppression_use``)."""

    def with_defaults(self, params: Mapping[str, Any]) -> dict[str, Any]:
        merged = {name: default for name, (_, default) in self.optional.items()}
        merged.update(params)
        return merged
