"""The CLI contract: --schema, inspect, exit statuses, bad input, batches."""

from __future__ import annotations

import hashlib
import json
import shutil

import jsonschema

from tests.conftest import FIXTURES, run_cli, run_json

DOCX = FIXTURES / "sino_soviet_essay.docx"
MD = FIXTURES / "sino_soviet_essay.md"


def test_schema_flag_prints_a_valid_draft_2020_12_schema():
    result = run_cli("--schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["properties"]["schema_version"] == {"const": "1"}


def test_inspect_prints_the_model_with_its_contract_keys():
    result = run_cli("inspect", str(DOCX))
    assert result.exit_code == 0
    model = json.loads(result.stdout)
    assert {"blocks", "notes", "title_page", "metadata", "headers_footers"} <= set(model)
    first_heading = next(b for b in model["blocks"] if b["kind"] == "heading" and b["section"] == "introduction")
    assert first_heading["text"] == "Introduction"
    assert all({"kind", "section", "text"} <= set(b) for b in model["blocks"])
    assert len(model["notes"]) == 28 and all("text" in n for n in model["notes"])
    assert model["notes"][0]["label"] == "1"


def test_unreadable_file_gives_exit_2_and_one_line(tmp_path):
    bad = tmp_path / "essay.docx"
    bad.write_bytes(b"this is not a zip at all")
    result = run_cli(str(bad))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"eecheck: {bad}: it is not a Word .docx package (it is not a zip archive) — "
        "open it in Word or LibreOffice and save as .docx"
    ]
    assert "Traceback" not in result.stdout + result.stderr


def test_unreadable_file_is_listed_in_the_json_report(tmp_path):
    legacy = tmp_path / "old.docx"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600 + "WordDocument".encode("utf-16-le"))
    code, report, stderr = run_json(str(legacy))
    assert code == 2
    [document] = report["documents"]
    assert document["status"] == "error"
    assert document["error"]["kind"] == "legacy-doc"
    assert document["metrics"] is None and document["findings"] == []
    assert stderr.strip() == (
        f"eecheck: {legacy}: this is a legacy Word 97–2003 .doc file — open it in Word or LibreOffice and save as .docx"
    )


def test_mixed_batch_goes_on_and_exits_2(tmp_path):
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "latin1.md").write_bytes("# Introduction\n\nCaf\xe9 culture\n".encode("cp1252"))
    shutil.copy(MD, tmp_path / "good.md")
    code, report, stderr = run_json(str(tmp_path))
    assert code == 2
    statuses = {
        d["path"].rsplit("/", 1)[-1]: (d["status"], (d["error"] or {}).get("kind")) for d in report["documents"]
    }
    assert statuses == {
        "empty.md": ("error", "empty"),
        "good.md": ("checked", None),
        "latin1.md": ("error", "undecodable"),
    }
    assert len(stderr.splitlines()) == 2
    assert report["summary"]["checked"] == 1 and report["summary"]["unreadable"] == 2


def test_folder_without_essays(tmp_path):
    (tmp_path / "notes.txt").write_text("nothing here")
    code, report, stderr = run_json(str(tmp_path))
    assert code == 2
    assert report["documents"][0]["error"]["kind"] == "no-essays"


def test_unsupported_extension_and_missing_file(tmp_path):
    pdf = tmp_path / "essay.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    code, report, _ = run_json(str(pdf), str(tmp_path / "missing.md"))
    assert code == 2
    assert [d["error"]["kind"] for d in report["documents"]] == ["unsupported-extension", "not-found"]


def test_clean_essay_exits_0(tmp_path):
    essay = tmp_path / "short.md"
    essay.write_text(
        "---\ntitle: Rice and rain\nresearch_question: How far does rainfall explain rice yields?\n"
        "subject: Geography\nword_count: 22\n---\n\n# Contents\n\n- Introduction 2\n- Rainfall 2\n"
        "- Conclusion 3\n- Bibliography 3\n\n\\newpage\n\n# Introduction\n\n"
        "How far does rainfall explain rice yields?\n\n# Rainfall\n\n"
        "Yields follow the rain very closely.\n\n"
        "# Conclusion\n\nRainfall explains most of the variation.\n\n"
        "# Bibliography\n\nNguyen, An. 2018. *Rice in the Delta*. Can Tho: CTU Press.\n",
        encoding="utf-8",
    )
    code, report, _ = run_json(str(essay))
    assert report["documents"][0]["metrics"]["words"]["countable"] == 22
    assert report["documents"][0]["findings"] == []
    assert code == 0


def test_input_files_are_never_modified(tmp_path):
    copies = [shutil.copy(p, tmp_path / p.name) for p in (DOCX, MD)]
    before = {
        str(p): (hashlib.sha256(open(p, "rb").read()).hexdigest(), p.stat().st_mtime_ns)
        for p in map(type(tmp_path), copies)
    }
    run_cli(str(tmp_path), "--format", "json")
    run_cli("inspect", str(copies[0]))
    after = {
        str(p): (hashlib.sha256(open(p, "rb").read()).hexdigest(), p.stat().st_mtime_ns)
        for p in map(type(tmp_path), copies)
    }
    assert before == after


def test_usage_error_exits_2():
    result = run_cli("--format", "yaml", str(MD))
    assert result.exit_code == 2
