"""eecheck's definition of a word (text/words.py): one case per rule of the definition."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eecheck.analysis.words import count_words, word_spans, word_style_count


@pytest.mark.parametrize(
    ("text", "words", "why"),
    [
        ("Sino-Soviet", 1, "a hyphenated word is one word"),
        ("well-known long-term", 2, "each hyphenated compound is one word"),
        ("he/she", 1, "slash-joined words are one word"),
        ("supplier/wholesaler credit", 2, "a slash does not split"),
        ("word—word", 2, "an em dash between words separates them"),
        ("ideology—not power", 3, "an em dash splits like a space"),
        ("–", 0, "an en dash alone is not a word"),
        ("Mao – and Stalin", 3, "a spaced en dash is not a word"),
        ("—", 0, "an em dash alone is not a word"),
        ("1949–1963", 2, "an en dash between years separates them"),
        ("pp. 3–4", 3, "an en-dash range is two numbers"),
        ("&", 0, "an ampersand alone is not a word"),
        ("Jack & Suri", 2, "an ampersand between names is not a word"),
        ("a\u00a0b", 2, "a no-break space separates words"),
        ("KSh\u00a01,000", 2, "a no-break space inside an amount separates"),
        ("https://www.worldbank.org/en/publication/globalfindex", 1, "a URL is one word"),
        ("…", 0, "an ellipsis alone is not a word"),
        ("212 ± 9", 2, "a plus-minus sign alone is not a word"),
        ("“Yam,", 1, "punctuation attached to a word does not matter"),
        ("1,390", 1, "a number with a thousands separator is one word"),
        ("0.50", 1, "a decimal number is one word"),
        ("1.", 1, "a heading number is a token with a digit"),
        ("", 0, "empty text"),
        ("  \n\t ", 0, "whitespace only"),
    ],
)
def test_count_words(text: str, words: int, why: str) -> None:
    assert count_words(text) == words, why


def test_word_spans_point_at_the_words() -> None:
    text = "Mao – and Stalin—1949–1963"
    assert [text[s:e] for s, e in word_spans(text)] == ["Mao", "and", "Stalin", "1949", "1963"]


def test_word_style_count_counts_symbols_and_keeps_dashes() -> None:
    # Microsoft Word's way, reported beside the IB count: every whitespace token.
    assert word_style_count("Jack & Suri") == 3
    assert word_style_count("word—word") == 1
    assert word_style_count("Mao – and") == 3
    assert count_words("Mao – and") == 2


@given(st.text(alphabet=st.sampled_from("ab1 _-–—\u00a0.,;…&éß٣\t\n/'’"), max_size=40))
def test_word_regex_agrees_with_the_definition(text: str) -> None:
    """The one-pass regex is exactly "tokens between separators that hold a letter or digit"."""
    tokens = [t for t in re.split(r"[\s\u2012\u2013\u2014\u2015]+", text) if any(c.isalnum() for c in t)]
    assert count_words(text) == len(tokens)
    assert [text[a:b] for a, b in word_spans(text)] == tokens
