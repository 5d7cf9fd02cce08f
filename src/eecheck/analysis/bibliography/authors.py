"""The author element of a bibliography entry: people, organisations, particles, roles.

Owns :func:`parse_authors` (an entry's first element as :class:`Author`
values), :func:`is_corporate` (an organisation rather than a person) and
:func:`looks_like_names` (authors rather than a title).
"""

from __future__ import annotations

import re
from dataclasses import replace

from eecheck.analysis.bibliography.model import Author
from eecheck.analysis.citations.grammar import PARTICLES
from eecheck.analysis.folding import fold

_PARTICLES = PARTICLES

MAX_NAME_WORDS = 8
"""An author, even a body ("Délégation générale du Gouvernement en Algérie"), is named in at most eight
words; a longer element is a title."""

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
    Commissioner Industries Holdings Limited Enterprises Technologies Labs Systems Editors Staff
    Gouvernement Délégation Ministère Musée Bibliothèque Université Institut Société Comité Conseil Assemblée
    Archives Nationales Gobierno Ministerio Museo Biblioteca Universidad Instituto Comisión Consejo Sociedad
    Regierung Ministerium Bundesamt Universität Gesellschaft""".split()
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
    # an elided article leads a capitalised word: "l'Armée", "d'Alger" are capitalised
    words = [re.sub(r"^[dl]['’](?=[A-Z\u00C0-\u024F])", "", w) for w in _words(text)]
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
        bodies = _split_names(text)
        person = len(bodies) == 2 and len(bodies[0].split()) == 1 and _looks_given(bodies[1])  # "Church, Frank"
        if len(bodies) > 1 and not person and all(is_corporate(b) for b in bodies):
            # "Central Bank of Kenya, Kenya National Bureau of Statistics, & FSD Kenya": several bodies
            return tuple(Author(family=b.strip(" ."), corporate=True) for b in bodies), et_al
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


def looks_like_names(text: str) -> bool:
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
    if any(len(part.split()) > MAX_NAME_WORDS for part in re.split(r"[,;&]|\band\b", stripped)):
        return False  # "Memorandum of Conversation Between … on the Algerian Question, 1957": a title
    if "," in stripped or "&" in stripped or re.search(r"\band\b", stripped):
        return True
    words = stripped.split()
    # "Chen Jian", "Plato", "Bong Joon-ho"; a longer capitalised run is a title or a body.
    if fold(words[0]) in ("the", "a", "an") and len(words) > 1:
        return False
    return len(words) <= 4
