"""Kinds of checks: the code behind rules. Rules (YAML in rules/) name a kind.

Each kind is one module exposing ``KIND``, a :class:`eecheck.kinds.base.Kind`.
The table below is explicit on purpose: no plugin discovery, no import-time
registration, so a reader sees every kind in one place.
"""

from __future__ import annotations

from eecheck.kinds import declared_word_count, unused_suppression, word_limit
from eecheck.kinds.base import Kind

KINDS: dict[str, Kind] = {
    word_limit.KIND.name: word_limit.KIND,
    declared_word_count.KIND.name: declared_word_count.KIND,
    unused_suppression.KIND.name: unused_suppression.KIND,
}
