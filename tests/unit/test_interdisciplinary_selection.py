"""STR009 runs only for interdisciplinary essays: off in both profiles, on in the overlay."""

from __future__ import annotations

import pytest

from eecheck.rules import load_catalogue
from eecheck.selection import is_selected, resolve_rules

CATALOGUE = load_catalogue()


def _active(profile: str, subject: str | None, **user) -> dict[str, str]:
    overlay = CATALOGUE.subject_for(subject)
    rules = resolve_rules(CATALOGUE.rules, profile=CATALOGUE.profiles[profile], subject=overlay, **user)
    return {rule.id: rule.severity for rule in rules}


@pytest.mark.parametrize("profile", ["ib-2027", "ib-2018"])
def test_str009_only_with_the_interdisciplinary_overlay(profile):
    assert "STR009" not in _active(profile, None)
    assert "STR009" not in _active(profile, "Economics")
    assert "STR009" not in _active(profile, "History")
    for subject in ("Interdisciplinary", "Interdisciplinary studies", "Interdisciplinary: Economics and Geography"):
        assert _active(profile, subject)["STR009"] == "error"
    # The overlay switches on STR009 alone; the other structure rules are the profile's.
    assert set(_active(profile, "Interdisciplinary")) - set(_active(profile, None)) == {"STR009"}


def test_user_selection_cannot_force_str009_on_without_the_overlay_but_severity_can():
    assert "STR009" not in _active("ib-2027", None, select=["STR009"])
    assert _active("ib-2027", None, select=["STR009"], severity={"STR009": "warning"}) == {"STR009": "warning"}
    assert "STR009" not in _active("ib-2027", "Interdisciplinary", ignore=["STR009"])


def test_why_the_profiles_use_severity_off_not_ignore():
    # An overlay's select is added to the profile's; on equal prefixes ignore wins, so
    # "ignore: [STR009]" in a profile could never be undone by the overlay's "select: [STR009]".
    assert not is_selected("STR009", select=["STR", "STR009"], ignore=["STR009"])
    assert CATALOGUE.profiles["ib-2027"].severity["STR009"] == "off"
    assert CATALOGUE.profiles["ib-2018"].severity["STR009"] == "off"
    assert CATALOGUE.subjects["interdisciplinary"].severity["STR009"] == "error"


def test_str004_is_an_error_under_the_2018_guide_only():
    assert _active("ib-2018", None)["STR004"] == "error"
    assert _active("ib-2027", None)["STR004"] == "warning"
