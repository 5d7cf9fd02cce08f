"""Bounds: the largest input eecheck accepts is read and checked within 500 MB of memory.

The worst case that passes the package limits (``readers/package.py``) is built here: a DOCX
whose footnotes part is just under the one-part limit (notes are the costliest text: every note
is classified, parsed for citations and resolved) and whose body fills the rest of the XML
limit, all of it prose that every rule must read. It runs in a child process so its peak RSS can be
measured. Time is printed, not asserted (speed targets live in the benchmark script); a hang
guard stops the run after two minutes.
"""

from __future__ import annotations

import random
import resource
import subprocess
import sys
import time
import zipfile
from pathlib import Path

from eecheck.readers import MAX_MARKDOWN_BYTES
from eecheck.readers.package import MAX_PART_BYTES, MAX_XML_BYTES
from tests.conftest import REPO

NOTES_BYTES = MAX_PART_BYTES - 100_000
BODY_BYTES = MAX_XML_BYTES - NOTES_BYTES - 200_000

BASE = REPO / "tests" / "readers" / "docx_goldens" / "notes.docx"
WORDS = (
    "the split between Moscow and Beijing widened after 1960 as ideology national interest and the "
    "personal rivalry of Mao and Khrushchev diverged (Lüthi, 2008, p. 45) while “peaceful coexistence” "
    "became a charge rather than a policy"
).split()


def _paragraphs(target_bytes: int, rng: random.Random) -> bytes:
    parts: list[bytes] = []
    size = 0
    while size < target_bytes:
        text = " ".join(rng.choice(WORDS) for _ in range(80))
        chunk = f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'.encode()
        parts.append(chunk)
        size += len(chunk)
    return b"".join(parts)


def build_worst_case(path: Path) -> None:
    rng = random.Random(2026)
    with zipfile.ZipFile(BASE) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "word/document.xml":
                body = body.replace(b"<w:body>", b"<w:body>" + _paragraphs(BODY_BYTES - len(body), rng), 1)
            elif info.filename == "word/footnotes.xml":
                notes: list[bytes] = []
                size, note_id = 0, 1000
                while size < NOTES_BYTES - len(body):
                    note_id += 1
                    text = _paragraphs(1, rng)
                    notes.append(b'<w:footnote w:id="%d">%s</w:footnote>' % (note_id, text))
                    size += len(notes[-1])
                body = body.replace(b"</w:footnotes>", b"".join(notes) + b"</w:footnotes>")
            out.writestr(info.filename, body)


def build_worst_markdown(path: Path) -> None:
    """Prose with a footnote per paragraph, up to the Markdown size limit."""
    rng = random.Random(2027)
    lines = ["---", "title: Worst case", "research_question: Why?", "subject: History", "---", "", "# Introduction"]
    size, n = 200, 0
    while size < MAX_MARKDOWN_BYTES - 2_000:
        n += 1
        paragraph = " ".join(rng.choice(WORDS) for _ in range(80)) + f"[^{n}]"
        note = f"[^{n}]: " + " ".join(rng.choice(WORDS) for _ in range(30))
        lines += ["", paragraph, "", note]
        size += len(paragraph.encode()) + len(note.encode()) + 4
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def build_many_paragraphs(path: Path) -> None:
    """The most blocks the XML limit allows: tiny paragraphs, each one a block every rule visits."""
    paragraph = b"<w:p><w:r><w:t>a b</w:t></w:r></w:p>"
    with zipfile.ZipFile(BASE) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "word/document.xml":
                body = body.replace(
                    b"<w:body>", b"<w:body>" + paragraph * ((MAX_PART_BYTES - 100_000) // len(paragraph))
                )
            out.writestr(info.filename, body)


def _xml_bytes(path: Path) -> int:
    with zipfile.ZipFile(path) as archive:
        return sum(i.file_size for i in archive.infolist() if i.filename.endswith((".xml", ".rels")))


def test_the_largest_accepted_inputs_stay_under_500_mb(tmp_path):
    notes_heavy, many_blocks, markdown = tmp_path / "notes.docx", tmp_path / "blocks.docx", tmp_path / "essay.md"
    build_worst_case(notes_heavy)
    build_many_paragraphs(many_blocks)
    build_worst_markdown(markdown)
    assert MAX_XML_BYTES * 0.95 < _xml_bytes(notes_heavy) <= MAX_XML_BYTES
    assert MAX_PART_BYTES * 0.95 < _xml_bytes(many_blocks) <= MAX_XML_BYTES
    assert MAX_MARKDOWN_BYTES * 0.99 < markdown.stat().st_size <= MAX_MARKDOWN_BYTES
    for essay in (notes_heavy, many_blocks, markdown):
        started = time.perf_counter()
        run = subprocess.run(
            [sys.executable, "-m", "eecheck.cli", str(essay)], capture_output=True, text=True, timeout=120
        )
        elapsed = time.perf_counter() - started
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # Linux: kilobytes, max so far
        print(
            f"{essay.name}: {essay.stat().st_size / 1e6:.1f} MB file, {elapsed:.1f} s, peak RSS so far {peak_mb:.0f} MB"
        )
        assert run.returncode in (0, 1), run.stderr
        assert "Traceback" not in run.stderr
        assert peak_mb < 500
