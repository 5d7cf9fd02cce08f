"""The structure rules' DOCX fixtures are exactly what their committed generators write."""

from __future__ import annotations

import importlib.util
import zipfile
from pathlib import Path

import pytest

HERE = Path(__file__).parent
FOLDERS = ["STR001", "STR002", "STR004", "STR005", "STR008", "STR009"]


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


@pytest.mark.parametrize("code", FOLDERS)
def test_docx_fixtures_are_the_generators_output(code, tmp_path):
    spec = importlib.util.spec_from_file_location(f"{code}_build", HERE / code / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    fresh = module.build(out_dir=tmp_path)
    committed = sorted(p.name for p in (HERE / code).glob("*.docx"))
    assert sorted(p.name for p in fresh) == committed, f"{code}: every DOCX fixture comes from build.py"
    for path in fresh:
        # Compared member by member: the compressed bytes depend on the zlib version.
        assert _members(path) == _members(HERE / code / path.name), f"{code}/{path.name} is stale: rerun build.py"
        assert (HERE / code / path.name).stat().st_size < 200_000
