"""Hostile and broken input: every bad file gets one clear line, a typed error, and exit 2.

The files are real files of each kind, committed in ``tests/hostile/corpus/`` (built by
``build_corpus.py``: LibreOffice for the legacy .doc and RTF, msoffcrypto-tool for the password,
zipfile for the rest), or made here where a file cannot be committed (over-size, unreadable).
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from eecheck.errors import InputError
from eecheck.readers import read_document
from tests.conftest import FIXTURES, REPO, run_cli, run_json

CORPUS = Path(__file__).parent / "corpus"

# file -> the stable error.kind in the JSON report
REFUSED = {
    "empty.docx": "empty",
    "empty.md": "empty",
    "not_a_zip.docx": "not-docx",
    "truncated.docx": "bad-zip",
    "missing_main_part.docx": "missing-part",
    "not_a_word_package.docx": "epub",
    "odt_renamed.docx": "odt",
    "pages_renamed.docx": "pages",
    "libreoffice.odt": "unsupported-extension",
    "essay.txt": "unsupported-extension",
    "legacy_word97.doc": "legacy-doc",
    "legacy_renamed.docx": "legacy-doc",
    "rtf_renamed.docx": "rtf",
    "password_protected.docx": "encrypted",
    "decompression_bomb.docx": "too-large",
    "billion_laughs.docx": "hostile-xml",
    "external_entity.docx": "hostile-xml",
    "broken_xml.docx": "corrupt-xml",
    "windows_1252.md": "undecodable",
    "image_renamed.md": "binary",
}
READABLE = ["utf8_bom.md", "utf16_bom.md"]


def test_the_corpus_is_complete():
    assert sorted(p.name for p in CORPUS.iterdir()) == sorted([*REFUSED, *READABLE])


@pytest.mark.parametrize(("name", "kind"), sorted(REFUSED.items()))
def test_each_bad_file_is_one_line_a_typed_error_and_exit_2(name, kind):
    path = str(CORPUS / name)
    code, report, stderr = run_json(path)
    assert code == 2
    [document] = report["documents"]
    assert (document["status"], document["error"]["kind"]) == ("error", kind)
    [line] = stderr.splitlines()
    assert line.startswith(f"eecheck: {path}: ")
    assert " — " in line and "Traceback" not in line
    assert line == f"eecheck: {path}: {document['error']['message']} — {document['error']['hint']}"


def test_the_messages_say_what_to_do():
    def message(name: str) -> str:
        with pytest.raises(InputError) as caught:
            read_document(CORPUS / name)
        return caught.value.line(name)

    assert message("legacy_renamed.docx") == (
        "eecheck: legacy_renamed.docx: this is a legacy Word 97–2003 .doc file — "
        "open it in Word or LibreOffice and save as .docx"
    )
    assert message("password_protected.docx") == (
        "eecheck: password_protected.docx: the file is password-protected — "
        "remove the password in Word (File › Info › Protect Document) and save again"
    )
    assert "unpacks to 58 MB, over eecheck's limit of 4 MB" in message("decompression_bomb.docx")
    assert "declares a DOCTYPE" in message("external_entity.docx")
    assert message("essay.txt").endswith("save the essay as .docx, .md, .markdown")


@pytest.mark.parametrize("name", READABLE)
def test_markdown_with_a_byte_order_mark_reads_like_utf8(name):
    plain = (CORPUS / "utf8_bom.md").read_bytes()[3:].decode("utf-8")
    from eecheck.readers.markdown import read_markdown_text

    expected = [(b.kind, b.text) for b in read_markdown_text(plain).blocks]
    assert [(b.kind, b.text) for b in read_document(CORPUS / name).blocks] == expected
    assert expected[1][1].startswith("Café owners in Hanoi say “the rain decides everything”")


def test_a_missing_file(tmp_path):
    code, report, stderr = run_json(str(tmp_path / "essay.docx"))
    assert (code, report["documents"][0]["error"]["kind"]) == (2, "not-found")
    assert stderr == f"eecheck: {tmp_path / 'essay.docx'}: no such file — check the path\n"


def test_a_folder_with_no_essays(tmp_path):
    (tmp_path / "notes.txt").write_text("not an essay")
    code, report, stderr = run_json(str(tmp_path))
    assert (code, report["documents"][0]["error"]["kind"]) == (2, "no-essays")
    assert stderr.count("\n") == 1


def test_permission_denied(tmp_path, monkeypatch):
    essay = tmp_path / "essay.md"
    essay.write_text("# Introduction\n\nText.\n")
    real_open = Path.open

    def locked(self, *args, **kwargs):  # chmod 000 does not stop root, so refuse as the OS would
        if self == essay:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", locked)
    code, report, stderr = run_json(str(essay))
    assert (code, report["documents"][0]["error"]["kind"]) == (2, "permission-denied")
    assert stderr.startswith(f"eecheck: {essay}: permission denied — ")


def test_a_file_over_the_size_limit(tmp_path):
    from eecheck.readers import MAX_INPUT_BYTES

    big = tmp_path / "essay.docx"
    with big.open("wb") as handle:  # sparse: no 50 MB written to disk
        handle.write(b"PK\x03\x04")
        handle.truncate(MAX_INPUT_BYTES + 1)
    code, report, stderr = run_json(str(big))
    assert (code, report["documents"][0]["error"]["kind"]) == (2, "too-large")
    assert "eecheck reads files up to 50 MB" in stderr


def test_a_markdown_file_over_its_size_limit(tmp_path):
    from eecheck.readers import MAX_MARKDOWN_BYTES

    big = tmp_path / "essay.md"
    big.write_text("# Introduction\n\n" + "word " * (MAX_MARKDOWN_BYTES // 5 + 1), encoding="utf-8")
    code, report, stderr = run_json(str(big))
    assert (code, report["documents"][0]["error"]["kind"]) == (2, "too-large")
    assert "eecheck reads Markdown essays up to 2 MB" in stderr


def _fingerprints(paths: list[Path]) -> dict[str, tuple[str, int, int]]:
    return {str(p): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns, p.stat().st_mode) for p in paths}


def test_a_mixed_batch_checks_the_good_lists_the_bad_and_modifies_nothing():
    good = [FIXTURES / "sino_soviet_essay.docx", FIXTURES / "sino_soviet_essay.md"]
    bad = sorted(CORPUS.iterdir())
    everything = [good[0], *bad, good[1]]
    before = _fingerprints(everything)
    code, report, stderr = run_json(*map(str, everything))
    assert _fingerprints(everything) == before
    assert code == 2
    statuses = {Path(d["path"]).name: d["status"] for d in report["documents"]}
    assert [d["path"] for d in report["documents"]] == [str(p) for p in everything]
    assert statuses["sino_soviet_essay.docx"] == statuses["sino_soviet_essay.md"] == "checked"
    for name in READABLE:
        assert statuses[name] == "checked"
    assert sorted(n for n, s in statuses.items() if s == "error") == sorted(REFUSED)
    checked = [d for d in report["documents"] if d["path"].endswith("sino_soviet_essay.md")]
    assert checked[0]["metrics"]["words"]["countable"] == 4403
    assert len(stderr.splitlines()) == len(REFUSED)
    assert report["summary"]["unreadable"] == len(REFUSED)


def test_no_traceback_reaches_the_user_unless_debug(monkeypatch, tmp_path):
    essay = tmp_path / "essay.md"
    essay.write_text("# Introduction\n\nText.\n")

    def explode(*_args, **_kwargs):
        raise RuntimeError("a bug in eecheck")

    monkeypatch.setattr("eecheck.readers.markdown.read_markdown_text", explode)
    code, report, stderr = run_json(str(essay))
    assert code == 2 and report["documents"][0]["error"]["kind"] == "internal"
    assert "Traceback" not in stderr and len(stderr.splitlines()) == 1
    with pytest.raises(RuntimeError, match="a bug in eecheck"):
        run_cli(str(essay), "--debug")


def test_the_real_command_never_prints_a_traceback():
    """Outside click's test runner too: the installed entry point on the whole corpus."""
    run = subprocess.run(
        [sys.executable, "-m", "eecheck.cli", *map(str, sorted(CORPUS.iterdir()))],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 2
    assert "Traceback" not in run.stderr
    assert len(run.stderr.splitlines()) == len(REFUSED)


def test_fuzz_regression_core_properties_without_their_content_type(tmp_path):
    """Found by the fuzz run: python-docx loads such a part as a plain Part with no properties."""
    import re
    import zipfile

    source = REPO / "tests" / "readers" / "docx_goldens" / "headers_comments_metadata.docx"
    damaged = tmp_path / "essay.docx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(damaged, "w") as out:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "[Content_Types].xml":
                body = re.sub(rb'<Override PartName="/docProps/core.xml"[^>]*/>', b"", body)
            out.writestr(info.filename, body)
    document = read_document(damaged)
    assert (document.metadata.author, document.metadata.last_modified_by) == (None, None)
    assert document.metadata.comment_authors  # the rest of the package is still read
