"""Parsing ``eecheck: ignore CODE[, CODE…]`` directives written inside an essay.

Readers find the carriers (Markdown HTML comments, DOCX comments); this module
owns the directive's grammar, so both formats accept exactly the same text.
"""

from __future__ import annotations

import re

# A code (STR004) or a prefix (STR, STR00); separated by commas or spaces.
_CODE = r"[A-Z]{3}\d{0,3}"
_DIRECTIVE = re.compile(rf"^\s*eecheck\s*:\s*ignore\s+({_CODE}(?:\s*[,\s]\s*{_CODE})*)\s*$", re.IGNORECASE)
MARKDOWN_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)


def parse_directive(text: str) -> tuple[str, ...] | None:
    """The codes an ``eecheck: ignore …`` text names, or None if it is not one."""
    match = _DIRECTIVE.match(text.replace("\u00a0", " "))
    if match is None:
        return None
    return tuple(code.upper() for code in re.split(r"[,\s]+", match.group(1)) if code)
