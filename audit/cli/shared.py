"""What the commands share: the usage error, the configuration, the terminal report, input errors and notes."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NoReturn

import click

if TYPE_CHECKING:
    from audit.config import Config
    from audit.report.load import RunData

EXIT_USAGE = 2  # also click's own status for usage errors


def report_format_option(*flags: str, help: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The terminal report or the summary as JSON (``audit run --output-format``, ``audit show --format``)."""
    return click.option(
        *flags,
        "report_format",
        type=click.Choice(["terminal", "json"]),
        default="terminal",
        show_default=True,
        help=help,
    )


def export_option(help: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``--export xliff|csv`` (repeatable): report.xlf or findings.csv written beside the run's files."""
    return click.option("--export", "exports", multiple=True, type=click.Choice(["xliff", "csv"]), help=help)


def fail(message: str) -> NoReturn:
    """A usage error: the message on standard error, exit status 2."""
    click.echo(f"error: {message}", err=True)
    sys.exit(EXIT_USAGE)


def print_run_report(out_dir: str, top: int, report_format: str, data: RunData | None = None) -> RunData:
    """Print the report of the run in ``out_dir`` (``data``: its files already read); returns the run's data."""
    from audit.report.load import RunDirError, load_run
    from audit.report.terminal import print_report, summary_json

    if data is None:
        try:
            data = load_run(out_dir)
        except RunDirError as e:
            fail(str(e))
    if report_format == "json":
        click.echo(json.dumps(summary_json(data, top), ensure_ascii=False, indent=2))
    else:
        print_report(data, top=top)
    return data


def _where(entry: dict[str, Any]) -> str:
    """``file:line`` of an input error or note (the file alone when it has no line)."""
    return f"{entry['file']}:{entry['line']}" if entry["line"] else entry["file"]


def echo_input_notes(notes: list[dict[str, Any]]) -> None:
    """Each note on a file read all the same (fields left unread, a default name read) on standard error, after
    the report as the input errors are, where they are seen."""
    for n in notes:
        click.echo(f"note: {_where(n)}: {n['message']}", err=True)


def echo_input_errors(errors: list[dict[str, Any]], input_format: str | None = None) -> None:
    """Each input error on standard error; a hint when ``--format`` forced a format on files named for another."""
    for err in errors:
        click.echo(f"input error: {_where(err)}: {err['message']}", err=True)
    if any("no target" in err["message"] for err in errors) and not input_format:
        click.echo(
            "hint: a record's target is looked up by name (mt, text, tgt, target, hyp, translation); "
            'name yours with --field target=NAME, or fields = { target = "NAME" } in the configuration',
            err=True,
        )
    if input_format and any(_format_by_extension(err["file"]) not in (None, input_format) for err in errors):
        click.echo(
            f"hint: --format {input_format} reads every input as {input_format}, whatever its extension; "
            "without --format each file is read by its extension"
            + (" (for a CSV of the findings: --export csv)" if input_format == "csv" else ""),
            err=True,
        )


def _format_by_extension(name: str) -> str | None:
    """The input format a file's extension names (as the readers choose it), or None."""
    from pathlib import PurePath

    from audit.corpus import FORMATS

    return FORMATS.get(PurePath(name).suffix.lower())


def read_config(config_file: str | None) -> Config:
    """The settings of --config or the nearest pyproject.toml; a usage error when invalid."""
    from audit.config import ConfigError, load_config

    try:
        return load_config(config_file)
    except ConfigError as e:
        fail(str(e))
