"""Rules are data validated at load: every problem names the file and the key."""

from __future__ import annotations

import shutil
import textwrap

import pytest
import yaml

from eecheck.rules import RuleError, default_rules_dir, load_rules

GOOD = {
    "id": "LEN101",
    "name": "school-word-limit",
    "kind": "word_limit",
    "severity": "warning",
    "scope": "document",
    "params": {"limit": 3500},
    "message": "{count:,} words is over the school's {limit:,}",
    "reference": {"source": "ib-2027", "section": "word count"},
    "docs": {"summary": "s", "what": "w", "why": "y", "fix": "f", "example_fail": "x", "example_pass": "p"},
}


def _pack(tmp_path, rule: dict):
    (tmp_path / "_sources.yml").write_text("ib-2027: {title: guide}\n")
    (tmp_path / "length").mkdir(exist_ok=True)
    path = tmp_path / "length" / "LEN101-school-word-limit.yml"
    path.write_text(yaml.safe_dump(rule, allow_unicode=True))
    return path


def test_built_in_catalogue_loads():
    rules = load_rules()
    by_id = {r.id: (r.name, r.kind.name, r.severity) for r in rules}
    assert by_id["LEN001"] == ("word-limit", "word_limit", "error")
    assert by_id["LEN002"] == ("declared-word-count", "declared_word_count", "warning")
    assert [r.id for r in rules] == sorted(by_id)


def test_a_valid_pack_loads(tmp_path):
    _pack(tmp_path, GOOD)
    [rule] = load_rules(tmp_path)
    assert rule.params == {"limit": 3500}


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"colour": "red"}, "key '(top level)': Additional properties are not allowed ('colour' was unexpected)"),
        ({"kind": "spellcheck"}, "key 'kind': unknown kind 'spellcheck'"),
        ({"message": "{count} and {nonsense}"}, "key 'message': unknown message field(s) nonsense"),
        ({"params": {"limit": 3500, "max": 2}}, "key 'params.max': kind word_limit takes no such parameter"),
        ({"params": {"limit": "many"}}, "key 'params.limit': wrong type str"),
        ({"params": {}}, "key 'params': missing limit"),
        ({"severity": "fatal"}, "key 'severity': 'fatal' is not one of ['error', 'warning', 'info']"),
        ({"id": "LEN12"}, "key 'id': 'LEN12' does not match"),
        (
            {"reference": {"source": "ib-1999", "section": "x"}},
            "key 'reference.source': 'ib-1999' is not in _sources.yml",
        ),
        ({"message": "{count"}, "key 'message': bad template"),
    ],
)
def test_bad_rules_name_file_and_key(tmp_path, change, expected):
    path = _pack(tmp_path, {**GOOD, **change})
    with pytest.raises(RuleError) as caught:
        load_rules(tmp_path)
    assert str(caught.value).startswith(str(path))
    assert expected in str(caught.value)


def test_message_cases_must_match_the_kind(tmp_path):
    rule = {**GOOD, "kind": "declared_word_count", "params": {"tolerance": 0.05}, "message": {"mismatch": "{count}"}}
    _pack(tmp_path, rule)
    with pytest.raises(RuleError, match=r"key 'message': kind declared_word_count has cases \['mismatch', 'missing'\]"):
        load_rules(tmp_path)


def test_duplicate_codes_are_refused(tmp_path):
    shutil.copytree(default_rules_dir(), tmp_path / "rules")
    copy = tmp_path / "rules" / "length" / "copy.yml"
    copy.write_text(textwrap.dedent((tmp_path / "rules" / "length" / "LEN001-word-limit.yml").read_text()))
    with pytest.raises(RuleError, match="LEN001 is already defined"):
        load_rules(tmp_path / "rules")
