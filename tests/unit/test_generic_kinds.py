"""The generic kinds a rule pack builds on: existence, occurrence, conditional, and their patterns."""

from __future__ import annotations

import textwrap

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eecheck.kinds import conditional, existence, occurrence
from eecheck.kinds.base import CheckContext, HitLocation
from eecheck.readers import read_document
from eecheck.rules import RuleError, check_params
from eecheck.text.patterns import regex_matcher, token_matcher, token_patterns_problem

ESSAY = textwrap.dedent(
    """\
    # Introduction

    Wikipedia says the crisis began in October. See the video of the speech.

    # Body

    The Wikipedia article and the video agree; see the film too.

    # Bibliography

    Fursenko, A. (1997). *One Hell of a Gamble*. New York: Norton. https://archive.org/x

    Wikipedia (2024). Cuban Missile Crisis. https://en.wikipedia.org/wiki/Cuban_Missile_Crisis, accessed 3 May 2024.
    """
)


@pytest.fixture(scope="module")
def context(tmp_path_factory) -> CheckContext:
    path = tmp_path_factory.mktemp("essay") / "essay.md"
    path.write_text(ESSAY, "utf-8")
    document = read_document(path)
    return CheckContext.of(document)


def _run(kind, context: CheckContext, scope: str, **params):
    check_params(kind, params, "pack.yml")  # the params a rule file would give are valid
    scoped = CheckContext(analyses=context.analyses, scope=scope)
    return list(kind.check(scoped, kind.with_defaults(params)))


def test_existence_one_hit_per_match_in_the_scope(context):
    hits = _run(existence.KIND, context, "essay", pattern=r"\bwikipedia\b")
    assert [(h.fields["match"], h.fields["where"], h.location.block) for h in hits] == [
        ("Wikipedia", "introduction", 1),
        ("Wikipedia", "body", 3),
    ]
    # Forty characters either side, cut at whole words.
    assert hits[0].fields["excerpt"] == "Wikipedia says the crisis began in October. See…"
    assert hits[1].fields["excerpt"] == "The Wikipedia article and the video agree; see the…"
    assert hits[0].fields["text"] == "Wikipedia says the crisis began in October. See the video of the speech."
    assert hits[0].fields["scope"] == "essay"
    assert hits[0].location == HitLocation(block=1, excerpt=hits[0].fields["excerpt"])


def test_existence_case_and_pattern_lists(context):
    assert _run(existence.KIND, context, "essay", pattern="wikipedia", ignore_case=False) == []
    hits = _run(existence.KIND, context, "all-text", patterns=["wikipedia", r"wiki\w+", "video"])
    # Overlapping matches of different patterns count once (the earliest, then the longest).
    assert [h.fields["match"] for h in hits] == ["Wikipedia", "video", "Wikipedia", "video", "Wikipedia", "wikipedia"]


def test_existence_with_token_patterns(context):
    tokens = [{"LOWER": {"IN": ["see", "watch"]}}, {"LOWER": "the"}, {"LOWER": {"IN": ["video", "film"]}}]
    hits = _run(existence.KIND, context, "essay", tokens=tokens)
    assert [(h.fields["match"], h.location.block) for h in hits] == [("See the video", 1), ("see the film", 3)]
    # Several patterns, and operators.
    several = [[{"LOWER": "the"}, {"LOWER": "video"}], [{"LOWER": "see"}, {"IS_ALPHA": True, "OP": "+"}]]
    hits = _run(existence.KIND, context, "essay", tokens=several)
    assert [h.fields["match"] for h in hits] == ["See the video of the speech", "the video", "see the film too"]


