"""Kind ``required_sections``: parts the essay must have (STR004 contents page, STR005 introduction … bibliography).

Generic: a rule lists the sections it requires (``introduction``, ``body``,
``conclusion``, ``bibliography``, ``contents``, …, the values of
:class:`eecheck.model.Section`), so a school's rule pack can require, say, an
abstract. A part is present when the reader assigned any block to it (by a
heading it recognises: "Intro", "1. Introduction", "CONCLUSION", a bold
"Works Cited" line …). The body is special: it is present when some body
block stands between the introduction and the conclusion.

A missing part is reported where it belongs: at the first part that should
come after it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from eecheck.kinds.base import CheckContext, Hit, HitLocation, Kind
from eecheck.model import Document, Section
from eecheck.text.parts import (
    HEADING_EXAMPLES,
    PART_NAMES,
    READING_ORDER,
    PartRun,
    body_between_introduction_and_conclusion,
    part_runs,
    section_names,
)


def _is_present(document: Document, section: Section, runs: Sequence[PartRun]) -> bool:
    if section is Section.BODY:
        return bool(body_between_introduction_and_conclusion(document))
    if section is Section.TITLE_PAGE and document.title_page.source != "none":
        return True
    if section is Section.BIBLIOGRAPHY and any(c.source == "pandoc" for c in document.field_citations):
        # pandoc writes the reference list itself from the `bibliography:` file (a missing
        # file or key is REF003's business), so the Markdown source has no heading for it.
        if document.source_records:
            return True
    return any(run.section is section for run in runs)


def _quoted(run: PartRun) -> str:
    return f"“{run.label}”"


def _next_part(section: Section, runs: Sequence[PartRun]) -> PartRun | None:
    """The first part in the essay that is expected after ``section``: where ``section`` belongs."""
    position = READING_ORDER.index(section)
    return next((run for run in runs if READING_ORDER.index(run.section) > position), None)


def _body_hit(runs: Sequence[PartRun]) -> Hit:
    intro = next((r for r in runs if r.section is Section.INTRODUCTION), None)
    closing = next((r for r in runs if r.section is Section.CONCLUSION), None) or next(
        (r for r in runs if r.section is Section.BIBLIOGRAPHY), None
    )
    return Hit(
        fields={
            "section": PART_NAMES[Section.BODY],
            "examples": HEADING_EXAMPLES[Section.BODY],
            "after": _quoted(intro) if intro else "the start of the essay",
            "before": _quoted(closing) if closing else "the end of the essay",
            "place": f"before {_quoted(closing)}" if closing else "at the end of the essay",
        },
        location=HitLocation(block=anchor.first.index if (anchor := closing or intro) else None),
        case="no-body",
    )


def check(context: CheckContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    document = context.document
    runs = part_runs(document)
    for name in params["sections"]:
        section = Section(name)
        if _is_present(document, section, runs):
            continue
        if section is Section.BODY:
            yield _body_hit(runs)
            continue
        following = _next_part(section, runs)
        yield Hit(
            fields={
                "section": PART_NAMES[section],
                "examples": HEADING_EXAMPLES[section],
                "after": "",
                "before": _quoted(following) if following else "the end of the essay",
                "place": f"before {_quoted(following)}" if following else "at the end of the essay",
            },
            location=HitLocation(block=following.first.index if following else None),
            case="missing",
        )


def _validate(params: Mapping[str, Any]) -> str | None:
    sections = params["sections"]
    if not sections:
        return "sections: name at least one section"
    known = section_names()
    for name in sections:
        if not isinstance(name, str) or name not in known:
            return f"sections: {name!r} is not a section (known: {', '.join(sorted(known))})"
    if len(set(sections)) != len(sections):
        return "sections: a section is listed twice"
    return None


KIND = Kind(
    name="required_sections",
    fields=frozenset({"section", "examples", "after", "before", "place"}),
    cases=frozenset({"missing", "no-body"}),
    params={"sections": list},
    check=check,
    validate=_validate,
    scopes=frozenset({"document"}),
)
