"""The text formatter: ``path:line: CODE severity message`` lines and a summary.

Modelled on ruff and flake8. A Markdown finding gives its line; a DOCX
finding gives ``¶N``, the paragraph's 1-based number in the main document;
a finding about the whole file gives the path alone.
"""

from __future__ import annotations

from eecheck.report import DocumentResult, Finding, Report


def where_prefix(result: DocumentResult, finding: Finding) -> str:
    """``path:LINE:``, ``path:¶N:`` or ``path:``: where a finding points."""
    loc = finding.location
    if loc.line is not None:
        return f"{result.path}:{loc.line}:"
    if loc.paragraph is not None:
        return f"{result.path}:¶{loc.paragraph + 1}:"
    return f"{result.path}:"


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _words_line(result: DocumentResult) -> str:
    words = (result.metrics or {}).get("words", {})
    parts = [f"{result.path}: IB word count {words.get('countable', 0):,} / {words.get('limit', 0):,}"]
    if words.get("declared") is not None:
        parts.append(f"declared {words['declared']:,}")
    if words.get("word_cached") is not None:
        # "LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2" -> "LibreOffice 7.4.7.2"
        app = (words.get("word_cached_application") or "the saving application").split("$")[0].replace("/", " ")
        parts.append(f"cached by {app}: {words['word_cached']:,}")
    if words.get("word_style_total") is not None:
        parts.append(f"Word-style total {words['word_style_total']:,}")
    return parts[0] + (" (" + "; ".join(parts[1:]) + ")" if len(parts) > 1 else "")


def render(report: Report) -> str:
    lines: list[str] = []
    for result in report.documents:
        if result.status == "error":
            continue  # the CLI has said so on stderr, in one line per file
        for warning in result.warnings:
            lines.append(f"{result.path}: note: {warning}")
        for finding in result.findings:
            lines.append(f"{where_prefix(result, finding)} {finding.code} {finding.severity} {finding.message}")
            if finding.hint:
                lines.append(f"    hint: {finding.hint}")
        lines.append(_words_line(result))
    summary = report.to_json()["summary"]
    tail = (
        f"{_plural(summary['checked'], 'file')} checked: {_plural(summary['errors'], 'error')}, "
        f"{_plural(summary['warnings'], 'warning')}, {summary['infos']:,} info"
    )
    if summary["unreadable"]:
        tail += f"; {_plural(summary['unreadable'], 'file')} could not be read"
    lines.append(tail + ".")
    return "\n".join(lines) + "\n"
