"""Kind ``file_size``: the essay file is larger than the upload limit (FMT001).

Reads ``Document.file_size``, the size on disk that ``read_document`` records.
Sizes are shown in binary units, as Windows Explorer shows them (1 MB =
1,048,576 bytes), with the exact byte count beside them, because macOS Finder
counts decimal megabytes: the candidate can compare either way.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from eecheck.kinds.base import CheckContext, Hit, HitLocation, Kind

_UNITS = ((1024**3, "GB"), (1024**2, "MB"), (1024, "KB"))


def human_size(n: int) -> str:
    """``12.3 MB``, ``980.0 KB``, ``512 bytes``: binary units, one decimal."""
    for factor, unit in _UNITS:
        if n >= factor:
            return f"{n / factor:.1f} {unit}"
    return "1 byte" if n == 1 else f"{n:,} bytes"


def check(context: CheckContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    size = context.document.file_size
    limit = int(params["max_bytes"])
    if size is None or size <= limit:
        return
    yield Hit(
        fields={
            "size": human_size(size),
            "size_bytes": size,
            "limit": human_size(limit),
            "limit_bytes": limit,
            "over": human_size(size - limit),
        },
        location=HitLocation(),
    )


def _validate(params: Mapping[str, Any]) -> str | None:
    if int(params["max_bytes"]) <= 0:
        return "max_bytes: must be a positive number of bytes"
    return None


KIND = Kind(
    name="file_size",
    fields=frozenset({"size", "size_bytes", "limit", "limit_bytes", "over"}),
    cases=frozenset(),
    params={"max_bytes": int},
    check=check,
    validate=_validate,
    scopes=frozenset({"document"}),
)