def test_occurrence_bounds(context):
    entries = {"pattern": r"^\S"}
    assert _run(occurrence.KIND, context, "bibliography", **entries, min=2) == []
    [few] = _run(occurrence.KIND, context, "bibliography", **entries, min=3)
    assert (few.fields["count"], few.fields["expected"], few.location.block) == (2, "at least 3", 5)
    [many] = _run(occurrence.KIND, context, "all-text", pattern="wikipedia", max=2)
    # The hit points at the first match past the limit.
    assert (many.fields["count"], many.fields["expected"], many.fields["match"]) == (4, "at most 2", "Wikipedia")
    assert many.location.block == 6
    [exact] = _run(occurrence.KIND, context, "essay", pattern="video", min=1, max=1)
    assert exact.fields["expected"] == "exactly 1" and exact.fields["count"] == 2
    [between] = _run(occurrence.KIND, context, "essay", pattern="video", min=3, max=5)
    assert between.fields["expected"] == "between 3 and 5"
    [empty] = _run(occurrence.KIND, context, "abstract", pattern="x", min=1)
    assert empty.location == HitLocation() and empty.fields["count"] == 0


def test_conditional_in_the_same_unit_and_in_another_scope(context):
    web = {"if": r"https?://", "then": {"access date": r"\baccessed\b"}}
    [hit] = _run(conditional.KIND, context, "bibliography", **web)
    assert (hit.fields["match"], hit.fields["missing"], hit.location.block) == ("https://", "access date", 5)
    assert hit.fields["then_scope"] == "bibliography"
    # All of a list must appear; the missing ones are named.
    [hit] = _run(conditional.KIND, context, "essay", **{"if": "wikipedia", "then": ["october", "speech"]})
    assert (hit.location.block, hit.fields["missing"]) == (3, "october and speech")
    # With then_scope the required text may be anywhere in that scope.
    assert (
        _run(
            conditional.KIND, context, "essay", **{"if": "wikipedia", "then": "accessed", "then_scope": "bibliography"}
        )
        == []
    )
    hits = _run(conditional.KIND, context, "essay", **{"if": "wikipedia", "then": "doi", "then_scope": "bibliography"})
    assert [(h.location.block, h.fields["then_scope"]) for h in hits] == [(1, "bibliography"), (3, "bibliography")]
    tokens = _run(conditional.KIND, context, "essay", if_tokens=[{"LOWER": "video"}], then_tokens=[{"LOWER": "speech"}])
    assert [(h.location.block, h.fields["missing"]) for h in tokens] == [(3, "speech")]


@pytest.mark.parametrize(
    ("kind", "params", "expected"),
    [
        (existence.KIND, {}, "key 'params.pattern': give exactly one of"),
        (existence.KIND, {"pattern": "a", "patterns": ["b"]}, "give exactly one of"),
        (existence.KIND, {"pattern": ""}, "key 'params.pattern': must be a non-empty regular expression"),
        (existence.KIND, {"pattern": "a|"}, "key 'params.pattern': the regular expression 'a|' matches empty text"),
        (existence.KIND, {"patterns": []}, "key 'params.patterns': must list at least one"),
        (existence.KIND, {"patterns": ["a", 3]}, "key 'params.patterns.1': must be a non-empty regular expression"),
        (existence.KIND, {"tokens": []}, "key 'params.tokens': must be a token pattern"),
        (existence.KIND, {"tokens": [{"LOWER": "a"}, [{"LOWER": "b"}]]}, "key 'params.tokens.1': a token must be"),
        (existence.KIND, {"tokens": [{"LENGTH": {">=": "3"}}]}, "key 'params.tokens.0.LENGTH.>=': takes a number"),
        (existence.KIND, {"tokens": [{"LOWER": {"IN": ["a", 1]}}]}, "LOWER.IN': takes a list of strings"),
        (existence.KIND, {"tokens": [{"LOWER": {"SIMILAR": "a"}}]}, "LOWER.SIMILAR': unknown predicate for LOWER"),
        (existence.KIND, {"tokens": [{"LOWER": 3}]}, "key 'params.tokens.0.LOWER': LOWER takes a string"),
        (existence.KIND, {"tokens": [{"LEMMA": "be"}]}, "LEMMA needs a trained spaCy pipeline"),
        (existence.KIND, {"tokens": [{"_": {"x": 1}}]}, "key 'params.tokens.0._': unknown token attribute"),
        (existence.KIND, {"pattern": "a", "ignore_case": "yes"}, "key 'params.ignore_case': wrong type str"),
        (occurrence.KIND, {"pattern": "a", "min": -1}, "key 'params.min': must be 0 or more"),
        (occurrence.KIND, {"pattern": "a", "max": 1.5}, "key 'params.max': wrong type float"),
        (conditional.KIND, {"if": "a", "if_tokens": [{"LOWER": "a"}], "then": "b"}, "key 'params.if': give exactly"),
        (conditional.KIND, {"if": "a"}, "key 'params.then': give exactly one of then"),
        (conditional.KIND, {"if": "a", "then": {}}, "key 'params.then': must name at least one pattern"),
        (conditional.KIND, {"if": ["a", "("], "then": "b"}, "key 'params.if.1': bad regular expression"),
        (
            conditional.KIND,
            {"if": "a", "then_tokens": [{"OP": "*"}, {"ORTH": {"REGEX": "["}}]},
            "then_tokens.1.ORTH.REGEX",
        ),
        (conditional.KIND, {"if": "a", "then": 5}, "key 'params.then': wrong type int"),
    ],
)
def test_bad_params_are_load_errors_naming_the_key(kind, params, expected):
    with pytest.raises(RuleError) as error:
        check_params(kind, params, "pack/REF101.yml")
    assert str(error.value).startswith("pack/REF101.yml: key 'params")
    assert expected in str(error.value)


