"""Bibliography entries: parse each entry of a reference list into its parts.

Owns :class:`Author`, :class:`Entry`, :func:`parse_entry` (one entry's text),
:func:`entries` (a document's bibliography, written or from a reference
manager's records) and :func:`fold` (case and diacritics folded, for matching
and alphabetical order).

Entries are read in the four styles IB candidates use: Chicago (notes and
bibliography, and author–date), MLA 9, APA 7 and Harvard (Cite Them Right and
its variants), plus the comma-separated lists candidates type by hand
("Chen, Jian, Mao's China and the Cold War, 2001, Publisher, USA"). Italics
are gone by the time text reaches the model, so a title is found by its place
in the entry, never by its formatting. The parser is forgiving on purpose: a
field it cannot find is ``None``, and the rules that read entries (REF005,
REF006, REF010 here; citation resolution in ``text/resolve.py``) decide what a
missing field means.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from eecheck.model import BlockKind, Document, Section, SourceRecord


@dataclass(frozen=True, slots=True)
class Author:
    """One author as the entry names them: a family name (or a corporate name written whole)."""

    family: str
    given: str | None = None
    corporate: bool = False


@dataclass(frozen=True, slots=True)
class Entry:
    """One bibliography entry and the parts read from it."""

    text: str
    """The entry as written, spaces normalised and any typed number kept (for entries from a
    reference manager, a rendering of the record)."""
    block: int | None
    """The block the entry starts in; None for entries from a bibliography file."""
    authors: tuple[Author, ...]
    et_al: bool
    year: str | None
    """``2008``, ``2008a``, ``n.d.``, ``in press`` or ``forthcoming``; None when the entry gives none."""
    title: str | None
    container: str | None
    """The journal, book, website or newspaper the work appears in."""
    publisher: str | None
    url: str | None
    """A web address other than a DOI link (``www.`` and bare ``site.org/path`` addresses too)."""
    doi: str | None
    """The bare DOI (``10.1257/aer.104.1.183``), from ``https://doi.org/…`` or ``doi:…``."""
    accessed: str | None
    """The access date as written ("12 Mar. 2025", "March 3, 2024"); for a generative-AI
    citation without one, the date the output was generated."""
    lead: str
    """The first element, for alphabetical order: the first author's family name, or the
    corporate author, or the title without leading article or quotation marks; folded."""
    style: str | None
    """``chicago``, ``mla``, ``apa`` or ``harvard``: a guess from the entry's shape; None when unclear."""
    # Additions beyond the shared contract (optional, with defaults).
    leads: tuple[str, ...] = ()
    """Every sort key the first element may fairly be alphabetised under ("de gaulle" and
    "gaulle"; "the economist" and "economist"; word-by-word and letter-by-letter)."""
    title_first: bool = False
    """The entry starts with its title (an anonymous work)."""
    repeated_author: bool = False
    """The entry starts with a dash ("———." / "---.") standing for the previous entry's authors."""
    online: str | None = None
    """What makes the entry an online source: ``url``, or the web-only publisher or medium named."""
    ai_tool: bool = False
    """The entry cites output of a generative-AI tool."""
    label: str | None = None
    """The number the entry carries when the list is typed as numbered ("1.", "[1]")."""
    group: int = 0
    """Which part of a divided bibliography the entry is in ("Primary sources" …), from 0."""
    record: SourceRecord | None = None
    """The reference manager's record, for entries made from ``Document.source_records``."""


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


# --- shared patterns -----------------------------------------------------------

