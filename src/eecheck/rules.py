"""Loading the rule catalogue: rules, guide profiles and subject overlays, validated when loaded.

The catalogue is data in ``rules/`` (built in) plus any ``rules-dir`` a school
adds. Every rule file is checked against ``schemas/rule.schema.json``, then
against the code: its kind must exist, its params must be the kind's (and pass
the kind's own checks, e.g. a regex compiles), and its message and hint
templates may use only the fields the kind declares. Profiles
(``profiles/*.yml``) and subject overlays (``subjects/*.yml``) are checked
against ``schemas/profile.schema.json`` and must name rules that exist. Any
problem is a :class:`RuleError` naming the file and the key, never a crash later.
"""

from __future__ import annotations

import json
import re
import string
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from eecheck.kinds import KINDS
from eecheck.kinds.base import Kind

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
CATEGORIES = {
    "LEN": "length",
    "STR": "structure",
    "INT": "integrity",
    "REF": "referencing",
    "FMT": "format",
    "SUB": "subject",
}


class RuleError(Exception):
    """A rule, profile or overlay file that is not valid (names the file and the key)."""


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    name: str
    kind: Kind
    severity: str
    scope: str
    params: dict[str, Any]
    message: str | dict[str, str]
    hint: str | None
    reference: dict[str, str]
    docs: dict[str, str]
    path: str
    tunable: tuple[str, ...] = ()

    def render(self, template: str, fields: Mapping[str, Any]) -> str:
        return " ".join(template.format(**fields).split())

    def message_for(self, case: str | None) -> str:
        if isinstance(self.message, str):
            return self.message
        return self.message[case or next(iter(self.message))]

    @property
    def summary(self) -> str:
        """The docs' one-line summary, for listings."""
        return " ".join(self.docs["summary"].split())


@dataclass(frozen=True, slots=True)
class Overlay:
    """A guide profile or a subject overlay: selection, severities and params."""

    name: str
    title: str
    path: str
    source: str | None = None
    match: tuple[str, ...] = ()
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, str] = field(default_factory=dict)
    params: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    notes: str | None = None

    def matches_subject(self, subject: str) -> bool:
        """Whether a title page's subject (or ``--subject``) names this overlay.

        "History", "history", "History (HL)" and "Interdisciplinary: Economics and
        Geography" all match at the start; "Historical geography" does not.
        """
        wanted = " ".join(subject.lower().replace("_", " ").split())
        aliases = (self.name.replace("-", " "), *self.match)
        return any(re.match(rf"{re.escape(alias.lower())}(?![a-z])", wanted) for alias in aliases)


@dataclass(frozen=True, slots=True)
class Catalogue:
    rules: tuple[Rule, ...]
    profiles: Mapping[str, Overlay]
    subjects: Mapping[str, Overlay]
    sources: Mapping[str, Any]

    def rule(self, code: str) -> Rule | None:
        code = code.upper()
        return next((r for r in self.rules if r.id == code or r.name == code.lower()), None)

    def subject_for(self, subject: str | None) -> Overlay | None:
        if not subject:
            return None
        if subject in self.subjects:
            return self.subjects[subject]
        return next((o for o in self.subjects.values() if o.matches_subject(subject)), None)


def default_rules_dir() -> Path:
    """rules/ inside the installed package, or at the top of a source checkout."""
    packaged = resources.files("eecheck") / "rules"
    if packaged.is_dir():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parents[2] / "rules"
    if checkout.is_dir():
        return checkout
    raise RuleError("eecheck's rules/ folder is missing from this installation; reinstall eecheck")


@cache
def _schema(name: str) -> dict[str, Any]:
    return json.loads((resources.files("eecheck") / "schemas" / name).read_text("utf-8"))


def _first_schema_error(data: Any, schema: str, where: str) -> None:
    errors = sorted(jsonschema.Draft202012Validator(_schema(schema)).iter_errors(data), key=lambda e: list(e.path))
    if errors:
        error = errors[0]
        key = ".".join(str(p) for p in error.path) or "(top level)"
        raise RuleError(f"{where}: key '{key}': {error.message}")


