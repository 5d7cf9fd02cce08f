"""REF008's reading of quotations and sentences (kinds/quotation_uncited.py)."""

from __future__ import annotations

from eecheck.kinds.quotation_uncited import _QUOTATION, sentence_spans


def quotations(text: str) -> list[str]:
    return [next(g for g in m.groups() if g is not None) for m in _QUOTATION.finditer(text)]


def test_quotation_marks_of_every_kind():
    assert quotations("He said “we will never yield” and ‘Mao’s men would not’ and ‘‘two bitter pills’’.") == [
        "we will never yield",
        "Mao’s men would not",
        "two bitter pills",
    ]
    assert quotations('«nous ne céderons pas» and „wir weichen nicht“ and "we stand".') == [
        "nous ne céderons pas",
        "wir weichen nicht",
        "we stand",
    ]


def test_apostrophes_are_not_quotation_marks():
    assert quotations("Khrushchev’s visit and the students’ essays were Mao’s idea.") == []


def test_sentences_keep_et_al_and_pages_inside():
    text = "Smith et al. (2019) argue that “aid was conditional” (p. 45). Chen disagrees. It ended."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Smith et al. (2019) argue that “aid was conditional” (p. 45).",
        "Chen disagrees.",
        "It ended.",
    ]
