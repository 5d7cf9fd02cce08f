"""What a word is, for the IB count and for a Microsoft-Word-style count.

The IB guide does not define "word". eecheck's definition is stable and
explainable: a whitespace-separated token that contains at least one letter or
digit. Hyphen- and slash-joined tokens (``Sino-Soviet``, ``he/she``) are one
word; en and em dashes separate words (``1949–1963`` is two, as in
LibreOffice), and a token of punctuation alone (``–``, ``&``, ``…``) is not a
word.

Microsoft Word counts every whitespace-separated token, symbols included, so
``word_style_count`` is reported beside the IB count to let a candidate
reconcile the two.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Whitespace (str.split's notion, which includes NBSP and other Unicode
# spaces) plus the en dash, em dash, horizontal bar and figure dash, which
# writers use between words without spaces ("ideology—not power").
_SEPARATOR = r"\s\u2012\u2013\u2014\u2015"
# A maximal run of non-separators that holds at least one letter or digit
# ([^\W_] is str.isalnum's set). One regex pass: essays are counted many times.
_WORD = re.compile(rf"[^{_SEPARATOR}]*[^\W_][^{_SEPARATOR}]*")


def word_spans(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` for every countable word in ``text``."""
    for match in _WORD.finditer(text):
        yield match.span()


def count_words(text: str) -> int:
    """The number of countable words in ``text`` (eecheck's IB definition)."""
    return len(_WORD.findall(text))


def word_style_count(text: str) -> int:
    """Whitespace-separated tokens, symbols included: Microsoft Word's way."""
    return len(text.split())
