"""The one grammar of citation forms: every pattern that says "this is a name, a year, a page, a citation".

The word count, the citation reader, the bibliography parser and the resolver
all read citations with the pieces below; none writes a year, a locator or a
name pattern of its own. Each piece is a :class:`Piece`: a named regular
expression fragment with a docstring, examples it must match whole, and
near misses it must not (``tests/unit/test_grammar.py`` checks both), so a new
form is one row here plus one row in the citation-forms table
(``tests/unit/citation_forms.yml``), and both the count and the resolver see it.

The pieces, from small to large:

* **names** (:data:`NAME_WORD`, :data:`PARTICLES`, :data:`JOINERS`,
  :data:`ET_AL`, :data:`ALIAS`, :data:`INITIAL`): one person's or one body's
  name, with particles ("van der Berg", "de Gaulle"), corporate names with
  joiners and lower-case words ("Délégation générale du Gouvernement en
  Algérie", "Musée de l’Armée"), "et al." (also after a corporate name);
* **years** (:data:`YEAR`): "2008", "2023a", "n.d." / "no date" / "s.d.",
  "in press", "forthcoming", an original date "[1961] 1963" or "1961/1963";
* **locators** (:data:`LOCATOR`): "p. 190", "pp. 22–24", "45n3", "3.1.56",
  "chap. 3", "Fig. 2";
* **signals** (:data:`SIGNAL`, :data:`SECONDARY`): "see also", "cf.", "e.g.",
  "quoted in", "as cited in";
* **forms** made of them: a parenthetical author–date item
  (:data:`AUTHOR_DATE_ITEM`), an author–page item (:data:`AUTHOR_PAGE_ITEM`),
  a quoted title (:data:`QUOTED_TITLE_ITEM`), "Ibid." (:data:`IBID`), a
  personal communication (:data:`PERSONAL_COMMUNICATION`), numeric
  references "[1]", "[1, p. 3]", "[2, 5]", "[1]–[3]", "(1,2)" and
  superscript "1,2" (:data:`NUMERIC_BRACKET`, :data:`NUMERIC_PARENTHESIS`,
  :data:`NUMERIC_SUPERSCRIPT`).

Words that are not names although capitalised ("Figure", "Table", "June") are
the closed list :data:`NOT_AUTHORS`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# --- characters ------------------------------------------------------------------------------

UPPER = "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper())
"""Capital letters, accented Latin ones included ("Ł", "Ö", "Ž")."""
LETTER = r"[^\W\d_]"
APOSTROPHES = "’'"
DASHES = "-–—‐"
"""Hyphen, en dash, em dash and Unicode hyphen: the marks a range or a name joins with."""


@dataclass(frozen=True)
class Piece:
    """One named piece of the grammar: a regular-expression fragment with what it means."""

    name: str
    pattern: str
    doc: str
    examples: tuple[str, ...]
    """Texts the piece matches whole."""
    near_misses: tuple[str, ...] = ()
    """Texts it must not match whole."""
    flags: int = re.IGNORECASE
    _whole: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_whole", re.compile(rf"(?:{self.pattern})", self.flags))

    def __str__(self) -> str:
        return self.pattern

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self._whole.fullmatch(text)

    def search(self, text: str) -> re.Match[str] | None:
        return self._whole.search(text)


# --- names -----------------------------------------------------------------------------------

PARTICLES = frozenset(
    """van von de der den du da di del della dei des la le lo dos das do ter ten te zu af av bin ibn ben bint
    al el d’ d' l’ l' mc st""".split()
)
"""Lower-case words that belong to a family name: "van der Berg", "de Gaulle", "al-Rashid", "ibn Khaldun"."""

JOINERS = frozenset({"of", "for", "the", "on", "in", "and", "&", "to", "en", "et", "y", "e", "und", "für", "pour"})
"""Words that join the parts of a corporate name: "Central Bank of Kenya", "Food and Agriculture
Organization", "Délégation générale du Gouvernement en Algérie"."""