# English, and the French, German and Spanish months of essays written in those languages.
_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|"
    r"januar|j[äa]nner|februar|m[äa]rz|maerz|juni|juli|oktober|dezember|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?ptiembre|octubre|noviembre|diciembre)"
)
_YEAR_NUMBER = r"(?:1[5-9]\d\d|20\d\d)"
# A date as written in an access or publication date.
_DATE = rf"""(?:
    \d{{1,2}}(?:st|nd|rd|th|er|\.)?\s+(?:of\s+|de\s+)?{_MONTHS}\.?,?\s+(?:de\s+)?{_YEAR_NUMBER}
  | {_MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR_NUMBER}
  | {_YEAR_NUMBER},?\s+{_MONTHS}\.?\s+\d{{1,2}}(?!\d)
  | {_MONTHS}\.?,?\s+{_YEAR_NUMBER}
  | {_YEAR_NUMBER}-\d{{1,2}}-\d{{1,2}}
  | \d{{1,2}}[/.]\d{{1,2}}[/.](?:\d{{4}}|\d{{2}})(?!\d)
)"""
_ACCESS = re.compile(
    rf"""(?P<all>
        [\[(]?\s*
        (?:(?:date\s+)?(?:last\s+)?(?:accessed|retrieved|viewed|consulted|cited|visited)
          |date\s+of\s+access|generated|date\s+generated|output\s+generated
          |consult[ée]|abgerufen|zugegriffen|zugriff|abrufdatum|consultado|recuperado|visitado|visto)
        (?:\s+(?:on|in|le|am|el|en))?\s*:?\s*
        (?P<date>{_DATE})
        (?:\s*,?\s*(?:from|de)\b)?
        \s*[\])]?
      | \bWeb\.\s+(?P<webdate>{_DATE})
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_DATE_ONLY = re.compile(_DATE, re.IGNORECASE | re.VERBOSE)

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
_LABEL = re.compile(r"^\s*(?P<label>\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)])\s+(?=\S)")
# "———." / "---." / "___." standing for the previous entry's author(s).
_REPEATED = re.compile(r"^\s*(?:[—–-]{2,}|_{3,}|—)\s*(?P<role>,\s*[^.]{1,25})?\.\s*")

_YEAR_TOKEN = rf"(?:{_YEAR_NUMBER}[a-z]?)"
# Case matters for the short forms: "S. F. Smith" and "O. J. Simpson" are initials.
_NO_DATE = (
    r"(?:(?-i:[nN]\.\s?d\.)(?:-?[a-z])?|(?-i:[nN]\.d)\b|no\s+date|undated|in\s+press|forthcoming"
    r"|(?-i:s\.\s?[df]\.)|(?-i:o\.\s?J\.))"
)
# "(2014)", "(2014a)", "(2021, March 3)", "(n.d.)", "(in press)", "(2019/2020)".
_PAREN_YEAR = re.compile(
    rf"""\(\s*(?:c\.\s*|ca\.\s*)?
        (?:(?P<year>{_YEAR_TOKEN})(?:\s*[,/–-]\s*[^()]{{0,40}})?|(?P<nodate>{_NO_DATE}))
        \s*\)""",
    re.IGNORECASE | re.VERBOSE,
)

# Words a period does not end: initials are handled separately.
_ABBREVIATIONS = frozenset(
    """al ed eds edn trans tr comp comps rev repr vol vols no nos pp p ch chap sect sec univ dept co
    inc ltd corp fig figs e.g i.e cf vs viz approx ca c st ste mt ft dr mr mrs ms prof gen gov col
    capt lt sgt hon rt rev op cit ibid u.s u.k d.c n.d s.d jan feb mar apr jun jul aug sep sept oct
    nov dec ed.s intro illus dir narr orig pub publ assoc natl intl coll mag ser supp suppl""".split()
)

_PARTICLES = frozenset(
    """van von der den de du da di del della dei des la le lo dos das do ter ten te zu af av bin ibn ben bint
    al el""".split()
)
# Family names written first in Chinese, Korean and Vietnamese names ("Chen Jian",
# "Xue Litai", "Nguyễn Văn Thiệu"): with no comma in the entry, the first word of
# such a name is the family name.
_FAMILY_FIRST = frozenset(
    fold(name)
    for name in """Chen Wang Li Zhang Liu Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo
    Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye
    Cheng Wei Su Lu Ding Ren Shen Yao Jin Xue Mao Qian Qin Kong Bai Cui Kang Mo Tan Fang Shi Yan Hou
    Lei Long Duan Hao Shao Wan Gu Lai Wen Meng Hong Chiang Deng Zhu Lee Kim Park Choi Jung Kang Cho
    Yoon Jang Lim Shin Oh Seo Kwon Hwang Ahn Song Hong Bong Moon Baek Ryu Jeon Nam Noh
    Nguyen Tran Le Pham Hoang Phan Vu Vo Dang Bui
    Do Ho Ngo Duong Ly Truong Dinh Mai""".split()
)

# Words that make a name corporate: "World Bank", "Central Bank of Kenya",
# "Ministry of Health", "Human Rights Watch".
_CORPORATE_WORDS = frozenset(
    fold(word)
    for word in """Bank Organization Organisation Ministry Department Dept Office Institute Institution
    Council Agency Committee Commission Association Society Foundation Fund Nations Union Centre Center
    University College School Press Service Services Bureau Government Group Trust Authority Board
    Programme Program Company Corporation Corp Inc Ltd LLC PLC Museum Library Archive Archives Network
    Federation Parliament Congress Senate Court Party Forum Watch International Statistics Survey Team
    Project Initiative Alliance Coalition Club Church Academy Laboratory Laboratories Hospital Clinic
    Secretariat News Times Post Herald Tribune Journal Magazine Gazette Reuters Press Broadcasting
    Corporation Media Network Channel Studios Studio Pictures Films Records Productions Administration
    Agency Republic Kingdom Assembly Cabinet Treasury Police Army Navy Force Forces Registry Register
    Observatory Consortium Partnership Panel Council Unit Division Section Directorate Authority
    Commissioner Industries Holdings Limited Enterprises Technologies Labs Systems Editors Staff""".split()
)
# Companies and sites that are authors in their own right but carry no corporate word.
_KNOWN_CORPORATE = frozenset(
    fold(name)
    for name in """OpenAI Anthropic Google Microsoft Meta Apple Amazon Safaricom Statista Wikipedia
    Britannica Encyclopaedia Encyclopedia Investopedia Vox Reuters Bloomberg Euronews Deutsche
    Welle Oxfam Greenpeace Amnesty Unicef Unesco Médecins Frontières Netflix Spotify YouTube DeepSeek
    Midjourney Perplexity""".split()
)
_FUNCTION_WORDS = frozenset(
    """a an the of and or for to in on at by with from into over under about as is are was were be
    its their his her our your my vs versus de la le les des du del da di der die das und y e et en
    el los las""".split()
)
_ARTICLES = ("the ", "a ", "an ", "le ", "la ", "les ", "l'", "el ", "los ", "las ", "der ", "die ", "das ")
# Role words after a name: "Westad, Odd Arne, ed.", "Westad, O. A. (Ed.)", "Bong Joon-ho, director".
_ROLE = (
    r"(?:eds?|editors?|edited|comps?|compilers?|trans|translators?|tr|dirs?|directors?|producers?|"
    r"hosts?|narrators?|illus(?:trator)?|creators?|writers?|performers?|interviewees?|interviewers?|"
    r"speakers?|presenters?|photographers?|artists?|composers?|curators?)"
)
_ROLE_TAG = re.compile(
    rf"""\s*\((?:{_ROLE})\.?(?:\s+and\s+{_ROLE}\.?)?\)
      | ,?\s+(?:{_ROLE})\.?(?=\s*(?:[,;&]|and\b|$))""",
    re.IGNORECASE | re.VERBOSE,
)
_ET_AL = re.compile(r",?\s*(?:et\.?\s+al(?:ii|ia)?\.?|and\s+others|&\s+others|…|\.\.\.)", re.IGNORECASE)
_INITIALS = re.compile(r"^(?:[A-Z\u00C0-\u024F](?:[a-z]?\.|\b)[\s-]*)+$")
_VANCOUVER_INITIALS = re.compile(r"^[A-Z]{1,3}$")


# --- small helpers -------------------------------------------------------------


def _clean(text: str) -> str:
    text = text.replace("\u00a0", " ").replace("\u2009", " ").replace("\u202f", " ")
    # Markdown emphasis and escaped characters, when a reader leaves them in (asterisks only:
    # underscores belong to web addresses such as "wiki/Suez_(1956)").
    text = re.sub(r"(?<!\w)\*{1,2}(?=\S)|(?<=\S)\*{1,2}(?!\w)", "", text)
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!&%])", r"\1", text)
    return re.sub(r"\s+", " ", text).strip()


def _tidy(text: str) -> str:
    """Punctuation left dangling once identifiers and dates are cut out."""
    text = re.sub(r"\(\s*[.,;:]?\s*\)|\[\s*[.,;:]?\s*\]|<\s*>", " ", text)
    # Only punctuation that a removal left stranded: "Foundation, . Accessed" (never "A., Klapper").
    for _ in range(3):
        text = re.sub(r"[.,;:]\s+([.,;:])(?=\s|$)", r"\1", text)
    text = re.sub(r"\s+([.,;:])(?=\s|$)", r"\1", text)
    text = re.sub(r"\s+", " ", text)
    return text.strip(" ,;:")


def _strip_trailing(value: str) -> str:
    value = value.strip("<>")
    while value and value[-1] in ".,;:)]>'’\"”":
        if value[-1] == ")" and value.count("(") >= value.count(")"):
            break
        value = value[:-1]
    return value


def _words(text: str) -> list[str]:
    return re.findall(r"[\w\u00C0-\u024F'’-]+", text)


def _is_capitalised(word: str) -> bool:
    first = word.lstrip("(“\"‘'")[:1]
    return bool(first) and (first.isupper() or first.isdigit())


def _is_initials(text: str) -> bool:
    return bool(_INITIALS.match(text.strip()))


def _has_lowercase_content_word(text: str) -> bool:
    """A sentence-case title ("The Global Findex Database: digital payments") has
    lowercase content words; a corporate name ("Central Bank of Kenya") does not."""
    words = _words(text)
    return any(w[:1].islower() and fold(w) not in _FUNCTION_WORDS and fold(w) not in _PARTICLES for w in words[1:])


def is_corporate(name: str) -> bool:
    """Whether an author element names an organisation rather than a person."""
    name = name.strip(" .,")
    if not name:
        return False
    words = _words(name)
    if not words:
        return False
    # "Church, Frank": a family name that happens to be a corporate word.
    if "," in name:
        head, _, rest = name.partition(",")
        if len(_words(head)) == 1 and _looks_given(rest.strip()):
            return False
    folded = [fold(w) for w in words]
    if folded[0] in ("the",) and len(words) > 1:
        return True
    if any(w in _CORPORATE_WORDS for w in folded) and len(words) > 1:
        return True
    if len(words) == 1 and (folded[0] in _CORPORATE_WORDS or folded[0] in _KNOWN_CORPORATE):
        return True
    if any(w in _KNOWN_CORPORATE for w in folded) and not _looks_person_inverted(name):
        return True
    # Acronyms: UNESCO, WHO, OECD, BBC News.
    if re.fullmatch(r"[A-Z](?:[A-Z&-]|\.(?=[A-Z])){1,9}\.?(?:\s+[A-Z][\w-]*)*", name):
        return not _is_initials(name)
    # CamelCase single words: OpenAI, YouTube, DeepMind.
    return len(words) == 1 and bool(re.search(r"[a-z][A-Z]", words[0]))


def _looks_person_inverted(name: str) -> bool:
    head, comma, rest = name.partition(",")
    return bool(comma) and len(_words(head)) <= 3 and _looks_given(rest.strip())


def _looks_given(text: str) -> bool:
    """Given names or initials: "Lorenz M.", "Odd Arne", "W.", "D. N.", "Charles de"."""
    text = text.strip(" ,")
    if not text or len(text) > 40 or re.search(r"\d|[:;“”\"()]", text):
        return False
    if _is_initials(text):
        return True
    words = text.split()
    if not 1 <= len(words) <= 4:
        return False
    for word in words:
        bare = word.strip(".,")
        if fold(bare) in _PARTICLES or fold(bare) in ("jr", "sr", "ii", "iii", "iv"):
            continue
        if not _is_capitalised(bare) or fold(bare) in _CORPORATE_WORDS:
            return False
    return True


# --- finding identifiers and dates --------------------------------------------


@dataclass(slots=True)
class _Cut:
    """Text with spans removed: what is left to read the author, year and title from."""

    text: str

    def remove(self, start: int, end: int) -> None:
        self.text = self.text[:start] + " " * (end - start) + self.text[end:]


def _find_doi(cut: _Cut) -> str | None:
    found = None
    for match in _DOI.finditer(cut.text):
        if found is None:
            found = _strip_trailing(match.group("doi"))
        cut.remove(*match.span())
    return found


def _find_urls(cut: _Cut) -> str | None:
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
_DATE_AFTER_URL = re.compile(
    rf"""(?:https?://|www\.)[^\s<>"“”]+\s*[.,;]?\s*[\[(]?\s*(?P<date>{_DATE})\s*[\])]?\s*\.?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)


def _find_access(cut: _Cut) -> str | None:
    found = None
    for match in _ACCESS.finditer(cut.text):
        date = match.group("date") or match.group("webdate")
        found = date.strip()
        cut.remove(*match.span())
    if found is None:
        after_url = _DATE_AFTER_URL.search(cut.text)
        if after_url:
            found = after_url.group("date").strip()
            start = after_url.start("date")
            cut.remove(start, after_url.end())
    return found


# --- sentence boundaries -------------------------------------------------------


def _boundaries(text: str) -> list[int]:
    """Offsets just after each full stop (or ? !) that ends an element of the entry.

    A period after an initial ("Lorenz M.", "W. W. Norton") or a known abbreviation
    ("ed.", "et al.", "Mar.", "Vol.") does not end one.
    """
    found: list[int] = []
    for match in re.finditer(r"[.?!][”\"’']?(?=\s|$)", text):
        mark = match.group(0)[0]
        end = match.end()
        if mark == ".":
            before = text[: match.start()]
            word_match = re.search(r"([\w\u00C0-\u024F.'’-]*)$", before)
            word = word_match.group(1) if word_match else ""
            bare = fold(word.strip("."))
            if len(word.strip(".")) == 1 and word.strip(".").isalpha() and word.strip(".").isupper():
                continue  # an initial
            if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):
                continue  # "U.S.", "D.C.", "e.g."
            if bare in _ABBREVIATIONS:
                continue
            if re.fullmatch(r"\d+(?:st|nd|rd|th)", bare) and re.match(r"\s*ed", text[end:]):
                continue
        found.append(end)
    return found


_ROLE_ABBREVIATIONS = frozenset({"al", "ed", "eds", "trans", "tr", "comp", "comps", "dir", "dirs", "ill", "illus"})


def _author_end(text: str) -> int | None:
    """Where the author element of a Chicago or MLA entry ends (just after its full stop).

    Unlike a title, an author element may end on an initial ("Lüthi, Lorenz M.")
    or an abbreviation ("Corotto, Frank, et al.", "Westad, Odd Arne, ed."), so
    those end it here when they close the first author's given names or the
    author list, but not when a later author's name goes on ("John W. Lewis").
    """
    for match in re.finditer(r"[.?!](?=\s|$)", text):
        end = match.end()
        if match.group(0) != ".":
            return end
        before = text[: match.start()]
        word_match = re.search(r"([\w\u00C0-\u024F.'’-]*)$", before)
        word = (word_match.group(1) if word_match else "").strip(".")
        bare = fold(word)
        if len(word) == 1 and word.isalpha() and word.isupper():
            # An initial ends the element only as the first author's given names: "Lüthi, Lorenz M."
            names = before[: len(before) - len(word)]
            # ...unless another initial follows: "Innes, C. L. Chinua Achebe", "Yeats, W. B."
            another_initial = re.match(r"\s*[A-Z]\.(?=\s|$)", text[end:])
            if names.count(",") == 1 and not re.search(r"\b(?:and|&)\b", names) and not another_initial:
                return end
            continue
        if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):
            continue
        if bare in _ROLE_ABBREVIATIONS:
            if re.search(r"(?:,|\bet|\()\s*\S+$", before):
                return end
            continue
        if bare in _ABBREVIATIONS:
            continue
        return end
    return None


