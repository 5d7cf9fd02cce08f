"""Years named in a title or research question (text/years.py) and the recency boundary (SUB001's kind)."""

from __future__ import annotations

from datetime import date

import pytest

from eecheck.kinds import recency
from eecheck.kinds.base import CheckContext
from eecheck.readers.markdown import read_markdown_text
from eecheck.text.years import latest_mention, year_mentions


@pytest.mark.parametrize(
    ("text", "expected", "why"),
    [
        ("the 2016 referendum", [("2016", 2016)], "a plain year"),
        ("In 1066 the Normans", [("1066", 1066)], "years from 1000 on"),
        ("1939–1945", [("1939", 1939), ("1945", 1945)], "both ends of a full range"),
        ("1956–63", [("1956–63", 1963), ("1956", 1956)], "an abbreviated range end"),
        ("1998–02", [("1998–02", 2002), ("1998", 1998)], "an abbreviated end in the next century"),
        ("the 2010s", [("2010s", 2019)], "a decade reaches its last year"),
        ("the 1990’s", [("1990’s", 1999), ("1990", 1990)], "a decade with an apostrophe"),
        ("1960s–1970s", [("1960s", 1969), ("1970s", 1979)], "a range of decades"),
        ("the twentieth century", [("twentieth century", 2000)], "a century in words"),
        ("the 19th century", [("19th century", 1900)], "a century in figures"),
        ("twenty-first-century China", [("twenty-first-century", 2026)], "the present century is capped at today"),
        ("1991–present", [("1991–present", 2026), ("1991", 1991)], "a range to the present"),
        ("from 1991 until today", [("1991 until today", 2026), ("1991", 1991)], "a range to today"),
        ("since 1991", [("1991", 1991)], "an open 'since' is only its year"),
        ("2000 BC", [], "a year before the common era"),
        ("the 21st century BCE", [], "a century before the common era"),
        ("a 2016% rise", [], "a percentage"),
        ("12,2016 soldiers", [], "part of a longer number"),
        ("2016.5", [], "a decimal"),
        ("1,000 men", [], "a thousands separator"),
        ("3000", [], "outside 1000–2099"),
        ("the '90s", [], "two-digit decades are not read"),
    ],
)
def test_year_mentions(text, expected, why):
    found = [(m.text, m.last) for m in year_mentions(text, present_year=2026)]
    assert found == expected, why


def test_latest_mention_prefers_the_latest_then_the_first_written():
    mention = latest_mention("the 2010s and 2019", present_year=2026)
    assert mention is not None and (mention.text, mention.last) == ("2010s", 2019)
    present = latest_mention("Belfast from 1994 to the present day", present_year=2026)
    assert present is not None and present.present and present.text == "1994 to the present day"
    assert latest_mention("The Treaty of Versailles", present_year=2026) is None


def _essay(rq: str, *, title: str = "A History Essay", subject: str = "History") -> str:
    return (
        f"# {title}\n\nResearch question: {rq}\n\nSubject: {subject}\n\nWord count: 20\n\n\\newpage\n\n"
        "# Introduction\n\nThe essay begins here and runs to its end in good order.\n"
    )


def _hits(source: str, as_of: date, years: int = 10):
    document = read_markdown_text(source, path="essay.md")
    context = CheckContext.of(document, as_of=as_of)
    return list(recency.check(context, {"years": years}))


@pytest.mark.parametrize("as_of", [date(2026, 1, 1), date(2026, 11, 26), date(2026, 12, 31)])
@pytest.mark.parametrize(("year", "fires"), [(2015, False), (2016, True), (2026, True), (2030, True)])
def test_boundary_is_by_calendar_year_on_any_day(as_of, year, fires):
    """10 years back fires and 11 years back passes, whatever the day of the year."""
    hits = _hits(_essay(f"Why did the crisis of {year} happen?"), as_of)
    assert len(hits) == (1 if fires else 0)


def test_boundary_moves_with_as_of_and_years():
    source = _essay("Why did the crisis of 2016 happen?")
    assert len(_hits(source, date(2027, 1, 1))) == 0  # 11 years back in 2027
    assert len(_hits(source, date(2027, 1, 1), years=11)) == 1
    assert len(_hits(source, date(2026, 6, 1), years=9)) == 0


def test_hit_fields_and_location():
    (hit,) = _hits(_essay("To what extent did the 2016 referendum change attitudes?"), date(2026, 11, 26))
    assert dict(hit.fields) == {
        "where": "research question",
        "named": "2016",
        "year": 2016,
        "years": 10,
        "first_recent": 2016,
        "last_allowed": 2015,
        "as_of_year": 2026,
    }
    assert hit.location.block == 1
    assert hit.location.excerpt == "To what extent did the 2016 referendum change attitudes?"


def test_title_reported_when_it_names_the_later_year():
    source = _essay("How did the peace process begin in 1994?", title="Belfast Peace Walls, 1994–2019")
    (hit,) = _hits(source, date(2026, 11, 26))
    assert (hit.fields["where"], hit.fields["named"]) == ("title", "2019")


def test_research_question_wins_a_tie():
    source = _essay("Why did the protests of 2019 succeed?", title="Hong Kong in 2019")
    (hit,) = _hits(source, date(2026, 11, 26))
    assert hit.fields["where"] == "research question"


def test_front_matter_title_page_has_no_block():
    source = (
        '---\ntitle: "Protest in Greece"\nresearch_question: "Why did the strikes of 2017 fail?"\n'
        "subject: History\n---\n\n# Introduction\n\nText.\n"
    )
    (hit,) = _hits(source, date(2026, 11, 26))
    assert hit.location.block is None


def test_years_must_be_positive():
    assert recency.KIND.validate is not None
    assert recency.KIND.validate({"years": 0}) == "years: must be at least 1"
    assert recency.KIND.validate({"years": 10}) is None
