"""What a reader noticed but could not use reaches the user: a `note:` line and `warnings` in JSON."""

from __future__ import annotations

from tests.conftest import run_cli, run_json


def test_a_missing_bibliography_file_is_reported_not_fatal(tmp_path):
    essay = tmp_path / "essay.md"
    essay.write_text(
        "---\ntitle: Rice\nbibliography: refs.bib\n---\n\n# Introduction\n\nYields fell [@nguyen2018, p. 4].\n",
        encoding="utf-8",
    )
    note = "bibliography file refs.bib was not found (paths are relative to the essay's folder)"
    code, report, _ = run_json(str(essay), extra=("--select", "LEN001"))
    assert code == 0
    assert report["documents"][0]["status"] == "checked"
    assert report["documents"][0]["warnings"] == [note]
    text = run_cli(str(essay), "--select", "LEN001").stdout
    assert text.splitlines()[0] == f"{essay}: note: {note}"
