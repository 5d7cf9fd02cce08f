"""Guide profiles and subject overlays, through the Engine with the default rule selection.

What the YAML in rules/profiles/ and rules/subjects/ says must be what runs: the
2018 profile turns LEN003 on and the 2027 profile (the default) leaves it off; STR004
is an error in 2018 and a warning in 2027; the History overlay turns SUB001 on for an
essay whose title page says "Subject: History" and for no other; ``--subject`` is used
only when the title page names no subject; a science overlay is recognised and changes
no rule; the Interdisciplinary overlay is recognised.
"""

from __future__ import annotations

from datetime import date

import pytest

from eecheck.check import build_engine
from eecheck.config import DEFAULT_PROFILE, Settings
from eecheck.readers.markdown import read_markdown_text
from eecheck.rules import load_catalogue

CATALOGUE = load_catalogue()
AS_OF = date(2026, 11, 26)


def _engine(**settings):
    return build_engine(Settings(as_of=AS_OF, **settings))


def _active(engine, overlay=None) -> dict[str, str]:
    """Code -> effective severity of the rules that run."""
    return {rule.id: rule.severity for rule in engine.rules_for(overlay)}


def _essay(*, subject: str | None, rq: str = "To what extent did the 2020 election campaign change party loyalty?"):
    subject_line = f"Subject: {subject}\n\n" if subject else ""
    source = (
        "# Elections and Loyalty\n\n"
        f"Research question: {rq}\n\n{subject_line}Word count: 31\n\n\\newpage\n\n"
        "# Introduction\n\nVoters changed their loyalties in large numbers during the campaign.\n\n"
        "# Conclusion\n\nThe campaign changed loyalty more than any before it.\n\n"
        "# Bibliography\n\nSmith, Anna. *Voting*. London: Penguin, 2021.\n"
    )
    return read_markdown_text(source, path="essay.md")


def _codes(engine, document) -> list[str]:
    return [finding.code for finding in engine.check_model(document).findings]


# --- guide profiles ------------------------------------------------------------------


def test_default_profile_is_2027():
    assert DEFAULT_PROFILE == "ib-2027"
    assert _engine().profile.name == "ib-2027"


@pytest.mark.parametrize(("profile", "on"), [("ib-2027", False), ("ib-2018", True)])
def test_len003_runs_only_in_the_2018_profile(profile, on):
    assert ("LEN003" in _active(_engine(profile=profile))) is on


@pytest.mark.parametrize("profile", ["ib-2027", "ib-2018"])
def test_both_profiles_run_the_other_length_rules_and_no_subject_rule(profile):
    active = _active(_engine(profile=profile))
    assert {"LEN001", "LEN002", "LEN004"} <= set(active)
    assert not any(code.startswith("SUB") for code in active)


def test_profiles_differ_exactly_as_their_yaml_says():
    """Every difference between the two profiles' active rules is named in one of the two files."""
    modern, old = _active(_engine(profile="ib-2027")), _active(_engine(profile="ib-2018"))
    profiles = CATALOGUE.profiles
    named = {
        *profiles["ib-2027"].ignore,
        *profiles["ib-2018"].ignore,
        *profiles["ib-2027"].severity,
        *profiles["ib-2018"].severity,
    }
    differing = {code for code in set(modern) | set(old) if modern.get(code) != old.get(code)}
    assert differing <= named
    assert "LEN003" in differing


def test_str004_is_an_error_in_2018_and_a_warning_in_2027():
    if CATALOGUE.rule("STR004") is None:
        pytest.skip("STR004 (contents-page) is not in the catalogue yet")
    assert _active(_engine(profile="ib-2018"))["STR004"] == "error"
    assert _active(_engine(profile="ib-2027"))["STR004"] == "warning"


