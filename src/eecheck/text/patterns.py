"""Patterns that rule packs write: regular expressions and spaCy token patterns, checked and matched.

The generic kinds (``existence``, ``occurrence``, ``conditional``) let a school
write a rule with no Python, so everything a rule file can get wrong about a
pattern is caught here when the rule loads, with the key that holds it:

* a regular expression must compile and must not match empty text;
* a token pattern must have the shape spaCy's ``Matcher`` takes (a list of token
  dicts, or a list of such lists) and use only attributes that eecheck's blank
  English pipeline fills in. Checking the shape needs no spaCy: importing it
  costs a second, so spaCy loads (through ``eecheck.text.nlp``) only when a rule
  with token patterns actually runs.

Matching returns character spans, so a hit can quote and locate what matched.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

# Token attributes the blank pipeline (tokenizer + sentencizer) sets, by value type.
_STRING_ATTRS = frozenset({"ORTH", "TEXT", "LOWER", "NORM", "SHAPE"})
_NUMBER_ATTRS = frozenset({"LENGTH"})
_BOOL_ATTRS = frozenset(
    {
        "SPACY",
        "IS_ALPHA",
        "IS_ASCII",
        "IS_DIGIT",
        "IS_LOWER",
        "IS_UPPER",
        "IS_TITLE",
        "IS_PUNCT",
        "IS_SPACE",
        "IS_BRACKET",
        "IS_QUOTE",
        "IS_LEFT_PUNCT",
        "IS_RIGHT_PUNCT",
        "IS_CURRENCY",
        "IS_STOP",
        "IS_SENT_START",
        "SENT_START",
        "LIKE_NUM",
        "LIKE_URL",
        "LIKE_EMAIL",
    }
)
# Set only by trained components, which eecheck does not download: a pattern
# using them would silently never match, so it is refused at load instead.
_TRAINED_ATTRS = frozenset({"POS", "TAG", "MORPH", "DEP", "LEMMA", "ENT_TYPE", "ENT_IOB", "ENT_ID", "ENT_KB_ID"})
_STRING_PREDICATES = frozenset(
    {"REGEX", "IN", "NOT_IN", "IS_SUBSET", "IS_SUPERSET", "INTERSECTS", "FUZZY", *(f"FUZZY{i}" for i in range(1, 10))}
)
_NUMBER_PREDICATES = frozenset({"REGEX", "IN", "NOT_IN", "IS_SUBSET", "IS_SUPERSET", "INTERSECTS"})
_COMPARISONS = frozenset({"==", "!=", ">=", "<=", ">", "<"})
_OPERATOR = re.compile(r"^(?:[+*?!]|\{\d+\}|\{\d+,\d*\}|\{\d*,\d+\})$")


@dataclass(frozen=True, slots=True)
class Span:
    """What matched, as a character range in the searched text."""

    start: int
    end: int
    text: str


# --- checking what a rule file wrote ---------------------------------------------


def regex_problem(value: Any, key: str) -> str | None:
    """``"key: problem"`` if ``value`` is not a usable regular expression."""
    if not isinstance(value, str) or not value:
        return f"{key}: must be a non-empty regular expression"
    try:
        compiled = re.compile(value)
    except re.error as exc:
        return f"{key}: bad regular expression ({exc})"
    if compiled.search("") is not None:
        return f"{key}: the regular expression {value!r} matches empty text, so it would match everywhere"
    return None


def regex_list_problem(value: Any, key: str) -> str | None:
    """A regex, or a non-empty list of them (``key.N`` names the bad one)."""
    if isinstance(value, str):
        return regex_problem(value, key)
    if not isinstance(value, list) or not value:
        return f"{key}: must be a regular expression or a non-empty list of them"
    for i, item in enumerate(value):
        problem = regex_problem(item, f"{key}.{i}")
        if problem:
            return problem
    return None


def _value_problem(attr: str, value: Any, key: str) -> str | None:
    if attr in _BOOL_ATTRS:
        return None if isinstance(value, bool) else f"{key}: {attr} takes true or false"
    string = attr in _STRING_ATTRS
    if string and isinstance(value, str):
        return None
    if not string and isinstance(value, int) and not isinstance(value, bool):
        return None
    if not isinstance(value, dict) or not value:
        kind = "a string" if string else "a whole number"
        return f"{key}: {attr} takes {kind} or a mapping of predicates (e.g. IN, REGEX)"
    allowed = _STRING_PREDICATES if string else _NUMBER_PREDICATES | _COMPARISONS
    for name, argument in value.items():
        predicate = str(name).upper()
        where = f"{key}.{name}"
        if predicate not in allowed:
            return f"{where}: unknown predicate for {attr} (known: {', '.join(sorted(allowed))})"
        if predicate == "REGEX":
            problem = regex_problem(argument, where)
            if problem:
                return problem
        elif predicate in _COMPARISONS:
            if not isinstance(argument, (int, float)) or isinstance(argument, bool):
                return f"{where}: takes a number"
        elif predicate.startswith("FUZZY"):
            if not isinstance(argument, str):
                return f"{where}: takes a string"
        else:
            item_type = str if string else int
            if not isinstance(argument, list) or not all(
                isinstance(a, item_type) and not isinstance(a, bool) for a in argument
            ):
                return f"{where}: takes a list of {'strings' if string else 'whole numbers'}"
    return None


def _token_problem(token: Any, key: str) -> str | None:
    if not isinstance(token, dict):
        return f"{key}: a token must be a mapping of attributes, e.g. {{LOWER: video}}"
    for name, value in token.items():
        attr = str(name).upper()
        where = f"{key}.{name}"
        if attr == "OP":
            if not isinstance(value, str) or not _OPERATOR.match(value):
                return f"{where}: {value!r} is not an operator (+, *, ?, !, {{n}}, {{n,m}})"
        elif attr in _TRAINED_ATTRS:
            return f"{where}: {attr} needs a trained spaCy pipeline; eecheck's blank pipeline sets only the token text"
        elif attr in _STRING_ATTRS or attr in _NUMBER_ATTRS or attr in _BOOL_ATTRS:
            problem = _value_problem(attr, value, where)
            if problem:
                return problem
        else:
            return f"{where}: unknown token attribute (e.g. LOWER, ORTH, IS_PUNCT, LIKE_URL, OP)"
    return None


def token_patterns_problem(value: Any, key: str) -> str | None:
    """``"key: problem"`` unless ``value`` is one token pattern or a list of them."""
    patterns = as_token_patterns(value)
    if patterns is None:
        return f"{key}: must be a token pattern (a list of token mappings) or a list of such patterns"
    many = bool(value) and isinstance(value[0], list)
    for i, pattern in enumerate(patterns):
        where = f"{key}.{i}" if many else key
        if not pattern:
            return f"{where}: a token pattern needs at least one token"
        for j, token in enumerate(pattern):
            problem = _token_problem(token, f"{where}.{j}")
            if problem:
                return problem
    return None


def as_token_patterns(value: Any) -> list[list[Any]] | None:
    """A single pattern (list of dicts) or several (list of lists) as a list of patterns."""
    if not isinstance(value, list) or not value:
        return None
    if all(isinstance(item, list) for item in value):
        return value
    if isinstance(value[0], list):
        return None
    return [value]


# --- matching ----------------------------------------------------------------------


_JOIN_SENSITIVE = re.compile(r"\(\?<[=!]|\\[AZGz]")


@dataclass(frozen=True, slots=True)
class Matcher:
    """Any of some regexes, or any of some token patterns: ``spans(text)`` finds them."""

    regexes: tuple[str, ...] = ()
    tokens: str | None = None
    """The token patterns as canonical JSON (hashable, for the spaCy matcher cache)."""
    ignore_case: bool = True

    def spans(self, text: str) -> list[Span]:
        """Non-overlapping matches in reading order (the earliest, then the longest, wins)."""
        found: list[tuple[int, int]] = []
        if self.tokens is not None:
            found.extend(_token_spans(self.tokens, text))
        flags = re.IGNORECASE if self.ignore_case else 0
        for source in self.regexes:
            found.extend((m.start(), m.end()) for m in _compiled(source, flags).finditer(text) if m.end() > m.start())
        return [Span(start, end, text[start:end]) for start, end in _without_overlaps(found)]

    def search(self, text: str) -> Span | None:
        spans = self.spans(text)
        return spans[0] if spans else None

    def narrowed(self, texts: Sequence[str]) -> Matcher:
        """This matcher without the regexes that cannot match any of ``texts``.

        One search over all the texts joined by newlines (MULTILINE, so ``^``/``$`` still
        find each text's ends) stands in for one search per text: an essay has thousands of
        text units and most regexes match none. A match in one text is a match in the joined
        text, so nothing is lost; regexes whose meaning could change across the join (look-
        behinds, ``\\A``/``\\Z``) are kept untested. Token patterns are always kept.
        """
        if not self.regexes:
            return self
        joined = "\n".join(texts)
        flags = (re.IGNORECASE if self.ignore_case else 0) | re.MULTILINE
        kept = tuple(
            source
            for source in self.regexes
            if _JOIN_SENSITIVE.search(source) or _compiled(source, flags).search(joined)
        )
        return Matcher(regexes=kept, tokens=self.tokens, ignore_case=self.ignore_case)

    @property
    def empty(self) -> bool:
        return not self.regexes and self.tokens is None

    def describe(self) -> str:
        """The pattern as a rule writer wrote it, for a message's ``missing`` field."""
        if self.tokens is not None:
            return " ".join("/".join(str(v) for v in token.values()) for token in json.loads(self.tokens)[0] if token)
        return " | ".join(self.regexes)


def regex_matcher(value: str | Sequence[str], *, ignore_case: bool) -> Matcher:
    regexes = (value,) if isinstance(value, str) else tuple(value)
    return Matcher(regexes=regexes, ignore_case=ignore_case)


def token_matcher(value: list[Any]) -> Matcher:
    patterns = as_token_patterns(value)
    assert patterns is not None, "validated when the rule loaded"
    return Matcher(tokens=json.dumps([[_canonical(token) for token in p] for p in patterns], sort_keys=True))


def _canonical(token: dict[str, Any]) -> dict[str, Any]:
    """Upper-case attribute and predicate names (``lower`` -> ``LOWER``), as spaCy documents them."""
    out: dict[str, Any] = {}
    for name, value in token.items():
        if isinstance(value, dict):
            value = {(k if k in _COMPARISONS else str(k).upper()): v for k, v in value.items()}
        out[str(name).upper()] = value
    return out


def _without_overlaps(spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    last_end = -1
    for start, end in sorted(set(spans), key=lambda s: (s[0], -s[1])):
        if start >= last_end:
            yield start, end
            last_end = end


@cache
def _compiled(source: str, flags: int) -> re.Pattern[str]:
    return re.compile(source, flags)


@cache
def _spacy_matcher(tokens: str) -> Any:
    from spacy.matcher import Matcher as SpacyMatcher

    from eecheck.text.nlp import nlp

    matcher = SpacyMatcher(nlp().vocab, validate=True)
    matcher.add("rule", json.loads(tokens), greedy="LONGEST")
    return matcher


def _token_spans(tokens: str, text: str) -> list[tuple[int, int]]:
    from eecheck.text.nlp import nlp

    doc = nlp()(text)
    return [(span.start_char, span.end_char) for span in _spacy_matcher(tokens)(doc, as_spans=True)]
