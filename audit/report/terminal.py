"""Terminal report (rich): documents ranked by risk, the worst segments with their flagged spans, counts by rule.

Colour and styles only on a terminal; piped output is plain text (rich drops the styles
when the stream is not a TTY, and ``NO_COLOR`` is honoured). :func:`summary_json` is what
``--format json`` prints instead.
"""

from __future__ import annotations

import heapq
import os
import sys
from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from audit.report.load import SEVERITIES, SEVERITY_RANK, RunData, alternatives
from audit.report.rule_settings import rule_settings

STYLE = {"critical": "bold white on red", "major": "bold red", "minor": "yellow"}
MARK = {"critical": "bold white on red", "major": "black on bright_red", "minor": "black on yellow"}


def highlighted(text: str, findings: list[dict[str, Any]]) -> Text:
    """``text`` with each finding's span styled by severity (the worst wins where spans overlap)."""
    out = Text(text)
    for f in sorted(findings, key=lambda f: SEVERITY_RANK[f["severity"]]):
        out.stylize(MARK[f["severity"]], f["start"], max(f["end"], f["start"] + 1))
    return out


DOC_ROWS = 20  # documents listed in the terminal; a longer batch names how many more there are
EMPTY_TEXT = "(empty translation)"  # how a segment with no text is shown


def listed_documents(run: RunData) -> list[dict[str, Any]]:
    """The documents the terminal lists: all of them, or the worst ``DOC_ROWS`` of a longer batch."""
    docs = run.ranked_documents()
    return docs if len(docs) <= DOC_ROWS + 5 else docs[:DOC_ROWS]


def _documents_table(run: RunData, plain: bool) -> Table:
    shown, total = listed_documents(run), len(run.documents)
    title = "Documents by risk" + (f" (the worst {len(shown)} of {total})" if len(shown) < total else "")
    table = Table(title=title, box=box.ASCII if plain else box.SIMPLE_HEAVY, title_justify="left")
    table.add_column("rank", justify="right")
    table.add_column("document", overflow="fold")  # a narrow terminal wraps a long name rather than cutting it
    table.add_column("risk", justify="right")
    for s in SEVERITIES:
        table.add_column(s, justify="right", style=STYLE[s] if not plain else None)
    table.add_column("MQM", justify="right")
    table.add_column("segments", justify="right")
    for d in shown:
        sev = d.get("by_severity", {})
        table.add_row(
            str(d.get("rank", "")),
            d["doc"],
            f"{d.get('risk', 0):.3f}",
            *(str(sev.get(s, 0)) for s in SEVERITIES),
            f"{d.get('mqm', 100):.1f}",
            str(d.get("content_segments", d.get("segments", ""))),
        )
    return table


def worst_segments(run: RunData, top: int) -> list[dict[str, Any]]:
    """The ``top`` highest-risk content segments (with findings or a QE risk), worst first."""
    segs = (
        s
        for segs in run.segments.values()
        for s in segs
        if not s.get("boilerplate") and s.get("rank") is not None and (s.get("findings") or s.get("risk", 0) > 0)
    )
    # the best ranks kept as the documents are read, not every segment of the run at once (a large run's
    # segments are read a document at a time); ties keep reading order, as a stable sort does
    return heapq.nsmallest(max(0, top), segs, key=lambda s: s["rank"])


def _rules_table(run: RunData, plain: bool) -> Table:
    by_rule = run.findings.by_rule  # rule -> (count, worst severity, category), tallied as the run was loaded
    table = Table(title="Findings by rule", box=box.ASCII if plain else box.SIMPLE_HEAVY, title_justify="left")
    for col in ("rule", "count", "worst", "category"):
        table.add_column(col, justify="right" if col == "count" else "left")
    for rule, (n, worst, category) in sorted(by_rule.items(), key=lambda kv: (-kv[1][0], kv[0])):
        table.add_row(rule, str(n), Text(worst, style="" if plain else STYLE[worst]), category)
    return table


