"""rules/ lives outside src/ but ships inside the wheel; an installed eecheck finds it."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile

import pytest

from eecheck.rules import load_catalogue
from tests.conftest import FIXTURES, REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    pytest.importorskip("hatchling", reason="the test extra installs hatchling to build the wheel offline")
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(REPO)],
        check=True,
        capture_output=True,
    )
    [built] = out.glob("eecheck-*.whl")
    return built


def test_wheel_carries_rules_and_schemas(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "eecheck/rules/length/LEN001-word-limit.yml" in names
    assert "eecheck/rules/length/LEN002-declared-word-count.yml" in names
    assert "eecheck/rules/_sources.yml" in names
    assert "eecheck/schemas/report.schema.json" in names
    assert "eecheck/schemas/rule.schema.json" in names


def test_installed_eecheck_finds_its_rules_from_another_directory(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target)}
    probe = (
        "import eecheck.rules as r, json, sys; d = r.default_rules_dir(); c = r.load_catalogue(); "
        "print(json.dumps({'dir': str(d), 'ids': [x.id for x in c.rules], "
        "'profiles': sorted(c.profiles), 'subjects': sorted(c.subjects)}))"
    )
    found = subprocess.run(
        [sys.executable, "-c", probe], cwd=elsewhere, env=env, capture_output=True, text=True, check=True
    )
    import json

    data = json.loads(found.stdout)
    assert data["dir"].startswith(str(target))
    source = load_catalogue(builtin=REPO / "rules")
    assert data["ids"] == [rule.id for rule in source.rules]
    assert data["profiles"] == sorted(source.profiles) and "ib-2027" in data["profiles"]
    assert data["subjects"] == sorted(source.subjects) and "history" in data["subjects"]
    run = subprocess.run(
        [sys.executable, "-m", "eecheck.cli", str(FIXTURES / "sino_soviet_essay.md"), "--format", "json"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 1, run.stderr
    assert json.loads(run.stdout)["documents"][0]["metrics"]["words"]["countable"] == 4403
