"""Rule documentation: ``eecheck rules``, ``eecheck rules show CODE`` and ``docs/rules.md``.

Everything here is rendered from the catalogue (``rules/``), so the docs cannot
drift from the rules: a test regenerates ``docs/rules.md`` and fails when the
committed file differs.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from eecheck.rules import CATEGORIES, Catalogue, Overlay, Rule
from eecheck.selection import resolve_rules


def severity_by_profile(catalogue: Catalogue, subject: Overlay | None = None) -> dict[str, dict[str, str]]:
    """For each profile, each rule's effective severity, or ``off``."""
    table: dict[str, dict[str, str]] = {}
    for name, profile in sorted(catalogue.profiles.items()):
        active = {r.id: r.severity for r in resolve_rules(catalogue.rules, profile=profile, subject=subject)}
        table[name] = {r.id: active.get(r.id, "off") for r in catalogue.rules}
    return table


def subjects_adding(catalogue: Catalogue, code: str) -> list[str]:
    """Subject overlays that switch this rule on."""
    return sorted(o.title for o in catalogue.subjects.values() if any(code.startswith(c) for c in o.select))


def listing(catalogue: Catalogue, rules: Sequence[Rule], active: dict[str, str]) -> str:
    """One line per rule: code, name, severity in the active profile, summary."""
    width = max((len(r.name) for r in rules), default=10)
    lines = []
    for rule in rules:
        level = active.get(rule.id, "off")
        summary = rule.summary
        if level == "off" and (subjects := subjects_adding(catalogue, rule.id)):
            summary += f" ({', '.join(subjects)} only)"
        lines.append(f"{rule.id}  {rule.name:<{width}}  {level:<7}  {summary}")
    return "\n".join(lines) + "\n"


def _reference(catalogue: Catalogue, rule: Rule) -> tuple[str, list[str]]:
    source = catalogue.sources.get(rule.reference["source"], {}) or {}
    title = source.get("title", rule.reference["source"])
    return f"{title}: {rule.reference['section']}", list(source.get("urls", []) or [])


_LONGEST_SHOWN = 80


def _tunables(rule: Rule) -> str:
    shown = []
    for key, value in sorted(rule.params.items()):
        if value is None:
            continue  # an optional param the rule leaves unset (e.g. tokens beside a pattern)
        mark = " (tunable)" if key in rule.tunable else ""
        text = repr(value)
        if len(text) > _LONGEST_SHOWN or "\\n" in text:
            # A long regular expression would swamp the line (and break Markdown tables).
            text = f"… ({type(value).__name__} of {len(text):,} characters, in {Path(rule.path).name})"
        shown.append(f"{key} = {text}{mark}")
    return "; ".join(shown) or "none"


def _severity_line(catalogue: Catalogue, rule: Rule) -> str:
    levels = severity_by_profile(catalogue)
    parts = [f"{levels[p][rule.id]} in {p}" for p in sorted(levels)]
    subjects = subjects_adding(catalogue, rule.id)
    if subjects:
        parts.append(f"switched on by the {', '.join(subjects)} overlay")
    return "; ".join(parts)


def show(catalogue: Catalogue, rule: Rule) -> str:
    """The full docs of one rule, as plain text for the terminal."""
    reference, urls = _reference(catalogue, rule)
    docs = {k: " ".join(v.split()) for k, v in rule.docs.items()}
    lines = [
        f"{rule.id} {rule.name}",
        f"Severity: {_severity_line(catalogue, rule)}",
        f"Kind: {rule.kind.name}   Scope: {rule.scope}   Params: {_tunables(rule)}",
        "",
        f"What it does: {docs['what']}",
        "",
        f"Why it matters: {docs['why']}",
        "",
        f"How to fix it: {docs['fix']}",
        "",
        f"Fails:  {docs['example_fail']}",
        f"Passes: {docs['example_pass']}",
        "",
        f"Reference: {reference}",
        *(f"  {url}" for url in urls),
    ]
    return "\n".join(lines) + "\n"


def markdown(catalogue: Catalogue) -> str:
    """docs/rules.md: every rule, grouped by category, generated from rules/."""
    levels = severity_by_profile(catalogue)
    profiles = sorted(levels)
    out = [
        "# eecheck rules",
        "",
        "<!-- Generated from rules/ by `eecheck rules docs --output docs/rules.md`. Do not edit by hand:",
        "     tests/rules/test_catalogue.py fails when this file is stale. -->",
        "",
        "Every rule has a stable code and a name. Select or ignore them by code or prefix",
        '(`select = ["STR"]`, `ignore = ["STR006"]`); see the README\'s configuration section.',
        "",
        "| code | name | " + " | ".join(profiles) + " | summary |",
        "|---|---|" + "---|" * len(profiles) + "---|",
    ]
    for rule in catalogue.rules:
        cells = [levels[p][rule.id] for p in profiles]
        summary = rule.summary
        if all(c == "off" for c in cells) and (subjects := subjects_adding(catalogue, rule.id)):
            summary += f" ({', '.join(subjects)} only)"
        out.append(
            f"| [{rule.id}](#{rule.id.lower()}-{rule.name}) | `{rule.name}` | " + " | ".join(cells) + f" | {summary} |"
        )
    for prefix, category in CATEGORIES.items():
        rules = [r for r in catalogue.rules if r.id.startswith(prefix)]
        if not rules:
            continue
        out += ["", f"## {prefix}: {category}"]
        for rule in rules:
            reference, urls = _reference(catalogue, rule)
            docs = {k: " ".join(v.split()) for k, v in rule.docs.items()}
            out += [
                "",
                f"### {rule.id} {rule.name}",
                "",
                f"- **Severity:** {_severity_line(catalogue, rule)}",
                f"- **Kind:** `{rule.kind.name}` · **scope:** `{rule.scope}` · **params:** {_tunables(rule)}",
                "",
                f"**What it does.** {docs['what']}",
                "",
                f"**Why it matters.** {docs['why']}",
                "",
                f"**How to fix it.** {docs['fix']}",
                "",
                f"**Fails:** {docs['example_fail']}",
                "",
                f"**Passes:** {docs['example_pass']}",
                "",
                f"**Reference:** {reference}" + (" (" + ", ".join(f"<{u}>" for u in urls) + ")" if urls else ""),
            ]
    overlays = sorted(catalogue.subjects.values(), key=lambda o: o.name)
    if overlays:
        out += ["", "## Subject overlays", "", "| subject | title-page values | adds | notes |", "|---|---|---|---|"]
        for overlay in overlays:
            adds = ", ".join(overlay.select) or "nothing"
            notes = " ".join((overlay.notes or "").split())
            out.append(f"| {overlay.title} | {', '.join(overlay.match)} | {adds} | {notes} |")
    return "\n".join(out) + "\n"