@pytest.mark.parametrize(
    "tokens",
    [
        [{"lower": "video"}],
        [{"LOWER": {"in": ["a", "b"]}}, {"IS_PUNCT": True, "OP": "?"}],
        [{"LENGTH": {">=": 3, "<": 10}}, {"TEXT": {"FUZZY": "Khrushchev"}}, {"OP": "{1,3}"}],
        [[{"LIKE_URL": True}], [{"SHAPE": "dddd"}, {"IS_SENT_START": False}]],
        [{}],
    ],
)
def test_well_formed_token_patterns_pass(tokens):
    assert token_patterns_problem(tokens, "tokens") is None


def test_lower_case_attribute_names_match_like_upper_case():
    assert token_matcher([{"lower": "see"}, {"lower": {"in": ["the"]}}]).spans("Please SEE the map") == token_matcher(
        [{"LOWER": "see"}, {"LOWER": {"IN": ["the"]}}]
    ).spans("Please SEE the map")


def test_regex_matcher_skips_nothing_and_orders_matches():
    spans = regex_matcher(["b+", "ab", "c"], ignore_case=True).spans("ABBc abc")
    assert [(s.start, s.end, s.text) for s in spans] == [(0, 2, "AB"), (3, 4, "c"), (5, 7, "ab"), (7, 8, "c")]


def test_every_attribute_eecheck_accepts_is_one_spacy_accepts():
    """The structural check must not let through what spaCy's own validation refuses."""
    from spacy.matcher import Matcher as SpacyMatcher

    from eecheck.text import patterns
    from eecheck.text.nlp import nlp

    values = {**dict.fromkeys(patterns._STRING_ATTRS, "x"), "LENGTH": 3, **dict.fromkeys(patterns._BOOL_ATTRS, True)}
    for attr, value in values.items():
        token = {attr: value}
        assert token_patterns_problem([token], "tokens") is None
        SpacyMatcher(nlp().vocab, validate=True).add(attr, [[token]])  # raises if spaCy disagrees


_NARROWING_REGEXES = [
    r"^\s*how\b",
    r"\?\s*$",
    r"(?x) \b you \s* tube \b",
    r"(?<![.,;:])\bvideo\b",
    r"\Aintro",
    r"end\Z",
    r"\bsee\s+the\s+video\b",
]


@given(
    st.lists(st.text(alphabet=st.sampled_from("howyutbe? .,:;\nsvidAZintrod"), max_size=30), max_size=6),
    st.lists(st.sampled_from(_NARROWING_REGEXES), min_size=1, max_size=4, unique=True),
)
def test_narrowing_a_matcher_never_changes_what_it_finds(texts, regexes):
    from eecheck.text.patterns import Matcher

    matcher = Matcher(regexes=tuple(regexes))
    narrowed = matcher.narrowed(texts)
    assert [narrowed.spans(t) for t in texts] == [matcher.spans(t) for t in texts]