def _first_boundary(text: str, start: int = 0) -> int | None:
    for offset in _boundaries(text[start:]):
        if offset > 0:
            return start + offset
    return None


_OPEN_QUOTES = {"“": "”", '"': '"', "‘": "’", "'": "'", "«": "»", "„": "“"}


def _quoted_at(text: str, start: int) -> tuple[str, int] | None:
    """The quoted span opening at ``start``: (inside, offset after the closing mark)."""
    if start >= len(text) or text[start] not in _OPEN_QUOTES:
        return None
    close = _OPEN_QUOTES[text[start]]
    position = start + 1
    while True:
        found = text.find(close, position)
        if found < 0:
            return None
        after = text[found + 1 : found + 2]
        # An apostrophe inside the title ("Kenya’s"): the closing mark is not followed by a letter.
        if close in "’'" and after.isalpha():
            position = found + 1
            continue
        return text[start + 1 : found], found + 1


# --- authors -------------------------------------------------------------------


def _natural_order(name: str) -> Author:
    """ "John W. Lewis", "Anna van der Berg", "Xue Litai", "Smith JK" (Vancouver)."""
    words = name.split()
    if len(words) == 1:
        return Author(family=words[0])
    if len(words) >= 2 and _VANCOUVER_INITIALS.match(words[-1]) and len(words) == 2:
        return Author(family=words[0], given=words[1])
    suffix = ""
    if fold(words[-1].strip(".,")) in ("jr", "sr", "ii", "iii", "iv"):
        suffix = " " + words[-1]
        words = words[:-1]
    if 2 <= len(words) <= 3 and fold(words[0]) in _FAMILY_FIRST and not any(w.endswith(".") for w in words):
        return Author(family=words[0], given=" ".join(words[1:]) + suffix)
    for i, word in enumerate(words[1:-1] if len(words) > 2 else [], start=1):
        if fold(word) in _PARTICLES and word[:1].islower():
            return Author(family=" ".join(words[i:]), given=" ".join(words[:i]) + suffix)
    return Author(family=words[-1], given=" ".join(words[:-1]) + suffix)


