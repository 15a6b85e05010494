"""Thin command-line layer: parse options, call the pipeline and the reports, set the exit status."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from audit import __version__
from audit.model import Severity

EXIT_USAGE = 2


class _Group(click.Group):
    def main(self, *args, **kwargs):  # type: ignore[override]
        # click's own usage errors exit 2, as ours do.
        return super().main(*args, **kwargs)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="mt-audit")
def main() -> None:
    """mt-audit: audit machine-translated text, score and rank segments, report for post-editors."""


def _fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(EXIT_USAGE)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out_dir", default="reports", show_default=True, help="Output directory.")
@click.option("--config", "config_file", default=None, help="A TOML file with mt-audit settings.")
@click.option("--select", multiple=True, help="Rule codes or prefixes to run (repeatable; default ALL).")
@click.option("--ignore", multiple=True, help="Rule codes or prefixes to skip (repeatable).")
@click.option(
    "--qe", multiple=True, help="QE backend NAME[:ARG] (repeatable): builtin, sacrebleu[:postedit], comet:PATH_OR_NAME."
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
@click.option("--jobs", "-j", type=int, default=None, help="Worker processes (0 = all cores).")
@click.option(
    "--fail-on",
    type=click.Choice(["minor", "major", "critical"]),
    default=None,
    help="Exit 1 when a finding at or above this severity exists.",
)
@click.option(
    "--format",
    "input_format",
    type=click.Choice(["text", "jsonl", "tsv", "csv", "xliff", "html"]),
    default=None,
    help="Read every input as this format (default: by file extension).",
)
@click.option(
    "--field",
    "fields",
    multiple=True,
    metavar="ROLE=NAME",
    help="Record field for target/source/reference/id, e.g. --field target=translation.",
)
@click.option("--ignore-file", default=None, help="File of finding fingerprints to suppress.")
@click.option("--top", type=int, default=None, help="Worst segments shown in the terminal report.")
@click.option("--quiet", "-q", is_flag=True, help="No terminal report or progress bar.")
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
    fail_on: str | None,
    input_format: str | None,
    fields: tuple[str, ...],
    ignore_file: str | None,
    top: int | None,
    quiet: bool,
) -> None:
    """Audit PATHS (files, directories, or - for standard input) and write reports to --out."""
    from audit.config import ConfigError, load_config, read_ignore_file
    from audit.pipeline import Settings
    from audit.pipeline import run as run_pipeline
    from audit.qe.registry import BackendError

    try:
        cfg = load_config(config_file)
    except ConfigError as e:
        _fail(str(e))
    if select:
        cfg.select = list(select)
    if ignore:
        cfg.ignore = list(ignore)
    if qe:
        cfg.qe = list(qe)
    if jobs is not None:
        cfg.jobs = jobs
    if fail_on:
        cfg.fail_on = Severity.parse(fail_on)
    if ignore_file:
        cfg.ignore_file = ignore_file
    if top is not None:
        cfg.top = top
    for spec in fields:
        role, sep, name = spec.partition("=")
        if not sep or role not in ("target", "source", "reference", "id"):
            _fail(f"--field {spec!r}: use ROLE=NAME with ROLE one of target, source, reference, id")
        cfg.fields[role] = name
    settings = Settings.from_config(cfg, read_ignore_file(cfg.ignore_file), input_format)
    settings.qe_options = {"device": device, "batch_size": batch_size, "cache": qe_cache}
    try:
        result = run_pipeline(list(paths), out_dir, settings, jobs=cfg.jobs, fail_on=cfg.fail_on, config=cfg)
    except BackendError as e:
        _fail(str(e))
    if not quiet:
        from audit.report.terminal import print_report

        print_report(Path(out_dir), top=cfg.top)
    for err in result.summary["input_errors"]:
        where = f"{err['file']}:{err['line']}" if err["line"] else err["file"]
        click.echo(f"input error: {where}: {err['message']}", err=True)
    sys.exit(result.exit_code)


@main.command()
@click.argument("code", required=False)
def rules(code: str | None) -> None:
    """List the rules, or print the documentation of one rule (by code or name)."""
    from audit.rules.docs import list_rules, rule_doc
    from audit.rules.registry import get_rule

    if code is None:
        click.echo(list_rules())
        return
    try:
        cls = get_rule(code)
    except KeyError:
        _fail(f"no rule {code!r}; run 'audit rules' for the list")
    click.echo(rule_doc(cls))


if __name__ == "__main__":
    main()
