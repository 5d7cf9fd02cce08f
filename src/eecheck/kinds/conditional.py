"""Kind ``conditional``: where ``if`` appears, ``then`` must appear too.

After Vale's ``conditional``, per text unit of the scope (a paragraph, a note, a
bibliography entry): when any ``if`` pattern matches in a unit, every ``then``
pattern must match in the same unit, or, with ``then_scope``, somewhere in that
scope (which may be the rule's own scope, to ask of the whole of it). One hit per
unit that falls short, at its first ``if`` match.

* ``if``: a regular expression or a list of them (any of them), or ``if_tokens``:
  spaCy token patterns.
* ``then``: a regular expression, a list of them, or a mapping from a name to a
  regular expression (all of them; the names of those missing fill ``{missing}``),
  or ``then_tokens``: token patterns (all of them).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from eecheck.kinds.base import CheckContext, Hit, Kind
from eecheck.kinds.text_search import UNIT_FIELDS, location, unit_fields
from eecheck.text.patterns import (
    Matcher,
    as_token_patterns,
    regex_list_problem,
    regex_matcher,
    regex_problem,
    token_matcher,
    token_patterns_problem,
)
from eecheck.text.scopes import SCOPES, units


def _validate(params: Mapping[str, Any]) -> str | None:
    for plain, tokens in (("if", "if_tokens"), ("then", "then_tokens")):
        given = [key for key in (plain, tokens) if params.get(key) is not None]
        if len(given) != 1:
            return f"{plain}: give exactly one of {plain} (regular expressions) or {tokens} (token patterns)"
    if params.get("if") is not None:
        problem = regex_list_problem(params["if"], "if")
    else:
        problem = token_patterns_problem(params["if_tokens"], "if_tokens")
    if problem:
        return problem
    then = params.get("then")
    if isinstance(then, dict):
        if not then:
            return "then: must name at least one pattern"
        for name, value in then.items():
            problem = regex_problem(value, f"then.{name}")
            if problem:
                return problem
    elif then is not None:
        problem = regex_list_problem(then, "then")
    else:
        problem = token_patterns_problem(params["then_tokens"], "then_tokens")
    if problem:
        return problem
    then_scope = params.get("then_scope")
    if then_scope is not None and then_scope not in SCOPES:
        return f"then_scope: {then_scope!r} is not a scope (one of {', '.join(SCOPES)})"
    return None


def _if_matcher(params: Mapping[str, Any]) -> Matcher:
    if params.get("if_tokens") is not None:
        return token_matcher(params["if_tokens"])
    return regex_matcher(params["if"], ignore_case=bool(params["ignore_case"]))


def _then_matchers(params: Mapping[str, Any]) -> list[tuple[str, Matcher]]:
    """Each required pattern with the name a message shows when it is missing."""
    ignore_case = bool(params["ignore_case"])
    then = params.get("then")
    if isinstance(then, dict):
        return [(str(name), regex_matcher(value, ignore_case=ignore_case)) for name, value in then.items()]
    if then is not None:
        sources = [then] if isinstance(then, str) else list(then)
        return [(source, regex_matcher(source, ignore_case=ignore_case)) for source in sources]
    patterns = as_token_patterns(params["then_tokens"]) or []
    matchers = [token_matcher(pattern) for pattern in patterns]
    return [(matcher.describe(), matcher) for matcher in matchers]


def _joined(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def check(context: CheckContext, params: Mapping[str, Any]) -> Iterator[Hit]:
    scope_units = units(context.document, context.scope)
    antecedent = _if_matcher(params).narrowed([unit.text for unit in scope_units])
    if antecedent.empty:
        return
    required = _then_matchers(params)
    then_scope = params.get("then_scope")
    elsewhere = None
    if then_scope is not None:
        texts = [unit.text for unit in units(context.document, then_scope)]
        elsewhere = [name for name, matcher in required if not any(matcher.search(t) for t in texts)]
    for unit in scope_units:
        span = antecedent.search(unit.text)
        if span is None:
            continue
        if elsewhere is None:
            missing = [name for name, matcher in required if matcher.search(unit.text) is None]
        else:
            missing = elsewhere
        if not missing:
            continue
        fields = {
            **unit_fields(context.scope, unit, span),
            "then_scope": then_scope or context.scope,
            "missing": _joined(missing),
        }
        yield Hit(fields=fields, location=location(unit, span))


KIND = Kind(
    name="conditional",
    fields=UNIT_FIELDS | {"then_scope", "missing"},
    cases=frozenset(),
    params={},
    optional={
        "if": ((str, list), None),
        "if_tokens": (list, None),
        "then": ((str, list, dict), None),
        "then_tokens": (list, None),
        "then_scope": (str, None),
        "ignore_case": (bool, True),
    },
    validate=_validate,
    check=check,
)