def _split_names(text: str) -> list[str]:
    parts = re.split(r"\s*(?:,\s*(?:and|&)\s+|\s+(?:and|&)\s+|&|;\s*|,\s*)", text)
    names = []
    for part in parts:
        part = (part or "").strip()
        if not part.strip("."):
            continue
        # Keep an initial's full stop ("Lorenz M."), drop the element's ("Suri" from "Suri.").
        if part.endswith(".") and not re.search(r"(?:^|[\s.-])(?:[A-Z\u00C0-\u024F]|Jr|Sr)\.$", part):
            part = part.rstrip(".")
        names.append(part.lstrip("."))
    return names


def parse_authors(text: str) -> tuple[tuple[Author, ...], bool]:
    """Authors named by an entry's first element, and whether it says "et al."."""
    et_al = bool(_ET_AL.search(text))
    text = _ET_AL.sub("", text)
    text = _ROLE_TAG.sub("", text)
    text = text.strip(" ,;")
    if text.endswith(".") and not re.search(r"(?:^|[\s.-])(?:[A-Z\u00C0-\u024F]|Jr|Sr)\.$", text):
        text = text[:-1]  # the element's full stop, not an initial's
    if not text:
        return (), et_al
    if is_corporate(text):
        return (Author(family=text.strip(" ."), corporate=True),), et_al
    tokens = _split_names(text)
    if not tokens:
        return (), et_al
    authors: list[Author] = []
    initials_mode = len(tokens) > 1 and _is_initials(tokens[1])
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if fold(token.strip(".")) in ("jr", "sr", "ii", "iii", "iv") and authors:
            # "King, Martin Luther, Jr.": a suffix of the name before it.
            last = authors[-1]
            authors[-1] = replace(last, given=f"{last.given}, {token}" if last.given else token)
            i += 1
            continue
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        if initials_mode:
            if following is not None and _is_initials(following):
                authors.append(Author(family=token, given=following))
                i += 2
                continue
            authors.append(_natural_or_corporate(token))
            i += 1
            continue
        # "T. Suri and W. Jack" (IEEE, Vancouver): initials first is natural order.
        natural = bool(re.match(r"^(?:[A-Z\u00C0-\u024F]\.[\s-]*)+[A-Z\u00C0-\u024F][\w\u00C0-\u024F'’-]+", token))
        inverted = following is not None and not natural and _looks_given(following)
        if inverted and i > 0:
            # After the first author, Chicago and MLA write names in natural order ("John W.
            # Lewis"); only a bare family name ("Jones, Mary" in some Harvard lists) pairs.
            single = len(token.split()) == 1 or fold(token.split()[0]) in _PARTICLES
            inverted = single
        if inverted and following is not None:
            authors.append(Author(family=token, given=following))
            i += 2
        else:
            authors.append(_natural_or_corporate(token) if i > 0 or len(tokens) > 1 else _single_name(token))
            i += 1
    return tuple(authors), et_al


def _natural_or_corporate(token: str) -> Author:
    if is_corporate(token):
        return Author(family=token, corporate=True)
    return _natural_order(token)


def _single_name(token: str) -> Author:
    """The whole first element is one name with no comma: "Chen Jian", "Plato", "Vox"."""
    if is_corporate(token):
        return Author(family=token, corporate=True)
    words = token.split()
    if len(words) == 1:
        return Author(family=token)
    if fold(words[0]) in _FAMILY_FIRST and len(words) <= 3:
        return Author(family=words[0], given=" ".join(words[1:]))
    if len(words) <= 4 and all(_is_capitalised(w) or fold(w) in _PARTICLES for w in words):
        return _natural_order(token)
    return Author(family=token, corporate=True)


# --- sort keys -----------------------------------------------------------------


def _strip_article(text: str) -> str:
    folded = text
    for article in _ARTICLES:
        if folded.startswith(article) and len(folded) > len(article):
            return folded[len(article) :]
    return folded


def _key(text: str) -> str:
    """Word-by-word sort key: folded, punctuation gone, words separated by one space."""
    folded = fold(text)
    folded = re.sub(r"['’]", "", folded)
    folded = re.sub(r"[^\w\s]|_", " ", folded)
    return re.sub(r"\s+", " ", folded).strip()


def _lead_and_keys(authors: tuple[Author, ...], title: str | None, *, title_first: bool) -> tuple[str, tuple[str, ...]]:
    if authors and not title_first:
        first = authors[0]
        name = first.family
        lead = _key(name)
        keys = {lead, lead.replace(" ", "")}
        if first.corporate:
            bare = _strip_article(lead)
            keys |= {bare, bare.replace(" ", "")}
            lead = bare
        words = lead.split()
        # "de Gaulle" under D or G, "van der Berg" under V or B, "al-Rashid" under A or R.
        skip = 0
        while skip < len(words) - 1 and words[skip] in _PARTICLES:
            skip += 1
        if skip:
            rest = " ".join(words[skip:])
            keys |= {rest, rest.replace(" ", "")}
        if first.given and not first.corporate:
            given_words = _key(first.given).split()
            particles = [w for w in given_words if w in _PARTICLES]
            if particles and given_words[-len(particles) :] == particles:
                # "Gaulle, Charles de": also under "de Gaulle".
                full = " ".join([*particles, lead])
                keys |= {full, full.replace(" ", "")}
        return lead, tuple(sorted(keys))
    if title:
        lead = _strip_article(_key(title.strip("“”\"‘’' ")))
        whole = _key(title.strip("“”\"‘’' "))
        keys = {lead, lead.replace(" ", ""), whole, whole.replace(" ", "")}
        return lead, tuple(sorted(keys))
    return "", ()


# --- years ---------------------------------------------------------------------

# A year, or the first of a range ("1998–2002", a work in several volumes); a "no date" form.
_FACT_YEAR = re.compile(
    rf"(?<![\d/–-])(?P<year>{_YEAR_NUMBER}[a-z]?)(?!\d)(?:\s*[–-]\s*(?:{_YEAR_NUMBER}|\d\d)(?!\d))?"
    rf"|(?<![\w.])(?P<nodate>{_NO_DATE})",
    re.IGNORECASE,
)