def test_len003_findings_follow_the_profile():
    source = (
        "# The Recall\n\nResearch question: Why were the specialists recalled in 1960?\n\n"
        "Subject: History\n\nWord count: 24\n\n\\newpage\n\n# Introduction\n\n"
        "The specialists left within a month.[^1]\n\n"
        "[^1]: The figure usually given is 1,390 specialists, although Chinese sources give more.\n"
    )
    document = read_markdown_text(source, path="essay.md")
    assert "LEN003" not in _codes(_engine(profile="ib-2027"), document)
    assert _codes(_engine(profile="ib-2018"), document).count("LEN003") == 1


# --- subject overlays ----------------------------------------------------------------


@pytest.mark.parametrize("profile", ["ib-2027", "ib-2018"])
def test_history_overlay_turns_sub001_on_for_a_history_title_page(profile):
    engine = _engine(profile=profile)
    history = _essay(subject="History")
    assert engine.subject_of(history)[1] == CATALOGUE.subjects["history"]
    assert _codes(engine, history).count("SUB001") == 1
    assert "SUB001" in _active(engine, engine.catalogue.subjects["history"])


@pytest.mark.parametrize("subject", ["Economics", "Geography", "English A: Literature"])
def test_sub001_does_not_run_for_other_subjects(subject):
    engine = _engine()
    document = _essay(subject=subject)
    assert "SUB001" not in _codes(engine, document)
    _, overlay = engine.subject_of(document)
    assert "SUB001" not in _active(engine, overlay)


def test_subject_option_applies_only_when_the_title_page_names_no_subject():
    engine = _engine(subject="history")
    unnamed = _essay(subject=None)
    assert engine.subject_of(unnamed)[0] == "history"
    assert _codes(engine, unnamed).count("SUB001") == 1
    economics = _essay(subject="Economics")
    assert engine.subject_of(economics)[0] == "Economics"
    assert "SUB001" not in _codes(engine, economics)


def test_without_subject_option_an_unnamed_subject_runs_no_overlay():
    engine = _engine()
    unnamed = _essay(subject=None)
    assert engine.subject_of(unnamed) == (None, None)
    assert "SUB001" not in _codes(engine, unnamed)


def test_history_overlay_near_miss_eleven_years_back():
    engine = _engine()
    document = _essay(subject="History", rq="To what extent did the 2015 election campaign change party loyalty?")
    assert "SUB001" not in _codes(engine, document)


@pytest.mark.parametrize("subject", ["History", "history", "History (HL)", "HISTORY"])
def test_history_subject_spellings_match(subject):
    overlay = CATALOGUE.subject_for(subject)
    assert overlay is not None and overlay.name == "history"


def test_historical_geography_is_not_history():
    assert CATALOGUE.subject_for("Historical geography") is None


@pytest.mark.parametrize("profile", ["ib-2027", "ib-2018"])
@pytest.mark.parametrize("subject", ["Physics", "Biology", "Chemistry"])
def test_science_overlay_is_recognised_and_changes_no_rule(profile, subject):
    engine = _engine(profile=profile)
    overlay = CATALOGUE.subject_for(subject)
    assert overlay is not None and overlay.name == subject.lower()
    assert (overlay.select, overlay.ignore, dict(overlay.severity), dict(overlay.params)) == ((), (), {}, {})
    assert _active(engine, overlay) == _active(engine, None)
    document = _essay(subject=subject)
    assert engine.subject_of(document) == (subject, overlay)


def test_interdisciplinary_overlay_is_recognised():
    if "interdisciplinary" not in CATALOGUE.subjects:
        pytest.skip("rules/subjects/interdisciplinary.yml is not in the catalogue yet")
    overlay = CATALOGUE.subject_for("Interdisciplinary: Economics and Geography")
    assert overlay is not None and overlay.name == "interdisciplinary"
    assert CATALOGUE.subject_for("interdisciplinary") is overlay
    engine = _engine()
    document = _essay(subject="Interdisciplinary: Economics and Geography")
    assert engine.subject_of(document)[1] == overlay
    assert "SUB001" not in _codes(engine, document)