def _template_fields(template: str) -> set[str]:
    names: set[str] = set()
    for _, field_name, _, _ in string.Formatter().parse(template):
        if field_name:
            names.add(field_name.split(".")[0].split("[")[0])
    return names


def _type_ok(value: Any, expected: type | tuple[type, ...]) -> bool:
    wanted = expected if isinstance(expected, tuple) else (expected,)
    if isinstance(value, bool) and bool not in wanted:
        return False
    return isinstance(value, wanted)


def check_params(kind: Kind, params: Mapping[str, Any], where: str, prefix: str = "params") -> None:
    """Types, required and unknown params, then the kind's own validation."""
    for key, value in params.items():
        if value is None and key in kind.optional and kind.optional[key][1] is None:
            continue  # an optional param left unset (its default is None), e.g. in a rule's merged defaults
        expected = kind.params.get(key) or (kind.optional[key][0] if key in kind.optional else None)
        if expected is None:
            raise RuleError(f"{where}: key '{prefix}.{key}': kind {kind.name} takes no such parameter")
        if not _type_ok(value, expected):
            raise RuleError(f"{where}: key '{prefix}.{key}': wrong type {type(value).__name__}")
    missing = set(kind.params) - set(params)
    if missing:
        raise RuleError(f"{where}: key '{prefix}': missing {', '.join(sorted(missing))}")
    if kind.validate is not None:
        problem = kind.validate(kind.with_defaults(params))
        if problem:
            key, _, text = problem.partition(": ")
            raise RuleError(f"{where}: key '{prefix}.{key}': {text}")


def _check_against_kind(data: dict[str, Any], where: str, sources: Mapping[str, Any]) -> Kind:
    kind = KINDS.get(data["kind"])
    if kind is None:
        raise RuleError(f"{where}: key 'kind': unknown kind {data['kind']!r} (known: {', '.join(sorted(KINDS))})")
    if kind.scopes is not None and data["scope"] not in kind.scopes:
        raise RuleError(
            f"{where}: key 'scope': kind {kind.name} works on {', '.join(sorted(kind.scopes))}, not {data['scope']!r}"
        )
    params = data.get("params", {})
    check_params(kind, params, where)
    for name in data.get("tunable", ()):
        if name not in kind.params and name not in kind.optional:
            raise RuleError(f"{where}: key 'tunable': kind {kind.name} has no parameter {name!r}")
    message = data["message"]
    templates = {"message": message} if isinstance(message, str) else {f"message.{k}": v for k, v in message.items()}
    if isinstance(message, dict) and set(message) != set(kind.cases):
        raise RuleError(
            f"{where}: key 'message': kind {kind.name} has cases {sorted(kind.cases)}, not {sorted(message)}"
        )
    if isinstance(message, str) and kind.cases:
        raise RuleError(f"{where}: key 'message': kind {kind.name} needs one message per case {sorted(kind.cases)}")
    if data.get("hint"):
        templates["hint"] = data["hint"]
    for key, template in templates.items():
        try:
            unknown = _template_fields(template) - kind.fields
        except ValueError as exc:
            raise RuleError(f"{where}: key '{key}': bad template ({exc})") from exc
        if unknown:
            raise RuleError(
                f"{where}: key '{key}': unknown message field(s) {', '.join(sorted(unknown))}"
                f" (kind {kind.name} gives {', '.join(sorted(kind.fields))})"
            )
    if data["reference"]["source"] not in sources:
        raise RuleError(f"{where}: key 'reference.source': {data['reference']['source']!r} is not in _sources.yml")
    return kind