def _year_in(facts: str) -> str | None:
    """The publication year among an entry's publication facts (after the title)."""
    # A quoted prompt or subtitle ("Response to the prompt “… Mao in 1960.”") holds no publication year.
    facts = re.sub(r"“[^”]*”|\"[^\"]*\"|‘(?:[^’]|’(?=[A-Za-z]))*’", " ", facts)
    # A year in parentheses: Chicago journals "116, no. 1 (2011): 109–32".
    paren = _PAREN_YEAR.search(facts)
    if paren:
        return _year_value(paren)
    candidates: list[str] = []
    for match in _FACT_YEAR.finditer(facts):
        before = facts[: match.start()]
        if re.search(r"(?:\bpp?\.|\bno\.|\bvol\.|\bnos\.|:)\s*$", before, re.IGNORECASE):
            continue  # a page, issue or volume number that looks like a year
        if re.search(r"\d\s*[–-]\s*$", before):
            continue  # the end of a page range
        candidates.append(_year_value(match))
    return candidates[-1] if candidates else None


def _normal_year(text: str) -> str:
    """A year as the entry gives it, with every "no date" form ("n.d", "N.d.", "no date",
    "undated", French "s.d.", Spanish "s.f.", German "o. J.") written "n.d." ("n.d.-a" for
    APA's second undated work by one author); "in press" and "forthcoming" as they are."""
    if re.fullmatch(_YEAR_TOKEN, text):
        return text
    folded = re.sub(r"\s+", " ", fold(text)).strip()
    if folded in ("in press", "forthcoming"):
        return folded
    suffix = re.fullmatch(r"n\.\s?d\.?-?([a-z])", folded)
    return f"n.d.-{suffix.group(1)}" if suffix else "n.d."


def _year_value(match: re.Match[str]) -> str:
    return match.group("year") or _normal_year(match.group("nodate"))


# --- publication facts -----------------------------------------------------------

# "Chapel Hill: University of North Carolina Press, 2001" (Chicago), "Nairobi: Central Bank
# of Kenya." (Harvard), "Boston: Little, Brown, 1970": a short place, then the publisher.
_PLACE_PUBLISHER = re.compile(
    r"""(?:^|(?<=[.;,]\s))
        (?P<place>[A-Z][\w.'’\u00C0-\u024F-]*(?:\s+[A-Z][\w.'’\u00C0-\u024F-]*){0,3}(?:,\s*[A-Z][\w.]{1,12})?)
        :\s*
        (?P<publisher>[A-Z\d][^:;(),]*?(?:,\s*[A-Z][a-z]+(?:\s+(?:and|&)\s+[A-Z][a-z]+)?)?)
        (?=,\s*(?:\d{4}|n\.\s?d|pp?\.)|(?<![\s.][A-Z])\.(?:\s|$)|$)""",
    re.VERBOSE,
)
_JOURNAL_TAIL = re.compile(
    r"""^(?P<container>[^()]+?)
        (?:,?\s+(?:vol\.\s*)?\d+(?:\s*\(\d[\d/–-]*\)|,\s*no\.|\s+no\.|,\s*\d|\s*\()|,\s*vol\.|\s+\d+,\s*no\.)""",
    re.IGNORECASE | re.VERBOSE,
)
_NOT_PUBLISHER = re.compile(
    r"""^(?:vol|vols|no|nos|pp|p|ed|edn|\d+(?:st|nd|rd|th)\s+ed|edited|translated|directed|performed|produced
         |created|narrated|uploaded|season|episode|series|chap|ch|part|\d+|in|accessed|originally|reprint|repr)
        (?![a-z])""",
    re.IGNORECASE | re.VERBOSE,
)


def _elements(text: str) -> list[str]:
    """The comma- and period-separated elements of publication facts."""
    # Publishers whose names hold a comma.
    text = re.sub(r"\b(Little|Farrar),(\s+)(Brown|Straus)", "\\1\u0000\\2\\3", text)
    elements: list[str] = []
    for sentence in _split_at(text, _boundaries(text)):
        elements.extend(part.strip(" .").replace("\u0000", ",") for part in sentence.split(",") if part.strip(" ."))
    return elements


def _split_at(text: str, offsets: list[int]) -> list[str]:
    pieces: list[str] = []
    start = 0
    for offset in offsets:
        pieces.append(text[start:offset].strip())
        start = offset
    pieces.append(text[start:].strip())
    return [p for p in pieces if p]


def _publication_facts(facts: str, *, quoted_title: bool, apa_like: bool = False) -> tuple[str | None, str | None]:
    """(container, publisher) from the part of an entry after its title."""
    facts = re.sub(r"\(\s*original(?:ly)?\s+(?:work\s+)?published[^()]*\)", "", facts, flags=re.IGNORECASE)
    facts = facts.strip(" .,")
    if not facts:
        return None, None
    container: str | None = None
    publisher: str | None = None
    chapter = re.match(
        r"^in\s+(?:(?P<eds>[^()]+?)\s*\((?:eds?|editors?)\.?\),?\s*)?(?P<book>[^,(]+?)(?=[,(]|\.\s|\.?$)",
        facts,
        re.IGNORECASE,
    )
    if chapter:
        container = chapter.group("book").strip()
    else:
        journal = _JOURNAL_TAIL.match(facts)
        if journal and re.search(rf"\b{_MONTHS}\.?$", journal.group("container").strip(), re.IGNORECASE):
            journal = None  # "New York Times, March 4, 2024": a date, not a volume
        if journal and (quoted_title or apa_like or re.search(r"\d+\s*\(\d", facts)):
            container = journal.group("container").strip(" .")
        elif quoted_title:
            first = _split_at(facts, _boundaries(facts))[0].split(",")[0].strip(" .")
            if first and not _NOT_PUBLISHER.match(first):
                container = first
    # The last one: a chapter's book title may hold a colon before it.
    places = list(_PLACE_PUBLISHER.finditer(facts))
    place = places[-1] if places else None
    if place:
        publisher = place.group("publisher").strip(" .,")
    else:
        elements = _elements(facts)
        for i, element in enumerate(elements):
            if (
                re.fullmatch(
                    rf"(?:{_MONTHS}\.?\s+)?(?:\d{{1,2}}\s+)?{_YEAR_TOKEN}|\d{{1,2}}\s+{_MONTHS}\.?\s+{_YEAR_TOKEN}",
                    element,
                    re.IGNORECASE,
                )
                and i
            ):
                back = i - 1
                # "New York Times, March 4, 2024": the month and day belong to the date.
                while back > 0 and re.fullmatch(
                    rf"{_MONTHS}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTHS}\.?", elements[back], re.IGNORECASE
                ):
                    back -= 1
                candidate = elements[back]
                if re.fullmatch(rf"{_MONTHS}\.?\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTHS}\.?", candidate, re.IGNORECASE):
                    break
                if (
                    candidate != container
                    and not _NOT_PUBLISHER.match(candidate)
                    and not _DATE_ONLY.fullmatch(candidate)
                ):
                    publisher = candidate
                break
        if publisher is None and not quoted_title and elements:
            last = elements[-1]
            if apa_like:
                # APA and Harvard end a book with its publisher, commas and all: "Farrar, Straus and Giroux."
                sentences = _split_at(facts, _boundaries(facts))
                last = sentences[-1].strip(" .") if sentences else last
            if not _NOT_PUBLISHER.match(last) and not re.search(r"\d", last) and last != container:
                publisher = last
    if publisher and ":" in publisher:
        publisher = publisher.split(":", 1)[1].strip() or None
    return container or None, publisher or None


