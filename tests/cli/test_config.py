"""Configuration: where it is found, how layers combine, and that every bad value exits 2 in one line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import REPO, run_cli, run_json

ESSAY = REPO / "tests" / "rules" / "STR003" / "fail.md"
"""A 93-word essay whose title is a question (STR003) and which has no contents page (STR004)."""


@pytest.fixture
def essay(tmp_path, monkeypatch) -> Path:
    """The essay in an empty folder, which is also the working directory."""
    folder = tmp_path / "school" / "candidate"
    folder.mkdir(parents=True)
    shutil.copy(ESSAY, folder / "essay.md")
    monkeypatch.chdir(folder)
    return folder / "essay.md"


def _findings(*args: str) -> dict[str, str]:
    code, report, stderr = run_json("essay.md", extra=args)
    assert stderr == ""
    return {f["code"]: f["severity"] for f in report["documents"][0]["findings"]}


def _error_line(*args: str) -> str:
    result = run_cli("essay.md", *args)
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def test_defaults_without_a_configuration(essay):
    assert _findings() == {"LEN002": "warning", "STR003": "warning", "STR004": "warning"}


def test_tool_eecheck_in_pyproject_toml(essay):
    (essay.parent / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.eecheck]\nselect = ["STR003"]\n')
    assert _findings() == {"STR003": "warning"}


def test_the_nearest_configuration_file_is_used(essay):
    school = essay.parent.parent
    (school / "pyproject.toml").write_text('[tool.eecheck]\nselect = ["STR003"]\n')
    assert _findings() == {"STR003": "warning"}
    # A pyproject.toml without [tool.eecheck] is passed over on the way up.
    (essay.parent / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert _findings() == {"STR003": "warning"}
    # An eecheck.toml nearer than the school's pyproject.toml wins.
    (essay.parent / "eecheck.toml").write_text('select = ["STR004"]\n')
    assert _findings() == {"STR004": "warning"}


def test_eecheck_toml_beats_pyproject_in_the_same_folder(essay):
    (essay.parent / "pyproject.toml").write_text('[tool.eecheck]\nselect = ["STR003"]\n')
    (essay.parent / "eecheck.toml").write_text('select = ["STR004"]\n')
    assert _findings() == {"STR004": "warning"}


def test_config_option_names_the_file_and_isolated_ignores_files(essay, tmp_path):
    (essay.parent / "eecheck.toml").write_text('select = ["STR004"]\n')
    other = tmp_path / "strict.toml"
    other.write_text('select = ["STR003"]\n[severity]\nSTR003 = "error"\n')
    assert _findings("--config", str(other)) == {"STR003": "error"}
    assert _findings("--isolated") == {"LEN002": "warning", "STR003": "warning", "STR004": "warning"}


def test_command_line_flags_override_the_file(essay):
    (essay.parent / "eecheck.toml").write_text(
        'select = ["STR"]\nignore = ["STR004"]\n[severity]\nSTR003 = "error"\nSTR004 = "info"\n'
    )
    assert _findings() == {"STR003": "error"}
    assert _findings("--severity", "STR003=info") == {"STR003": "info"}
    assert _findings("--select", "LEN002") == {"LEN002": "warning"}
    assert _findings("--extend-select", "LEN002") == {"LEN002": "warning", "STR003": "error"}
    # The command line's ignore replaces the file's, as select does.
    assert _findings("--ignore", "STR003") == {"STR004": "info"}
    assert _findings("--severity", "STR003=off") == {}


def test_severity_by_prefix_and_off(essay):
    (essay.parent / "eecheck.toml").write_text('[severity]\nSTR = "info"\nLEN002 = "off"\n')
    # STR009 (interdisciplinary title page) stays off, as the profile has it: a prefix
    # re-levels rules that are on and revives none.
    assert _findings() == {"STR003": "info", "STR004": "info"}
    assert _findings("--severity", "STR009=warning") == {"STR003": "info", "STR004": "info", "STR009": "warning"}


def test_a_tunable_param_changes_the_rule(essay):
    assert "LEN001" not in _findings()
    (essay.parent / "eecheck.toml").write_text('select = ["LEN001"]\n[params.LEN001]\nlimit = 50\n')
    code, report, _ = run_json("essay.md")
    [finding] = report["documents"][0]["findings"]
    assert code == 1
    assert finding["code"] == "LEN001"
    assert finding["message"].startswith("93 countable words: 43 over the 50-word limit;")
    # The command line overrides the file's value.
    assert _findings("--param", "LEN001.limit=100") == {}


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('colour = "red"\n', "key 'colour': unknown key (known: profile, subject, select, extend-select, ignore, "),
        ('select = ["XYZ123"]\n', "key 'select': XYZ123 matches no rule"),
        ('ignore = ["STR9"]\n', "key 'ignore': STR9 matches no rule"),
        ('extend-select = ["not a code"]\n', "key 'extend-select': 'NOT A CODE' is not a rule code or prefix"),
        ("select = 3\n", "key 'select': must be a list of rule codes or prefixes"),
        ('[severity]\nSTR003 = "fatal"\n', "key 'severity.STR003': 'fatal' is not one of error, warning, info, off"),
        ('[severity]\nSTR999 = "info"\n', "key 'severity': STR999 matches no rule"),
        ('severity = "error"\n', "key 'severity': must be a table of CODE = level"),
        ('[params.STR003]\npattern = "x"\n', "key 'params.STR003.pattern': not a tunable param of STR003"),
        ('[params.LEN001]\nlimit = "many"\n', "key 'params.LEN001.limit': wrong type str"),
        ("[params.LEN001]\nlimit = 3.5\n", "key 'params.LEN001.limit': wrong type float"),
        ("[params.LEN001]\nlimit = 0\n", "key 'params.LEN001.limit': must be a positive number of words"),
        ("[params.LEN999]\nlimit = 10\n", "key 'params.LEN999': no such rule"),
        ("[params]\nLEN001 = 5\n", "key 'params': must hold one table per rule"),
        ('profile = "ib-1999"\n', "key 'profile': unknown profile 'ib-1999' (known: ib-2018, ib-2027)"),
        ('subject = "Astrology"\n', "key 'subject': no subject overlay for 'Astrology' (known: biology, "),
        ('rules-dir = "nowhere"\n', "key 'rules-dir': "),
        ('select = ["STR003"\n', "not valid TOML (Unclosed array"),
    ],
)
@pytest.mark.parametrize("carrier", ["eecheck.toml", "pyproject.toml"])
def test_every_bad_configuration_exits_2_naming_file_and_key(essay, content, expected, carrier):
    path = essay.parent / carrier
    if carrier == "pyproject.toml":
        # Keys move under [tool.eecheck]; tables become [tool.eecheck.…].
        content = "[tool.eecheck]\n" + content.replace("[severity]", "[tool.eecheck.severity]").replace(
            "[params", "[tool.eecheck.params"
        )
    path.write_text(content)
    line = _error_line()
    assert line.startswith(f"eecheck: {path}: ")
    assert expected in line


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--severity", "STR003=fatal"), "command line: key 'severity.STR003': 'fatal' is not one of"),
        (("--severity", "STR003"), "command line: option '--severity': 'STR003' is not CODE=LEVEL"),
        (("--param", "LEN001.limit=many"), "command line: key 'params.LEN001.limit': wrong type str"),
        (("--param", "LEN001=3"), "command line: option '--param': 'LEN001=3' is not CODE.name=value"),
        (("--param", "STR003.pattern=x"), "command line: key 'params.STR003.pattern': not a tunable param"),
        (("--select", "XYZ999"), "command line: key 'select': XYZ999 matches no rule"),
        (("--profile", "ib-1999"), "command line: key 'profile': unknown profile 'ib-1999'"),
        (("--subject", "Astrology"), "command line: key 'subject': no subject overlay for 'Astrology'"),
        (("--rules-dir", "nowhere"), "command line: key 'rules-dir': "),
        (("--config", "nothere.toml"), "nothere.toml: no such configuration file"),
    ],
)
def test_bad_command_line_settings_exit_2_in_one_line(essay, args, expected):
    assert expected in _error_line(*args)


def test_a_broken_pyproject_that_is_not_ours_is_passed_over(essay):
    (essay.parent / "pyproject.toml").write_text("[tool.poetry]\nname = \n")
    assert _findings() == {"LEN002": "warning", "STR003": "warning", "STR004": "warning"}


def test_rules_dir_in_a_file_is_relative_to_that_file(essay):
    pack = essay.parent.parent / "pack"
    (pack / "referencing").mkdir(parents=True)
    (essay.parent.parent / "eecheck.toml").write_text('rules-dir = "pack"\nselect = ["STR003"]\n')
    assert _findings() == {"STR003": "warning"}