def _read_yaml(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise RuleError(f"{path}: not readable YAML ({exc})") from exc


def load_rule_file(path: Path, *, sources: Mapping[str, Any]) -> Rule:
    where = str(path)
    data = _read_yaml(path)
    if not isinstance(data, dict):
        raise RuleError(f"{where}: a rule file must be a mapping")
    _first_schema_error(data, "rule.schema.json", where)
    kind = _check_against_kind(data, where, sources)
    return Rule(
        id=data["id"],
        name=data["name"],
        kind=kind,
        severity=data["severity"],
        scope=data["scope"],
        params=kind.with_defaults(data.get("params", {})),
        message=data["message"],
        hint=data.get("hint"),
        reference=dict(data["reference"]),
        docs=dict(data["docs"]),
        path=where,
        tunable=tuple(data.get("tunable", ())),
    )


def _load_overlay(path: Path) -> Overlay:
    data = _read_yaml(path)
    if not isinstance(data, dict):
        raise RuleError(f"{path}: a profile or subject file must be a mapping")
    _first_schema_error(data, "profile.schema.json", str(path))
    return Overlay(
        name=data["name"],
        title=data["title"],
        path=str(path),
        source=data.get("source"),
        match=tuple(data.get("match", ())),
        select=tuple(data.get("select", ())),
        ignore=tuple(data.get("ignore", ())),
        severity=dict(data.get("severity", {})),
        params={code: dict(values) for code, values in data.get("params", {}).items()},
        notes=data.get("notes"),
    )


def _check_overlay_codes(overlay: Overlay, rules: Sequence[Rule], sources: Mapping[str, Any]) -> None:
    ids = {r.id for r in rules}
    for key in ("select", "ignore"):
        for code in getattr(overlay, key):
            if code in CATEGORIES:
                continue  # a whole category may be selected before it has rules
            if not any(rule_id.startswith(code) for rule_id in ids):
                raise RuleError(f"{overlay.path}: key '{key}': {code} matches no rule")
    for key in ("severity", "params"):
        for code in getattr(overlay, key):
            if code not in ids:
                raise RuleError(f"{overlay.path}: key '{key}.{code}': no such rule")
    by_id = {r.id: r for r in rules}
    for code, params in overlay.params.items():
        check_params(by_id[code].kind, {**by_id[code].params, **params}, overlay.path, prefix=f"params.{code}")
    if overlay.source is not None and overlay.source not in sources:
        raise RuleError(f"{overlay.path}: key 'source': {overlay.source!r} is not in _sources.yml")


def _rule_files(directory: Path) -> Iterable[Path]:
    for path in sorted(directory.rglob("*.yml")):
        relative = path.relative_to(directory)
        if path.name.startswith("_") or relative.parts[0] in ("profiles", "subjects"):
            continue
        yield path


def load_catalogue(extra_dirs: Sequence[Path] = (), *, builtin: Path | None = None) -> Catalogue:
    """The built-in catalogue plus rule packs; later packs may add, never redefine."""
    directories = [builtin or default_rules_dir(), *extra_dirs]
    sources: dict[str, Any] = {}
    rules: list[Rule] = []
    profiles: dict[str, Overlay] = {}
    subjects: dict[str, Overlay] = {}
    seen: dict[str, str] = {}
    for directory in directories:
        if not directory.is_dir():
            raise RuleError(f"{directory}: rules-dir is not a folder")
        sources_path = directory / "_sources.yml"
        if sources_path.exists():
            loaded = _read_yaml(sources_path) or {}
            if not isinstance(loaded, dict):
                raise RuleError(f"{sources_path}: must map source keys to guide editions")
            sources.update(loaded)
    for directory in directories:
        for path in _rule_files(directory):
            rule = load_rule_file(path, sources=sources)
            for key in (rule.id, rule.name):
                if key in seen:
                    raise RuleError(f"{path}: key 'id'/'name': {key} is already defined in {seen[key]}")
                seen[key] = str(path)
            rules.append(rule)
        for folder, table in (("profiles", profiles), ("subjects", subjects)):
            for path in sorted((directory / folder).glob("*.yml")):
                overlay = _load_overlay(path)
                if overlay.name in table:
                    raise RuleError(
                        f"{path}: key 'name': {overlay.name} is already defined in {table[overlay.name].path}"
                    )
                table[overlay.name] = overlay
    rules.sort(key=lambda r: r.id)
    for overlay in (*profiles.values(), *subjects.values()):
        _check_overlay_codes(overlay, rules, sources)
    return Catalogue(rules=tuple(rules), profiles=profiles, subjects=subjects, sources=sources)


def load_rules(directory: Path | None = None) -> list[Rule]:
    """Load and validate every rule file under ``directory`` alone (default: built-in)."""
    return list(load_catalogue(builtin=directory).rules)