# --- the parser --------------------------------------------------------------------


def _guess_style(
    text: str, facts: str, *, paren_year_then_period: bool | None, year_after_author: str | None
) -> str | None:
    """Which of the four styles an entry's shape suggests; None when nothing tells.

    ``year_after_author`` is "." for Chicago author–date ("Lüthi, Lorenz M. 2008.")
    and "," for Harvard's AGPS variant ("Ndung’u, N 2018, ‘Next steps…’").
    """
    if paren_year_then_period is True:
        return "apa"
    if paren_year_then_period is False or year_after_author == ",":
        return "harvard"
    if re.search(r"\(accessed:|available (?:at|from):|\[accessed|\bviewed\s+\d", text, re.IGNORECASE):
        return "harvard"
    if year_after_author == ".":
        return "chicago"
    if re.search(
        rf"\bvol\.\s*\d+,\s*no\.|,\s*pp\.\s*\d|\b\d{{1,2}}\s+{_MONTHS}\.\s+\d{{4}}|\b\d{{1,2}}\s+May\s+\d{{4}}\.?\s*$",
        text,
        re.IGNORECASE,
    ):
        return "mla"  # "vol. 72, no. 3", ", pp. 176–79", "12 Mar. 2025"
    if _PLACE_PUBLISHER.search(facts) or re.search(r"\d+,\s*no\.\s*\d+\s*\(", text):
        return "chicago"  # "Chapel Hill: University of North Carolina Press, 2001", "116, no. 1 (2011)"
    if re.search(rf"\b{_MONTHS}\.?\s+\d{{1,2}},\s+\d{{4}}", text, re.IGNORECASE):
        return "chicago"  # "March 4, 2024": MLA writes "4 Mar. 2024"
    if re.search(rf"[A-Za-z.],\s*{_YEAR_TOKEN}(?:,\s*pp?\.\s*[\d–-]+)?\.?(?:\s+[A-Z][^.]*\.?)?$", facts):
        return "mla"  # "Anchor Books, 1994." with no place of publication
    return None


def _comma_entry(text: str) -> tuple[tuple[Author, ...], str | None, str | None, str | None] | None:
    """ "Chen, Jian, Mao's China and the Cold War, 2001, Publisher, USA": no full stops at all."""
    elements = [e.strip() for e in text.split(",")]
    year_at = next(
        (i for i, e in enumerate(elements) if re.fullmatch(rf"{_YEAR_TOKEN}|{_NO_DATE}", e, re.IGNORECASE)), None
    )
    if year_at is None or year_at < 2:
        return None
    names: list[str] = []
    for element in elements[:year_at]:
        words = element.split()
        name_like = (
            1 <= len(words) <= 3
            and ":" not in element
            and not re.search(r"\d", element)
            and all(_is_capitalised(w) or fold(w) in _PARTICLES for w in words)
        )
        if not name_like or len(names) >= year_at - 1:
            break
        names.append(element)
    if not names:
        return None
    title = ", ".join(elements[len(names) : year_at]).strip()
    if not title:
        return None
    authors: list[Author] = []
    single = [n for n in names if len(n.split()) == 1]
    if len(names) == 2 and len(single) >= 1:
        authors.append(Author(family=names[0], given=names[1]))
    else:
        i = 0
        while i < len(names):
            following = names[i + 1] if i + 1 < len(names) else None
            if following and (re.search(r"\b[A-Z]\.", following) or len(following.split()) > 1):
                authors.append(Author(family=names[i], given=following))
                i += 2
            else:
                authors.append(Author(family=names[i]))
                i += 1
    publisher = elements[year_at + 1] if year_at + 1 < len(elements) else None
    return tuple(authors), title, elements[year_at], publisher


