"""``audit show``: the report of an earlier run, re-rendered from its output folder."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

import click

from audit.cli.group import main
from audit.cli.run_notes import echo_fail_on, fail_on_count
from audit.cli.shared import (
    echo_input_errors,
    echo_input_notes,
    export_option,
    fail,
    print_run_report,
    read_config,
    report_format_option,
)
from audit.model import Severity

if TYPE_CHECKING:
    from audit.report.load import RunData


@main.command(short_help="Print the report of an earlier run again, or re-write its report.html or exports.")
@click.argument("out_dir", metavar="DIR")
@click.option(
    "--top", type=click.IntRange(min=0), default=None, help="Worst segments shown (default: the config's top, else 10)."
)
@click.option(
    "--config", "config_file", default=None, metavar="FILE", help="A TOML file with mt-audit settings (for top)."
)
@report_format_option("--format", "--output-format", help="Terminal report, or the summary as JSON.")
@click.option("--html", "html", is_flag=True, help="Also re-write DIR/report.html from the run's files.")
@export_option(help="Also write report.xlf or findings.csv into DIR (repeatable).")
@click.option(
    "--fail-on",
    type=click.Choice(["minor", "major", "critical"]),
    default=None,
    help="Exit 1 when the run's findings.jsonl holds a finding at or above this severity (less those dismissed since"
    " in the ignore file the run read), 2 when the run had input errors, as 'audit run --fail-on' would (only when"
    " given: the config's fail-on is not applied here).",
)
@click.option(
    "--quiet",
    "-q",
    is_flag=True,
    help="No terminal report (with --fail-on, a CI gate: its line, notes and input errors still go to stderr).",
)
def show(
    out_dir: str,
    top: int | None,
    config_file: str | None,
    report_format: str,
    html: bool,
    exports: tuple[str, ...],
    fail_on: str | None,
    quiet: bool,
) -> None:
    """Re-render the report of an earlier run from its output directory DIR (no re-auditing).

    Exit status 0; with --fail-on, 1 when a finding at or above that severity exists and 2 when the run
    had input errors (as 'audit run --fail-on' exits), so a CI step can gate on a run made earlier; 2 on a
    usage error or a folder that is not a complete run.
    """
    if top is None:  # as 'audit run' does: --top, else the config's top
        top = read_config(config_file).top
    written = []
    loaded = None
    quiet = quiet and report_format != "json"  # JSON asked for is printed, as 'audit run -q' prints it
    if html or exports or quiet:
        from audit.report import write_reports
        from audit.report.load import RunDirError, load_run

        try:
            loaded = load_run(out_dir)  # once, for these reports and the terminal report
            written = write_reports(out_dir, (["html"] if html else []) + list(exports), run=loaded)
        except RunDirError as e:
            fail(str(e))
    data = loaded if quiet and loaded is not None else print_run_report(out_dir, top, report_format, loaded)
    echo_input_notes(data.summary.get("input_notes") or [])
    echo_input_errors(data.summary.get("input_errors") or [])
    if written:  # after the report, where it is seen
        click.echo(f"wrote {', '.join(str(p) for p in written)}", err=True)
    if fail_on is not None:
        sys.exit(_fail_on_status(data, Severity.parse(fail_on)))


def _fail_on_status(data: RunData, fail_on: Severity) -> int:
    """``audit run --fail-on``'s exit status for the run as its files now stand (findings.jsonl's findings less
    those dismissed since in the ignore file the run read, the input errors of summary.json), with its line on
    standard error."""
    by_severity, dismissed, ignore_file = _not_dismissed(data)
    echo_fail_on(data.summary, fail_on, by_severity)
    if dismissed:
        click.echo(
            f"note: fail-on leaves out {dismissed} finding(s) dismissed in {ignore_file} since the run "
            "('audit run' again drops them from the reports too)",
            err=True,
        )
    if data.summary.get("input_errors"):
        return 2
    return 1 if fail_on_count(by_severity, fail_on) else 0


def _not_dismissed(data: RunData) -> tuple[dict[str, int], int, str]:
    """The findings by severity less those whose fingerprint the run's ignore file now holds (dismissed on the
    review page and added by 'audit apply', or by hand, after the run), how many those are, and the file."""
    from audit.config import ConfigError, read_ignore_file
    from audit.report.postedit.ignore import run_ignore_file

    by_severity = dict(data.findings.by_severity)
    path = run_ignore_file(data.summary)
    if not os.path.isfile(path):
        return by_severity, 0, path
    try:
        ignored = read_ignore_file(path)
    except ConfigError as e:
        fail(str(e))
    dismissed = 0
    if ignored:
        for f in data.findings:
            if f["fingerprint"] in ignored:
                by_severity[f["severity"]] -= 1
                dismissed += 1
    return by_severity, dismissed, path
