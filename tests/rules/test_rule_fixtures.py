"""Every rule against its own fixture folder, with only that rule enabled."""

from __future__ import annotations

import jsonschema
import pytest

from eecheck.report import Report, report_schema
from tests.rules.harness import documents, expected, rule_folders, run

CASES = [(folder, doc) for folder in rule_folders() for doc in documents(folder)]


@pytest.mark.parametrize(("folder", "document"), CASES, ids=[f"{f.name}/{d.name}" for f, d in CASES])
def test_rule_fixture(folder, document):
    result, lines = run(folder, document)
    jsonschema.validate(Report(documents=(result,)).to_json(), report_schema())
    assert lines == expected(folder)["findings"][document.name]
    fired = [line for line in lines if f" {folder.name} " in line]
    if document.name.startswith("fail"):
        assert fired, f"{document.name} must fire {folder.name}"
    else:
        assert not fired, f"{document.name} is a near miss and must not fire {folder.name}"
