"""Prose versus data in table cells and captions (text/prose.py) and LEN004's kind (prose_in_tables)."""

from __future__ import annotations

import pytest

from eecheck.kinds import prose_in_tables
from eecheck.kinds.base import CheckContext
from eecheck.readers.markdown import read_markdown_text
from eecheck.text.prose import is_prose_sentence, prose_sentences

PARAMS = {"max_prose_words": 30, "min_sentence_words": 8}


@pytest.mark.parametrize(
    ("text", "prose", "why"),
    [
        ("The cancellation showed Beijing that Moscow would not treat China as an equal.", True, "a clause"),
        ("This was the most damaging blow of the whole decade", True, "no full stop needed"),
        ("Numbers fell after 1957, when Beijing began to train engineers at home.", True, "a subordinate clause"),
        ("Mean heart rate of Daphnia magna at each caffeine concentration (n = 5)", False, "'mean' is a label"),
        ("Soviet exports to China, 1959–1962 (million roubles)", False, "a caption's noun phrase"),
        ("Khrushchev denounced Stalin in a closed session in 1956", False, "no clause word: not recognised"),
        ("This was a blow.", False, "too short"),
        ("1959 954 1,100 1960 735 848 1961 367 was", False, "mostly figures"),
        ("Source: World Bank, which collected the data in household surveys in 2021", False, "a source line"),
        ("Spending on IT equipment by households in the ten largest cities", False, "an acronym is not 'it'"),
        ("Soviet specialists withdrawn between May and August 1960 by sector", False, "the month May"),
        ("May the alliance be remembered as the defining partnership of the decade", True, "the modal May"),
    ],
)
def test_is_prose_sentence(text, prose, why):
    assert is_prose_sentence(text, min_words=8) is prose, why


def test_prose_sentences_splits_and_keeps_only_prose():
    text = "Soviet–Chinese trade, 1959–1962. Exports fell by three quarters, which shows a deliberate break."
    assert prose_sentences(text, min_words=8) == ["Exports fell by three quarters, which shows a deliberate break."]


ROW = "| {cell} | 1960 |"
PROSE_12 = "The last students were recalled in 1966 because of the Cultural Revolution."


def _essay(body: str) -> str:
    return (
        "# Exchanges\n\nResearch question: Why did the exchange end?\n\nSubject: History\n\n"
        "Word count: 20\n\n\\newpage\n\n# Introduction\n\nThe essay begins here.\n\n"
        f"{body}\n\n# Appendix\n\n| Note | Year |\n| --- | --- |\n| {PROSE_12} {PROSE_12} {PROSE_12} | 1966 |\n"
    )


def _table(*cells: str, caption_before: str | None = None, caption_after: str | None = None) -> str:
    rows = "\n".join(ROW.format(cell=c) for c in cells)
    table = f"| Remark | Year |\n| --- | --- |\n{rows}"
    parts = [c for c in (caption_before, table, caption_after) if c is not None]
    return "\n\n".join(parts)


def _hits(body: str, **params: int):
    document = read_markdown_text(_essay(body), path="essay.md")
    context = CheckContext.of(document)
    return document, list(prose_in_tables.check(context, {**PARAMS, **params}))


def test_threshold_is_more_than_max_prose_words():
    body = _table(PROSE_12, PROSE_12)  # 24 words of prose
    assert _hits(body, max_prose_words=24)[1] == []
    document, (hit,) = _hits(body, max_prose_words=23)
    assert hit.fields["prose_words"] == 24
    assert hit.fields["sentences"] == 2
    assert hit.fields["parts"] == "cells"
    assert hit.fields["label"] == "the table"
    assert document.blocks[hit.location.block].kind.value == "table"


def test_min_sentence_words_is_tunable():
    body = _table("This was a blow to Mao.", "This was a blow to Mao.")
    assert _hits(body, max_prose_words=0)[1] == []
    assert len(_hits(body, max_prose_words=0, min_sentence_words=5)[1]) == 1


def test_a_caption_before_or_after_belongs_to_the_table_and_names_it():
    caption = "Table 3: Exchanges. " + PROSE_12
    _, (before,) = _hits(_table(PROSE_12, caption_before=caption), max_prose_words=20)
    assert (before.fields["label"], before.fields["parts"], before.fields["prose_words"]) == (
        "Table 3",
        "cells and caption",
        24,
    )
    _, (after,) = _hits(_table("none", caption_after=caption), max_prose_words=10)
    assert (after.fields["label"], after.fields["parts"]) == ("Table 3", "caption")


def test_tables_in_the_appendix_are_not_read():
    document, hits = _hits("No table here.", max_prose_words=0)
    assert [b.section.value for b in document.blocks if b.kind.value == "table"] == ["appendix"]
    assert hits == []


def test_excerpt_is_the_first_prose_sentence_shortened():
    long = "This was the largest project of the first Five-Year Plan, and it made Anshan the steel centre."
    _, (hit,) = _hits(_table(long, PROSE_12), max_prose_words=20)
    assert hit.fields["excerpt"] == "This was the largest project of the first Five-Year Plan, and it …"
    assert hit.location.excerpt == hit.fields["excerpt"]


def test_params_are_validated():
    validate = prose_in_tables.KIND.validate
    assert validate is not None
    assert validate({"max_prose_words": -1, "min_sentence_words": 8}) == "max_prose_words: must be 0 or more"
    assert validate({"max_prose_words": 30, "min_sentence_words": 0}) == "min_sentence_words: must be at least 1"
    assert validate(PARAMS) is None