NAME_WORD = Piece(
    "name word",
    rf"(?:[dDlL][{APOSTROPHES}])?[{UPPER}](?:{LETTER}|[{APOSTROPHES}\-‐])*",
    "One capitalised word of a name; an elided French article may lead it (“l’Armée”, “d’Alger”).",
    ("Lüthi", "O’Neill", "Demirgüç-Kunt", "l’Armée", "GSMA", "Ngũgĩ"),
    ("van", "1960", "the"),
    flags=0,
)

INITIAL = Piece(
    "initial",
    rf"[{UPPER}]\.(?:-?[{UPPER}]\.)*",
    "Initials of given names: “J.”, “J.-P.”, “W.W.”.",
    ("J.", "J.-P.", "W.W."),
    ("Jo.", "j."),
    flags=0,
)

ET_AL = Piece(
    "et al.",
    r"(?:,\s*|\s+)(?:et\.?\s+al(?:ii|ia)?\.?|(?:and|&)\s+(?:others|colleagues))",
    "“et al.” and its English forms after the first author, person or body.",
    (" et al.", ", et al.", " et al", " and colleagues", " et. al.", " & others"),
    (" et", " al."),
)

ALIAS = Piece(
    "alias",
    r"\s*[\[(]\s*(?P<alias>[A-Z][A-Za-z&.\-]{1,14})\s*[\])]",
    "An abbreviation a citation introduces for a corporate author: “(World Health Organization [WHO], 2020)”.",
    (" [WHO]", " (UNHCR)"),
    (" [who]",),
    flags=0,
)

NOT_AUTHORS = frozenset(
    """figure figures fig fig. table tables chapter chap chap. appendix article art section sec part graph chart
    map image diagram plate source sources vol vol. volume page no no. number line verse act scene stage phase step
    level grade year class room psalm question questions interview respondent participant participants trial
    trials sample samples group groups experiment test day week unit paper element exhibit document model equation
    eq eq. site station batch patient case type zone lesson module task box slide episode season book canto
    footnote note notes january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec spring summer autumn fall winter monday tuesday wednesday
    thursday friday saturday sunday war treaty revolution battle crisis conference congress election
    summit plan law census sonnet stanza poem letter draft version apollo flight route windows series issue
    edition covid covid-19 usd eur gbp jpy cny rmb inr kes ksh ngn zar chf aud cad hkd sgd brl mxn
    rub try sek nok dkk ad bc bce ce circa c. ca. approximately about around since until before after from to
    in at by on during between and or for see also cf. e.g. i.e. ibid ibid. op loc id id. n figs
    early late mid
    """.split()
)
"""Capitalised words that open a parenthesis without naming an author: labels ("Figure 3", "Table 2",
"Question 1"), dates ("June 1960", "Spring 1960"), events ("War", "Treaty"), currencies ("USD 9")."""

MONTHS = Piece(
    "month",
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre|"
    r"januar|j[äa]nner|februar|m[äa]rz|maerz|juni|juli|oktober|dezember|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?ptiembre|octubre|noviembre|diciembre)",
    "A month's name or abbreviation, in English and in the French, German and Spanish of essays in those languages.",
    ("Mar", "March", "Sept", "juillet", "März", "diciembre"),
    ("Marc", "Ma"),
)

# --- years -----------------------------------------------------------------------------------

YEAR_NUMBER = Piece(
    "year number",
    r"(?:1[5-9]\d\d|20\d\d)",
    "A year of publication: 1500–2099.",
    ("1961", "2023"),
    ("1499", "2100", "23"),
    flags=0,
)

