"""Characters in Word's "Symbol" font, mapped to the Unicode characters they show.

Word stores a Symbol-font character as its byte code, either in a ``w:sym``
element (``w:char="F0DA"`` or ``"00DA"``) or as plain or private-use text in a
run whose font is Symbol. Read literally, "≥" (0xB3) would become "³" and be
counted as a word, and Greek letters would turn Latin. The table follows the
Adobe Symbol encoding.
"""

from __future__ import annotations

_LOWER = "αβχδεφγηιϕκλμνοπθρστυϖωξψζ"
_UPPER = "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ"

SYMBOL: dict[int, str] = {
    0x20: " ",
    0x21: "!",
    0x22: "∀",
    0x23: "#",
    0x24: "∃",
    0x25: "%",
    0x26: "&",
    0x27: "∋",
    0x28: "(",
    0x29: ")",
    0x2A: "∗",
    0x2B: "+",
    0x2C: ",",
    0x2D: "−",
    0x2E: ".",
    0x2F: "/",
    0x3A: ":",
    0x3B: ";",
    0x3C: "<",
    0x3D: "=",
    0x3E: ">",
    0x3F: "?",
    0x40: "≅",
    0x5B: "[",
    0x5C: "∴",
    0x5D: "]",
    0x5E: "⊥",
    0x5F: "_",
    0x60: "‾",
    0x7B: "{",
    0x7C: "|",
    0x7D: "}",
    0x7E: "∼",
    0xA0: "€",
    0xA1: "ϒ",
    0xA2: "′",
    0xA3: "≤",
    0xA4: "⁄",
    0xA5: "∞",
    0xA6: "ƒ",
    0xA7: "♣",
    0xA8: "♦",
    0xA9: "♥",
    0xAA: "♠",
    0xAB: "↔",
    0xAC: "←",
    0xAD: "↑",
    0xAE: "→",
    0xAF: "↓",
    0xB0: "°",
    0xB1: "±",
    0xB2: "″",
    0xB3: "≥",
    0xB4: "×",
    0xB5: "∝",
    0xB6: "∂",
    0xB7: "•",
    0xB8: "÷",
    0xB9: "≠",
    0xBA: "≡",
    0xBB: "≈",
    0xBC: "…",
    0xBD: "⏐",
    0xBE: "⎯",
    0xBF: "↵",
    0xC0: "ℵ",
    0xC1: "ℑ",
    0xC2: "ℜ",
    0xC3: "℘",
    0xC4: "⊗",
    0xC5: "⊕",
    0xC6: "∅",
    0xC7: "∩",
    0xC8: "∪",
    0xC9: "⊃",
    0xCA: "⊇",
    0xCB: "⊄",
    0xCC: "⊂",
    0xCD: "⊆",
    0xCE: "∈",
    0xCF: "∉",
    0xD0: "∠",
    0xD1: "∇",
    0xD2: "®",
    0xD3: "©",
    0xD4: "™",
    0xD5: "∏",
    0xD6: "√",
    0xD7: "⋅",
    0xD8: "¬",
    0xD9: "∧",
    0xDA: "∨",
    0xDB: "⇔",
    0xDC: "⇐",
    0xDD: "⇑",
    0xDE: "⇒",
    0xDF: "⇓",
    0xE0: "◊",
    0xE1: "〈",
    0xE2: "®",
    0xE3: "©",
    0xE4: "™",
    0xE5: "∑",
    0xE6: "⎛",
    0xE7: "⎜",
    0xE8: "⎝",
    0xE9: "⎡",
    0xEA: "⎢",
    0xEB: "⎣",
    0xEC: "⎧",
    0xED: "⎨",
    0xEE: "⎩",
    0xEF: "⎪",
    0xF1: "〉",
    0xF2: "∫",
    0xF3: "⌠",
    0xF4: "⎮",
    0xF5: "⌡",
    0xF6: "⎞",
    0xF7: "⎟",
    0xF8: "⎠",
    0xF9: "⎤",
    0xFA: "⎥",
    0xFB: "⎦",
    0xFC: "⎫",
    0xFD: "⎬",
    0xFE: "⎭",
}
SYMBOL.update({0x30 + i: str(i) for i in range(10)})
SYMBOL.update({0x41 + i: ch for i, ch in enumerate(_UPPER)})
SYMBOL.update({0x61 + i: ch for i, ch in enumerate(_LOWER)})


def symbol_char(code: int) -> str:
    """The character a Symbol-font code (0x20–0xFF or 0xF020–0xF0FF) shows; "" if none."""
    if 0xF000 <= code <= 0xF0FF:
        code -= 0xF000
    return SYMBOL.get(code, "")


def symbol_text(text: str) -> str:
    """Text typed in a run whose font is Symbol, as it appears on the page."""
    return "".join(symbol_char(ord(ch)) or ch for ch in text)
