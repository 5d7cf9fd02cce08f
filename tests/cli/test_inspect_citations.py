"""``eecheck inspect`` shows the citation data the readers found: field citations and source records."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli

READERS = Path(__file__).resolve().parents[1] / "readers"


def inspect(path: Path) -> dict:
    result = run_cli("inspect", str(path))
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_inspect_shows_word_citations_and_sources() -> None:
    data = inspect(READERS / "docx_goldens" / "citations_word.docx")
    assert [r["key"] for r in data["source_records"]] == ["Lut08", "Wil63", "Fri10", "Rad09"]
    first = data["field_citations"][0]
    assert first == {
        "source": "word",
        "items": [
            {"key": "Lut08", "record": data["source_records"][0], "locator": "45"},
            {"key": "Fri10", "record": data["source_records"][2], "locator": "250"},
        ],
        "text": "(Lüthi, 2008, p. 45; Friedman, 2010, p. 250)",
        "block": 1,
        "note_id": None,
        "location": {"part": "word/document.xml", "index": 1, "line": None},
        "offset": 63,
    }
    assert data["warnings"] == []


def test_inspect_shows_pandoc_keys_and_bibliography_warnings() -> None:
    data = inspect(READERS / "citations" / "essay.md")
    assert len(data["source_records"]) == 9
    assert [(c["source"], c["text"]) for c in data["field_citations"]][:2] == [
        ("pandoc", "[@luthi2008, pp. 12-15; see also @chen2001, chap. 3]"),
        ("pandoc", "@radchenko2009 [p. 7]"),
    ]
    missing = [i for c in data["field_citations"] for i in c["items"] if i["record"] is None]
    assert missing == [{"key": "khrushchev1970", "record": None, "locator": None}]
    assert data["warnings"] == ["bibliography file sources.bib: the entry broken2020 could not be read"]
