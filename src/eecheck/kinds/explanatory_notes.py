"""Kind ``explanatory_notes``: explanatory notes are counted, but the title page does not say so (LEN003).

The 2018 guide: if footnotes or endnotes are used for anything other than
referencing, the word count on the title page must include them and say so.
A note's explanatory sentences are the ones the word count counts
(``Analyses.note_readings``, read only when the note is
referenced from the essay); a note that only references adds nothing and
needs no declaration.

The title page *says so* when one of its lines, other than the title and the
research question, names notes (``notes``, ``footnotes``, ``endnotes``) and
is about the count: it is the declared word count itself ("Word count: 3,950
(including explanatory footnotes)"), or it speaks of words or of including
("The count includes explanatory notes"). A mention in a clause that excludes
("excluding footnotes", "not including notes", "footnotes are not counted")
says the opposite, and is reported as such; clauses end at brackets, commas,
semicolons, and at "but"/"and" before "including".
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from eecheck.kinds.base import CheckContext, Hit, HitLocation, Kind
from eecheck.model import Document

# "notes", "footnote(s)", "endnote(s)", "explanatory note"; a bare "Note:" is a label, not notes.
_NOTES = re.compile(r"\b(?:foot|end)-?notes?\b|\bnotes\b|\bexplanatory\s+note\b", re.IGNORECASE)
_ABOUT_THE_COUNT = re.compile(r"\bwords?\b|\bword\s*count\b|\bcount(?:ed|s)?\b|\bincl", re.IGNORECASE)
# Words that leave notes out, when they share a clause with the mention.
_EXCLUDING = re.compile(
    r"\b(?:exclud\w*|excl\.?|not\s+(?:includ|count)\w*|without|except|minus|left\s+out)\b", re.IGNORECASE
)
_CLAUSE_BREAK = re.compile(r"[(;,)]|\b(?:but|and)\b\s+(?=includ)", re.IGNORECASE)
_MAX_LABELS = 5


def _counted_explanatory_notes(document: Document, prose_words: Mapping[str, int]) -> list[tuple[str, int]]:
    """(label, counted words) of each referenced note with explanatory prose, in note order.

    The words come from the word count itself, so this rule and the count never disagree
    (reference-manager fields inside a note, for one, are references there).
    """
    found: list[tuple[str, int]] = []
    for note in document.notes:
        if not note.referenced_from:
            continue  # an unreferenced note is not read, so not counted
        words = prose_words.get(note.id, 0)
        if words:
            found.append((note.label, words))
    return found


def _lines_about_the_count(document: Document) -> list[tuple[str, bool]]:
    """Title-page lines that may speak of the count, each with whether it is the declared count."""
    title_page = document.title_page
    lines: list[tuple[str, bool]] = []
    if title_page.declared_word_count_text:
        lines.append((title_page.declared_word_count_text, True))
    skip = {" ".join((t or "").split()) for t in (title_page.title, title_page.research_question)}
    for index in title_page.blocks:
        for line in document.blocks[index].text.splitlines():
            line = " ".join(line.split())
            if line and line not in skip:
                lines.append((line, False))
    lines.extend((line, False) for line in title_page.other_lines if line not in skip)
    return lines


def _mention(line: str, *, is_count: bool) -> str | None:
    """``included`` or ``excluded`` when the line speaks of notes in the count, else None."""
    if not is_count and not _ABOUT_THE_COUNT.search(line):
        return None
    verdict = None
    for match in _NOTES.finditer(line):
        clause_start = max((m.end() for m in _CLAUSE_BREAK.finditer(line, 0, match.start())), default=0)
        after = _CLAUSE_BREAK.search(line, match.end())
        clause = line[clause_start : after.start() if after else len(line)]
        if _EXCLUDING.search(clause):
            verdict = verdict or "excluded"
        else:
            return "included"
    return verdict


def _notes_phrase(labels: list[str]) -> str:
    shown = labels[:_MAX_LABELS]
    rest = len(labels) - len(shown)
    if rest:
        return f"notes {', '.join(shown)} and {rest} more"
    if len(shown) == 1:
        return f"note {shown[0]}"
    return f"notes {', '.join(shown[:-1])} and {shown[-1]}"


def _count_block(document: Document) -> int | None:
    """The title-page block holding the declared count, else the title page's first block."""
    title_page = document.title_page
    declared = " ".join((title_page.declared_word_count_text or "").split())
    # The count stands alone ("96" is not the one inside "1960") on a line about words.
    standalone = re.compile(rf"(?<![\w,.]){re.escape(declared)}(?![\w,])") if declared else None
    for index in title_page.blocks:
        for line in document.blocks[index].text.splitlines():
            line = " ".join(line.split())
            if standalone and standalone.search(line) and re.search(r"\bwords?\b", line, re.IGNORECASE):
                return index
    return title_page.blocks[0] if title_page.blocks else None


def check(context: CheckContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    document = context.document
    notes = _counted_explanatory_notes(document, context.word_count.note_prose_words)
    if not notes:
        return
    excluded_line = None
    for line, is_count in _lines_about_the_count(document):
        verdict = _mention(line, is_count=is_count)
        if verdict == "included":
            return
        if verdict == "excluded" and excluded_line is None:
            excluded_line = line
    declared = document.title_page.declared_word_count_text
    fields = {
        "notes": _notes_phrase([label for label, _ in notes]),
        "note_count": len(notes),
        "note_words": sum(words for _, words in notes),
        "count": context.word_count.countable,
        "declared": excluded_line or declared or "",
    }
    yield Hit(
        fields=fields,
        location=HitLocation(block=_count_block(document), excerpt=excluded_line or declared),
        case="excluded" if excluded_line else "missing",
    )


KIND = Kind(
    name="explanatory_notes",
    fields=frozenset({"notes", "note_count", "note_words", "count", "declared"}),
    cases=frozenset({"missing", "excluded"}),
    params={},
    scopes=frozenset({"title-page"}),
    check=check,
)
