"""The command line: the only place (with the formatters) that prints.

``eecheck [OPTIONS] PATH...`` checks essays; ``eecheck inspect FILE`` prints
the document model; ``eecheck rules`` lists and documents the rules;
``eecheck --schema`` prints the report JSON Schema.

Exit status: 0 no error finding; 1 at least one error finding; 2 a usage
error or an input that could not be read (the report still lists it).
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from importlib import resources
from pathlib import Path
from typing import Any

import click
import yaml

from eecheck import __version__, ruledocs
from eecheck.check import Engine, build_engine
from eecheck.config import ConfigError, Settings, load_settings, parse_settings
from eecheck.errors import InputError
from eecheck.formatters import FORMATTERS
from eecheck.readers import SUPPORTED_SUFFIXES, read_document
from eecheck.report import DocumentResult, Report
from eecheck.rules import RuleError, default_rules_dir, load_catalogue

EXIT_OK, EXIT_FINDINGS, EXIT_UNREADABLE = 0, 1, 2


# In a folder, Word's lock files (~$essay.docx) and a folder's README are not essays; named
# explicitly on the command line, a README is still checked.
_NOT_ESSAYS = ("readme.md", "readme.markdown")


def _not_an_essay(path: Path) -> bool:
    return path.name.startswith("~$") or path.name.lower() in _NOT_ESSAYS


def _expand(paths: tuple[str, ...]) -> list[tuple[str, InputError | None]]:
    """Files to check; a folder stands for the essays inside it."""
    expanded: list[tuple[str, InputError | None]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES and not _not_an_essay(p)
            )
            if not found:
                expanded.append(
                    (
                        raw,
                        InputError(
                            "no-essays",
                            "this folder holds no .docx or .md essays",
                            "pass a folder that contains essays",
                        ),
                    )
                )
            expanded.extend((str(p), None) for p in found)
        else:
            expanded.append((raw, None))
    return expanded


def _internal_error(path: str, exc: Exception) -> DocumentResult:
    error = InputError(
        "internal",
        f"eecheck could not read this file ({exc.__class__.__name__})",
        "re-save it from Word or LibreOffice; if that does not help, report it with --debug output",
    )
    return DocumentResult.failed(path, error)


class _DefaultToCheck(click.Group):
    """``eecheck essay.docx`` means ``eecheck check essay.docx``."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        first = next((a for a in args if not a.startswith("-")), None)
        if first is not None and first not in self.commands:
            args = ["check", *args]
        elif first is None and args and not any(a in ("--help", "-h", "--schema", "--version") for a in args):
            args = ["check", *args]
        return super().parse_args(ctx, args)


def _print_schema(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    click.echo((resources.files("eecheck") / "schemas" / "report.schema.json").read_text("utf-8"), nl=False)
    ctx.exit(EXIT_OK)


@click.group(cls=_DefaultToCheck, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="eecheck")
@click.option(
    "--schema",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_schema,
    help="Print the report's JSON Schema (draft 2020-12) and exit.",
)
def main() -> None:
    """Check IB Extended Essays (.docx, .md) for mechanical faults.

    \b
    eecheck essay.docx               check one essay
    eecheck essays/ --format json    check a folder, JSON report
    eecheck inspect essay.docx       show what eecheck read
    """


def _code_list(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    return tuple(v.strip().upper() for v in value.split(",") if v.strip())


def _command_line_settings(
    *,
    profile: str | None,
    subject: str | None,
    select: str | None,
    extend_select: str | None,
    ignore: str | None,
    severity: tuple[str, ...],
    param: tuple[str, ...],
    rules_dir: tuple[str, ...],
    as_of: datetime | None,
) -> Settings:
    """The command line as one more configuration layer, checked like a file."""
    table: dict[str, Any] = {}
    if profile:
        table["profile"] = profile
    if subject:
        table["subject"] = subject
    for key, value in (("select", select), ("extend-select", extend_select), ("ignore", ignore)):
        if value is not None:
            table[key] = list(_code_list(value) or ())
    if severity:
        table["severity"] = {}
        for item in severity:
            code, sep, level = item.partition("=")
            if not sep:
                raise ConfigError(f"command line: option '--severity': {item!r} is not CODE=LEVEL")
            table["severity"][code.strip().upper()] = level.strip()
    if param:
        table["params"] = {}
        for item in param:
            target, sep, raw = item.partition("=")
            code, dot, name = target.partition(".")
            if not sep or not dot:
                raise ConfigError(f"command line: option '--param': {item!r} is not CODE.name=value")
            table["params"].setdefault(code.strip().upper(), {})[name.strip()] = yaml.safe_load(raw)
    if rules_dir:
        table["rules-dir"] = list(rules_dir)
    settings = parse_settings(table, "command line", base=Path.cwd())
    if as_of is not None:
        settings = replace(settings, as_of=as_of.date())
    return settings


def _config_options(function: Callable[..., Any]) -> Callable[..., Any]:
    """Options shared by ``check`` and ``rules``: where the configuration comes from."""
    options = [
        click.option("--profile", help="Guide edition profile (default ib-2027; see rules/profiles/)."),
        click.option("--subject", help="Subject overlay when the title page names no subject (e.g. history)."),
        click.option("--select", help="Only these codes or prefixes, comma-separated (replaces the profile's)."),
        click.option("--extend-select", help="Add codes or prefixes to the selection."),
        click.option("--ignore", help="Codes or prefixes to switch off, comma-separated."),
        click.option(
            "--severity", multiple=True, metavar="CODE=LEVEL", help="Override a severity (error, warning, info, off)."
        ),
        click.option(
            "--param",
            multiple=True,
            metavar="CODE.name=VALUE",
            help="Set a rule's tunable param, e.g. LEN001.limit=4500.",
        ),
        click.option("--rules-dir", multiple=True, type=click.Path(), help="Add a rule pack folder (repeatable)."),
        click.option(
            "--config", "config_file", type=click.Path(dir_okay=False), help="Use this eecheck.toml or pyproject.toml."
        ),
        click.option("--isolated", is_flag=True, help="Ignore configuration files."),
    ]
    for option in reversed(options):
        function = option(function)
    return function


def _settings_or_exit(config_file: str | None, isolated: bool, as_of: datetime | None, **flags: Any) -> Settings:
    try:
        overrides = _command_line_settings(as_of=as_of, **flags)
        return load_settings(
            cwd=Path.cwd(),
            config_file=Path(config_file) if config_file else None,
            isolated=isolated,
            overrides=overrides,
        )
    except ConfigError as exc:
        click.echo(f"eecheck: {exc}", err=True)
        sys.exit(EXIT_UNREADABLE)


def _engine_or_exit(settings: Settings) -> Engine:
    try:
        return build_engine(settings)
    except (RuleError, ConfigError) as exc:
        click.echo(f"eecheck: {exc}", err=True)
        sys.exit(EXIT_UNREADABLE)


@main.command("check")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(sorted(FORMATTERS)),
    default="text",
    show_default=True,
    help="Output format.",
)
@_config_options
@click.option(
    "--as-of",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Today's date for date rules (SUB001), YYYY-MM-DD, so runs reproduce.",
)
@click.option("--debug", is_flag=True, help="Show tracebacks for unexpected failures.")
def check_command(
    paths: tuple[str, ...],
    output_format: str,
    config_file: str | None,
    isolated: bool,
    as_of: datetime | None,
    debug: bool,
    **flags: Any,
) -> None:
    """Check essays and report findings."""
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING, format="eecheck: %(message)s")
    settings = _settings_or_exit(config_file, isolated, as_of, **flags)
    engine = _engine_or_exit(settings)
    results: list[DocumentResult] = []
    for path, error in _expand(paths):
        if error is not None:
            result = DocumentResult.failed(path, error)
        else:
            try:
                result = engine.check_path(path)
            except Exception as exc:  # noqa: BLE001 - a bad file must not stop a batch
                if debug:
                    raise
                result = _internal_error(path, exc)
        if result.status == "error" and result.error:
            click.echo(f"eecheck: {path}: {result.error['message']} — {result.error['hint']}", err=True)
        results.append(result)
    report = Report(documents=tuple(results), profile=settings.profile)
    click.echo(FORMATTERS[output_format](report), nl=False)
    if report.has_unreadable:
        sys.exit(EXIT_UNREADABLE)
    sys.exit(EXIT_FINDINGS if report.has_errors else EXIT_OK)


