"""What a kind is: a pure function from a checked document to hits.

A kind never prints and never decides severity or wording; the rule (data)
does. A hit carries the named fields the rule's message template may use,
and the case (for kinds with more than one message) it belongs to.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from eecheck.model import Document
from eecheck.wordcount import WordCount


@dataclass(frozen=True, slots=True)
class CheckContext:
    """Everything a kind may read: the model and the analyses made from it."""

    document: Document
    word_count: WordCount


@dataclass(frozen=True, slots=True)
class HitLocation:
    block: int | None = None
    excerpt: str | None = None


@dataclass(frozen=True, slots=True)
class Hit:
    fields: Mapping[str, Any]
    location: HitLocation = field(default_factory=HitLocation)
    case: str | None = None


@dataclass(frozen=True, slots=True)
class Kind:
    name: str
    fields: frozenset[str]
    """Names a rule's message and hint templates may use."""
    cases: frozenset[str]
    """Message cases; a rule whose message is a mapping must cover exactly these."""
    params: Mapping[str, type | tuple[type, ...]]
    """Parameter names and their types; unknown parameters are load errors."""
    check: Callable[[CheckContext, Mapping[str, Any]], Iterable[Hit]]
