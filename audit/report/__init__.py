"""Reports for people and tools, all rendered from a run's output directory.

- :mod:`audit.report.load` reads the directory back (``RunData``);
- :mod:`audit.report.terminal` the rich terminal report, :mod:`audit.report.progress` the progress bar;
- :mod:`audit.report.html` the self-contained review page ``report.html`` (template and assets beside it);
- :mod:`audit.report.xliff` XLIFF 2.0 with ITS quality issues, :mod:`audit.report.csv_export` a spreadsheet;
- :mod:`audit.report.decisions` the review-decisions format, :mod:`audit.report.postedit` ``audit apply``.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from audit.report.load import RunData

REPORT_FILES = {"html": "report.html", "xliff": "report.xlf", "csv": "findings.csv"}
HTML_AUTO_LIMIT = 200_000  # segments; a bigger review page is no use in a browser (audit show DIR --html forces it)
# How each report begins, within its first bytes: a file of that name without it is not ours (a user's own).
_OWN_START = {
    "report.html": b"<title>mt-audit review",
    "report.xlf": b'xmlns:mta="urn:mt-audit:xliff:1"',
    "findings.csv": "\ufeffdoc,record,segment,line,column,severity,rule,".encode(),
}


def is_own_report(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` (report.html, report.xlf or findings.csv) is a report mt-audit wrote, by how it begins:
    a stale one may be removed, a user's own file of that name never is."""
    p = Path(path)
    mark = _OWN_START.get(p.name)
    if mark is None:
        return False
    try:
        with p.open("rb") as f:
            head = f.read(4096)
    except OSError:
        return False
    return head.startswith(mark) if p.name == "findings.csv" else mark in head


def report_kinds(out_dir: str | os.PathLike[str], kinds: Sequence[str], html_limit: int | None = None) -> list[str]:
    """The reports of ``kinds`` to write: with ``html_limit``, report.html is left out for runs with more segments
    than that."""
    from audit.report.load import read_summary

    if html_limit is not None and "html" in kinds:
        segments = read_summary(out_dir).get("counts", {}).get("segments", 0)
        if segments > html_limit:
            return [k for k in kinds if k != "html"]
    return list(kinds)


def write_reports(
    out_dir: str | os.PathLike[str],
    kinds: Sequence[str] = ("html",),
    html_limit: int | None = None,
    run: RunData | None = None,
) -> list[Path]:
    """Write the reports ``kinds`` (html, xliff, csv) into ``out_dir``; each file appears atomically.

    With ``html_limit``, report.html is skipped for runs with more segments than that. ``run``: the run's data
    when the caller has loaded it already (it is loaded from ``out_dir`` otherwise).
    Returns the files written.
    """
    from audit.output import write_atomic
    from audit.report.load import load_run

    kinds = report_kinds(out_dir, kinds, html_limit)
    if not kinds:
        return []
    if run is None:
        run = load_run(out_dir)
    written = []
    for kind in dict.fromkeys(kinds):
        if kind == "html":
            from audit.report.html import html_pieces

            text = html_pieces(run)  # written as it is made: a large run's page is never whole in memory
        elif kind == "xliff":
            from audit.report.xliff import xliff_pieces

            text = xliff_pieces(run)
        elif kind == "csv":
            from audit.report.csv_export import csv_pieces

            text = csv_pieces(run)
        else:
            raise ValueError(f"unknown report {kind!r} (use html, xliff or csv)")
        written.append(Path(out_dir) / REPORT_FILES[kind])
        write_atomic(written[-1], text)
    return written