NO_DATE = Piece(
    "no date",
    r"(?:(?-i:[nN]\.\s?d\.)(?:-?[a-z])?|(?-i:[nN]\.d)\b|no\s+date|undated|sin\s+fecha|sans\s+date|in\s+press"
    r"|forthcoming|(?-i:s\.\s?[df]\.)|(?-i:o\.\s?J\.))",
    "A work without a year: “n.d.” (APA's second one “n.d.-a”), Cite Them Right's “no date”, French “s.d.”, "
    "Spanish “s.f.”, German “o. J.”; and works not yet out: “in press”, “forthcoming”. The short forms are "
    "case-sensitive, so that initials (“S. F. Smith”) are not read as a date.",
    ("n.d.", "n. d.", "n.d.-a", "N.d.", "no date", "s.d.", "s.f.", "in press", "forthcoming"),
    ("nd", "n.", "no", "S. F."),
)

LETTERED_YEAR = Piece(
    "lettered year",
    rf"{YEAR_NUMBER}(?:[a-rt-z]|-[a-z])?",
    "A year with the letter that tells an author's works of one year apart (“2023a”, “2023b”, APA's "
    "“2008-b”). Never “s”: “1950s” is a decade.",
    ("2008", "2023a", "2008-b"),
    ("1950s", "2008ab"),
)

ONE_YEAR = Piece(
    "one year",
    rf"(?:{LETTERED_YEAR}|{NO_DATE})",
    "One year as a citation writes it: a lettered year or a no-date form.",
    ("2008", "2023a", "2008-b", "n.d.", "no date", "in press"),
    ("2008ab", "20088", "1950s"),
)

YEAR = Piece(
    "one year",
    rf"(?:{YEAR_NUMBER}(?:[a-z]|-[a-z])?|{NO_DATE})",
    "One year as a citation writes it: a year with an optional letter for the second work of an author "
    "that year (“2023a”, “2023b”), or a no-date form.",
    ("2008", "2023a", "2008-b", "n.d.", "no date", "in press"),
    ("2008ab", "20088"),
)

YEAR = Piece(
    "year",
    rf"(?:\[{YEAR_NUMBER}\]\s*{ONE_YEAR}|\({YEAR_NUMBER}\)\s*{ONE_YEAR}|{YEAR_NUMBER}/{ONE_YEAR}|{ONE_YEAR})",
    "The date a citation gives: one year, or an original date and the edition's, as Chicago "
    "(“[1961] 1963”, in a bibliography “(1961) 1963”) and APA (“1961/1963”) write a reissued work. "
    "The last year is the edition's.",
    ("2008", "2023a", "[1961] 1963", "(1961) 1963", "1961/1963", "n.d."),
    ("1961–1963", "[1961]"),
)

YEARS = Piece(
    "years",
    rf"{YEAR}(?:\s*,\s*{YEAR})*",
    "Several years of one author: “(Chen, 2001, 2005)”.",
    ("2001, 2005", "2023a, 2023b"),
    ("2001,",),
)

# --- locators --------------------------------------------------------------------------------

LOCATOR_WORDS = (
    r"(?:pp?|pg|pars?|paras?|ch|chap|chaps|sec|secs|fig|figs|vol|vols|no|nos|n|nn|l|ll|col|cols|fol|fols|"
    r"bk|pt|art|slide|min|table|line|lines|chapter|section|page|pages|paragraph|págs?|s|str)\.?"
)
"""Words that name what a locator counts: "p.", "pp.", "chap.", "para.", "Fig.", Spanish "pág.", German "S."."""

_NUMBER = r"(?:\d{1,3}\.\d{1,3}(?:\.\d{1,4})?|\d{1,5}[a-z]?|[ivxlcdm]{1,7})(?:n\.?\s*\d+)?"
_RANGE = rf"{_NUMBER}(?:\s*[{DASHES}]\s*{_NUMBER})?"

PAGE_RANGE = Piece(
    "page range",
    _RANGE,
    "A page or a range of pages: “45”, “45–47”, “167–69”, “xii”, “45n3” (note 3 on page 45), “3.1.56” "
    "(act, scene and line of a play).",
    ("45", "45–47", "167-69", "xii", "45n3", "3.1.56"),
    ("45–", "p. 45"),
)

