"""``run``: audit the inputs and write the output contract atomically, then the reports."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from audit.clock import fixed
from audit.config import Config
from audit.corpus import InputError, InputFile, Skipped, copy_utf16, discover, remove_spools, spool_stdin
from audit.corpus.errors import InputNote
from audit.model import Severity
from audit.output import OutputDir
from audit.pipeline.collect import Collector, consume, rank_pass
from audit.pipeline.engine import Engine, Settings
from audit.pipeline.gcwork import collecting_less
from audit.pipeline.memory import RELEASE_FROM_SEGMENTS, release_rule_caches
from audit.pipeline.summary import summary_record
from audit.pipeline.workers import map_over_processes
from audit.report import REPORT_FILES, is_own_report, report_kinds, write_reports
from audit.report.load import RunData, load_run


def _write_reports(
    out_dir: str, reports: Sequence[str], html_limit: int | None, earlier_run: bool
) -> tuple[list[Path], RunData | None]:
    """report.html and exports, from the files just written, each atomically; one left by an
    earlier run into the same folder would describe other findings, so it goes (only from a folder that
    held a run, ``earlier_run``, and only a file that is one of our reports: a user's own file of that name stays).
    Also returns the run's data when the reports loaded it (the terminal report needs it too)."""
    kinds = report_kinds(out_dir, reports, html_limit)
    data = load_run(out_dir) if kinds else None
    written = write_reports(out_dir, kinds, run=data)
    if earlier_run:
        for name in set(REPORT_FILES.values()) - {p.name for p in written}:
            if is_own_report(Path(out_dir) / name):
                (Path(out_dir) / name).unlink()
    return written, data


def _exit_code(errors: list[InputError], fail_on: Severity | None, worst: int) -> int:
    """2 on input errors, 1 when a finding reaches ``fail_on``, else 0."""
    if errors:
        return 2
    if fail_on is not None and worst >= int(fail_on):
        return 1
    return 0


@dataclass(slots=True)
class RunResult:
    summary: dict[str, Any]
    out: str
    exit_code: int
    reports: list[str] = field(default_factory=list)  # report files written after the contract (report.html, …)
    data: RunData | None = field(default=None, repr=False)  # the outputs read back, when the reports read them


def run(
    paths: list[str],
    out_dir: str,
    settings: Settings,
    jobs: int = 1,
    fail_on: Severity | None = None,
    config: Config | None = None,
    progress: Callable[[int, int, int], None] | None = None,
    reports: Sequence[str] = (),
    html_limit: int | None = None,
    cluster: str | None = None,
) -> RunResult:
    """Audit ``paths`` and write the output contract into ``out_dir``: over ``jobs`` local processes, or
    over a Dask cluster (``cluster``: a scheduler address, or 'local' for ``jobs`` local workers)."""
    with collecting_less(), fixed(settings.as_of):
        return _run(paths, out_dir, settings, jobs, fail_on, config, progress, reports, html_limit, cluster)


def _without_ignore_file(
    files: list[InputFile], paths: list[str], ignore_file: str | None, errors: list[InputError]
) -> list[InputFile]:
    """``files`` without the run's ignore file where a directory walk found it (a ``dismissed.txt`` beside the
    configuration that names it, in the folder audited): its fingerprints are not a translation. A note says so;
    named on the command line, it is audited."""
    if not ignore_file or not os.path.isfile(ignore_file):
        return files
    real = os.path.realpath(ignore_file)
    if any(p != "-" and os.path.realpath(p) == real for p in paths):
        return files
    kept = [f for f in files if f.path == "-" or os.path.realpath(f.path) != real]
    if len(kept) < len(files):
        errors.append(InputNote(ignore_file, "the run's ignore file (fingerprints of dismissed findings): not audited"))
    return kept


def _run(
    paths: list[str],
    out_dir: str,
    settings: Settings,
    jobs: int,
    fail_on: Severity | None,
    config: Config | None,
    progress: Callable[[int, int, int], None] | None,
    reports: Sequence[str],
    html_limit: int | None,
    cluster: str | None,
) -> RunResult:
    """:func:`run`'s work."""
    t0 = time.perf_counter()
    jobs = jobs or os.cpu_count() or 1
    errors: list[InputError] = []
    skipped = Skipped()
    files = _without_ignore_file(
        discover(paths, errors, settings.read.format, settings.exclude, skipped), paths, settings.ignore_file, errors
    )
    engine = Engine(settings)  # main-process backends; validates QE specs before any work
    files = spool_stdin(files, settings.read, errors)  # a large input piped in is read as a large file is
    files = copy_utf16(files, settings.read)  # a large UTF-16 text too, from a UTF-8 copy
    try:
        earlier_run = (Path(out_dir) / "summary.json").is_file()
        with OutputDir(out_dir) as out:
            collector = Collector(
                out.open("findings.jsonl"),
                out.open_temp("segments.unranked.jsonl"),
                out.open_temp("documents.unranked.jsonl"),
            )
            t_audit = time.perf_counter()
            if cluster:
                from audit.distributed import map_files

                results = map_files(files, settings, cluster, jobs)
            else:
                results = map_over_processes(files, settings, jobs)
            consume(results, len(files), engine, collector, errors, progress)
            notes = [e for e in errors if isinstance(e, InputNote)]  # files read all the same: no error
            errors[:] = [e for e in errors if not isinstance(e, InputNote)]
            t_ranked = time.perf_counter()
            if collector.counts["segments"] >= RELEASE_FROM_SEGMENTS:
                release_rule_caches()  # the ranking pass and the reports reuse the rules' memory
            rank_pass(out, collector)
            summary = summary_record(paths, len(files), config, jobs, engine, collector, errors, skipped, notes)
            if cluster:
                summary["config"]["cluster"] = cluster
            timings = summary["timings"]
            timings["audit_s"] = round(t_ranked - t_audit, 3)
            timings["rank_and_write_s"] = round(time.perf_counter() - t_ranked, 3)
            timings["total_s"] = round(time.perf_counter() - t0, 3)
            out.write_json("summary.json", summary)
        written, data = _write_reports(out_dir, reports, html_limit, earlier_run)
        code = _exit_code(errors, fail_on, collector.worst)
        return RunResult(summary, out_dir, code, [p.name for p in written], data)
    finally:
        remove_spools(files)
