"""The identity scan: what in the essay's text identifies the candidate, the school or the supervisor.

Built once per document (``Analyses.identity``) and read by the anonymity
kinds (INT001 leaks, INT004 placeholders; see :mod:`eecheck.kinds.anonymity`
for the cases). It reads every text unit of the model (title page, body,
notes, headers and footers, front matter) for labelled lines ("Candidate
number:", "Supervisor: …"), bylines, candidate session numbers and personal
codes. The file's metadata is the kind's own business.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from eecheck.locations import HitLocation
from eecheck.model import Document
from eecheck.text.scopes import TextUnit, units

# --- labels ------------------------------------------------------------------

# What a finding gives away, as the object of "breaks anonymity with …".
_CANDIDATE = "the candidate's name"
_NUMBER = "a candidate number"
_CODE = "a personal code"
_SCHOOL = "the school's name"
_SUPERVISOR = "the supervisor's name"


@dataclass(frozen=True, slots=True)
class _Label:
    pattern: str
    identifies: str
    anywhere: bool
    """True: counts in the body and notes too; False: title page, headers, footers only."""


_NO = r"(?:number|no\.?|num\.?|#)"
_LABELS: tuple[_Label, ...] = (
    # Specific labels: nobody writes these except about the candidate.
    _Label(r"(?:ib\s+)?candidate(?:'s)?\s+(?:full\s+)?name", _CANDIDATE, True),
    _Label(r"name\s+of\s+(?:the\s+)?candidate", _CANDIDATE, True),
    _Label(r"student(?:'s)?\s+(?:full\s+)?name", _CANDIDATE, True),
    _Label(rf"(?:ib\s+)?candidate(?:\s+session)?\s+(?:{_NO}|code|id)", _NUMBER, True),
    _Label(rf"(?:ib\s+)?session\s+{_NO}", _NUMBER, True),
    _Label(rf"(?:ib\s+)?(?:student|exam(?:ination)?)\s+(?:{_NO}|id)", _NUMBER, True),
    _Label(rf"ib\s+(?:{_NO}|id)", _NUMBER, True),
    _Label(r"(?:ib\s+)?personal\s+code", _CODE, True),
    _Label(rf"school(?:'s)?\s+(?:name|code|{_NO})", _SCHOOL, True),
    _Label(r"name\s+of\s+(?:the\s+)?school", _SCHOOL, True),
    _Label(rf"(?:ib\s+)?cent(?:re|er)\s+(?:name|code|{_NO})", _SCHOOL, True),
    _Label(r"supervisor(?:'s)?\s+name", _SUPERVISOR, True),
    _Label(r"name\s+of\s+(?:the\s+)?supervisor", _SUPERVISOR, True),
    _Label(r"(?:ee|extended\s+essay)\s+supervisor", _SUPERVISOR, True),
    _Label(r"supervising\s+teacher", _SUPERVISOR, True),
    # Generic labels: identifying on a title page, ordinary words elsewhere.
    _Label(r"(?:full\s+|your\s+)?name", _CANDIDATE, False),
    _Label(r"candidate", _CANDIDATE, False),
    _Label(r"student", _CANDIDATE, False),
    _Label(r"author", _CANDIDATE, False),
    _Label(r"(?:written\s+)?by", _CANDIDATE, False),
    _Label(r"school", _SCHOOL, False),
    _Label(r"cent(?:re|er)", _SCHOOL, False),
    _Label(r"institution", _SCHOOL, False),
    _Label(r"supervisor", _SUPERVISOR, False),
    _Label(r"advis[eo]r", _SUPERVISOR, False),
    _Label(r"mentor", _SUPERVISOR, False),
    _Label(r"teacher", _SUPERVISOR, False),
)
# A label, an optional parenthesis ("Candidate number (if known):"), then a colon
# or a spaced dash and the value, or nothing (a label alone in its cell).
_SEPARATOR = r"\s*(?:\([^)]{0,40}\)\s*)?(?P<sep>[:：]|\s[-–—](?=\s)|$)\s*(?P<value>.*)$"
_LABEL_RES = tuple(
    (re.compile(rf"^\s*(?P<label>{label.pattern}){_SEPARATOR}", re.IGNORECASE), label) for label in _LABELS
)
# One pass that rejects the many lines that start with no label at all, before the
# label patterns are tried one by one (an essay has thousands of lines).
_ANY_LABEL = re.compile(
    rf"^\s*(?:{'|'.join(f'(?:{label.pattern})' for label in _LABELS)})\s*(?:\(|[:：]|\s[-–—](?=\s)|$)",
    re.IGNORECASE,
)

_PLACEHOLDER_WORDS = {
    "n/a",
    "na",
    "n.a",
    "none",
    "nil",
    "null",
    "anonymous",
    "anonymised",
    "anonymized",
    "candidate",
    "student",
    "removed",
    "redacted",
    "withheld",
    "omitted",
    "hidden",
    "confidential",
    "not applicable",
    "not given",
    "not stated",
    "not required",
    "tbc",
    "tbd",
}
_PLACEHOLDER_FILL = re.compile(r"^[\s\-–—_.*#xX0/?…]*$")
"""Dashes, underscores, dots, asterisks, x's and zeros: "–", "xxxx", "XXXXXX-XXXX", "000000-0000"."""
_TEMPLATE_SLOT = re.compile(r"^[\[<({].*\b(?:name|number|code|school|supervisor|here)\b.*[\]>)}]$", re.IGNORECASE)
"""A template's slot left unfilled: "[Your name here]", "<candidate number>"."""


