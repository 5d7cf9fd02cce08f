"""``eecheck rules``: the listing with each rule's severity in the active configuration, ``show`` and ``validate``."""

from __future__ import annotations

import re

import pytest

from eecheck.rules import default_rules_dir, load_catalogue
from tests.conftest import run_cli

CATALOGUE = load_catalogue()
LINE = re.compile(
    r"^(?P<code>[A-Z]{3}\d{3})  (?P<name>[a-z0-9-]+) +(?P<level>error|warning|info|off) +(?P<summary>.+)$"
)


def _listing(*args: str) -> dict[str, tuple[str, str, str]]:
    result = run_cli("rules", "--isolated", *args)
    assert result.exit_code == 0, result.stderr
    parsed = {}
    for line in result.stdout.splitlines():
        match = LINE.match(line)
        assert match, f"not a listing line: {line!r}"
        parsed[match["code"]] = (match["name"], match["level"], match["summary"])
    return parsed


def test_the_listing_has_every_rule_once_in_code_order():
    result = run_cli("rules", "--isolated")
    codes = [line.split()[0] for line in result.stdout.splitlines()]
    assert codes == sorted(r.id for r in CATALOGUE.rules)


def test_severity_follows_the_active_profile():
    default = _listing()
    assert default["LEN001"][:2] == ("word-limit", "error")
    assert default["STR003"] == (
        "title-is-question",
        "warning",
        "The title is phrased as a question instead of a statement.",
    )
    assert default["STR004"][1] == "warning"
    assert default["LEN003"][1] == "off"  # the 2027 guide does not ask for it
    # SUB001 runs only on History essays.
    assert default["SUB001"][1:] == (
        "off",
        "A History essay's title or research question names events of the last 10 years. (History only)",
    )
    older = _listing("--profile", "ib-2018")
    assert older["STR004"][1] == "error"
    assert older["LEN003"][1] == "warning"
    changed = {code for code in default if default[code][1] != older[code][1]}
    assert {"STR004", "LEN003"} <= changed
    assert _listing("--subject", "history")["SUB001"][1] == "warning"


def test_the_listing_follows_the_users_configuration(tmp_path, monkeypatch):
    assert _listing("--severity", "STR003=info")["STR003"][1] == "info"
    assert _listing("--ignore", "STR003")["STR003"][1] == "off"
    monkeypatch.chdir(tmp_path)
    (tmp_path / "eecheck.toml").write_text('[severity]\nSTR003 = "error"\n')
    result = run_cli("rules")
    assert result.exit_code == 0
    assert re.search(r"^STR003  title-is-question +error ", result.stdout, re.MULTILINE)


@pytest.mark.parametrize("code", ["STR003", "str003", "title-is-question"])
def test_show_prints_docs_reference_and_examples(code):
    result = run_cli("rules", "show", code)
    assert result.exit_code == 0
    text = result.stdout
    assert text.startswith("STR003 title-is-question\nSeverity: warning in ib-2018; warning in ib-2027\n")
    assert "Kind: existence   Scope: title   Params: ignore_case = True; pattern = … (str of " in text
    for label in ("What it does: ", "Why it matters: ", "How to fix it: ", "Fails:  ", "Passes: ", "Reference: "):
        assert f"\n{label}" in text
    assert "Fails:  To What Extent Did Ideology Cause the Sino-Soviet Split?" in text
    assert "Reference: Extended essay guide (first assessment 2018): Formal requirements: title page" in text


def test_show_marks_tunable_params():
    result = run_cli("rules", "show", "LEN001")
    assert "Params: limit = 4000 (tunable)" in result.stdout


def test_show_an_unknown_code_exits_2_in_one_line():
    result = run_cli("rules", "show", "XYZ999")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "eecheck: no rule 'XYZ999'; `eecheck rules` lists them\n"


def test_validate_the_built_in_catalogue():
    result = run_cli("rules", "validate", str(default_rules_dir()))
    assert result.exit_code == 0
    assert result.stdout == f"{default_rules_dir()}: {len(CATALOGUE.rules)} rule(s) valid\n"
