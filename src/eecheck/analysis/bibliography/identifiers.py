"""What makes an entry findable online: DOIs, web addresses, web-only media and generative-AI tools."""

from __future__ import annotations

import re
from dataclasses import dataclass

_DOI = re.compile(
    r"""(?:<?(?:https?://)?(?:dx\.)?doi\.org/|\bdoi\s*:\s*|\bDOI\s+)(?P<doi>10\.\d{4,9}/[^\s<>"“”]+)>?""",
    re.IGNORECASE,
)
_TLDS = (
    "com|org|net|edu|gov|int|mil|info|io|ai|co|uk|ke|ng|za|in|de|fr|es|it|nl|be|ch|at|se|no|dk|fi|pl|"
    "cn|jp|kr|vn|ru|au|nz|ca|us|eu|ie|br|mx|ar|tv|me|news|media|online|org\\.uk|ac\\.uk|gov\\.uk|co\\.uk"
)
_URL = re.compile(
    rf"""<?(?:https?://|www\.)[^\s<>"“”]+>?
      | (?<![\w@.])(?:[A-Za-z0-9][A-Za-z0-9-]+\.)+(?:{_TLDS})(?:/[^\s<>"“”]*)?(?![\w-])""",
    re.VERBOSE,
)
_ONLINE_CONNECTIVES = re.compile(
    r"""\b(?:available\s+(?:at|from|online(?:\s+at)?)|retrieved\s+from|url)\s*:?\s*
      | \[\s*online\s*\]\.?
      | (?<=[.,]\s)(?:online|web)\.(?=\s|$)""",
    re.IGNORECASE | re.VERBOSE,
)
# Publishers, sites and media that exist only on the web: an entry naming one is an
# online source even without a URL.
_WEB_ONLY = re.compile(
    r"""\b(?:YouTube|Vimeo|TikTok|Instagram|Facebook|Twitter|Reddit|Wikipedia|Spotify|SoundCloud
         |Substack|Medium\.com|Blogger|WordPress|LinkedIn|Google\s+Arts\s*&\s*Culture|Khan\s+Academy
         |(?-i:TED)(?:\.com|x)?(?=\s*[,.])|Crash\s+Course)\b
      | \[(?:video|online\s+video|blog\s+post|tweet|web\s+page|webpage|website|podcast(?:\s+episode)?
          |online|infographic|social\s+media\s+post|facebook\s+post|instagram\s+photograph)\]
      | \b(?:blog\s+post|online\s+video|web\s+page|webpage|website|podcast)\b(?=\s*[,.])
    """,
    re.IGNORECASE | re.VERBOSE,
)
_AI_TOOL = re.compile(
    r"""\b(?:chat\s?gpt|gpt-?\d|openai|claude(?:\.ai|\s+\d|\s+(?:sonnet|opus|haiku))|anthropic|google\s+gemini
         |gemini\s+(?:pro|advanced|flash|ultra|\d)|gemini\.google|copilot|deepseek|perplexity(?:\.ai|\s+ai)
         |midjourney|dall[-·\s]?e|large\s+language\s+model|generative\s+ai)\b""",
    re.IGNORECASE | re.VERBOSE,
)

# Numbering typed before an entry: "1. ", "12) ", "[3] ", "(4) ".


def _strip_trailing(value: str) -> str:
    value = value.strip("<>")
    while value and value[-1] in ".,;:)]>'’\"”":
        if value[-1] == ")" and value.count("(") >= value.count(")"):
            break
        value = value[:-1]
    return value


# --- finding identifiers and dates --------------------------------------------


@dataclass(slots=True)
class Cut:
    """Text with spans removed: what is left to read the author, year and title from."""

    text: str

    def remove(self, start: int, end: int) -> None:
        self.text = self.text[:start] + " " * (end - start) + self.text[end:]


def _find_doi(cut: Cut) -> str | None:
    found = None
    for match in _DOI.finditer(cut.text):
        if found is None:
            found = _strip_trailing(match.group("doi"))
        cut.remove(*match.span())
    return found


def _find_urls(cut: Cut) -> str | None:
    """The entry's web address: a full ``https://`` or ``www.`` one first, else a bare
    ``site.org/path``. A bare domain with no path ("Merriam-Webster.com dictionary",
    "Salon.com") names a website: it makes the entry online but stays in the text."""
    full: str | None = None
    bare: str | None = None
    for match in _URL.finditer(cut.text):
        value = _strip_trailing(match.group(0))
        if "." not in value.strip("."):
            continue
        if re.match(r"<?(?:https?://|www\.)", value, re.IGNORECASE):
            full = full or value
        elif "/" in value:
            bare = bare or value
        else:
            bare = bare or value
            continue
        cut.remove(match.start(), match.end())
    return full or bare


# A bare date closing the entry right after its web address: "https://… (3 March 2024)."