def parse_entry(text: str, *, block: int | None = None) -> Entry:
    """Read one bibliography entry."""
    cleaned = _clean(text)
    label_match = _LABEL.match(cleaned)
    label = label_match.group("label") if label_match else None
    body = cleaned[label_match.end() :] if label_match else cleaned

    repeated = _REPEATED.match(body)
    if repeated:
        body = body[repeated.end() :]

    cut = _Cut(body)
    doi = _find_doi(cut)
    accessed = _find_access(cut)
    url = _find_urls(cut)
    for match in _ONLINE_CONNECTIVES.finditer(cut.text):
        cut.remove(*match.span())
    rest = _tidy(cut.text)

    ai_tool = bool(_AI_TOOL.search(body))
    if accessed is None and ai_tool:
        # For generative-AI output, the date it was generated stands for the access date (MLA:
        # "OpenAI, 8 Mar. 2023, chat.openai.com/chat"): a full date, not "Mar 14 version".
        full = [m.group(0).strip() for m in _DATE_ONLY.finditer(rest) if len(re.findall(r"\d+", m.group(0))) >= 2]
        accessed = full[-1] if full else None

    authors: tuple[Author, ...] = ()
    et_al = False
    year: str | None = None
    title: str | None = None
    facts = ""
    title_first = False
    quoted_title = False
    paren_then_period: bool | None = None
    year_after_author: str | None = None

    quoted = _quoted_at(rest, 0)
    paren = _PAREN_YEAR.search(rest)
    head = rest[: paren.start()] if paren else ""
    head_boundaries = _boundaries(head.rstrip(" ."))
    if quoted is not None:
        # An anonymous work: the entry opens with its quoted title.
        title_first = True
        quoted_title = True
        title = quoted[0].strip(" .,")
        facts = rest[quoted[1] :]
        year = _year_in(facts)
        if paren and paren.start() >= quoted[1] and paren.start() - quoted[1] < 4:
            year = _year_value(paren)
            facts = rest[paren.end() :]
    elif (
        paren is not None
        and paren.start() < 300
        and not head_boundaries
        and not re.search(r"[“”\"‘]", head)
        and head.strip(" .")
    ):
        # APA "Jack, W., & Suri, T. (2014). Title." / Harvard "Jack, W. and Suri, T. (2014) Title".
        year = _year_value(paren)
        paren_then_period = rest[paren.end() :].lstrip().startswith(".")
        author_part = head.strip()
        after = rest[paren.end() :].lstrip(" .")
        if not _looks_like_names(author_part):
            title_first = True
            title = re.sub(r"\s*\([^()]*\)\s*$", "", author_part).strip(" .") or author_part
            facts = after
        else:
            authors, et_al = parse_authors(author_part)
            title, facts, quoted_title = _title_and_facts(after, apa_like=True)
    else:
        comma = None if _boundaries(rest.rstrip(" .")) else _comma_entry(rest.rstrip(" ."))
        if comma is not None:
            authors, title, year, publisher_guess = comma
            return _finish(
                text=cleaned,
                block=block,
                authors=authors,
                et_al=False,
                year=year,
                title=title,
                container=None,
                publisher=publisher_guess,
                url=url,
                doi=doi,
                accessed=accessed,
                style=None,
                title_first=False,
                repeated=bool(repeated),
                label=label,
                ai_tool=ai_tool,
                body=body,
            )
        end = _author_end(rest)
        open_quote = re.search(r"[“\"‘]", rest)
        if open_quote and (end is None or open_quote.start() < end) and open_quote.start() > 0:
            end = open_quote.start()
        author_part = rest[:end].strip() if end is not None else rest
        after = rest[end:].strip() if end is not None else ""
        if repeated:
            author_part, after = "", rest
        # Harvard (AGPS) "Ndung’u, N 2018, ‘Next steps…’": the year closes the author element.
        trailing_year = re.match(
            rf"^(?P<names>.+?)[,.]?\s+(?P<year>{_YEAR_TOKEN}|{_NO_DATE})[.,]?$", author_part, re.IGNORECASE
        )
        if trailing_year and _looks_like_names(trailing_year.group("names")):
            author_part = trailing_year.group("names")
            year = _normal_year(trailing_year.group("year"))
            year_after_author = ","
        # MLA films and recordings: "Parasite. Directed by Bong Joon-ho, CJ Entertainment, 2019."
        credited = re.match(
            r"^(?:directed|created|written|performed|narrated|produced|hosted|composed)\s+by\b", after, re.IGNORECASE
        )
        if author_part and credited:
            title_first = True
            title = author_part.strip(" .")
        elif author_part:
            if _looks_like_names(author_part):
                authors, et_al = parse_authors(author_part)
            else:
                title_first = True
                title = author_part.strip(" .")
        # Chicago author–date: "Lüthi, Lorenz M. 2008. The Sino-Soviet Split."
        year_first = re.match(rf"^(?P<year>{_YEAR_TOKEN}|{_NO_DATE})(?P<mark>[.,])\s*", after, re.IGNORECASE)
        if year_first and not title_first and year is None:
            year = _normal_year(year_first.group("year"))
            year_after_author = year_first.group("mark")
            after = after[year_first.end() :]
        if title_first:
            facts = after
        else:
            title, facts, quoted_title = _title_and_facts(after, apa_like=False)
        if year is None:
            year = _year_in(facts)

    container, publisher = _publication_facts(facts, quoted_title=quoted_title, apa_like=paren_then_period is not None)
    if url and "/" not in url and not re.match(r"(?:https?://|www\.)", url, re.IGNORECASE):
        # A bare domain inside the title names the work ("Amazon.com: Get Big Fast"), not its address.
        if title and url in title:
            url = None
    style = _guess_style(cleaned, facts, paren_year_then_period=paren_then_period, year_after_author=year_after_author)
    if re.match(r"^(?:[A-Z\u00C0-\u024F]\.[\s-]*)+[A-Z\u00C0-\u024F][a-z]", rest):
        style = None  # "T. Suri and W. Jack, …": IEEE or Vancouver, none of the four
    return _finish(
        text=cleaned,
        block=block,
        authors=authors,
        et_al=et_al,
        year=year,
        title=title,
        container=container,
        publisher=publisher,
        url=url,
        doi=doi,
        accessed=accessed,
        style=style,
        title_first=title_first,
        repeated=bool(repeated),
        label=label,
        ai_tool=ai_tool,
        body=body,
    )


def _looks_like_names(text: str) -> bool:
    """Whether an entry's first element names authors rather than being a title."""
    stripped = _ET_AL.sub("", _ROLE_TAG.sub("", text)).strip(" .,")
    if not stripped:
        return False
    if is_corporate(stripped):
        return True
    if re.search(r"[?!:]|\d", stripped):
        return False
    if _has_lowercase_content_word(stripped):
        return False
    if "," in stripped or "&" in stripped or re.search(r"\band\b", stripped):
        return True
    words = stripped.split()
    # "Chen Jian", "Plato", "Bong Joon-ho"; a longer capitalised run is a title or a body.
    if fold(words[0]) in ("the", "a", "an") and len(words) > 1:
        return False
    return len(words) <= 4


def _title_and_facts(after: str, *, apa_like: bool) -> tuple[str | None, str, bool]:
    """The title at the start of ``after`` and the facts following it."""
    after = after.strip()
    if not after:
        return None, "", False
    quoted = _quoted_at(after, 0)
    if quoted is not None:
        return quoted[0].strip(" .,") or None, after[quoted[1] :].strip(" .,"), True
    end = _first_boundary(after)
    stop = len(after) if end is None else end
    if apa_like:
        # APA: "African successes (Vol. 3, pp. 247–293)", "The Global Findex Database 2021 [Data set]".
        bracket = re.search(
            r"\s\[|\s\((?:vol|vols|no|nos|pp|p|\d+(?:st|nd|rd|th)\s+ed|rev\.|[^()]*\btrans\.|report|ed\.|eds\.)",
            after[:stop],
            re.IGNORECASE,
        )
        if bracket:
            stop = bracket.start()
        # Harvard: "‘Title’, Journal" is quoted; "Title, Publisher" in some variants ends at a comma.
    title = after[:stop].strip(" .,")
    facts = after[end:] if end is not None else after[stop:]
    return title or None, facts.strip(" .,"), False


def _finish(
    *,
    text: str,
    block: int | None,
    authors: tuple[Author, ...],
    et_al: bool,
    year: str | None,
    title: str | None,
    container: str | None,
    publisher: str | None,
    url: str | None,
    doi: str | None,
    accessed: str | None,
    style: str | None,
    title_first: bool,
    repeated: bool,
    label: str | None,
    ai_tool: bool,
    body: str,
) -> Entry:
    leads: tuple[str, ...] = ()
    if repeated:
        # "———." stands for the previous entry's authors: ``entries`` fills them in.
        lead, title_first = "", False
    else:
        lead, leads = _lead_and_keys(authors, title, title_first=title_first)
        if lead:
            # The entry as written is always a fair sort key: a name in natural order ("Bong
            # Joon-ho, director.") may be filed under its first word.
            written = _key(" ".join(body.split()[:6]))
            leads = tuple(sorted({*leads, written, written.replace(" ", "")}))
    if ai_tool and year is None and accessed:
        # A generative-AI citation is dated by the day the output was generated.
        found = re.search(_YEAR_NUMBER, accessed)
        year = found.group(0) if found else None
    online: str | None = "url" if url else None
    if online is None:
        # A web-only name in the title ("YouTube: Online Video and Participatory Culture", a
        # book) says what the work is about, not where it was published.
        web = _WEB_ONLY.search(body.replace(title, " ") if title else body)
        if web:
            online = web.group(0).strip("[]")
    return Entry(
        text=text,
        block=block,
        authors=authors,
        et_al=et_al,
        year=year,
        title=title or None,
        container=container,
        publisher=publisher,
        url=url,
        doi=doi,
        accessed=accessed,
        lead=lead,
        style=style,
        leads=leads,
        title_first=title_first,
        repeated_author=repeated,
        online=online,
        ai_tool=ai_tool,
        label=label,
    )


