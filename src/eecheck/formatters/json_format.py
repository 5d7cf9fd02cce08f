"""The JSON formatter: the report contract, pretty-printed."""

from __future__ import annotations

import json

from eecheck.report import Report


def render(report: Report) -> str:
    return json.dumps(report.to_json(), indent=2, ensure_ascii=False) + "\n"