LOCATOR = Piece(
    "locator",
    rf"(?:(?:{LOCATOR_WORDS}\s*)?{_RANGE}(?:\s*(?:,|and|&)\s*(?:{LOCATOR_WORDS}\s*)?{_RANGE})*)",
    "Where in a work: pages with or without “p.”/“pp.”, paragraphs, chapters, figures, several of them.",
    ("p. 190", "pp. 22–24", "45", "chap. 3", "para. 4", "pp. 3–4, 7", "Fig. 2"),
    ("page", "p."),
)

PAGE_ONLY = Piece(
    "page only",
    rf"(?:(?:pp?|paras?|par|l|ll|págs?)\.\s*)?{_RANGE}",
    "A parenthesis that holds a page alone: “(45)”, “(p. 45)”, “(pp. 3–4)”.",
    ("45", "p. 45", "pp. 3–4", "para. 2"),
    ("Achebe 45", "chap. 3"),
)

YEARISH = Piece(
    "dates, not pages",
    rf"(?:{YEAR}|{YEAR_NUMBER}\s*[{DASHES}]\s*\d{{2,4}})",
    "A parenthesis that dates rather than cites a page: “(2008)”, “(1950–1953)”, “(1998–02)”.",
    ("2008", "1950–1953", "1998–02"),
    ("45", "p. 45"),
)

# --- signals ---------------------------------------------------------------------------------

SIGNAL = Piece(
    "signal",
    r"(?:(?:see\s+also|see|cf\.?|compare|contra|but\s+see|e\.\s?g\.|i\.\s?e\.|for\s+example|for\s+instance|"
    r"also|for\s+a\s+(?:review|discussion|summary|critique)(?:\s+see)?|as\s+in)\s*,?\s+)+",
    "Words that introduce a citation without being part of it: “see also”, “cf.”, “e.g.,”; they may combine.",
    ("see ", "see also ", "cf. ", "e.g., ", "for a review, see "),
    ("seen ", "also"),
)

SECONDARY = Piece(
    "secondary source",
    r"(?:^|[,;]?\s+)(?:as\s+)?(?:quoted|qtd\.?|cited|reproduced|reprinted)\s+in\s+",
    "A source read in another: the citation after “quoted in” / “as cited in” names the work the writer read.",
    (" quoted in ", ", as cited in ", " qtd. in "),
    (" cited ",),
)

IBID = Piece(
    "ibid",
    rf"(?:ibid|ibidem|id)\.?(?:\s*,?\s*(?P<loc>{LOCATOR}))?\.?",
    "“Ibid.” (Latin: in the same place) and the legal “Id.”, with or without a new page: the source of the "
    "note before.",
    ("Ibid.", "Ibid., 53.", "ibid", "Id., 5.", "Ibidem, p. 4."),
    ("Ibid. The figure",),
)

OP_CIT = Piece(
    "op. cit.",
    r"(?:op|loc)\.?\s*cit\.?",
    "“op. cit.” / “loc. cit.”: the work by this author cited before (“Chen, op. cit., 45”).",
    ("op. cit.", "loc. cit", "op.cit."),
    ("op. cited", "cit."),
)

# --- forms of one citation -------------------------------------------------------------------

AUTHOR_DATE_ITEM = Piece(
    "author–date item",
    rf"(?P<authors>.+?),?\s+(?P<years>{YEARS})(?:\s*(?:[,:]|\s)\s*(?P<loc>{LOCATOR}))?",
    "One source in an author–date parenthesis: authors, then years, then a locator after a comma or a colon "
    "(Harvard: “(Dubé and MacDonald 2018: 12)”).",
    ("Jack & Suri, 2014, p. 190", "World Bank 2022", "Fanon [1961] 1963, 61", "Safaricom, no date"),
    ("Achebe 45",),
)

