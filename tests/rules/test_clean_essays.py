"""False alarms cost trust: realistic, well-formed essays raise no structure or integrity error.

The essays are the six word-count essays (Chicago notes, MLA, APA, Harvard, manual headings, typed
notes), each read from Markdown and from DOCX, and the seed fixture in both formats. They are run with
the default rule selection of each guide profile, exactly as a candidate would run eecheck.
"""

from __future__ import annotations

from datetime import date

import pytest

from eecheck.check import build_engine
from eecheck.config import Settings
from tests.conftest import FIXTURES, REPO

ESSAYS = sorted((REPO / "tests" / "wordcount" / "essays").glob("*.md")) + sorted(
    (REPO / "tests" / "wordcount" / "essays").glob("*.docx")
)
ESSAYS += [FIXTURES / "sino_soviet_essay.md", FIXTURES / "sino_soviet_essay.docx"]
PROFILES = ["ib-2027", "ib-2018"]


@pytest.mark.parametrize("profile", PROFILES)
@pytest.mark.parametrize("essay", ESSAYS, ids=[f"{e.parent.name}/{e.name}" for e in ESSAYS])
def test_no_structure_or_integrity_error_on_clean_essays(essay, profile):
    engine = build_engine(Settings(profile=profile, as_of=date(2026, 11, 26)))
    result = engine.check_path(essay)
    assert result.status == "checked"
    errors = [
        f"{f.code} {f.message}" for f in result.findings if f.severity == "error" and f.code[:3] in ("STR", "INT")
    ]
    assert errors == []
