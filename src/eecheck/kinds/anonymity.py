"""Kinds ``anonymity`` and ``anonymity_placeholder``: the essay or its file identifies the candidate.

Owns the search for what breaks the anonymity the IB has required since the
2018 guide: the candidate's name, candidate (session) number or personal code,
the school, the supervisor, in the text or in the file's metadata. One scan,
:func:`findings`, serves two kinds:

* ``anonymity`` (INT001, error) reports the leaks, in these cases:

  - ``labelled``: a line or table row labelled "Candidate name:", "Candidate
    number:", "School:", "Supervisor:", "Personal code:" … with a real value
    (also a value on the next line under a lone label, a bare "by Anna Kowalska"
    byline on the title page, and "my supervisor, Ms Patel" anywhere);
  - ``session-number``: an IB candidate session number (``003219-0042``) anywhere;
  - ``personal-code``: an IB personal code (``abc123``), only where it stands
    alone on the title page or in a header or footer (elsewhere "CYP450" or
    "MIG015" are ordinary words);
  - ``properties``: a personal core-properties author or last-modified-by;
  - ``company``: the company ``docProps/app.xml`` records, often the school;
  - ``comments`` / ``revisions``: a personal comment or tracked-change author.

* ``anonymity_placeholder`` (INT004, info) reports labelled lines whose value is
  empty or a placeholder ("N/A", "–", "xxxx", "[removed]", "Anonymous",
  "Candidate", "Student"): nothing leaks, but the line has no place on the page.

Two kinds rather than one kind with a switch, because a rule's message must
cover exactly its kind's cases: with one kind, INT001 would have to carry a
placeholder message it never uses, and INT004 all the leak messages.

Where labels count: the *specific* ones ("Candidate number", "Supervisor's
name", "School name", "Personal code" …) anywhere in the essay, notes, headers
and footers; the *generic* ones ("Name", "Candidate", "Author", "School",
"Supervisor", "Teacher" …) only on the title page, in headers and footers and
in Markdown front matter, because in the body "Supervisor: we raised output" is
an interview transcript and "Name:" a column of data.

Metadata values that name nobody never fire: the defaults of Word, LibreOffice,
pandoc and python-docx ("Microsoft Office User", "Windows User", "Author",
"python-docx" …), what Word writes after removing personal information, and
the names a rule lists in ``generic_authors`` (a school's shared lab account,
as author or company).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from eecheck.analysis.identity import PERSONAL_CODE, SESSION_NUMBER, Finding, identity_scan, is_placeholder
from eecheck.kinds.base import CheckContext, Hit, HitLocation, Kind
from eecheck.model import Document

__all__ = ["PERSONAL_CODE", "SESSION_NUMBER", "findings", "is_generic_author", "is_placeholder"]

# --- metadata ----------------------------------------------------------------

GENERIC_AUTHORS = frozenset(
    {
        "python-docx",
        "pandoc",
        "docx4j",
        "apache poi",
        "microsoft office user",
        "microsoft office-anwender",
        "utilisateur de microsoft office",
        "usuario de microsoft office",
        "windows user",
        "windows-benutzer",
        "utilisateur windows",
        "usuario de windows",
        "usuário do windows",
        "utente di windows",
        "user",
        "users",
        "administrator",
        "admin",
        "author",
        "unknown",
        "unknown author",
        "owner",
        "guest",
        "default",
        "anonymous",
        "candidate",
        "student",
        "microsoft",
        "microsoft word",
        "microsoft account",
        "compte microsoft",
        "microsoft-konto",
        "cuenta microsoft",
        "conta microsoft",
        "account microsoft",
        "учетная запись майкрософт",
        "word",
        "libreoffice",
        "openoffice",
        "openoffice.org",
        "google",
        "google docs",
        "wps office",
        "onlyoffice",
        # Computer makers, whose name a pre-installed Office records as the company.
        "microsoft corporation",
        "hp",
        "hp inc",
        "hewlett-packard",
        "hewlett-packard company",
        "dell",
        "dell inc",
        "dell computer corporation",
        "lenovo",
        "acer",
        "asus",
        "toshiba",
        "samsung",
        "apple",
        "apple inc",
        "home",
        "personal",
        "private",
    }
)
"""Authors and companies that name nobody: application, account and computer-maker
defaults, and what Word's Inspect Document leaves ("Author") after removing personal
information."""


_PRODUCER = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|io|app)(?:/\S*)?$")
"""A converter or web service that stamps its own name ("Online2PDF.com")."""


def _normalise_author(name: str) -> str:
    return " ".join(name.casefold().replace("_", " ").split()).strip(" .")


def is_generic_author(name: str | None, extra: Sequence[str] = ()) -> bool:
    """Whether a metadata author names nobody: a default, a placeholder, a producer, one letter."""
    if name is None:
        return True
    normalised = _normalise_author(name)
    if len(normalised) <= 1 or is_placeholder(normalised) or _PRODUCER.match(normalised):
        return True
    return normalised in GENERIC_AUTHORS or normalised in {_normalise_author(e) for e in extra}


def _metadata_findings(document: Document, extra: Sequence[str]) -> Iterator[Finding]:
    meta = document.metadata
    fields_by_value: dict[str, list[str]] = {}
    for field_name, value in (("author", meta.author), ("last modified by", meta.last_modified_by)):
        if value and not is_generic_author(value, extra):
            fields_by_value.setdefault(value.strip(), []).append(field_name)
    for value, names in fields_by_value.items():
        yield Finding(
            "properties",
            {"field": " and ".join(names), "value": value, "place": "the file's properties"},
            HitLocation(part="docProps/core.xml"),
        )
    # The company is an extended property, removed differently in LibreOffice (a custom property there).
    if meta.company and not is_generic_author(meta.company, extra):
        yield Finding(
            "company",
            {"field": "company", "value": meta.company.strip(), "place": "the file's properties"},
            HitLocation(part="docProps/app.xml"),
        )
    for author in meta.comment_authors:
        if not is_generic_author(author, extra):
            yield Finding(
                "comments",
                {"field": "comment author", "value": author, "place": "the comments"},
                HitLocation(part="word/comments.xml"),
            )
    for author in meta.revision_authors:
        if not is_generic_author(author, extra):
            yield Finding(
                "revisions",
                {"field": "tracked-change author", "value": author, "place": "the tracked changes"},
                HitLocation(),
            )


def findings(
    document: Document, *, generic_authors: Sequence[str] = (), scan: Sequence[Finding] | None = None
) -> list[Finding]:
    """Everything the scan finds, leaks and placeholders, each reported once.

    ``scan`` is the document's identity scan when the caller has it (``Analyses.identity``, shared by
    INT001 and INT004); else it is made here.
    """
    seen: set[tuple[str, str, str]] = set()
    found: list[Finding] = []
    text = identity_scan(document) if scan is None else scan
    for finding in (*_metadata_findings(document, generic_authors), *text):
        key = (finding.case, str(finding.fields.get("place")), str(finding.fields.get("text", finding.fields["value"])))
        if key in seen:
            continue  # the same header text in the first-page and default headers
        seen.add(key)
        found.append(finding)
    return found


_FIELDS = frozenset({"place", "identifies", "label", "value", "text", "field"})


def _hit(finding: Finding) -> Hit:
    fields = {name: finding.fields.get(name, "") for name in _FIELDS}
    return Hit(fields=fields, location=finding.location, case=finding.case)


def check_leaks(context: CheckContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    scan = context.analyses.identity
    for finding in findings(context.document, generic_authors=params["generic_authors"], scan=scan):
        if finding.case != "placeholder":
            yield _hit(finding)


def check_placeholders(context: CheckContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    for finding in findings(context.document, scan=context.analyses.identity):
        if finding.case == "placeholder":
            yield Hit(fields=_hit(finding).fields, location=finding.location)


def _validate(params: Mapping[str, Any]) -> str | None:
    if not all(isinstance(name, str) for name in params["generic_authors"]):
        return "generic_authors: must be a list of names"
    return None


KIND = Kind(
    name="anonymity",
    fields=_FIELDS,
    cases=frozenset({"labelled", "session-number", "personal-code", "properties", "company", "comments", "revisions"}),
    params={},
    optional={"generic_authors": (list, [])},
    check=check_leaks,
    validate=_validate,
    scopes=frozenset({"document"}),
)

PLACEHOLDER_KIND = Kind(
    name="anonymity_placeholder",
    fields=_FIELDS,
    cases=frozenset(),
    params={},
    check=check_placeholders,
    scopes=frozenset({"document"}),
)
