"""Is a sentence a restatement of the research question? Fuzzy matching of content words.

Candidates restate their question with small changes ("This essay asks: to
what extent…", "…in the period 1956–1963", "instigated" for "instigate"),
quote it, or split it over two sentences. So the question and each window of
one or two consecutive sentences are reduced to their content words (function
words and the question's framing words dropped), each cut to a six-letter stem
("ideological" and "ideology" meet at "ideolo"), and the score of a window is
the share of the question's distinct content words it contains. Words that
still differ (a spelling variant, a typo) match when :mod:`difflib` finds them
close. Standard library only: no model, nothing fetched.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

STEM_LENGTH = 6
CLOSE_WORD_RATIO = 0.85
"""difflib ratio above which two words of five letters or more are the same word spelled differently."""

_WORD = re.compile(r"[^\W_]+")
_POSSESSIVE = re.compile(r"[’']s\b")

# Function words, and the framing words every research question has ("to what
# extent", "how far", "how significant was"): they say nothing about the topic.
STOPWORDS = frozenset(
    """
    a about above after against all also am an and any are as at be because been before being below between
    both but by can could did do does doing done during each either for from further had has have having he her
    here hers him his how however i if in into is it its itself may me might more most much my no nor not of
    off on once only or other our ours out over own same she should so some such than that the their theirs them
    then there these they this those through to too under until up upon us very was we were what when where
    whether which while who whom whose why will with within without would you your
    extent far degree significant significance important importance successful effective effectively
    essay investigation investigate investigates question research asks ask examine examines explore explores
    """.split()
)


@dataclass(frozen=True, slots=True)
class Match:
    score: float
    """Share of the question's distinct content words found in ``text`` (0 to 1)."""
    text: str
    """The sentence, or two consecutive sentences, that came closest."""


def content_words(text: str) -> list[str]:
    """Lower-case content words of a text, hyphenated words split ("Sino-Soviet" -> sino, soviet)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _POSSESSIVE.sub("", text)
    return [w for w in _WORD.findall(text) if w not in STOPWORDS]


def stem(word: str) -> str:
    return word if word.isdigit() else word[:STEM_LENGTH]


def _matches(word: str, stems: set[str], words: Sequence[str]) -> bool:
    if stem(word) in stems:
        return True
    if len(word) < 5 or word.isdigit():
        return False
    return any(
        len(other) >= 5 and difflib.SequenceMatcher(None, word, other).ratio() >= CLOSE_WORD_RATIO for other in words
    )


def score(question: str, text: str) -> float:
    """Share of the question's distinct content words that ``text`` contains."""
    wanted = list(dict.fromkeys(content_words(question)))
    if not wanted:
        return 0.0
    words = content_words(text)
    stems = {stem(w) for w in words}
    found = sum(1 for w in wanted if _matches(w, stems, words))
    return found / len(wanted)


def best_restatement(question: str, sentences: Sequence[str], *, window: int = 2) -> Match | None:
    """The window of up to ``window`` consecutive sentences closest to the question."""
    best: Match | None = None
    # Single sentences first: on a tie, the shorter text is the better quote.
    for size in range(1, window + 1):
        for start in range(len(sentences) - size + 1):
            text = " ".join(sentences[start : start + size])
            value = score(question, text)
            if best is None or value > best.score:
                best = Match(value, text)
    return best
