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

from eecheck.model import Document
from eecheck.analysis.wordcount import WordCount


@dataclass(frozen=True, slots=True)
class CheckContext:
    """Everything a kind may read: the model, the analyses made from it, and the run's settings."""

    document: Document
    word_count: WordCount
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


@dataclass(frozen=True, slots=True)
class HitLocation:
    block: int | None = None
    excerpt: str | None = None
    line: int | None = None
    """A Markdown line, for hits that are not tied to a block (e.g. a suppression comment)."""
    part: str | None = None
    """The file part, for hits outside the blocks (``word/comments.xml``, ``docProps/core.xml``)."""


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