def render(run: RunData, console: Console, top: int = 10) -> None:
    """Print the whole terminal report for ``run`` on ``console``."""
    plain = not console.is_terminal
    if run.documents:
        console.print(_documents_table(run, plain))
        more = len(run.documents) - len(listed_documents(run))
        if more:
            console.print(f"{more} more in {run.path / 'documents.jsonl'} and on the review page", soft_wrap=plain)
    worst = worst_segments(run, top)
    if worst:
        heading = "Worst segment" if len(worst) == 1 else f"Worst {len(worst)} segments"
        console.print(Text(heading, style="" if plain else "bold"))
        for s in worst:
            findings = run.by_segment.get((s["doc"], s["segment"]), [])
            where = f"{s['doc']}:{s['line']}" + (f" [{s['record']}]" if s.get("record") is not None else "")
            shown = shown_flags(s.get("flags", ()))
            where += f" ({', '.join(shown)})" if shown else ""
            console.print(Text(f"#{s['rank']}  {where}  risk {s['risk']:.3f}", style="" if plain else "bold cyan"))
            if not s["text"]:  # an empty translation: say so rather than print a blank line
                console.print(Text(EMPTY_TEXT, style="" if plain else "dim"), soft_wrap=plain)
            else:
                console.print(highlighted(s["text"], findings) if not plain else Text(s["text"]), soft_wrap=plain)
            for f in findings:
                line = Text("  ")
                line.append(f"{f['rule']} {f['severity']}", style="" if plain else STYLE[f["severity"]])
                line.append(f"  {_span(f['text'], s['text'])} {f['message']}")
                if f.get("suggestion") is not None:
                    line.append(" → ")
                    sugg = f["suggestion"]
                    shown = repr(sugg) if sugg.strip() != sugg or not sugg else sugg
                    line.append(shown, style="" if plain else "green")
                if alternatives(f):
                    line.append(f"  (also: {', '.join(alternatives(f))})", style="" if plain else "dim")
                console.print(line, soft_wrap=plain)
            if not findings:
                note = f"  no finding: ranked by its QE score alone ({_scores(run, s)}; 1 = good{_lowered_by(s)})"
                console.print(Text(note, style="" if plain else "dim"), soft_wrap=plain)
            console.print()
    if run.findings:
        console.print(_rules_table(run, plain))
    for line in corpus_lines(run.summary.get("corpus_scores") or {}):
        console.print(line, soft_wrap=plain)
    c = run.summary.get("counts", {})
    sev = c.get("by_severity", {})
    totals = (
        f"{_count(c.get('documents', len(run.documents)), 'document')}, {_count(c.get('segments', 0), 'segment')}, "
        f"{_count(c.get('findings', len(run.findings)), 'finding')} ("
        + ", ".join(f"{sev.get(s, 0)} {s}" for s in SEVERITIES)
        + ")"
        + _ignored_note(run)
        + _edited_note(run, c)
        + _config_note(run)
        + f"; outputs in {run.path}"
        + _input_errors_note(run)
    )
    rules = rule_settings(run.summary)
    if rules:  # a rule missing or graded otherwise than its documentation says: the run's settings did it
        console.print(f"Rules as set for this run: {rules}", soft_wrap=plain)
    console.print(totals, soft_wrap=plain)
    first = start_here(run)
    if first:
        console.print(Text(first, style="" if plain else "bold"), soft_wrap=plain)


def start_here(run: RunData) -> str:
    """The report's last line, what to look at first: the riskiest document with findings and its worst
    counts, and the review page to open (when the run wrote one); empty when nothing was found."""
    ranked = [d for d in run.ranked_documents() if d.get("findings")]
    if not ranked:
        return ""
    d = ranked[0]
    sev = d.get("by_severity", {})
    counts = ", ".join(f"{sev[s]} {s}" for s in SEVERITIES if sev.get(s))
    name = "standard input (-)" if d["doc"] == "-" else d["doc"]  # '#1 - (2 major)' read as a dash
    line = f"Review first: #{d.get('rank', 1)} {name}" + (f" ({counts})" if counts else "")
    page = run.path / "report.html"
    return line + (f"; open {page} to review and post-edit" if page.is_file() else "")


WHOLE = "(whole segment)"  # a span that is the segment printed just above, longer than a few words


def _span(span: str, segment: str) -> str:
    """``«span»``, or ``(whole segment)`` when the span is the whole (long) segment text printed above it."""
    return WHOLE if span == segment and len(span) > 40 else f"«{span}»"


def _ignored_note(run: RunData) -> str:
    """``, 3 suppressed by .mt-audit-ignore`` when the ignore file silenced findings (runs before
    the count existed say nothing)."""
    n = run.summary.get("counts", {}).get("ignored") or 0
    if not n:
        return ""
    name = run.summary.get("config", {}).get("ignore_file") or "the ignore file"
    return f", {n} suppressed by {name}"


def _edited_note(run: RunData, counts: dict[str, Any]) -> str:
    """``; findings.jsonl holds 58 (changed since the run)`` when the count summary.json gives is not what the
    findings file holds (lines removed or added by hand): the report above shows the file's."""
    given = counts.get("findings")
    if not isinstance(given, int) or given == len(run.findings):
        return ""
    return f"; {run.path / 'findings.jsonl'} holds {len(run.findings)} (changed since the run)"


def _scores(run: RunData, seg: dict[str, Any]) -> str:
    """``builtin 0.14`` for the segment's scores that enter its risk (the run's ``quality_maps``; not the
    backends' diagnostic parts such as ``builtin_fluency``)."""
    maps = run.summary.get("risk_formula", {}).get("quality_maps", {})
    ranked = {name.strip() for key in maps for name in key.split(",")}
    scores = seg.get("scores") or {}
    shown = [f"{k} {v:.2f}" for k, v in scores.items() if isinstance(v, (int, float)) and (k in ranked or not ranked)]
    return ", ".join(shown) or "no score"


