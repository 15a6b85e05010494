"""``audit show``: the report of an earlier run, re-rendered from its output folder."""

from __future__ import annotations

import click

from audit.cli.group import main
from audit.cli.shared import (
    echo_input_errors,
    echo_input_notes,
    export_option,
    fail,
    print_run_report,
    read_config,
    report_format_option,
)


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
def show(
    out_dir: str, top: int | None, config_file: str | None, report_format: str, html: bool, exports: tuple[str, ...]
) -> None:
    """Re-render the report of an earlier run from its output directory DIR (no re-auditing)."""
    if top is None:  # as 'audit run' does: --top, else the config's top
        top = read_config(config_file).top
    written = []
    loaded = None
    if html or exports:
        from audit.report import write_reports
        from audit.report.load import RunDirError, load_run

        try:
            loaded = load_run(out_dir)  # once, for these reports and the terminal report
            written = write_reports(out_dir, (["html"] if html else []) + list(exports), run=loaded)
        except RunDirError as e:
            fail(str(e))
    data = print_run_report(out_dir, top, report_format, loaded)
    echo_input_notes(data.summary.get("input_notes") or [])
    echo_input_errors(data.summary.get("input_errors") or [])
    if written:  # after the report, where it is seen
        click.echo(f"wrote {', '.join(str(p) for p in written)}", err=True)
