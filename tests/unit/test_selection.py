"""Selection as one small pure decision: a table for is_selected, and the layering of resolve_rules."""

from __future__ import annotations

import pytest

from eecheck.kinds import word_limit
from eecheck.rules import Overlay, Rule
from eecheck.selection import is_selected, longest_prefix, resolve_rules, severity_for


@pytest.mark.parametrize(
    ("code", "select", "ignore", "expected"),
    [
        # Nothing selected: nothing runs.
        ("STR004", [], [], False),
        ("STR004", [], ["STR"], False),
        # A category, a shorter prefix, the exact code.
        ("STR004", ["STR"], [], True),
        ("STR004", ["S"], [], True),
        ("STR004", ["STR004"], [], True),
        ("STR004", ["STR005"], [], False),
        ("STR004", ["LEN"], [], False),
        # The longest matching prefix wins, whichever list it is in.
        ("STR004", ["STR"], ["STR004"], False),
        ("STR004", ["STR004"], ["STR"], True),
        ("STR004", ["STR00"], ["STR"], True),
        ("STR004", ["STR"], ["STR00"], False),
        ("STR010", ["STR"], ["STR00"], True),
        ("STR004", ["S", "STR004"], ["ST"], True),
        ("STR004", ["ST"], ["S", "STR0"], False),
        # A tie goes to ignore.
        ("STR004", ["STR"], ["STR"], False),
        ("STR004", ["STR004"], ["STR004"], False),
        # An ignore that does not match the code changes nothing.
        ("STR004", ["STR"], ["LEN", "STR005"], True),
    ],
)
def test_is_selected(code, select, ignore, expected):
    assert is_selected(code, select=select, ignore=ignore) is expected


def test_longest_prefix_and_severity_tables():
    assert longest_prefix("STR004", ["S", "STR", "LEN001"]) == 3
    assert longest_prefix("STR004", ["LEN"]) == -1
    table = {"STR": "info", "STR004": "error", "S": "warning"}
    assert severity_for("STR004", table) == "error"
    assert severity_for("STR005", table) == "info"
    assert severity_for("SUB001", table) == "warning"
    assert severity_for("LEN001", table) is None


def _rule(code: str, severity: str = "warning", limit: int = 4000) -> Rule:
    return Rule(
        id=code,
        name=f"rule-{code.lower()}",
        kind=word_limit.KIND,
        severity=severity,
        scope="document",
        params={"limit": limit},
        message="m",
        hint=None,
        reference={"source": "ib-2027", "section": "s"},
        docs={},
        path=f"{code}.yml",
        tunable=("limit",),
    )


RULES = [_rule("LEN001", "error"), _rule("STR003"), _rule("STR004"), _rule("SUB001", "error")]
PROFILE = Overlay(
    name="p",
    title="P",
    path="p.yml",
    select=("LEN", "STR"),
    severity={"STR004": "info", "LEN001": "warning"},
    params={"LEN001": {"limit": 4500}},
)
SUBJECT = Overlay(
    name="history",
    title="History",
    path="h.yml",
    select=("SUB001",),
    severity={"LEN001": "error", "STR": "info"},
    params={"LEN001": {"limit": 5000}},
)

OFF_SUBJECT = Overlay(name="maths", title="Maths", path="m.yml", severity={"STR004": "off"})


def _active(**kwargs) -> dict[str, tuple[str, int]]:
    kwargs.setdefault("profile", PROFILE)
    kwargs.setdefault("subject", None)
    return {r.id: (r.severity, r.params["limit"]) for r in resolve_rules(RULES, **kwargs)}


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        # The profile chooses the rules, and overrides the rule's own severity and params.
        ({}, {"LEN001": ("warning", 4500), "STR003": ("warning", 4000), "STR004": ("info", 4000)}),
        # The subject overlay adds its rules and overrides the profile (prefixes included).
        (
            {"subject": SUBJECT},
            {
                "LEN001": ("error", 5000),
                "STR003": ("info", 4000),
                "STR004": ("info", 4000),
                "SUB001": ("error", 4000),
            },
        ),
        # The user's configuration overrides them all.
        (
            {
                "subject": SUBJECT,
                "severity": {"LEN001": "info", "STR003": "error"},
                "params": {"LEN001": {"limit": 3000}},
            },
            {
                "LEN001": ("info", 3000),
                "STR003": ("error", 4000),
                "STR004": ("info", 4000),
                "SUB001": ("error", 4000),
            },
        ),
        # "off" switches a rule off at any layer; a later layer may switch it back on.
        ({"severity": {"STR": "off"}}, {"LEN001": ("warning", 4500)}),
        ({"severity": {"STR": "off", "STR003": "error"}}, {"LEN001": ("warning", 4500), "STR003": ("error", 4000)}),
        # A later layer's prefix does not switch back on a rule an earlier layer switched off;
        # its own code does.
        (
            {"subject": OFF_SUBJECT, "severity": {"STR": "info"}},
            {"LEN001": ("warning", 4500), "STR003": ("info", 4000)},
        ),
        (
            {"subject": OFF_SUBJECT, "severity": {"STR004": "error"}},
            {"LEN001": ("warning", 4500), "STR003": ("warning", 4000), "STR004": ("error", 4000)},
        ),
        # The user's select replaces the profile's selection and is final: the subject
        # adds its rules only to the profile's (its severities still apply).
        ({"select": ["STR003"]}, {"STR003": ("warning", 4000)}),
        ({"select": ["STR003"], "subject": SUBJECT}, {"STR003": ("info", 4000)}),
        (
            {"select": ["STR003"], "extend_select": ["SUB"], "subject": SUBJECT},
            {"STR003": ("info", 4000), "SUB001": ("error", 4000)},
        ),
        # extend-select adds to the profile's; ignore removes, and the longest prefix decides.
        (
            {"extend_select": ["SUB"]},
            {
                "LEN001": ("warning", 4500),
                "STR003": ("warning", 4000),
                "STR004": ("info", 4000),
                "SUB001": ("error", 4000),
            },
        ),
        ({"ignore": ["STR"]}, {"LEN001": ("warning", 4500)}),
        ({"ignore": ["STR"], "extend_select": ["STR004"]}, {"LEN001": ("warning", 4500), "STR004": ("info", 4000)}),
        ({"ignore": ["STR004"], "select": ["STR004"]}, {}),
    ],
)
def test_resolve_rules_layers(kwargs, expected):
    assert _active(**kwargs) == expected


def test_resolve_rules_leaves_the_catalogue_untouched():
    resolve_rules(RULES, profile=PROFILE, subject=SUBJECT, severity={"LEN001": "off"})
    assert RULES[0].severity == "error" and RULES[0].params == {"limit": 4000}