# --- a document's entries ----------------------------------------------------------

_CONTINUATION = re.compile(
    r"^\s*(?:<?https?://|www\.|doi:|\[?\(?\s*(?:accessed|retrieved|viewed|available\s+(?:at|from)|date\s+accessed)\b)",
    re.IGNORECASE,
)


_DIVIDER_ADJECTIVE = (
    r"(?:primary|secondary|tertiary|other|print|online|digital|electronic|archival|published|unpublished"
    r"|visual|audio(?:visual)?|web|internet|additional|further|academic|government|newspaper|journal)"
)
_DIVIDER_NOUN = (
    r"(?:sources?|books?|articles?|websites?|web\s+sites?|web\s+pages?|journals?|interviews?(?:\s+conducted)?"
    r"|films?|images?|figures?|documents?|newspapers?|reports?|videos?|data(?:\s*sets?)?|archives?|reading"
    r"|works\s+consulted|works\s+cited|media|materials?|literature|texts?|publications?|podcasts?|letters?"
    r"|speeches|maps?|photographs?|artworks?|statistics)"
)
_DIVIDER_ITEM = rf"(?:{_DIVIDER_ADJECTIVE}\s+)?{_DIVIDER_NOUN}"
_DIVIDER = re.compile(
    rf"^{_DIVIDER_ITEM}(?:\s*(?:,|and|&)\s*{_DIVIDER_ITEM})*(?:\s*\(.{{1,30}}\))?\s*:?$", re.IGNORECASE
)


def _is_divider(text: str) -> bool:
    """A line that divides a bibliography ("Primary sources", "Websites:") rather than an entry."""
    return bool(_DIVIDER.match(_clean(text).strip()))


def entries(document: Document) -> tuple[Entry, ...]:
    """The document's bibliography entries, in order.

    The written bibliography (``Document.bibliography``) when there is one. An
    entry that goes on in the next paragraph (a URL or access date on a line of
    its own) is joined to it; a line such as "Primary sources" starts a new
    ``group``; "———." entries take the previous entry's authors. When nothing is
    written but the essay names a bibliography file or carries a reference
    manager's sources (``Document.source_records``), entries are made from those
    records: for pandoc citation keys, only the records the essay cites, as
    pandoc prints them.
    """
    written = tuple(_written(document))
    if written:
        return written
    return tuple(_from_records(document))


def _written(document: Document) -> Iterator[Entry]:
    headings = {b.index for b in document.blocks if b.section is Section.BIBLIOGRAPHY and b.kind is BlockKind.HEADING}
    merged: list[tuple[str, int]] = []
    groups: list[int] = []
    group = 0
    last_block: int | None = None
    for item in document.bibliography:
        if last_block is not None and any(last_block < h < item.block for h in headings):
            group += 1
        last_block = item.block
        if _is_divider(item.text):
            if merged:
                group += 1
            continue
        if merged and _CONTINUATION.match(item.text):
            text, block = merged[-1]
            merged[-1] = (f"{text} {item.text.strip()}", block)
            continue
        merged.append((item.text, item.block))
        groups.append(group)
    previous: Entry | None = None
    for (text, block), group_index in zip(merged, groups, strict=True):
        entry = parse_entry(text, block=block)
        if entry.repeated_author and previous is not None:
            entry = replace(
                entry,
                authors=previous.authors,
                et_al=previous.et_al,
                lead=previous.lead,
                leads=previous.leads,
                title_first=False,
            )
        entry = replace(entry, group=group_index)
        yield entry
        previous = entry


def _from_records(document: Document) -> Iterator[Entry]:
    records: Iterable[SourceRecord] = document.source_records
    pandoc = [c for c in document.field_citations if c.source == "pandoc"]
    if pandoc:
        cited = {item.key for citation in pandoc for item in citation.items if item.key}
        records = [r for r in records if r.key in cited]
    for record in records:
        yield entry_from_record(record)


def entry_from_record(record: SourceRecord) -> Entry:
    """An entry made from a reference manager's or bibliography file's record."""
    authors = tuple(Author(family=name, corporate=is_corporate(name)) for name in record.authors if name)
    title_first = not authors
    lead, leads = _lead_and_keys(authors, record.title, title_first=title_first)
    url = record.url
    doi = record.doi
    if url and doi is None:
        match = _DOI.search(url)
        if match:
            doi, url = _strip_trailing(match.group("doi")), None
    elif url and doi and re.search(r"doi\.org/", url, re.IGNORECASE):
        url = None
    parts = [", ".join(record.authors), f"({record.year})" if record.year else "", record.title or ""]
    parts += [record.container or "", record.publisher or "", record.url or "", f"doi:{doi}" if doi else ""]
    text = ". ".join(p for p in parts if p)
    online: str | None = "url" if url else None
    if online is None and record.kind in ("webpage", "post-weblog", "post"):
        online = record.kind
    ai = bool(
        _AI_TOOL.search(" ".join(p for p in (record.title, record.container, record.publisher, *record.authors) if p))
    )
    return Entry(
        text=text,
        block=None,
        authors=authors,
        et_al=False,
        year=record.year,
        title=record.title,
        container=record.container,
        publisher=record.publisher,
        url=url,
        doi=doi,
        accessed=record.accessed,
        lead=lead,
        style=None,
        leads=leads,
        title_first=title_first,
        online=online,
        ai_tool=ai,
        record=record,
    )


def excerpt(entry: Entry, *, words: int = 8) -> str:
    """The opening words of an entry, to name it in a message."""
    parts = entry.text.split()
    return " ".join(parts) if len(parts) <= words else " ".join(parts[:words]) + " …"


def first_element(entry: Entry) -> str:
    """The element an entry is alphabetised by, as written: "Lüthi", "World Bank", "“Chinua Achebe”"."""
    if entry.authors and not entry.title_first:
        return entry.authors[0].family
    if entry.title:
        return entry.title
    return excerpt(entry, words=4)


def describe(entry: Entry) -> str:
    """How a message names an entry: "Gettleman (2024)", "Jack and Suri (2014)",
    "Corotto et al. (2010)", "“Chinua Achebe”", or its opening words in quotation
    marks when it gives neither author nor title."""
    year = f" ({entry.year})" if entry.year else ""
    if entry.authors and not entry.title_first:
        families = [a.family for a in entry.authors]
        if entry.et_al or len(families) > 2:
            name = f"{families[0]} et al."
        elif len(families) == 2:
            name = f"{families[0]} and {families[1]}"
        else:
            name = families[0]
        return name + year
    if entry.title:
        words = entry.title.split()
        title = " ".join(words) if len(words) <= 8 else " ".join(words[:8]) + " …"
        return f"“{title}”{year}"
    return f"“{excerpt(entry)}”"