def is_placeholder(value: str) -> bool:
    """An empty field or a stand-in that names nobody."""
    text = " ".join(value.split())
    if _TEMPLATE_SLOT.match(text):
        return True
    bare = text.strip("[]()<>{}\"'“”‘’").strip()
    return bool(_PLACEHOLDER_FILL.match(bare)) or bare.casefold().rstrip(".") in _PLACEHOLDER_WORDS


# --- numbers, codes, bylines, supervisors -------------------------------------

SESSION_NUMBER = re.compile(r"(?<![\w\-–])(0\d{5})[-‐‑–](\d{4})(?![\w\-–])")
"""An IB candidate session number: the school's six-digit code and the candidate's four digits.
School codes are zero-padded (``003219``), so the leading zero is required: "240315-0930", a
date and time, is not a session number."""
PERSONAL_CODE = re.compile(r"^[A-Za-z]{3}\d{3}$")
"""An IB personal code, three letters and three digits (``abc123``), judged on a whole segment."""
_SEGMENT_SPLIT = re.compile(r"\s*(?:\t|\||•|·|/|;|,|\s[-–—]\s|\s{2,})\s*")
_NAME = r"(?:[A-Z]\.\s*)*[A-Z][\w'’-]+"
"""A capitalised name, after any initials ("J. R. Whitfield"); a full stop after it ends the sentence."""
_BYLINE = re.compile(rf"^(?i:(?:written\s+)?by)\s+(?P<value>{_NAME}(?:\s+{_NAME}){{1,3}})$")
_HONORIFIC = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Madam|Mme|Mlle|Herr|Frau|Sr|Sra|Srta)\.?"
_PERSON = rf"{_NAME}(?:\s+{_NAME}){{0,2}}"
_MY = r"(?i:my|our)\s+(?:(?i:ee|extended\s+essay|ib|[a-z]+)\s+)?"
_SUPERVISOR_ROLE = r"(?i:supervisor|supervising\s+teacher)"
_OTHER_ROLE = r"(?i:mentor|advis[eo]r|tutor|teacher)"
# "my supervisor, Ms Patel" / "my supervisor Anna Kowalska" / "my history teacher, Mr Osei" /
# "Ms Patel, my supervisor". Without a title, only "supervisor" itself counts: "my
# teacher Lenin" in a quoted speech is history, not a leak.
_SUPERVISOR_MENTION = re.compile(
    rf"\b{_MY}(?:{_SUPERVISOR_ROLE}\s*,?\s+(?:{_HONORIFIC}\s+)?{_PERSON}"
    rf"|{_OTHER_ROLE}\s*,?\s+{_HONORIFIC}\s+{_PERSON})"
    rf"|\b{_HONORIFIC}\s+{_PERSON}\s*,\s*{_MY}(?:{_SUPERVISOR_ROLE}|{_OTHER_ROLE})\b"
)


