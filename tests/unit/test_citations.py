"""Citations the IB does not count (the one citation reader, as the count reads it): parenthetical forms,
near-misses, notes."""

from __future__ import annotations

import pytest

from eecheck.analysis.wordcount import count_document
from eecheck.readers.markdown import read_markdown_text
from tests.unit.citation_reading import excluded_in_text, note_reading


def cited(text: str) -> list[str]:
    return [shown for shown, _ in excluded_in_text(text)]


classify_note = note_reading


# --- parenthetical citations ---------------------------------------------------------

CITATIONS = [
    # MLA author–page
    "(Achebe 45)",
    "(Achebe 45–47)",
    '("Climate Change Report" 12)',
    "(“Chinua Achebe”)",
    "(Corotto et al. 177)",
    # APA author–date
    "(Jack & Suri, 2014, p. 190)",
    "(World Bank, 2022)",
    "(Smith et al., 2019, pp. 3–4)",
    "(Demirgüç-Kunt et al., 2022, pp. 3–4)",
    "(Chen, 2001; Westad, 1998)",
    "(Mbiti & Weil, 2015; Suri & Jack, 2016)",
    "(Central Bank of Kenya, 2021)",
    # Harvard
    "(World Bank 2022, p. 3)",
    "(Jack and Suri 2014)",
    "(Bharadwaj, Jack and Suri 2019)",
    "(Central Bank of Kenya 2021, p. 14)",
    "(WHO 2020)",
    "(US Census Bureau 2020)",
]


@pytest.mark.parametrize("citation", CITATIONS)
def test_parenthetical_citation_is_found_whole(citation: str) -> None:
    text = f"Users received more remittances {citation}. Non-users did not."
    assert cited(text) == [citation]


@pytest.mark.parametrize(
    ("text", "citation"),
    [
        ("Lüthi (2008) argues that ideology mattered most.", "(2008)"),
        ("Suri (2017) argues that this is the main channel.", "(2017)"),
        ("Demirgüç-Kunt et al. (2022) report high rates.", "(2022)"),
        ("Taubman (2003, p. 392) calls it impulsive.", "(2003, p. 392)"),
    ],
)
def test_narrative_citation_year_is_found(text: str, citation: str) -> None:
    assert cited(text) == [citation]


NEAR_MISSES = [
    "(Figure 3)",
    "(Table 2)",
    "(see Table 1)",
    "(the GMD)",
    "(GMD)",
    "(CPV)",
    "(UN)",
    "(1949–1963)",
    "(1950–1953)",
    "(see below)",
    "(n = 5)",
    "(USD 9)",
    "(EUR 4.50)",
    "(no travel, no guarantor)",
    "(a savings & loans group)",
]


@pytest.mark.parametrize("near_miss", NEAR_MISSES)
def test_near_miss_is_not_a_citation(near_miss: str) -> None:
    assert cited(f"The war {near_miss} served both leaders.") == []


# --- citations in the count ----------------------------------------------------------


def count(markdown: str):
    return count_document(read_markdown_text(markdown))


def test_citation_words_are_not_counted_even_with_punctuation_after() -> None:
    # "(Achebe 45)." must not leave "45)." behind as a counted word.
    wc = count("# Introduction\n\nThe yam is a king (Achebe 33). Okonkwo (Achebe 45–47), however, fails.\n")
    # Introduction | The yam is a king | Okonkwo however fails
    assert wc.countable == 1 + 5 + 3
    assert wc.citations_in_text == 2
    # Achebe 33). | Achebe 45–47), (two words across the en dash)
    assert wc.excluded["citations"] == 2 + 3


def test_narrative_citation_keeps_the_name() -> None:
    wc = count("# Introduction\n\nLüthi (2008) argues that ideology mattered most.\n")
    assert wc.countable == 1 + 6
    assert wc.citations_in_text == 1


def test_several_citations_in_one_parenthesis_are_one_citation() -> None:
    wc = count("# Introduction\n\nThe gains were large (Chen, 2001; Westad, 1998).\n")
    assert wc.countable == 1 + 4
    assert wc.citations_in_text == 1