AUTHOR_PAGE_ITEM = Piece(
    "author–page item",
    rf"(?P<authors>.+?)(?:,\s*(?P<title>[^,]{{1,80}}?))?,?\s+(?P<loc>{LOCATOR})",
    "One source in an MLA parenthesis: author, an optional short title, a page (“(Achebe, *Things* 45)”).",
    ("Achebe 45", "Achebe, Things Fall Apart 45–47", "GSMA, State of the Industry Report 9"),
    ("Achebe",),
)

QUOTED_TITLE_ITEM = Piece(
    "quoted title item",
    rf"[“\"‘'](?P<title>[^“”\"]+?)[,.]?[”\"’'](?:\s*,?\s*(?P<year>{YEAR}))?(?:\s*,?\s*(?P<loc>{LOCATOR}))?",
    "A work cited by its title in quotation marks, as anonymous works are (“(“Chinua Achebe”)”, "
    '“("Climate Change Report" 12)”).',
    ("“Chinua Achebe”", '"Climate Change Report" 12', "“Handmaid’s Tale”"),
    ("Chinua Achebe",),
)

PERSONAL_COMMUNICATION = Piece(
    "personal communication",
    r"(?:personal\s+(?:communication|interview|correspondence|conversation)|(?:phone|telephone|e-?mail|zoom)\s+"
    r"(?:interview|conversation|message)|interview\s+(?:by|with)\s+(?:the\s+)?author|comunicación\s+personal|"
    r"entrevista\s+personal|communication\s+personnelle|entretien)",
    "What APA and Chicago call a personal communication: cited in the text or a note only, never in the "
    "bibliography (“(Grace Kamau, personal interview, January 6, 2024)”, “(G. Kamau, personal communication, …)”).",
    ("personal interview", "personal communication", "email message", "interview by the author"),
    ("interview",),
)

PERSONAL_TITLE = Piece(
    "title of a personal communication",
    r"(?:(?:personal|telephone|phone|e-?mail|zoom)\s+)?(?:interview|conversation|correspondence|e-?mail|letter|"
    r"entrevista|entretien)\b.*",
    "The title a citation processor gives an interview or letter the candidate made or received: Chicago "
    "author–date lists no entry for it and cites it by name and title (“(Grace Kamau, “Interview on M-Pesa "
    "Withdrawals at a Nakuru Agency”)”).",
    ("Interview on M-Pesa Withdrawals at a Nakuru Agency", "Email to the author", "Letter to Eleanor Roosevelt"),
    ("The Interview Society", "Mobile Money and Informal Insurance"),
)

_NUMERIC_RANGE = rf"\d{{1,3}}(?:\s*[{DASHES}]\s*\d{{1,3}})?"

NUMERIC_BRACKET = Piece(
    "numeric citation in brackets",
    rf"\[(?P<numbers>{_NUMERIC_RANGE}(?:\s*,\s*{_NUMERIC_RANGE})*)(?:\s*,\s*(?P<loc>{LOCATOR}))?\]",
    "IEEE: the number of an entry of a numbered reference list, in square brackets, with a locator after a "
    "comma: “[1]”, “[1, p. 3]”, “[2, 5]”, “[3–5]”. A range written “[1]–[3]” is two of these and a dash.",
    ("[1]", "[1, p. 3]", "[2, 5]", "[3–5]", "[1, pp. 22–24]", "[12, Fig. 2]"),
    ("[a]", "[1a]", "[]"),
)

NUMERIC_BRACKET_RANGE = Piece(
    "numeric range of bracketed citations",
    r"\[(?P<first>\d{1,3})\]\s*[–—-]\s*\[(?P<last>\d{1,3})\]",
    "IEEE's range of consecutive entries: “[1]–[3]” cites 1, 2 and 3.",
    ("[1]–[3]", "[4]-[6]"),
    ("[1], [3]",),
)