def _shorten(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _around(text: str, start: int, end: int, margin: int = 30) -> str:
    """The match with a few words either side, for an excerpt of a long line."""
    if len(text) <= 80:
        return text
    left = max(0, text.rfind(" ", 0, max(0, start - margin)) + 1)
    right = text.find(" ", min(len(text), end + margin))
    right = len(text) if right == -1 else right
    return ("…" if left else "") + text[left:right] + ("…" if right < len(text) else "")


# --- the scan ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing the scan found; ``case`` is a message case, or ``placeholder``."""

    case: str
    fields: dict[str, Any]
    location: HitLocation


@dataclass(frozen=True, slots=True)
class _Unit:
    """A piece of text with one location: a block, a note, a header or footer, front matter."""

    lines: tuple[str, ...]
    place: str
    """The place as a sentence's subject: "the title page", "the body", "note 3"."""
    location: HitLocation
    exposed: bool
    """On the title page, in a header or footer, or in front matter: generic labels and codes count."""

    @property
    def text(self) -> str:
        """The lines joined as prose: a Markdown paragraph's soft breaks are not line ends."""
        return " ".join(" ".join(self.lines).split())


_PLACES = {
    "title-page": "the title page",
    "title page": "the title page",
    "title": "the title page",
    "research question": "the title page",
    "contents": "the contents page",
    "acknowledgements": "the acknowledgements section",
    "notes": "the notes section",
    "header": "the header",
    "footer": "the footer",
}


def _place(unit: TextUnit) -> str:
    if unit.where in _PLACES:
        return _PLACES[unit.where]
    if unit.note is not None or unit.where.startswith("note "):
        return unit.where
    return f"the {unit.where.replace('-', ' ')}"


def _runs(document: Document) -> list[list[_Unit]]:
    """The essay's text units, in runs within which a lone label may take the next line as its value.

    The title page is one run (its lines are usually one paragraph each); every
    other unit is a run of its own.
    """
    title_blocks = set(document.title_page.blocks)
    runs: list[list[_Unit]] = []
    for unit in units(document, "all-text"):
        on_title_page = unit.block in title_blocks
        lines = tuple(line for line in unit.text.splitlines() if line.strip())
        if not lines:
            continue
        item = _Unit(
            lines=lines,
            place="the title page" if on_title_page else _place(unit),
            location=HitLocation(block=unit.block, line=unit.line if unit.block is None else None, part=unit.part),
            exposed=on_title_page or (unit.block is None and unit.where in ("header", "footer")),
        )
        if on_title_page and runs and runs[-1][-1].place == "the title page" and runs[-1][-1].exposed:
            runs[-1].append(item)
        else:
            runs.append([item])
    # Markdown front matter: keys other than the four title-page fields become
    # title-page lines ("author: …") that no block shows.
    if document.title_page.source == "front-matter":
        shown = "\n".join(document.blocks[i].text for i in document.title_page.blocks)
        extra = tuple(line for line in document.title_page.other_lines if line not in shown)
        if extra:
            runs.append([_Unit(extra, "the front matter", HitLocation(line=1, part="markdown"), True)])
    return runs


def _match_label(cell: str, *, exposed: bool) -> tuple[re.Match[str], _Label] | None:
    normalised = cell.replace("_", " ").replace("’", "'")
    if not _ANY_LABEL.match(normalised):
        return None
    for pattern, label in _LABEL_RES:
        if not label.anywhere and not exposed:
            continue
        match = pattern.match(normalised)
        if match:
            return match, label
    return None


def _could_be_value(line: str, document: Document) -> bool:
    """Whether the line after a lone "Supervisor:" is its value, not the next field or the title."""
    text = " ".join(line.split())
    page = document.title_page
    return (
        len(text.split()) <= 6
        and ":" not in text
        and not text.endswith(("?", "."))
        and text not in (page.title, page.research_question)
        and _match_label(text, exposed=True) is None
    )


def _at(unit: _Unit, excerpt: str) -> HitLocation:
    return HitLocation(block=unit.location.block, line=unit.location.line, part=unit.location.part, excerpt=excerpt)


def _labelled_line(unit: _Unit, line: str, following: str | None, document: Document) -> tuple[list[Finding], bool]:
    """The labelled fields of one line (cells split at tabs); the flag says ``following`` was its value."""
    cells = line.split("\t")
    found: list[Finding] = []
    took_next = False
    for c, cell in enumerate(cells):
        matched = _match_label(cell, exposed=unit.exposed)
        if matched is None:
            continue
        match, label = matched
        label_text = " ".join(match.group("label").split())
        value = match.group("value").strip()
        if not match.group("sep") and len(cells) < 2:
            continue  # a bare word on a line of its own is not a label
        if not value and len(cells) > 1:
            # A label in a cell of its own: its value is the next cell of the row.
            value = cells[c + 1].strip() if c + 1 < len(cells) else ""
        elif not value and following is not None and _could_be_value(following, document):
            value = following.strip()
            took_next = True
        text = _shorten(f"{label_text}: {value}" if (len(cells) > 1 or took_next) else line)
        fields = {
            "place": unit.place,
            "identifies": label.identifies,
            "label": label_text,
            "value": _shorten(value),
            "text": text,
        }
        found.append(Finding("placeholder" if is_placeholder(value) else "labelled", fields, _at(unit, text)))
    return found, took_next


def _in_prose(unit: _Unit, document: Document) -> Iterator[Finding]:
    """Bylines, supervisors named in prose, session numbers and personal codes."""
    page = document.title_page

    def found(case: str, identifies: str, value: str, shown: str) -> Finding:
        fields = {"place": unit.place, "label": "", "identifies": identifies, "value": value, "text": shown}
        return Finding(case, fields, _at(unit, shown))

    if unit.place == "the title page":
        for line in unit.lines:
            text = " ".join(line.split())
            byline = _BYLINE.match(text)
            if byline and text not in (page.title, page.research_question):
                yield found("labelled", _CANDIDATE, byline.group("value"), _shorten(text))
    prose = unit.text
    for mention in _SUPERVISOR_MENTION.finditer(prose):
        fragment = _shorten(mention.group(0))
        yield found("labelled", _SUPERVISOR, fragment, fragment)
    for number in SESSION_NUMBER.finditer(prose):
        if (number.group(1) + number.group(2)).strip("0"):
            yield found("session-number", _NUMBER, number.group(0), _around(prose, *number.span()))
    if unit.exposed:
        for line in unit.lines:
            for segment in _SEGMENT_SPLIT.split(" ".join(line.split())):
                bare = segment.strip("()[]{}.:").strip()
                if PERSONAL_CODE.match(bare):
                    yield found("personal-code", _CODE, bare, _shorten(line))


def _text_findings(document: Document) -> Iterator[Finding]:
    for run in _runs(document):
        lines = [(unit, line) for unit in run for line in unit.lines]
        labelled: dict[int, list[Finding]] = {}
        skip = False
        for n, (unit, line) in enumerate(lines):
            if skip:
                skip = False
                continue
            following = lines[n + 1][1] if n + 1 < len(lines) else None
            found, skip = _labelled_line(unit, line, following, document)
            labelled.setdefault(id(unit), []).extend(found)
        for unit in run:
            own = labelled.get(id(unit), [])
            yield from own
            # A number or code a labelled field already reported is not reported twice.
            values = [f.fields["value"] for f in own]
            for finding in _in_prose(unit, document):
                if not any(finding.fields["value"] in value for value in values):
                    yield finding


def identity_scan(document: Document) -> tuple[Finding, ...]:
    """Everything the text of the essay gives away, in reading order."""
    return tuple(_text_findings(document))
