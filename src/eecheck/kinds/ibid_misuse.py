"""Kind ``ibid_misuse``: an "Ibid." in a note that does not say which source it repeats (REF009).

"Ibid." repeats the single source of the note just before it. Three cases,
from :func:`eecheck.analysis.resolve.resolve`:

* ``first``: the first note that cites anything is an "Ibid.";
* ``several``: the note before cites several sources ("Chen, *Mao's China*,
  45; Lüthi, *Sino-Soviet Split*, 92."), so "Ibid." could be either;
* ``none``: the note before is explanatory and cites nothing. Only reported
  when that note has no sign of a reference at all
  (its reading, ``Analyses.note_readings``, is explanatory and cites
  nothing), so a source written in a form eecheck does not read is never
  taken for prose.

An "Ibid." inside a reference manager's field is the manager's own
rendering of a known source and is not checked.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from eecheck.analysis.citations.model import CitationKind
from eecheck.analysis.notes import NoteClass
from eecheck.analysis.resolve import Status, citation_place, excerpt, note_places
from eecheck.kinds.base import CheckContext, Hit, HitLocation, Kind


def check(context: CheckContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    document = context.document
    resolution = context.analyses.resolution
    readings = context.analyses.note_readings
    # notes where the reader saw any form of citation, even one that does not count
    candidates = {c.note_id for c in context.analyses.citations if c.note_id is not None}
    places = note_places(document)
    order = {note.id: i for i, note in enumerate(resolution.notes)}
    for resolved in resolution.citations:
        citation = resolved.citation
        if citation.kind is not CitationKind.IBID or citation.note_id is None or citation.note_id not in order:
            continue
        if resolved.status not in (Status.IBID_ORPHAN, Status.IBID_AMBIGUOUS):
            continue  # resolved, or repeating a source that is itself unresolved (REF003 says so)
        at = order[citation.note_id]
        previous = resolution.notes[at - 1] if at > 0 else None
        sources = len({r.entries or (r.citation.text,) for r in resolution.in_note(previous.id)}) if previous else 0
        if resolved.status is Status.IBID_AMBIGUOUS:
            case = "several"
        elif previous is None:
            case = "first"
        elif readings[previous.id].classification is NoteClass.EXPLANATORY and previous.id not in candidates:
            case = "none"
        else:
            continue
        place = citation_place(citation, places)
        shown = excerpt(citation.text, 40)
        yield Hit(
            fields={
                "note": citation.note_label or "",
                "ibid": shown,
                "previous": previous.label if previous else "",
                "sources": sources,
            },
            location=HitLocation(block=place.block, line=place.line, part=place.part, excerpt=shown),
            case=case,
        )


KIND = Kind(
    name="ibid_misuse",
    fields=frozenset({"note", "ibid", "previous", "sources"}),
    cases=frozenset({"first", "several", "none"}),
    params={},
    check=check,
)
