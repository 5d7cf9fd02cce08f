"""The user's configuration, layered like flake8's: defaults < config file < command line.

The config file is the nearest ``eecheck.toml`` (top-level keys) or
``pyproject.toml`` with a ``[tool.eecheck]`` table, searching from the working
directory upwards; ``--config FILE`` names one instead, ``--isolated`` skips it.
Every key is checked: an unknown key, a code that matches no rule, an unknown
profile or subject, or a param the rule does not declare tunable is a
:class:`ConfigError` naming the file and the key (the CLI exits 2).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from eecheck.rules import Catalogue, check_params
from eecheck.rules import RuleError as _RuleError

DEFAULT_PROFILE = "ib-2027"
SEVERITY_VALUES = ("error", "warning", "info", "off")
KEYS = ("profile", "subject", "select", "extend-select", "ignore", "severity", "rules-dir", "params")
_CODE = re.compile(r"^[A-Z]{3}(\d{1,3})?$")


class ConfigError(Exception):
    """A configuration that cannot be used; the message names where and which key."""


@dataclass(frozen=True, slots=True)
class Settings:
    profile: str = DEFAULT_PROFILE
    subject: str | None = None
    """Used when the title page names no subject."""
    select: tuple[str, ...] | None = None
    """None: the profile decides."""
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, str] = field(default_factory=dict)
    rules_dirs: tuple[Path, ...] = ()
    params: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    as_of: date | None = None
    origin: Mapping[str, str] = field(default_factory=dict)
    """For each key set, where it came from (a file path or ``command line``)."""


def find_config_file(start: Path) -> Path | None:
    """The nearest eecheck.toml, or pyproject.toml with [tool.eecheck], at or above ``start``."""
    for folder in (start.resolve(), *start.resolve().parents):
        candidate = folder / "eecheck.toml"
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            try:
                text = pyproject.read_text("utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            try:
                data = tomllib.loads(text)
            except tomllib.TOMLDecodeError:
                # Someone else's broken pyproject is not ours to judge, but one that
                # holds our table is: silently ignoring it would drop the user's settings.
                if re.search(r"^\s*\[\s*tool\s*\.\s*eecheck\b", text, re.MULTILINE):
                    return pyproject
                continue
            if "eecheck" in data.get("tool", {}):
                return pyproject
    return None


def _table(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the configuration ({exc.strerror or exc})") from exc
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from exc
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("eecheck", {})
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: key 'tool.eecheck': must be a table")
        return table
    return data


def _codes(value: Any, where: str, key: str) -> tuple[str, ...]:
    items = [v.strip() for v in value.split(",")] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(v, str) for v in items):
        raise ConfigError(f"{where}: key '{key}': must be a list of rule codes or prefixes")
    codes = tuple(v.strip().upper() for v in items if v.strip())
    for code in codes:
        if not _CODE.match(code):
            raise ConfigError(f"{where}: key '{key}': {code!r} is not a rule code or prefix (e.g. STR004, STR)")
    return codes


def parse_settings(table: Mapping[str, Any], where: str, *, base: Path) -> Settings:
    """Settings from one config table; ``base`` resolves relative ``rules-dir`` paths."""
    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        raise ConfigError(f"{where}: key '{unknown[0]}': unknown key (known: {', '.join(KEYS)})")
    values: dict[str, Any] = {}
    for key in ("profile", "subject"):
        if key in table:
            if not isinstance(table[key], str) or not table[key].strip():
                raise ConfigError(f"{where}: key '{key}': must be a non-empty string")
            values[key] = table[key].strip()
    if "select" in table:
        values["select"] = _codes(table["select"], where, "select")
    if "extend-select" in table:
        values["extend_select"] = _codes(table["extend-select"], where, "extend-select")
    if "ignore" in table:
        values["ignore"] = _codes(table["ignore"], where, "ignore")
    if "severity" in table:
        severity = table["severity"]
        if not isinstance(severity, dict):
            raise ConfigError(f"{where}: key 'severity': must be a table of CODE = level")
        for code, level in severity.items():
            _codes([code], where, f"severity.{code}")
            if level not in SEVERITY_VALUES:
                raise ConfigError(
                    f"{where}: key 'severity.{code}': {level!r} is not one of {', '.join(SEVERITY_VALUES)}"
                )
        values["severity"] = {code.upper(): level for code, level in severity.items()}
    if "rules-dir" in table:
        dirs = table["rules-dir"]
        dirs = [dirs] if isinstance(dirs, str) else dirs
        if not isinstance(dirs, list) or not all(isinstance(d, str) for d in dirs):
            raise ConfigError(f"{where}: key 'rules-dir': must be a folder or a list of folders")
        folders = tuple((base / d).resolve() for d in dirs)
        for folder in folders:
            if not folder.is_dir():
                raise ConfigError(f"{where}: key 'rules-dir': {folder} is not a folder")
        values["rules_dirs"] = folders
    if "params" in table:
        params = table["params"]
        if not isinstance(params, dict) or not all(isinstance(v, dict) for v in params.values()):
            raise ConfigError(f"{where}: key 'params': must hold one table per rule, e.g. [params.LEN001]")
        for code in params:
            if not re.match(r"^[A-Z]{3}\d{3}$", code):
                raise ConfigError(f"{where}: key 'params.{code}': params are set per rule code, e.g. LEN001")
        values["params"] = {code: dict(v) for code, v in params.items()}
    origin = {key: where for key in table}
    return Settings(**values, origin=origin)


def merge(lower: Settings, upper: Settings) -> Settings:
    """``upper`` (e.g. the command line) over ``lower`` (e.g. the config file), key by key."""
    set_keys = set(upper.origin)
    changes: dict[str, Any] = {}
    for key, attr in (("profile", "profile"), ("subject", "subject"), ("select", "select"), ("ignore", "ignore")):
        if key in set_keys:
            changes[attr] = getattr(upper, attr)
    if "extend-select" in set_keys:
        changes["extend_select"] = lower.extend_select + upper.extend_select
    if "severity" in set_keys:
        changes["severity"] = {**lower.severity, **upper.severity}
    if "rules-dir" in set_keys:
        changes["rules_dirs"] = lower.rules_dirs + upper.rules_dirs
    if "params" in set_keys:
        merged = {code: dict(v) for code, v in lower.params.items()}
        for code, values in upper.params.items():
            merged.setdefault(code, {}).update(values)
        changes["params"] = merged
    if upper.as_of is not None:
        changes["as_of"] = upper.as_of
    return replace(lower, **changes, origin={**lower.origin, **upper.origin})


def load_settings(
    *, cwd: Path, config_file: Path | None = None, isolated: bool = False, overrides: Settings | None = None
) -> Settings:
    """Defaults, then the config file (unless isolated), then the command line."""
    settings = Settings()
    path = config_file if config_file is not None else (None if isolated else find_config_file(cwd))
    if path is not None:
        if not path.is_file():
            raise ConfigError(f"{path}: no such configuration file")
        settings = merge(settings, parse_settings(_table(path), str(path), base=path.parent))
    if overrides is not None:
        settings = merge(settings, overrides)
    return settings


def validate_against(settings: Settings, catalogue: Catalogue) -> None:
    """Codes, profile, subject and params must exist in the loaded catalogue."""

    def where(key: str) -> str:
        return settings.origin.get(key, "configuration")

    if settings.profile not in catalogue.profiles:
        raise ConfigError(
            f"{where('profile')}: key 'profile': unknown profile {settings.profile!r}"
            f" (known: {', '.join(sorted(catalogue.profiles))})"
        )
    if settings.subject is not None and catalogue.subject_for(settings.subject) is None:
        raise ConfigError(
            f"{where('subject')}: key 'subject': no subject overlay for {settings.subject!r}"
            f" (known: {', '.join(sorted(catalogue.subjects))})"
        )
    ids = [r.id for r in catalogue.rules]
    lists: Sequence[tuple[str, Sequence[str]]] = (
        ("select", settings.select or ()),
        ("extend-select", settings.extend_select),
        ("ignore", settings.ignore),
        ("severity", tuple(settings.severity)),
    )
    for key, codes in lists:
        for code in codes:
            if not any(i.startswith(code) for i in ids):
                raise ConfigError(f"{where(key)}: key '{key}': {code} matches no rule")
    for code, params in settings.params.items():
        rule = catalogue.rule(code)
        if rule is None:
            raise ConfigError(f"{where('params')}: key 'params.{code}': no such rule")
        for name in params:
            if name not in rule.tunable:
                tunable = ", ".join(rule.tunable) or "none"
                raise ConfigError(
                    f"{where('params')}: key 'params.{code}.{name}': not a tunable param of {code} (tunable: {tunable})"
                )
        try:
            check_params(rule.kind, {**rule.params, **params}, where("params"), prefix=f"params.{code}")
        except _RuleError as exc:
            raise ConfigError(str(exc)) from exc
