"""Readers: the only format-aware code. ``read_document`` picks one by sniffing.

The file's first bytes decide, not only its name: a legacy Word file renamed
to ``.docx`` must get the right advice, not a zip error.
"""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from lxml.etree import XMLSyntaxError

from eecheck.errors import InputError
from eecheck.model import Document

DOCX_SUFFIXES = (".docx",)
MARKDOWN_SUFFIXES = (".md", ".markdown")
SUPPORTED_SUFFIXES = DOCX_SUFFIXES + MARKDOWN_SUFFIXES

MAX_MARKDOWN_BYTES = 2 * 1024 * 1024
"""Largest Markdown essay eecheck reads: a 4,000-word essay is about 30 KB of text."""
MAX_INPUT_BYTES = 50 * 1024 * 1024
"""Largest file eecheck reads at all (the IB's own upload limit is 10 MB: see FMT001)."""

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _sniff_ole(head: bytes, path: Path) -> InputError:
    # Stream names are stored UTF-16LE in the OLE directory.
    data = path.read_bytes()[:2_000_000]
    if "EncryptionInfo".encode("utf-16-le") in data or "EncryptedPackage".encode("utf-16-le") in data:
        return InputError(
            "encrypted",
            "the file is password-protected",
            "remove the password in Word (File › Info › Protect Document) and save again",
        )
    return InputError(
        "legacy-doc",
        "this is a legacy Word 97–2003 .doc file",
        "open it in Word or LibreOffice and save as .docx",
    )


def read_document(path: str | os.PathLike[str]) -> Document:
    """Read a DOCX or Markdown essay; raise InputError for anything unreadable."""
    path = Path(path)
    if not path.exists():
        raise InputError("not-found", "no such file", "check the path")
    if path.is_dir():
        raise InputError(
            "is-directory",
            "this is a folder, not an essay file",
            "pass the essay files, or the folder alone to check every essay in it",
        )
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except PermissionError as exc:
        raise InputError(
            "permission-denied", "permission denied", "make the file readable, or copy it somewhere you can read it"
        ) from exc
    suffix = path.suffix.lower()
    size = path.stat().st_size
    if size > MAX_INPUT_BYTES:
        raise InputError(
            "too-large",
            f"the file is {size / (1024 * 1024):,.0f} MB; eecheck reads files up to"
            f" {MAX_INPUT_BYTES // (1024 * 1024)} MB (the IB's upload limit is 10 MB)",
            "compress or remove large images (Word: File › Compress Pictures) and save again",
        )
    if not head:
        raise InputError("empty", "the file is empty", "check that it was saved or downloaded completely")
    if head.startswith(_OLE_MAGIC):
        raise _sniff_ole(head, path)
    if head.startswith(b"{\\rtf"):
        raise InputError("rtf", "this is an RTF file", "open it in Word or LibreOffice and save as .docx")
    if suffix in DOCX_SUFFIXES or (head.startswith(b"PK") and suffix not in MARKDOWN_SUFFIXES):
        if not head.startswith(b"PK"):
            raise InputError(
                "not-docx",
                "it is not a Word .docx package (it is not a zip archive)",
                "open it in Word or LibreOffice and save as .docx",
            )
        if suffix not in DOCX_SUFFIXES:
            raise _unsupported(path)
        from eecheck.readers.docx import read_docx
        from eecheck.readers.package import check_docx_package

        check_docx_package(path)
        try:
            document = read_docx(path)
        except XMLSyntaxError as exc:  # python-docx parses some parts before eecheck's own walker does
            raise InputError(
                "corrupt-xml",
                f"a part of the Word package is not well-formed XML ({exc.msg})",
                "open it in Word or LibreOffice and save it again as .docx",
            ) from exc
        return replace(document, file_size=path.stat().st_size)
    if suffix in MARKDOWN_SUFFIXES:
        from eecheck.readers.markdown import read_markdown

        if size > MAX_MARKDOWN_BYTES:
            raise InputError(
                "too-large",
                f"the Markdown file is {size / (1024 * 1024):,.1f} MB; eecheck reads Markdown essays up to"
                f" {MAX_MARKDOWN_BYTES // (1024 * 1024)} MB (a 4,000-word essay is about 30 KB)",
                "check that this is the essay, not an export with embedded images or data",
            )

        return replace(read_markdown(path), file_size=path.stat().st_size)
    raise _unsupported(path)


def _unsupported(path: Path) -> InputError:
    shown = path.suffix or "(none)"
    return InputError(
        "unsupported-extension",
        f"eecheck does not read {shown} files",
        "save the essay as " + ", ".join(SUPPORTED_SUFFIXES),
    )
