"""``audit run``: its options, and the run from configuration to exit status."""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from audit.cli.group import main
from audit.cli.run_notes import echo_fail_on, echo_notes
from audit.cli.run_options import add_excludes, check_codes, check_out, override, override_day, override_fields
from audit.cli.shared import (
    echo_input_errors,
    echo_input_notes,
    export_option,
    fail,
    print_run_report,
    read_config,
    report_format_option,
)


class InputFormat(click.Choice):
    """``--format`` of ``audit run`` (how inputs are read), with a pointer for report formats given there."""

    def __init__(self) -> None:
        super().__init__(["text", "jsonl", "tsv", "csv", "xliff", "html", "po", "srt", "vtt", "markdown"])

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if value in ("json", "terminal"):
            self.fail(
                f"{value!r} is not an input format: --format says how the inputs are read "
                f"({', '.join(self.choices)}); for a {value} report use --output-format {value}",
                param,
                ctx,
            )
        return super().convert(value, param, ctx)


@main.command(short_help="Audit files or folders of MT and write the reports (report.html to review).")
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out_dir", default="reports", show_default=True, metavar="DIR", help="Output directory.")
@click.option("--config", "config_file", default=None, metavar="FILE", help="A TOML file with mt-audit settings.")
@click.option(
    "--select",
    multiple=True,
    metavar="CODES",
    help="Rule codes or prefixes to run, comma-separated or repeated (default ALL).",
)
@click.option(
    "--ignore", multiple=True, metavar="CODES", help="Rule codes or prefixes to skip, comma-separated or repeated."
)
@click.option(
    "--qe",
    multiple=True,
    metavar="NAME[:ARG]",
    help="QE backend NAME[:ARG] (repeatable): builtin, sacrebleu[:postedit], comet:PATH_OR_NAME. Default: the"
    " config's qe, else builtin; the backends given replace it (--qe builtin --qe sacrebleu for both).",
)
@click.option(
    "--device",
    type=click.Choice(["cpu", "cuda"]),
    default="cpu",
    show_default=True,
    help="Device for model-based QE backends (comet).",
)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=16,
    show_default=True,
    help="Segments per batch for model-based QE backends.",
)
@click.option(
    "--qe-cache",
    default=None,
    metavar="PATH",
    help="SQLite score cache for model-based QE (default: ~/.cache/mt-audit/qe-scores.sqlite; 'none': off).",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=0),
    default=None,
    help="Worker processes (0 = all cores; default: the config's jobs, else 1).",
)
@click.option(
    "--cluster",
    default=None,
    metavar="ADDRESS",
    help="Spread the files over a Dask cluster: tcp://HOST:8786, or 'local' for --jobs local workers "
    "(needs pip install 'mt-audit[dask]').",
)
@click.option(
    "--fail-on",
    type=click.Choice(["minor", "major", "critical"]),
    default=None,
    help="Exit 1 when a finding at or above this severity exists (default: the config's fail-on, else never).",
)
@click.option(
    "--format",
    "input_format",
    type=InputFormat(),
    default=None,
    help="Read every input as this format (default: by file extension); the report's format is --output-format.",
)
@click.option(
    "--field",
    "fields",
    multiple=True,
    metavar="ROLE=NAME",
    help=(
        "Record field for target/source/reference/id, e.g. --field target=translation (repeatable). Applies to every"
        " record file of the run; a file that uses the default names (mt, src, ref, id; any case) is read by them."
    ),
)
@click.option(
    "--exclude",
    "excludes",
    multiple=True,
    metavar="GLOB",
    help="Leave paths matching GLOB out of directory walks (repeatable; added to 'exclude' of the configuration): "
    "matched relative to the directory given, as in .gitignore ('README.md', '*.bak', 'drafts/', 'src/**/old'). "
    "A file named on the command line is always read.",
)
@click.option(
    "--ignore-file",
    default=None,
    metavar="FILE",
    help="File of finding fingerprints to suppress (default: the config's ignore-file, else .mt-audit-ignore in the "
    "current folder, which audit apply extends with the findings dismissed on the review page).",
)
@click.option(
    "--as-of",
    "as_of",
    default=None,
    metavar="YYYY-MM-DD",
    help="The day the audit counts as today (default: the config's as-of, else $MT_AUDIT_AS_OF, else the calendar's):"
    " office holders are checked as of it, and a date after it is a plan. Fix it for findings that do not change"
    " from day to day, or to audit an archive as of its day.",
)
@click.option(
    "--top",
    type=click.IntRange(min=0),
    default=None,
    help="Worst segments shown in the terminal report (default: the config's top, else 10).",
)
@click.option("--quiet", "-q", is_flag=True, help="No terminal report or progress bar.")
@report_format_option("--output-format", help="Terminal report, or the summary as JSON on standard output.")
@export_option(help="Also write report.xlf (XLIFF 2.0 with ITS quality issues) or findings.csv (repeatable).")
@click.option(
    "--html/--no-html",
    "html",
    default=None,
    help="Write the review page report.html (default: yes, up to 200,000 segments).",
)
def run(
    paths: tuple[str, ...],
    out_dir: str,
    config_file: str | None,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    qe: tuple[str, ...],
    device: str,
    batch_size: int,
    qe_cache: str | None,
    jobs: int | None,
    cluster: str | None,
    fail_on: str | None,
    input_format: str | None,
    fields: tuple[str, ...],
    excludes: tuple[str, ...],
    ignore_file: str | None,
    as_of: str | None,
    top: int | None,
    quiet: bool,
    report_format: str,
    exports: tuple[str, ...],
    html: bool | None,
) -> None:
    """Audit PATHS (files, directories, or - for standard input) and write reports to --out.

    A directory is walked recursively for files of the input formats, by extension: .txt .text,
    .jsonl .ndjson, .tsv, .csv, .xlf .xliff .xlf2 .sdlxliff .mqxliff, .html .htm, .po, .srt, .vtt (a .pot
    template and Markdown, .md .markdown, are read only when named). Left out (and counted under 'skipped' in
    summary.json): hidden files and folders (names starting with '.'), mt-audit's own output folders,
    paths matching --exclude, and other files (.md notes, .docx …). A file named on the command line is
    read whatever its extension (as text unless it names a format); --format reads every file as one
    format, and says what standard input is (plain text without it). HTML and XML may declare a legacy
    encoding (<meta charset>, <?xml encoding?>); other files must be UTF-8 or UTF-16 with a BOM.

    Exit status 0; 1 with --fail-on when a finding at or above that severity exists; 2 on a usage
    error, an unknown QE backend or model, or an input error (a file that cannot be read, a folder with
    nothing to audit; the other files are still audited).
    """
    from audit.config import ConfigError, read_ignore_file
    from audit.distributed import ClusterError
    from audit.pipeline import Settings
    from audit.pipeline import run as run_pipeline
    from audit.qe.registry import BackendError

    cfg = read_config(config_file)
    override(cfg, select=select, ignore=ignore, qe=qe, jobs=jobs, fail_on=fail_on, ignore_file=ignore_file, top=top)
    override_day(cfg, as_of)
    override_fields(cfg, fields)
    add_excludes(cfg, excludes)
    check_codes(cfg, from_command_line={"select": bool(select), "ignore": bool(ignore)})
    check_out(out_dir, paths)
    try:
        ignored = read_ignore_file(cfg.ignore_file)
    except ConfigError as e:
        fail(str(e))
    if ignore_file and not os.path.exists(ignore_file):  # named on purpose: a typo would suppress nothing
        click.echo(f"note: ignore file {ignore_file} not found; no finding is suppressed", err=True)
    settings = Settings.from_config(cfg, ignored, input_format)
    settings.qe_options = {"device": device, "batch_size": batch_size, "cache": qe_cache}

    from audit.report import HTML_AUTO_LIMIT
    from audit.report.progress import RunProgress

    try:
        with RunProgress(enabled=not quiet) as progress:
            result = run_pipeline(
                list(paths),
                out_dir,
                settings,
                jobs=cfg.jobs,
                fail_on=cfg.fail_on,
                config=cfg,
                progress=progress,
                reports=(["html"] if html is not False else []) + list(exports),
                html_limit=HTML_AUTO_LIMIT if html is None else None,
                cluster=cluster,
            )
    except (BackendError, ClusterError) as e:
        from audit.config import locate

        from_config = isinstance(e, BackendError) and not qe and cfg.source is not None
        fail(f"{locate(cfg.source, 'qe')}: qe: {e}" if from_config else str(e))
    except OSError as e:  # the outputs could not be written (no space, a folder that cannot be created)
        fail(
            f"--out {out_dir}: cannot write the outputs: {e.strerror or e}" + (f" ({e.filename})" if e.filename else "")
        )
    echo_notes(result.summary, result.reports, cfg, out_dir, html)
    if not quiet or report_format == "json":
        print_run_report(out_dir, cfg.top, report_format, result.data)
    echo_input_notes(result.summary.get("input_notes") or [])
    echo_input_errors(result.summary["input_errors"], input_format)
    echo_fail_on(result.summary, cfg.fail_on)
    sys.exit(result.exit_code)
