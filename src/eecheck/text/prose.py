"""Telling prose from data and labels, in table cells and captions (LEN004).

A table's cells and a caption are *prose* where they hold sentences, the kind
of commentary or analysis the guide counts toward the 4,000 words even inside
a table. Labels ("Mean heart rate / bpm"), numbers ("212 ± 9") and the noun
phrase of a caption ("Soviet exports to China, 1959–1962") are not.

A sentence is prose when all three hold:

* it has at least ``min_words`` words (eecheck's word definition);
* it is mostly words: at most a quarter of its words hold a digit, so a row of
  figures with a unit is not a sentence;
* it has the shape of a clause: one of :data:`CLAUSE_WORDS`, a closed list of
  the words a finite clause almost always carries and a label almost never
  does (forms of *be*, *have* and *do*, modals, subordinators and relative
  pronouns, subject pronouns, connectives, and the verbs of commentary such as
  *shows*, *suggests*, *caused*).

A sentence that names its source ("Source: World Bank, 2022") is a citation,
not commentary, and is never prose. Without a part-of-speech tagger a sentence
with none of the clause words ("Khrushchev denounced Stalin in 1956") is not
recognised; the list errs toward silence, because a false alarm costs more
than a miss.
"""

from __future__ import annotations

import re

from eecheck.analysis.sentences import sentences as split_sentences
from eecheck.analysis.words import word_spans

CLAUSE_WORDS = frozenset(
    {
        # be, have, do
        "is", "are", "was", "were", "be", "been", "being",
        "isn't", "aren't", "wasn't", "weren't",
        "has", "have", "had", "hasn't", "haven't", "hadn't",
        "does", "do", "did", "doesn't", "don't", "didn't",
        # modals
        "can", "could", "will", "would", "may", "might", "must", "shall", "should",
        "cannot", "can't", "won't", "wouldn't", "couldn't", "shouldn't",
        # subordinators, relatives and connectives
        "because", "although", "though", "whereas", "while", "which", "who", "whom", "whose",
        "that", "when", "if", "therefore", "thus", "hence", "however", "unless", "so",
        # subject pronouns
        "it", "they", "he", "she", "we", "this", "these", "there",
        # verbs of commentary and cause
        "show", "shows", "showed", "shown", "suggest", "suggests", "suggested",
        "indicate", "indicates", "indicated", "demonstrate", "demonstrates", "demonstrated",
        "reveal", "reveals", "revealed", "means", "meant", "explain", "explains", "explained",
        "imply", "implies", "implied", "prove", "proves", "proved", "argue", "argues", "argued",
        "caused", "led", "made", "became", "remained", "seems", "seemed", "appears",
    }
)  # fmt: skip

_SOURCE = re.compile(r"^\s*(?:sources?|adapted\s+from|data\s+from|reproduced\s+from|credit)\b", re.IGNORECASE)
_EDGE_PUNCTUATION = "\"'“”‘’()[]{}.,;:!?…"


def sentences(text: str) -> list[str]:
    """The sentences of a cell or caption, split by the one sentence splitter."""
    return split_sentences(" ".join(text.split()))


def _words(sentence: str) -> list[str]:
    return [sentence[start:end] for start, end in word_spans(sentence)]


def is_prose_sentence(sentence: str, *, min_words: int) -> bool:
    """Whether one sentence is prose (see the module docstring for the three tests)."""
    if _SOURCE.match(sentence):
        return False
    words = _words(sentence)
    if len(words) < min_words:
        return False
    if sum(any(ch.isdigit() for ch in w) for w in words) * 4 > len(words):
        return False
    return any(_is_clause_word(w, first=i == 0) for i, w in enumerate(words))


def _is_clause_word(word: str, *, first: bool) -> bool:
    bare = word.strip(_EDGE_PUNCTUATION).replace("’", "'")
    if len(bare) > 1 and bare.isupper():
        return False  # an acronym: "IT", "WHO", "IS"
    if bare == "May" and not first:
        return False  # the month: "between May and August 1960"
    return bare.casefold() in CLAUSE_WORDS


def prose_sentences(text: str, *, min_words: int) -> list[str]:
    """The sentences of ``text`` that are prose, in order."""
    return [s for s in sentences(text) if is_prose_sentence(s, min_words=min_words)]
