"""Formatters: ``render(report) -> str`` functions keyed by format name.

Formatters never check; checks never print.
"""

from __future__ import annotations

from collections.abc import Callable

from eecheck.formatters import json_format, text
from eecheck.report import Report

FORMATTERS: dict[str, Callable[[Report], str]] = {
    "text": text.render,
    "json": json_format.render,
}
