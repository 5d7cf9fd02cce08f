"""Property: whatever the bytes, eecheck gives a report or a typed input error, never another exception.

Markdown is fuzzed with arbitrary text and bytes; DOCX with mutated copies of real Word files
(bytes flipped in the zip, members dropped or duplicated, XML truncated, DOCTYPEs injected, text
replaced with arbitrary Unicode). Each document is read *and* checked with every default rule, so
the kinds are fuzzed too.

The default test run tries a few dozen examples of each; the 10,000-example run is marked
``fuzz`` and runs on its own: ``pytest -m fuzz`` (see the README's reliability section).
"""

from __future__ import annotations

import io
import os
import tempfile
import warnings
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eecheck.check import build_engine
from eecheck.config import Settings
from eecheck.errors import InputError
from eecheck.readers.markdown import read_markdown_text
from tests.conftest import FIXTURES, REPO

ENGINE = build_engine(Settings())
BASES = [
    REPO / "tests" / "readers" / "docx_goldens" / name
    for name in ("notes.docx", "tracked_changes.docx", "fields.docx", "headers_comments_metadata.docx")
] + [FIXTURES / "sino_soviet_essay.docx", REPO / "tests" / "wordcount" / "essays" / "typed_notes.docx"]
FAST = settings(max_examples=int(os.environ.get("EECHECK_FUZZ_EXAMPLES", "30")), deadline=None,
                suppress_health_check=[HealthCheck.too_slow])  # fmt: skip
LONG = settings(max_examples=10_000, deadline=None, suppress_health_check=list(HealthCheck))


def _check_bytes(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / f"essay{suffix}"
        path.write_bytes(data)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # zipfile warns about duplicate member names
            result = ENGINE.check_path(path)  # raises only on a bug: InputError becomes a result
        assert result.status in ("checked", "error")
        if result.status == "error":
            assert result.error and result.error["kind"] and " — " not in result.error["message"]


def _members(path: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(path) as archive:
        return [(i.filename, archive.read(i.filename)) for i in archive.infolist()]


def _zip(members: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, body in members:
                archive.writestr(name, body)
    return out.getvalue()


@st.composite
def mutated_docx(draw) -> bytes:
    base = draw(st.sampled_from(BASES))
    members = _members(base)
    operation = draw(st.sampled_from(["flip", "drop", "duplicate", "truncate", "doctype", "garble", "text"]))
    if operation == "flip":
        data = bytearray(base.read_bytes())
        for _ in range(draw(st.integers(1, 8))):
            data[draw(st.integers(0, len(data) - 1))] ^= draw(st.integers(1, 255))
        return bytes(data)
    index = draw(st.integers(0, len(members) - 1))
    name, body = members[index]
    if operation == "drop":
        del members[index]
    elif operation == "duplicate":
        members.insert(draw(st.integers(0, len(members))), (name, body))
    elif operation == "truncate":
        members[index] = (name, body[: draw(st.integers(0, len(body)))])
    elif operation == "doctype":
        entity = draw(st.sampled_from(['<!ENTITY x "y">', '<!ENTITY x SYSTEM "file:///etc/passwd">', ""]))
        end = body.find(b"?>") + 2 if body.startswith(b"<?xml") else 0
        members[index] = (name, body[:end] + f"<!DOCTYPE r [{entity}]>".encode() + body[end:])
    elif operation == "garble":
        data = bytearray(body)
        for _ in range(draw(st.integers(1, 6))):
            if data:
                data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
        members[index] = (name, bytes(data))
    else:  # arbitrary Unicode where the text was
        text = draw(st.text(max_size=200)).encode("utf-8", "surrogatepass")
        members[index] = (name, body.replace(b"<w:t>", b"<w:t>" + text.replace(b"<", b"&lt;"), 1))
    return _zip(members)


def _markdown_text_property(text: str) -> None:
    try:
        document = read_markdown_text(text)
    except InputError:
        return
    ENGINE.check_model(document)


@FAST
@given(st.text())
def test_markdown_reader_on_arbitrary_text(text):
    _markdown_text_property(text)


@FAST
@given(st.binary(max_size=2000))
def test_markdown_reader_on_arbitrary_bytes(data):
    _check_bytes(data, ".md")


@FAST
@given(mutated_docx())
def test_docx_reader_on_mutated_real_files(data):
    _check_bytes(data, ".docx")


@pytest.mark.fuzz
@LONG
@given(st.text())
def test_fuzz_markdown_text_long(text):
    _markdown_text_property(text)


@pytest.mark.fuzz
@LONG
@given(st.binary(max_size=4000))
def test_fuzz_markdown_bytes_long(data):
    _check_bytes(data, ".md")


@pytest.mark.fuzz
@LONG
@given(mutated_docx())
def test_fuzz_docx_long(data):
    _check_bytes(data, ".docx")