def _lowered_by(seg: dict[str, Any]) -> str:
    """``; lowered most by builtin_numbers: 2 of 3 source numbers missing`` for a segment without findings that
    the built-in backend scored below 1: its largest damage term, recomputed from the segment's text and source
    (said only when the recomputed score is the recorded one)."""
    recorded = (seg.get("scores") or {}).get("builtin")
    if not isinstance(recorded, (int, float)) or recorded >= 1.0:
        return ""
    from audit.qe.base import prose
    from audit.qe.builtin import scored

    text = prose(seg["text"], seg.get("protected") or ())
    q, _, damage = scored(text, 0.0, max(1, seg.get("words") or 0), seg.get("source"))
    reason = damage.main()
    return f"; lowered most by {reason}" if reason and round(q, 4) == recorded else ""


def _config_note(run: RunData) -> str:
    """``; settings from pyproject.toml`` when a configuration file shaped the run (it may select, ignore
    or re-grade rules, which a user who did not write it would not guess)."""
    source = run.summary.get("config", {}).get("config_file")
    return f"; settings from {source}" if source else ""


def corpus_lines(corpus_scores: dict[str, Any]) -> list[str]:
    """One line per QE backend with corpus-level scores (sacrebleu's chrF, BLEU and TER or HTER; COMET's system
    score), the figures a localization engineer compares between engines or batches."""
    lines = []
    for name, scores in corpus_scores.items():
        if not scores:
            continue
        label = {"chrf": "chrF"}
        metrics = [f"{label.get(k, k.upper())} {v['score']:.2f}" for k, v in scores.items() if isinstance(v, dict)]
        if "system_score" in scores:
            metrics.append(f"system score {scores['system_score']:.4f}")
        if metrics:
            over = _count(scores.get("segments", 0), "segment")
            lines.append(f"{name} over {over}: {', '.join(metrics)} (signatures in summary.json)")
    return lines


def _input_errors_note(run: RunData) -> str:
    """``; 2 input errors (not audited, listed below)`` when files or records could not be read, and ``; 1 note on
    the inputs (below)`` when a file was read with a note (a source field left unread …)."""
    n = len(run.summary.get("input_errors") or [])
    notes = len(run.summary.get("input_notes") or [])
    return (f"; {_count(notes, 'note')} on the inputs (below)" if notes else "") + (
        f"; {_count(n, 'input error')} (not audited, listed below)" if n else ""
    )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def summary_json(run: RunData, top: int = 10) -> dict[str, Any]:
    """The report as data: what ``--output-format json`` prints."""
    return {
        "run_id": run.run_id,
        "out": str(run.path),
        "counts": run.summary.get("counts", {}),
        "documents": [
            {k: d.get(k) for k in ("rank", "doc", "title", "risk", "mqm", "by_severity", "findings", "segments")}
            for d in run.ranked_documents()
        ],
        "worst_segments": [
            {
                **{k: s.get(k) for k in ("rank", "doc", "segment", "line", "record", "risk", "text")},
                "findings": [
                    {k: f.get(k) for k in ("rule", "severity", "text", "start", "end", "message", "suggestion")}
                    for f in run.by_segment.get((s["doc"], s["segment"]), [])
                ],
            }
            for s in worst_segments(run, top)
        ],
        "by_rule": {rule: tally[0] for rule, tally in sorted(run.findings.by_rule.items())},
        "corpus_scores": run.summary.get("corpus_scores") or {},
        "input_errors": run.summary.get("input_errors") or [],
        **({"input_notes": notes} if (notes := run.summary.get("input_notes")) else {}),
    }


class PipedConsole(Console):
    """A console whose reader may stop early (``audit run … | head``): the rest of the report is dropped and the
    run keeps its own exit status (rich's default exits with status 1, which reads as ``--fail-on``)."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def print_report(run: RunData, top: int = 10, console: Console | None = None) -> None:
    if console is None:
        console = PipedConsole()
        if not console.is_terminal:  # piped: wide enough that no document name is cut
            longest = max((len(d["doc"]) for d in run.documents), default=0)
            console = PipedConsole(width=max(console.width, longest + 70))
    render(run, console, top)


_SHOWN_FLAGS = ("origin:", "conf:", "status:", "state-qualifier:")


def shown_flags(flags: list[str] | tuple[str, ...]) -> list[str]:
    """The flags shown beside a segment: a PO entry's ``fuzzy``, a CAT tool's ``origin:``, ``conf:`` and
    ``status:`` and an XLIFF 1.2 target's ``state-qualifier:`` (where the translation came from, how far it is
    confirmed) and ``locked`` (apply does not write it); not format flags (``c-format``)."""
    return [f for f in flags if f in ("fuzzy", "locked") or f.startswith(_SHOWN_FLAGS)]
