"""Notes on standard error after ``audit run``: what it left out, and why a ``--fail-on`` run fails."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from audit.model import Severity

if TYPE_CHECKING:
    from audit.config import Config


def echo_fail_on(summary: dict[str, Any], fail_on: Severity | None, by_severity: dict[str, int] | None = None) -> None:
    """Why a ``--fail-on`` run fails: how many findings are at or above the threshold (a CI log shows it);
    ``by_severity``: the counts to use instead of summary.json's (``audit show``: what findings.jsonl holds)."""
    if fail_on is None:
        return
    n = fail_on_count(summary["counts"]["by_severity"] if by_severity is None else by_severity, fail_on)
    if n:
        worse = "" if fail_on is Severity.CRITICAL else " or worse"
        status = "2 for the input errors" if summary.get("input_errors") else "1"
        click.echo(f"fail-on {fail_on}: {n} finding(s) {fail_on}{worse}; exit status {status}", err=True)


def fail_on_count(by_severity: dict[str, int], fail_on: Severity) -> int:
    """How many findings are at or above ``fail_on`` (severity name -> count)."""
    return sum(by_severity.get(str(s), 0) for s in Severity if s >= fail_on)


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


def echo_notes(summary: dict[str, Any], reports: list[str], cfg: Config, out_dir: str, html: bool | None) -> None:
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
