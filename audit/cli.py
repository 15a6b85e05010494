"""Thin command-line layer: parse options, call the pipeline and the reports, set the exit status."""

from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from audit import __version__
from audit.model import Severity

if TYPE_CHECKING:
    from audit.config import Config
    from audit.report.load import RunData

EXIT_USAGE = 2  # also click's own status for usage errors


class InputFormat(click.Choice):
    """``--format`` of ``audit run`` (how inputs are read), with a pointer for report formats given there."""

    def __init__(self) -> None:
        super().__init__(["text", "jsonl", "tsv", "csv", "xliff", "html", "po", "srt", "vtt"])

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if value in ("json", "terminal"):
            self.fail(
                f"{value!r} is not an input format: --format says how the inputs are read "
                f"({', '.join(self.choices)}); for a {value} report use --output-format {value}",
                param,
                ctx,
            )
        return super().convert(value, param, ctx)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="mt-audit")
def main() -> None:
    """mt-audit: audit machine-translated text, score and rank segments, report for post-editors."""
    _exit_cleanly_on_terminate()


def _terminated(signum: int, frame: object) -> NoReturn:
    raise SystemExit(128 + signum)  # unwinds: the temporary output folder is removed, the outputs stay as they were


def _exit_cleanly_on_terminate() -> None:
    """SIGTERM (``kill``, ``timeout``, a CI runner's cancel) and SIGHUP end the run as Ctrl-C does: through the
    cleanup of the atomic writes, which the default action (an immediate exit) would skip, leaving a hidden
    ``.mt-audit-*`` folder in --out. The status is the shell's 128 + signal number."""
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _terminated)


def _fail(message: str) -> NoReturn:
    click.echo(f"error: {message}", err=True)
    sys.exit(EXIT_USAGE)


@main.command()
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
    help="Exit 1 when a finding at or above this severity exists.",
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
@click.option("--ignore-file", default=None, metavar="FILE", help="File of finding fingerprints to suppress.")
@click.option(
    "--top",
    type=click.IntRange(min=0),
    default=None,
    help="Worst segments shown in the terminal report (default: the config's top, else 10).",
)
@click.option("--quiet", "-q", is_flag=True, help="No terminal report or progress bar.")
@click.option(
    "--output-format",
    "report_format",
    type=click.Choice(["terminal", "json"]),
    default="terminal",
    show_default=True,
    help="Terminal report, or the summary as JSON on standard output.",
)
@click.option(
    "--export",
    "exports",
    multiple=True,
    type=click.Choice(["xliff", "csv"]),
    help="Also write report.xlf (XLIFF 2.0 with ITS quality issues) or findings.csv (repeatable).",
)
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
    top: int | None,
    quiet: bool,
    report_format: str,
    exports: tuple[str, ...],
    html: bool | None,
) -> None:
    """Audit PATHS (files, directories, or - for standard input) and write reports to --out.

    A directory is walked recursively for files of the input formats, by extension: .txt .text,
    .jsonl .ndjson, .tsv, .csv, .xlf .xliff .xlf2 .sdlxliff .mqxliff, .html .htm, .po, .srt, .vtt (a .pot
    template is read only when named). Left out (and counted under 'skipped' in
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

    cfg = _load_config(config_file)
    _override(cfg, select=select, ignore=ignore, qe=qe, jobs=jobs, fail_on=fail_on, ignore_file=ignore_file, top=top)
    _override_fields(cfg, fields)
    _add_excludes(cfg, excludes)
    _check_codes(cfg, from_command_line={"select": bool(select), "ignore": bool(ignore)})
    _check_out(out_dir, paths)
    try:
        ignored = read_ignore_file(cfg.ignore_file)
    except ConfigError as e:
        _fail(str(e))
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
        _fail(f"{locate(cfg.source, 'qe')}: qe: {e}" if from_config else str(e))
    except OSError as e:  # the outputs could not be written (no space, a folder that cannot be created)
        _fail(
            f"--out {out_dir}: cannot write the outputs: {e.strerror or e}" + (f" ({e.filename})" if e.filename else "")
        )
    _notes(result.summary, result.reports, cfg, out_dir, html)
    if not quiet or report_format == "json":
        _print_report(out_dir, cfg.top, report_format)
    _echo_input_notes(result.summary.get("input_notes") or [])
    _echo_input_errors(result.summary["input_errors"], input_format)
    _echo_fail_on(result.summary, cfg.fail_on)
    sys.exit(result.exit_code)


def _echo_fail_on(summary: dict[str, Any], fail_on: Severity | None) -> None:
    """Why a ``--fail-on`` run fails: how many findings are at or above the threshold (a CI log shows it)."""
    if fail_on is None:
        return
    by_severity = summary["counts"]["by_severity"]
    n = sum(by_severity.get(str(s), 0) for s in Severity if s >= fail_on)
    if n:
        worse = "" if fail_on is Severity.CRITICAL else " or worse"
        status = "2 for the input errors" if summary["input_errors"] else "1"
        click.echo(f"fail-on {fail_on}: {n} finding(s) {fail_on}{worse}; exit status {status}", err=True)


def _echo_input_notes(notes: list[dict[str, Any]]) -> None:
    """Each note on a file read all the same (fields left unread, a default name read) on standard error, after
    the report as the input errors are, where they are seen."""
    for n in notes:
        where = f"{n['file']}:{n['line']}" if n["line"] else n["file"]
        click.echo(f"note: {where}: {n['message']}", err=True)


def _echo_input_errors(errors: list[dict[str, Any]], input_format: str | None = None) -> None:
    """Each input error on standard error; a hint when ``--format`` forced a format on files named for another."""
    for err in errors:
        where = f"{err['file']}:{err['line']}" if err["line"] else err["file"]
        click.echo(f"input error: {where}: {err['message']}", err=True)
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


def _load_config(config_file: str | None) -> Config:
    """The settings of --config or the nearest pyproject.toml; a usage error when invalid."""
    from audit.config import ConfigError, load_config

    try:
        return load_config(config_file)
    except ConfigError as e:
        _fail(str(e))


def _override(
    cfg: Config,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    qe: tuple[str, ...],
    jobs: int | None,
    fail_on: str | None,
    ignore_file: str | None,
    top: int | None,
) -> None:
    """Command-line options win over the config file."""
    if select:
        cfg.select = _codes(select)
    if ignore:
        cfg.ignore = _codes(ignore)
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


def _override_fields(cfg: Config, fields: tuple[str, ...]) -> None:
    """``--field ROLE=NAME`` options into ``cfg.fields``."""
    for spec in fields:
        role, sep, name = spec.partition("=")
        if not sep or role not in ("target", "source", "reference", "id"):
            _fail(f"--field {spec!r}: use ROLE=NAME with ROLE one of target, source, reference, id")
        cfg.fields[role] = name


def _add_excludes(cfg: Config, excludes: tuple[str, ...]) -> None:
    """``--exclude`` patterns, added to the configuration's (a usage error when one cannot be used)."""
    from audit.corpus.exclude import PatternError, check_patterns

    try:
        check_patterns(excludes)
    except PatternError as e:
        _fail(f"--exclude: {e}")
    cfg.exclude = [*cfg.exclude, *(p for p in excludes if p not in cfg.exclude)]


