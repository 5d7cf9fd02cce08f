"""Symbol-font characters read as what the page shows, not as their byte codes."""

from eecheck.analysis.words import count_words
from eecheck.readers.symbol_font import symbol_char, symbol_text


def test_symbol_codes():
    assert [symbol_char(c) for c in (0xDA, 0xF0DA, 0xF028, 0xB3, 0x61, 0x57)] == ["∨", "∨", "(", "≥", "α", "Ω"]
    assert symbol_char(0xF0F0) == ""  # unassigned in the Symbol encoding


def test_symbol_text_changes_the_count_the_right_way():
    # "x ³ 5" read literally would count the superscript three as a word.
    assert count_words("x " + symbol_text("\uf0b3") + " 5") == 2
    assert symbol_text("a + b") == "α + β"
