"""``audit apply``: the review decisions of report.html written back as post-edited copies."""

from __future__ import annotations

import sys

import click

from audit.cli.group import main
from audit.cli.shared import fail, read_config


@main.command(short_help="Write post-edited copies from the review page's exported decisions.")
@click.argument("decisions_file", metavar="DECISIONS.json")
@click.option(
    "--out", "out_dir", required=True, metavar="DIR", help="Folder for the post-edited copies and the change log."
)
@click.option(
    "--run",
    "run_dir",
    default=None,
    metavar="RUNDIR",
    help="The run's output directory (default: the folder of DECISIONS.json, else ./reports).",
)
@click.option(
    "--root",
    "roots",
    multiple=True,
    metavar="PATH",
    help="Where to find the input files: their folder, or the folder 'audit run' ran in (default: the run's "
    "inputs as given, from the current folder; repeatable).",
)
@click.option(
    "--ignore-file",
    default=None,
    metavar="FILE",
    help="Ignore file to extend (default: the config's ignore-file, else the one the run read, as summary.json names"
    " it).",
)
@click.option(
    "--config",
    "config_file",
    default=None,
    metavar="FILE",
    help="A TOML file with mt-audit settings (for ignore-file).",
)
def apply(
    decisions_file: str,
    out_dir: str,
    run_dir: str | None,
    roots: tuple[str, ...],
    ignore_file: str | None,
    config_file: str | None,
) -> None:
    """Apply review decisions exported from report.html: post-edited copies, change log, ignore file, HTER.

    Exit status 0 when every edit was written, 1 when some could not be placed safely (each named
    on stderr; the others were written), 2 on an error (nothing written).
    """
    from audit.config import DEFAULT_IGNORE_FILE
    from audit.report.postedit import ApplyError, apply_decisions

    cfg = read_config(config_file)
    if ignore_file is None and cfg.ignore_file != DEFAULT_IGNORE_FILE:  # the configuration names one
        ignore_file = cfg.ignore_file
    try:
        result = apply_decisions(decisions_file, out_dir, run_dir=run_dir, roots=list(roots), ignore_file=ignore_file)
    except ApplyError as e:
        fail(str(e))
    click.echo(result.describe())
    for message in result.refused:
        click.echo(f"warning: {message}", err=True)
    if result.refused:
        sys.exit(1)