@main.group("rules", invoke_without_command=True)
@_config_options
@click.pass_context
def rules_group(ctx: click.Context, config_file: str | None, isolated: bool, **flags: Any) -> None:
    """List the rules: code, name, severity in the active profile, summary."""
    settings = _settings_or_exit(config_file, isolated, None, **flags)
    ctx.obj = settings
    if ctx.invoked_subcommand is not None:
        return
    engine = _engine_or_exit(settings)
    overlay = engine.catalogue.subject_for(settings.subject)
    active = {r.id: r.severity for r in engine.rules_for(overlay)}
    click.echo(ruledocs.listing(engine.catalogue, engine.catalogue.rules, active), nl=False)


@rules_group.command("show")
@click.argument("code")
@click.pass_obj
def rules_show(settings: Settings, code: str) -> None:
    """Print one rule's docs, guide reference and examples (by code or name)."""
    engine = _engine_or_exit(settings)
    rule = engine.catalogue.rule(code)
    if rule is None:
        click.echo(f"eecheck: no rule {code!r}; `eecheck rules` lists them", err=True)
        sys.exit(EXIT_UNREADABLE)
    click.echo(ruledocs.show(engine.catalogue, rule), nl=False)


@rules_group.command("validate")
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
def rules_validate(directory: str) -> None:
    """Validate a rule pack (with the built-in catalogue it extends); exit 1 if invalid."""
    folder = Path(directory).resolve()
    extra = [] if folder == default_rules_dir().resolve() else [folder]
    try:
        catalogue = load_catalogue(extra)
    except RuleError as exc:
        click.echo(f"eecheck: {exc}", err=True)
        sys.exit(EXIT_FINDINGS)
    own = [r for r in catalogue.rules if Path(r.path).resolve().is_relative_to(folder)]
    click.echo(f"{directory}: {len(own)} rule(s) valid")


@rules_group.command("docs")
@click.option("--output", type=click.Path(dir_okay=False), help="Write here instead of standard output.")
@click.pass_obj
def rules_docs(settings: Settings, output: str | None) -> None:
    """Render docs/rules.md from the catalogue."""
    engine = _engine_or_exit(settings)
    text = ruledocs.markdown(engine.catalogue)
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)


@main.command("inspect")
@click.argument("path")
@click.option("--debug", is_flag=True, help="Show tracebacks for unexpected failures.")
def inspect_command(path: str, debug: bool) -> None:
    """Print the document model eecheck read from FILE, as JSON."""
    try:
        document = read_document(path)
    except InputError as exc:
        click.echo(exc.line(path), err=True)
        sys.exit(EXIT_UNREADABLE)
    except Exception as exc:  # noqa: BLE001
        if debug:
            raise
        error = _internal_error(path, exc).error or {}
        click.echo(f"eecheck: {path}: {error['message']} — {error['hint']}", err=True)
        sys.exit(EXIT_UNREADABLE)
    click.echo(json.dumps(document.to_json(), indent=2, ensure_ascii=False))


if __name__ == "__main__":  # python -m eecheck.cli
    main()
