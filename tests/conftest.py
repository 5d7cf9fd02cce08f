"""Shared test helpers: paths, the CLI runner, and report validation.

Every test that produces a report validates it against the published schema
through ``run_json``.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from eecheck.cli import main
from eecheck.report import report_schema

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "fixtures"
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "000_e692faadee5ae7b9.txt"
CONFORMANCE = SHARED / "conformance" / "pandoc-docx"


def validate_report(data: dict) -> None:
    jsonschema.Draft202012Validator(report_schema()).validate(data)


def run_cli(*args: str):
    runner = CliRunner()
    return runner.invoke(main, list(args), catch_exceptions=False)


def run_json(*paths: str, extra: tuple[str, ...] = ()) -> tuple[int, dict, str]:
    """Run ``eecheck --format json PATH...``; return exit code, validated report, stderr."""
    result = run_cli(*paths, "--format", "json", *extra)
    data = json.loads(result.stdout)
    validate_report(data)
    return result.exit_code, data, result.stderr


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES
