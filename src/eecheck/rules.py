"""Loading the rule catalogue: YAML files in rules/, validated when loaded.

Every rule file is checked against ``schemas/rule.schema.json``, then against
the code: its kind must exist, its params must be the kind's, and its message
and hint templates may use only the fields the kind declares. Any problem is
a :class:`RuleError` naming the file and the key, never a crash later.
"""

from __future__ import annotations

import json
import string
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from eecheck.kinds import KINDS
from eecheck.kinds.base import Kind


class RuleError(Exception):
    """A rule file that is not a valid rule (names the file and the key)."""


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

    def render(self, template: str, fields: dict[str, Any]) -> str:
        return " ".join(template.format(**fields).split())

    def message_for(self, case: str | None) -> str:
        if isinstance(self.message, str):
            return self.message
        return self.message[case or next(iter(self.message))]


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
def _rule_schema() -> dict[str, Any]:
    return json.loads((resources.files("eecheck") / "schemas" / "rule.schema.json").read_text("utf-8"))


def _template_fields(template: str) -> set[str]:
    names: set[str] = set()
    for _, field_name, _, _ in string.Formatter().parse(template):
        if field_name:
            names.add(field_name.split(".")[0].split("[")[0])
    return names


def _check_against_kind(data: dict[str, Any], where: str, sources: dict[str, Any]) -> Kind:
    kind = KINDS.get(data["kind"])
    if kind is None:
        raise RuleError(f"{where}: key 'kind': unknown kind {data['kind']!r} (known: {', '.join(sorted(KINDS))})")
    params = data.get("params", {})
    for key, value in params.items():
        if key not in kind.params:
            raise RuleError(f"{where}: key 'params.{key}': kind {kind.name} takes no such parameter")
        if not isinstance(value, kind.params[key]) or isinstance(value, bool):
            raise RuleError(f"{where}: key 'params.{key}': wrong type {type(value).__name__}")
    missing = set(kind.params) - set(params)
    if missing:
        raise RuleError(f"{where}: key 'params': missing {', '.join(sorted(missing))}")
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


def load_rule_file(path: Path, *, sources: dict[str, Any]) -> Rule:
    where = str(path)
    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise RuleError(f"{where}: not readable YAML ({exc})") from exc
    if not isinstance(data, dict):
        raise RuleError(f"{where}: a rule file must be a mapping")
    errors = sorted(jsonschema.Draft202012Validator(_rule_schema()).iter_errors(data), key=lambda e: list(e.path))
    if errors:
        error = errors[0]
        key = ".".join(str(p) for p in error.path) or "(top level)"
        raise RuleError(f"{where}: key '{key}': {error.message}")
    kind = _check_against_kind(data, where, sources)
    return Rule(
        id=data["id"],
        name=data["name"],
        kind=kind,
        severity=data["severity"],
        scope=data["scope"],
        params=dict(data.get("params", {})),
        message=data["message"],
        hint=data.get("hint"),
        reference=dict(data["reference"]),
        docs=dict(data["docs"]),
        path=where,
    )


def load_rules(directory: Path | None = None) -> list[Rule]:
    """Load and validate every rule file under ``directory`` (default: built-in)."""
    directory = directory or default_rules_dir()
    sources_path = directory / "_sources.yml"
    sources = yaml.safe_load(sources_path.read_text("utf-8")) if sources_path.exists() else {}
    rules: list[Rule] = []
    seen: dict[str, str] = {}
    for path in sorted(directory.rglob("*.yml")):
        relative = path.relative_to(directory)
        if path.name.startswith("_") or relative.parts[0] in ("profiles", "subjects"):
            continue
        rule = load_rule_file(path, sources=sources or {})
        for key in (rule.id, rule.name):
            if key in seen:
                raise RuleError(f"{path}: key 'id'/'name': {key} is already defined in {seen[key]}")
            seen[key] = str(path)
        rules.append(rule)
    rules.sort(key=lambda r: r.id)
    return rules
