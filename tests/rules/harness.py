"""The per-rule fixture harness: run one rule over its fixture folder.

Each ``tests/rules/<ID>/`` holds documents named ``fail*`` (must fire the
rule) and ``pass*`` (near misses that must not), and ``expected.json``:

    {"settings": {"as_of": "2026-11-26", "params": {"LEN001": {"limit": 120}}},
     "findings": {"fail.md": ["fail.md:12: LEN001 error …"], "pass.md": []}}

Findings are written exactly as the text formatter prints them, with the file
name alone as the path. ``settings`` may give ``profile``, ``subject``,
``select`` (default: only this rule), ``extend_select``, ``severity``,
``params`` and ``as_of``. ``*.build.py`` or ``build.py`` beside the documents
generates any DOCX among them.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from eecheck.check import build_engine
from eecheck.config import Settings
from eecheck.formatters.text import where_prefix
from eecheck.report import DocumentResult

HERE = Path(__file__).parent
DOCUMENT_SUFFIXES = (".md", ".docx")


def rule_folders() -> list[Path]:
    return sorted(p for p in HERE.iterdir() if p.is_dir() and p.name[:3].isupper() and p.name[3:].isdigit())


def documents(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in DOCUMENT_SUFFIXES and p.name.startswith(("fail", "pass")))


def expected(folder: Path) -> dict[str, Any]:
    path = folder / "expected.json"
    return json.loads(path.read_text("utf-8")) if path.exists() else {"findings": {}}


def settings_for(folder: Path) -> Settings:
    raw = dict(expected(folder).get("settings", {}))
    code = folder.name
    return Settings(
        profile=raw.get("profile", "ib-2027"),
        subject=raw.get("subject"),
        select=tuple(raw.get("select", [code])),
        extend_select=tuple(raw.get("extend_select", ())),
        ignore=tuple(raw.get("ignore", ())),
        severity=raw.get("severity", {}),
        params=raw.get("params", {}),
        as_of=date.fromisoformat(raw["as_of"]) if "as_of" in raw else date(2026, 11, 26),
    )


def run(folder: Path, document: Path) -> tuple[DocumentResult, list[str]]:
    """Check one fixture document; its findings as text-formatter lines."""
    engine = build_engine(settings_for(folder))
    result = engine.check_path(document)
    assert result.status == "checked", result.error
    named = DocumentResult(**{**_fields(result), "path": document.name})
    return result, [f"{where_prefix(named, f)} {f.code} {f.severity} {f.message}" for f in named.findings]


def _fields(result: DocumentResult) -> dict[str, Any]:
    return {name: getattr(result, name) for name in result.__dataclass_fields__}
