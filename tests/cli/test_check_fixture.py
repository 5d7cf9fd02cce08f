"""The seed essay end to end: the exact count, both rules firing, from both readers."""

from __future__ import annotations

import pytest

from tests.conftest import FIXTURES, run_cli, run_json

ESSAYS = [FIXTURES / "sino_soviet_essay.docx", FIXTURES / "sino_soviet_essay.md"]

# Independently counted by fixtures/build_sino_soviet.py from the seed text:
# the seed's 4,406 words, minus the stray "81", minus four tokens with no
# letter or digit ("[…]" twice, "’’." and "."), plus the added headings
# "Introduction" and "Conclusion".
EXPECTED_COUNT = 4403
EXPECTED_BY_PART = {"introduction": 416, "body": 3121, "conclusion": 866}


@pytest.mark.parametrize("essay", ESSAYS, ids=lambda p: p.suffix)
def test_fixture_json_report(essay):
    code, report, stderr = run_json(str(essay))
    assert code == 1
    assert stderr == ""
    [document] = report["documents"]
    assert document["status"] == "checked"
    assert document["format"] == ("docx" if essay.suffix == ".docx" else "markdown")
    words = document["metrics"]["words"]
    assert words["countable"] == EXPECTED_COUNT
    assert words["by_part"] == EXPECTED_BY_PART
    assert words["declared"] == 3998
    assert words["limit"] == 4000
    assert document["metrics"]["footnotes"] == 28
    assert document["metrics"]["citations"] == 28
    assert document["metrics"]["bibliography_entries"] == 11
    assert words["excluded"]["bibliography"]["words"] == 172
    assert words["excluded"]["contents"]["words"] == 20
    assert words["excluded"]["reference-notes"]["words"] == 254
    assert words["cutoff"]["part"] == "conclusion"
    assert words["cutoff"]["word"] == "coexistence"
    assert words["cutoff"]["excerpt"] == "Chinese side on his peaceful [coexistence] policy at the Romanian party"
    # A well-formed submission otherwise: title page, contents, every required part in order, the
    # question restated, page numbers and 1.5 spacing in the DOCX; only the two length rules fire.
    assert [(f["code"], f["rule"], f["severity"]) for f in document["findings"]] == [
        ("LEN002", "declared-word-count", "warning"),
        ("LEN001", "word-limit", "error"),
    ]
    len002, len001 = document["findings"]
    assert len001["message"] == (
        "4,403 countable words: 403 over the 4,000-word limit; examiners stop reading at word 4,000, "
        "in the conclusion: “Chinese side on his peaceful [coexistence] policy at the Romanian party”"
    )
    assert len002["message"] == "the title page declares 3,998 words, but eecheck counts 4,403 (+405, 9.2%)"
    assert len001["location"]["part"] == "conclusion"
    assert report["summary"] == {
        "documents": 1,
        "checked": 1,
        "errors": 1,
        "warnings": 1,
        "infos": 0,
        "unreadable": 0,
    }


def test_docx_title_page_excluded_and_no_cached_count_invented():
    _, report, _ = run_json(str(ESSAYS[0]))
    words = report["documents"][0]["metrics"]["words"]
    assert words["excluded"]["title-page"]["words"] == 36
    # The generator drops the statistics pandoc copies from its reference.docx (83 words):
    # with no <Words> in docProps/app.xml there is no cached count to report.
    assert words["word_cached"] is None


def test_fixture_text_output_is_ruff_like():
    result = run_cli(str(ESSAYS[1]))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{ESSAYS[1]}: LEN002 warning the title page declares 3,998 words")
    assert any(line.startswith(f"{ESSAYS[1]}:83: LEN001 error 4,403 countable words") for line in lines)
    assert lines[-1] == "1 file checked: 1 error, 1 warning, 0 info."


def test_both_readers_agree_on_the_fixture():
    _, report, _ = run_json(*(str(e) for e in ESSAYS))
    docx, md = report["documents"]
    assert docx["metrics"]["words"]["by_part"] == md["metrics"]["words"]["by_part"]
    assert [s["name"] for s in docx["sections"] if s["name"] != "title-page"] == [s["name"] for s in md["sections"]]