def test_near_misses_are_counted() -> None:
    wc = count("# Introduction\n\nThe Guomindang (GMD) fought on (1949–1963), as shown (see below) in (Figure 3).\n")
    # Introduction | The Guomindang (GMD) fought on (1949 1963), as shown (see below) in (Figure 3).
    assert wc.countable == 1 + 14
    assert wc.citations_in_text == 0


# --- notes ---------------------------------------------------------------------------

REFERENCE_NOTES = [
    "Lorenz M. Lüthi, The Sino-Soviet Split: Cold War in the Communist World (Princeton: Princeton University "
    "Press, 2008), 174.",
    "William Taubman, Khrushchev: The Man and His Era (New York: W. W. Norton, 2003), 392.",
    "Chen Jian, Mao’s China and the Cold War (Chapel Hill: University of North Carolina Press, 2001), 52.",
    "Sergei N. Goncharov, John W. Lewis and Xue Litai, Uncertain Partners: Stalin, Mao, and the Korean War "
    "(Stanford: Stanford University Press, 1993), 144.",
    "Odd Arne Westad, ed., Brothers in Arms: The Rise and Fall of the Sino-Soviet Alliance, 1945–1963 "
    "(Washington, DC: Woodrow Wilson Center Press, 1998), 21.",
    "Shen Zhihua, Mao, Stalin and the Korean War, trans. Neil Silver (London: Routledge, 2012), 178.",
    "Mao Zedong, “On the People’s Democratic Dictatorship,” 30 June 1949, in Selected Works of Mao Tse-tung, "
    "vol. 4 (Peking: Foreign Languages Press, 1961), 415.",
    "Ibid., 53.",
    "Ibid.",
    "Chen, Mao’s China, 45.",
    "Lüthi, Sino-Soviet Split, 167–69.",
    "See Chen, Mao’s China, 72–73.",
    # A short note whose quoted title ends in a comma inside the quotes (Chicago).
    'Shen and Xia, "Hidden Currents during the Honeymoon," 61.',
    "Shen and Xia, “Hidden Currents during the Honeymoon,” 61–62.",
    "“Chinua Achebe,” Poetry Foundation, accessed 12 March 2025, https://www.poetryfoundation.org/poets/chinua-achebe.",
]


@pytest.mark.parametrize("note", REFERENCE_NOTES)
def test_reference_note(note: str) -> None:
    reading = classify_note(note)
    assert reading.classification == "reference"
    assert reading.prose == ()


EXPLANATORY_NOTES = [
    "The speech was delivered to a closed session of the congress on 25 February 1956, but its text reached "
    "Western newspapers within a few months.",
    "The Chinese troops were called volunteers so that Beijing could avoid a formal declaration of war on the "
    "United States.",
    # Words that also name publishers, used as ordinary words.
    "The Soviet press did not report the quarrel until the summer of 1963.",
    "Mao read many books about Chinese history but very few about economics.",
]


@pytest.mark.parametrize("note", EXPLANATORY_NOTES)
def test_explanatory_note(note: str) -> None:
    reading = classify_note(note)
    assert reading.classification == "explanatory"
    assert reading.prose == (note,)
    assert reading.references == ()


@pytest.mark.parametrize(
    ("reference", "prose"),
    [
        (
            "Lüthi, Sino-Soviet Split, 157.",
            "The articles appeared in the party journal Red Flag for the ninetieth anniversary of Lenin’s birth, "
            "so Moscow read them as an official statement of Chinese doctrine.",
        ),
        (
            "William Taubman, Khrushchev: The Man and His Era (New York: W. W. Norton, 2003), 471.",
            "Taubman bases this account on the memoirs of Khrushchev’s interpreter, who was present at the meeting.",
        ),
        (
            "Chen, Mao’s China, 110.",
            "Estimates of Chinese deaths vary widely, because Beijing has never published full figures.",
        ),
    ],
)
def test_mixed_note(reference: str, prose: str) -> None:
    reading = classify_note(f"{reference} {prose}")
    assert reading.classification == "mixed"
    assert reading.references == (reference,)
    assert reading.prose == (prose,)