def _skipped_note(skipped: dict[str, Any]) -> str | None:
    """``note: not audited: …`` for what directory walks left out that a user may have expected read."""
    parts = []
    if skipped.get("excluded"):
        parts.append(f"{skipped['excluded']} excluded path(s) (--exclude, exclude in the configuration)")
    other = skipped.get("not_input_format") or {}
    if other:
        kinds = ", ".join(
            f"{n} {ext or 'without extension'}" for ext, n in sorted(other.items(), key=lambda kv: -kv[1])
        )
        pot = ", a .pot template as PO" if ".pot" in other else ""
        named = f"a file named on the command line is read as text{pot}"
        parts.append(f"files of no input format ({kinds}; {named})")
    notes = []
    if parts:
        notes.append("note: not audited: " + "; ".join(parts) + " (see 'skipped' in summary.json)")
    for pattern in skipped.get("unmatched_patterns") or []:
        notes.append(
            f"note: exclude pattern {pattern!r} left nothing out (patterns are matched against paths relative to "
            "the directory given, not to the current folder)"
        )
    return "\n".join(notes) or None


def _notes(summary: dict[str, Any], reports: list[str], cfg: Config, out_dir: str, html: bool | None) -> None:
    """Notes on standard error about what the run left out."""
    from audit.report import HTML_AUTO_LIMIT

    if html is None and "report.html" not in reports:
        click.echo(
            f"note: report.html not written for {summary['counts']['segments']:,} segments "
            f"(more than {HTML_AUTO_LIMIT:,}); write it with 'audit show {out_dir} --html'",
            err=True,
        )
    note = _skipped_note(summary.get("skipped") or {})
    if note:
        click.echo(note, err=True)
    if any(spec.partition(":")[0].strip().lower() == "sacrebleu" for spec in cfg.qe):
        if "sacrebleu" not in summary["corpus_scores"] and summary["counts"]["segments"]:
            from audit.corpus.records import REFERENCE_FIELDS

            click.echo(
                "note: --qe sacrebleu scored nothing: no segment has a reference (a record field or column named "
                f"{', '.join(REFERENCE_FIELDS)}; another name with --field reference=NAME)",
                err=True,
            )


def _codes(values: tuple[str, ...]) -> list[str]:
    """Rule codes from repeated options, each of which may list several: ``--select F101,N``."""
    return [code.strip() for value in values for code in value.split(",") if code.strip()]


def _check_out(out_dir: str, paths: tuple[str, ...]) -> None:
    """Refuse an output folder that is a file, or a folder the inputs are in (given, or holding a file named):
    report.html, report.xlf and findings.csv written or removed there could be the user's own files."""

    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        _fail(f"--out {out_dir}: a file, not a folder; choose another --out (default: reports)")
    _check_out_writable(out, out_dir)
    target = out.resolve()
    for given in paths:
        if given == "-":
            continue
        p = Path(given)
        folder = p if p.is_dir() else p.parent
        if folder.resolve() == target:
            _fail(
                f"--out {out_dir}: the folder of the inputs ({given}); the outputs (report.html, findings.csv …) "
                "would overwrite or remove files of the same name there: choose another folder (default: reports)"
            )


