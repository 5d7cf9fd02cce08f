"""Folding text for matching and sorting: case, diacritics, curly apostrophes and Unicode hyphens."""

from __future__ import annotations

import unicodedata

# --- folding -------------------------------------------------------------------

# Letters that Unicode does not decompose into a base letter and a mark.
_UNDECOMPOSABLE = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "Th",
        "æ": "ae",
        "Æ": "Ae",
        "œ": "oe",
        "Œ": "Oe",
        "ı": "i",
        "ħ": "h",
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "ʻ": "'",
        "ʿ": "'",
        "ʾ": "'",
        "‐": "-",
        "‑": "-",
    }
)


def fold(text: str) -> str:
    """Casefold and strip diacritics, so that "Lüthi" == "Luthi" and "Nguyễn" == "nguyen".

    Curly apostrophes become straight ones and Unicode hyphens ASCII ones, so
    "O’Neill" and "O'Neill" fold alike.
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSABLE))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
