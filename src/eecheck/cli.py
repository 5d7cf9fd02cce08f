"""The command line: the only place (with the formatters) that prints.

``eecheck [OPTIONS] PATH...`` checks essays; ``eecheck inspect FILE`` prints
the document model; ``eecheck --schema`` prints the report JSON Schema.

Exit status: 0 no error finding; 1 at least one error finding; 2 a usage
error or an input that could not be read (the report still lists it).
"""

from __future__ import annotations

import json
import logging
import sys
from importlib import resources
from pathlib import Path

import click

from eecheck import __version__
from eecheck.check import check_path
from eecheck.errors import InputError
from eecheck.formatters import FORMATTERS
from eecheck.readers import SUPPORTED_SUFFIXES, read_document
from eecheck.report import DocumentResult, Report
from eecheck.rules import RuleError, load_rules

EXIT_OK, EXIT_FINDINGS, EXIT_UNREADABLE = 0, 1, 2


def _expand(paths: tuple[str, ...]) -> list[tuple[str, InputError | None]]:
    """Files to check; a folder stands for the essays inside it."""
    expanded: list[tuple[str, InputError | None]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES and not p.name.startswith("~$")
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
@click.option("--debug", is_flag=True, help="Show tracebacks for unexpected failures.")
def check_command(paths: tuple[str, ...], output_format: str, debug: bool) -> None:
    """Check essays and report findings."""
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING, format="eecheck: %(message)s")
    try:
        rules = load_rules()
    except RuleError as exc:
        click.echo(f"eecheck: {exc}", err=True)
        sys.exit(EXIT_UNREADABLE)
    results: list[DocumentResult] = []
    for path, error in _expand(paths):
        if error is not None:
            result = DocumentResult.failed(path, error)
        else:
            try:
                result = check_path(path, rules)
            except Exception as exc:  # noqa: BLE001 - a bad file must not stop a batch
                if debug:
                    raise
                result = _internal_error(path, exc)
        if result.status == "error" and result.error:
            click.echo(f"eecheck: {path}: {result.error['message']} — {result.error['hint']}", err=True)
        results.append(result)
    report = Report(documents=tuple(results))
    click.echo(FORMATTERS[output_format](report), nl=False)
    if report.has_unreadable:
        sys.exit(EXIT_UNREADABLE)
    sys.exit(EXIT_FINDINGS if report.has_errors else EXIT_OK)


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