def _check_out_writable(out: Path, out_dir: str) -> None:
    """The nearest existing folder of --out must be a folder this user may write in (a usage error before any
    work, instead of a traceback at the end)."""
    probe = out.absolute()
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    if not probe.is_dir():
        _fail(f"--out {out_dir}: {probe} is a file, so the folder cannot be created; choose another --out")
    if not os.access(probe, os.W_OK | os.X_OK):
        _fail(f"--out {out_dir}: {probe} is not writable by this user; choose another --out")


def _check_codes(cfg: Config, from_command_line: dict[str, bool]) -> None:
    """Refuse rule codes and prefixes that name no rule (a typo would silently change nothing); the error
    names the configuration file when the codes came from it."""
    from audit.config import locate
    from audit.rules.registry import all_rules

    codes = list(all_rules())

    def where(key: str, code: str) -> str:
        return f"{locate(cfg.source, key, code)}: {key}" if cfg.source and not from_command_line.get(key) else key

    for key, values in (("select", cfg.select), ("ignore", cfg.ignore), ("severity", list(cfg.severity))):
        unknown = [v for v in values if v.upper() != "ALL" and not any(c.startswith(v.upper()) for c in codes)]
        if unknown:
            _fail(
                f"{where(key, unknown[0])}: no rule matches {', '.join(map(repr, unknown))}; "
                "run 'audit rules' for the list"
            )


def _print_report(out_dir: str, top: int, report_format: str) -> RunData:
    """Print the report of the run in ``out_dir``; returns the run's data."""
    from audit.report.load import RunDirError, load_run
    from audit.report.terminal import print_report, summary_json

    try:
        data = load_run(out_dir)
    except RunDirError as e:
        _fail(str(e))
    if report_format == "json":
        click.echo(json.dumps(summary_json(data, top), ensure_ascii=False, indent=2))
    else:
        print_report(data, top=top)
    return data


@main.command()
@click.argument("out_dir", metavar="DIR")
@click.option(
    "--top", type=click.IntRange(min=0), default=None, help="Worst segments shown (default: the config's top, else 10)."
)
@click.option(
    "--config", "config_file", default=None, metavar="FILE", help="A TOML file with mt-audit settings (for top)."
)
@click.option(
    "--format",
    "--output-format",
    "report_format",
    type=click.Choice(["terminal", "json"]),
    default="terminal",
    show_default=True,
    help="Terminal report, or the summary as JSON.",
)
@click.option("--html", "html", is_flag=True, help="Also re-write DIR/report.html from the run's files.")
@click.option(
    "--export",
    "exports",
    multiple=True,
    type=click.Choice(["xliff", "csv"]),
    help="Also write report.xlf or findings.csv into DIR (repeatable).",
)
def show(
    out_dir: str, top: int | None, config_file: str | None, report_format: str, html: bool, exports: tuple[str, ...]
) -> None:
    """Re-render the report of an earlier run from its output directory DIR (no re-auditing)."""
    if top is None:  # as 'audit run' does: --top, else the config's top
        top = _load_config(config_file).top
    written = []
    if html or exports:
        from audit.report import write_reports
        from audit.report.load import RunDirError

        try:
            written = write_reports(out_dir, (["html"] if html else []) + list(exports))
        except RunDirError as e:
            _fail(str(e))
    data = _print_report(out_dir, top, report_format)
    _echo_input_notes(data.summary.get("input_notes") or [])
    _echo_input_errors(data.summary.get("input_errors") or [])
    if written:  # after the report, where it is seen
        click.echo(f"wrote {', '.join(str(p) for p in written)}", err=True)


@main.command()
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
@click.option("--ignore-file", default=None, metavar="FILE", help="Ignore file to extend (default: from the config).")
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
    from audit.report.postedit import ApplyError, apply_decisions

    cfg = _load_config(config_file)
    try:
        result = apply_decisions(
            decisions_file, out_dir, run_dir=run_dir, roots=list(roots), ignore_file=ignore_file or cfg.ignore_file
        )
    except ApplyError as e:
        _fail(str(e))
    click.echo(result.describe())
    for message in result.refused:
        click.echo(f"warning: {message}", err=True)
    if result.refused:
        sys.exit(1)


@main.command()
@click.argument("code", required=False)
def rules(code: str | None) -> None:
    """List the rules, or print the documentation of one rule (by code or name), or list a family or prefix (A, N1)."""
    from audit.rules.docs import list_rules, rule_doc
    from audit.rules.registry import all_rules, get_rule

    if code is None:
        click.echo(list_rules())
        return
    try:
        cls = get_rule(code)
    except KeyError:
        prefix = code.upper()
        if any(c.startswith(prefix) for c in all_rules()):
            click.echo(list_rules(prefix))
            return
        _fail(f"no rule {code!r}; run 'audit rules' for the list")
    click.echo(rule_doc(cls))


if __name__ == "__main__":
    main()