NUMERIC_PARENTHESIS = Piece(
    "numeric citation in parentheses",
    rf"\((?P<numbers>{_NUMERIC_RANGE}(?:\s*,\s*{_NUMERIC_RANGE})*)\)",
    "Vancouver (NLM) in parentheses: “(1,2)”, “(3)”, “(4–6)”. As often an enumeration (“steps (1) and (2)”), "
    "so only a numbered reference list makes it a citation.",
    ("(1,2)", "(3)", "(4–6)"),
    ("(p. 3)", "(1a)"),
)

NUMERIC_SUPERSCRIPT = Piece(
    "numeric citation as a superscript",
    rf"(?P<numbers>{_NUMERIC_RANGE}(?:\s*,\s*{_NUMERIC_RANGE})*)",
    "Vancouver and ACS superscript numbers: the text of a superscript span, “1”, “1,2”, “3–5”.",
    ("1", "1,2", "3–5", "2, 7–9"),
    ("a", "1.5"),
)

NUMERIC_RANGE = Piece(
    "numeric range",
    _NUMERIC_RANGE,
    "One number or a range of entry numbers: “3”, “3–5”.",
    ("3", "3–5", "12-14"),
    ("3–", "x"),
)

PIECES: tuple[Piece, ...] = (
    NAME_WORD,
    INITIAL,
    ET_AL,
    ALIAS,
    MONTHS,
    YEAR_NUMBER,
    NO_DATE,
    LETTERED_YEAR,
    ONE_YEAR,
    YEAR,
    YEARS,
    PAGE_RANGE,
    LOCATOR,
    PAGE_ONLY,
    YEARISH,
    SIGNAL,
    SECONDARY,
    IBID,
    OP_CIT,
    AUTHOR_DATE_ITEM,
    AUTHOR_PAGE_ITEM,
    QUOTED_TITLE_ITEM,
    PERSONAL_COMMUNICATION,
    NUMERIC_BRACKET,
    NUMERIC_BRACKET_RANGE,
    NUMERIC_PARENTHESIS,
    NUMERIC_SUPERSCRIPT,
    NUMERIC_RANGE,
)
"""Every piece, for the grammar's own test."""


def normal_year(text: str) -> str:
    """A year as citations and entries compare it: an original date and the edition's as "1961/1963";
    every no-date form ("n.d", "N.d.", "no date", "undated", French "s.d.", Spanish "s.f.", German
    "o. J.") is "n.d." ("n.d.-a" for APA's second undated work by one author);
    "in press" and "forthcoming" as they are; any other year unchanged."""
    text = " ".join(text.split())
    original = re.fullmatch(rf"[\[(]({YEAR_NUMBER})[\])]\s*({ONE_YEAR})", text)
    if original:
        return f"{original.group(1)}/{original.group(2)}"  # "[1961] 1963" and "(1961) 1963" are "1961/1963"
    if not NO_DATE.fullmatch(text):
        return text
    folded = text.casefold()
    if folded in ("in press", "forthcoming"):
        return folded
    suffix = re.fullmatch(r"n\.\s?d\.?-?([a-z])", folded)
    return f"n.d.-{suffix.group(1)}" if suffix else "n.d."


def numbers_in(text: str) -> tuple[int, ...]:
    """The entry numbers a numeric citation names: "1,2" -> (1, 2); "3–5" -> (3, 4, 5)."""
    found: list[int] = []
    for match in re.finditer(NUMERIC_RANGE.pattern, text):
        parts = re.split(rf"\s*[{DASHES}]\s*", match.group(0))
        first, last = int(parts[0]), int(parts[-1])
        if last < first or last - first > MAX_NUMERIC_RANGE:
            found.append(first)
            continue
        found.extend(range(first, last + 1))
    return tuple(found)


MAX_NUMERIC_RANGE = 50
"""A range "[3–5]" names every entry between; a "range" of more than 50 entries is a typing slip or a page
range, not a citation of fifty works, so only its first number is read."""
