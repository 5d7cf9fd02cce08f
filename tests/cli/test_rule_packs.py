"""A school's rule pack: rules with no Python, built on the generic kinds, loaded with rules-dir.

The pack is written to a temporary folder the way a school would write it: a
``_sources.yml`` naming its own policy, and one YAML file per rule.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

from tests.conftest import run_cli, run_json

DOCS = {
    "summary": "School rule.",
    "what": "w",
    "why": "y",
    "fix": "f",
    "example_fail": "x",
    "example_pass": "p",
}
REFERENCE = {"source": "school", "section": "Library guide: sources we do not accept"}

NO_WIKIPEDIA = {
    "id": "REF101",
    "name": "no-wikipedia",
    "kind": "existence",
    "severity": "error",
    "scope": "bibliography",
    # The whole entry, so that an entry naming Wikipedia twice (title and URL) is one finding.
    "params": {"pattern": r"^.*\bwikipedia\b.*$"},
    "message": "the bibliography cites Wikipedia: “{match}”",
    "hint": "Cite the sources the Wikipedia article cites.",
    "reference": REFERENCE,
    "docs": DOCS,
}
ENOUGH_SOURCES = {
    "id": "REF102",
    "name": "enough-sources",
    "kind": "occurrence",
    "severity": "warning",
    "scope": "bibliography",
    # One match per entry: the first character of each.
    "params": {"pattern": r"^\S", "min": 4},
    "message": "the bibliography lists {count} sources; the school expects {expected}",
    "reference": REFERENCE,
    "docs": DOCS,
}
ACCESS_DATES = {
    "id": "REF103",
    "name": "web-access-date",
    "kind": "conditional",
    "severity": "warning",
    "scope": "bibliography",
    "params": {"if": r"https?://", "then": {"access date": r"\baccessed\b"}},
    "message": "a web source in the {where} has no {missing}: “{match}”",
    "reference": REFERENCE,
    "docs": DOCS,
}
WATCH_THE_VIDEO = {
    "id": "INT101",
    "name": "watch-the-video",
    "kind": "existence",
    "severity": "info",
    "scope": "essay",
    "params": {"tokens": [{"LOWER": {"IN": ["see", "watch"]}}, {"LOWER": "the"}, {"LOWER": {"IN": ["video", "film"]}}]},
    "message": "the {where} asks the reader to “{match}”",
    "reference": REFERENCE,
    "docs": DOCS,
}
PACK = {
    "referencing/REF101-no-wikipedia.yml": NO_WIKIPEDIA,
    "referencing/REF102-enough-sources.yml": ENOUGH_SOURCES,
    "referencing/REF103-web-access-date.yml": ACCESS_DATES,
    "integrity/INT101-watch-the-video.yml": WATCH_THE_VIDEO,
}

ESSAY = textwrap.dedent(
    """\
    # The Cuban Missile Crisis in Soviet Memory

    Research question: To what extent did Soviet accounts of the Cuban Missile Crisis change after 1991?

    Subject: History

    Word count: 70

    \\newpage

    # Introduction

    Wikipedia calls the crisis the closest the Cold War came to nuclear war. This essay asks to what extent
    Soviet accounts of it changed after the archives opened in 1991.

    # Accounts

    Khrushchev's memoirs present the withdrawal as a victory (Khrushchev, 1970, p. 500). To see how it was
    shown to Soviet viewers, watch the film of his television address.

    # Conclusion

    After 1991 the accounts admitted the risk that had been run.

    # Bibliography

    Fursenko, A. and Naftali, T. (1997) *One Hell of a Gamble*. New York: Norton.

    Khrushchev, N. (1970) *Khrushchev Remembers*. Boston: Little, Brown.

    Wikipedia (2024) 'Cuban Missile Crisis'. Available at: https://en.wikipedia.org/wiki/Cuban_Missile_Crisis
    """
)


def write_pack(folder: Path, rules: dict[str, dict] = PACK) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "_sources.yml").write_text('school:\n  title: "Our library\'s referencing guide"\n')
    for name, rule in rules.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(rule, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return folder


@pytest.fixture
def school(tmp_path, monkeypatch) -> Path:
    """An essay and a rule pack; the essay's folder is the working directory."""
    write_pack(tmp_path / "school-rules")
    (tmp_path / "essay.md").write_text(ESSAY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


EXPECTED = [
    ("INT101", "info", "the body asks the reader to “watch the film”"),
    (
        "REF101",
        "error",
        "the bibliography cites Wikipedia: “Wikipedia (2024) 'Cuban Missile Crisis'. Available at: "
        "https://en.wikipedia.org/wiki/Cuban_Missile_Crisis”",
    ),
    (
        "REF102",
        "warning",
        "the bibliography lists 3 sources; the school expects at least 4",
    ),
    (
        "REF103",
        "warning",
        "a web source in the bibliography has no access date: “https://”",
    ),
]


def _pack_findings(report: dict) -> list[tuple[str, str, str]]:
    findings = report["documents"][0]["findings"]
    return sorted((f["code"], f["severity"], f["message"]) for f in findings if f["code"][3] == "1")


def test_a_pack_on_the_command_line_adds_rules_without_python(school):
    code, report, stderr = run_json("essay.md", extra=("--rules-dir", "school-rules", "--select", "REF1,INT1"))
    assert stderr == ""
    assert code == 1  # REF101 is an error
    assert _pack_findings(report) == EXPECTED
    lines = {f["code"]: f["location"]["line"] for f in report["documents"][0]["findings"]}
    # A finding points at its paragraph's first line; REF102 (too few) at the first entry.
    assert lines == {"INT101": 18, "REF101": 31, "REF102": 27, "REF103": 31}


def test_a_pack_named_in_the_configuration(school):
    (school / "eecheck.toml").write_text('rules-dir = ["school-rules"]\nselect = ["REF101"]\n')
    code, report, _ = run_json("essay.md")
    assert [f["code"] for f in report["documents"][0]["findings"]] == ["REF101"]


def test_pack_rules_follow_the_profile_selection_and_can_be_tuned_off(school):
    # The profile selects every REF and INT rule, so the pack's rules run by default.
    code, report, _ = run_json("essay.md", extra=("--rules-dir", "school-rules", "--severity", "REF101=off"))
    assert [c for c, _, _ in _pack_findings(report)] == ["INT101", "REF102", "REF103"]


def test_rules_listing_and_show_include_the_pack(school):
    listing = run_cli("rules", "--rules-dir", "school-rules")
    assert listing.exit_code == 0
    assert "REF101  no-wikipedia" in listing.stdout
    shown = run_cli("rules", "--rules-dir", "school-rules", "show", "no-wikipedia")
    assert shown.exit_code == 0
    assert "Library guide: sources we do not accept" in shown.stdout


def test_validate_accepts_the_pack(school):
    result = run_cli("rules", "validate", "school-rules")
    assert result.exit_code == 0
    assert result.stdout == "school-rules: 4 rule(s) valid\n"


def _broken(change: dict, *, params: dict | None = None) -> dict:
    rule = {**NO_WIKIPEDIA, **change}
    if params is not None:
        rule["params"] = params
    return rule


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        (_broken({}, params={"pattern": "(wikipedia"}), "key 'params.pattern': bad regular expression (missing )"),
        (_broken({}, params={"pattern": "x*"}), "key 'params.pattern': the regular expression 'x*' matches empty text"),
        (_broken({}, params={"patterns": ["ok", "[a-"]}), "key 'params.patterns.1': bad regular expression"),
        (_broken({}, params={}), "key 'params.pattern': give exactly one of pattern"),
        (_broken({}, params={"pattern": "a", "tokens": [{"LOWER": "a"}]}), "give exactly one of pattern"),
        (_broken({}, params={"pattern": 5}), "key 'params.pattern': wrong type int"),
        (_broken({}, params={"tokens": [{"LOWRE": "video"}]}), "key 'params.tokens.0.LOWRE': unknown token attribute"),
        (_broken({}, params={"tokens": [{"POS": "NOUN"}]}), "key 'params.tokens.0.POS': POS needs a trained spaCy"),
        (_broken({}, params={"tokens": [{"LOWER": "a", "OP": "++"}]}), "key 'params.tokens.0.OP': '++' is not"),
        (
            _broken({}, params={"tokens": [{"LOWER": {"REGEX": "(a"}}]}),
            "key 'params.tokens.0.LOWER.REGEX': bad regular",
        ),
        (_broken({}, params={"tokens": [[{"LOWER": "a"}], []]}), "key 'params.tokens.1': a token pattern needs"),
        (_broken({}, params={"tokens": ["video"]}), "key 'params.tokens.0': a token must be a mapping"),
        (_broken({}, params={"tokens": [{"IS_PUNCT": "yes"}]}), "key 'params.tokens.0.IS_PUNCT': IS_PUNCT takes true"),
        (_broken({"message": "found {word}"}), "key 'message': unknown message field(s) word"),
        (_broken({"scope": "appendix"}), "key 'scope': 'appendix' is not one of"),
        (_broken({"kind": "existance"}), "key 'kind': unknown kind 'existance'"),
        (_broken({"id": "LEN001"}), "key 'id'/'name': LEN001 is already defined in"),
        (
            {**ENOUGH_SOURCES, "params": {"pattern": "a", "min": 5, "max": 2}},
            "key 'params.min': 5 is more than max 2",
        ),
        ({**ENOUGH_SOURCES, "params": {"pattern": "a"}}, "key 'params.min': give min, max or both"),
        (
            {**ACCESS_DATES, "params": {"if": "http", "then": "x", "then_scope": "appendix"}},
            "key 'params.then_scope': 'appendix' is not a scope",
        ),
        ({**ACCESS_DATES, "params": {"then": "x"}}, "key 'params.if': give exactly one of if"),
        ({**ACCESS_DATES, "params": {"if": "http", "then": {"date": "(("}}}, "key 'params.then.date': bad regular"),
    ],
)
def test_validate_rejects_a_broken_rule_naming_file_and_key(tmp_path, rule, expected):
    name = "referencing/REF101-no-wikipedia.yml"
    pack = write_pack(tmp_path / "pack", {name: rule})
    result = run_cli("rules", "validate", str(pack))
    assert result.exit_code == 1
    [line] = result.stderr.splitlines()
    assert line.startswith(f"eecheck: {pack / name}: ")
    assert expected in line


def test_a_broken_pack_stops_a_check_with_exit_2(school):
    write_pack(school / "school-rules", {"referencing/REF101-no-wikipedia.yml": _broken({}, params={"pattern": "("})})
    result = run_cli("essay.md", "--rules-dir", "school-rules")
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert "REF101-no-wikipedia.yml: key 'params.pattern': bad regular expression" in line


def test_token_patterns_load_spacy_only_when_their_rule_runs(school):
    probe = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from eecheck.check import build_engine
        from eecheck.config import Settings
        pack = (Path({str(school)!r}) / "school-rules",)
        engine = build_engine(Settings(rules_dirs=pack, select=("REF101",)))
        engine.check_path({str(school / "essay.md")!r})
        loaded_without = "spacy" in sys.modules
        engine = build_engine(Settings(rules_dirs=pack, select=("INT101",)))
        result = engine.check_path({str(school / "essay.md")!r})
        print(loaded_without, "spacy" in sys.modules, [f.code for f in result.findings])
        """
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True", "['INT101']"]
