"""Fuzzy matching of the research question against the introduction's sentences (STR002)."""

from __future__ import annotations

import pytest

from eecheck.analysis.sentences import sentences
from eecheck.text.restatement import best_restatement, content_words, score

RQ = "To what extent did ideological differences cause the Sino-Soviet split between 1956 and 1963?"


def test_content_words_drop_framing_and_function_words():
    assert content_words(RQ) == ["ideological", "differences", "cause", "sino", "soviet", "split", "1956", "1963"]
    assert content_words("How far was Khrushchev’s speech the cause?") == ["khrushchev", "speech", "cause"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Word forms meet at the stem: "caused" for "cause", "ideology" for "ideological".
        ("This essay asks how far ideological differences caused the Sino-Soviet split of 1956–1963.", 1.0),
        ("It examines whether ideology caused the Sino-Soviet split between 1956 and 1963.", 7 / 8),
        # Topic words without the question.
        ("Historians disagree about the weight of ideology in the split.", 2 / 8),
        ("", 0.0),
    ],
)
def test_score(text, expected):
    assert score(RQ, text) == pytest.approx(expected)


def test_a_misspelt_word_is_close_enough_for_difflib():
    assert (
        score(
            "How did Khrushchev’s secret speech change Chinese policy?",
            "Krushchev’s secret speech changed Chinese policy.",
        )
        == 1.0
    )
    assert (
        score("How did Khrushchev’s secret speech change Chinese policy?", "Brezhnev’s secret speech changed policy.")
        == 4 / 6
    )


def test_a_question_split_over_two_sentences_is_found_in_a_window_of_two():
    found = sentences(
        "Historians still argue about the alliance. This essay investigates the ideological differences "
        "between the parties. It asks whether they caused the Sino-Soviet split between 1956 and 1963."
    )
    single = best_restatement(RQ, found, window=1)
    double = best_restatement(RQ, found, window=2)
    assert single is not None and single.score == 0.75
    assert double is not None and double.score == 1.0
    assert double.text.startswith("This essay investigates")


def test_on_a_tie_the_single_sentence_is_quoted():
    found = ["Background first.", "This essay asks: " + RQ, "More follows."]
    match = best_restatement(RQ, found)
    assert match is not None and match.text == "This essay asks: " + RQ


def test_no_sentences_no_match():
    assert best_restatement(RQ, []) is None
