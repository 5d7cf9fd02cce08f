#!/usr/bin/env python3
"""Build the hostile-input corpus: one real file per kind of bad input eecheck must refuse cleanly.

Owns every file in ``tests/hostile/corpus/``. Developers run it by hand; CI only reads the
committed files, so CI needs neither LibreOffice nor msoffcrypto-tool:

    python tests/hostile/build_corpus.py [--soffice PATH] [--msoffcrypto PATH]

* LibreOffice (``soffice``) writes the genuine legacy Word 97–2003 ``.doc`` and the RTF file.
* msoffcrypto-tool (``pip install msoffcrypto-tool`` in a scratch venv) encrypts a real DOCX with a
  password, as Word's File › Info › Protect Document does (an OLE container holding
  ``EncryptionInfo`` and ``EncryptedPackage``).
* Everything else is written here with ``zipfile`` from the reader golden ``notes.docx``: truncated
  and damaged packages, a missing main part, a decompression bomb, XML entity expansion, an external
  entity, and Markdown in encodings eecheck must or must not read.

Zip members get fixed timestamps so rebuilding gives the same bytes (LibreOffice and
msoffcrypto outputs are not byte-stable; they are kept as committed unless rebuilt).
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
CORPUS = HERE / "corpus"
SOURCE_DOCX = HERE.parent / "readers" / "docx_goldens" / "notes.docx"
ZIP_DATE_TIME = (1980, 1, 1, 0, 0, 0)

ESSAY_MD = """# Introduction

Café owners in Hanoi say “the rain decides everything”, and the records agree.

# Conclusion

The rain decides, within limits.
"""


def rezip(members: list[tuple[str, bytes]]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for name, body in members:
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            dst.writestr(info, body, compresslevel=9)
    return out.getvalue()


def source_members() -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(SOURCE_DOCX) as src:
        return [(info.filename, src.read(info.filename)) for info in src.infolist()]


def replace_member(name: str, body: bytes) -> bytes:
    return rezip([(n, body if n == name else b) for n, b in source_members()])


def document_xml() -> bytes:
    return dict(source_members())["word/document.xml"]


def with_doctype(doctype: str) -> bytes:
    xml = document_xml()
    declaration_end = xml.index(b"?>") + 2
    body = xml[:declaration_end] + doctype.encode() + xml[declaration_end:]
    return body.replace(b"<w:body>", b"<w:body><w:p><w:r><w:t>&payload;</w:t></w:r></w:p>", 1)


def build_zip_files() -> None:
    good = SOURCE_DOCX.read_bytes()
    (CORPUS / "empty.docx").write_bytes(b"")
    (CORPUS / "not_a_zip.docx").write_text("This was pasted into a file and renamed essay.docx.\n")
    (CORPUS / "truncated.docx").write_bytes(good[: len(good) * 6 // 10])  # a half-finished download
    (CORPUS / "missing_main_part.docx").write_bytes(
        rezip([(n, b) for n, b in source_members() if n != "word/document.xml"])
    )
    (CORPUS / "not_a_word_package.docx").write_bytes(
        rezip([("mimetype", b"application/epub+zip"), ("content.opf", b"<package/>")])
    )
    # 60 MB of paragraphs that deflate to ~60 KB: the declared size gives it away before parsing.
    paragraph = b"<w:p><w:r><w:t>" + b"word " * 1000 + b"</w:t></w:r></w:p>"
    bomb = document_xml().replace(b"<w:body>", b"<w:body>" + paragraph * 12_000, 1)
    (CORPUS / "decompression_bomb.docx").write_bytes(replace_member("word/document.xml", bomb))
    laughs = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    billion = f'<!DOCTYPE w:document [<!ENTITY lol0 "lol">{laughs}<!ENTITY payload "&lol9;">]>'
    (CORPUS / "billion_laughs.docx").write_bytes(replace_member("word/document.xml", with_doctype(billion)))
    xxe = '<!DOCTYPE w:document [<!ENTITY payload SYSTEM "file:///etc/passwd">]>'
    (CORPUS / "external_entity.docx").write_bytes(replace_member("word/document.xml", with_doctype(xxe)))
    # An Apple Pages document saved under a .docx name: Index/*.iwa protobuf archives, no OOXML parts.
    (CORPUS / "pages_renamed.docx").write_bytes(
        rezip([
            ("Index/Document.iwa", b"\x00\x9c\x01\x00" + bytes(range(64))),
            ("Metadata/Properties.plist", b"bplist00\xd1\x01\x02"),
            ("preview.jpg", b"\xff\xd8\xff\xe0"),
        ])
    )  # fmt: skip
    broken = document_xml()[: len(document_xml()) // 2]
    (CORPUS / "broken_xml.docx").write_bytes(replace_member("word/document.xml", broken))


def build_markdown_files() -> None:
    (CORPUS / "empty.md").write_bytes(b"")
    (CORPUS / "windows_1252.md").write_bytes(ESSAY_MD.encode("cp1252"))
    (CORPUS / "utf8_bom.md").write_bytes(b"\xef\xbb\xbf" + ESSAY_MD.encode("utf-8"))
    (CORPUS / "utf16_bom.md").write_bytes(ESSAY_MD.encode("utf-16"))  # Python writes the BOM
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    (CORPUS / "image_renamed.md").write_bytes(png + bytes(range(256)))
    (CORPUS / "essay.txt").write_text(ESSAY_MD, encoding="utf-8")


def build_with_libreoffice(soffice: str) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        profile = (work / "profile").as_uri()
        shutil.copy(SOURCE_DOCX, work / "essay.docx")
        for target in ("doc:MS Word 97", "rtf", "odt"):
            subprocess.run(
                [soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore", "--convert-to", target,
                 "--outdir", str(work), str(work / "essay.docx")],
                check=True, capture_output=True,
            )  # fmt: skip
        shutil.copy(work / "essay.doc", CORPUS / "legacy_word97.doc")
        shutil.copy(work / "essay.doc", CORPUS / "legacy_renamed.docx")
        shutil.copy(work / "essay.rtf", CORPUS / "rtf_renamed.docx")
        shutil.copy(work / "essay.odt", CORPUS / "libreoffice.odt")
        shutil.copy(work / "essay.odt", CORPUS / "odt_renamed.docx")


def build_encrypted(msoffcrypto: str) -> None:
    subprocess.run(
        [msoffcrypto, "-e", "-p", "Pa55word", str(SOURCE_DOCX), str(CORPUS / "password_protected.docx")],
        check=True, capture_output=True,
    )  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--soffice", default=shutil.which("soffice"))
    parser.add_argument("--msoffcrypto", default=shutil.which("msoffcrypto-tool"))
    args = parser.parse_args(argv)
    CORPUS.mkdir(exist_ok=True)
    build_zip_files()
    build_markdown_files()
    if args.soffice:
        build_with_libreoffice(args.soffice)
    else:
        print("soffice not found: the committed .doc/.rtf/.odt files were left as they are", file=sys.stderr)
    if args.msoffcrypto:
        build_encrypted(args.msoffcrypto)
    else:
        print("msoffcrypto-tool not found: password_protected.docx was left as it is", file=sys.stderr)
    for path in sorted(CORPUS.iterdir()):
        print(f"{path.stat().st_size:>9,}  {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
