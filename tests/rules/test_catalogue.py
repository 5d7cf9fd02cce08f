"""Meta-tests that keep the catalogue honest: fixtures, docs, references, unique codes, fresh docs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from eecheck import ruledocs
from eecheck.kinds import KINDS
from eecheck.rules import CATEGORIES, load_catalogue
from tests.rules.harness import documents, expected, rule_folders

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = load_catalogue()
RULE_IDS = [r.id for r in CATALOGUE.rules]


@pytest.mark.parametrize("rule", CATALOGUE.rules, ids=RULE_IDS)
def test_every_rule_has_fixtures_that_fail_and_pass(rule):
    folder = ROOT / "tests" / "rules" / rule.id
    assert folder.is_dir(), f"{rule.id} has no tests/rules/{rule.id}/ folder"
    names = [d.name for d in documents(folder)]
    assert any(n.startswith("fail") for n in names), f"{rule.id}: no fail* document"
    assert any(n.startswith("pass") for n in names), f"{rule.id}: no pass* document (a near miss)"
    assert sorted(expected(folder)["findings"]) == sorted(names), f"{rule.id}: expected.json must list every document"


def test_every_fixture_folder_is_a_rule():
    assert sorted(f.name for f in rule_folders()) == sorted(set(RULE_IDS) & {f.name for f in rule_folders()})
    assert {f.name for f in rule_folders()} <= set(RULE_IDS)


@pytest.mark.parametrize("rule", CATALOGUE.rules, ids=RULE_IDS)
def test_every_rule_is_documented_and_referenced(rule):
    assert rule.id[:3] in CATEGORIES
    assert re.fullmatch(r"[a-z]+(-[a-z0-9]+)*", rule.name)
    for key in ("summary", "what", "why", "fix", "example_fail", "example_pass"):
        assert rule.docs[key].strip(), f"{rule.id}: docs.{key} is empty"
    assert rule.reference["source"] in CATALOGUE.sources
    assert rule.reference["section"].strip()
    folder = Path(rule.path).parent.name
    assert folder == CATEGORIES[rule.id[:3]], f"{rule.id} belongs in rules/{CATEGORIES[rule.id[:3]]}/"
    assert Path(rule.path).name == f"{rule.id}-{rule.name}.yml"


def test_codes_and_names_are_unique():
    assert len(set(RULE_IDS)) == len(RULE_IDS)
    names = [r.name for r in CATALOGUE.rules]
    assert len(set(names)) == len(names)


def test_every_kind_is_used_by_a_rule_or_a_rule_pack_test():
    used = {r.kind.name for r in CATALOGUE.rules}
    generic_tested_by_packs = {"existence", "occurrence", "conditional"} & set(KINDS)
    assert set(KINDS) - used - generic_tested_by_packs == set()


def test_both_guide_profiles_exist_and_2027_is_the_default():
    assert {"ib-2027", "ib-2018"} <= set(CATALOGUE.profiles)
    from eecheck.config import DEFAULT_PROFILE

    assert DEFAULT_PROFILE == "ib-2027"


def test_generated_rule_docs_are_fresh():
    committed = (ROOT / "docs" / "rules.md").read_text("utf-8")
    assert committed == ruledocs.markdown(CATALOGUE), (
        "docs/rules.md is stale: run `eecheck rules docs --output docs/rules.md`"
    )
