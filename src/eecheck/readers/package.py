"""Safety checks on a DOCX package before any XML in it is parsed.

A .docx is a zip of XML written by someone else. Before python-docx or lxml
sees a byte, this module opens the zip itself and refuses, with a typed
:class:`InputError`, anything eecheck must not parse:

* a damaged or cut-short zip (a half-finished download);
* another zip format under a .docx name (OpenDocument, EPUB, Pages);
* a package with no main document part;
* too many members, or a member (or the whole) whose decompressed size is over
  the limits: a decompression bomb is refused by its declared sizes, and
  Python's zipfile never inflates past a member's declared size, so the
  declaration is a bound that holds;
* an XML part whose prolog declares a DOCTYPE (entity expansion, external
  entities): no Word file has one;
* a structural part (content types, relationships, the parts python-docx wraps
  in its own classes) whose root element is not the one its content type
  promises: python-docx would otherwise fail deep inside with an AttributeError.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from lxml import etree

from eecheck.errors import InputError

MAX_PART_BYTES = 4 * 1024 * 1024
"""Largest XML part eecheck parses (a 4,000-word essay's document.xml is well under 1 MB)."""
MAX_XML_BYTES = 5 * 1024 * 1024
"""Largest total of all XML parts: what eecheck parses, so what bounds its time and memory."""
MAX_TOTAL_BYTES = 200 * 1024 * 1024
"""Largest total decompressed size (images included; they are never decompressed by eecheck)."""
MAX_MEMBERS = 5_000
_PROLOG_BYTES = 64 * 1024
_STRUCTURAL = ("[Content_Types].xml",)
_XML_SUFFIXES = (".xml", ".rels", ".vml")
_OFFICE_DOCUMENT = re.compile(
    rb'<Relationship\b[^>]*Type="[^"]*/officeDocument"[^>]*Target="([^"]+)"'
    rb'|<Relationship\b[^>]*Target="([^"]+)"[^>]*Type="[^"]*/officeDocument"'
)
_OTHER_FORMATS = {
    b"application/vnd.oasis.opendocument.text": ("odt", "this is an OpenDocument (.odt) file, not a .docx"),
    b"application/epub+zip": ("epub", "this is an EPUB e-book, not a .docx"),
}
_RESAVE = "open it in Word or LibreOffice and save as .docx"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_ROOTS = {
    _WML + "document.main+xml": _W + "document",
    _WML + "document.macroEnabled.main+xml": _W + "document",
    _WML + "template.main+xml": _W + "document",
    _WML + "template.macroEnabledTemplate.main+xml": _W + "document",
    _WML + "styles+xml": _W + "styles",
    _WML + "numbering+xml": _W + "numbering",
    _WML + "settings+xml": _W + "settings",
    _WML + "header+xml": _W + "hdr",
    _WML + "footer+xml": _W + "ftr",
    _WML + "comments+xml": _W + "comments",
    _WML + "footnotes+xml": _W + "footnotes",
    _WML + "endnotes+xml": _W + "endnotes",
    "application/vnd.openxmlformats-package.core-properties+xml": (
        "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}coreProperties"
    ),
}
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_SAFE = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def _mib(n: int) -> str:
    return f"{n / (1024 * 1024):,.0f} MB"


def check_docx_package(path: Path) -> None:
    """Raise InputError unless the package is a plausible, bounded Word package."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError, OSError) as exc:
        # NotImplementedError: a zip "version needed" or feature Python cannot read (damage, in practice).
        raise InputError(
            "bad-zip",
            "the file is damaged or incomplete (a .docx is a zip archive, and this one is cut short or corrupt)",
            "download or copy it again, or re-save it from Word",
        ) from exc
    with archive:
        infos = archive.infolist()
        names = {info.filename for info in infos}
        if "mimetype" in names and "[Content_Types].xml" not in names:
            kind, message = _OTHER_FORMATS.get(
                _unpack(archive, archive.getinfo("mimetype"), keep=100).strip(),
                ("not-docx", "this is another kind of zip file, not a .docx"),
            )
            raise InputError(kind, message, _RESAVE)
        if "[Content_Types].xml" not in names or "_rels/.rels" not in names:
            if any(n.lower().startswith("index/") or n.lower().endswith(".iwa") for n in names):
                raise InputError(
                    "pages", "this is an Apple Pages file, not a .docx", "in Pages: File › Export To › Word"
                )
            raise InputError("not-docx", "it is a zip archive but not a Word .docx package", _RESAVE)
        if len(infos) > MAX_MEMBERS:
            raise InputError("too-large", f"the package holds {len(infos):,} parts, more than any essay", _RESAVE)
        total = sum(info.file_size for info in infos)
        if total > MAX_TOTAL_BYTES:
            raise InputError(
                "too-large",
                f"the package unpacks to {_mib(total)}, over eecheck's limit of {_mib(MAX_TOTAL_BYTES)}",
                "compress or remove large images (Word: File › Compress Pictures) and save again",
            )
        xml_infos = [info for info in infos if info.filename.lower().endswith(_XML_SUFFIXES)]
        for info in xml_infos:
            if info.file_size > MAX_PART_BYTES:
                raise InputError(
                    "too-large",
                    f"the part {info.filename} unpacks to {_mib(info.file_size)}, over eecheck's limit of"
                    f" {_mib(MAX_PART_BYTES)} for one part",
                    "an essay's text is far smaller: re-save it from Word, or split out appendices",
                )
        xml_total = sum(info.file_size for info in xml_infos)
        if xml_total > MAX_XML_BYTES:
            raise InputError(
                "too-large",
                f"the package's XML unpacks to {_mib(xml_total)}, over eecheck's limit of {_mib(MAX_XML_BYTES)}",
                "an essay's text is far smaller: re-save it from Word, or split out appendices",
            )
        # Every member is inflated exactly once here; XML parts keep what the later checks read
        # (the whole of the small structural parts, the prolog of the others).
        heads: dict[str, bytes] = {}
        for info in infos:
            structural = info.filename in _STRUCTURAL or info.filename.endswith(".rels")
            head = _unpack(archive, info, keep=MAX_PART_BYTES if structural else _PROLOG_BYTES)
            if info in xml_infos:
                heads[info.filename] = head
        main = _main_part(heads["_rels/.rels"])
        if main is None or main not in names:
            raise InputError("missing-part", "the Word package has no main document part (word/document.xml)", _RESAVE)
        for name, head in heads.items():
            _refuse_doctype(name, head)
        _check_structure(heads)


def _damaged(name: str, what: str) -> InputError:
    return InputError("corrupt-xml", f"the part {name} is damaged ({what})", _RESAVE)


def _root(name: str, data: bytes) -> etree._Element:
    try:
        return etree.fromstring(data, _SAFE)
    except etree.XMLSyntaxError as exc:
        raise _damaged(name, f"not well-formed XML: {exc.msg}") from exc


def _root_tag(name: str, head: bytes) -> str | None:
    """The root element's tag, from the part's first bytes (the rest is parsed later, once)."""
    try:
        for _event, element in etree.iterparse(
            io.BytesIO(head), events=("start",), resolve_entities=False, no_network=True, load_dtd=False
        ):
            return str(element.tag)
    except etree.XMLSyntaxError as exc:
        raise _damaged(name, f"not well-formed XML: {exc.msg}") from exc
    return None


def _check_structure(heads: dict[str, bytes]) -> None:
    """Content types, relationships and the typed parts have the root elements they must."""
    types = _root("[Content_Types].xml", heads["[Content_Types].xml"])
    required = {_CT + "Default": {"Extension", "ContentType"}, _CT + "Override": {"PartName", "ContentType"}}
    if types.tag != _CT + "Types" or any(
        child.tag not in required or not required[child.tag] <= set(child.attrib)
        for child in types
        if isinstance(child.tag, str)
    ):
        raise _damaged("[Content_Types].xml", "it is not a content-types list")
    for name, data in heads.items():
        if name.endswith(".rels"):
            rels = _root(name, data)
            if rels.tag != _RELS + "Relationships" or any(
                child.tag != _RELS + "Relationship" or not {"Id", "Type", "Target"} <= set(child.attrib)
                for child in rels
                if isinstance(child.tag, str)
            ):
                raise _damaged(name, "its relationships are not readable")
    for el in types:
        if el.tag != _CT + "Override":
            continue
        name, expected = str(el.get("PartName", "")).lstrip("/"), _ROOTS.get(str(el.get("ContentType", "")))
        if expected is not None and name in heads and _root_tag(name, heads[name]) != expected:
            raise _damaged(name, "its root element is not the one its content type requires")


def _main_part(package_rels: bytes) -> str | None:
    match = _OFFICE_DOCUMENT.search(package_rels)
    if match is None:
        return None
    target = (match.group(1) or match.group(2)).decode("utf-8", "replace")
    return str(PurePosixPath(target.lstrip("/")))


_UNPACK_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError, ValueError)
"""RuntimeError: an encrypted zip member; NotImplementedError: an unknown compression method."""


def _unpack(archive: zipfile.ZipFile, info: zipfile.ZipInfo, *, keep: int) -> bytes:
    """Inflate the whole member (bounded by the declared sizes checked above), so that a damaged
    stream or a CRC mismatch is found here and not inside python-docx; its first ``keep`` bytes."""
    try:
        with archive.open(info) as member:
            head = member.read(keep)
            while member.read(1 << 20):
                pass
        return head
    except _UNPACK_ERRORS as exc:
        raise InputError(
            "bad-zip", f"the part {info.filename} cannot be unpacked (the file is damaged)", _RESAVE
        ) from exc


def _refuse_doctype(name: str, head: bytes) -> None:
    """A DOCTYPE can only stand in the prolog, before the root element: scan that much."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", "replace").encode("utf-8", "replace")
    prolog = _prolog(head[:_PROLOG_BYTES])
    if prolog is None or b"<!DOCTYPE" in prolog.upper() or b"<!ENTITY" in prolog.upper():
        raise InputError(
            "hostile-xml",
            f"the part {name} declares a DOCTYPE (entity definitions), which no Word file has",
            "re-save the file from Word or LibreOffice; eecheck never expands entities",
        )


def _prolog(head: bytes) -> bytes | None:
    """The bytes before the root element's start tag, or None if the prolog does not end in ``head``."""
    for match in re.finditer(rb"<", head):
        following = head[match.end() : match.end() + 1]
        if following and (following.isalpha() or following == b"_" or following >= b"\x80"):
            return head[: match.start()]
    return None
