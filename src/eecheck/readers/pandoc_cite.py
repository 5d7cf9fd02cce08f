"""Pandoc citation syntax in Markdown text: ``[@key, p. 33]``, ``@key [p. 33]``, ``[-@key]``.

There is no maintained Python parser for it, so this follows pandoc's manual
("Citation syntax") and pandoc's Markdown reader:

* a key is ``@`` and an identifier that begins with a letter, digit or ``_``
  and may contain alphanumerics, ``_`` and *internal* punctuation
  ``:.#$%&-+?<>~/`` (punctuation is part of the key only when an alphanumeric
  follows it, so "@doe99." ends at "9"); ``@{…}`` braces any key without spaces;
* an ``@`` right after a letter or digit is not a key (``me@example.com``);
* bracketed citations ``[see @doe99, pp. 33-35; also @smith04, chap. 1]``:
  items separated by ";", each with exactly one key, optional prefix text, a
  ``-`` before the ``@`` to suppress the author, and a suffix whose text is
  the locator; a bracket with an item that has no key is not a citation
  (its keys are then read as in-text citations, as pandoc does);
* in-text citations ``@smith04`` and ``@smith04 [p. 33]`` (the bracket after it,
  on the same line or the next, holds the locator when it has no key);
* a bracket followed by ``(`` or ``[`` is a link, not a citation.

The caller passes text with code spans and link texts already marked as
places where no citation can be (``exclude``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_PUNCT = ":.#$%&-+?<>~/"


@dataclass(frozen=True, slots=True)
class PandocItem:
    key: str
    locator: str | None
    suppress_author: bool = False


@dataclass(frozen=True, slots=True)
class PandocCitation:
    start: int
    end: int
    """The span of the citation in the text (brackets included)."""
    items: tuple[PandocItem, ...]
    in_text: bool
    """``@key`` written in the sentence (``@key [p. 4]``), not in brackets."""


def _is_key_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _key_at(text: str, at: int) -> tuple[str, int] | None:
    """The key whose ``@`` is at ``at`` and where it ends, or None."""
    if at >= len(text) or text[at] != "@":
        return None
    i = at + 1
    if i < len(text) and text[i] == "{":
        close = text.find("}", i + 1)
        if close <= i + 1 or any(c.isspace() for c in text[i + 1 : close]):
            return None  # pandoc takes no space inside the braces
        return text[i + 1 : close], close + 1
    if i >= len(text) or not _is_key_char(text[i]):
        return None
    j = i + 1
    while j < len(text):
        char = text[j]
        if _is_key_char(char):
            j += 1
        elif char in _PUNCT and j + 1 < len(text) and text[j + 1].isalnum():
            j += 2
        else:
            break
    return text[i:j], j


def _key_may_start(text: str, at: int) -> bool:
    """An ``@`` (or the ``-`` before it) may start a key: it does not follow a letter or digit."""
    return at == 0 or not _is_key_char(text[at - 1]) and text[at - 1] != "\\"


def _in_url(text: str, at: int) -> bool:
    """Whether the ``@`` sits inside a bare URL ("https://medium.com/@author/…")."""
    start = at
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "([<":
        start -= 1
    chunk = text[start:at].lower()
    return "://" in chunk or chunk.startswith("www.")


def _matching_bracket(text: str, start: int) -> int | None:
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "[" and (i == 0 or text[i - 1] != "\\"):
            depth += 1
        elif text[i] == "]" and text[i - 1] != "\\":
            depth -= 1
            if depth == 0:
                return i
    return None


def _split_items(content: str) -> list[tuple[int, str]]:
    """Split a bracket's content on ";" outside nested brackets and braces; (offset, part) pairs."""
    parts: list[tuple[int, str]] = []
    depth = 0
    start = 0
    for i, char in enumerate(content):
        if char in "[{":
            depth += 1
        elif char in "]}":
            depth = max(0, depth - 1)
        elif char == ";" and depth == 0:
            parts.append((start, content[start:i]))
            start = i + 1
    parts.append((start, content[start:]))
    return parts


def _locator(suffix: str) -> str | None:
    text = " ".join(suffix.split()).lstrip(",").strip()
    return text or None


def _bracket_items(content: str) -> tuple[PandocItem, ...] | None:
    """The items of ``[…]`` content, or None when it is not a pandoc citation."""
    items = []
    for _offset, part in _split_items(content):
        found = None
        for at in range(len(part)):
            if part[at] != "@":
                continue
            dash = at > 0 and part[at - 1] == "-"
            lead = at - 1 if dash else at
            if not _key_may_start(part, lead) or _in_url(part, at):
                continue
            key = _key_at(part, at)
            if key is not None:
                found = (key, dash)
                break
        if found is None:
            return None
        (key_text, end), dash = found
        if not key_text:
            return None
        items.append(PandocItem(key=key_text, locator=_locator(part[end:]), suppress_author=dash))
    return tuple(items) if items else None


_AFTER_IN_TEXT = re.compile(r"[ \t]*(?:\n[ \t]*)?\[")


def find_citations(text: str, *, exclude: Sequence[tuple[int, int]] = ()) -> list[PandocCitation]:
    """Every pandoc citation in ``text``, in order; nothing inside the ``exclude`` spans."""

    def excluded(at: int) -> bool:
        return any(start <= at < end for start, end in exclude)

    found: list[PandocCitation] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "[" and not excluded(i) and (i == 0 or text[i - 1] != "\\") and "@" in text[i : i + 2000]:
            close = _matching_bracket(text, i)
            following = text[close + 1 : close + 2] if close is not None else ""
            if close is not None and following not in ("(", "[") and not any(excluded(k) for k in range(i, close)):
                items = _bracket_items(text[i + 1 : close])
                if items is not None:
                    found.append(PandocCitation(i, close + 1, items, in_text=False))
                    i = close + 1
                    continue
        elif char == "@" and not excluded(i) and _key_may_start(text, i) and not _in_url(text, i):
            key = _key_at(text, i)
            if key is not None and key[0]:
                key_text, end = key
                locator = None
                after = _AFTER_IN_TEXT.match(text, end)
                if after is not None and not excluded(after.end() - 1):
                    close = _matching_bracket(text, after.end() - 1)
                    suffix = text[after.end() : close] if close is not None else None
                    following = text[close + 1 : close + 2] if close is not None else ""
                    if (
                        close is not None
                        and suffix is not None
                        and following not in ("(", "[")
                        and _bracket_items(suffix) is None
                        and "@" not in suffix
                    ):
                        locator = _locator(suffix)
                        end = close + 1
                found.append(PandocCitation(i, end, (PandocItem(key_text, locator),), in_text=True))
                i = end
                continue
        i += 1
    return found
