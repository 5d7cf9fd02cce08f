"""Bounds: the largest input eecheck accepts is read and checked within 500 MB of memory.

The worst case that passes the package limits (``readers/package.py``) is built here: a DOCX
whose main part is just under the 10 MB part limit, with footnotes filling the 24 MB XML total,
all of it prose that every rule must read. It runs in a child process so its peak RSS can be
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

from eecheck.readers.package import MAX_PART_BYTES, MAX_XML_BYTES
from tests.conftest import REPO

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
                body = body.replace(
                    b"<w:body>", b"<w:body>" + _paragraphs(MAX_PART_BYTES - len(body) - 200_000, rng), 1
                )
            elif info.filename == "word/footnotes.xml":
                notes: list[bytes] = []
                size, note_id = 0, 1000
                while size < MAX_PART_BYTES - len(body) - 200_000:
                    note_id += 1
                    text = _paragraphs(1, rng)
                    notes.append(b'<w:footnote w:id="%d">%s</w:footnote>' % (note_id, text))
                    size += len(notes[-1])
                body = body.replace(b"</w:footnotes>", b"".join(notes) + b"</w:footnotes>")
            out.writestr(info.filename, body)


def test_the_largest_accepted_input_stays_under_500_mb(tmp_path):
    essay = tmp_path / "worst.docx"
    build_worst_case(essay)
    with zipfile.ZipFile(essay) as archive:
        xml = sum(i.file_size for i in archive.infolist() if i.filename.endswith((".xml", ".rels")))
    assert 2 * MAX_PART_BYTES * 0.9 < xml <= MAX_XML_BYTES
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "eecheck.cli", str(essay)], capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # Linux: kilobytes
    print(f"worst case: {essay.stat().st_size / 1e6:.1f} MB file, {xml / 1e6:.1f} MB XML, "
          f"{elapsed:.1f} s, peak RSS {peak_mb:.0f} MB")  # fmt: skip
    assert run.returncode in (0, 1), run.stderr
    assert "Traceback" not in run.stderr
    assert before <= peak_mb * 1024 and peak_mb < 500
