"""Helpers for the structure rules' DOCX fixtures: small essays written part by part.

The ``tests/rules/STR*/build.py`` generators use these to write their ``.docx``
fixtures, with the run, paragraph, field and package helpers of
``tests/readers/docx_goldens/build.py`` (standard library only, fixed zip
times), so the committed files are reproducible byte for byte. Run a generator
from the repository root, e.g. ``python tests/rules/STR008/build.py``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

GOLDENS_BUILD = Path(__file__).resolve().parents[1] / "readers" / "docx_goldens" / "build.py"


def _load_goldens() -> ModuleType:
    spec = importlib.util.spec_from_file_location("docx_goldens_build", GOLDENS_BUILD)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("docx_goldens_build", module)
    spec.loader.exec_module(module)
    return module


gb = _load_goldens()
p, r, field, write_docx, PAGE_BREAK = gb.p, gb.r, gb.field, gb.write_docx, gb.PAGE_BREAK


def centred(text: str, *, bold: bool = False) -> str:
    """A title-page line: a centred plain paragraph."""
    return p(r(text, b=bold), jc="center")


def heading(text: str, level: int = 1) -> str:
    return p(r(text), style=f"Heading{level}")


def bold_line(text: str) -> str:
    """A heading typed as a bold paragraph of its own (no heading style)."""
    return p(r(text, b=True))


def plain(text: str) -> str:
    return p(r(text))


def page_break() -> str:
    return p(PAGE_BREAK)


def contents(entries: list[tuple[str, int]]) -> list[str]:
    """A typed contents page: a "Contents" heading, then one line per entry with a tab and the page."""
    return [heading("Contents")] + [p(r(text), gb.TAB, r(str(page))) for text, page in entries] + [page_break()]


def page_number_footer() -> str:
    """A footer holding Word's page number, as Insert › Page Number writes it (a complex PAGE field)."""
    return p(r("Page "), *field([" PAGE   \\* MERGEFORMAT "], [r("1")]), jc="center")


def write(name: str, body: list[str], out_dir: Path, **parts: str) -> Path:
    return write_docx(name, body, out_dir=out_dir, **parts)
