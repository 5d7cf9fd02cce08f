"""Which rules run, at which severity and with which params: one small pure decision.

Layers, each overriding the one before: the rule's own defaults, the guide
profile, the subject overlay, then the user's configuration. Severity ``off``
switches a rule off; a later layer switches it on again only by naming its code
(a prefix changes the level of the rules that are on). Selection works
like flake8's decision engine: a code is on when the longest matching prefix in
``select`` is longer than the longest in ``ignore`` (on a tie, ignore wins).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from eecheck.rules import Overlay, Rule

OFF = "off"


def longest_prefix(code: str, prefixes: Iterable[str]) -> int:
    """Length of the longest entry of ``prefixes`` that ``code`` starts with, or -1."""
    return max((len(p) for p in prefixes if code.startswith(p)), default=-1)


def is_selected(code: str, *, select: Iterable[str], ignore: Iterable[str]) -> bool:
    chosen = longest_prefix(code, select)
    return chosen >= 0 and chosen > longest_prefix(code, ignore)


def severity_for(code: str, table: Mapping[str, str]) -> str | None:
    """The entry for ``code`` in a severity table keyed by codes or prefixes (longest wins)."""
    best = max((p for p in table if code.startswith(p)), key=len, default=None)
    return table[best] if best is not None else None


def resolve_rules(
    rules: Sequence[Rule],
    *,
    profile: Overlay,
    subject: Overlay | None,
    select: Sequence[str] | None = None,
    extend_select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    severity: Mapping[str, str] | None = None,
    params: Mapping[str, Mapping[str, Any]] | None = None,
) -> tuple[Rule, ...]:
    """The active rules, each carrying its effective severity and params.

    ``select`` (the user's) replaces the profile's list and is final: the subject
    overlay adds its rules only to the profile's selection, so ``--select LEN``
    means LEN alone even on a History essay. ``extend_select`` adds to either;
    ``ignore`` adds to the profile's ignores.
    """
    chosen = [*(profile.select if select is None else select), *extend_select]
    if subject is not None and select is None:
        chosen.extend(subject.select)
    ignored = [*profile.ignore, *(subject.ignore if subject else ()), *ignore]
    active: list[Rule] = []
    for rule in rules:
        if not is_selected(rule.id, select=chosen, ignore=ignored):
            continue
        level = rule.severity
        merged = dict(rule.params)
        for layer_severity, layer_params in (
            (profile.severity, profile.params),
            (subject.severity if subject else {}, subject.params if subject else {}),
            (severity or {}, params or {}),
        ):
            chosen_level = severity_for(rule.id, layer_severity)
            # A prefix ("STR = info") re-levels the rules that are on; switching a
            # rule back on after an earlier layer's "off" takes its own code, so a
            # rule a profile keeps for one subject (STR009) is not revived by accident.
            if chosen_level is not None and (level != OFF or rule.id in layer_severity):
                level = chosen_level
            merged.update(layer_params.get(rule.id, {}))
        if level == OFF:
            continue
        active.append(replace(rule, severity=level, params=merged))
    return tuple(active)
