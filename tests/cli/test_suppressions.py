"""Suppressions written in the essay: a Markdown HTML comment or a Word comment ``eecheck: ignore CODE``.

A directive silences its codes, or code prefixes, for the whole document; one
that silences nothing is reported by FMT004 (info), like an unused ``noqa``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import REPO, run_json
from tests.rules.essay_docx import centred, gb, heading, p, page_break, plain, r, write

QUESTION_TITLE = (REPO / "tests" / "rules" / "STR003" / "fail.md").read_text("utf-8")
"""An essay with a question for a title (STR003), no contents page (STR004), and a
declared count that is 5 words off (LEN002)."""
SELECT = ("--select", "STR003,STR004,LEN002,FMT004")


def _check(path: Path) -> tuple[list[tuple[str, int | None, str]], int]:
    code, report, stderr = run_json(str(path), extra=SELECT)
    assert stderr == ""
    [document] = report["documents"]
    findings = [(f["code"], f["location"]["line"], f["message"]) for f in document["findings"]]
    return findings, document["suppressed"]


def _essay(tmp_path: Path, directive: str) -> Path:
    path = tmp_path / "essay.md"
    # The directive sits in the introduction, as a candidate would put it.
    path.write_text(QUESTION_TITLE.replace("# Introduction\n", f"# Introduction\n\n{directive}\n"), "utf-8")
    return path


def test_without_directives_three_rules_fire(tmp_path):
    findings, suppressed = _check(_essay(tmp_path, ""))
    assert [code for code, _, _ in findings] == ["LEN002", "STR003", "STR004"]
    assert suppressed == 0


@pytest.mark.parametrize(
    ("directive", "left", "suppressed"),
    [
        ("<!-- eecheck: ignore STR004 -->", ["LEN002", "STR003"], 1),
        ("<!-- eecheck: ignore STR003, STR004 -->", ["LEN002"], 2),
        ("<!-- eecheck: ignore STR003 STR004 -->", ["LEN002"], 2),
        ("<!--eecheck:ignore str004-->", ["LEN002", "STR003"], 1),
        # Prefixes: a category, or part of a code.
        ("<!-- eecheck: ignore STR -->", ["LEN002"], 2),
        ("<!-- eecheck: ignore LEN -->", ["STR003", "STR004"], 1),
        ("<!-- eecheck: ignore STR00 -->", ["LEN002"], 2),
        # Not directives: other text in the comment, or no comment at all.
        ("<!-- eecheck: ignore STR004 because the school says so -->", ["LEN002", "STR003", "STR004"], 0),
        ("eecheck: ignore STR004", ["LEN002", "STR003", "STR004"], 0),
    ],
)
def test_markdown_directives_silence_codes_and_prefixes(tmp_path, directive, left, suppressed):
    findings, count = _check(_essay(tmp_path, directive))
    assert [code for code, _, _ in findings] == left
    assert count == suppressed


def test_an_unused_markdown_directive_is_reported_at_its_line(tmp_path):
    path = _essay(tmp_path, "<!-- eecheck: ignore STR004 -->\n\n<!-- eecheck: ignore INT002 -->")
    findings, suppressed = _check(path)
    assert findings == [
        ("LEN002", 1, "the title page declares 98 words, but eecheck counts 93 (-5, -5.4%)"),
        ("STR003", 1, "the title is phrased as a question: “To What Extent Did Ideology Cause the Sino-Soviet Split?”"),
        (
            "FMT004",
            15,
            "the directive “<!-- eecheck: ignore INT002 -->” suppresses nothing: no INT002 finding in this essay",
        ),
    ]
    assert suppressed == 1


def test_a_directive_inside_a_code_block_is_not_a_directive(tmp_path):
    findings, suppressed = _check(_essay(tmp_path, "```\n<!-- eecheck: ignore STR004 -->\n```"))
    assert [code for code, _, _ in findings] == ["LEN002", "STR003", "STR004"]
    assert suppressed == 0


# --- DOCX: a Word comment whose whole text is the directive ------------------------------------


def _docx(tmp_path: Path, comments: list[str]) -> Path:
    """The same kind of essay in Word, each comment anchored on a paragraph of the introduction."""
    anchored = [
        p(gb.comment_anchor(i, r(f"Paragraph {i + 1} of the introduction, on the treaty of 1950.")))
        for i in range(len(comments))
    ]
    body = [
        p(r("To What Extent Did Ideology Cause the Sino-Soviet Split?"), style="Title"),
        centred("Research question: To what extent did ideological differences cause the Sino-Soviet split?"),
        centred("Subject: History"),
        centred("Word count: 40"),
        page_break(),
        heading("Introduction"),
        plain("In 1950 Mao and Stalin signed a treaty; by 1963 the two parties denounced each other."),
        *anchored,
        heading("Conclusion"),
        plain("Ideology supplied the language of the quarrel."),
        heading("Bibliography"),
        plain("Chen, J. (2001). Mao’s China and the Cold War. Chapel Hill: University of North Carolina Press."),
    ]
    notes = [gb.comment(i, "Ms Harper", "MH", text) for i, text in enumerate(comments)]
    return write("essay", body, tmp_path, comments=notes)


def _docx_findings(path: Path) -> tuple[list[tuple[str, str | None, str]], int]:
    # LEN002 is left out: the Word essay's count changes with the number of comments.
    code, report, stderr = run_json(str(path), extra=("--select", "STR003,STR004,FMT004"))
    assert stderr == ""
    [document] = report["documents"]
    return [(f["code"], f["location"]["source_part"], f["message"]) for f in document["findings"]], document[
        "suppressed"
    ]


def test_a_word_comment_directive_silences_findings(tmp_path):
    findings, suppressed = _docx_findings(_docx(tmp_path, []))
    assert [code for code, _, _ in findings] == ["STR003", "STR004"]
    assert suppressed == 0
    findings, suppressed = _docx_findings(_docx(tmp_path, ["eecheck: ignore STR003"]))
    assert [code for code, _, _ in findings] == ["STR004"]
    assert suppressed == 1


def test_a_word_comment_prefix_and_an_unused_comment(tmp_path):
    path = _docx(tmp_path, ["eecheck: ignore STR", "eecheck: ignore LEN002", "Cite the archive for this."])
    findings, suppressed = _docx_findings(path)
    assert findings == [
        (
            "FMT004",
            "word/comments.xml",
            "the directive “eecheck: ignore LEN002” suppresses nothing: no LEN002 finding in this essay",
        )
    ]
    assert suppressed == 2
