#!/usr/bin/env python3
"""Round-trip the realistic essays through LibreOffice, a second producer of DOCX XML.

Owns every ``*.docx`` in ``tests/readers/lo_roundtrip/``. Each is a committed essay (the seed
fixture, the word-count essays, the clean referencing essays) opened by LibreOffice and saved
again as .docx (``--convert-to odt``, then ``--convert-to "docx:MS Word 2007 XML"``): LibreOffice's
own style ids, field encoding, note numbering, section properties and docProps. The test beside
it checks that eecheck reads the same essay from both producers. Developers run this by hand;
CI only reads the committed outputs:

    python tests/readers/lo_roundtrip/build.py [--soffice PATH]

Made with LibreOffice 7.4.7.2 (Debian 12). The zip is rewritten with fixed member times, but
LibreOffice writes its own timestamps and ids inside the XML, so a rebuild changes the bytes
(not the text).
"""

from __future__ import annotations

import argparse
import io
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
SOURCES = {
    "seed": REPO / "fixtures" / "sino_soviet_essay.docx",
    **{f"wordcount_{p.stem}": p for p in sorted((REPO / "tests" / "wordcount" / "essays").glob("*.docx"))},
    **{
        f"references_{p.stem}": p
        for p in sorted((REPO / "tests" / "references" / "essays").glob("*.docx"))
        if "planted" not in p.stem
    },
}
ZIP_DATE_TIME = (1980, 1, 1, 0, 0, 0)


def round_trip(name: str, source: Path, soffice: str, scratch: Path) -> bytes:
    profile = (scratch / "profile").as_uri()
    base = [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore"]
    work = scratch / name
    work.mkdir()
    shutil.copy(source, work / "essay.docx")
    subprocess.run([*base, "--convert-to", "odt", "--outdir", str(work / "odt"), str(work / "essay.docx")],
                   check=True, capture_output=True)  # fmt: skip
    subprocess.run([*base, "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(work / "docx"),
                    str(work / "odt" / "essay.odt")], check=True, capture_output=True)  # fmt: skip
    out = io.BytesIO()
    with zipfile.ZipFile(work / "docx" / "essay.docx") as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename), compresslevel=9)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--soffice", default=shutil.which("soffice"))
    args = parser.parse_args(argv)
    if not args.soffice:
        print("soffice not found: the committed round trips were left as they are", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as scratch:
        for name, source in SOURCES.items():
            (HERE / f"{name}.docx").write_bytes(round_trip(name, source, args.soffice, Path(scratch)))
            print(f"wrote {name}.docx from {source.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
